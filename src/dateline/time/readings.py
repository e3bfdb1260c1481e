"""Resolvers: from a rule's regex match to a TIMEX3 reading.

Each resolver turns a regex match into a :class:`Reading` (TIMEX3 type, value,
precision) given the context (the anchor date, if any), or returns ``None`` to
reject the match (a capitalised "May" that is the modal verb, for instance).
Values follow TimeML TIMEX3: ``2023-08-30``, ``2023-08``, ``2023``, ``199``
(a decade), ``2023-W34``, ``2023-Q3``, ``2022-SU``, ``P18M``, ``PAST_REF``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from dateline.time import dates
from dateline.time.lexicon import time_words


@dataclass(frozen=True)
class Context:
    """What resolvers may use: the anchor (None when unknown), today, the text."""

    anchor: date | None
    today: date
    text: str


@dataclass(frozen=True)
class Reading:
    """A resolved expression: TIMEX3 type (lower case), value and precision."""

    type: str
    value: str | None
    precision: str
    fixes_anchor: bool = False


Resolver = Callable[[re.Match, Context], Reading | None]

WORDS = time_words()
MONTHS = WORDS.table("month")
WEEKDAYS = WORDS.table("weekday")
NUMBERS = WORDS.table("number")
UNITS = WORDS.table("unit")
SEASONS = WORDS.table("season")
PARTS_OF_DAY = WORDS.table("part_of_day")
REFERENCES = WORDS.table("reference")
SET_ADVERBS = WORDS.table("set_adverb")
HOLIDAYS = WORDS.table("holiday")


# Words just before a weekday or a month that point to the future ("will meet on
# Friday", "is scheduled for March"); past is the default reading in news.
FUTURE_CUES = re.compile(
    r"\b(?:will|'ll|shall|would|might|scheduled|plans?\s+to|planning\s+to|set\s+to|"
    r"expected\s+to|due\s+to|to\s+be\s+held|as\s+(?:soon|early)\s+as|until|next)\b", re.I)
# Words before a bare "May" or a bare year that make it a date ("in May").
DATE_CUES = re.compile(
    r"\b(?:in|since|until|till|by|during|from|through|to|of|before|after|between|"
    r"and|early|late|mid|last|next|this|each|every|fiscal|year|around)[\s-]*$", re.I)
CUE_WINDOW = 60


def group_lower(m: re.Match, group: str) -> str:
    return re.sub(r"\s+", " ", m.group(group).lower().rstrip("."))


def number_value(text: str) -> float | None:
    """The count a number word or numeral stands for; None for "several" etc."""
    text = re.sub(r"\s+", " ", text.lower())
    if text[0].isdigit():
        return float(text)
    total = 0.0
    for part in text.split("-"):
        word = NUMBERS.get(part)
        if word is None or word == "X":
            return None
        total += int(word)
    return total


def _count(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def capitalised(m: re.Match, group: str, ctx: Context) -> bool:
    """Whether the group starts with a capital in the original text (rules match lower case)."""
    return ctx.text[m.start(group)].isupper()


def text_before(m: re.Match, ctx: Context, clause: bool = False) -> str:
    """Up to CUE_WINDOW characters before the match, within its sentence (or clause)."""
    window = ctx.text[max(0, m.start() - CUE_WINDOW):m.start()]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind(", ") if clause else -1)
    return window[cut + 1:] if cut >= 0 else window


def _future(m: re.Match, ctx: Context) -> bool:
    """Whether a future cue governs the expression (never for "Wednesday's ruling")."""
    if ctx.text.startswith("'s", m.end()):
        return False
    return bool(FUTURE_CUES.search(text_before(m, ctx, clause=True)))


def duration_value(count: float | None, unit: str) -> str:
    """ISO 8601 / TIMEX3 duration: P18M, PT3H, PXY (unknown count)."""
    if unit == "DE":
        return f"P{_count(count * 10)}Y" if count is not None else "PXDE"
    if unit == "CE":
        return f"P{_count(count * 100)}Y" if count is not None else "PXCE"
    amount = _count(count) if count is not None else "X"
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{unit[0]}"
    return f"P{amount}{unit}"


def _full_date(year: int, month: int, day: int) -> Reading | None:
    found = dates.safe_date(year, month, day)
    return Reading("date", found.isoformat(), "day") if found else None


def resolve_iso(m: re.Match, ctx: Context) -> Reading | None:
    return _full_date(int(m.group("year")), int(m.group("mon")), int(m.group("day")))


def resolve_slashed(m: re.Match, ctx: Context) -> Reading | None:
    first, second, year = int(m.group("mon")), int(m.group("day")), int(m.group("year"))
    if year < 100:
        year += 2000 if year < 50 else 1900
    # Month first (the US order news wires use) unless that cannot be a month.
    month, day = (second, first) if first > 12 else (first, second)
    return _full_date(year, month, day)


def resolve_month_day(m: re.Match, ctx: Context) -> Reading | None:
    if not capitalised(m, "month", ctx):
        return None
    month, day = int(MONTHS[group_lower(m, "month")]), int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    weekday = m.group("wd")
    if weekday and not capitalised(m, "wd", ctx):
        return None
    if m.group("year"):
        reading = _full_date(int(m.group("year")), month, day)
        return Reading(reading.type, reading.value, "day", bool(weekday)) if reading else None
    if ctx.anchor is not None:
        return _full_date(dates.year_near(ctx.anchor, month, day, _future(m, ctx)), month, day)
    if weekday:
        year = dates.year_from_weekday(month, day, int(WEEKDAYS[group_lower(m, "wd")]), ctx.today)
        if year is not None:
            return Reading("date", date(year, month, day).isoformat(), "day", True)
    return Reading("date", None, "none")


def resolve_month_year(m: re.Match, ctx: Context) -> Reading | None:
    if not capitalised(m, "month", ctx):
        return None
    return Reading("date", dates.month_value(int(m.group("year")),
                                             int(MONTHS[group_lower(m, "month")])), "month")


def resolve_month(m: re.Match, ctx: Context) -> Reading | None:
    if not capitalised(m, "month", ctx):
        return None
    word, relation = group_lower(m, "month"), (m.group("rel") or "").lower()
    has_cue = bool(relation or len(m.group(0)) > len(m.group("month"))
                   or DATE_CUES.search(text_before(m, ctx)))
    # "May" and "March" are also a verb and a noun: only read them as months with a cue.
    if word in ("may", "march") and not has_cue:
        return None
    if ctx.anchor is None:
        return Reading("date", None, "none")
    month, anchor = int(MONTHS[word]), ctx.anchor
    if relation == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif relation == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif relation == "this":
        year = anchor.year
    else:
        year = dates.year_near(anchor, month, 0, _future(m, ctx))
    return Reading("date", dates.month_value(year, month), "month")


def resolve_year(m: re.Match, ctx: Context) -> Reading | None:
    year = int(m.group("year"))
    cued = bool(m.group("pos") or m.group("fiscal") or DATE_CUES.search(text_before(m, ctx)))
    # Four digits outside 1900-2099 are a year only after a cue ("in 1648").
    if not cued and not 1900 <= year <= 2099:
        return None
    return Reading("date", str(year), "year")


def resolve_decade(m: re.Match, ctx: Context) -> Reading | None:
    century = m.group("cent")
    if century is None:
        century = "20" if int(m.group("dec")) <= 2 else "19"
    return Reading("date", century + m.group("dec"), "decade")


def resolve_weekday(m: re.Match, ctx: Context) -> Reading | None:
    if not capitalised(m, "wd", ctx):
        return None
    if ctx.anchor is None:
        return Reading("date", None, "none")
    weekday, relation = int(WEEKDAYS[group_lower(m, "wd")]), (m.group("rel") or "").lower()
    if relation in ("last", "past", "previous"):
        day = dates.weekday_before(ctx.anchor, weekday)
    elif relation in ("next", "coming"):
        day = dates.weekday_after(ctx.anchor, weekday)
    elif relation == "this":
        day = dates.weekday_in_week(ctx.anchor, weekday)
    elif _future(m, ctx):
        day = dates.weekday_after(ctx.anchor, weekday)
    else:
        day = dates.weekday_on_or_before(ctx.anchor, weekday)
    if m.group("pod"):
        return Reading("time", f"{day.isoformat()}T{PARTS_OF_DAY[group_lower(m, 'pod')]}", "time")
    return Reading("date", day.isoformat(), "day")


def resolve_clock(m: re.Match, ctx: Context) -> Reading | None:
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    meridian = (m.group("ampm") or "").lower()
    if meridian.startswith("p") and hour < 12:
        hour += 12
    elif meridian.startswith("a") and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    if ctx.anchor is None:
        return Reading("time", None, "none")
    return Reading("time", f"{ctx.anchor.isoformat()}T{hour:02d}:{minute:02d}", "time")


def resolve_season_year(m: re.Match, ctx: Context) -> Reading | None:
    """ "the winter of 1994", "summer 2019": the season of a written year."""
    if m.group("year"):
        year = m.group("year")
    else:
        spelled = resolve_spelled_year(m, ctx)
        if spelled is None:
            return None
        year = spelled.value
    return Reading("date", f"{year}-{SEASONS[group_lower(m, 'season')]}", "month")


def resolve_spelled_year(m: re.Match, ctx: Context) -> Reading | None:
    """Years in words, as transcripts write them: "nineteen ninety-six", "two thousand"."""
    low = number_value(re.sub(r"\s+", "-", m.group("low"))) if m.group("low") else 0
    if low is None or low >= 100:
        return None
    if m.groupdict().get("high"):
        high = number_value(m.group("high"))
        return Reading("date", str(int(high * 100 + low)), "year") if high else None
    return Reading("date", str(2000 + int(low)), "year")


def holiday_in(year: int, rule: str) -> date:
    """The day of a holiday in a year: "12-25", or "11-4-4" (fourth Thursday of November)."""
    parts = [int(part) for part in rule.split("-")]
    if len(parts) == 2:
        return date(year, parts[0], parts[1])
    month, nth, weekday = parts
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def resolve_holiday(m: re.Match, ctx: Context) -> Reading | None:
    """ "Christmas", "last Thanksgiving": the holiday's day in the year the text means."""
    if not capitalised(m, "holiday", ctx):
        return None
    if ctx.anchor is None:
        return Reading("date", None, "none")
    rule, anchor = HOLIDAYS[group_lower(m, "holiday")], ctx.anchor
    relation = (m.group("rel") or "").lower()
    this_year = holiday_in(anchor.year, rule)
    if relation == "last":
        day = this_year if this_year < anchor else holiday_in(anchor.year - 1, rule)
    elif relation == "next":
        day = this_year if this_year > anchor else holiday_in(anchor.year + 1, rule)
    elif relation == "this":
        day = this_year
    else:
        year = dates.year_near(anchor, this_year.month, this_year.day, _future(m, ctx))
        day = holiday_in(year, rule)
    return Reading("date", day.isoformat(), "day")
