"""Exporters: native JSON lines, PLOVER JSON lines, GDELT 2.0 event and mention rows, Parquet.

Formats are described field by field in docs/formats.md.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from typing import IO, Any

from ..errors import DatelineError
from .gdelt import GDELT_COLUMNS, MENTION_COLUMNS, event_lines, mention_lines
from .plover import plover_lines
from .schema import TABLES

EXPORT_FORMATS = ("jsonl", "plover", "gdelt", "mentions", "parquet")
__all__ = ["export", "EXPORT_FORMATS", "GDELT_COLUMNS", "MENTION_COLUMNS"]
# Formats written as GDELT's tab-separated files: no header row unless asked.
_HEADERS = {"gdelt": GDELT_COLUMNS, "mentions": MENTION_COLUMNS}


# Which events the event formats (plover, gdelt, mentions) export by default: done acts,
# as GDELT and POLECAT record them; "all" adds the planned, demanded, negated, habitual
# and historical ones (their status says which).
STATUS_CHOICES = ("done", "all")


def export(con: Any, fmt: str, out: str | None = None, header: bool = False,
           status: str = "done") -> int:
    """Write every record in format ``fmt`` to ``out`` (stdout when None); returns rows
    written. ``header``: a first row of column names (gdelt and mentions only);
    ``status``: "done" (the default) exports only done acts in the event formats."""
    if fmt not in EXPORT_FORMATS:
        raise DatelineError("E302", fmt=fmt, choices=", ".join(EXPORT_FORMATS))
    if fmt == "parquet":
        return _parquet(con, out or "dateline-parquet")
    rows = _rows(con, fmt, status == "done")
    handle: IO[str] = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    count = 0
    try:
        if header and fmt in _HEADERS:
            handle.write("\t".join(_HEADERS[fmt]) + "\n")
        for row in rows:
            handle.write(row + "\n")
            count += 1
    finally:
        if out:
            handle.close()
    return count


def _rows(con: Any, fmt: str, done_only: bool) -> Iterator[str]:
    if fmt == "jsonl":
        return _native(con)
    if fmt == "plover":
        return plover_lines(con, done_only)
    if fmt == "mentions":
        return mention_lines(con, done_only)
    from .geo import GdeltGeo

    return event_lines(con, GdeltGeo(), done_only)


def _native(con: Any) -> Iterator[str]:
    for (result,) in con.execute("SELECT result FROM documents ORDER BY id").fetchall():
        yield json.dumps(json.loads(result), ensure_ascii=False)


def _parquet(con: Any, folder: str) -> int:
    os.makedirs(folder, exist_ok=True)
    count = 0
    for table in TABLES:
        if table == "meta":
            continue
        path = os.path.join(folder, f"{table}.parquet").replace("'", "''")
        con.execute(f"COPY {table} TO '{path}' (FORMAT PARQUET)")
        count += con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return count
