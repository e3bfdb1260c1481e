"""Who speaks through a document: "a report by X alleged", "a statement issued by X".

News lets a written document act for its author: "a UN report accused", "a statement
from the ministry condemned", "a report issued by the commission alleged". The author
is named before the noun, after it ("by X", "from X"), or as the agent of the participle
that issued it. A document no one is named issuing, released in a place ("a report
released in Kigali alleged"), speaks for that place's country: an inference, which the
event's rule list and its lower confidence say.
"""

from __future__ import annotations

from ..nlp import Parsed
from ..records import Actor
from ..tables import word_class
from .arguments import PLACE_KINDS, ActorIndex
from .match import party_objects

# Written documents that speak for their author ("a U.S. congressional report called for").
DOCUMENT_NOUNS = word_class("document nouns")
# How an author names its document before the noun: "the UN report", "Amnesty's report".
AUTHOR_DEPS = {"compound", "nmod", "poss", "amod"}
# ... and after it: "a report by Amnesty", "a letter from the ministry".
AUTHOR_PREPS = ("by", "from")
# The participle that issued it ("a report issued by X", "released in Kigali") and the
# prepositions of where.
ISSUING_DEPS = {"acl"}
RELEASE_PREPS = ("in", "at")


def is_document(parsed: Parsed, token: int) -> bool:
    return parsed.tokens[token].lemma.lower() in DOCUMENT_NOUNS


def document_authors(parsed: Parsed, index: ActorIndex, token: int) -> list[Actor]:
    """The author a document noun names (before it, after it, or as its participle's
    agent), or nobody."""
    if not is_document(parsed, token):
        return []
    before = [a for c in parsed.children(token) if c.dep in AUTHOR_DEPS and c.i < token
              for a in index.actors_at(c.i)]
    if before:
        return before
    holders = [token] + [c.i for c in parsed.children(token) if c.dep in ISSUING_DEPS]
    return [a for h in holders for p in party_objects(parsed, h, AUTHOR_PREPS)
            for a in index.actors_at(p)]


def release_place(parsed: Parsed, index: ActorIndex, token: int) -> list[Actor]:
    """The place with a country a document noun's participle says it was released in."""
    if not is_document(parsed, token):
        return []
    return [a for c in parsed.children(token) if c.dep in ISSUING_DEPS and c.tag == "VBN"
            for p in party_objects(parsed, c.i, RELEASE_PREPS) for a in index.actors_at(p)
            if a.kind in PLACE_KINDS and a.country]

