"""Each event's location: the place the text attaches to the event's word.

A place counts when it sits in a locative phrase on the trigger ("clashes in
Kyiv"), on the verb whose object the trigger is ("held talks in Geneva"), on the
trigger's object ("shelled buildings in Kyiv"), or,
for visits and travel, when it is the destination ("visited Pyongyang", "a flight
to North Korea"). Anything looser (a place elsewhere in the sentence) is left out:
a wrong location is worse than none.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ..nlp import Parsed, Token
from ..records import Event, Place
from .gazetteer import rows

# Dependencies of a noun trigger whose governing verb carries the event's phrases
# ("launched an attack in Kyiv", "talks were held in Doha", "protests broke out
# in Tehran").
LIGHT_VERB_DEPS = frozenset({"dobj", "nsubjpass", "obj", "attr", "nsubj"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
PREPOSITION_DEPS = frozenset({"prep"})
PREP_OBJECT_DEPS = frozenset({"pobj"})
VISIT_MODE = "visit"
VERB_POS_TAGS = frozenset({"VERB"})


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict[str, frozenset[str]]:
    """Words by role (locative, destination, motion) from data/place/locative.tsv."""
    roles: dict[str, set[str]] = {}
    for word, role in rows("locative.tsv"):
        roles.setdefault(role, set()).add(word)
    return {role: frozenset(words) for role, words in roles.items()}


def _trigger_token(parsed: Parsed, start: int, end: int) -> Token | None:
    """The head token of the trigger span (the one whose head lies outside it)."""
    inside = [parsed.tokens[i] for i in parsed.tokens_in(start, end)]
    if not inside:
        return None
    indices = {t.i for t in inside}
    for token in inside:
        if token.head not in indices or token.head == token.i:
            return token
    return inside[0]


def _place_by_token(parsed: Parsed, places: Sequence[Place]) -> dict[int, Place]:
    by_token: dict[int, Place] = {}
    for place in places:
        for i in parsed.tokens_in(place.start, place.end):
            by_token.setdefault(i, place)
    return by_token


def _place_under(parsed: Parsed, token: Token, by_token: dict[int, Place]) -> Place | None:
    """The first place in the phrase headed by ``token``."""
    for i in parsed.subtree(token.i):
        if i in by_token:
            return by_token[i]
    return None


def _from_phrases(parsed: Parsed, head: Token, by_token: dict[int, Place],
                  prepositions: frozenset[str], with_object: bool) -> Place | None:
    for child in parsed.children(head.i):
        if with_object and child.dep in OBJECT_DEPS:
            place = _place_under(parsed, child, by_token)
            if place is not None:
                return place
        if child.dep in PREPOSITION_DEPS and child.text.lower() in prepositions:
            for obj in parsed.children(child.i):
                if obj.dep in PREP_OBJECT_DEPS:
                    place = _place_under(parsed, obj, by_token)
                    if place is not None:
                        return place
    return None


def _place_right_after(parsed: Parsed, verb: Token, by_token: dict[int, Place]) -> Place | None:
    """The place named right after a visit verb that the parser left without an object
    ("visited North Korea, where he ..." with "North Korea" made a later subject)."""
    if verb.pos not in VERB_POS_TAGS or any(c.dep in OBJECT_DEPS for c in parsed.children(verb.i)):
        return None
    k = verb.i + 1
    while k < len(parsed.tokens) and parsed.tokens[k].pos == "DET":
        k += 1
    return by_token.get(k) if k < len(parsed.tokens) and parsed.tokens[k].sent == verb.sent else None


def location_of(event: Event, parsed: Parsed, by_token: dict[int, Place]) -> Place | None:
    """The place the text attaches to one event, or None."""
    trigger = _trigger_token(parsed, event.trigger.start, event.trigger.end)
    if trigger is None:
        return None
    lexicon = _lexicon()
    heads = [trigger]
    if trigger.pos in NOUN_POS and trigger.dep in LIGHT_VERB_DEPS and trigger.head != trigger.i:
        heads.append(parsed.tokens[trigger.head])
    motion = VISIT_MODE in event.plover.mode or trigger.lemma.lower() in lexicon.get("motion", ())
    if motion:
        for head in heads[:1]:
            place = _from_phrases(parsed, head, by_token, lexicon.get("destination", frozenset()), True)
            if place is not None:
                return place
        place = _place_right_after(parsed, trigger, by_token)
        if place is not None:
            return place
    # The parser often hangs the phrase on the object ("shelled buildings in
    # Kyiv"); where the object is, the event is.
    heads += [child for child in parsed.children(trigger.i) if child.dep in OBJECT_DEPS]
    for head in heads:
        place = _from_phrases(parsed, head, by_token, lexicon.get("locative", frozenset()), False)
        if place is not None:
            return place
    return None


def locate_events(events: list[Event], places: list[Place], parsed: Parsed) -> list[Place | None]:
    """The place the text attaches to each event (None where it names none)."""
    by_token = _place_by_token(parsed, places)
    return [location_of(event, parsed, by_token) if by_token else None for event in events]
