"""Events as one flat table: one row per event, its actors and its document's metadata
in plain columns (a list, such as the status, joined by ";"). Written as CSV, or as one
Parquet file, for spreadsheets and data frames.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from typing import IO, Any

from ..records import NOT_DONE

# The flat table's columns: (name, SQL over events e joined with documents d).
FLAT_COLUMNS = (
    ("event_id", "e.id"), ("doc_id", "e.doc_id"), ("date", "e.date"),
    ("date_precision", "e.date_precision"), ("plover_type", "nullif(e.plover_type, '')"),
    ("plover_mode", "array_to_string(e.plover_mode, ';')"),
    ("cameo_code", "e.cameo_code"), ("cameo_root", "e.cameo_root"),
    ("quad_class", "e.quad_class"), ("goldstein", "e.goldstein"),
    ("source_name", "e.source_name"), ("source_country", "e.source_country"),
    ("source_code", "e.source_code"), ("target_name", "e.target_name"),
    ("target_country", "e.target_country"), ("target_code", "e.target_code"),
    ("location_name", "e.location_name"), ("location_country", "e.location_country"),
    ("lat", "e.lat"), ("lon", "e.lon"), ("speaker", "e.speaker"),
    ("status", "array_to_string(e.status, ';')"), ("confidence", "e.confidence"),
    ("trigger", "e.trigger_text"), ("sentence_text", "e.text"),
    ("url", "d.url"), ("outlet", "d.outlet"), ("title", "d.title"), ("published", "d.published"),
    ("source_path", "d.source_path"),
)


def flat_query(done_only: bool) -> str:
    """The SQL of the flat event table (done acts only when ``done_only``)."""
    columns = ", ".join(f"{sql} AS {name}" for name, sql in FLAT_COLUMNS)
    not_done = ", ".join(f"'{status}'" for status in sorted(NOT_DONE))
    where = (f"WHERE NOT list_has_any(coalesce(e.status, []), [{not_done}]::VARCHAR[])"
             if done_only else "")
    return (f"SELECT {columns} FROM events e LEFT JOIN documents d ON d.id = e.doc_id "
            f"{where} ORDER BY e.doc_id, e.sentence, e.id")


def flat_rows(con: Any, done_only: bool) -> Iterator[tuple]:
    cursor = con.execute(flat_query(done_only))
    while batch := cursor.fetchmany(1000):
        yield from batch


def write_csv(con: Any, out: str | None, done_only: bool) -> int:
    """The flat table as CSV (a header row; an empty cell for null); rows written."""
    handle: IO[str] = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    count = 0
    try:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow([name for name, _ in FLAT_COLUMNS])
        for row in flat_rows(con, done_only):
            writer.writerow(row)
            count += 1
    finally:
        if out:
            handle.close()
    return count


def write_parquet(con: Any, out: str, done_only: bool) -> int:
    """The flat table as one Parquet file; rows written."""
    path = out.replace("'", "''")
    con.execute(f"COPY ({flat_query(done_only)}) TO '{path}' (FORMAT PARQUET)")
    return con.execute(f"SELECT count(*) FROM read_parquet('{path}')").fetchone()[0]
