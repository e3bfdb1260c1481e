"""find_times: every time expression of a text, with its TIMEX3 value."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateline.records import Time
from dateline.time.lexicon import time_words
from dateline.time.rules import Context, Reading, Resolver, compiled_rules

_RULES = compiled_rules()
_PRIORITY = {name: rank for rank, (name, _, _) in enumerate(_RULES)}
_WEEKDAY_START = re.compile(rf"(?:{time_words().alternation('weekday')})\b", re.IGNORECASE)


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


def _scan(text: str, ctx: Context) -> list[_Found]:
    """All rule matches that read as time expressions, overlapping ones included."""
    found = []
    for name, pattern, resolver in _RULES:
        for m in pattern.finditer(text):
            start = m.start()
            # A match must start at a word boundary (the regexes are searched, not anchored).
            if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
                continue
            reading = resolver(m, ctx)
            if reading is not None:
                found.append(_Found(start, m.end(), name, m, resolver, reading))
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
    """Every time expression in ``text``, resolved against ``published`` (ISO date)."""
    anchor = _parse_iso(published)
    ctx = Context(anchor, today or date.today(), text)
    chosen = _select(_scan(text, ctx))
    if anchor is None:
        # No publication date: a weekday written with a date ("Wednesday, August 30")
        # fixes the year, and that day anchors every relative expression of the document.
        inferred = next((_parse_iso(f.reading.value) for f in chosen if f.reading.fixes_anchor), None)
        if inferred is not None:
            ctx = Context(inferred, ctx.today, text)
            chosen = [_Found(f.start, f.end, f.rule, f.match, f.resolver,
                             f.resolver(f.match, ctx) or f.reading) for f in chosen]
    return [_to_time(text, f) for f in chosen]


def document_anchor(times: list[Time], published: str | None) -> tuple[date | None, bool]:
    """The document's reference day and whether it is the publication date.

    Without a publication date, the first weekday-with-date expression
    ("Wednesday, August 30") is the anchor, as in :func:`find_times`.
    """
    anchor = _parse_iso(published)
    if anchor is not None:
        return anchor, True
    for time in times:
        if time.type == "date" and time.precision == "day" and _WEEKDAY_START.match(time.text):
            inferred = _parse_iso(time.value)
            if inferred is not None:
                return inferred, False
    return None, False
