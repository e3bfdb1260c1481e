"""find_times: every time expression of a text, with its TIMEX3 value."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateline.records import Time
from dateline.time.lexicon import time_words
from dateline.time.readings import Context, Reading, Resolver
from dateline.time.relative import period_before
from dateline.time.rules import compiled_rules, key_classes

_RULES = compiled_rules()
_KEY_CLASSES = key_classes()
_DIGITS = re.compile(r"\d+(?:[.,:/-]\d+)*")
_PRIORITY = {rule.name: rank for rank, rule in enumerate(_RULES)}
# How far around a key word a rule's regex is tried: the longest context a rule
# reads on either side of its key ("more than the past two years": the key is
# "two"; "Wednesday, the 30th of August": the key is "August").
WINDOW_BEFORE = 48
WINDOW_AFTER = 40
# Rules keyed on a numeral (years, clock times, numeric dates) read less around
# it ("the end of 2019", "10:35 a.m."), and numerals are frequent: smaller windows.
DIGIT_WINDOW_BEFORE = 24
DIGIT_WINDOW_AFTER = 20
# "a year ago" refers to the quarter under discussion when one was named this
# close before it (business news comparing quarterly results).
QUARTER_CONTEXT = 500
_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]$")
# A weekday written with a date ("Wednesday, August 30"): the expression that can
# fix the document's anchor when there is no publication date.
_WEEKDAY_DATE = re.compile(rf"(?:{time_words().alternation('weekday')})\W+(?:the\s+)?"
                           rf"(?:\d|{time_words().alternation('month')})", re.IGNORECASE)


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    rule: str
    match: re.Match
    resolver: Resolver
    reading: Reading


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _lower_same_length(text: str) -> str:
    """Lower case, keeping every offset (a few non-ASCII letters grow when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _key_hits(lowered: str) -> list[tuple[int, int, str]]:
    """(start, end, class) of every key word; str.find per word is far faster than a regex."""
    hits = [(m.start(), m.end(), "digit") for m in _DIGITS.finditer(lowered)]
    size = len(lowered)
    for word, word_classes in _KEY_CLASSES.items():
        start = lowered.find(word)
        while start != -1:
            end = start + len(word)
            if (start == 0 or not lowered[start - 1].isalnum()) and (
                    end == size or not lowered[end].isalpha()):
                hits.extend((start, end, word_class) for word_class in word_classes)
            start = lowered.find(word, end)
    hits.sort()
    return hits


def _windows(lowered: str) -> dict[str, list[tuple[int, int]]]:
    """Merged spans around key words, per key class."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for hit_start, hit_end, word_class in _key_hits(lowered):
        before, after = ((DIGIT_WINDOW_BEFORE, DIGIT_WINDOW_AFTER) if word_class == "digit"
                         else (WINDOW_BEFORE, WINDOW_AFTER))
        start, end = max(0, hit_start - before), hit_end + after
        merged = spans.setdefault(word_class, [])
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return spans


def _scan(text: str, ctx: Context) -> list[_Found]:
    """All rule matches that read as time expressions, overlapping ones included."""
    lowered = _lower_same_length(text)
    windows = _windows(lowered)
    found, seen = [], set()
    for rule in _RULES:
        for start, end in windows.get(rule.key, ()):
            for m in rule.pattern.finditer(lowered, start, end):
                if (rule.name, m.start(), m.end()) in seen:
                    continue
                seen.add((rule.name, m.start(), m.end()))
                reading = rule.resolver(m, ctx)
                if reading is not None:
                    found.append(_Found(m.start(), m.end(), rule.name, m, rule.resolver, reading))
    return found


def _select(found: list[_Found]) -> list[_Found]:
    """Longest expressions first, earlier rules breaking ties; no two may overlap."""
    taken: list[_Found] = []
    order = sorted(found, key=lambda f: (f.start - f.end, _PRIORITY[f.rule], f.start))
    for candidate in order:
        if all(candidate.end <= kept.start or candidate.start >= kept.end for kept in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda f: f.start)


def _to_time(text: str, f: _Found) -> Time:
    return Time(text[f.start:f.end], f.start, f.end, f.reading.type, f.reading.value,
                f.reading.precision)


def find_times(text: str, published: str | None = None, *, today: date | None = None) -> list[Time]:
    """Every time expression in ``text``, resolved against ``published`` (ISO date).

    Without ``published``, the first weekday written with a date ("Wednesday,
    August 30") gets the latest year up to ``today`` (default: the real date) in
    which that day fell on that weekday, and that day anchors the whole document.
    With no anchor at all, relative expressions get value None, precision "none".
    """
    anchor = _parse_iso(published)
    ctx = Context(anchor, today or date.today(), text)
    chosen = _select(_scan(text, ctx))
    if anchor is None:
        # No publication date: a weekday written with a date ("Wednesday, August 30")
        # fixes the year, and that day anchors every relative expression of the document.
        inferred = next((_parse_iso(f.reading.value) for f in chosen if f.reading.fixes_anchor),
                        None)
        if inferred is not None:
            ctx = Context(inferred, ctx.today, text)
            chosen = [_Found(f.start, f.end, f.rule, f.match, f.resolver,
                             f.resolver(f.match, ctx) or f.reading) for f in chosen]
    return [_to_time(text, f) for f in _relate_to_quarters(chosen)]


def _relate_to_quarters(chosen: list[_Found]) -> list[_Found]:
    """Re-read "a year ago/earlier" as a quarter when a quarter was just named."""
    out, quarter, quarter_end = [], None, -QUARTER_CONTEXT
    for f in chosen:
        value = f.reading.value or ""
        if _QUARTER_VALUE.match(value):
            quarter, quarter_end = value, f.end
        elif f.rule == "ago" and quarter and f.start - quarter_end <= QUARTER_CONTEXT:
            reading = period_before(f.match, quarter)
            if reading is not None:
                f = _Found(f.start, f.end, f.rule, f.match, f.resolver, reading)
        out.append(f)
    return out


def document_anchor(times: list[Time], published: str | None) -> tuple[date | None, bool]:
    """The document's reference day and whether it is the publication date.

    Without a publication date, the first weekday-with-date expression
    ("Wednesday, August 30") is the anchor, as in :func:`find_times`.
    """
    anchor = _parse_iso(published)
    if anchor is not None:
        return anchor, True
    for time in times:
        if time.type == "date" and time.precision == "day" and _WEEKDAY_DATE.match(time.text):
            inferred = _parse_iso(time.value)
            if inferred is not None:
                return inferred, False
    return None, False
