"""Nothing lost: unique ids, one article's failure stays its own, one writer at a time,
and a killed run resumes with every article stored exactly once.

These run the command users run (`dateline code` into a database), in-process through
click's runner or as a real subprocess where a kill or a lock is the point.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from dateline.cli import cli
from dateline.ids import event_key, numbered, quote_key
from dateline.records import Actor, Cameo, Event, Plover, Quote, Span

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
DATELINE = [sys.executable, "-m", "dateline.cli"]

pytestmark = pytest.mark.slow

# Articles written to make records collide: one span quoted for two speakers, one
# sentence told twice, one act told twice in one sentence.
COLLIDING = {
    "two_speakers.txt": (
        "The ceasefire is holding, officials say.\n"
        "The spokesman noted that according to army officials, rebels had seized the airport "
        "and blocked the road to the coast.\n"
        "\u201cWe will not give up the port,\u201d the mayor told reporters on Monday, according "
        "to state television.\n"
        "\u201cWe will not give up the port,\u201d the governor said later, repeating the mayor."),
    "told_twice.txt": (
        "Rebels attacked an army base near the border on Tuesday.\n"
        "Rebels attacked an army base near the border on Tuesday.\n"
        "Police arrested protesters and arrested protesters again in the capital."),
    "quoted_twice.txt": (
        "Minister Lena Varga said: \u201cWe condemn the shelling.\u201d\n"
        "Minister Lena Varga said: \u201cWe condemn the shelling.\u201d"),
}


def _rows(db: str, sql: str) -> list[tuple]:
    con = duckdb.connect(db, read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_records_that_agree_on_every_field_still_get_distinct_ids():
    speaker = Actor("the mayor", "mayor", 10, 19)
    quote = Quote("x", "d", "We stay", "direct", 0, 7, speaker=speaker, cue="tell")
    other = Quote("x", "d", "We stay", "direct", 0, 7, speaker=Actor("the governor", "governor", 30, 42))
    ids = [q.id for q in numbered("d", [quote, quote, other, quote], quote_key)]
    assert len(set(ids)) == 4
    # the same records in another document get other ids
    assert not set(ids) & {q.id for q in numbered("e", [quote, quote, other, quote], quote_key)}


def test_repeated_events_are_numbered_apart():
    event = Event("x", "d", 0, "Rebels attacked.", Span("attacked", 7, 15), Plover("ASSAULT"),
                  Cameo("190", "19", 4, -10.0))
    assert len({e.id for e in numbered("d", [event, event], event_key)}) == 2


def test_colliding_articles_are_stored_whole(tmp_path):
    for name, text in COLLIDING.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "c.duckdb")
    result = CliRunner().invoke(cli, ["code", str(tmp_path), "--db", db])
    assert result.exit_code == 0, result.output
    assert _rows(db, "SELECT count(*) FROM documents")[0][0] == len(COLLIDING)
    assert _rows(db, "SELECT count(*) FROM rejections")[0][0] == 0
    # every quote and event of every article is in the database, as the JSON has them
    for table, key in (("quotes", "quotes"), ("events", "events")):
        stored = _rows(db, f"SELECT doc_id, count(*) FROM {table} GROUP BY 1")
        expected = _rows(db, f"SELECT id, json_array_length(result -> '{key}') FROM documents")
        assert dict(stored) == {k: v for k, v in expected if v}
    spans = _rows(db, "SELECT start, \"end\", count(*) FROM quotes GROUP BY 1, 2 HAVING count(*) > 1")
    assert spans, "the article quoting one span for two speakers stores both quotes"


def test_an_article_that_cannot_be_stored_is_rejected_and_the_run_goes_on(tmp_path, monkeypatch):
    from dateline.store.writer import Store

    (tmp_path / "a.txt").write_text("Rebels attacked an army base near Goma on Monday.")
    (tmp_path / "b.txt").write_text("Police arrested twelve protesters in Lagos on Friday.")
    (tmp_path / "c.txt").write_text("Kenya and Uganda signed a trade agreement in Nairobi.")
    insert = Store._insert

    def fragile(self, result, *args):
        insert(self, result, *args)  # rows of b.txt are written, then the write fails
        if result.document.source_path.endswith("b.txt"):
            raise RuntimeError("disk full")

    monkeypatch.setattr(Store, "_insert", fragile)
    db = str(tmp_path / "x.duckdb")
    result = CliRunner().invoke(cli, ["code", str(tmp_path), "--db", db])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "b.txt" in errors[0] and "disk full" in errors[0]
    assert "Traceback" not in result.output
    paths = [Path(p).name for (p,) in _rows(db, "SELECT source_path FROM documents ORDER BY 1")]
    assert paths == ["a.txt", "c.txt"]
    [(code, doc_id)] = _rows(db, "SELECT code, doc_id FROM rejections")
    assert code == "E303"
    # nothing of b.txt was left behind: no half article
    for table in ("actors", "events", "quotes", "places", "times"):
        assert _rows(db, f"SELECT count(*) FROM {table} WHERE doc_id = '{doc_id}'")[0][0] == 0


def test_an_unexpected_failure_is_one_line_without_verbose(tmp_path, monkeypatch):
    import dateline.pipeline

    def broken(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(dateline.pipeline.Pipeline, "__init__", broken)
    (tmp_path / "a.txt").write_text("Rebels attacked an army base.")
    result = CliRunner().invoke(cli, ["code", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1
    assert result.output.count("error:") == 1 and "Traceback" not in result.output
    verbose = CliRunner().invoke(cli, ["code", str(tmp_path / "a.txt"), "--verbose",
                                       "--db", str(tmp_path / "x.duckdb")])
    assert "Traceback" in verbose.output


def test_an_edited_file_replaces_its_records(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Rebels attacked an army base near Goma on Monday.")
    db = str(tmp_path / "x.duckdb")
    runner = CliRunner()
    assert runner.invoke(cli, ["code", str(article), "--db", db]).exit_code == 0
    article.write_text("Rebels attacked an army base near Goma on Tuesday.")
    again = runner.invoke(cli, ["code", str(article), "--db", db])
    assert "1 replaced" in again.output
    [(text,)] = _rows(db, "SELECT text FROM documents")
    assert text.endswith("Tuesday.")


def test_a_second_writer_gets_one_line_naming_the_database(tmp_path):
    db = str(tmp_path / "busy.duckdb")
    (tmp_path / "a.txt").write_text("Rebels attacked an army base near Goma on Monday.")
    holder = subprocess.Popen([sys.executable, "-c",
                               "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); time.sleep(60)", db],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        busy = subprocess.run(DATELINE + ["code", str(tmp_path / "a.txt"), "--db", db],
                              capture_output=True, text=True, timeout=120)
        assert busy.returncode == 1
        lines = busy.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error:") and db in lines[0], busy.stderr
        assert "E304" in lines[0] and "--wait" in lines[0]
        waiting = subprocess.Popen(DATELINE + ["code", str(tmp_path / "a.txt"), "--db", db, "--wait"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(1.5)
        assert waiting.poll() is None, "--wait waits while the database is in use"
        holder.kill()
        holder.wait()
        out, err = waiting.communicate(timeout=120)
        assert waiting.returncode == 0, err
        assert "1 added" in err
    finally:
        holder.kill()


# --- the kill test -----------------------------------------------------------------------

def _corpus(folder: Path, count: int) -> list[Path]:
    """``count`` articles made from our examples (each one distinct)."""
    folder.mkdir()
    sources = sorted(p for p in EXAMPLES.glob("*.txt"))
    paths = []
    for n in range(count):
        text = sources[n % len(sources)].read_text(encoding="utf-8")
        path = folder / f"article_{n:03d}.txt"
        path.write_text(f"{text.rstrip()}\nThe report was filed from desk {n}.\n", encoding="utf-8")
        paths.append(path)
    return paths


def _code(folder: Path, db: Path, env: dict | None = None, **kw) -> subprocess.Popen:
    return subprocess.Popen(DATELINE + ["code", str(folder), "--db", str(db), "--batch-size", "4"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})}, **kw)


def _snapshot(db: Path) -> dict:
    """Everything a run stored, keyed so two runs can be compared."""
    tables = {}
    for table, columns in (("documents", "id, content_hash"), ("events", "id, doc_id, cameo_code"),
                           ("quotes", "id, doc_id, kind"), ("actors", "doc_id, n, code"),
                           ("places", "doc_id, n, name"), ("times", "doc_id, n, value")):
        tables[table] = sorted(map(tuple, _rows(str(db), f"SELECT {columns} FROM {table}")))
    return tables


def test_a_killed_run_resumes_with_every_article_stored_once(tmp_path):
    paths = _corpus(tmp_path / "in", 24)
    reference = tmp_path / "reference.duckdb"
    started = time.monotonic()
    done = _code(tmp_path / "in", reference)
    assert done.wait(timeout=300) == 0, done.stderr.read()
    whole_run = time.monotonic() - started
    expected = _snapshot(reference)
    assert len(expected["documents"]) == len(paths)

    db = tmp_path / "killed.duckdb"
    # killed inside a write: after the second batch's rows are inserted, before COMMIT
    run = _code(tmp_path / "in", db, env={"DATELINE_KILL_AT": "commit:2"})
    assert run.wait(timeout=300) == -signal.SIGKILL
    # killed while inserting the rows of a later batch (mid-transaction: a batch's rows
    # go in with one insert per table, so the 9th insert is inside its second batch)
    run = _code(tmp_path / "in", db, env={"DATELINE_KILL_AT": "insert:9"})
    assert run.wait(timeout=300) == -signal.SIGKILL
    # killed from outside: early (model loading, first batch), then mid-run
    for delay in (1.0, whole_run * 0.6):
        run = _code(tmp_path / "in", db)
        time.sleep(delay)
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=60)

    final = _code(tmp_path / "in", db)
    assert final.wait(timeout=300) == 0, final.stderr.read()
    got = _snapshot(db)
    assert got == expected
    assert _rows(str(db), "SELECT count(*) FROM rejections")[0][0] == 0
    again = _code(tmp_path / "in", db)
    assert again.wait(timeout=300) == 0
    assert f"0 added, 0 replaced, {len(paths)} unchanged" in again.stderr.read()


def test_coding_does_not_depend_on_the_process_hash_seed(tmp_path):
    """Two processes code the same inputs alike (set order varies with PYTHONHASHSEED);
    otherwise a rerun would 'replace' articles that did not change."""
    (tmp_path / "police.txt").write_text(
        "Policemen fired tear gas at protesters in the capital on Sunday, and a policeman "
        "was hurt, the interior ministry said.", encoding="utf-8")
    outputs = []
    for seed in ("1", "3"):
        run = subprocess.run(DATELINE + ["code", str(EXAMPLES), str(tmp_path), "--no-store", "--jsonl"],
                             capture_output=True, text=True, timeout=300,
                             env={**os.environ, "PYTHONHASHSEED": seed})
        assert run.returncode == 0, run.stderr
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1]
