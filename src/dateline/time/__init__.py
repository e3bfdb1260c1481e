"""The time stage: time expressions with TIMEX3 values, and each event's date.

Public API: :func:`add_times` (the pipeline's entry point), :func:`find_times`
and :func:`date_events`.
"""

from __future__ import annotations

from dateline.time.extract import find_times

__all__ = ["find_times"]
