"""The DuckDB schema: one table per record type, queryable by the explorer."""

from __future__ import annotations

SCHEMA_VERSION = 3

TABLES = {
    "documents": """
        CREATE TABLE IF NOT EXISTS documents (
            id VARCHAR PRIMARY KEY,
            url VARCHAR, outlet VARCHAR, title VARCHAR, published VARCHAR,
            language VARCHAR, text VARCHAR,
            boilerplate JSON, provenance JSON, source_path VARCHAR,
            content_hash VARCHAR NOT NULL,
            result JSON NOT NULL,
            coded_at TIMESTAMP DEFAULT current_timestamp,
            input_hash VARCHAR,
            story_id VARCHAR
        )""",
    "actors": """
        CREATE TABLE IF NOT EXISTS actors (
            doc_id VARCHAR NOT NULL, n INTEGER NOT NULL,
            text VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR, code VARCHAR,
            kind VARCHAR, start INTEGER, "end" INTEGER, entity INTEGER, evidence VARCHAR,
            PRIMARY KEY (doc_id, n)
        )""",
    "events": """
        CREATE TABLE IF NOT EXISTS events (
            id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, sentence INTEGER, text VARCHAR,
            trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
            plover_type VARCHAR, plover_mode VARCHAR[], plover_context VARCHAR[],
            cameo_code VARCHAR, cameo_root VARCHAR, quad_class INTEGER, goldstein DOUBLE,
            source_name VARCHAR, source_country VARCHAR, source_code VARCHAR,
            target_name VARCHAR, target_country VARCHAR, target_code VARCHAR,
            date VARCHAR, date_precision VARCHAR, date_text VARCHAR,
            location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
            speaker VARCHAR, status VARCHAR[], confidence DOUBLE, evidence VARCHAR,
            record JSON NOT NULL
        )""",
    "quotes": """
        CREATE TABLE IF NOT EXISTS quotes (
            id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, text VARCHAR, kind VARCHAR,
            start INTEGER, "end" INTEGER, speaker_name VARCHAR, speaker_country VARCHAR,
            speaker_text VARCHAR, cue VARCHAR, reported_by VARCHAR[], record JSON NOT NULL
        )""",
    "places": """
        CREATE TABLE IF NOT EXISTS places (
            doc_id VARCHAR NOT NULL, n INTEGER NOT NULL,
            text VARCHAR, name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE,
            geonameid BIGINT, feature VARCHAR, start INTEGER, "end" INTEGER,
            PRIMARY KEY (doc_id, n)
        )""",
    "times": """
        CREATE TABLE IF NOT EXISTS times (
            doc_id VARCHAR NOT NULL, n INTEGER NOT NULL,
            text VARCHAR, start INTEGER, "end" INTEGER, type VARCHAR, value VARCHAR,
            precision VARCHAR, PRIMARY KEY (doc_id, n)
        )""",
    "rejections": """
        CREATE TABLE IF NOT EXISTS rejections (
            key VARCHAR PRIMARY KEY, doc_id VARCHAR, stage VARCHAR, code VARCHAR,
            detail VARCHAR, seen_at TIMESTAMP DEFAULT current_timestamp
        )""",
    "meta": """
        CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    # The dedup stage's state: each stored document's normalised body hash, publication
    # time (UTC, sortable) and arrival order ...
    "story_signatures": """
        CREATE TABLE IF NOT EXISTS story_signatures (
            doc_id VARCHAR PRIMARY KEY, body_hash VARCHAR NOT NULL, published VARCHAR,
            arrival BIGINT NOT NULL
        )""",
    # ... and the LSH band keys of its MinHash: documents sharing a key are candidate copies.
    # (No index: DuckDB answers these look-ups with a scan and a hash join, and an index
    # would be held in memory and rewritten at every checkpoint.)
    "story_bands": """
        CREATE TABLE IF NOT EXISTS story_bands (band_key BIGINT NOT NULL, doc_id VARCHAR NOT NULL)""",
}

TABLES.update({
    # The feed watcher's state: per feed, what the last answer said (for conditional
    # requests) ...
    "watch_feeds": """
        CREATE TABLE IF NOT EXISTS watch_feeds (
            url VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR,
            polled_at TIMESTAMP, status VARCHAR
        )""",
    # ... and per entry (its id: a hash of its link or guid) the content hash last coded,
    # the document made of it, and its status: coded, rejected, retry (a fetch that may
    # work later), gave_up (still failing after the last retry).
    "watch_entries": """
        CREATE TABLE IF NOT EXISTS watch_entries (
            feed VARCHAR NOT NULL, entry VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
            doc_id VARCHAR, status VARCHAR NOT NULL, attempts INTEGER NOT NULL,
            seen_at TIMESTAMP DEFAULT current_timestamp, PRIMARY KEY (feed, entry)
        )""",
})


# Statements that bring a database made by an earlier version up to SCHEMA_VERSION
# (each safe to run again).
MIGRATIONS = (
    # 2: the input hash lets a rerun skip what is already stored (resuming a killed run)
    "ALTER TABLE documents ADD COLUMN IF NOT EXISTS input_hash VARCHAR",
    # 2: copies of one story share a story_id (the id of the story's original); null
    # until the dedup stage groups them
    "ALTER TABLE documents ADD COLUMN IF NOT EXISTS story_id VARCHAR",
    # 3: the dedup tables are created by TABLES; documents stored before version 3 are
    # placed in their stories when a writer opens the database (StoryIndex.backfill)
)

# Tables holding a document's records: replaced together when the document changes.
# (The dedup tables are kept in step by dedup.StoryIndex.)
PER_DOCUMENT = ("actors", "events", "quotes", "places", "times")
