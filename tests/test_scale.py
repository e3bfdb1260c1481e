"""Scale-out: `dateline scale` on a LocalCluster writes exactly what `dateline code` stores,
loses and duplicates no shard when a worker or the whole run is killed, and `attach`
and `code --workers` give the database `dateline code` gives.

The clusters listen on 127.0.0.1 only. The commands run as users run them (subprocesses).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from dateline.records import is_done
from dateline.store import json_columns

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
BBC = ROOT.parent / "shared" / "corpora" / "bbc"
DATELINE = [sys.executable, "-m", "dateline.cli"]
TABLES = ("documents", "actors", "events", "quotes", "places", "times", "rejections")
LOCAL = ["--dashboard", "127.0.0.1:0"]

pytestmark = pytest.mark.slow


def _run(*args: str, env: dict | None = None, timeout: int = 400) -> subprocess.CompletedProcess:
    return subprocess.run(DATELINE + list(args), capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def _examples() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]


def _inputs(folder: Path, copies: int = 1) -> list[str]:
    """A JSON lines shard and a directory of text files, from our examples (and BBC
    articles when ../shared is there), with one bad line and one empty file."""
    folder.mkdir()
    rows = [{"id": f"ex-{n}", "text": text, "url": f"http://example.org/{n}"}
            for n, text in enumerate(_examples())]
    if BBC.is_dir():
        bbc = sorted(p for p in BBC.rglob("*.txt") if p.name != "README.TXT")[:30]
        rows += [{"id": f"bbc-{p.parent.name}-{p.stem}", "text": p.read_bytes().decode("utf-8", "replace")}
                 for p in bbc]
    lines = [json.dumps(row) for row in rows]
    lines.insert(3, "{not json")
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    texts = folder / "texts"
    texts.mkdir()
    for copy in range(copies):
        for n, text in enumerate(_examples()):
            (texts / f"article_{copy}_{n:02d}.txt").write_text(
                f"{text.rstrip()}\nThe report was filed from desk {copy}-{n}.\n", encoding="utf-8")
    (texts / "empty.txt").write_text("  \n", encoding="utf-8")
    return [str(folder / "news.jsonl"), str(texts)]


def _columns(con, table: str) -> list[str]:
    return [c for c, *_ in con.execute(f"DESCRIBE {table}").fetchall() if c not in ("coded_at", "seen_at")]


def _rows(con, source: str, table: str, columns: list[str], stories: bool = True) -> list[str]:
    """The rows, JSON compared as values; without ``stories``, a document's story (which
    a shard cannot know: copies are grouped across shards at attach time) is left out."""
    names = ", ".join(f'"{c}"' for c in columns)
    typed = set(json_columns()[table])
    out = []
    for row in con.execute(f"SELECT {names} FROM {source}").fetchall():
        values = {c: json.loads(v) if c in typed and isinstance(v, str) else v for c, v in zip(columns, row)}
        if table == "documents" and not stories:
            values.pop("story_id")
            values["result"]["document"].pop("story_id", None)
        out.append(json.dumps(values, sort_keys=True, default=str))
    return sorted(out)


def _database(db: Path, stories: bool = True) -> dict[str, list[str]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: _rows(con, t, t, _columns(con, t), stories) for t in TABLES}
    finally:
        con.close()


def _stories(db: Path) -> set[frozenset[str]]:
    """The documents grouped by story."""
    with duckdb.connect(str(db), read_only=True) as con:
        groups = con.execute("SELECT list(id) FROM documents GROUP BY coalesce(story_id, id)").fetchall()
    return {frozenset(ids) for (ids,) in groups}


def _without_story_ids(summary: str) -> list:
    """The summary's rows (one JSON object each), a top story's id left out (attach picks
    the original among equal copies its own way) and those rows sorted."""
    rows = json.loads(summary)
    stories = sorted((json.dumps({k: v for k, v in row.items() if k != "story"}, sort_keys=True)
                      for row in rows if row["section"] == "top_stories"))
    return [row for row in rows if row["section"] != "top_stories"] + stories


def _shards(out: Path, reference: Path) -> dict[str, list[str]]:
    """The rows of every Parquet file of every shard, with the reference database's columns
    (the Parquet files must have exactly those)."""
    ref = duckdb.connect(str(reference), read_only=True)
    con = duckdb.connect()
    try:
        found = {}
        for table in TABLES:
            source = f"read_parquet('{out}/shards/*/{table}.parquet')"
            parquet_columns = [c for c, *_ in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()]
            assert parquet_columns == [c for c, *_ in ref.execute(f"DESCRIBE {table}").fetchall()], table
            found[table] = _rows(con, source, table, _columns(ref, table), stories=False)
        return found
    finally:
        con.close()
        ref.close()


def _errors(stderr: str) -> list[str]:
    return sorted(line for line in stderr.splitlines() if line.startswith("error:"))


def test_two_workers_write_exactly_what_code_stores(tmp_path):
    inputs = _inputs(tmp_path / "in")
    reference = tmp_path / "code.duckdb"
    coded = _run("code", *inputs, "--db", str(reference))
    assert coded.returncode == 1, coded.stderr  # the bad line and the empty file
    out = tmp_path / "out"
    scaled = _run("scale", *inputs, "--out", str(out), "--workers", "2", "--files-per-shard", "4", *LOCAL)
    assert scaled.returncode == 1, scaled.stderr
    assert _errors(scaled.stderr) == _errors(coded.stderr) and len(_errors(coded.stderr)) == 2
    assert "Traceback" not in scaled.stderr
    expected = _database(reference)
    assert len(expected["documents"]) >= 20 and expected["events"] and len(expected["rejections"]) == 2
    assert _shards(out, reference) == _database(reference, stories=False)
    assert len(list((out / "shards").iterdir())) == 4  # the JSON lines file, 11 files by 4

    # attached, the shards read as the database: same types, rows and summary
    attached = tmp_path / "attached.duckdb"
    done = _run("attach", str(out), "--db", str(attached))
    assert done.returncode == 0, done.stderr
    # the same rows; copies grouped into the same stories (a story's original among
    # undated copies is the first coded, which shards coded side by side may order otherwise)
    assert _database(attached, stories=False) == _database(reference, stories=False)
    assert _stories(attached) == _stories(reference) and len(_stories(reference)) < len(expected["documents"])
    for table in TABLES:
        with duckdb.connect(str(reference), read_only=True) as a, duckdb.connect(str(attached), read_only=True) as b:
            assert [r[:2] for r in b.execute(f"DESCRIBE {table}").fetchall()] == [
                r[:2] for r in a.execute(f"DESCRIBE {table}").fetchall()]
    summaries = [_run("summary", "--db", str(db), "--format", "json") for db in (reference, attached)]
    assert summaries[0].returncode == summaries[1].returncode == 0
    assert _without_story_ids(summaries[0].stdout) == _without_story_ids(summaries[1].stdout)
    exports = [_run("export", "--db", str(db), "--format", "plover") for db in (reference, attached)]
    # PLOVER lines: the done acts with a PLOVER type (statements and planned acts are left out)
    with duckdb.connect(str(reference), read_only=True) as con:
        plover_events = sum(1 for plover, status in con.execute("SELECT plover_type, status FROM events").fetchall()
                            if plover and is_done(status))
    assert exports[0].stdout == exports[1].stdout and exports[0].stdout.count("\n") == plover_events > 0

    # a rerun finds every shard finished and codes nothing
    again = _run("scale", *inputs, "--out", str(out), "--workers", "2", "--files-per-shard", "4", *LOCAL)
    assert "(4 finished before)" in again.stderr and _errors(again.stderr) == _errors(coded.stderr)
    assert "dashboard:" not in again.stderr  # no cluster was started


def _shard_ids(out: Path) -> list[str]:
    return sorted(p.name for p in (out / "shards").iterdir()) if (out / "shards").is_dir() else []


def test_a_killed_worker_or_run_loses_and_duplicates_no_shard(tmp_path):
    inputs = _inputs(tmp_path / "in", copies=3)
    reference = tmp_path / "code.duckdb"
    _run("code", *inputs, "--db", str(reference))
    expected = _database(reference)
    args = ["scale", *inputs, "--files-per-shard", "3", "--workers", "2", *LOCAL]

    # a worker process dies in the middle of a shard: the shard is coded again elsewhere
    token = tmp_path / "kill-a-worker"
    token.write_text("")
    killed_worker = tmp_path / "killed-worker"
    run = _run(*args, "--out", str(killed_worker), env={"DATELINE_KILL_ONCE": str(token)})
    assert not token.exists(), "a worker reached the middle of a shard and was killed"
    assert run.returncode == 1 and len(_errors(run.stderr)) == 2, run.stderr  # only the bad inputs
    assert _shards(killed_worker, reference) == _database(reference, stories=False)
    shards = _shard_ids(killed_worker)
    assert len(shards) == 12  # the JSON lines file, and 31 files by 3

    # the whole run is killed (client, scheduler and workers) once some shards are done
    killed_run = tmp_path / "killed-run"
    process = subprocess.Popen(DATELINE + args + ["--out", str(killed_run)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while len(_shard_ids(killed_run)) < 3 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.2)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    before = _shard_ids(killed_run)
    assert 3 <= len(before) < len(shards), "killed mid-run"
    rerun = _run(*args, "--out", str(killed_run))
    assert f"({len(before)} finished before)" in rerun.stderr, rerun.stderr
    assert _shard_ids(killed_run) == shards
    assert _shards(killed_run, reference) == _database(reference, stories=False)
    assert not any((killed_run / "partial").iterdir()), "the killed attempts' leftovers are gone"


def test_code_with_workers_stores_what_one_process_stores(tmp_path):
    inputs = _inputs(tmp_path / "in")
    reference = tmp_path / "one.duckdb"
    _run("code", *inputs, "--db", str(reference))
    db = tmp_path / "workers.duckdb"
    first = _run("code", *inputs, "--db", str(db), "--workers", "2")
    assert first.returncode == 1 and len(_errors(first.stderr)) == 2, first.stderr
    # shards are stored as they finish: the same stories, an undated story's original may differ
    assert _database(db, stories=False) == _database(reference, stories=False)
    assert _stories(db) == _stories(reference)
    documents = len(_database(reference)["documents"])
    assert f"({documents} added, 0 replaced, 0 unchanged); 2 failed" in first.stderr
    again = _run("code", *inputs, "--db", str(db), "--workers", "2")
    assert f"(0 added, 0 replaced, {documents} unchanged)" in again.stderr, again.stderr
    assert _database(db, stories=False) == _database(reference, stories=False)
    assert not Path(f"{db}.shards").exists()
    usage = _run("code", *inputs, "--workers", "2", "--json")
    assert usage.returncode == 2


def test_a_shard_that_keeps_failing_is_reported_with_its_error(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    for n, text in enumerate(_examples()[:4]):
        (texts / f"a{n}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "partial").write_text("not a folder")  # no shard can be written
    run = _run("scale", str(texts), "--out", str(out), "--files-per-shard", "2", "--workers", "1",
               "--retries", "1", *LOCAL)
    assert run.returncode == 1
    errors = _errors(run.stderr)
    assert len(errors) == 2 and all("[E307]" in e and "failed after 2 attempt(s)" in e for e in errors)
    assert "Traceback" not in run.stderr
    assert _shard_ids(out) == []


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_cluster_started_apart_codes_the_shards(tmp_path):
    """`dask scheduler` and `dask worker` started by hand (as on a cluster of machines),
    `dateline scale --scheduler` sends them the shards."""
    inputs = _inputs(tmp_path / "in")
    reference = tmp_path / "code.duckdb"
    _run("code", *inputs, "--db", str(reference))
    address = f"tcp://127.0.0.1:{_free_port()}"
    dask = [str(Path(sys.executable).parent / "dask")]
    started = []
    try:
        started.append(subprocess.Popen(
            dask + ["scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                    "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True))
        started.append(subprocess.Popen(
            dask + ["worker", address, "--nthreads", "1", "--nworkers", "2", "--host", "127.0.0.1",
                    "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True))
        out = tmp_path / "out"
        run = _run("scale", *inputs, "--out", str(out), "--scheduler", address, "--files-per-shard", "4")
        assert run.returncode == 1 and len(_errors(run.stderr)) == 2, run.stderr
        assert _shards(out, reference) == _database(reference, stories=False)
    finally:
        for process in started:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=60)
    unreachable = _run("scale", *inputs, "--out", str(tmp_path / "none"), "--scheduler", address,
                       env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert unreachable.returncode == 1
    assert _errors(unreachable.stderr) == [_errors(unreachable.stderr)[0]]
    assert "[E308]" in unreachable.stderr and address in unreachable.stderr
    assert "Traceback" not in unreachable.stderr


WARC = ROOT.parent / "shared" / "corpora" / "warc"


@pytest.mark.skipif(not WARC.is_dir(), reason="../shared/corpora/warc not here")
def test_warc_archives_on_two_workers_hold_what_code_stores(tmp_path):
    """Two CC-NEWS sample archives, a shard each: the English pages coded, the others
    rejected with their language, exactly as one `dateline code` process stores them."""
    archives = [str(p) for p in sorted(WARC.glob("*.warc.gz"))[:2]]
    reference = tmp_path / "code.duckdb"
    coded = _run("code", *archives, "--db", str(reference))
    assert coded.returncode == 0, coded.stderr
    out = tmp_path / "out"
    scaled = _run("scale", *archives, "--out", str(out), "--workers", "2", *LOCAL)
    assert scaled.returncode == 0, scaled.stderr
    # pages in other languages are passed over as `code` passes them over: not failures
    assert "error:" not in scaled.stderr and "skipped: " in scaled.stderr
    expected = _database(reference, stories=False)
    assert expected["documents"] and expected["rejections"]  # English pages and others
    assert _shards(out, reference) == expected
    assert len(list((out / "shards").iterdir())) == len(archives)
