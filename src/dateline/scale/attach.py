"""The Parquet shards of a scaled-out run, queryable from a DuckDB database.

``attach(out, db)`` creates views named like the database's tables (documents, actors,
events, quotes, places, times, rejections) over ``OUT/shards/*/TABLE.parquet``, with the
database's columns and types, so ``summary``, ``export`` and ``serve`` read them as they
read a coded database. Only finished shards are there to read (a shard's folder appears
whole). A document coded in more than one shard (the same URL in two WARC files) is
shown once, from its most recent coding, with that coding's records. Shards finished
after ``attach`` are seen at once; copies are grouped into stories when ``attach`` runs
(attach again after more shards finish).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import duckdb

from ..errors import DatelineError
from ..store import PER_DOCUMENT, SCHEMA_VERSION, TABLES, columns, connect, json_columns
from .shard_writer import parquet_name
from .worker import MANIFEST, SHARDS

VIEWS = ("documents",) + PER_DOCUMENT + ("rejections",)
# The shard each document is shown from (its most recent coding).
CHOSEN = "dateline_shard_of_document"
STORIES = "stories"


def finished_shards(out: Path) -> list[Path]:
    folder = out / SHARDS
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if (p / MANIFEST).is_file())


def _files(out: Path, table: str) -> str:
    pattern = str(out / SHARDS / "*" / parquet_name(table)).replace("'", "''")
    return f"read_parquet('{pattern}', filename = true)"


def _select(table: str, alias: str) -> str:
    """The table's columns in the database's order, JSON columns typed as JSON again."""
    typed = set(json_columns()[table])
    return ", ".join(f'{alias}."{c}"::JSON AS "{c}"' if c in typed else f'{alias}."{c}"'
                     for c in columns(table))


def attach(out: str, db: str) -> dict[str, int]:
    """Create (or renew) the views of ``db`` over the shards in ``out``; returns the row
    count of each view."""
    folder = Path(os.path.abspath(out))
    shards = finished_shards(folder)
    if not shards:
        raise DatelineError("E306", path=out)
    con = connect(db)
    try:
        tables = {name for (name,) in con.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'main' AND table_type = 'BASE TABLE'").fetchall()}
        if tables & set(VIEWS):
            raise DatelineError("E305", path=db)
        con.execute(TABLES["meta"])
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?), ('attached_from', ?)",
                    [str(SCHEMA_VERSION), str(folder)])
        con.execute(f"CREATE TABLE IF NOT EXISTS {STORIES} (doc_id VARCHAR PRIMARY KEY, story_id VARCHAR)")
        for statement in _views(folder):
            con.execute(statement)
        group_stories(con)
        return {view: con.execute(f"SELECT count(*) FROM {view}").fetchone()[0] for view in VIEWS}
    finally:
        con.close()


def _views(folder: Path) -> list[str]:
    # the story from the grouping at attach time, in its column and in the document's JSON
    documents = _select("documents", "d").replace(
        'd."story_id"', 'coalesce(s.story_id, d."story_id") AS "story_id"').replace(
        'd."result"::JSON', "json_merge_patch(d.\"result\"::JSON, json_object('document', "
                           "json_object('story_id', coalesce(s.story_id, d.\"story_id\"))))")
    statements = [
        f"""CREATE OR REPLACE VIEW {CHOSEN} AS
            SELECT id, shard FROM (
                SELECT id, parse_dirpath(filename) AS shard, row_number() OVER (
                    PARTITION BY id ORDER BY coded_at DESC, filename DESC) AS copy
                FROM {_files(folder, 'documents')})
            WHERE copy = 1""",
        f"""CREATE OR REPLACE VIEW documents AS
            SELECT {documents} FROM {_files(folder, 'documents')} d
            JOIN {CHOSEN} c ON c.id = d.id AND c.shard = parse_dirpath(d.filename)
            LEFT JOIN {STORIES} s ON s.doc_id = d.id""",
    ]
    for table in PER_DOCUMENT:
        statements.append(f"""CREATE OR REPLACE VIEW {table} AS
            SELECT {_select(table, 'r')} FROM {_files(folder, table)} r
            JOIN {CHOSEN} c ON c.id = r.doc_id AND c.shard = parse_dirpath(r.filename)""")
    # a rejection once per key, and not when the document was coded after it failed
    statements.append(f"""CREATE OR REPLACE VIEW rejections AS
        SELECT {_select('rejections', 'r')} FROM (
            SELECT *, row_number() OVER (PARTITION BY key ORDER BY seen_at) AS copy
            FROM {_files(folder, 'rejections')}) r
        WHERE r.copy = 1 AND NOT EXISTS (
            SELECT 1 FROM documents d WHERE d.id = r.doc_id AND d.coded_at > r.seen_at)""")
    return statements


def group_stories(con) -> int:
    """Group the attached documents' copies into stories (the dedup stage's
    ``StoryIndex``, as ``dateline code`` does when it stores): fills ``stories`` (doc_id,
    story_id), which the documents view reads its ``story_id`` from. The shards' texts
    are grouped in a scratch database file (on disk: a corpus need not fit in memory),
    in the order they were coded; returns the number of documents placed."""
    with tempfile.TemporaryDirectory(prefix="dateline-attach-") as folder:
        scratch = duckdb.connect(os.path.join(folder, "stories.duckdb"))
        try:
            return _group(con, scratch)
        finally:
            scratch.close()


def _group(con, scratch) -> int:
    """Copy (id, text, published, coded_at) into ``scratch`` and group there, streamed in
    Arrow batches both ways."""
    for table in ("story_signatures", "story_bands"):
        scratch.execute(TABLES[table])
    scratch.execute("CREATE TABLE documents (id VARCHAR PRIMARY KEY, text VARCHAR, published VARCHAR, "
                    "coded_at TIMESTAMP, story_id VARCHAR, result JSON)")
    attached = con.sql("SELECT id, text, published, coded_at FROM documents").to_arrow_reader()
    scratch.register("attached", attached)
    scratch.execute("INSERT INTO documents SELECT id, text, published, coded_at, NULL, '{}' FROM attached")
    from ..dedup import StoryIndex

    placed = StoryIndex(scratch).backfill()
    stories = scratch.sql("SELECT id, story_id FROM documents").to_arrow_reader()
    con.execute(f"DELETE FROM {STORIES}")
    con.register("grouped", stories)
    con.execute(f"INSERT INTO {STORIES} SELECT id, story_id FROM grouped")
    con.unregister("grouped")
    return placed
