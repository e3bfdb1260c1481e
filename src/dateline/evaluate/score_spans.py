"""Scorers over text spans: event arguments, time expressions, toponyms.

Spans are matched one-to-one, largest overlap first (``spans.match_spans``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..actors import from_pronoun
from ..records import Actor, Event, Place, Time
from .gold import ArgumentSentence, TimexDocument, ToponymDocument
from .report import ErrorRecord, Rate, Report, Score
from .spans import any_overlap, haversine_km, match_spans, same_span


# Accuracy@161 km (100 miles) is the usual geoparsing tolerance.
DISTANCE_KM = 161.0


@dataclass
class _Argument:
    role: str
    start: int
    end: int
    text: str
    evidence: str


def _our_arguments(events: Sequence[Event], actors: Sequence[Actor] = ()) -> list[_Argument]:
    """Our sources and targets as spans; a pronoun is scored at its antecedent's
    first mention ("the Air Force says it has killed": the annotators mark the
    Air Force), since the actor stage resolved it there."""
    named: dict[int, Actor] = {}
    for actor in sorted(actors, key=lambda a: a.start):
        if actor.entity is not None and not from_pronoun(actor):
            named.setdefault(actor.entity, actor)
    seen: dict[tuple[str, int, int], _Argument] = {}
    for event in events:
        # sides that act on each other ("X and Y held talks": each source is a target) are
        # one reciprocal argument each, as the annotators' R tag marks them, not two
        mutual = {(a.start, a.end) for a in event.source} & {(a.start, a.end) for a in event.target}
        for role, arguments in (("source", event.source), ("target", event.target)):
            for actor in arguments:
                if actor.start == actor.end:  # implied ("the country's people"): no words to score
                    continue
                kind = "reciprocal" if (actor.start, actor.end) in mutual else role
                if from_pronoun(actor) and actor.entity in named:
                    actor = named[actor.entity]
                seen.setdefault((kind, actor.start, actor.end), _Argument(
                    kind, actor.start, actor.end, actor.text, event.evidence or ""))
    return list(seen.values())


def _role_matching(gold: ArgumentSentence, ours: list[_Argument],
                   accept: Callable) -> tuple[set[int], dict[str, set[int]]]:
    """Match sources to S, targets to T, then leftovers of either role to R (our
    reciprocal sides, each both a source and a target, may match any of the three).

    Returns the matched prediction indices and, per gold role, the matched gold indices.
    """
    matched_ours: set[int] = set()
    matched_gold: dict[str, set[int]] = {"source": set(), "target": set(), "reciprocal": set()}
    for role, gold_spans in (("source", gold.sources), ("target", gold.targets)):
        # a reciprocal side is a source and a target at once: it may match either
        candidates = [i for i, a in enumerate(ours) if a.role in (role, "reciprocal") and i not in matched_ours]
        for gi, pi in match_spans(gold_spans, [ours[i] for i in candidates], accept):
            matched_gold[role].add(gi)
            matched_ours.add(candidates[pi])
    leftovers = [i for i in range(len(ours)) if i not in matched_ours]
    for gi, pi in match_spans(gold.reciprocal, [ours[i] for i in leftovers], accept):
        matched_gold["reciprocal"].add(gi)
        matched_ours.add(leftovers[pi])
    return matched_ours, matched_gold


def score_arguments(gold: Sequence[ArgumentSentence], ours: Mapping[str, Sequence[Event]],
                    gold_set: str = "", actors: Mapping[str, Sequence[Actor]] | None = None) -> Report:
    """Source and target span P/R/F1, exact and overlap (R spans accept either role).

    ``actors``: each sentence's actors, to score a pronoun at its antecedent."""
    report = Report(task="arguments", gold_set=gold_set, items=len(gold))
    modes = {"exact": same_span, "overlap": any_overlap}
    scores: dict[tuple[str, str], Score] = {}
    rates: dict[str, Rate] = {}
    for mode in modes:
        for role in ("source", "target", "any", "span"):
            scores[role, mode] = Score(f"arguments.{role}.{mode}")
        rates[mode] = Rate(f"arguments.reciprocal.recall.{mode}")
    for sentence in gold:
        predicted = _our_arguments(list(ours.get(sentence.id, ())), (actors or {}).get(sentence.id, ()))
        gold_by_role = {"source": sentence.sources, "target": sentence.targets,
                        "reciprocal": sentence.reciprocal}
        for mode, accept in modes.items():
            matched_ours, matched_gold = _role_matching(sentence, predicted, accept)
            for role in ("source", "target"):
                ours_role = [i for i, a in enumerate(predicted) if a.role == role]
                tp = len(matched_gold[role])
                fp = sum(1 for i in ours_role if i not in matched_ours)
                scores[role, mode].add(tp, fp, len(gold_by_role[role]) - tp)
            for index in range(len(sentence.reciprocal)):
                rates[mode].add(index in matched_gold["reciprocal"])
            all_gold = sum(len(spans) for spans in gold_by_role.values())
            tp_all = sum(len(m) for m in matched_gold.values())
            scores["any", mode].add(tp_all, len(predicted) - len(matched_ours), all_gold - tp_all)
            # Role-blind: does the span exist at all, whatever its role?
            flat_gold = sentence.sources + sentence.targets + sentence.reciprocal
            unique_ours = list({(a.start, a.end): a for a in predicted}.values())
            pairs = match_spans(flat_gold, unique_ours, accept)
            scores["span", mode].add(len(pairs), len(unique_ours) - len(pairs),
                                     len(flat_gold) - len(pairs))
            if mode == "overlap":
                report.errors.extend(_argument_errors(sentence, predicted, matched_ours,
                                                      matched_gold, gold_by_role))
    report.scores = list(scores.values())
    report.rates = list(rates.values())
    return report


def _argument_errors(sentence, predicted, matched_ours, matched_gold, gold_by_role):
    errors = []
    for role, spans in gold_by_role.items():
        for index, span in enumerate(spans):
            if index not in matched_gold[role]:
                errors.append(ErrorRecord(sentence.id, "missed", f"{role}: {span.text}", None,
                                          sentence.text, ""))
    for index, argument in enumerate(predicted):
        if index not in matched_ours:
            errors.append(ErrorRecord(sentence.id, "spurious", None,
                                      f"{argument.role}: {argument.text}", sentence.text,
                                      argument.evidence))
    return errors


def context(text: str, start: int, end: int, margin: int = 80) -> str:
    """The words around a span, for error listings."""
    return text[max(0, start - margin):min(len(text), end + margin)]


def score_dates(gold: Sequence[TimexDocument], ours: Mapping[str, Sequence[Time]],
                gold_set: str = "") -> Report:
    """Time-expression span P/R/F1 (overlap) and TIMEX3 DATE value accuracy."""
    report = Report(task="dates", gold_set=gold_set, items=len(gold))
    spans = Score("dates.span.overlap")
    value_all = Rate("dates.DATE.value.accuracy")
    value_found = Rate("dates.DATE.value.accuracy_found")
    for document in gold:
        times = list(ours.get(document.id, ()))
        pairs = match_spans(document.timexes, times, any_overlap)
        spans.add(len(pairs), len(times) - len(pairs), len(document.timexes) - len(pairs))
        paired = dict(pairs)
        for gi, timex in enumerate(document.timexes):
            if timex.type.upper() != "DATE":
                continue
            found = times[paired[gi]] if gi in paired else None
            hit = found is not None and _same_value(timex.value, found.value)
            value_all.add(hit)
            if found is not None:
                value_found.add(hit)
            if not hit:
                errors_kind = "missed" if found is None else "wrong_value"
                report.errors.append(ErrorRecord(
                    document.id, errors_kind, f"{timex.text!r} = {timex.value} (DCT {document.dct})",
                    f"{found.text!r} = {found.value}" if found else None,
                    context(document.text, timex.start, timex.end), ""))
        matched = set(paired.values())
        for pi, time in enumerate(times):
            if pi not in matched:
                report.errors.append(ErrorRecord(document.id, "spurious", None,
                                                 f"{time.text!r} = {time.value}",
                                                 context(document.text, time.start, time.end), ""))
    report.scores = [spans]
    report.rates = [value_all, value_found]
    return report


def _same_value(gold: str | None, ours: str | None) -> bool:
    return bool(gold) and bool(ours) and gold.strip().upper() == ours.strip().upper()


def score_places(gold: Sequence[ToponymDocument], ours: Mapping[str, Sequence[Place]],
                 gold_set: str = "", distance_km: float = DISTANCE_KM) -> Report:
    """Toponym P/R/F1 (span overlap) and accuracy within 161 km (haversine)."""
    report = Report(task="places", gold_set=gold_set, items=len(gold))
    spans = Score("places.toponym.overlap")
    near_matched = Rate("places.acc161.matched")
    near_all = Rate("places.acc161.gold")
    for document in gold:
        places = list(ours.get(document.id, ()))
        pairs = match_spans(document.toponyms, places, any_overlap)
        spans.add(len(pairs), len(places) - len(pairs), len(document.toponyms) - len(pairs))
        paired = dict(pairs)
        for gi, toponym in enumerate(document.toponyms):
            where = context(document.text, toponym.start, toponym.end)
            place = places[paired[gi]] if gi in paired else None
            if place is None:
                report.errors.append(ErrorRecord(document.id, "missed", toponym.text, None,
                                                 where, ""))
            if toponym.lat is None or toponym.lon is None:
                continue
            distance = None
            if place is not None and place.lat is not None and place.lon is not None:
                distance = haversine_km(toponym.lat, toponym.lon, place.lat, place.lon)
            hit = distance is not None and distance <= distance_km
            near_all.add(hit)
            if place is not None:
                near_matched.add(hit)
                if not hit:
                    report.errors.append(ErrorRecord(
                        document.id, "far", f"{toponym.text} ({toponym.lat:.3f}, {toponym.lon:.3f})",
                        f"{place.name} ({place.lat}, {place.lon})"
                        + (f" {distance:.0f} km away" if distance is not None else ""),
                        where, ""))
        matched = set(paired.values())
        for pi, place in enumerate(places):
            if pi not in matched:
                report.errors.append(ErrorRecord(document.id, "spurious", None,
                                                 f"{place.text} -> {place.name}",
                                                 context(document.text, place.start, place.end),
                                                 ""))
    report.scores = [spans]
    report.rates = [near_matched, near_all]
    return report
