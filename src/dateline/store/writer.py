"""Writing Results into DuckDB, idempotently and whole.

A document is keyed by its id. Coding the same input again adds nothing; a
changed article (same id, different content) replaces its old records. Records are
written in transactions (a batch of documents at a time, or one), so a document is
stored whole or not at all, whenever the process stops; an article whose records
cannot be written becomes a rejection and the others are still stored.

One process writes a database at a time (DuckDB's file lock): a second one gets
error E304, or waits its turn with ``wait=True``.
"""

from __future__ import annotations

import json
import os
import re
import signal
import time as clock
from collections.abc import Sequence

import duckdb

from ..dedup import DEFAULT_THRESHOLD, StoryIndex
from ..errors import DatelineError, message
from ..records import Rejection, Result, to_dict
from .rows import (DEFAULTED, RECORD_TABLES, columns, content_hash, rejection_row, result_rows,
                   to_arrow)
from .schema import MIGRATIONS, PER_DOCUMENT, SCHEMA_VERSION, TABLES

# How often a waiting writer tries the lock again, in seconds.
WAIT_POLL = 0.5
# Documents written on one connection before it is checkpointed, closed and opened again.
# DuckDB keeps the index entries a connection inserts in memory for as long as it lives,
# and loads them from the file lazily after a reopen: without this, memory grows with
# every document (about 13 MB per 1,000 BBC-sized articles). These are also the only
# checkpoints of a writing connection (see _WRITER_SETTINGS).
REOPEN_EVERY = 1000
# Settings of a writing connection. DuckDB's checkpoint merges the row groups that
# appends leave behind ("vacuum"), and each merge rewrites them whole, up to 122,880 rows
# a table: with the documents' stored JSON (about 30 kB each) a checkpoint's memory grew
# with the database, to a peak 1.9 times that of the BBC corpus once when coding it ten
# times over (benchmarks/memory.py). Without merging, a checkpoint writes what was
# appended since the last one, and no more. Each checkpoint starts new row groups, and a
# story look-up reads one block per row group of the columns it scans, so checkpoints are
# taken every REOPEN_EVERY documents rather than every 16 MB of log (DuckDB's default):
# fewer, larger row groups. What is not checkpointed is in the log, as before.
_WRITER_SETTINGS = ("SET max_vacuum_tasks = 0", "SET checkpoint_threshold = '1TB'")
_LOCK_HOLDER = re.compile(r"\(PID (\d+)\)")


def _fault_point(name: str) -> None:
    """Test hook for crash tests: ``DATELINE_KILL_AT=NAME:N`` kills this process with
    SIGKILL the N-th time it reaches point NAME (as a power cut would, mid-write)."""
    wanted = os.environ.get("DATELINE_KILL_AT")
    if not wanted or not wanted.startswith(name + ":"):
        return
    _FAULT_COUNTS[name] = _FAULT_COUNTS.get(name, 0) + 1
    if str(_FAULT_COUNTS[name]) == wanted.split(":", 1)[1]:
        os.kill(os.getpid(), signal.SIGKILL)


_FAULT_COUNTS: dict[str, int] = {}


def connect(path: str, read_only: bool = False, wait: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the database, turning DuckDB's lock and file errors into E304 / E301."""
    con = _open(path, read_only, wait)
    if not read_only:
        for setting in _WRITER_SETTINGS:
            con.execute(setting)
    return con


def _open(path: str, read_only: bool, wait: bool) -> duckdb.DuckDBPyConnection:
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            text = str(exc)
            if "lock" not in text.lower():
                raise DatelineError("E301", path=path, detail=text.split("\n")[0]) from exc
            if not wait:
                holder = _LOCK_HOLDER.search(text)
                raise DatelineError("E304", path=path,
                                    holder=f" (pid {holder.group(1)})" if holder else "") from exc
            clock.sleep(WAIT_POLL)


class Store:
    """A DuckDB database file with dateline's tables."""

    def __init__(self, path: str, read_only: bool = False, wait: bool = False,
                 story_threshold: float = DEFAULT_THRESHOLD) -> None:
        self.path = path
        self.con = connect(path, read_only=read_only, wait=wait)
        self._pending: dict[str, list[tuple]] = {}  # rows waiting for the next bulk insert
        self.stories = StoryIndex(self.con, story_threshold)
        self._since_reopen = 0
        if not read_only:
            try:
                self._create()
            except Exception:
                self.con.close()
                raise

    def _create(self) -> None:
        """Create the tables, or bring an older database up to this schema."""
        views = self.con.execute("SELECT count(*) FROM information_schema.tables WHERE "
                                 "table_schema = 'main' AND table_type = 'VIEW' AND "
                                 "table_name = 'documents'").fetchone()[0]
        if views:  # `dateline attach` made it: its tables are Parquet shards, read only
            raise DatelineError("E311", path=self.path)
        for ddl in TABLES.values():
            self.con.execute(ddl)
        for statement in MIGRATIONS:
            self.con.execute(statement)
        self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                         [str(SCHEMA_VERSION)])
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.stories.backfill()
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def is_current(self, doc_id: str, input_hash: str) -> bool:
        """True when the document is stored from this very input by this very coder."""
        row = self.con.execute("SELECT input_hash FROM documents WHERE id = ?", [doc_id]).fetchone()
        return row is not None and row[0] == input_hash

    def current(self, keys: Sequence[tuple[str, str]]) -> set[str]:
        """The ids among (doc id, input hash) pairs stored from that very input by this very
        coder: one query for a batch instead of one per document."""
        if not keys:
            return set()
        rows = self.con.execute(
            "SELECT id, input_hash FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))",
            [[doc_id for doc_id, _ in keys]]).fetchall()
        stored = dict(rows)
        return {doc_id for doc_id, input_hash in keys if stored.get(doc_id) == input_hash}

    def stored_result(self, doc_id: str) -> dict | None:
        """The per-document JSON stored for ``doc_id``, or None."""
        row = self.con.execute("SELECT result FROM documents WHERE id = ?", [doc_id]).fetchone()
        return None if row is None else json.loads(row[0])

    def write(self, result: Result, input_hash: str | None = None) -> str:
        """Store one Result in its own transaction; returns 'added', 'replaced' or
        'unchanged'. On failure nothing of it is written and the error is raised."""
        return self._transaction([(result, input_hash)])[0]

    def write_batch(self, items: Sequence[tuple[Result, str | None]]) -> list[str | Rejection]:
        """Store several Results in one transaction (fast); if that fails, each in its own,
        so one article that cannot be stored becomes a Rejection (stored too) and the
        others are kept. Returns, per item, its outcome or its Rejection."""
        if not items:
            return []
        try:
            return list(self._transaction(items))
        except Exception:
            pass
        outcomes: list[str | Rejection] = []
        for result, input_hash in items:
            try:
                outcomes.append(self.write(result, input_hash))
            except Exception as exc:
                doc = result.document
                detail = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
                rejection = Rejection(doc.id, "store", "E303", message(
                    "E303", doc_id=doc.source_path or doc.url or doc.id, detail=detail))
                self.write_rejection(rejection)
                outcomes.append(rejection)
        return outcomes

    def _transaction(self, items: Sequence[tuple[Result, str | None]]) -> list[str]:
        """Write items in one transaction: all of them, or (raising) none."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            outcomes = self._write_many(items)
            _fault_point("commit")
            self.con.execute("COMMIT")
        except BaseException:
            self._pending = {}
            self.stories.forget()
            self.con.execute("ROLLBACK")
            raise
        self._written(len(items))
        return outcomes

    def _written(self, count: int) -> None:
        """Count documents written; past REOPEN_EVERY, reopen the connection (see there)."""
        self._since_reopen += count
        if self._since_reopen < REOPEN_EVERY:
            return
        self._since_reopen = 0
        self.con.execute("CHECKPOINT")
        self.con.close()
        self.con = connect(self.path, wait=True)
        self.stories.con = self.con

    def _write_many(self, items: Sequence[tuple[Result, str | None]]) -> list[str]:
        """Replace the documents' records (inside the caller's transaction), as if written
        one after the other: a later copy of a document in the batch wins."""
        ids = list({result.document.id for result, _ in items})
        rows = self.con.execute(
            "SELECT id, content_hash, story_id FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))",
            [ids]).fetchall()
        batch = _Batch({doc_id: digest for doc_id, digest, _ in rows})
        outcomes = [batch.add(result, input_hash) for result, input_hash in items]
        stories = {doc_id: story for doc_id, _, story in rows}
        for result, _ in items:  # an unchanged copy keeps its story
            result.document.story_id = stories.get(result.document.id)
        self.con.execute("DELETE FROM rejections WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        for doc_id in batch.replaced:
            self.stories.remove(doc_id)
        if batch.replaced:
            for table in PER_DOCUMENT:
                self.con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                                 [batch.replaced])
            self.con.execute("DELETE FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                             [batch.replaced])
        if batch.touched:
            self.con.executemany("UPDATE documents SET input_hash = ?, source_path = ? WHERE id = ?",
                                 [[h, path, doc_id] for doc_id, (h, path) in batch.touched.items()])
        inserts = batch.inserts()
        # stories first: a later copy in the batch may merge two
        self.stories.place_many([(result.document.id, result.document.text, result.document.published)
                                 for result, *_ in inserts])
        for result, data, digest, input_hash, source_path in inserts:
            doc = result.document
            doc.story_id = self.stories.staged[doc.id][1]
            data["document"]["story_id"] = doc.story_id
            self._insert(result, data, digest, input_hash, source_path)
        self.stories.staged.clear()
        self._flush()
        return outcomes

    def write_rejection(self, rejection: Rejection) -> None:
        """Store a rejection once (the same failure seen again is not duplicated)."""
        self.con.execute("INSERT OR IGNORE INTO rejections (key, doc_id, stage, code, detail) "
                         "VALUES (?, ?, ?, ?, ?)", list(rejection_row(rejection)[:5]))

    def counts(self) -> dict[str, int]:
        """Row count of every table."""
        return {table: self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in TABLES if table != "meta"}

    def _insert(self, result: Result, data: dict, digest: str, input_hash: str | None,
                source_path: str | None = None) -> None:
        """Add one document's rows to those the next flush writes (``source_path`` for the
        path column when a later unchanged copy in the batch moved it)."""
        rows = result_rows(result, input_hash, data, digest)
        if source_path != result.document.source_path:
            rows["documents"] = [_with_path(row, source_path) for row in rows["documents"]]
        for table, table_rows in rows.items():
            self._pending.setdefault(table, []).extend(table_rows)

    def _flush(self) -> None:
        """Insert the pending rows, one bulk insert per table (Arrow, not row by row)."""
        pending, self._pending = self._pending, {}
        for table in RECORD_TABLES:
            rows = pending.get(table)
            if not rows:
                continue
            batch = to_arrow(table, rows)
            skip = DEFAULTED.get(table, ())
            self.con.register("_dateline_batch", batch)
            try:
                names = ", ".join(f'"{c}"' for c in batch.column_names if c not in skip)
                self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _dateline_batch")
            finally:
                self.con.unregister("_dateline_batch")
            _fault_point("insert")


def _with_path(row: tuple, source_path: str | None) -> tuple:
    at = columns("documents").index("source_path")
    return row[:at] + (source_path,) + row[at + 1:]


class _Batch:
    """What writing a batch does to each document, as if its items were written in turn."""

    def __init__(self, stored: dict[str, str]) -> None:
        self.stored = stored  # doc id -> content hash in the database
        # doc id -> (result, its JSON, content hash, input hash, source path)
        self.pending: dict[str, tuple[Result, dict, str, str | None, str | None]] = {}
        self.replaced: list[str] = []  # stored documents whose records go
        self.touched: dict[str, tuple[str | None, str | None]] = {}  # unchanged: new hash, path

    def add(self, result: Result, input_hash: str | None) -> str:
        doc = result.document
        data = to_dict(result)
        digest = content_hash(data)
        if doc.id in self.pending:
            earlier = self.pending[doc.id]
            if earlier[2] == digest:  # its rows stay; its input hash and path are updated
                self.pending[doc.id] = earlier[:3] + (input_hash, doc.source_path)
                return "unchanged"
            del self.pending[doc.id]  # stored later than the others: it arrives last
            self.pending[doc.id] = (result, data, digest, input_hash, doc.source_path)
            return "replaced"
        old = self.stored.get(doc.id)
        if old == digest:
            self.touched[doc.id] = (input_hash, doc.source_path)
            return "unchanged"
        if old is not None:
            self.replaced.append(doc.id)
            self.touched.pop(doc.id, None)
        self.pending[doc.id] = (result, data, digest, input_hash, doc.source_path)
        return "added" if old is None else "replaced"

    def inserts(self) -> list[tuple[Result, dict, str, str | None, str | None]]:
        return list(self.pending.values())
