"""A Result as rows of the database's tables: the one row layout.

The DuckDB writer and the Parquet shards of a scaled-out run both use it, so a shard
has exactly the database's columns, in its order and with its types (the Arrow
schemas are read from the DDL in ``schema.TABLES``, not written twice).
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Sequence
from functools import cache
from typing import Any

from ..records import Actor, Event, Rejection, Result, stable_id, to_dict
from .schema import TABLES

# The tables a coded document fills, in the order they are written.
RECORD_TABLES = ("documents", "actors", "events", "quotes", "places", "times")
# Columns the database fills itself (a DEFAULT); a Parquet shard stores the time of coding.
DEFAULTED = {"documents": ("coded_at",), "rejections": ("seen_at",)}


@cache
def arrow_schemas() -> dict[str, Any]:
    """The Arrow schema of every table, as DuckDB reads it from the DDL."""
    import duckdb

    con = duckdb.connect()
    try:
        for ddl in TABLES.values():
            con.execute(ddl)
        return {table: con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
                for table in TABLES}
    finally:
        con.close()


@cache
def json_columns() -> dict[str, tuple[str, ...]]:
    """The columns of type JSON of every table (Parquet keeps them as text)."""
    import duckdb

    con = duckdb.connect()
    try:
        for ddl in TABLES.values():
            con.execute(ddl)
        return {table: tuple(name for name, kind, *_ in con.execute(f"DESCRIBE {table}").fetchall()
                             if kind == "JSON") for table in TABLES}
    finally:
        con.close()


def columns(table: str) -> tuple[str, ...]:
    """The column names of a table, in the database's order."""
    return tuple(arrow_schemas()[table].names)


def content_hash(data: dict) -> str:
    """Hash of a Result's JSON, ignoring which file it came from (a copy is not a change)
    and which story it is in (the store decides that)."""
    document = dict(data["document"], source_path=None, story_id=None)
    # The JSON text is hashed as it is: stable_id's whitespace folding cost twice the dump
    # on a 30 kB record. The hash is the same unless a value holds a run of spaces.
    text = json.dumps(dict(data, document=document), sort_keys=True)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:32]


def _actor_columns(actor: Actor | None) -> tuple[str | None, str | None, str | None]:
    if actor is None:
        return None, None, None
    return actor.name, actor.country, actor.code


def _event_row(e: Event, record: dict) -> tuple:
    loc = e.location
    dyad = e.pairs()[0]  # the first dyad: never an actor with itself
    speaker = e.attribution.speaker.name if e.attribution and e.attribution.speaker else None
    return (e.id, e.doc_id, e.sentence, e.text, e.trigger.text, e.trigger.start, e.trigger.end,
            e.plover.type, e.plover.mode, e.plover.context, e.cameo.code, e.cameo.root,
            e.cameo.quad_class, e.cameo.goldstein, *_actor_columns(dyad[0]), *_actor_columns(dyad[1]),
            e.date, e.date_precision, e.date_text,
            loc.name if loc else None, loc.country if loc else None,
            loc.lat if loc else None, loc.lon if loc else None,
            speaker, e.status, e.confidence, e.evidence, json.dumps(record))


def result_rows(result: Result, input_hash: str | None, data: dict | None = None,
                digest: str | None = None,
                coded_at: datetime.datetime | None = None) -> dict[str, list[tuple]]:
    """The rows one Result adds to each table (``data`` and ``digest`` when already
    computed: its JSON and :func:`content_hash`)."""
    doc = result.document
    data = data if data is not None else to_dict(result)
    digest = digest or content_hash(data)
    return {
        "documents": [(doc.id, doc.url, doc.outlet, doc.title, doc.published, doc.language, doc.text,
                       json.dumps(data["document"]["boilerplate"]),
                       json.dumps(data["document"]["provenance"]), doc.source_path, digest,
                       json.dumps(data), coded_at, input_hash, doc.story_id)],
        "actors": [(doc.id, n, a.text, a.name, a.country, a.sector, a.code, a.kind, a.start, a.end,
                    a.entity, a.evidence) for n, a in enumerate(result.actors)],
        "events": [_event_row(e, d) for e, d in zip(result.events, data["events"])],
        "quotes": [(q.id, doc.id, q.text, q.kind, q.start, q.end,
                    q.speaker.name if q.speaker else None, q.speaker.country if q.speaker else None,
                    q.speaker_text, q.cue, q.reported_by, json.dumps(d))
                   for q, d in zip(result.quotes, data["quotes"])],
        "places": [(doc.id, n, p.text, p.name, p.country, p.lat, p.lon, p.geonameid, p.feature,
                    p.start, p.end) for n, p in enumerate(result.places)],
        "times": [(doc.id, n, t.text, t.start, t.end, t.type, t.value, t.precision)
                  for n, t in enumerate(result.times)],
    }


def rejection_key(rejection: Rejection) -> str:
    """A rejection's key: the same failure seen again is the same row."""
    return stable_id(rejection.doc_id, rejection.stage, rejection.code, rejection.detail)


def rejection_row(rejection: Rejection, seen_at: datetime.datetime | None = None) -> tuple:
    return (rejection_key(rejection), rejection.doc_id, rejection.stage, rejection.code,
            rejection.detail, seen_at)


def to_arrow(table: str, rows: Sequence[tuple]) -> Any:
    """Rows of a table as an Arrow table with the database's schema."""
    import pyarrow as pa

    schema = arrow_schemas()[table]
    if not rows:
        return schema.empty_table()
    return pa.Table.from_arrays([pa.array(values, type=field.type)
                                 for values, field in zip(zip(*rows), schema)], schema=schema)
