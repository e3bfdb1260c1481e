"""The parts of scale-out without a cluster: planning shards, one shard's files (a
document found twice, a rejection a later success clears), and attach's views."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import duckdb
import pytest

from dateline.errors import DatelineError
from dateline.scale import CoderSettings, attach, plan_shards
from dateline.scale.worker import code_shard

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
TABLES = ("documents", "actors", "events", "quotes", "places", "times", "rejections")


def test_a_directory_is_cut_into_chunks_and_a_manifest_line_is_a_shard(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    for n in range(5):
        (folder / f"{n}.txt").write_text(f"Article {n}.")
    one = tmp_path / "one.jsonl"
    one.write_text('{"text": "Talks resumed."}\n')
    manifest = tmp_path / "warc.paths.gz"
    with gzip.open(manifest, "wt") as handle:
        handle.write("# CC-NEWS style: paths relative to the manifest\none.jsonl\n\nmissing.warc.gz\n")
    shards, problems = plan_shards([str(folder), str(one), "nowhere.txt", "-"], [str(manifest)],
                                   files_per_shard=2)
    assert [len(s.paths) for s in shards] == [2, 2, 1, 1]  # the manifest's line is the file given
    assert shards[0].label.endswith("(files 1-2 of 5)") and shards[2].label.endswith("(files 5-5 of 5)")
    assert [p.code for p in problems] == ["E101", "E309", "E310"]
    assert "missing.warc.gz" in problems[2].detail and ":4:" not in problems[2].detail
    assert "line 4" in problems[2].detail
    again, _ = plan_shards([str(folder)], files_per_shard=2)
    assert [s.id for s in again] == [s.id for s in shards[:3]]  # ids are stable
    before = shards[3].signature()
    time.sleep(0.01)
    one.write_text('{"text": "Talks resumed today."}\n')
    assert shards[3].signature() != before  # an edited input is coded again


@pytest.fixture(scope="module")
def settings() -> CoderSettings:
    return CoderSettings(batch_size=4)


def _lines(rows: list[dict]) -> str:
    return "\n".join(json.dumps(row) for row in rows) + "\n"


def _rows(con, source: str, table: str, reference) -> list[str]:
    """The rows but the time of coding and the story (grouped across shards at attach
    time, by the database as it stores)."""
    cols = [c for c, *_ in reference.execute(f"DESCRIBE {table}").fetchall()
            if c not in ("coded_at", "seen_at", "story_id")]
    names = ", ".join(f'"{c}"' if c != "result" else
                      """json_merge_patch("result"::JSON, '{"document": {"story_id": null}}')"""
                      for c in cols)
    return sorted(repr(r) for r in con.execute(f"SELECT {names} FROM {source}").fetchall())


@pytest.mark.slow
def test_a_shard_keeps_a_document_found_twice_as_the_database_does(tmp_path, settings):
    """Copies of one id: edited later, repeated in the same batch (the stored row keeps
    the first copy's JSON and takes the later path), repeated in a later batch (skipped as
    stored): the shard holds what `code` stores."""
    from click.testing import CliRunner

    from dateline.cli import cli
    from dateline.scale.shards import _shard

    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES[:3]]
    path = tmp_path / "dups.jsonl"
    path.write_text(_lines([
        {"id": "a", "text": texts[0]}, {"id": "b", "text": texts[1]}, {"id": "b", "text": texts[1]},
        {"id": "a", "text": texts[0] + "\nOfficials said talks would go on."},
        {"id": "c", "text": texts[2]}, {"id": "b", "text": texts[1]},
    ]), encoding="utf-8")
    db = tmp_path / "code.duckdb"
    result = CliRunner().invoke(cli, ["code", str(path), "--db", str(db), "--batch-size", "4"])
    assert result.exit_code == 0, result.output
    info = code_shard(_shard(str(path), [str(path)]), str(tmp_path / "out"), settings)
    assert info["tally"] == {"added": 3, "replaced": 1, "unchanged": 2, "failed": 0, "skipped": 0}
    assert info["rows"]["documents"] == 3
    folder = tmp_path / "out" / "shards" / info["shard"]
    con, reference = duckdb.connect(), duckdb.connect(str(db), read_only=True)
    for table in TABLES:
        source = f"read_parquet('{folder}/{table}.parquet')"
        assert _rows(con, source, table, reference) == _rows(reference, table, table, reference), table
    texts_doc = con.execute(f"SELECT text FROM read_parquet('{folder}/documents.parquet') "
                            "WHERE id = 'a'").fetchone()[0]
    assert texts_doc.endswith("talks would go on.")
    again = code_shard(_shard(str(path), [str(path)]), str(tmp_path / "out"), settings)
    assert again.get("skipped") is True


def _shard_folder(out: Path, name: str, rows: list[dict], settings: CoderSettings) -> dict:
    from dateline.scale.shards import _shard

    path = out.parent / f"{name}.jsonl"
    path.write_text(_lines(rows), encoding="utf-8")
    return code_shard(_shard(str(path), [str(path)]), str(out), settings)


@pytest.mark.slow
def test_attach_shows_a_document_coded_in_two_shards_once(tmp_path, settings):
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES[:2]]
    out = tmp_path / "out"
    _shard_folder(out, "first", [{"id": "same", "text": texts[0]}, {"id": "one", "text": texts[1]}],
                  settings)
    time.sleep(0.01)
    _shard_folder(out, "later", [{"id": "same", "text": texts[0] + "\nRebels attacked Goma."}], settings)
    db = tmp_path / "a.duckdb"
    counts = attach(str(out), str(db))
    assert counts["documents"] == 2
    con = duckdb.connect(str(db), read_only=True)
    text = con.execute("SELECT text FROM documents WHERE id = 'same'").fetchone()[0]
    assert text.endswith("Rebels attacked Goma.")  # the most recent coding
    events = con.execute("SELECT count(*), count(DISTINCT id) FROM events WHERE doc_id = 'same'").fetchone()
    assert events[0] == events[1] > 0  # its events once, from that coding
    assert "Goma" in " ".join(r[0] for r in con.execute(
        "SELECT text FROM events WHERE doc_id = 'same'").fetchall())
    con.close()
    from dateline.store import Store

    with pytest.raises(DatelineError) as coding_into_it:  # its tables are the shards
        Store(str(db))
    assert coding_into_it.value.code == "E311"


def test_attach_refuses_a_coded_database_and_an_empty_folder(tmp_path):
    from dateline.store import Store

    Store(str(tmp_path / "coded.duckdb")).close()
    (tmp_path / "out" / "shards" / "x").mkdir(parents=True)  # unfinished: no shard.json
    with pytest.raises(DatelineError) as empty:
        attach(str(tmp_path / "out"), str(tmp_path / "new.duckdb"))
    assert empty.value.code == "E306"
    (tmp_path / "out" / "shards" / "x" / "shard.json").write_text("{}")
    with pytest.raises(DatelineError) as coded:
        attach(str(tmp_path / "out"), str(tmp_path / "coded.duckdb"))
    assert coded.value.code == "E305"
