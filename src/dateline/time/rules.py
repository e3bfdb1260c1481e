"""The time-expression rules: one regex and one resolver per kind of expression.

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

_W = time_words()
MONTHS = _W.table("month")
WEEKDAYS = _W.table("weekday")
NUMBERS = _W.table("number")
UNITS = _W.table("unit")
SEASONS = _W.table("season")
PARTS_OF_DAY = _W.table("part_of_day")
REFERENCES = _W.table("reference")
SET_ADVERBS = _W.table("set_adverb")

_FULL_MONTHS = [w for w in MONTHS if len(w) > 4 or w in ("may", "june", "july")]
_ABBREV_MONTHS = [w for w in MONTHS if w not in _FULL_MONTHS]
# Full names, or abbreviations (optionally with their dot); never a longer word.
MONTH = (rf"(?P<month>(?:{_W.alternation('month', _FULL_MONTHS)})"
         rf"|(?:{_W.alternation('month', _ABBREV_MONTHS)})\.?)(?![a-z])")
MONTH_FULL = rf"(?P<month>{_W.alternation('month', _FULL_MONTHS)})(?![a-z])"
WEEKDAY = rf"(?P<wd>{_W.alternation('weekday')})(?![a-z])"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.,]\d|[a-z%])"
YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)(?![\d%]|[.,]\d)"
_NUMBER_WORD = _W.alternation("number")
NUMBER = rf"(?P<num>\d+(?:\.\d+)?|(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?)"
UNIT = rf"(?P<unit>{_W.alternation('unit')})(?![a-z])"
SEASON = rf"(?P<season>{_W.alternation('season')})(?![a-z])"
PART_OF_DAY = rf"(?P<pod>{_W.alternation('part_of_day')})(?![a-z])"
POSITION = (r"(?:(?P<pos>early|mid|middle|late)[\s-]+"
            r"|(?:the\s+)?(?:end|beginning|middle|start)\s+of\s+)")
LEFT = r"(?<![\w$.,'-])"

# Words before a bare weekday that point to the future ("will meet on Friday").
FUTURE_CUES = re.compile(
    r"\b(?:will|'ll|would|could|might|shall|scheduled|planned|planning|plans|"
    r"set\s+to|expected\s+to|due\s+to|to\s+be\s+held|as\s+(?:soon|early)\s+as)\b", re.I)
# Words before a bare "May" or a bare year that make it a date ("in May").
DATE_CUES = re.compile(
    r"\b(?:in|since|until|till|by|during|from|through|to|of|before|after|between|"
    r"and|early|late|mid|last|next|this|each|every|fiscal|year|since|around)[\s-]*$", re.I)
CUE_WINDOW = 60


def _lower(m: re.Match, group: str) -> str:
    return re.sub(r"\s+", " ", m.group(group).lower().rstrip("."))


def _number(text: str) -> float | None:
    """The count a number word or numeral stands for; None for "several" etc."""
    text = re.sub(r"\s+", " ", text.lower())
    if text[0].isdigit():
        value = float(text)
        return value
    total = 0.0
    for part in text.split("-"):
        word = NUMBERS.get(part)
        if word is None or word == "X":
            return None
        total += int(word)
    return total


def _count(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _capitalised(m: re.Match, group: str, ctx: Context) -> bool:
    """Whether the group starts with a capital in the original text (rules match lower case)."""
    return ctx.text[m.start(group)].isupper()


def _before(m: re.Match, ctx: Context) -> str:
    """Up to CUE_WINDOW characters before the match, within its sentence."""
    window = ctx.text[max(0, m.start() - CUE_WINDOW):m.start()]
    cut = max(window.rfind(". "), window.rfind("\n"))
    return window[cut + 1:] if cut >= 0 else window


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


# ---- resolvers ---------------------------------------------------------------

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
    if not _capitalised(m, "month", ctx):
        return None
    month, day = int(MONTHS[_lower(m, "month")]), int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    weekday = m.group("wd")
    if weekday and not _capitalised(m, "wd", ctx):
        return None
    if m.group("year"):
        reading = _full_date(int(m.group("year")), month, day)
        return Reading(reading.type, reading.value, "day", bool(weekday)) if reading else None
    if ctx.anchor is not None:
        return _full_date(dates.year_near(ctx.anchor, month, day), month, day)
    if weekday:
        year = dates.year_from_weekday(month, day, int(WEEKDAYS[_lower(m, "wd")]), ctx.today)
        if year is not None:
            return Reading("date", date(year, month, day).isoformat(), "day", True)
    return Reading("date", None, "none")


def resolve_month_year(m: re.Match, ctx: Context) -> Reading | None:
    if not _capitalised(m, "month", ctx):
        return None
    return Reading("date", dates.month_value(int(m.group("year")),
                                             int(MONTHS[_lower(m, "month")])), "month")


def resolve_month(m: re.Match, ctx: Context) -> Reading | None:
    if not _capitalised(m, "month", ctx):
        return None
    word, relation = _lower(m, "month"), (m.group("rel") or "").lower()
    has_cue = bool(relation or len(m.group(0)) > len(m.group("month"))
                   or DATE_CUES.search(_before(m, ctx)))
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
        year = dates.year_near(anchor, month)
    return Reading("date", dates.month_value(year, month), "month")


def resolve_year(m: re.Match, ctx: Context) -> Reading | None:
    year = int(m.group("year"))
    cued = bool(m.group("pos") or m.group("fiscal") or DATE_CUES.search(_before(m, ctx)))
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
    if not _capitalised(m, "wd", ctx):
        return None
    if ctx.anchor is None:
        return Reading("date", None, "none")
    weekday, relation = int(WEEKDAYS[_lower(m, "wd")]), (m.group("rel") or "").lower()
    if relation in ("last", "past", "previous"):
        day = dates.weekday_before(ctx.anchor, weekday)
    elif relation in ("next", "coming"):
        day = dates.weekday_after(ctx.anchor, weekday)
    elif relation == "this":
        day = dates.weekday_in_week(ctx.anchor, weekday)
    elif FUTURE_CUES.search(_before(m, ctx)):
        day = dates.weekday_after(ctx.anchor, weekday)
    else:
        day = dates.weekday_on_or_before(ctx.anchor, weekday)
    if m.group("pod"):
        return Reading("time", f"{day.isoformat()}T{PARTS_OF_DAY[_lower(m, 'pod')]}", "time")
    return Reading("date", day.isoformat(), "day")


_DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def resolve_relative_day(m: re.Match, ctx: Context) -> Reading | None:
    word = _lower(m, "word")
    part = "NI" if word == "tonight" else (PARTS_OF_DAY[_lower(m, "pod")] if m.group("pod") else None)
    kind, precision = ("time", "time") if part else ("date", "day")
    if ctx.anchor is None:
        return Reading(kind, None, "none")
    day = ctx.anchor + timedelta(days=_DAY_OFFSETS[word])
    return Reading(kind, f"{day.isoformat()}T{part}" if part else day.isoformat(), precision)


def resolve_part_of_today(m: re.Match, ctx: Context) -> Reading | None:
    if ctx.anchor is None:
        return Reading("time", None, "none")
    part = PARTS_OF_DAY[_lower(m, "pod")]
    day = ctx.anchor - timedelta(days=1) if m.group("rel").lower() == "last" else ctx.anchor
    return Reading("time", f"{day.isoformat()}T{part}", "time")


_STEP = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
         "this": 0, "current": 0}


def _relative_unit(anchor: date, step: int, unit: str) -> Reading | None:
    if unit == "week":
        return Reading("date", dates.week_value(anchor + timedelta(weeks=step)), "week")
    if unit == "weekend":
        saturday = dates.weekday_in_week(anchor, 6) + timedelta(weeks=step)
        return Reading("date", dates.week_value(saturday) + "-WE", "week")
    if unit == "month":
        return Reading("date", dates.month_value(*dates.shift_months(anchor.year, anchor.month, step)),
                       "month")
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
    step = _STEP[_lower(m, "rel")]
    return _relative_unit(ctx.anchor, step, _lower(m, "unit"))


def resolve_the_weekend(m: re.Match, ctx: Context) -> Reading | None:
    if ctx.anchor is None:
        return Reading("date", None, "none")
    # The weekend just past, or the current one when the anchor is on it.
    step = 0 if ctx.anchor.isoweekday() >= 6 else -1
    return _relative_unit(ctx.anchor, step, "weekend")


def resolve_ago(m: re.Match, ctx: Context) -> Reading | None:
    count = _number(m.group("num")) if m.group("num") else None
    later = _lower(m, "dir") in ("later", "from now", "hence")
    if count is None:
        return Reading("date", "FUTURE_REF" if later else "PAST_REF", "none")
    if ctx.anchor is None:
        return Reading("date", None, "none")
    unit, step, anchor = UNITS[_lower(m, "unit")], int(count) * (1 if later else -1), ctx.anchor
    if unit == "D":
        return Reading("date", (anchor + timedelta(days=step)).isoformat(), "day")
    if unit == "W":
        return Reading("date", dates.week_value(anchor + timedelta(weeks=step)), "week")
    if unit == "M":
        return Reading("date", dates.month_value(*dates.shift_months(anchor.year, anchor.month, step)),
                       "month")
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
    unit = UNITS[_lower(m, "unit")]
    number = _lower(m, "num")
    # "a second time" is an ordinal, not one second.
    if unit == "S" and not number[0].isdigit() and number in ("a", "an"):
        return None
    return Reading("duration", duration_value(_number(number), unit), "none")


def resolve_vague_duration(m: re.Match, ctx: Context) -> Reading | None:
    return Reading("duration", duration_value(None, UNITS[_lower(m, "unit")]), "none")


def resolve_reference(m: re.Match, ctx: Context) -> Reading | None:
    return Reading("date", REFERENCES[_lower(m, "ref")], "none")


def resolve_set(m: re.Match, ctx: Context) -> Reading | None:
    if m.groupdict().get("adverb"):
        return Reading("set", SET_ADVERBS[_lower(m, "adverb")], "none")
    if m.group("wd"):
        return Reading("set", f"XXXX-WXX-{WEEKDAYS[_lower(m, 'wd')]}", "none")
    if m.group("month"):
        return Reading("set", f"XXXX-{int(MONTHS[_lower(m, 'month')]):02d}", "none")
    count = _number(m.group("num")) if m.group("num") else 1.0
    return Reading("set", duration_value(count, UNITS[_lower(m, "unit")]), "none")


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
             "fourth": 4, "4th": 4}


def resolve_quarter(m: re.Match, ctx: Context) -> Reading | None:
    relation = (m.group("rel") or "").lower()
    back = 1 if relation in ("year-earlier", "year-ago") else 0
    if m.group("ord"):
        quarter = _ORDINALS[m.group("ord").lower()]
        if m.group("year"):
            return Reading("date", f"{int(m.group('year')) - back}-Q{quarter}", "month")
        if ctx.anchor is None:
            return Reading("date", None, "none")
        # The quarter of the anchor's year if it has begun, else last year's.
        started = ctx.anchor.month >= 3 * quarter - 2
        year = ctx.anchor.year - (0 if started else 1) - back
        return Reading("date", f"{year}-Q{quarter}", "month")
    if not relation:
        return None
    if ctx.anchor is None:
        return Reading("date", None, "none")
    # Quarterly results are reported after the quarter ends: "the quarter" is the last one.
    step = 0 if relation in ("this", "current") else (1 if relation == "next" else -1)
    return _relative_unit(ctx.anchor, step - 4 * back, "quarter")


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


def resolve_position_of(m: re.Match, ctx: Context) -> Reading | None:
    """ "the end of the year", "the beginning of the month": the anchor's year or month."""
    if ctx.anchor is None:
        return Reading("date", None, "none")
    return _relative_unit(ctx.anchor, 0, _lower(m, "unit"))


# ---- the rule table ------------------------------------------------------------

_REFERENCE = rf"(?P<ref>{_W.alternation('reference')})"
_SET_UNIT = rf"(?P<unit>{_W.alternation('unit')})(?![a-z])"

RULES: list[tuple[str, str, Resolver]] = [
    ("iso_date", "digit", r"(?<![\w-])(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)(?![\w-])", resolve_iso),
    ("slashed_date", "digit", r"(?<![\w/])(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\w/])",
     resolve_slashed),
    ("month_day", "month", rf"(?:{WEEKDAY},?\s+(?:the\s+)?)?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?",
     resolve_month_day),
    ("day_month", "month", rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?<![\w$.,])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
     rf"(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?", resolve_month_day),
    ("month_year", "month", rf"(?:{POSITION})?{MONTH}(?:\s+of)?,?\s+{YEAR}", resolve_month_year),
    ("month", "month", rf"(?:(?P<rel>last|next|this)\s+)?(?:{POSITION})?{MONTH_FULL}", resolve_month),
    ("year", "digit", rf"(?:{POSITION}|(?P<fiscal>fiscal(?:\s+year)?)\s+)?{LEFT}{YEAR}", resolve_year),
    ("decade", "digit", rf"(?:the\s+)?(?:{POSITION})?(?:(?P<cent>1[5-9]|20)|')(?P<dec>\d)0'?s(?![a-z])",
     resolve_decade),
    ("weekday", "weekday", rf"(?:(?P<rel>last|next|this|coming|past|previous)\s+)?{WEEKDAY}"
     rf"(?:\s+{PART_OF_DAY})?", resolve_weekday),
    ("relative_day", "day_word", rf"(?P<word>today|yesterday|tomorrow|tonight)(?![a-z])(?:\s+{PART_OF_DAY})?",
     resolve_relative_day),
    ("part_of_today", "day_word", rf"(?P<rel>this|last)\s+{PART_OF_DAY}", resolve_part_of_today),
    ("relative_unit", "unit", rf"(?:(?:earlier|later|early|late)\s+|{POSITION})?(?:the\s+)?"
     r"(?P<rel>last|next|this|past|previous|coming|current)\s+"
     r"(?P<unit>week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)"
     r"(?![a-z-])", resolve_relative_unit),
    ("the_weekend", "unit", r"the\s+weekend(?![a-z])", resolve_the_weekend),
    ("position_of", "unit", r"(?:the\s+)?(?:end|beginning|middle|start)\s+of\s+the\s+(?P<unit>year|month|week)"
     r"(?![a-z])", resolve_position_of),
    ("ago", "unit", rf"(?:{LEFT}{NUMBER}[\s-]+)?{UNIT}\s+(?P<dir>ago|earlier|later|from\s+now|hence)(?![a-z])",
     resolve_ago),
    ("duration", "unit", r"(?:(?:(?:more|less|fewer)\s+than|over|under|nearly|almost|about|around|"
     r"at\s+least|at\s+most|up\s+to|roughly|approximately|within|only|just)\s+)?"
     rf"(?:(?:the\s+)?(?:past|last|next|first|coming|previous|final|recent)\s+)?"
     rf"{LEFT}{NUMBER}[\s-]+{UNIT}(?![\s-]+old)", resolve_duration),
    ("vague_duration", "unit", r"(?<=\bfor )(?P<unit>years|months|weeks|days|decades|hours)(?![a-z])",
     resolve_vague_duration),
    ("reference", "reference", rf"{LEFT}{_REFERENCE}(?![\w-])", resolve_reference),
    ("set", "set", rf"(?:every|each|per)\s+(?:{NUMBER}\s+)?(?:{_SET_UNIT}|{WEEKDAY}|{MONTH_FULL})"
     rf"|{LEFT}(?P<adverb>{_W.alternation('set_adverb')})(?![a-z])", resolve_set),
    ("quarter", "unit", r"(?:the\s+)?(?:(?P<rel>latest|last|previous|current|this|next|year-earlier|year-ago|"
     r"fiscal)\s+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?quarter(?![a-z])"
     rf"(?:\s+of\s+(?:fiscal\s+)?{YEAR})?", resolve_quarter),
    ("clock", "digit", r"(?<![\w:.])(?P<h>[012]?\d)(?::(?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.?|[ap]m(?![a-z]))",
     resolve_clock),
]


def compiled_rules() -> list[tuple[str, re.Pattern, Resolver]]:
    """The rules with their regexes compiled (case-insensitive; resolvers check case)."""
    return [(name, re.compile(pattern, re.IGNORECASE), resolver)
            for name, pattern, resolver in RULES]
