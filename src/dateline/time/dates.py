"""Calendar arithmetic behind TIMEX3 values (ISO weeks, month shifts, year guesses)."""

from __future__ import annotations

from datetime import date, timedelta

# A month or month-day written without a year is read in the anchor's year unless
# that puts it more than MAX_DAYS_AHEAD after the anchor (then last year's: news
# mostly reports the past) or more than MAX_DAYS_BEHIND before it (then next
# year's: "Jan. 2" in a November story). A future cue ("will", "scheduled")
# picks the first occurrence on or after the anchor. Both limits were tuned on
# TempEval-3 training data (`dateline evaluate dates`).
MAX_DAYS_AHEAD = 120
MAX_DAYS_BEHIND = 270

# Months in which each TIMEX3 season starts (northern hemisphere, as in TimeML).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def day_value(day: date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: date) -> str:
    """The ISO week of a day, as TIMEX3 writes it: 2023-W35."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when the day does not exist in that month."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def weekday_on_or_before(anchor: date, weekday: int) -> date:
    """The most recent day with ISO ``weekday`` on or before ``anchor``."""
    return anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7)


def weekday_before(anchor: date, weekday: int) -> date:
    """The most recent day with ISO ``weekday`` strictly before ``anchor``."""
    return anchor - timedelta(days=(anchor.isoweekday() - weekday - 1) % 7 + 1)


def weekday_after(anchor: date, weekday: int) -> date:
    """The first day with ISO ``weekday`` strictly after ``anchor``."""
    return anchor + timedelta(days=(weekday - anchor.isoweekday() - 1) % 7 + 1)


def weekday_in_week(anchor: date, weekday: int) -> date:
    """The day with ISO ``weekday`` in the anchor's ISO week ("this Friday")."""
    return anchor + timedelta(days=weekday - anchor.isoweekday())


def year_near(anchor: date, month: int, day: int = 0, future: bool = False) -> int:
    """The year a month (day 0) or month-day written without a year most likely means."""
    if day == 0:
        # A month is compared by its first day, or by the anchor's day in its own month.
        first = date(anchor.year, month, 1)
        candidate = anchor if month == anchor.month else first
    else:
        candidate = safe_date(anchor.year, month, day) or date(anchor.year, month, 28)
    if future:
        return anchor.year if candidate >= anchor or month == anchor.month else anchor.year + 1
    if (candidate - anchor).days > MAX_DAYS_AHEAD:
        return anchor.year - 1
    if (anchor - candidate).days > MAX_DAYS_BEHIND:
        return anchor.year + 1
    return anchor.year


def year_from_weekday(month: int, day: int, weekday: int, today: date) -> int | None:
    """The most recent year, up to ``today``, in which month/day fell on ``weekday``."""
    # The weekday pattern of a date repeats within 28 years, 400 for 29 February.
    for year in range(today.year, today.year - 401, -1):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate <= today and candidate.isoweekday() == weekday:
            return year
    return None


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def season_of(day: date) -> str:
    for code, start in sorted(SEASON_START.items(), key=lambda item: -item[1]):
        if day.month >= start:
            return code
    return "WI"
