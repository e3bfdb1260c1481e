"""Matching lexicon patterns against the dependency parse.

A pattern names a trigger lemma and constraints (particle, required object, the preposition whose object is
the target). A trigger token can match several entries; the most specific entry whose constraints all hold wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..nlp import Parsed, Token
from ..tables import word_class
from .lexicon import LexiconEntry
from .objects import (CONTAINER_NOUNS, OBJECT_DEPS, child_with as _child_with, container_of as _container,
                      joined_names, joined_object as _joined_object, staged_object as _staged_object,
                      titled_name as _titled_name)

VERB_POS = {"VERB"}
NOUN_POS = {"NOUN", "PROPN"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "nsubj:pass"}
PARTICLE_DEPS = {"prt", "advmod", "compound:prt"}
SMALL_CLAUSE_DEPS = {"ccomp", "oprd", "acomp", "xcomp"}
SMALL_CLAUSE_POS = {"ADJ", "NOUN"}  # a predicate with no verb of its own: "found him guilty"
DATIVE_PREPS = {"to", "for"}  # target prepositions an indirect object stands for ("gave X aid")
TEMPORAL = {"DATE", "TIME"}
# Verbs of telling: their clause asks only with "to" or a modal of obligation ("told X it must").
TELLING_VERBS, OBLIGING_AUXILIARIES = {"tell", "inform"}, {"to", "must", "should"}
# where an act happens: the phrase after such a place may belong to the verb
PLACE_PREPS = ("in", "at")
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
SCENE_NOUNS = word_class("scene nouns")
FORCE_NOUNS = word_class("force nouns")  # "with" one is the instrument: "fought with tanks"
# Craft whose load a participle names ("ships loaded with food"), and those participles.
CARRIER_NOUNS = word_class("carrier nouns")
CARRYING_PARTICIPLES = word_class("carrying participles")
# Prepositions that name the other party inside an object phrase ("a deal with X").
OBJECT_PARTY_PREPS = ("with", "between", "against", "to", "toward", "towards")
# A partner's preposition, and those naming an object's topic ("intelligence on X").
PARTNER_PREP = "with"
TOPIC_PREPS = ("on", "about", "over", "regarding", "concerning")


@dataclass(slots=True)
class Match:
    """One lexicon entry matched at one trigger token."""

    entry: LexiconEntry
    trigger: int
    target_tokens: list[int]
    object_token: int | None
    specificity: int
    # A CAMEO code replacing the entry's, set when the requested event refines an
    # appeal ("urged X to send aid": 023, not 020).
    cameo: str | None = None
    # Why ``cameo`` replaced the entry's code (recorded in the event's basis).
    refined_by: str = "requested"
    # A PLOVER type replacing the entry's, set with a ``cameo`` of another type.
    plover: str | None = None


def _contained_object(parsed: Parsed, head: int, deps: set[str], objects: tuple[str, ...]) -> Token | None:
    """The object inside a measure or group noun ("sent a team of doctors", "a convoy of aid
    trucks"): the noun its "of" names, or its compound ("sent fuel shipments"); or the load
    of a craft ("sent two ships loaded with food", "planes carrying medicine")."""
    for child in parsed.children(head):
        if child.dep in deps and child.lemma.lower() in CARRIER_NOUNS:
            inner = next((parsed.tokens[i] for i in loads(parsed, child.i)
                          if parsed.tokens[i].lemma.lower() in objects), None)
            if inner is not None:
                return inner
        if child.dep in deps and child.lemma.lower() in CONTAINER_NOUNS:
            compounds = [c.i for c in parsed.children(child.i) if c.dep == "compound"]
            for i in _prep_objects(parsed, child.i, ("of",)) + compounds:
                inner = parsed.tokens[i]
                named = {inner.lemma.lower()} | joined_names(parsed, inner)
                if named & set(objects):
                    return inner
    return None


def loads(parsed: Parsed, craft: int) -> list[int]:
    """What a craft's participle says it carries: "loaded with food", "carrying medicine"."""
    found = []
    for part in parsed.children(craft):
        if part.dep in ("acl", "relcl", "amod") and part.lemma.lower() in CARRYING_PARTICIPLES:
            found += [c.i for c in parsed.children(part.i) if c.dep in ("dobj", "obj")]
            found += _prep_objects(parsed, part.i, ("with",))
    return found


def _prep_objects(parsed: Parsed, head: int, preps: tuple[str, ...], instruments: bool = False) -> list[int]:
    """Objects of the named prepositions attached to ``head`` (also 'up to', 'out of'); a
    weapon "with" which it is done only when ``instruments``."""
    found = []
    for child in parsed.children(head):
        if child.dep in ("prep", "agent", "dative", "prt") and child.lemma.lower() in preps:
            for grandchild in parsed.children(child.i):
                instrument = not instruments and child.lemma.lower() == PARTNER_PREP \
                    and grandchild.lemma.lower() in FORCE_NOUNS
                if grandchild.dep in ("pobj", "pcomp") and not instrument and (
                        grandchild.ent_type not in TEMPORAL or _glued_name(parsed, grandchild)):
                    found.append(grandchild.i)
                elif grandchild.dep == "prep" and grandchild.lemma.lower() not in preps \
                        or grandchild.dep == "conj" and grandchild.pos == "ADP":  # "to and from X"
                    found.extend(g.i for g in parsed.children(grandchild.i) if g.dep == "pobj")
    return found


def _glued_name(parsed: Parsed, date: Token) -> bool:
    """A date the parser made the head of a preceding name ("met with President X Tuesday")."""
    return any(c.dep == "compound" and c.i < date.i and c.ent_type not in TEMPORAL
               and c.pos == "PROPN" for c in parsed.children(date.i))


NOUN_PHRASE_INSIDE = {"det", "amod", "compound", "nummod", "poss", "case"}


def _stranded_object(parsed: Parsed, trigger: Token) -> int | None:
    """The object of a transitive verb the parser made a subject: of a verbless adjective
    clause ("found X guilty"), or, in long coordinations ("visited North Korea, where he
    ..., and Putin and Kim exchanged letters"), the noun after the verb and a comma."""
    tokens = parsed.tokens
    small = [s for c in parsed.children(trigger.i) if c.dep == "ccomp" and c.pos in SMALL_CLAUSE_POS
             and not any(k.dep in ("aux", "cop", "mark") for k in parsed.children(c.i))
             for s in parsed.children(c.i) if s.dep == "nsubj" and s.i < c.i]
    if small:
        return small[0].i
    k = trigger.i + 1
    while k < len(tokens) and tokens[k].dep in NOUN_PHRASE_INSIDE and tokens[k].head > k:
        k += 1
    if k + 1 >= len(tokens) or tokens[k].sent != trigger.sent:
        return None
    head = tokens[k]
    if head.pos in NOUN_POS and head.dep in ("nsubj", "nsubjpass") and head.head > k + 1 \
            and tokens[k + 1].text == ",":
        return k
    return None


def verb_and_objects(parsed: Parsed, verb: Token) -> list[int]:
    """The verb and its direct objects: where a phrase on the act may hang ("drills near X",
    "a unit trained against X", "recalled its envoy in protest over X")."""
    return [verb.i] + [c.i for c in parsed.children(verb.i) if c.dep in ("dobj", "obj")]


def party_objects(parsed: Parsed, head: int, preps: tuple[str, ...] = OBJECT_PARTY_PREPS) -> list[int]:
    """The other party named inside a noun phrase: "a deal with X", "talks between X and Y"."""
    return _prep_objects(parsed, head, preps)


def _has_particle(parsed: Parsed, trigger: Token, particle: str) -> bool:
    # a preposition heading a date is no required one: "agreed on Thursday that ..."
    if any(c.dep in PARTICLE_DEPS or c.dep == "prep" and not _dated(parsed, c)
           for c in parsed.children(trigger.i) if c.lemma.lower() == particle):
        return True
    # a predicate adjective the parser makes a small clause ("found the officer guilty")
    if any(c.pos in SMALL_CLAUSE_POS and c.lemma.lower() == particle for c in parsed.children(trigger.i)
           if c.dep in SMALL_CLAUSE_DEPS):
        return True
    # ... or hangs on the object after it ("found a former officer guilty": guilty an amod)
    if any(a.dep == "amod" and a.i > o.i and a.lemma.lower() == particle
           for o in parsed.children(trigger.i) if o.dep in OBJECT_DEPS for a in parsed.children(o.i)):
        return True
    nxt = trigger.i + 1
    return nxt < len(parsed.tokens) and parsed.tokens[nxt].lemma.lower() == particle \
        and not _dated(parsed, parsed.tokens[nxt])


def _dated(parsed: Parsed, prep: Token) -> bool:
    """Is the preposition's object a date or time ("on Thursday")?"""
    objects = [c for c in parsed.children(prep.i) if c.dep == "pobj"]
    return bool(objects) and all(o.ent_type in ("DATE", "TIME") for o in objects)


def infinitive_complement(parsed: Parsed, verb: int) -> Token | None:
    """The clause a verb takes as complement: its xcomp or ccomp, or a to-infinitive
    the parser attached as an adverbial ("was pressured by X to help Y")."""
    found = _child_with(parsed, verb, {"xcomp", "ccomp"})
    if found is not None:
        return found
    return next((c for c in parsed.children(verb) if c.dep == "advcl"
                 and _child_with(parsed, c.i, {"aux"}, {"to"}) is not None), None)


def is_passive(parsed: Parsed, trigger: Token) -> bool:
    """A passive verb: it has a passive subject or a passive auxiliary."""
    return any(c.dep in PASSIVE_SUBJECT_DEPS or c.dep == "auxpass" for c in parsed.children(trigger.i))


def match_entry(parsed: Parsed, trigger: Token, entry: LexiconEntry) -> Match | None:
    """Check one entry's constraints at ``trigger``; None when one fails.

    Each constraint that holds makes the match more specific (its points decide
    between entries of one trigger, see :func:`best_match`)."""
    passive = trigger.pos in VERB_POS and is_passive(parsed, trigger)
    found = _required_object(parsed, trigger, entry, passive)
    if found is None:
        return None
    object_token, specificity = found
    particles = _particles(parsed, trigger, entry)
    words = _required_words(parsed, trigger, entry, object_token, particles)
    if words is None:
        return None
    specificity += words
    targets = _prep_targets(parsed, trigger, entry, object_token, particles)
    if targets is None:
        return None
    specificity += 2 if targets else 0
    if entry.target_direct and not targets:
        targets, points = _direct_target(parsed, trigger, object_token, passive)
        specificity += points
    if not targets and object_token is not None:
        # "signed a deal with Kyiv", "ratified an agreement with the EU": the party
        # named inside the object phrase
        targets = party_objects(parsed, object_token)
    if entry.needs_complement:
        targets = _complement_targets(parsed, trigger, entry, targets, passive)
        if targets is None:
            return None
        specificity += 1
    return Match(entry, trigger.i, targets, object_token, specificity)


def _required_object(parsed: Parsed, trigger: Token, entry: LexiconEntry,
                     passive: bool) -> tuple[int | None, int] | None:
    """(the required object's token, points), (None, 0) when none is required, or None
    when it is missing."""
    if not entry.objects:
        return None, 0
    if entry.pos == "N":
        # "resumption of ties": the noun the trigger is "of".
        of_objects = [parsed.tokens[i] for i in _prep_objects(parsed, trigger.i, ("of",))]
        obj = next((o for o in of_objects if o.lemma.lower() in entry.objects), None)
        return None if obj is None else (obj.i, 3)
    deps = OBJECT_DEPS | (PASSIVE_SUBJECT_DEPS if passive else set())
    joined = _joined_object(parsed, trigger.i, deps, entry.objects)
    obj = _child_with(parsed, trigger.i, deps, set(entry.objects)) or joined \
        or _contained_object(parsed, trigger.i, deps, entry.objects) \
        or _titled_name(parsed, trigger.i, deps, entry.objects) \
        or _staged_object(parsed, trigger.i, entry.objects) or _relative_object(parsed, trigger, entry.objects)
    complement = infinitive_complement(parsed, trigger.i) if obj is None and entry.needs_complement else None
    if complement is not None:
        # "allowed aid trucks to enter X": the parser makes the object the clause's subject
        joined = _joined_object(parsed, complement.i, {"nsubj"}, entry.objects)
        obj = _child_with(parsed, complement.i, {"nsubj"}, set(entry.objects)) or joined
    if obj is None:
        # "sent a surgical team and medical supplies": a later one of coordinated objects
        # (less specific than the first object named)
        obj = _coordinated_object(parsed, trigger.i, deps, entry.objects)
        return None if obj is None else (obj.i, 2)
    # "launched an air strike": the entry naming the compound is the more specific
    return obj.i, 4 if joined is not None else 3


def _relative_object(parsed: Parsed, trigger: Token, objects: tuple[str, ...]) -> Token | None:
    """The noun set off after a clause that a relative clause with a subject and no object of
    its own is on: its object ("X accused Y of it, a charge (that) Z rejected")."""
    noun = parsed.tokens[trigger.head]
    if trigger.dep != "relcl" or noun.lemma.lower() not in objects or noun.dep not in ("npadvmod", "appos"):
        return None
    first = parsed.subtree(noun.i)[0]
    if first < 1 or parsed.tokens[first - 1].text != ",":
        return None
    own = [c for c in parsed.children(trigger.i) if c.dep in OBJECT_DEPS and c.lemma.lower() not in ("that", "which")]
    has_subject = any(c.dep == "nsubj" and c.lemma.lower() not in ("that", "which", "who") for c in parsed.children(trigger.i))
    return noun if has_subject and not own else None


def _coordinated_object(parsed: Parsed, head: int, deps: set[str], objects: tuple[str, ...]) -> Token | None:
    for child in parsed.children(head):
        if child.dep in deps:
            for i in parsed.conjuncts(child.i):
                tok = parsed.tokens[i]
                if tok.lemma.lower() in objects or not joined_names(parsed, tok).isdisjoint(objects):
                    return tok
    return None


def _required_words(parsed: Parsed, trigger: Token, entry: LexiconEntry,
                    object_token: int | None, particles: list[Token]) -> int | None:
    """Points for the required particles and prepositional objects, or None if one is missing.

    Required words hang on the trigger, or, for a required preposition, on the
    required object ("held exercises with Japan")."""
    holders = [trigger] + ([parsed.tokens[object_token]] if object_token is not None else [])
    if object_token is None and entry.target_preps and trigger.pos in VERB_POS:
        # "warned their people about X": the parser hangs the verb's preposition
        # on its direct object.
        holders += [c for c in parsed.children(trigger.i) if c.dep in OBJECT_DEPS][:1]
    holders += [parsed.tokens[i] for i in _place_nouns(parsed, trigger)]
    holders += particles
    points = 0
    for group in entry.required_groups():
        if not any(_has_particle(parsed, holder, word) if holder is trigger
                   else word in entry.target_preps and _child_with(parsed, holder.i, {"prep"}, {word})
                   for holder in holders for word in group):
            return None
        points += 2
    for prep, lemmas in entry.prep_objects:
        if not any(parsed.tokens[o].lemma.lower() in lemmas or not joined_names(parsed, parsed.tokens[o]).isdisjoint(lemmas)
                   for holder in holders for o in _prep_objects(parsed, holder.i, (prep,), instruments=True)):
            return None
        points += 5  # a named object outweighs any open slot ("withdrew from the talks" over "from X")
    return points


def _particles(parsed: Parsed, trigger: Token, entry: LexiconEntry) -> list[Token]:
    """The trigger's required particles: a preposition may hang on one ("walked away from")."""
    groups = entry.required_groups()
    return [c for c in parsed.children(trigger.i) if any(c.lemma.lower() in g for g in groups)] if groups else []


def _prep_targets(parsed: Parsed, trigger: Token, entry: LexiconEntry,
                  object_token: int | None, particles: list[Token]) -> list[int] | None:
    """The objects of the pattern's target prepositions ([] when it names none), or None
    when the pattern needs them and they are missing."""
    if not entry.target_preps:
        return []
    # the object's own phrase first: "imposed sanctions on Iran on Thursday"; then its
    # container's ("a package of weapons for Ukraine"); a phrase hung on the last of
    # the pattern's coordinated objects is all of theirs ("imposed sanctions and visa restrictions on X")
    objects = [object_token] + [j for j in parsed.conjuncts(object_token) if parsed.tokens[j].lemma.lower()
                                in entry.objects] if object_token is not None else []
    heads = objects + _container(parsed, object_token) + [trigger.i]
    if object_token is None and trigger.pos in VERB_POS:
        # "warned the public about X": parsers often hang the verb's
        # preposition on its direct object instead.
        direct = _child_with(parsed, trigger.i, OBJECT_DEPS)
        if direct is not None:
            heads.append(direct.i)
    # "came under attack from X": the act a preposition names holds its own phrase;
    # "pulled out of X", "walked away from talks with X": or the required particle
    heads += [p.i for p in particles] + [o for prep, _ in entry.prep_objects for h in [trigger] + particles
                                         for o in _prep_objects(parsed, h.i, (prep,))]
    heads += _place_nouns(parsed, trigger)
    for head in heads:
        targets = _prep_objects(parsed, head, entry.target_preps)
        if targets:
            return targets
    # "shared intelligence on the suspects with Britain": the partner's "with" hung on the
    # topic of the object
    if object_token is not None and PARTNER_PREP in entry.target_preps:
        for topic in _prep_objects(parsed, object_token, TOPIC_PREPS):
            targets = _prep_objects(parsed, topic, (PARTNER_PREP,))
            if targets:
                return targets
    # "gave farmers subsidies": the indirect object is the one the "to" phrase would name
    dative = None if DATIVE_PREPS.isdisjoint(entry.target_preps) else _child_with(parsed, trigger.i, {"dative"})
    if dative is not None and dative.i != object_token and dative.pos in ("NOUN", "PROPN", "PRON"):
        return [dative.i]
    return [] if entry.objects or entry.prep_objects else None


def _place_nouns(parsed: Parsed, trigger: Token) -> list[int]:
    """The place a verb's act happens in ("marched in the capital against X"): parsers
    hang the phrase after it on the place instead of on the verb."""
    if trigger.pos not in VERB_POS:
        return []
    return [i for i in _prep_objects(parsed, trigger.i, PLACE_PREPS)
            if parsed.tokens[i].ent_type in PLACE_ENTITIES or parsed.tokens[i].lemma.lower() in SCENE_NOUNS]


def _direct_target(parsed: Parsed, trigger: Token, object_token: int | None,
                   passive: bool) -> tuple[list[int], int]:
    """(the direct object, or a passive's subject, as target; points)."""
    deps = PASSIVE_SUBJECT_DEPS if passive else OBJECT_DEPS | {"dative"}
    obj = _child_with(parsed, trigger.i, deps)
    if obj is not None and obj.i != object_token:
        return [obj.i], 1
    if obj is None and not passive:
        stranded = _stranded_object(parsed, trigger)
        return ([stranded] if stranded is not None else []), 0
    return [], 0


def _complement_targets(parsed: Parsed, trigger: Token, entry: LexiconEntry,
                        targets: list[int], passive: bool) -> list[int] | None:
    """With a required complement: the targets (the infinitive's own subject for "wants Putin to attack"), or
    None when the complement or the one asked is missing, or when one told is told what is ("told X that")."""
    complement = infinitive_complement(parsed, trigger.i)
    if complement is None or trigger.lemma.lower() in TELLING_VERBS and complement.dep == "ccomp" \
            and not _child_with(parsed, complement.i, {"aux"}, OBLIGING_AUXILIARIES):
        return None
    if entry.target_direct and not targets and not passive:
        # with nobody asked ("wants to attack") it is no request
        asked = _child_with(parsed, complement.i, {"nsubj"})
        if asked is None or not _child_with(parsed, complement.i, {"aux"}, {"to"}):
            return None
        return [asked.i]
    return targets


def best_match(parsed: Parsed, trigger: Token, entries: list[LexiconEntry]) -> Match | None:
    """The most specific entry matching at ``trigger`` (ties: lexicon order)."""
    best = None
    for entry in entries:
        found = match_entry(parsed, trigger, entry)
        if found is not None and (best is None or found.specificity > best.specificity):
            best = found
    return best
