"""The command line as analysts use it, run for real into real databases: dates for
every input, identity by path, every input accounted for, stdout carrying only the
requested output, one output shape per format, settings from file and environment."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from dateline.cli import cli
from dateline.cli.coding import progress
from dateline.dates import normalise_date

pytestmark = pytest.mark.slow

ARTICLE = ("Egypt signed a deal with France on Monday to buy fighter jets. "
           "Police in Lagos arrested twelve protesters on Tuesday.")
EDITED = ("Egypt signed a deal with France on Monday to buy fighter jets. "
          "Kenya condemned the attack in Mogadishu.")


def _run(*args: str, env: dict | None = None):
    return CliRunner().invoke(cli, list(args), env=env)


def _rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.fixture(scope="module")
def coded(tmp_path_factory) -> dict[str, Path]:
    """A folder of a text file, a JSON lines file with dates in its own field (one of
    them unreadable), a JSON file and a PDF, coded once with --published."""
    root = tmp_path_factory.mktemp("runs")
    folder = root / "inputs"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    lines = [{"id": "n1", "text": ARTICLE, "date": "20 Feb 2024"},
             {"id": "n2", "text": EDITED, "date": "Tue, 05 Mar 2024 09:30:00 +0100"},
             {"id": "n3", "text": EDITED, "date": "the other day"}]
    (folder / "news.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    (folder / "notes.json").write_text('{"a": 1}', encoding="utf-8")
    (folder / "report.pdf").write_bytes(b"%PDF-1.4 ...")
    db = root / "runs.duckdb"
    result = _run("code", str(folder), "--db", str(db), "--published", "2005-01-15",
                  "--published-field", "date", "--verbose")
    return {"root": root, "folder": folder, "db": db, "result": result}


def test_dates_come_from_the_input_else_from_published(coded):
    published = dict(_rows(coded["db"], "SELECT coalesce(source_path, id), published "
                                        "FROM documents"))
    by_name = {Path(k.split(":")[0]).name + (":" + k.split(":")[1] if ":" in k else ""): v
               for k, v in published.items()}
    assert by_name["a.txt"] == "2005-01-15"
    assert by_name["news.jsonl:1"] == "2024-02-20"
    assert by_name["news.jsonl:2"] == "2024-03-05T09:30:00+01:00"
    dated = _rows(coded["db"], "SELECT count(date), count(*) FROM events")[0]
    assert dated[1] > 0 and dated[0] == dated[1]


def test_an_unreadable_date_rejects_that_input_and_the_run_goes_on(coded):
    result = coded["result"]
    assert result.exit_code == 1
    errors = [r for r in result.stderr.splitlines() if r.startswith("error:")]
    assert len(errors) == 1 and "[E121]" in errors[0] and "the other day" in errors[0]
    assert _rows(coded["db"], "SELECT code FROM rejections") == [("E121",)]


def test_the_closing_line_accounts_for_every_input(coded):
    stderr = coded["result"].stderr
    closing = stderr.strip().splitlines()[-1]
    assert closing.startswith("coded 3 document(s) into ")
    assert "(3 added, 0 replaced, 0 unchanged); 1 failed; 2 skipped (2 not a format " in closing
    listed = sorted(Path(r.split(": ")[1]).name for r in stderr.splitlines()
                    if r.startswith("skipped:"))
    assert listed == ["notes.json", "report.pdf"]


def test_an_edited_file_replaces_its_records(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "edit.duckdb"
    assert _run("code", str(article), "--db", str(db)).exit_code == 0
    article.write_text(EDITED, encoding="utf-8")
    again = _run("code", str(article), "--db", str(db))
    assert again.exit_code == 0 and "(0 added, 1 replaced, 0 unchanged)" in again.stderr
    assert _rows(db, "SELECT count(*) FROM documents") == [(1,)]
    texts = [t for (t,) in _rows(db, "SELECT text FROM events")]
    assert texts and all("Lagos" not in t for t in texts)


def test_a_json_document_named_as_text_is_not_coded_as_prose(tmp_path):
    named = tmp_path / "export.txt"
    named.write_text('[{"text": "Egypt signed a deal with France."}]', encoding="utf-8")
    result = _run("code", str(named), "--format", "json", "--no-store")
    assert result.exit_code == 1 and "[E120]" in result.stderr and "JSON document" in result.stderr
    assert json.loads(result.stdout) == []


def test_stdout_carries_only_the_requested_json(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    lines = _run("code", str(article), str(tmp_path / "missing.txt"), "--jsonl", "--no-store")
    assert lines.exit_code == 1 and "[E101]" in lines.stderr
    rows = lines.stdout.split("\n")
    assert rows[-1] == "" and all(row.strip() for row in rows[:-1])
    assert [json.loads(row)["document"]["source_path"] for row in rows[:-1]] == [str(article)]
    one = _run("code", str(article), "--format", "JSON", "--no-store")
    assert one.exit_code == 0 and isinstance(json.loads(one.stdout), list)
    assert len(json.loads(one.stdout)) == 1 and "coded 1 document(s)" in one.stderr


def test_progress_goes_to_its_console_with_total_rate_and_eta():
    from rich.console import Console

    known, unknown = io.StringIO(), io.StringIO()
    assert list(progress(iter(range(3)), 3, Console(file=known, force_terminal=True))) == [0, 1, 2]
    list(progress(iter(range(4)), None, Console(file=unknown, force_terminal=True)))
    assert "3/3" in known.getvalue() and "ETA" in known.getvalue()
    assert "4 docs" in unknown.getvalue() and "ETA" not in unknown.getvalue()


def test_settings_from_file_and_environment(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("dateline.toml").write_text('published_field = "when"\ndb = "from-file.duckdb"\n',
                                     encoding="utf-8")
    Path("news.jsonl").write_text(json.dumps({"body": ARTICLE, "when": "February 20, 2024"})
                                  + "\n", encoding="utf-8")
    env = {"DATELINE_TEXT_FIELD": "body"}
    result = _run("code", "news.jsonl", env=env)
    assert result.exit_code == 0, result.stderr
    assert _rows(tmp_path / "from-file.duckdb", "SELECT published FROM documents") == [
        ("2024-02-20",)]
    shown = {r["setting"]: r for r in json.loads(_run("config", "--format", "json",
                                                      env=env).stdout)}
    assert (shown["db"]["value"], shown["db"]["origin"]) == ("from-file.duckdb", "file")
    assert (shown["text_field"]["value"], shown["text_field"]["origin"]) == ("body", "env")
    assert shown["url_field"]["origin"] == "default"
    flag = _run("summary", "--db", "other.duckdb", env=env)
    assert "[E312] database other.duckdb" in flag.stderr  # the flag wins over the file


def test_summary_export_and_query_shapes(coded):
    db = str(coded["db"])
    rows = json.loads(_run("summary", "--db", db, "--format", "json").stdout)
    assert isinstance(rows, list) and all(isinstance(r, dict) and "section" in r for r in rows)
    lines = _run("summary", "--db", db, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == rows
    table = list(csv.reader(io.StringIO(_run("summary", "--db", db, "--format", "csv",
                                             "--section", "counts").stdout)))
    assert table[0] == ["table", "rows"] and ["documents", "3"] in table
    out = coded["root"] / "events.csv"
    exported = _run("export", "--db", db, "--out", str(out))
    events = _rows(coded["db"], "SELECT count(*) FROM events WHERE NOT list_has_any("
                                "status, ['hypothetical','future','negated','attempted',"
                                "'historical','habitual','planned','demanded'])")[0][0]
    assert exported.exit_code == 0 and "as csv" in exported.stderr
    written = list(csv.DictReader(out.open(encoding="utf-8")))
    assert 0 < len(written) <= events and {"source_code", "target_code", "date"} <= set(written[0])
    gdelt = _run("export", "--db", db, "--format", "GDELT")
    assert gdelt.exit_code == 0 and gdelt.stdout.count("\t") > 0
    answer = _run("query", "SELECT count(date) AS dated, count(*) AS events FROM events",
                  "--db", db, "--format", "json")
    assert json.loads(answer.stdout)[0]["events"] == _rows(coded["db"],
                                                          "SELECT count(*) FROM events")[0][0]


@pytest.mark.parametrize("written,iso", [
    ("2024-02-20", "2024-02-20"), ("20 Feb 2024", "2024-02-20"),
    ("February 20, 2024", "2024-02-20"), ("Tuesday, 20th February 2024", "2024-02-20"),
    ("2024-02-20T10:00Z", "2024-02-20T10:00:00Z"), ("2024/2/20", "2024-02-20"),
    ("Tue, 20 Feb 2024 10:00:00 GMT", "2024-02-20T10:00:00Z"),
    ("Tue, 20 Feb 2024 10:00:00 -0500", "2024-02-20T10:00:00-05:00"),
])
def test_dates_are_read_into_iso(written, iso):
    assert normalise_date(written) == iso


@pytest.mark.parametrize("written", ["yesterday", "2024-13-01", "20 Feb", "", "31 Feb 2024"])
def test_unreadable_dates_are_refused(written):
    with pytest.raises(ValueError):
        normalise_date(written)
