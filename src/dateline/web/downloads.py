"""Downloads of the filtered events: CSV, JSON lines, PLOVER JSON lines, GDELT rows.

CSV and JSON lines (the stored event records) are streamed from the database. PLOVER
and GDELT rows come from the store's own exporter (``dateline.store.export``), run on
an in-memory database holding only the filtered events and their documents, so the
explorer and ``dateline export`` write the same format.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

import duckdb

from ..errors import DatelineError
from ..store import PER_DOCUMENT, TABLES, export
from .database import Database
from .filters import SORTS, EventQuery, where

# format: (media type, file name suffix)
FORMATS = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "jsonl": ("application/x-ndjson; charset=utf-8", "jsonl"),
    "plover": ("application/x-ndjson; charset=utf-8", "plover.jsonl"),
    "gdelt": ("text/tab-separated-values; charset=utf-8", "gdelt.tsv"),
}
# PLOVER and GDELT downloads are built in memory: beyond this, use `dateline export`.
MAX_COPIED_EVENTS = 250_000
BATCH = 2_000

CSV_COLUMNS = ("id", "doc_id", "date", "source_name", "source_country", "source_code",
               "target_name", "target_country", "target_code", "plover_type", "cameo_code",
               "quad_class", "goldstein", "trigger_text", "text", "status", "location_name",
               "location_country", "lat", "lon", "speaker", "confidence")


def _select(query: EventQuery, has_story: bool, columns: str, join: str = "") -> tuple[str, list]:
    clause, params = where(query, has_story)
    return (f"SELECT {columns} FROM events e {join} WHERE {clause} ORDER BY {SORTS[query.sort]}",
            params)


def stream_csv(db: Database, query: EventQuery) -> Iterator[str]:
    """The filtered events as CSV, a batch of rows at a time."""
    sql, params = _select(query, db.has_story, ", ".join(f"e.{c}" for c in CSV_COLUMNS)
                          + ", d.url, d.title, d.outlet",
                          join="LEFT JOIN documents d ON d.id = e.doc_id")
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([*CSV_COLUMNS, "url", "title", "outlet"])
    with db.cursor() as cur:
        cur.execute(sql, params)
        while True:
            rows = cur.fetchmany(BATCH)
            for row in rows:
                writer.writerow(["|".join(v) if isinstance(v, list) else v for v in row])
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            if not rows:
                return


def stream_jsonl(db: Database, query: EventQuery) -> Iterator[str]:
    """The filtered events' stored records (the record contract), one per line."""
    sql, params = _select(query, db.has_story, "e.record")
    with db.cursor() as cur:
        cur.execute(sql, params)
        while rows := cur.fetchmany(BATCH):
            yield "".join(record + "\n" for (record,) in rows)


def exported_file(db: Database, query: EventQuery, fmt: str) -> str:
    """Run the store's exporter in format ``fmt`` on the filtered events; returns the
    path of the file written (in a temporary folder the caller removes)."""
    clause, params = where(query, db.has_story)
    count = db.scalar(f"SELECT count(*) FROM events e WHERE {clause}", params)
    if count > MAX_COPIED_EVENTS:
        raise DatelineError("E604", name="format", detail=(
            f"{count:,} events are too many for a {fmt} download (at most "
            f"{MAX_COPIED_EVENTS:,}): narrow the filters, or run 'dateline export --format {fmt}'"))
    folder = tempfile.mkdtemp(prefix="dateline-download-")
    path = os.path.join(folder, f"events.{FORMATS[fmt][1]}")
    memory = duckdb.connect()
    try:
        _copy_selection(db, memory, clause, params)
        export(memory, fmt, path, status="all")  # the filters chose the events
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    finally:
        memory.close()
    return path


def _copy_selection(db: Database, memory: Any, clause: str, params: list) -> None:
    """Copy the filtered events, and their documents' rows, into ``memory``."""
    for table in TABLES:
        memory.execute(TABLES[table])
    chosen = f"SELECT DISTINCT e.doc_id FROM events e WHERE {clause}"
    copies = {"events": (f"SELECT e.* FROM events e WHERE {clause}", params),
              "documents": (f"SELECT * FROM documents WHERE id IN ({chosen})", params)}
    for table in PER_DOCUMENT:
        if table != "events":
            copies[table] = (f"SELECT * FROM {table} WHERE doc_id IN ({chosen})", params)
    with db.cursor() as cur:
        for table, (sql, values) in copies.items():
            rows = cur.sql(sql, params=values).to_arrow_table()
            memory.register("selection", rows)
            memory.execute(f"INSERT INTO {table} BY NAME SELECT * FROM selection")
            memory.unregister("selection")


def remove_download(path: str) -> None:
    """Remove a download's temporary folder (after the response is sent)."""
    shutil.rmtree(os.path.dirname(path), ignore_errors=True)
