"""Scorer for quotes and attributions: content spans, speakers, cues, direct and indirect apart.

An attribution is one unit on both sides. Each of our quotes is assigned to the
gold content it overlaps most; the quotes assigned to one gold content form one
predicted unit (PolNeAR writes ``"A," he said, "B."`` as one attribution, we
write two quotes). A gold attribution is found when its unit covers at least half
of the gold content's characters; it is found exactly when the unit's quotes and
the gold pieces are the same spans once spaces, quotation marks and edge
punctuation are trimmed. A unit that finds nothing, and a quote that overlaps no
gold content, is a false positive.

Kinds: gold ``direct`` when the content opens with a quotation mark, else
``indirect``; ours ``direct`` when ``Quote.kind`` is ``direct``, else (indirect,
partial) ``indirect``. The per-kind figures compare like with like.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..records import Quote, Span
from .gold import AttributionDocument, GoldAttribution
from .report import ErrorRecord, Rate, Report, Score
from .score_spans import context
from .spans import any_overlap, overlap

# Characters trimmed from both ends of a quote before "exact" comparison.
_QUOTE_TRIM = " \t\n\"'“”‘’«».,;:!?"
# Function words that do not make two cues the same.
_CUE_STOPWORDS = {"to", "the", "a", "an", "of", "that", "as", "in", "on", "for", "with", "by",
                  "and", "has", "have", "had", "was", "is", "be", "been", "it"}
_TITLES = {"the", "a", "an", "mr", "mrs", "ms", "dr"}
# Irregular past forms of common reporting verbs: our cues are lemmas ("say"),
# gold cues are the words in the text ("said"). English facts, for scoring only.
_IRREGULAR = {
    "say": {"said"}, "tell": {"told"}, "think": {"thought"}, "write": {"wrote", "written"},
    "speak": {"spoke", "spoken"}, "know": {"knew", "known"}, "feel": {"felt"},
    "hear": {"heard"}, "see": {"saw", "seen"}, "find": {"found"}, "mean": {"meant"},
    "hold": {"held"}, "give": {"gave", "given"}, "take": {"took", "taken"}, "make": {"made"},
    "bring": {"brought"}, "swear": {"swore", "sworn"}, "teach": {"taught"},
    "seek": {"sought"}, "forecast": {"forecast"}, "read": {"read"}, "put": {"put"},
    "tweet": {"tweeted"}, "foresee": {"foresaw", "foreseen"}, "understand": {"understood"},
    "forbid": {"forbade", "forbidden"}, "withdraw": {"withdrew", "withdrawn"},
    "learn": {"learnt"}, "dream": {"dreamt"}, "be": {"was", "were", "is", "are", "been"},
}
_WORD = re.compile(r"[^\W\d_]+")
KINDS = ("all", "direct", "indirect")


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets with surrounding spaces, quotation marks and edge punctuation removed."""
    while start < end and text[start] in _QUOTE_TRIM:
        start += 1
    while end > start and text[end - 1] in _QUOTE_TRIM:
        end -= 1
    return start, end


def _name_words(name: str | None) -> list[str]:
    words = [w.lower() for w in _WORD.findall(name or "")]
    return [w for w in words if w not in _TITLES]


def speaker_correct(gold: Span, quote: Quote) -> bool:
    """Our speaker overlaps the gold source span, or names it (same words, or same last word)."""
    speaker = quote.speaker
    if speaker is not None and any_overlap(gold, speaker):
        return True
    gold_words = _name_words(gold.text)
    if not gold_words:
        return False
    for name in (speaker.name if speaker else None, speaker.text if speaker else None,
                 quote.speaker_text):
        words = _name_words(name)
        if words and (words == gold_words or words[-1] == gold_words[-1]):
            return True
    return False


def inflections(lemma: str) -> set[str]:
    """The lemma and its regular English verb forms (plus the irregular ones we list)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms | _IRREGULAR.get(lemma, set())


def cue_correct(gold: Span, quote: Quote) -> bool:
    """Our cue (a lemma or the words) names a content word of the gold cue, in any inflection."""
    ours = {w.lower() for w in _WORD.findall(quote.cue or "")} - _CUE_STOPWORDS
    theirs = {w.lower() for w in _WORD.findall(gold.text)} - _CUE_STOPWORDS
    return any(inflections(word) & theirs for word in ours)


def _covered(pieces: list[Span], quotes: list[Quote]) -> int:
    """Characters of the gold pieces covered by the union of the quotes."""
    total = 0
    for piece in pieces:
        cuts = sorted((max(piece.start, q.start), min(piece.end, q.end))
                      for q in quotes if overlap(piece, q))
        reach = piece.start
        for start, end in cuts:
            start = max(start, reach)
            if end > start:
                total += end - start
                reach = end
    return total


def _units(gold: list[GoldAttribution], quotes: list[Quote]) -> tuple[list[list[Quote]], list[Quote]]:
    """Our quotes grouped by the gold content each overlaps most, and those overlapping none."""
    units: list[list[Quote]] = [[] for _ in gold]
    loose: list[Quote] = []
    for quote in quotes:
        best, best_overlap = None, 0
        for index, attribution in enumerate(gold):
            shared = sum(overlap(piece, quote) for piece in attribution.pieces())
            if shared > best_overlap:
                best, best_overlap = index, shared
        if best is None:
            loose.append(quote)
        else:
            units[best].append(quote)
    return units, loose


def _found(attribution: GoldAttribution, unit: list[Quote]) -> bool:
    pieces = attribution.pieces()
    size = sum(p.end - p.start for p in pieces)
    return size > 0 and 2 * _covered(pieces, unit) >= size


def _found_exactly(text: str, attribution: GoldAttribution, unit: list[Quote]) -> bool:
    gold = {trimmed(text, p.start, p.end) for p in attribution.pieces()}
    ours = {trimmed(text, q.start, q.end) for q in unit}
    return bool(unit) and gold == ours


def _kind(quote: Quote) -> str:
    return "direct" if quote.kind == "direct" else "indirect"


def _main_quote(attribution: GoldAttribution, unit: list[Quote]) -> Quote:
    return max(unit, key=lambda q: sum(overlap(p, q) for p in attribution.pieces()))


def score_quotes(gold: Sequence[AttributionDocument], ours: Mapping[str, Sequence[Quote]],
                 gold_set: str = "") -> Report:
    """Content-span P/R/F1 (half-overlap and exact), speaker and cue accuracy, per kind."""
    report = Report(task="quotes", gold_set=gold_set, items=len(gold))
    half = {k: Score(f"quotes.{k}.content.half") for k in KINDS}
    exact = {k: Score(f"quotes.{k}.content.exact") for k in KINDS}
    speaker = {k: Rate(f"quotes.{k}.speaker.accuracy") for k in KINDS}
    cue = {k: Rate(f"quotes.{k}.cue.accuracy") for k in KINDS}
    for document in gold:
        quotes = list(ours.get(document.id, ()))
        for kind in KINDS:
            gold_items = [a for a in document.attributions if kind in ("all", a.kind)]
            our_items = [q for q in quotes if kind in ("all", _kind(q))]
            units, loose = _units(gold_items, our_items)
            found = [_found(a, u) for a, u in zip(gold_items, units)]
            exactly = [_found_exactly(document.text, a, u) for a, u in zip(gold_items, units)]
            for score, hits in ((half[kind], found), (exact[kind], exactly)):
                tp = sum(hits)
                wrong_units = sum(1 for u, hit in zip(units, hits) if u and not hit)
                score.add(tp, wrong_units + len(loose), len(gold_items) - tp)
            for attribution, unit, hit in zip(gold_items, units, found):
                if not hit:
                    continue
                main = _main_quote(attribution, unit)
                if attribution.source is not None:
                    speaker[kind].add(speaker_correct(attribution.source, main))
                if attribution.cue is not None:
                    cue[kind].add(cue_correct(attribution.cue, main))
            if kind == "all":
                report.errors.extend(_errors(document, gold_items, units, found, loose))
    report.scores = [*half.values(), *exact.values()]
    report.rates = [*speaker.values(), *cue.values()]
    return report


def _attribution_text(a: GoldAttribution) -> str:
    source = a.source.text if a.source else "?"
    cue = a.cue.text if a.cue else "?"
    return f"[{a.kind}] {source} | {cue} | " + " ... ".join(p.text for p in a.pieces())


def _quote_text(q: Quote) -> str:
    speaker = q.speaker.name if q.speaker else (q.speaker_text or "?")
    return f"[{q.kind}] {speaker} | {q.cue or '?'} | {q.text}"


def _errors(document: AttributionDocument, gold_items: list[GoldAttribution],
            units: list[list[Quote]], found: list[bool], loose: list[Quote]) -> list[ErrorRecord]:
    errors = []
    for attribution, unit, hit in zip(gold_items, units, found):
        where = context(document.text, attribution.content.start, attribution.content.end)
        ours = " || ".join(_quote_text(q) for q in unit) or None
        if not hit:
            errors.append(ErrorRecord(document.id, "missed" if not unit else "too_short",
                                      _attribution_text(attribution), ours, where, ""))
            continue
        main = _main_quote(attribution, unit)
        wrong = []
        if attribution.source is not None and not speaker_correct(attribution.source, main):
            wrong.append("speaker")
        if attribution.cue is not None and not cue_correct(attribution.cue, main):
            wrong.append("cue")
        if wrong:
            errors.append(ErrorRecord(document.id, "wrong_" + "_".join(wrong),
                                      _attribution_text(attribution), _quote_text(main), where, ""))
    for quote in loose:
        errors.append(ErrorRecord(document.id, "spurious", None, _quote_text(quote),
                                  context(document.text, quote.start, quote.end), ""))
    return errors
