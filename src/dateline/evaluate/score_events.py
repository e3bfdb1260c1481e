"""Scorers for coded events: CAMEO triples (PETRARCH gold), quad classes (ConfliBERT), PLOVER triples.

Actor rule (both sides go through the same function):

- a CAMEO actor code is read as country = its first three letters and sector =
  the next three (``RUSMIL`` -> RUS, MIL; ``---REB`` -> unknown country, REB);
- an IGO code names the organisation after the ``IGO`` prefix, and the
  organisation stands in the country slot, as in ``Actor.country``:
  ``IGOUNO`` -> UNO with sector IGO, ``IGOUNOMIL`` -> UNO, MIL;
- our actors are keyed from ``Actor.code`` when they have one, else from
  ``Actor.country`` / ``Actor.sector``; a missing actor or country is ``---``
  (the PETRARCH "unknown"), so an event without a target is (source, ---).

Actor levels: ``country`` compares the country slots, the unknown ``---``
counting as a value like any other (our one-sided event matches a gold coding
with an unknown side); ``known_country`` demands that both countries be known
and equal, so a side without a country never matches (PETRARCH's ``---REB``
included); ``sector`` compares country and sector.

Compound actors expand into every (source, target) pair; triples are matched
as multisets within a sentence (each gold triple matched at most once); every
event on a "no event" sentence is a false positive.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from ..records import Actor, Event, reciprocal
from .gold import CodedSentence, GoldEntity, LabelledSentence, PloverDocument
from .report import ErrorRecord, Figure, Rate, Report, Score

UNKNOWN = "---"
# Transnational prefixes whose next three letters name the organisation.
_ORGANISATION_PREFIX = "IGO"
# CAMEO root of "make public statement": a sentence whose only events are
# statements is labelled 0 (statement) in the 5-class scheme.
STATEMENT_ROOT = "01"
CODE_LEVELS = ("code", "base", "root", "plover")
ACTOR_LEVELS = ("country", "sector")
EVENT_ACTOR_LEVELS = ("country", "sector", "known_country")

Triple = tuple[str, str, str]


def code_key(code: str | None) -> tuple[str, str | None]:
    """(country, sector) of a CAMEO actor code, by the rule in the module docstring."""
    code = (code or "").strip().upper()
    if not code:
        return UNKNOWN, None
    if code.startswith(_ORGANISATION_PREFIX) and len(code) >= 6:
        return code[3:6], code[6:9] or _ORGANISATION_PREFIX
    return code[:3], code[3:6] or None


def actor_key(actor: Actor | None) -> tuple[str, str | None]:
    """(country, sector) of one of our actors."""
    if actor is None:
        return UNKNOWN, None
    if actor.code:
        return code_key(actor.code)
    return (actor.country or UNKNOWN).upper(), (actor.sector.upper() if actor.sector else None)


def _actor_label(key: tuple[str, str | None], level: str, side: str = "") -> str:
    """The actor as compared at ``level``; ``side`` (gold or ours) keeps an unknown
    country at the ``known_country`` level from ever equalling the other side's."""
    country, sector = key
    if level == "sector":
        return f"{country}{sector or ''}"
    if level == "known_country" and country == UNKNOWN:
        return f"{UNKNOWN}{side}"
    return country


def default_plover_of(code: str) -> str | None:
    """The PLOVER type of a CAMEO code via the events stage's ``cameo_info`` (None if unknown)."""
    try:
        from ..events import cameo_info
    except ImportError:
        return None
    try:
        info = cameo_info(code)
    except (KeyError, ValueError, LookupError):
        return None
    return getattr(info, "plover_type", None) if info is not None else None


def _code_at(code: str, level: str, plover_of: Callable[[str], str | None]) -> str:
    code = (code or "").strip()
    if level == "code":
        return code
    if level == "base":
        return code[:3]
    if level == "root":
        return code[:2]
    return plover_of(code) or f"?{code}"


def _event_pairs(event: Event) -> list[tuple[Actor | None, Actor | None]]:
    return event.pairs()


def plover_sides(event: Event) -> tuple[list[Actor], list[Actor]]:
    """(actors, recipients) as PLOVER codes them: the sides of a reciprocal event, each a
    source and a target ("X and Y met", "signed an accord"), are all actors with no
    recipient (PLOVER manual, "Compound and Reciprocal Actors"); else source and target."""
    if reciprocal([(a.start, a.end) for a in event.source], [(a.start, a.end) for a in event.target]):
        return list(event.source), []
    return list(event.source), list(event.target)


def _plover_pairs(event: Event) -> list[tuple[Actor | None, Actor | None]]:
    """(actor, recipient) pairs of the event's PLOVER sides, as a PLOVER gold record lists them."""
    actors, recipients = plover_sides(event)
    return [(a, r) for a in (actors or [None]) for r in (recipients or [None])]


def _describe(event: Event) -> str:
    trigger = event.trigger.text if event.trigger else ""
    return f"{event.evidence or 'no evidence recorded'}; trigger {trigger!r}"


def _match(gold: list[Triple], ours: list[Triple]) -> tuple[int, Counter, Counter]:
    """Multiset match: tp count, unmatched gold, unmatched ours."""
    g, o = Counter(gold), Counter(ours)
    common = g & o
    return sum(common.values()), g - common, o - common


def is_dyad(source: tuple[str, str | None], target: tuple[str, str | None]) -> bool:
    """Both sides coded (a country or at least a sector), as PETRARCH's require_dyad demands."""
    return source != (UNKNOWN, None) and target != (UNKNOWN, None)


def score_events(gold: Sequence[CodedSentence], ours: Mapping[str, Sequence[Event]],
                 plover_of: Callable[[str], str | None] | None = None,
                 gold_set: str = "", dyads_only: bool = False) -> Report:
    """P/R/F1 of (source, target, code) triples at four code levels and three actor levels.

    ``dyads_only``: score only our (source, target) pairs with both sides coded, for
    gold made by a coder configured to code nothing else (PETRARCH's
    ``require_dyad``, on by default in its validation suites); a record's own
    ``require_dyad`` setting in the file overrides it. Gold triples are never dropped.
    """
    plover_of = plover_of or default_plover_of
    report = Report(task="events", gold_set=gold_set, items=len(gold))
    scores = {(c, a): Score(f"events.{c}.{a}") for c in CODE_LEVELS for a in EVENT_ACTOR_LEVELS}
    detection = Score("events.sentence")
    quiet = Rate("events.no_event_sentence.clean")
    # A record is coded as expected when its triples (exact code, country level) are
    # exactly the gold's, nothing missing and nothing extra.
    records = Rate("events.record.exact")
    for sentence in gold:
        events = list(ours.get(sentence.id, ()))
        codings = [] if sentence.no_event else sentence.codings
        gold_keys = [(code_key(c.source), code_key(c.target), c.code) for c in codings]
        our_items = [(actor_key(s), actor_key(t), e.cameo.code if e.cameo else "", e)
                     for e in events for s, t in _event_pairs(e)]
        dyads = dyads_only if sentence.require_dyad is None else sentence.require_dyad
        if dyads:
            our_items = [item for item in our_items if is_dyad(item[0], item[1])]
        for (code_level, actor_level), score in scores.items():
            gold_triples = [(_actor_label(s, actor_level, "gold"), _actor_label(t, actor_level, "gold"),
                             _code_at(c, code_level, plover_of)) for s, t, c in gold_keys]
            our_triples = [(_actor_label(s, actor_level, "ours"), _actor_label(t, actor_level, "ours"),
                            _code_at(c, code_level, plover_of)) for s, t, c, _ in our_items]
            tp, missed, spurious = _match(gold_triples, our_triples)
            score.add(tp, sum(spurious.values()), sum(missed.values()))
            if (code_level, actor_level) == ("code", "country"):
                records.add(not missed and not spurious)
        detection.add(tp=int(bool(codings) and bool(events)), fp=int(not codings and bool(events)),
                      fn=int(bool(codings) and not events))
        if not codings:
            quiet.add(not events)
        report.errors.extend(_sentence_errors(sentence, codings, gold_keys, our_items))
    report.scores = list(scores.values()) + [detection]
    report.rates = [quiet, records]
    return report


def _sentence_errors(sentence: CodedSentence, codings, gold_keys, our_items) -> list[ErrorRecord]:
    """Errors at the strictest level (exact code, country actors), wrong codes paired up."""
    gold_triples = [(s[0], t[0], c) for s, t, c in gold_keys]
    our_triples = [(s[0], t[0], c) for s, t, c, _ in our_items]
    _, missed, spurious = _match(gold_triples, our_triples)
    evidence = {}
    for (s, t, c, event), triple in zip(our_items, our_triples):
        evidence.setdefault(triple, _describe(event))
    errors = []
    spurious_list = list(spurious.elements())
    note = "no-event sentence" if not codings else ""
    # Pair a missed and a spurious triple that differ only in the code, then
    # those that differ only in the actors; the rest are plain misses.
    for triple in missed.elements():
        kind, partner = "missed", None
        for label, same in (("wrong_code", lambda o: o[:2] == triple[:2]),
                            ("wrong_actors", lambda o: o[2] == triple[2])):
            partner = next((o for o in spurious_list if same(o)), None)
            if partner is not None:
                kind = label
                break
        if partner is not None:
            spurious_list.remove(partner)
            errors.append(ErrorRecord(sentence.id, kind, _triple_text(triple),
                                      _triple_text(partner), sentence.text, evidence[partner]))
        else:
            errors.append(ErrorRecord(sentence.id, "missed", _triple_text(triple), None,
                                      sentence.text, ""))
    for triple in spurious_list:
        errors.append(ErrorRecord(sentence.id, "spurious", None, _triple_text(triple),
                                  sentence.text, evidence[triple], note))
    return errors


def _triple_text(triple: Triple) -> str:
    return f"{triple[0]} -> {triple[1]} {triple[2]}"


def _quad_of(event: Event, quad_of_code: Callable[[str], int | None] | None) -> int:
    quad = event.cameo.quad_class if event.cameo else 0
    if quad not in (1, 2, 3, 4) and quad_of_code is not None and event.cameo:
        quad = quad_of_code(event.cameo.code) or 0
    return quad if quad in (1, 2, 3, 4) else 0


def main_event(events: Sequence[Event]) -> Event | None:
    """The highest-confidence non-statement event; ties go to the first in the sentence."""
    candidates = [(-e.confidence, e.trigger.start if e.trigger else 0, i, e)
                  for i, e in enumerate(events)
                  if e.cameo and not e.cameo.code.startswith(STATEMENT_ROOT)]
    return min(candidates)[3] if candidates else None


def predicted_class(events: Sequence[Event],
                    quad_of_code: Callable[[str], int | None] | None = None,
                    root_classes: Mapping[str, int] | None = None) -> int:
    """5-class label of a sentence: the CAMEO quad class of its main event, 0 if none
    (``root_classes``: CAMEO roots a gold set classes otherwise)."""
    event = main_event(events)
    if event is None:
        return 0
    if root_classes and event.cameo and event.cameo.root in root_classes:
        return root_classes[event.cameo.root]
    return _quad_of(event, quad_of_code)


def score_quad(gold: Sequence[LabelledSentence], ours: Mapping[str, Sequence[Event]],
               gold_set: str = "") -> Report:
    """Accuracy, per-class P/R/F1 and macro-F1 of the sentence's 5-class label, in the
    gold set's own scheme (readers.ROOT_CLASSES); ``quad.accuracy.gdelt_classes`` is the
    accuracy with GDELT's quad classes instead."""
    from .readers import LABELS, ROOT_CLASSES

    report = Report(task="quad", gold_set=gold_set, items=len(gold))
    accuracy, gdelt = Rate("quad.accuracy"), Rate("quad.accuracy.gdelt_classes")
    per_class = {label: Score(f"quad.class{label}") for label in LABELS}
    confusion = [[0] * len(LABELS) for _ in LABELS]
    for sentence in gold:
        events = list(ours.get(sentence.id, ()))
        predicted = predicted_class(events, root_classes=ROOT_CLASSES)
        gdelt.add(predicted_class(events) == sentence.label)
        accuracy.add(predicted == sentence.label)
        confusion[sentence.label][predicted] += 1
        if predicted == sentence.label:
            per_class[predicted].add(tp=1)
            continue
        per_class[predicted].add(fp=1)
        per_class[sentence.label].add(fn=1)
        event = main_event(events)
        report.errors.append(ErrorRecord(
            sentence.id, "wrong_class", f"{sentence.label} {LABELS[sentence.label]}",
            f"{predicted} {LABELS[predicted]}" + (f" (CAMEO {event.cameo.code})" if event else ""),
            sentence.text, _describe(event) if event else "no event coded"))
    seen = [s for s in per_class.values() if s.tp + s.fp + s.fn]
    macro = sum(s.f1 for s in seen) / len(seen) if seen else 0.0
    report.scores = list(per_class.values())
    report.rates = [accuracy, gdelt]
    report.figures = [Figure("quad.macro_F1", macro, len(gold))]
    report.extra["confusion"] = {"rows": "gold label", "columns": "predicted label",
                                 "matrix": confusion}
    return report


def _entity_key(entity: GoldEntity | None) -> tuple[str, str | None]:
    if entity is None:
        return UNKNOWN, None
    return (entity.country or UNKNOWN).upper(), (entity.sector.upper() if entity.sector else None)


def score_plover(gold: Sequence[PloverDocument], ours: Mapping[str, Sequence[Event]],
                 gold_set: str = "") -> Report:
    """P/R/F1 of PLOVER (actor, recipient, type) triples per document, and of types alone."""
    report = Report(task="plover", gold_set=gold_set, items=len(gold))
    types = Score("plover.type")
    scores = {level: Score(f"plover.{level}") for level in ACTOR_LEVELS}
    for document in gold:
        events = list(ours.get(document.id, ()))
        gold_keys = [(_entity_key(a), _entity_key(r), g.type.upper())
                     for g in document.events
                     for a in (g.actors or [None]) for r in (g.recipients or [None])]
        our_items = [(actor_key(s), actor_key(t), (e.plover.type if e.plover else "").upper(), e)
                     for e in events for s, t in _plover_pairs(e)]
        tp, missed, spurious = _match([g.type.upper() for g in document.events],
                                      [(e.plover.type if e.plover else "").upper() for e in events])
        types.add(tp, sum(spurious.values()), sum(missed.values()))
        for level, score in scores.items():
            tp, missed, spurious = _match(
                [(_actor_label(s, level), _actor_label(t, level), c) for s, t, c in gold_keys],
                [(_actor_label(s, level), _actor_label(t, level), c) for s, t, c, _ in our_items])
            score.add(tp, sum(spurious.values()), sum(missed.values()))
            if level == "country":
                evidence = {}
                for (s, t, c, event) in our_items:
                    evidence.setdefault((_actor_label(s, level), _actor_label(t, level), c),
                                        _describe(event))
                for triple in missed.elements():
                    report.errors.append(ErrorRecord(document.id, "missed", _triple_text(triple),
                                                     None, document.text[:500], ""))
                for triple in spurious.elements():
                    report.errors.append(ErrorRecord(document.id, "spurious", None,
                                                     _triple_text(triple), document.text[:500],
                                                     evidence[triple]))
    report.scores = [types, *scores.values()]
    return report
