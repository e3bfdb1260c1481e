"""Where an act acted on nobody happened: the state a locative phrase of it names, which
CAMEO coders take as its target ("held exercises in Alaska")."""

from __future__ import annotations

from ..nlp import Parsed, Token
from ..records import Actor
from ..tables import word_class
from .arguments import NAMING_VERBS, PLACE_KINDS, ActorIndex
from .match import OBJECT_DEPS

# The path down from the predicate to the place, and prepositions of place.
PLACE_PATH_DEPS = {"dobj", "obj", "prep", "pobj", "compound", "acl"}
LOCATIVE_PREPS = {"in", "inside", "at", "across", "throughout", "through", "within", "near", "outside", "around"}
ENTERING_VERBS = {"enter", "reach", "cross"}  # whose object is a place entered ("allowed aid to enter Gaza")
SETTLEMENT_NOUNS = word_class("settlement nouns")  # "took the town of X": X is where
MAX_PLACE_DEPTH = 10


def place_target(parsed: Parsed, index: ActorIndex, trigger: Token) -> list[Actor]:
    """The state named in a locative phrase of the predicate or of its object phrase.

    Walks down through objects, their compound modifiers and prepositional phrases
    only (not into clauses), nearest first: "attend a summit in Geneva on Iran" finds
    Geneva (Switzerland), "attend the Beijing Olympics" finds Beijing.
    """
    frontier, seen = [(trigger.i, 0)], {trigger.i}
    while frontier:
        i, depth = frontier.pop(0)
        for child in parsed.children(i):
            named = child.dep == "ccomp" and child.lemma.lower() in NAMING_VERBS  # "struck what X called Y in Z"
            entering = child.dep in ("xcomp", "ccomp") and child.lemma.lower() in ENTERING_VERBS  # "let X enter Gaza"
            if child.i in seen or child.dep not in PLACE_PATH_DEPS and not named and not entering:
                continue
            seen.add(child.i)
            # "in Zurich", or a place naming the object's setting ("the Beijing Olympics"), or entered
            if (child.dep == "pobj" and (parsed.tokens[i].lemma.lower() in LOCATIVE_PREPS or _settlement_of(parsed, i))
                    or child.dep == "compound" and parsed.tokens[i].dep in OBJECT_DEPS
                    or child.dep in OBJECT_DEPS and parsed.tokens[i].lemma.lower() in ENTERING_VERBS):
                actor = index.actor_at(child.i)
                # a pronoun names no place ("at a time of its choosing")
                if actor is not None and actor.kind in PLACE_KINDS \
                        and not all(parsed.tokens[k].pos == "PRON" for k in parsed.tokens_in(actor.start, actor.end)):
                    return [actor]
            if depth < MAX_PLACE_DEPTH:
                frontier.append((child.i, depth + 1))
    return []


def _settlement_of(parsed: Parsed, i: int) -> bool:
    """Is token ``i`` the "of" of "the town of X"?"""
    return parsed.tokens[i].lemma.lower() == "of" and parsed.tokens[parsed.tokens[i].head].lemma.lower() in SETTLEMENT_NOUNS
