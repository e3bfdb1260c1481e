"""A paragraph break ends a sentence, whatever the parser would have made of the two."""

from __future__ import annotations

import pytest

from dateline.nlp import Parser

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def parser():
    return Parser()


@pytest.fixture(scope="module")
def pipeline():
    from dateline.pipeline import Pipeline

    return Pipeline()


def test_the_first_word_of_a_paragraph_starts_a_sentence(parser):
    # the parser alone runs these two into one sentence, "Rebels" a subject of the first
    parsed = parser.parse("The general demanded that the soldiers in the pocket surrender their weapons.\n"
                          "Rebels turned back a patrol at the bridge.")
    starts = [parsed.tokens[s.start].text for s in parsed.sentences]
    assert starts == ["The", "Rebels"], starts


def test_a_paragraph_break_through_the_pipeline_keeps_each_party_in_its_sentence(pipeline):
    result = pipeline.code_text("Rebel leader Ana Zzyzx demanded that the Peruvian soldiers in the pocket surrender "
                                "their weapons.\n\nRebels turned back a patrol of monitors at a checkpoint outside "
                                "the town, the mission said.", published="2025-06-02")
    demands = [e for e in result.events if e.cameo.code.startswith("10")]
    assert demands and all("Rebels" not in a.text for e in demands for a in e.target), \
        [(e.cameo.code, [a.text for a in e.target]) for e in demands]
