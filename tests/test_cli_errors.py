"""Every command's ordinary failures: one ``error:`` line with a catalogue code, exit 1
(the run failed) or 2 (usage), never a traceback. Runs the real command line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from dateline.cli import cli
from dateline.errors import CATALOGUE, E

ERROR_LINE = re.compile(r"^error: \[(E\d{3})\] ")


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, str]:
    """Wrong inputs of every kind, made once."""
    root = tmp_path_factory.mktemp("wrong")
    made = {"dir": str(root), "missing": str(root / "missing.duckdb")}
    (root / "events.jsonl").write_text('{"text": "Egypt met France."}\n', encoding="utf-8")
    made["jsonl"] = str(root / "events.jsonl")
    (root / "empty.duckdb").write_bytes(b"")
    made["empty_db"] = str(root / "empty.duckdb")
    foreign = root / "foreign.duckdb"
    duckdb.connect(str(foreign)).execute("CREATE TABLE t (a INTEGER)").close()
    made["foreign_db"] = str(foreign)
    (root / "file").write_text("x", encoding="utf-8")
    made["file"] = str(root / "file")
    (root / "bad.toml").write_text("db = [", encoding="utf-8")
    made["bad_toml"] = str(root / "bad.toml")
    (root / "unknown.toml").write_text('colour = "red"\n', encoding="utf-8")
    made["unknown_toml"] = str(root / "unknown.toml")
    (root / "empty-folder").mkdir()
    made["empty_folder"] = str(root / "empty-folder")
    return made


# (command line with {placeholders} from the files fixture, expected code, expected exit)
CASES = [
    ("summary --db {missing}", E.NO_DATABASE, 1),
    ("summary --db {jsonl}", E.NOT_A_DATABASE, 1),
    ("summary --db {empty_db}", E.EMPTY_DATABASE, 1),
    ("summary --db {foreign_db}", E.NOT_A_DATABASE, 1),
    ("summary --db {dir}", E.NOT_A_DATABASE, 1),
    ("summary --format xml", E.USAGE, 2),
    ("summary --format csv --db {missing}", E.USAGE, 2),
    ("summary --db {missing} --config {bad_toml}", E.BAD_CONFIG_FILE, 1),
    ("export --db {missing}", E.NO_DATABASE, 1),
    ("export --db {jsonl} --out {dir}/x.csv", E.NOT_A_DATABASE, 1),
    ("export --db {missing} --out /nonexistent/dir/x.tsv", E.CANNOT_WRITE, 1),
    ("export --db {missing} --format parquet --out {file}", E.CANNOT_WRITE, 1),
    ("export --db {missing} --format parquet", E.USAGE, 2),
    ("export --db {missing} --format gdelt --out {dir}/x.jsonl", E.FORMAT_MISMATCH, 1),
    ("export --db {missing} --format pdf", E.USAGE, 2),
    ("export --db {missing} --out {dir}", E.CANNOT_WRITE, 1),
    ("query 'SELECT 1' --db {missing}", E.NO_DATABASE, 1),
    ("query 'SELECT 1' --db {empty_db}", E.EMPTY_DATABASE, 1),
    ("query 'SELECT 1' --db {jsonl}", E.NOT_A_DATABASE, 1),
    ("serve --db {missing}", E.NO_DATABASE, 1),
    ("serve --db {jsonl}", E.NOT_A_DATABASE, 1),
    ("serve --db {empty_db}", E.EMPTY_DATABASE, 1),
    ("config --config {dir}/none.toml", E.BAD_CONFIG_FILE, 1),
    ("config --config {bad_toml}", E.BAD_CONFIG_FILE, 1),
    ("config --config {unknown_toml}", E.BAD_CONFIG_FILE, 1),
    ("config --format yaml", E.USAGE, 2),
    ("code {dir}/nothing.txt --db {dir}/made.duckdb", E.NO_SUCH_FILE, 1),
    ("code {empty_folder}", E.NO_INPUT, 1),
    ("code {jsonl} --no-store", E.USAGE, 2),
    ("code {jsonl} --json --jsonl", E.USAGE, 2),
    ("code {jsonl} --format json --workers 2", E.USAGE, 2),
    ("code {jsonl} --published someday", E.USAGE, 2),
    ("code {jsonl} --batch-size 0", E.USAGE, 2),
    ("code {jsonl} --dict {dir}/no-such.txt", E.USAGE, 2),
    ("code {jsonl} --config {unknown_toml}", E.BAD_CONFIG_FILE, 1),
    ("code", E.USAGE, 2),
    ("evaluate nonsense {file}", E.USAGE, 2),
    ("evaluate events {dir}/no-such.xml", E.USAGE, 2),
    ("evaluate events {file} --errors /nonexistent/dir/e.jsonl", E.CANNOT_WRITE, 1),
    ("actors", E.USAGE, 2),
    ("actors 'Egypt met France.' --published yesterday", E.USAGE, 2),
    ("attach {dir}/no-such-folder", E.USAGE, 2),
    ("attach {dir} --db {dir}/attached.duckdb", E.NO_SHARDS, 1),
    ("scale {jsonl} --out {dir}/shards --workers 2 --scheduler tcp://x:1", E.USAGE, 2),
    ("watch {dir}/no-such-feeds.txt --once", E.USAGE, 2),
    ("nosuchcommand", E.USAGE, 2),
]


def _args(line: str, files: dict[str, str]) -> list[str]:
    import shlex

    return shlex.split(line.format(**files))


@pytest.mark.parametrize("line,code,exit_code", CASES, ids=[c[0] for c in CASES])
def test_each_failure_is_one_coded_error_line(files, line, code, exit_code):
    result = CliRunner().invoke(cli, _args(line, files))
    errors = [row for row in result.stderr.splitlines() if row.startswith("error:")]
    assert len(errors) == 1, result.stderr
    match = ERROR_LINE.match(errors[0])
    assert match and match.group(1) == code, errors[0]
    assert result.exit_code == exit_code, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_run_that_codes_nothing_creates_no_database(files):
    db = Path(files["dir"]) / "never.duckdb"
    result = CliRunner().invoke(cli, ["code", str(Path(files["dir"]) / "nonexistent.txt"),
                                      "--db", str(db)])
    assert result.exit_code == 1 and "[E101]" in result.stderr
    assert not db.exists()


def test_a_locked_database_is_named_in_one_line(tmp_path):
    """Another process holding the database for writing: E304 for a writer, not a DuckDB
    message (a separate process, as DuckDB's lock is per process)."""
    db = tmp_path / "busy.duckdb"
    text = tmp_path / "a.txt"
    text.write_text("Egypt signed a deal with France.", encoding="utf-8")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
         "c.execute('CREATE TABLE documents (id VARCHAR)'); print('ready', flush=True); "
         "time.sleep(60)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        for args in (["summary", "--db", str(db)], ["code", str(text), "--db", str(db)]):
            result = CliRunner().invoke(cli, args)
            errors = [r for r in result.stderr.splitlines() if r.startswith("error:")]
            assert result.exit_code == 1 and len(errors) == 1, result.stderr
            assert ERROR_LINE.match(errors[0]).group(1) in (E.DATABASE_BUSY, E.DATABASE)
    finally:
        holder.kill()
        holder.wait()


def test_every_code_written_in_the_source_is_in_the_catalogue():
    source = Path(__file__).resolve().parents[1] / "src" / "dateline"
    written = set()
    for path in source.rglob("*.py"):
        written |= set(re.findall(r"[\"'](E\d{3})[\"']", path.read_text(encoding="utf-8")))
    assert written and not written - set(CATALOGUE)


def test_verbose_shows_the_traceback_of_a_failure(files):
    result = CliRunner().invoke(cli, ["serve", "--db", files["jsonl"], "--verbose"])
    quiet = CliRunner().invoke(cli, ["serve", "--db", files["jsonl"]])
    assert "[E313]" in result.stderr and quiet.exit_code == result.exit_code == 1
    assert "Traceback" in result.stderr and "Traceback" not in quiet.stderr


def test_the_installed_command_fails_in_one_line_too(files):
    """The console script, as a user runs it (its own process, a real terminal-less
    stderr): same line, same exit code."""
    exe = Path(sys.executable).with_name("dateline")
    result = subprocess.run([str(exe), "summary", "--db", files["jsonl"]], capture_output=True,
                            text=True, env={**os.environ, "COLUMNS": "80"})
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("error: [E313] ") and result.stderr.count("\n") == 1
