"""Publication dates as people write them, read into one ISO 8601 form.

Inputs carry dates in many shapes: ISO dates and times ("2024-02-20",
"2024-02-20T10:00Z"), the day-month-year and month-day-year of news pages ("20 Feb
2024", "February 20, 2024") and the RFC 2822 dates of feeds and mail ("Tue, 20 Feb 2024
10:00:00 GMT"). A date alone stays a date ("2024-02-20"); a time of day is kept with
the offset it was written with ("2024-02-20T10:00:00+02:00", UTC as "Z"): the day an
article calls "today" is its local day, which a conversion to UTC could move.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

__all__ = ["normalise_date"]

# Day-month-year and month-day-year in words, with or without a weekday in front.
_WORDED = ("%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y")
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_SLASHED = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")


def normalise_date(text: str) -> str:
    """The ISO 8601 form of a written date, or ValueError saying it cannot be read."""
    value = " ".join(str(text).split())
    if not value:
        raise ValueError("empty date")
    for reader in (_iso, _slashed, _worded, _rfc2822):
        found = reader(value)
        if found is not None:
            return found
    raise ValueError(f"unreadable date {value!r}")


def _as_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    text = moment.isoformat(timespec="seconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _iso(value: str) -> str | None:
    if len(value) == 10:
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    if not value[:4].isdigit() or len(value) < 16:
        return None
    try:
        moment = datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        return None
    # A time without a zone is read as UTC: nothing else is known of it.
    return _as_text(moment)


def _slashed(value: str) -> str | None:
    match = _SLASHED.match(value)
    if not match:
        return None
    try:
        return date(*(int(part) for part in match.groups())).isoformat()
    except ValueError:
        return None


def _worded(value: str) -> str | None:
    plain = _WEEKDAY.sub("", value).replace(".", "").replace(",", "")
    plain = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", plain)
    for pattern in _WORDED:
        try:
            return datetime.strptime(plain, pattern).date().isoformat()
        except ValueError:
            continue
    return None


def _rfc2822(value: str) -> str | None:
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return None if moment is None else _as_text(moment)
