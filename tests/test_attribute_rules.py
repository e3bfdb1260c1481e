"""The attribute ruler's matches found by lookup give the parse spaCy's Matcher gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from dateline.nlp.attribute_rules import index_attribute_ruler

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "corpora" / "bbc"

# Every kind of pattern: exact values, IN / NOT_IN lists, flags, a regular expression,
# several tokens, an operator; later rules override earlier ones on the same token.
PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "NNS"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Plur"}},
    {"patterns": [[{"TAG": "VBD"}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"TAG": {"IN": ["DT", "PDT"]}}]], "attrs": {"POS": "DET"}},
    {"patterns": [[{"LOWER": "talks", "TAG": "NNS"}]], "attrs": {"LEMMA": "talk"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["NN", ""]}, "DEP": {"IN": ["aux"]}}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}, "index": 0},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "VERB"},
     "index": 1},
    {"patterns": [[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]], "attrs": {"POS": "ADJ"}, "index": -1},
    {"patterns": [[{"LOWER": "the"}]], "attrs": {"POS": "PRON"}},
]

SENTENCES = [
    (["The", "talks", "were", "gon", "na", "fail"], ["DT", "NNS", "VBD", "VBG", "TO", "VB"],
     ["det", "nsubj", "aux", "ROOT", "aux", "xcomp"]),
    (["There", "was", "nothin'", "very", "very", "good", "\n"], ["EX", "VBD", "NN", "RB", "RB", "JJ", "_SP"],
     ["expl", "ROOT", "attr", "advmod", "advmod", "amod", "dep"]),
    (["Nuthin'", "all", "the", "news"], ["NN", "PDT", "DT", "NN"], ["ROOT", "predet", "det", "dobj"]),
]


def _token_attributes(docs: list) -> list[list[tuple]]:
    return [[(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc] for doc in docs]


def _ruled(indexed: bool) -> list[list[tuple]]:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(PATTERNS)
    if indexed:
        assert index_attribute_ruler(nlp)
    docs = []
    for words, tags, deps in SENTENCES:
        doc = Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words))
        docs.append(nlp(doc))
    return _token_attributes(docs)


def test_every_kind_of_pattern_sets_the_same_attributes():
    plain = _ruled(indexed=False)
    assert _ruled(indexed=True) == plain
    # the patterns did apply (so the comparison above is not of two untouched docs)
    flat = [t for doc in plain for t in doc]
    assert ("talks", "NNS", "NOUN", "Number=Plur", "talk", "nsubj") in flat
    assert ("gon", "VBG", "", "", "go", "ROOT") in flat
    assert any(t[0] == "good" and t[2] == "ADJ" for t in flat)
    assert any(t[0] == "nothin'" and t[4] == "nothing" for t in flat)


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    if BBC.is_dir():
        texts += [p.read_bytes().decode("utf-8", "replace")
                  for p in sorted(BBC.rglob("*.txt")) if p.name != "README.TXT"][:150]
    return texts


@pytest.mark.slow
def test_the_model_parses_news_exactly_as_without_the_index():
    from dateline.nlp import Parser, resolve_model_name

    texts = _texts()
    from dateline.nlp.paragraphs import add_paragraph_breaks

    plain = spacy.load(resolve_model_name())
    add_paragraph_breaks(plain)  # paragraphs end sentences in both: the index alone is compared
    indexed = Parser().nlp
    assert indexed.get_pipe("attribute_ruler").match != plain.get_pipe("attribute_ruler").match

    def attributes(nlp) -> list:
        return [[(t.i, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_)
                 for t in doc] for doc in nlp.pipe(texts, batch_size=32)]

    assert attributes(indexed) == attributes(plain)
