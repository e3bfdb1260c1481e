"""Scorers over text spans: event arguments, quotes, time expressions, toponyms.

Spans are matched one-to-one, largest overlap first (``spans.match_spans``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..records import Actor, Event, Place, Quote, Span, Time
from .gold import ArgumentSentence, AttributionDocument, GoldAttribution, TimexDocument, ToponymDocument
from .report import ErrorRecord, Rate, Report, Score
from .spans import any_overlap, half_of_gold, haversine_km, match_spans, same_span

# Accuracy@161 km (100 miles) is the usual geoparsing tolerance.
DISTANCE_KM = 161.0
# Characters trimmed from both ends of a quote before "exact" comparison.
_QUOTE_TRIM = " \t\n\"'“”‘’«».,;:!?"
# Function words that do not make two cues the same.
_CUE_STOPWORDS = {"to", "the", "a", "an", "of", "that", "as", "in", "on", "for", "with", "by",
                  "and", "has", "have", "had", "was", "is", "be", "been", "it"}
_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class _Argument:
    role: str
    start: int
    end: int
    text: str
    evidence: str


def _our_arguments(events: Sequence[Event]) -> list[_Argument]:
    seen: dict[tuple[str, int, int], _Argument] = {}
    for event in events:
        for role, actors in (("source", event.source), ("target", event.target)):
            for actor in actors:
                seen.setdefault((role, actor.start, actor.end), _Argument(
                    role, actor.start, actor.end, actor.text, event.evidence or ""))
    return list(seen.values())


def _role_matching(gold: ArgumentSentence, ours: list[_Argument],
                   accept: Callable) -> tuple[dict[str, list[int]], set[int], dict[str, set[int]]]:
    """Match sources to S, targets to T, then leftovers of either role to R.

    Returns matched gold indices per gold role, matched prediction indices, and
    for each gold role the matched gold indices.
    """
    matched_ours: set[int] = set()
    matched_gold: dict[str, set[int]] = {"source": set(), "target": set(), "reciprocal": set()}
    for role, gold_spans in (("source", gold.sources), ("target", gold.targets)):
        candidates = [i for i, a in enumerate(ours) if a.role == role]
        for gi, pi in match_spans(gold_spans, [ours[i] for i in candidates], accept):
            matched_gold[role].add(gi)
            matched_ours.add(candidates[pi])
    leftovers = [i for i in range(len(ours)) if i not in matched_ours]
    for gi, pi in match_spans(gold.reciprocal, [ours[i] for i in leftovers], accept):
        matched_gold["reciprocal"].add(gi)
        matched_ours.add(leftovers[pi])
    return {}, matched_ours, matched_gold


def score_arguments(gold: Sequence[ArgumentSentence], ours: Mapping[str, Sequence[Event]],
                    gold_set: str = "") -> Report:
    """Source and target span P/R/F1, exact and overlap (R spans accept either role)."""
    report = Report(task="arguments", gold_set=gold_set, items=len(gold))
    modes = {"exact": same_span, "overlap": any_overlap}
    scores: dict[tuple[str, str], Score] = {}
    rates: dict[str, Rate] = {}
    for mode in modes:
        for role in ("source", "target", "any", "span"):
            scores[role, mode] = Score(f"arguments.{role}.{mode}")
        rates[mode] = Rate(f"arguments.reciprocal.recall.{mode}")
    for sentence in gold:
        predicted = _our_arguments(list(ours.get(sentence.id, ())))
        gold_by_role = {"source": sentence.sources, "target": sentence.targets,
                        "reciprocal": sentence.reciprocal}
        for mode, accept in modes.items():
            _, matched_ours, matched_gold = _role_matching(sentence, predicted, accept)
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


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets with surrounding spaces, quotation marks and final punctuation removed."""
    while start < end and text[start] in _QUOTE_TRIM:
        start += 1
    while end > start and text[end - 1] in _QUOTE_TRIM:
        end -= 1
    return start, end


def _normal_name(name: str | None) -> list[str]:
    words = [w.lower() for w in _WORD.findall(name or "")]
    return [w for w in words if w not in {"the", "a", "an", "mr", "mrs", "ms", "dr"}]


def speaker_correct(gold: Span, quote: Quote) -> bool:
    """Our speaker overlaps the gold source span, or names it (same words, or same last word)."""
    speaker = quote.speaker
    if speaker is not None and any_overlap(gold, speaker):
        return True
    gold_words = _normal_name(gold.text)
    if not gold_words:
        return False
    for name in (speaker.name if speaker else None, speaker.text if speaker else None,
                 quote.speaker_text):
        words = _normal_name(name)
        if words and (words == gold_words or words[-1] == gold_words[-1]):
            return True
    return False


def cue_correct(gold: Span, quote: Quote) -> bool:
    """Our cue shares a content word with the gold cue (case-insensitive)."""
    ours = {w.lower() for w in _WORD.findall(quote.cue or "")} - _CUE_STOPWORDS
    theirs = {w.lower() for w in _WORD.findall(gold.text)} - _CUE_STOPWORDS
    return bool(ours & theirs)


def _quote_kind(quote: Quote) -> str:
    return "direct" if quote.kind == "direct" else "indirect"


def score_quotes(gold: Sequence[AttributionDocument], ours: Mapping[str, Sequence[Quote]],
                 gold_set: str = "") -> Report:
    """Content-span P/R/F1 (half-overlap and exact), speaker and cue accuracy, per kind."""
    report = Report(task="quotes", gold_set=gold_set, items=len(gold))
    groups = ("all", "direct", "indirect")
    half = {g: Score(f"quotes.{g}.content.half") for g in groups}
    exact = {g: Score(f"quotes.{g}.content.exact") for g in groups}
    speaker = {g: Rate(f"quotes.{g}.speaker.accuracy") for g in groups}
    cue = {g: Rate(f"quotes.{g}.cue.accuracy") for g in groups}
    for document in gold:
        quotes = list(ours.get(document.id, ()))
        for group in groups:
            gold_items = [a for a in document.attributions if group in ("all", a.kind)]
            our_items = [q for q in quotes if group in ("all", _quote_kind(q))]
            contents = [a.content for a in gold_items]
            pairs = match_spans(contents, our_items, half_of_gold)
            half[group].add(len(pairs), len(our_items) - len(pairs), len(gold_items) - len(pairs))
            exact_pairs = match_spans(
                contents, our_items,
                lambda g, q: _trimmed(document.text, g.start, g.end)
                == _trimmed(document.text, q.start, q.end))
            exact[group].add(len(exact_pairs), len(our_items) - len(exact_pairs),
                             len(gold_items) - len(exact_pairs))
            for gi, pi in pairs:
                attribution, quote = gold_items[gi], our_items[pi]
                if attribution.source is not None:
                    speaker[group].add(speaker_correct(attribution.source, quote))
                if attribution.cue is not None:
                    cue[group].add(cue_correct(attribution.cue, quote))
            if group == "all":
                report.errors.extend(_quote_errors(document, gold_items, our_items, pairs))
    report.scores = [*half.values(), *exact.values()]
    report.rates = [*speaker.values(), *cue.values()]
    return report


def _attribution_text(a: GoldAttribution) -> str:
    source = a.source.text if a.source else "?"
    cue = a.cue.text if a.cue else "?"
    return f"[{a.kind}] {source} | {cue} | {a.content.text}"


def _quote_text(q: Quote) -> str:
    speaker = q.speaker.name if q.speaker else (q.speaker_text or "?")
    return f"[{q.kind}] {speaker} | {q.cue or '?'} | {q.text}"


def _quote_errors(document: AttributionDocument, gold_items: list[GoldAttribution],
                  our_items: list[Quote], pairs: list[tuple[int, int]]) -> list[ErrorRecord]:
    errors = []
    paired_gold = {gi: pi for gi, pi in pairs}
    paired_ours = {pi for _, pi in pairs}
    for gi, attribution in enumerate(gold_items):
        context = _context(document.text, attribution.content.start, attribution.content.end)
        if gi not in paired_gold:
            errors.append(ErrorRecord(document.id, "missed", _attribution_text(attribution), None,
                                      context, ""))
            continue
        quote = our_items[paired_gold[gi]]
        wrong = []
        if attribution.source is not None and not speaker_correct(attribution.source, quote):
            wrong.append("speaker")
        if attribution.cue is not None and not cue_correct(attribution.cue, quote):
            wrong.append("cue")
        if wrong:
            errors.append(ErrorRecord(document.id, "wrong_" + "_".join(wrong),
                                      _attribution_text(attribution), _quote_text(quote), context,
                                      ""))
    for pi, quote in enumerate(our_items):
        if pi not in paired_ours:
            errors.append(ErrorRecord(document.id, "spurious", None, _quote_text(quote),
                                      _context(document.text, quote.start, quote.end), ""))
    return errors


def _context(text: str, start: int, end: int, margin: int = 80) -> str:
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
                    _context(document.text, timex.start, timex.end), ""))
        matched = set(paired.values())
        for pi, time in enumerate(times):
            if pi not in matched:
                report.errors.append(ErrorRecord(document.id, "spurious", None,
                                                 f"{time.text!r} = {time.value}",
                                                 _context(document.text, time.start, time.end), ""))
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
            context = _context(document.text, toponym.start, toponym.end)
            place = places[paired[gi]] if gi in paired else None
            if place is None:
                report.errors.append(ErrorRecord(document.id, "missed", toponym.text, None,
                                                 context, ""))
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
                        context, ""))
        matched = set(paired.values())
        for pi, place in enumerate(places):
            if pi not in matched:
                report.errors.append(ErrorRecord(document.id, "spurious", None,
                                                 f"{place.text} -> {place.name}",
                                                 _context(document.text, place.start, place.end),
                                                 ""))
    report.scores = [spans]
    report.rates = [near_matched, near_all]
    return report
