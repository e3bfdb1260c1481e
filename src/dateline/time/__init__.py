"""The time stage: time expressions with TIMEX3 values, and each event's date.

Public API: :func:`add_times` (the pipeline's entry point), :func:`find_times`
and :func:`date_events`.
"""

from __future__ import annotations

from datetime import date

from dateline.nlp import Parsed
from dateline.records import Event, EventDate, Time
from dateline.time.attach import date_events
from dateline.time.extract import find_times

__all__ = ["add_times", "date_events", "find_times"]


def add_times(text: str, parsed: Parsed, events: list[Event], published: str | None,
              *, today: date | None = None) -> tuple[list[Time], list[EventDate]]:
    """The text's time expressions, and each event's date (in the order of ``events``).

    ``today`` (default: the real date) bounds the year inferred from a weekday
    when there is no publication date; pass it to make a run reproducible.
    """
    times = find_times(text, published, today=today)
    return times, date_events(events, times, parsed, published)
