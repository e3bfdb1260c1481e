"""Writing Results into DuckDB, idempotently.

A document is keyed by its id. Coding the same input again adds nothing; a
changed article (same id, different content) replaces its old records in one
transaction, so no half-written document is ever visible.
"""

from __future__ import annotations

import json
from typing import Any

import duckdb

from ..errors import DatelineError
from ..records import Actor, Rejection, Result, stable_id, to_dict
from .schema import PER_DOCUMENT, SCHEMA_VERSION, TABLES


def _columns(actor: Actor | None) -> tuple[str | None, str | None, str | None]:
    if actor is None:
        return None, None, None
    return actor.name, actor.country, actor.code


def _content_hash(data: dict) -> str:
    """Hash of a Result's JSON, ignoring which file it came from (a copy is not a change)."""
    document = dict(data["document"], source_path=None)
    return stable_id(json.dumps(dict(data, document=document), sort_keys=True), length=32)


class Store:
    """A DuckDB database file with dateline's tables."""

    def __init__(self, path: str, read_only: bool = False) -> None:
        self.path = path
        try:
            self.con = duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            raise DatelineError("E301", path=path, detail=str(exc)) from exc
        if not read_only:
            for ddl in TABLES.values():
                self.con.execute(ddl)
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                             [str(SCHEMA_VERSION)])

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write(self, result: Result) -> str:
        """Store one Result; returns 'added', 'replaced' or 'unchanged'."""
        doc = result.document
        data = to_dict(result)
        digest = _content_hash(data)
        row = self.con.execute("SELECT content_hash FROM documents WHERE id = ?", [doc.id]).fetchone()
        if row is not None and row[0] == digest:
            return "unchanged"
        self.con.execute("BEGIN TRANSACTION")
        try:
            if row is not None:
                for table in PER_DOCUMENT:
                    self.con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc.id])
                self.con.execute("DELETE FROM documents WHERE id = ?", [doc.id])
            self._insert(result, data, digest)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
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

    def _insert(self, result: Result, data: dict, digest: str) -> None:
        doc = result.document
        self.con.execute(
            "INSERT INTO documents (id, url, outlet, title, published, language, text, boilerplate,"
            " provenance, source_path, content_hash, result) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [doc.id, doc.url, doc.outlet, doc.title, doc.published, doc.language, doc.text,
             json.dumps(data["document"]["boilerplate"]), json.dumps(data["document"]["provenance"]),
             doc.source_path, digest, json.dumps(data)])
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
