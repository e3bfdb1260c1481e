"""Actor resolution scored against actor tests (``readers.actor_tests``).

Each phrase is parsed, the actor stage runs over it, and the main actor is the
one holding the phrase's root (else the longest); when it has no country and the
row gives a context, the context's country is used.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .gold import ActorTest
from .report import ErrorRecord, Rate, Report

# NGEC's assertions were written in late 2022: their "today" and undated rows mean
# then, not the day the evaluation runs (office dates in the gold agree only with
# a day between 2022-10-14 and 2022-12-11).
GOLD_TODAY = "2022-11-01"
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%d %B, %Y")


def row_date(text: str, today: str = GOLD_TODAY) -> str | None:
    """A row's date as ISO; "today" or no date is ``today``."""
    if not text or text.lower() == "today":
        return today
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.title() if "%B" in fmt else text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def main_actor(parsed: Any, actors: list) -> Any:
    """The actor covering the phrase's root token, else the longest one."""
    roots = [t for t in parsed.tokens if t.dep == "ROOT" or t.head == t.i]
    for root in roots:
        for actor in actors:
            if actor.start <= root.idx < actor.end:
                return actor
    return max(actors, key=lambda a: a.end - a.start) if actors else None


@dataclass(frozen=True)
class ResolvedActor:
    """What the actor stage made of one test phrase: its country, PLOVER sector and actor."""

    country: str
    sector: str
    actor: Any = None


def test_key(test: ActorTest) -> tuple[str, str, str]:
    """Rows about the same phrase, context and date share one resolution."""
    return test.input, test.context, test.date


def resolve_actor_tests(tests: list[ActorTest], parser: Any, knowledge: Any,
                        today: str = GOLD_TODAY) -> dict[tuple[str, str, str], ResolvedActor]:
    """Run the actor stage once per distinct phrase (see :func:`test_key`)."""
    from ..actors import find_actors, plover_sector

    resolved: dict[tuple[str, str, str], ResolvedActor] = {}
    for test in tests:
        if test_key(test) in resolved:
            continue
        published = row_date(test.date, today)
        parsed = parser.parse(test.input)
        actor = main_actor(parsed, find_actors(parsed, knowledge, published))
        country = actor.country if actor else None
        if country is None and test.context:
            context = find_actors(parser.parse(test.context), knowledge, published)
            country = next((a.country for a in context if a.country), None)
        sector = plover_sector(actor, knowledge) if actor else None
        resolved[test_key(test)] = ResolvedActor(country or "", sector or "", actor)
    return resolved


def score_actor_tests(tests: list[ActorTest], ours: dict[tuple[str, str, str], ResolvedActor],
                      gold_set: str = "") -> Report:
    """Share of rows whose country or PLOVER sector comes out as expected."""
    report = Report(task="actors", gold_set=gold_set, items=len(tests))
    rates = {"country": Rate("actors.country.accuracy"), "code_1": Rate("actors.sector.accuracy")}
    for test in tests:
        found = ours.get(test_key(test), ResolvedActor("", ""))
        value = found.country if test.field == "country" else found.sector
        good = (value == test.expected) == (test.op == "==")
        rates[test.field].add(good)
        if not good:
            report.errors.append(ErrorRecord(
                test.input, f"wrong_{test.field}", test.expected, value or None, test.input,
                found.actor.evidence if found.actor else "(no actor)"))
    report.rates = list(rates.values())
    return report
