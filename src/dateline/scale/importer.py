"""A finished shard into the DuckDB database, in one transaction (``code --workers``).

Documents are matched with what the database holds as the Store's own writes match
them: the same content only updates the input hash and path, changed content replaces
the document's records, a new document is added and placed in its story; a stored
document's old rejections go. If the shard cannot go in whole (a constraint the rows break), each document is
written on its own from its stored JSON, so one bad article is a rejection and the
others are kept: never half an article.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from ..records import Result
from ..store import PER_DOCUMENT, Store, columns
from .shard_writer import parquet_name


def import_shard(store: Store, folder: Path) -> Counter:
    """Add a shard's rows to the store; returns how many documents were added, replaced,
    unchanged and failed (could not be stored)."""
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        counts = _bulk(store, folder)
        con.execute("COMMIT")
        return counts
    except Exception:
        con.execute("ROLLBACK")
    return _one_by_one(store, folder)


def _source(folder: Path, table: str) -> str:
    path = str(folder / parquet_name(table)).replace("'", "''")
    return f"read_parquet('{path}')"


def _bulk(store: Store, folder: Path) -> Counter:
    con = store.con
    con.execute(f"CREATE OR REPLACE TEMP TABLE incoming AS SELECT * FROM {_source(folder, 'documents')}")
    added, replaced, unchanged = con.execute(
        "SELECT count(*) FILTER (d.id IS NULL), count(*) FILTER (d.content_hash <> i.content_hash), "
        "count(*) FILTER (d.content_hash = i.content_hash) "
        "FROM incoming i LEFT JOIN documents d ON d.id = i.id").fetchone()
    con.execute("UPDATE documents SET input_hash = i.input_hash, source_path = i.source_path "
                "FROM incoming i WHERE documents.id = i.id AND documents.content_hash = i.content_hash")
    con.execute("CREATE OR REPLACE TEMP TABLE going AS SELECT i.id FROM incoming i "
                "JOIN documents d ON d.id = i.id AND d.content_hash <> i.content_hash")
    for (doc_id,) in con.execute("SELECT id FROM going").fetchall():
        store.stories.remove(doc_id)
    for table in PER_DOCUMENT:
        con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT id FROM going)")
    con.execute("DELETE FROM documents WHERE id IN (SELECT id FROM going)")
    con.execute("CREATE OR REPLACE TEMP TABLE fresh AS SELECT id FROM incoming "
                "WHERE id NOT IN (SELECT id FROM documents)")
    names = ", ".join(f'"{c}"' for c in columns("documents"))
    con.execute(f"INSERT INTO documents ({names}) SELECT {names} FROM incoming "
                "WHERE id IN (SELECT id FROM fresh)")
    for table in PER_DOCUMENT:
        names = ", ".join(f'"{c}"' for c in columns(table))
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {_source(folder, table)} "
                    "WHERE doc_id IN (SELECT id FROM fresh)")
    store.stories.backfill()  # the new documents (no story yet) into their stories, in coding order
    con.execute("DELETE FROM rejections WHERE doc_id IN (SELECT id FROM incoming)")
    _rejections(store, folder)
    for temporary in ("incoming", "going", "fresh"):
        con.execute(f"DROP TABLE {temporary}")
    return Counter(added=added, replaced=replaced, unchanged=unchanged)


def _rejections(store: Store, folder: Path) -> None:
    names = ", ".join(f'"{c}"' for c in columns("rejections"))
    store.con.execute(f"INSERT OR IGNORE INTO rejections ({names}) SELECT {names} "
                      f"FROM {_source(folder, 'rejections')}")


def _one_by_one(store: Store, folder: Path) -> Counter:
    """Each document in its own transaction, rebuilt from its stored JSON."""
    counts: Counter = Counter()
    rows = store.con.execute(
        f"SELECT result, input_hash FROM {_source(folder, 'documents')}").fetchall()
    for result_json, input_hash in rows:
        result = Result.from_dict(json.loads(result_json))
        outcome = store.write_batch([(result, input_hash)])[0]
        counts["failed" if not isinstance(outcome, str) else outcome] += 1
    _rejections(store, folder)
    return counts
