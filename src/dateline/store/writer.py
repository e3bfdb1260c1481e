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
from typing import Any

import duckdb

from ..dedup import DEFAULT_THRESHOLD, StoryIndex
from ..errors import DatelineError, message
from ..records import Actor, Rejection, Result, stable_id, to_dict
from .schema import MIGRATIONS, PER_DOCUMENT, SCHEMA_VERSION, TABLES

# How often a waiting writer tries the lock again, in seconds.
WAIT_POLL = 0.5
# Documents written on one connection before it is closed and opened again. DuckDB keeps
# the index entries a connection inserts in memory for as long as it lives, and loads
# them from the file lazily after a reopen: without this, memory grows with every
# document (about 13 MB per 1,000 BBC-sized articles); with it, it stays flat.
REOPEN_EVERY = 1000
_LOCK_HOLDER = re.compile(r"\(PID (\d+)\)")


def _columns(actor: Actor | None) -> tuple[str | None, str | None, str | None]:
    if actor is None:
        return None, None, None
    return actor.name, actor.country, actor.code


def _content_hash(data: dict) -> str:
    """Hash of a Result's JSON, ignoring which file it came from (a copy is not a change)
    and which story it is in (the store decides that)."""
    document = dict(data["document"], source_path=None, story_id=None)
    return stable_id(json.dumps(dict(data, document=document), sort_keys=True), length=32)


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

    def stored_result(self, doc_id: str) -> dict | None:
        """The per-document JSON stored for ``doc_id``, or None."""
        row = self.con.execute("SELECT result FROM documents WHERE id = ?", [doc_id]).fetchone()
        return None if row is None else json.loads(row[0])

    def write(self, result: Result, input_hash: str | None = None) -> str:
        """Store one Result in its own transaction; returns 'added', 'replaced' or
        'unchanged'. On failure nothing of it is written and the error is raised."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            outcome = self._write(result, input_hash)
            _fault_point("commit")
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return outcome

    def write_batch(self, items: Sequence[tuple[Result, str | None]]) -> list[str | Rejection]:
        """Store several Results in one transaction (fast); if that fails, each in its own,
        so one article that cannot be stored becomes a Rejection (stored too) and the
        others are kept. Returns, per item, its outcome or its Rejection."""
        if not items:
            return []
        self.con.execute("BEGIN TRANSACTION")
        try:
            outcomes: list[str | Rejection] = [self._write(r, h) for r, h in items]
            _fault_point("commit")
            self.con.execute("COMMIT")
            self._written(len(items))
            return outcomes
        except Exception:
            self.con.execute("ROLLBACK")
        outcomes = []
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

    def _write(self, result: Result, input_hash: str | None) -> str:
        """Replace one document's records (inside the caller's transaction)."""
        doc = result.document
        data = to_dict(result)
        digest = _content_hash(data)
        row = self.con.execute("SELECT content_hash, story_id FROM documents WHERE id = ?",
                               [doc.id]).fetchone()
        self.con.execute("DELETE FROM rejections WHERE doc_id = ?", [doc.id])
        if row is not None and row[0] == digest:
            self.con.execute("UPDATE documents SET input_hash = ?, source_path = ? WHERE id = ?",
                             [input_hash, doc.source_path, doc.id])
            doc.story_id = row[1]
            return "unchanged"
        if row is not None:
            self.stories.remove(doc.id)
            for table in PER_DOCUMENT:
                self.con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc.id])
            self.con.execute("DELETE FROM documents WHERE id = ?", [doc.id])
        doc.story_id = self.stories.place(doc.id, doc.text, doc.published)
        data["document"]["story_id"] = doc.story_id
        self._insert(result, data, digest, input_hash)
        return "replaced" if row is not None else "added"

    def write_rejection(self, rejection: Rejection) -> None:
        """Store a rejection once (the same failure seen again is not duplicated)."""
        key = stable_id(rejection.doc_id, rejection.stage, rejection.code, rejection.detail)
        self.con.execute("INSERT OR IGNORE INTO rejections (key, doc_id, stage, code, detail) "
                         "VALUES (?, ?, ?, ?, ?)",
                         [key, rejection.doc_id, rejection.stage, rejection.code, rejection.detail])

    def counts(self) -> dict[str, int]:
        """Row count of every table."""
        return {table: self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in TABLES if table != "meta"}

    def _insert(self, result: Result, data: dict, digest: str, input_hash: str | None) -> None:
        doc = result.document
        self.con.execute(
            "INSERT INTO documents (id, url, outlet, title, published, language, text, boilerplate,"
            " provenance, source_path, content_hash, result, input_hash, story_id)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [doc.id, doc.url, doc.outlet, doc.title, doc.published, doc.language, doc.text,
             json.dumps(data["document"]["boilerplate"]), json.dumps(data["document"]["provenance"]),
             doc.source_path, digest, json.dumps(data), input_hash, doc.story_id])
        self._many("actors", [
            [doc.id, n, a.text, a.name, a.country, a.sector, a.code, a.kind, a.start, a.end,
             a.entity, a.evidence] for n, a in enumerate(result.actors)])
        self._many("events", [self._event_row(e, d) for e, d in zip(result.events, data["events"])])
        self._many("quotes", [
            [q.id, doc.id, q.text, q.kind, q.start, q.end,
             q.speaker.name if q.speaker else None, q.speaker.country if q.speaker else None,
             q.speaker_text, q.cue, q.reported_by, json.dumps(d)]
            for q, d in zip(result.quotes, data["quotes"])])
        self._many("places", [
            [doc.id, n, p.text, p.name, p.country, p.lat, p.lon, p.geonameid, p.feature,
             p.start, p.end] for n, p in enumerate(result.places)])
        self._many("times", [
            [doc.id, n, t.text, t.start, t.end, t.type, t.value, t.precision]
            for n, t in enumerate(result.times)])

    @staticmethod
    def _event_row(e: Any, record: dict) -> list:
        loc = e.location
        dyad = e.pairs()[0]  # the first dyad: never an actor with itself
        speaker = e.attribution.speaker.name if e.attribution and e.attribution.speaker else None
        return [e.id, e.doc_id, e.sentence, e.text, e.trigger.text, e.trigger.start, e.trigger.end,
                e.plover.type, e.plover.mode, e.plover.context, e.cameo.code, e.cameo.root,
                e.cameo.quad_class, e.cameo.goldstein, *_columns(dyad[0]), *_columns(dyad[1]),
                e.date, e.date_precision, e.date_text,
                loc.name if loc else None, loc.country if loc else None,
                loc.lat if loc else None, loc.lon if loc else None,
                speaker, e.status, e.confidence, e.evidence, json.dumps(record)]

    def _many(self, table: str, rows: list[list]) -> None:
        if rows:
            marks = ",".join("?" * len(rows[0]))
            self.con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
            _fault_point("insert")
