"""Resolvers of relative expressions: days and units counted from the anchor date
("yesterday", "last week", "three days ago", "next quarter"), durations, references
("recently") and sets ("every Monday"). See ``readings`` for the calendar ones.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.time import dates
from dateline.time.readings import (Context, MONTHS, PARTS_OF_DAY, REFERENCES, Reading, SEASONS,
                                    SET_ADVERBS, UNITS, WEEKDAYS, WORDS, capitalised,
                                    duration_value, group_lower, number_value, text_before)


_DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _inside_name(m: re.Match, ctx: Context) -> bool:
    """A capitalised word after a word, mid-sentence, names something ("BBC's Today")."""
    before = ctx.text[:m.start()].rstrip()
    return ctx.text[m.start()].isupper() and bool(before) and (before[-1].isalnum()
                                                               or before[-1] in "'’")


def resolve_relative_day(m: re.Match, ctx: Context) -> Reading | None:
    if _inside_name(m, ctx):
        return None
    word = group_lower(m, "word")
    part = PARTS_OF_DAY[group_lower(m, "pod")] if m.group("pod") else None
    part = "NI" if word == "tonight" else part
    kind, precision = ("time", "time") if part else ("date", "day")
    if ctx.anchor is None:
        return Reading(kind, None, "none")
    day = ctx.anchor + timedelta(days=_DAY_OFFSETS[word])
    return Reading(kind, f"{day.isoformat()}T{part}" if part else day.isoformat(), precision)


def resolve_part_of_today(m: re.Match, ctx: Context) -> Reading | None:
    if ctx.anchor is None:
        return Reading("time", None, "none")
    part = PARTS_OF_DAY[group_lower(m, "pod")]
    day = ctx.anchor - timedelta(days=1) if m.group("rel").lower() == "last" else ctx.anchor
    return Reading("time", f"{day.isoformat()}T{part}", "time")


_STEP = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
         "this": 0, "current": 0}


def _shifted_month(anchor: date, step: int) -> str:
    return dates.month_value(*dates.shift_months(anchor.year, anchor.month, step))


def _relative_unit(anchor: date, step: int, unit: str) -> Reading | None:
    if unit == "week":
        return Reading("date", dates.week_value(anchor + timedelta(weeks=step)), "week")
    if unit == "weekend":
        saturday = dates.weekday_in_week(anchor, 6) + timedelta(weeks=step)
        return Reading("date", dates.week_value(saturday) + "-WE", "week")
    if unit == "month":
        return Reading("date", _shifted_month(anchor, step), "month")
    if unit == "year":
        return Reading("date", str(anchor.year + step), "year")
    if unit == "quarter":
        index = anchor.year * 4 + dates.quarter_of(anchor) - 1 + step
        return Reading("date", f"{index // 4}-Q{index % 4 + 1}", "month")
    if unit == "decade":
        return Reading("date", str(anchor.year // 10 + step), "decade")
    if unit == "century":
        return Reading("date", str(anchor.year // 100 + step), "none")
    code = SEASONS[unit]
    start = dates.SEASON_START[code]
    current = dates.season_of(anchor) == code
    if step < 0:
        year = anchor.year - 1 if current or anchor.month < start else anchor.year
    elif step > 0:
        year = anchor.year if anchor.month < start else anchor.year + 1
    else:
        year = anchor.year
    return Reading("date", f"{year}-{code}", "month")


def resolve_relative_unit(m: re.Match, ctx: Context) -> Reading | None:
    if ctx.anchor is None:
        return Reading("date", None, "none")
    step = _STEP[group_lower(m, "rel")]
    return _relative_unit(ctx.anchor, step, group_lower(m, "unit"))


def resolve_the_weekend(m: re.Match, ctx: Context) -> Reading | None:
    if ctx.anchor is None:
        return Reading("date", None, "none")
    # The weekend just past, or the current one when the anchor is on it.
    step = 0 if ctx.anchor.isoweekday() >= 6 else -1
    return _relative_unit(ctx.anchor, step, "weekend")


def resolve_ago(m: re.Match, ctx: Context) -> Reading | None:
    count = number_value(m.group("num")) if m.group("num") else None
    later = group_lower(m, "dir") in ("later", "from now", "hence")
    if count is None:
        return Reading("date", "FUTURE_REF" if later else "PAST_REF", "none")
    if ctx.anchor is None:
        return Reading("date", None, "none")
    unit, step, anchor = UNITS[group_lower(m, "unit")], int(count) * (1 if later else -1), ctx.anchor
    if unit == "D":
        return Reading("date", (anchor + timedelta(days=step)).isoformat(), "day")
    if unit == "W":
        return Reading("date", dates.week_value(anchor + timedelta(weeks=step)), "week")
    if unit == "M":
        return Reading("date", _shifted_month(anchor, step), "month")
    if unit == "Q":
        return _relative_unit(anchor, step, "quarter")
    if unit == "Y":
        return Reading("date", str(anchor.year + step), "year")
    if unit == "DE":
        return Reading("date", str(anchor.year + 10 * step), "year")
    if unit == "CE":
        return Reading("date", str(anchor.year // 100 + step), "none")
    return Reading("date", anchor.isoformat(), "day")


def resolve_duration(m: re.Match, ctx: Context) -> Reading | None:
    unit = UNITS[group_lower(m, "unit")]
    number = group_lower(m, "num")
    # "a second time" is an ordinal, not one second.
    if unit == "S" and not number[0].isdigit() and number in ("a", "an"):
        return None
    return Reading("duration", duration_value(number_value(number), unit), "none")


def resolve_vague_duration(m: re.Match, ctx: Context) -> Reading | None:
    return Reading("duration", duration_value(None, UNITS[group_lower(m, "unit")]), "none")


def resolve_reference(m: re.Match, ctx: Context) -> Reading | None:
    return Reading("date", REFERENCES[group_lower(m, "ref")], "none")


def resolve_set(m: re.Match, ctx: Context) -> Reading | None:
    if m.groupdict().get("adverb"):
        return Reading("set", SET_ADVERBS[group_lower(m, "adverb")], "none")
    if m.group("wd"):
        return Reading("set", f"XXXX-WXX-{WEEKDAYS[group_lower(m, 'wd')]}", "none")
    if m.group("month"):
        return Reading("set", f"XXXX-{int(MONTHS[group_lower(m, 'month')]):02d}", "none")
    count = number_value(m.group("num")) if m.group("num") else 1.0
    return Reading("set", duration_value(count, UNITS[group_lower(m, "unit")]), "none")


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
             "fourth": 4, "4th": 4}


PERIOD_WORDS = {"latest", "last", "previous", "current", "this", "next", "year-earlier",
                "year-ago", "comparable", "corresponding", "fiscal"}
_YEAR_BACK = {"year-earlier", "year-ago"}


def resolve_quarter(m: re.Match, ctx: Context) -> Reading | None:
    """Fiscal quarters: "the third quarter", "the year-ago quarter", "the latest period"."""
    words = set((m.group("rel") or "").lower().split())
    noun, ordinal = m.group("noun").lower(), m.group("ord")
    written_year = m.group("year") or m.group("qyear")
    year_step = {"last": -1, "next": 1, "this": 0}.get((m.group("yrel") or "").lower(), 0)
    year_step -= 1 if words & _YEAR_BACK else 0
    # "period" is a quarter only in the reporting phrases of business news.
    if noun == "period" and not (words - {"fiscal", "this", "next", "last", "current"}
                                 or written_year):
        return None
    if not (ordinal or words or written_year or m.group("yrel") or m.group(0).startswith("the")):
        return None
    if ordinal:
        quarter = _ORDINALS[ordinal.lower()]
        if written_year:
            return Reading("date", f"{int(written_year) + year_step}-Q{quarter}", "month")
        if ctx.anchor is None:
            return Reading("date", None, "none")
        # The quarter of the anchor's year if it has begun, else last year's.
        started = ctx.anchor.month >= 3 * quarter - 2
        year = ctx.anchor.year - (0 if started else 1) + year_step
        return Reading("date", f"{year}-Q{quarter}", "month")
    if ctx.anchor is None:
        return Reading("date", None, "none")
    # Quarterly results are reported after the quarter ends: "the quarter" is the
    # last complete one; "this" or "current" quarter is the anchor's.
    step = 0 if words & {"this", "current"} else (1 if "next" in words else -1)
    reading = _relative_unit(ctx.anchor, step + 4 * year_step, "quarter")
    if written_year and reading.value:
        return Reading("date", written_year + reading.value[4:], "month")
    return reading


def shift_quarter(value: str, quarters: int) -> str:
    """A TIMEX3 quarter value moved by a number of quarters: 1989-Q3, -4 -> 1988-Q3."""
    index = int(value[:4]) * 4 + int(value[-1]) - 1 + quarters
    return f"{index // 4}-Q{index % 4 + 1}"


def period_before(m: re.Match, reference: str) -> Reading | None:
    """ "a year ago" said of a quarter under discussion: that quarter a year before."""
    if m.groupdict().get("unit") is None or UNITS.get(group_lower(m, "unit")) != "Y":
        return None
    count = number_value(m.group("num")) if m.group("num") else None
    if count is None or count != int(count):
        return None
    sign = 1 if group_lower(m, "dir") in ("later", "from now", "hence") else -1
    return Reading("date", shift_quarter(reference, sign * 4 * int(count)), "month")


def resolve_position_of(m: re.Match, ctx: Context) -> Reading | None:
    """ "the end of the year", "the beginning of the month": the anchor's year or month."""
    if ctx.anchor is None:
        return Reading("date", None, "none")
    return _relative_unit(ctx.anchor, 0, group_lower(m, "unit"))


def resolve_month_rel_year(m: re.Match, ctx: Context) -> Reading | None:
    """ "June last year", "March of next year"."""
    if not capitalised(m, "month", ctx):
        return None
    if ctx.anchor is None:
        return Reading("date", None, "none")
    year = ctx.anchor.year + _STEP[group_lower(m, "rel")]
    return Reading("date", dates.month_value(year, int(MONTHS[group_lower(m, "month")])), "month")
