"""One shard's records as Parquet files: one file per table, the database's columns.

``ShardWriter`` takes the place of the Store in a ``CodingRun``, so a shard is coded by
the very loop ``dateline code`` uses (batches, per-article fault isolation). Rows are
laid out by ``store.rows`` and written in row groups, so memory stays flat however
large the shard. A document found twice in a shard is kept once, as the database keeps
it: the later copy wins, and a rejection that a later success of the same document
overrides is dropped. Files are written under temporary names and renamed when whole.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import message
from ..records import Rejection, Result, to_dict
from ..store import RECORD_TABLES, content_hash, rejection_row, result_rows, to_arrow

TABLES = RECORD_TABLES + ("rejections",)
# Documents per Parquet row group: large enough to compress well, small enough that a
# worker holds a few megabytes of rows at a time.
ROW_GROUP_DOCUMENTS = 500
TEMPORARY = ".tmp"


def parquet_name(table: str) -> str:
    return f"{table}.parquet"


class ShardWriter:
    """A Store-like sink for CodingRun writing one shard's Parquet files into ``folder``."""

    def __init__(self, folder: Path, known: dict[str, str] | None = None) -> None:
        import pyarrow.parquet as pq

        from ..store import arrow_schemas

        self.folder = folder
        self.known = known or {}  # doc id -> input hash already stored (code --workers)
        schemas = arrow_schemas()
        self.writers = {table: pq.ParquetWriter(self._temporary(table), schemas[table])
                        for table in RECORD_TABLES}
        self.buffers: dict[str, list[Any]] = {table: [] for table in RECORD_TABLES}
        self.buffered = 0
        self.clock = 0  # the order in which items reached the writer
        self.occurrences: list[str] = []  # doc id of each stored document, in file order
        self.rows: dict[str, list[int]] = {table: [] for table in RECORD_TABLES}  # per occurrence
        self.kept: dict[str, int] = {}  # doc id -> the occurrence whose rows are kept
        self.touched: dict[str, tuple] = {}  # doc id -> (input hash, path) of a later same copy
        self.stored_at: dict[str, int] = {}  # doc id -> clock of its last successful write
        self.digests: dict[str, str] = {}
        self.input_hashes: dict[str, str | None] = {}  # doc id -> input hash as stored
        self.rejections: list[tuple[int, tuple]] = []
        self.rejected: dict[int, Rejection] = {}  # id() of a Result whose rows failed -> why

    def _temporary(self, table: str) -> str:
        return str(self.folder / (parquet_name(table) + TEMPORARY))

    # --- what CodingRun asks of a store -------------------------------------------------

    def current(self, keys: Sequence[tuple[str, str]]) -> set[str]:
        """Documents stored from this very input: before the run, or earlier in the shard."""
        return {doc_id for doc_id, input_hash in keys
                if self.input_hashes.get(doc_id, self.known.get(doc_id)) == input_hash}

    def stored_result(self, doc_id: str) -> None:
        return None

    def write_rejection(self, rejection: Rejection) -> None:
        self.clock += 1
        self.rejections.append((self.clock, rejection_row(rejection, _now())))

    def write_batch(self, items: Sequence[tuple[Result, str | None]]) -> list[str | Rejection]:
        """Lay out the batch's rows; a document whose rows cannot be laid out is rejected."""
        coded_at = _now()
        prepared = []
        for result, input_hash in items:
            data = to_dict(result)
            prepared.append((result, content_hash(data), result_rows(result, input_hash, data,
                                                                     coded_at=coded_at)))
        try:
            self._buffer([rows for _, _, rows in prepared])
            kept = prepared
        except Exception:  # one odd document: find it, keep the others
            kept = []
            for item in prepared:
                try:
                    self._buffer([item[2]])
                    kept.append(item)
                except Exception as exc:
                    self._reject(item[0], exc)
        hashes = {id(result): input_hash for result, input_hash in items}
        statuses = {id(result): self._note(result, digest, rows, hashes[id(result)])
                    for result, digest, rows in kept}
        outcomes: list[str | Rejection] = []
        for result, _ in items:
            outcomes.append(statuses.get(id(result)) or self.rejected[id(result)])
        if self.buffered >= ROW_GROUP_DOCUMENTS:
            self._flush()
        return outcomes

    # --- bookkeeping ------------------------------------------------------------------------

    def _reject(self, result: Result, exc: Exception) -> None:
        doc = result.document
        rejection = Rejection(doc.id, "store", "E303", message(
            "E303", doc_id=doc.source_path or doc.url or doc.id, detail=f"{type(exc).__name__}: {exc}"))
        self.write_rejection(rejection)
        self.rejected[id(result)] = rejection

    def _buffer(self, documents: list[dict[str, list[tuple]]]) -> None:
        tables = {table: to_arrow(table, [row for rows in documents for row in rows[table]])
                  for table in RECORD_TABLES}
        for table, rows in tables.items():
            self.buffers[table].append(rows)
        self.buffered += len(documents)

    def _note(self, result: Result, digest: str, rows: dict[str, list[tuple]],
              input_hash: str | None) -> str:
        """Record where a document's rows are, and what writing it did, as the Store would:
        an unchanged copy only updates the kept copy's input hash and path."""
        doc = result.document
        self.clock += 1
        self.stored_at[doc.id] = self.clock
        earlier = self.digests.get(doc.id)
        self.digests[doc.id] = digest
        self.occurrences.append(doc.id)
        self.input_hashes[doc.id] = input_hash
        for table in RECORD_TABLES:
            self.rows[table].append(len(rows[table]))
        if earlier == digest:
            self.touched[doc.id] = (input_hash, doc.source_path)
            return "unchanged"
        self.kept[doc.id] = len(self.occurrences) - 1
        self.touched.pop(doc.id, None)
        return "added" if earlier is None else "replaced"

    def _flush(self) -> None:
        import pyarrow as pa

        for table, parts in self.buffers.items():
            if parts:
                self.writers[table].write_table(pa.concat_tables(parts))
        self.buffers = {table: [] for table in RECORD_TABLES}
        self.buffered = 0

    # --- finishing ----------------------------------------------------------------------------

    def close(self) -> dict[str, int]:
        """Write what is left, keep one copy per document, and give each file its name.
        Returns the row count of each table."""
        import pyarrow.parquet as pq

        self._flush()
        for writer in self.writers.values():
            writer.close()
        if len(self.kept) < len(self.occurrences):
            self._keep_one_copy()
        rejections = self._rejection_rows()
        pq.write_table(to_arrow("rejections", rejections), self._temporary("rejections"))
        counts = {}
        for table in TABLES:
            os.replace(self._temporary(table), self.folder / parquet_name(table))
            counts[table] = pq.read_metadata(self.folder / parquet_name(table)).num_rows
        return counts

    def _keep_one_copy(self) -> None:
        """Rewrite the files with one copy of each document: the rows of its kept copy,
        with the input hash and path of a later unchanged copy."""
        import numpy
        import pyarrow as pa
        import pyarrow.parquet as pq

        kept = set(self.kept.values())
        keep = numpy.array([n in kept for n in range(len(self.occurrences))])
        for table in RECORD_TABLES:
            path = self._temporary(table)
            rows = pq.read_table(path).filter(numpy.repeat(keep, self.rows[table]))
            if table == "documents" and self.touched:
                columns = {name: rows.column(name).to_pylist()
                           for name in ("id", "input_hash", "source_path")}
                for n, doc_id in enumerate(columns["id"]):
                    if doc_id in self.touched:
                        columns["input_hash"][n], columns["source_path"][n] = self.touched[doc_id]
                for name in ("input_hash", "source_path"):
                    rows = rows.set_column(rows.schema.get_field_index(name), name,
                                           pa.array(columns[name], type=pa.string()))
            pq.write_table(rows, path)

    def _rejection_rows(self) -> list[tuple]:
        """Rejections as the database would hold them: once per key, and none that a later
        success of the same document cleared."""
        rows, seen = [], set()
        for clock, row in self.rejections:
            key, doc_id = row[0], row[1]
            stored = self.stored_at.get(doc_id) if doc_id else None
            if key in seen or (stored is not None and stored > clock):
                continue
            seen.add(key)
            rows.append(row)
        return rows


def _now() -> datetime.datetime:
    """The time of coding, as DuckDB's current_timestamp stores it in a TIMESTAMP column."""
    return datetime.datetime.now()
