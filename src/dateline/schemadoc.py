"""The database reference (docs/schema.md), generated from the store's schema.

    python -m dateline.schemadoc > docs/schema.md

A test checks the checked-in file against this output, so the reference never drifts
from the tables ``dateline code`` creates. Query them with ``dateline query``.
"""

from __future__ import annotations

import duckdb

from .store import SCHEMA_VERSION, TABLES

# What each table holds, one line each (the columns come from the schema itself).
PURPOSE = {
    "documents": "One row per coded article: its metadata, text, provenance and the whole "
                 "per-document JSON (`result`); `story_id` groups copies of one story.",
    "actors": "Every actor mention of a document, resolved to a name, country, sector and "
              "CAMEO actor code; `n` orders them in the document.",
    "events": "One row per coded event: trigger, PLOVER and CAMEO codes, source and target, "
              "date, location, speaker and status (`record` is the event's JSON).",
    "quotes": "Direct and indirect quotes with their speaker and cue.",
    "places": "Place mentions resolved to GeoNames entries.",
    "times": "Time expressions, resolved to ISO values where possible.",
    "rejections": "Every input or document that could not be coded, with its error code.",
    "meta": "Key-value facts about the database, such as its schema version.",
    "story_signatures": "Deduplication state: each document's body hash, date and arrival.",
    "story_bands": "Deduplication state: MinHash band keys shared by candidate copies.",
    "watch_feeds": "`dateline watch` state: per feed, the last answer's caching headers.",
    "watch_entries": "`dateline watch` state: per feed entry, what was coded and its status.",
}


def render() -> str:
    """The markdown reference of every table: its purpose, columns, types and key."""
    con = duckdb.connect(":memory:")
    for ddl in TABLES.values():
        con.execute(ddl)
    parts = ["# dateline database schema", "",
             "Generated from the store's schema by `python -m dateline.schemadoc`; do not edit "
             f"by hand. Schema version {SCHEMA_VERSION}. Query it with "
             "`dateline query \"SQL\"` (read-only).", ""]
    for table in TABLES:
        parts += [f"## {table}", "", PURPOSE.get(table, ""), "",
                  "| column | type | null | key |", "|---|---|---|---|"]
        for name, kind, null, key, *_ in con.execute(f"DESCRIBE {table}").fetchall():
            parts.append(f"| `{name}` | {kind} | {'yes' if null == 'YES' else 'no'} | "
                         f"{'primary' if key == 'PRI' else ''} |")
        parts.append("")
    con.close()
    return "\n".join(parts)


if __name__ == "__main__":
    print(render(), end="")
