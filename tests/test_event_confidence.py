"""Event confidence: an act told in passing (a relative or participle on a noun, a clause
opened by a subordinator) counts for less than the act the sentence reports; an actor a
rule inferred counts for less than one the text names."""

from __future__ import annotations

import pytest

from dateline.events import _in_passing
from dateline.nlp import Parsed


@pytest.fixture(scope="module")
def pipeline():
    from dateline.pipeline import Pipeline

    return Pipeline()


def test_a_relative_clause_on_a_noun_is_told_in_passing():
    # "Kenya freed the sailors who were held by pirates"
    parsed = Parsed.from_rows([
        ("Kenya", "Kenya", "PROPN", "nsubj", 1), ("freed", "free", "VERB", "ROOT", 1, "VBD"),
        ("the", "the", "DET", "det", 3), ("sailors", "sailor", "NOUN", "dobj", 1),
        ("who", "who", "PRON", "nsubjpass", 6), ("were", "be", "AUX", "auxpass", 6),
        ("held", "hold", "VERB", "relcl", 3, "VBN"), ("by", "by", "ADP", "agent", 6),
        ("pirates", "pirate", "NOUN", "pobj", 7)])
    assert _in_passing(parsed, parsed.tokens[6])
    assert not _in_passing(parsed, parsed.tokens[1])


def test_a_clause_opened_by_a_subordinator_is_told_in_passing_a_bare_participle_is_not():
    # "Chile protested after Peru fined its trawlers, citing the treaty"
    parsed = Parsed.from_rows([
        ("Chile", "Chile", "PROPN", "nsubj", 1), ("protested", "protest", "VERB", "ROOT", 1, "VBD"),
        ("after", "after", "SCONJ", "mark", 4), ("Peru", "Peru", "PROPN", "nsubj", 4),
        ("fined", "fine", "VERB", "advcl", 1, "VBD"), ("its", "its", "PRON", "poss", 6),
        ("trawlers", "trawler", "NOUN", "dobj", 4), (",", ",", "PUNCT", "punct", 1),
        ("citing", "cite", "VERB", "advcl", 1, "VBG"), ("the", "the", "DET", "det", 10),
        ("treaty", "treaty", "NOUN", "dobj", 8)])
    assert _in_passing(parsed, parsed.tokens[4]) > _in_passing(parsed, parsed.tokens[1]) == 0
    assert not _in_passing(parsed, parsed.tokens[8])


def test_a_cause_told_after_the_reported_act_ranks_below_it(pipeline):
    # the killing is reported too, but the sentence's news is the curfew, even one-sided
    events = pipeline.code_text("Peru declared a curfew in Puno after Bolivian smugglers killed two "
                                "customs officers.", published="2025-06-02").events
    curfew = next(e for e in events if e.cameo.code == "1723")
    killing = next(e for e in events if e.trigger.text == "killed")
    assert curfew.confidence > killing.confidence


def test_a_document_placed_by_where_it_was_released_is_less_sure_than_one_its_author_names(pipeline):
    def allegation(text):
        [event] = [e for e in pipeline.code_text(text).events if e.cameo.code.startswith("11")]
        return event
    inferred = allegation("A report released in the Peruvian capital alleged that Chile had sold the rifles.")
    named = allegation("A Peruvian report released on Monday alleged that Chile had sold the rifles.")
    assert [a.country for a in inferred.source] == [a.country for a in named.source] == ["PER"]
    assert "document-place" in inferred.evidence
    assert inferred.confidence < named.confidence
