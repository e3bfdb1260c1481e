"""Counts behind the charts: dyads and their timeline, the actor network, event places.

Each takes the shared event filters, so a chart shows the events the table shows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import Field

from .database import Database
from .filters import SHORT, EventFilters, where

Level = Literal["country", "code", "name"]
Interval = Literal["day", "week", "month"]

COOPERATION = "quad_class IN (1, 2)"
CONFLICT = "quad_class IN (3, 4)"

# The date prefix a period needs, and the period it falls in.
PERIODS = {
    "day": (10, "left(e.date, 10)"),
    "week": (10, "strftime(date_trunc('week', try_strptime(left(e.date, 10), '%Y-%m-%d')), "
                 "'%Y-%m-%d')"),
    "month": (7, "left(e.date, 7)"),
}


class DyadQuery(EventFilters):
    """The most frequent pairs, at one level (country, actor code or actor name)."""

    by: Level = Field("country", description="What an end of a pair is: country, code or name.")
    top: int = Field(20, ge=1, le=200, description="How many pairs.")


class TimelineQuery(EventFilters):
    """A pair and a period length."""

    a: str = Field(..., min_length=1, max_length=SHORT,
                   description="One side: a code, country or name (exact, any case).")
    b: str = Field(..., min_length=1, max_length=SHORT, description="The other side.")
    interval: Interval = Field("week", description="Period: day, week or month.")
    directed: bool = Field(False, description="Only events from a to b (default: both ways).")


class NetworkQuery(EventFilters):
    """Who acts on whom: the heaviest edges at one level."""

    by: Level = Field("country", description="What a node is: country, code or name.")
    top: int = Field(60, ge=1, le=300, description="How many edges (the heaviest).")


class PlacesQuery(EventFilters):
    top: int = Field(500, ge=1, le=5000, description="How many places (the busiest).")


def dyads(db: Database, query: DyadQuery) -> dict[str, Any]:
    """The most frequent unordered pairs with their counts and mean Goldstein score."""
    s, t = f"e.source_{query.by}", f"e.target_{query.by}"
    rows = _pair_counts(db, query, f"least({s}, {t})", f"greatest({s}, {t})", ("a", "b"))
    return {"by": query.by, "filters": query.active(), "dyads": rows}


def _pair_counts(db: Database, query: DyadQuery | NetworkQuery, first: str, second: str,
                 names: tuple[str, str]) -> list[dict[str, Any]]:
    """Events per pair of two-sided events (``first``, ``second``: SQL of each end, named
    ``names``), with mean Goldstein and cooperation and conflict counts, heaviest first."""
    clause, params = where(query, db.has_story)
    s, t = f"e.source_{query.by}", f"e.target_{query.by}"
    one, two = names
    return db.rows(
        f"SELECT {first} AS {one}, {second} AS {two}, count(*) AS events, "
        f"round(avg(e.goldstein), 2) AS goldstein, "
        f"count(*) FILTER (WHERE {COOPERATION}) AS cooperation, "
        f"count(*) FILTER (WHERE {CONFLICT}) AS conflict FROM events e "
        f"WHERE {s} IS NOT NULL AND {t} IS NOT NULL AND {s} <> {t} AND {clause} "
        f"GROUP BY 1, 2 ORDER BY events DESC, {one}, {two} LIMIT ?", params + [query.top])


def _side(side: str) -> str:
    return (f"(lower(e.{side}_code) = ? OR lower(e.{side}_country) = ? "
            f"OR lower(e.{side}_name) = ?)")


def timeline(db: Database, query: TimelineQuery) -> dict[str, Any]:
    """Event counts and mean Goldstein score per period for a pair, cooperation and
    conflict apart; events dated less precisely than the period are counted as undated."""
    clause, params = where(query, db.has_story)
    a, b = query.a.lower(), query.b.lower()
    pair = f"({_side('source')} AND {_side('target')})"
    pair_params = [a, a, a, b, b, b]
    if not query.directed:
        pair = f"({pair} OR ({_side('source')} AND {_side('target')}))"
        pair_params += [b, b, b, a, a, a]
    width, period = PERIODS[query.interval]
    # One scan: events dated less precisely than the period fall in the NULL period. The
    # period is computed in a subquery: a HAVING on it made DuckDB 4x slower.
    groups = db.rows(
        "SELECT period, count(*) AS events, round(avg(goldstein), 2) AS goldstein, "
        f"count(*) FILTER (WHERE {COOPERATION}) AS cooperation, "
        f"round(avg(goldstein) FILTER (WHERE {COOPERATION}), 2) AS cooperation_goldstein, "
        f"count(*) FILTER (WHERE {CONFLICT}) AS conflict, "
        f"round(avg(goldstein) FILTER (WHERE {CONFLICT}), 2) AS conflict_goldstein "
        f"FROM (SELECT CASE WHEN length(e.date) >= {width} THEN {period} END AS period, "
        f"e.goldstein, e.quad_class FROM events e WHERE {pair} AND {clause}) "
        "GROUP BY 1 ORDER BY 1 NULLS FIRST", pair_params + params)
    rows = [g for g in groups if g["period"] is not None]
    for row in rows:
        row["date_from"], row["date_to"] = _bounds(row["period"], query.interval)
    total = sum(g["events"] for g in groups)
    dated = sum(r["events"] for r in rows)
    return {"a": query.a, "b": query.b, "interval": query.interval, "directed": query.directed,
            "filters": query.active(), "events": total, "undated": total - dated,
            "periods": rows}


def _bounds(period: str, interval: str) -> tuple[str, str]:
    """The first and last date of a period, as date filters take them."""
    if interval != "week":
        return period, period
    start = dt.date.fromisoformat(period)
    return period, (start + dt.timedelta(days=6)).isoformat()


def network(db: Database, query: NetworkQuery) -> dict[str, Any]:
    """Directed edges (source acts on target) with counts and mean Goldstein, and their nodes."""
    edges = _pair_counts(db, query, f"e.source_{query.by}", f"e.target_{query.by}",
                         ("source", "target"))
    weight: dict[str, int] = {}
    for edge in edges:
        for end in (edge["source"], edge["target"]):
            weight[end] = weight.get(end, 0) + edge["events"]
    nodes = [{"id": n, "events": c} for n, c in sorted(weight.items(), key=lambda x: (-x[1], x[0]))]
    return {"by": query.by, "filters": query.active(), "nodes": nodes, "edges": edges}


def places(db: Database, query: PlacesQuery) -> dict[str, Any]:
    """Event locations with their event counts and mean Goldstein score."""
    clause, params = where(query, db.has_story)
    rows = db.rows(
        "SELECT e.location_name AS name, e.location_country AS country, "
        "round(avg(e.lat), 4) AS lat, round(avg(e.lon), 4) AS lon, count(*) AS events, "
        f"round(avg(e.goldstein), 2) AS goldstein FROM events e "
        f"WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL AND {clause} "
        "GROUP BY 1, 2 ORDER BY events DESC, name, country LIMIT ?", params + [query.top])
    return {"filters": query.active(), "places": rows}
