"""Who "both sides" are: the two parties of the last two-sided event the story told.

News names the parties of a conflict or a negotiation once and then refers to them as
a pair: "the army and the rebels fought ... the UN urged both sides to agree to a
truce", "Armenia and Azerbaijan ... the two countries signed". A pair noun ("sides",
"parties", "countries", "leaders": words.tsv "pair nouns") counted as two ("both",
"two") and naming no actor itself stands for the sides of the last event of an earlier
sentence that had two distinct parties. The actors are those of that event, so its
evidence shows where they were named.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..nlp import Parsed
from ..records import Actor
from ..tables import word_class

PAIR_NOUNS = word_class("pair nouns")
# How a pair noun is counted as two: "both sides", "the two sides", "the two warring sides".
PAIR_WORDS = {"both", "two"}
PAIR_DEPS = {"det", "predet", "nummod", "amod", "preconj"}


def is_pair(parsed: Parsed, token: int) -> bool:
    tok = parsed.tokens[token]
    return tok.lemma.lower() in PAIR_NOUNS and tok.tag in ("NNS", "NNPS") and any(
        c.dep in PAIR_DEPS and c.lemma.lower() in PAIR_WORDS for c in parsed.children(token))


def pair_sides(parsed: Parsed, token: int, coded: Sequence) -> list[Actor]:
    """The two parties "both sides" at ``token`` refers to, or nobody."""
    if not is_pair(parsed, token):
        return []
    sentence = parsed.tokens[token].sent
    for event in reversed(coded):
        if event.sentence >= sentence:
            continue
        sides: list[Actor] = []
        for actor in (*event.source, *event.target):
            if not any(actor.name == s.name and actor.country == s.country for s in sides):
                sides.append(actor)
        if len(sides) == 2:
            return sides
    return []
