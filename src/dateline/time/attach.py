"""date_events: each event's date, from the time expression attached to its trigger.

The choice, in order:

1. a date or time expression in the trigger's sentence that the dependency parse
   attaches to the trigger's own clause (or to the trigger itself, for eventive
   nouns: "the Oct. 23 slaying"); failing that, one in a clause above the
   trigger's ("In mid-August, the media reported that the ministry made a
   flight" dates the flight). An expression in a clause below or beside the
   trigger's is never used ("said Friday that it attacked on Monday": "said" is
   Friday). Concrete values beat vague ones ("recently"), then the nearest wins.
2. a vague expression so chosen ("recently", "now", or a relative expression
   with no anchor to resolve it) gives ``date`` None, precision "none" and
   ``date_text`` set: the text says when, loosely, and we keep its words.
3. otherwise the document's anchor: the publication date with precision "day";
   or, with no publication date, the day inferred from a weekday written with a
   date, with precision "none" (the event is reported around that day, we do not
   know that it happened on it); ``date_text`` stays None. No anchor: no date.

Durations and sets never date an event ("in more than 18 months of war").
"""

from __future__ import annotations

from dateline.nlp import Parsed, Token
from dateline.records import Event, EventDate, Time
from dateline.time.extract import document_anchor

# Event.date_precision has four values; a Time's precision maps onto them. A week,
# quarter or season is reported as month precision (its value keeps the detail).
EVENT_PRECISION = {"day": "day", "time": "day", "week": "month", "month": "month",
                   "year": "year", "decade": "year", "none": "none"}
VAGUE_VALUES = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
# Dependency labels that open a clause of their own.
CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass",
               "parataxis", "conj", "pcomp"}
SAME_CLAUSE, HIGHER_CLAUSE = 0, 1


def _is_clause_head(token: Token) -> bool:
    return token.head == token.i or (token.pos in ("VERB", "AUX") and token.dep in CLAUSE_DEPS)


def _clause_of(parsed: Parsed, i: int) -> int:
    """The head of the clause token ``i`` belongs to (itself if it heads one)."""
    seen = set()
    while not _is_clause_head(parsed.tokens[i]) and i not in seen:
        seen.add(i)
        i = parsed.tokens[i].head
    return i


def _ancestors(parsed: Parsed, i: int) -> list[int]:
    chain, seen = [], {i}
    while parsed.tokens[i].head != i and parsed.tokens[i].head not in seen:
        i = parsed.tokens[i].head
        seen.add(i)
        chain.append(i)
    return chain


def _span_head(parsed: Parsed, start: int, end: int) -> int | None:
    """The token of a character span whose head lies outside the span."""
    inside = parsed.tokens_in(start, end)
    for i in inside:
        head = parsed.tokens[i].head
        if head == i or head not in inside:
            return i
    return None


def _relation(parsed: Parsed, trigger: int, time: Time) -> int | None:
    """SAME_CLAUSE, HIGHER_CLAUSE, or None (the time belongs to another clause)."""
    head = _span_head(parsed, time.start, time.end)
    if head is None:
        return None
    # Walking up from the expression: reaching the trigger before any other clause
    # head means the expression modifies the trigger itself.
    for i in [head, *_ancestors(parsed, head)]:
        if i == trigger:
            return SAME_CLAUSE
        if _is_clause_head(parsed.tokens[i]) and i != head:
            break
    clause = _clause_of(parsed, head)
    trigger_clause = _clause_of(parsed, trigger)
    if clause == trigger_clause:
        return SAME_CLAUSE
    if clause in _ancestors(parsed, trigger_clause):
        return HIGHER_CLAUSE
    return None


def _is_vague(time: Time) -> bool:
    return time.value is None or time.value in VAGUE_VALUES


def attached_time(event: Event, times: list[Time], parsed: Parsed) -> Time | None:
    """The date or time expression that dates the event, if its sentence has one."""
    found = parsed.tokens_in(event.trigger.start, max(event.trigger.end,
                                                                 event.trigger.start + 1))
    if not found:
        return None
    trigger = parsed.tokens[found[0]]
    sentence = parsed.sentences[trigger.sent]
    best, best_key = None, None
    for time in times:
        if time.type not in ("date", "time"):
            continue
        if time.start < sentence.start_char or time.end > sentence.end_char:
            continue
        relation = _relation(parsed, trigger.i, time)
        if relation is None:
            continue
        distance = min(abs(time.start - event.trigger.end), abs(event.trigger.start - time.end))
        key = (relation, _is_vague(time), distance)
        if best_key is None or key < best_key:
            best, best_key = time, key
    return best


def _event_date(time: Time) -> str | None:
    """A time-of-day value dates its event by its day: 2023-08-30T10:35 -> 2023-08-30."""
    if time.type == "time" and time.value and "T" in time.value:
        return time.value.split("T")[0]
    return time.value


# An act dated more than this many years before the article is history the article
# recalls, not news it reports ("the 1990 invasion", "in 2003, troops entered").
HISTORY_YEARS = 1


def _long_before(value: str | None, published: str | None) -> bool:
    """True when an event's date lies more than HISTORY_YEARS years before publication: by
    whole years for a year or decade ("in 2003"), by months when both dates give the month
    ("15 months ago" in an August 2008 story: May 2007)."""
    if not value or not published or not value[:3].isdigit() or not published[:4].isdigit():
        return False
    months = _month_index(value), _month_index(published)
    if None not in months:
        return months[1] - months[0] > 12 * HISTORY_YEARS
    year = int(value[:4]) if value[:4].isdigit() else int(value[:3]) * 10 + 9  # a decade: its end
    return year < int(published[:4]) - HISTORY_YEARS


def _month_index(value: str) -> int | None:
    """Months since year 0 of a date written to the month or day ("2007-05", "2007-05-14")."""
    if len(value) < 7 or value[4] != "-" or not value[:4].isdigit() or not value[5:7].isdigit():
        return None
    return int(value[:4]) * 12 + int(value[5:7]) - 1


def date_events(events: list[Event], times: list[Time], parsed: Parsed,
                published: str | None) -> list[EventDate]:
    """Each event's date, precision and date text (see the module docstring)."""
    anchor, is_published = document_anchor(times, published)
    dates = []
    for event in events:
        time = attached_time(event, times, parsed)
        if time is not None and not _is_vague(time):
            value = _event_date(time)
            dates.append(EventDate(value, EVENT_PRECISION.get(time.precision, "none"), time.text,
                                   historical=_long_before(value, published)))
        elif time is not None:
            dates.append(EventDate(None, "none", time.text))
        elif anchor is not None:
            dates.append(EventDate(anchor.isoformat(), "day" if is_published else "none", None))
        else:
            dates.append(EventDate())
    return dates
