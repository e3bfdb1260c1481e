"""The store: idempotent writes, atomic replacement, exports."""

import csv
import json

import pytest

from dateline.errors import DatelineError
from dateline.records import (Actor, Cameo, Document, Event, Place, Plover, Quote, Rejection,
                              Result, Span)
from dateline.store import Store, export, writer
from dateline.store.export import GDELT_COLUMNS


def _result(text="Chad troops attacked rebels near Abeche.", doc_id="doc-1") -> Result:
    chad = Actor("Chad troops", "Chad", 0, 11, "TCD", "MIL", "TCDMIL", "group", entity=0)
    rebels = Actor("rebels", "rebels", 21, 27, None, "REB", "REB", "group", entity=1)
    event = Event(id=f"{doc_id}-e1", doc_id=doc_id, sentence=0, text=text,
                  trigger=Span("attacked", 12, 20), plover=Plover("ASSAULT"),
                  cameo=Cameo("190", "19", 4, -10.0), source=[chad], target=[rebels],
                  date="2024-03-05", date_precision="day",
                  location=Place("Abeche", "Abeche", 33, 39, "TCD", 13.83, 20.83, 2436400, "city"))
    quote = Quote(f"{doc_id}-q1", doc_id, "we will win", "direct", 0, 11, speaker=chad)
    doc = Document(id=doc_id, text=text, url=f"http://example.org/{doc_id}", published="2024-03-06")
    return Result(document=doc, actors=[chad, rebels], events=[event], quotes=[quote])


def test_writing_twice_adds_nothing(tmp_path):
    with Store(str(tmp_path / "t.duckdb")) as store:
        assert store.write(_result()) == "added"
        before = store.counts()
        assert store.write(_result()) == "unchanged"
        assert store.counts() == before
        assert before["documents"] == 1 and before["events"] == 1 and before["actors"] == 2


def test_changed_document_replaces_its_records(tmp_path):
    with Store(str(tmp_path / "t.duckdb")) as store:
        store.write(_result())
        changed = _result(text="Chad troops attacked rebels near Abeche on Tuesday.")
        changed.actors = changed.actors[:1]
        assert store.write(changed) == "replaced"
        counts = store.counts()
        assert counts["documents"] == 1 and counts["actors"] == 1
        text = store.con.execute("SELECT text FROM events").fetchone()[0]
        assert text.endswith("on Tuesday.")


def test_failed_write_leaves_old_records(tmp_path):
    with Store(str(tmp_path / "t.duckdb")) as store:
        store.write(_result())
        broken = _result(text="changed text")
        broken.events.append(broken.events[0])  # duplicate primary key: the insert fails
        with pytest.raises(Exception):
            store.write(broken)
        assert store.counts()["events"] == 1
        assert store.con.execute("SELECT text FROM documents").fetchone()[0].startswith("Chad")


def test_rejections_are_stored_once(tmp_path):
    with Store(str(tmp_path / "t.duckdb")) as store:
        rejection = Rejection(None, "ingest", "E103", "[E103] a.txt: empty input")
        store.write_rejection(rejection)
        store.write_rejection(rejection)
        assert store.counts()["rejections"] == 1


def test_exports(tmp_path):
    db = str(tmp_path / "t.duckdb")
    with Store(db) as store:
        store.write(_result())
        store.write(_result(doc_id="doc-2"))
        native = tmp_path / "n.jsonl"
        assert export(store.con, "jsonl", str(native)) == 2
        first = json.loads(native.read_text().splitlines()[0])
        assert Result.from_dict(first).events[0].cameo.code == "190"
        plover = tmp_path / "p.jsonl"
        export(store.con, "plover", str(plover))
        row = json.loads(plover.read_text().splitlines()[0])
        assert row["event"] == ["ASSAULT"] and row["actor"][0]["code"] == "TCD"
        assert row["event_loc"]["resolved_place"] == "Abeche"
        gdelt = tmp_path / "g.tsv"
        export(store.con, "gdelt", str(gdelt), header=True)
        rows = list(csv.reader(gdelt.open(), delimiter="\t"))
        assert len(rows[0]) == 61 == len(GDELT_COLUMNS)
        record = dict(zip(rows[0], rows[1]))
        assert record["SQLDATE"] == "20240305" and record["Actor1Code"] == "TCDMIL"
        assert record["EventRootCode"] == "19" and record["QuadClass"] == "4"
        assert record["ActionGeo_FullName"] == "Abeche, Chad" and record["ActionGeo_Type"] == "4"
        assert record["SOURCEURL"] == "http://example.org/doc-1"
        assert export(store.con, "parquet", str(tmp_path / "pq")) > 0
        assert (tmp_path / "pq" / "events.parquet").exists()
        with pytest.raises(DatelineError):
            export(store.con, "xml")


def test_reciprocal_event_row_shows_a_real_dyad(tmp_path):
    result = _result()
    event = result.events[0]
    event.target = list(event.source) + [event.target[0]]
    event.source = list(event.target)
    with Store(str(tmp_path / "t.duckdb")) as store:
        store.write(result)
        row = store.con.execute("SELECT source_code, target_code FROM events").fetchone()
        assert row == ("TCDMIL", "REB")


def _contents(store: Store) -> dict[str, list]:
    """Every stored row but the time of writing."""
    out = {}
    for table in ("documents", "actors", "events", "quotes", "places", "times", "rejections"):
        cols = [c for (c, *_) in store.con.execute(f"DESCRIBE {table}").fetchall()
                if c not in ("coded_at", "seen_at")]
        names = ", ".join(f'"{c}"' for c in cols)
        rows = store.con.execute(f"SELECT {names} FROM {table}").fetchall()
        # JSON compared as values: a story change rewrites a stored document's JSON in
        # DuckDB's spelling
        rows = [tuple(json.loads(v) if c == "result" and v else v for c, v in zip(cols, row))
                for row in rows]
        out[table] = sorted(rows, key=repr)
    return out


def test_a_batch_writes_what_writing_its_items_in_turn_writes(tmp_path):
    """One transaction for a batch, one bulk insert per table: same rows and outcomes as
    writing each document in turn, when the batch repeats or replaces documents."""
    edited = _result(text="Chad troops attacked rebels near Abeche on Tuesday.")
    moved = _result()
    moved.document.source_path = "elsewhere.txt"
    other = _result(doc_id="doc-2")
    stale = _result(doc_id="doc-3", text="Rebels shelled Abeche.")
    other_moved = _result(doc_id="doc-2")
    other_moved.document.source_path = "copy.txt"
    items = [(_result(), "h1"), (other, "h2"), (edited, "h3"), (moved, "h4"), (moved, "h5"),
             (_result(doc_id="doc-3"), "h6"), (other_moved, "h7")]
    with Store(str(tmp_path / "one.duckdb")) as one, Store(str(tmp_path / "batch.duckdb")) as batch:
        for store in (one, batch):
            store.write(stale, "h0")
            store.write_rejection(Rejection("doc-2", "nlp", "E202", "failed once"))
        in_turn = [one.write(result, h) for result, h in items]
        together = batch.write_batch(items)
        assert together == in_turn == ["added", "added", "replaced", "replaced", "unchanged", "replaced",
                                       "unchanged"]
        assert _contents(batch) == _contents(one)
        assert _contents(batch)["rejections"] == []
        assert batch.current([("doc-1", "h5"), ("doc-1", "h4"), ("doc-9", "h1")]) == {"doc-1"}


def _row_group_blocks(store: Store) -> dict[int, list]:
    """The blocks of each row group of the documents table, in the database file."""
    rows = store.con.execute(
        "SELECT row_group_id, list(block_id ORDER BY column_id, segment_id, segment_type) "
        "FROM pragma_storage_info('documents') WHERE persistent GROUP BY ALL").fetchall()
    return dict(rows)


def test_a_checkpoint_leaves_the_stored_row_groups_as_they_are(tmp_path, monkeypatch):
    """The writer checkpoints every REOPEN_EVERY documents, and a checkpoint writes what was
    appended since the last one without merging the row groups already stored (merging
    rewrote them whole, so a checkpoint's memory grew with the database)."""
    monkeypatch.setattr(writer, "REOPEN_EVERY", 2)
    with Store(str(tmp_path / "t.duckdb")) as store:
        store.write_batch([(_result(doc_id="doc-1"), "h"), (_result(doc_id="doc-2"), "h")])
        first = _row_group_blocks(store)
        for n in (3, 5, 7):
            store.write_batch([(_result(doc_id=f"doc-{n}"), "h"), (_result(doc_id=f"doc-{n + 1}"), "h")])
        stored = _row_group_blocks(store)
        assert len(stored) == 4
        assert stored[0] == first[0]


def test_the_log_is_not_checkpointed_before_reopen_every_documents(tmp_path):
    """DuckDB's own checkpoint (every 16 MB of log) is off for a writer: each checkpoint
    starts new row groups, and fewer are fewer blocks for a story look-up to read."""
    db = tmp_path / "t.duckdb"
    long_text = "Chad troops attacked rebels near Abeche. " * 25_000  # 1 MB a document
    with Store(str(db)) as store:
        for n in range(8):  # about 5 MB of log each (its text is in its stored JSON too)
            store.write(_result(text=long_text + str(n), doc_id=f"doc-{n}"))
        assert (tmp_path / "t.duckdb.wal").stat().st_size > 32 * 2**20
    with Store(str(db)) as store:
        assert store.counts()["documents"] == 8
