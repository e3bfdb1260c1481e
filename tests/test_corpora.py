"""The command users run, on every text corpus in ../shared, into a fresh database.

`dateline code` stores one document per input file, rejects none and fails on none.
This is the test that would have caught a run stopping on a real article. It reads
../shared and skips cleanly when it is not there.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (SHARED / "corpora").is_dir(), reason="../shared is not present")]


def _text_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in (".txt", ".text")
            and not any(part.startswith(".") for part in p.relative_to(folder).parts)]


def _timeml_texts(folder: Path, out: Path) -> Path:
    """The article text of each TimeML file (TempEval-3), as a plain text file in ``out``."""
    out.mkdir()
    for path in sorted(folder.rglob("*.tml")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        match = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        body = html.unescape(re.sub(r"<[^>]+>", "", match.group(1) if match else raw))
        (out / f"{path.parent.name}_{path.stem}.txt").write_text(body, encoding="utf-8")
    return out


def test_every_text_corpus_is_coded_into_the_database_whole(tmp_path):
    inputs = [SHARED / "corpora" / "bbc", SHARED / "gold" / "polnear" / "dev" / "text",
              SHARED / "gold" / "geowebnews" / "GeoWebNews", ROOT / "examples",
              SHARED / "seed" / "000_89e29c2b7695058b.txt"]
    inputs = [p for p in inputs if p.exists()]
    timeml = SHARED / "gold" / "tempeval3-train" / "TBAQ-cleaned"
    if timeml.is_dir():
        inputs.append(_timeml_texts(timeml, tmp_path / "tempeval"))
    expected = sum(len(_text_files(p)) if p.is_dir() else 1 for p in inputs)
    db = tmp_path / "corpora.duckdb"
    run = subprocess.run([sys.executable, "-m", "dateline.cli", "code", *map(str, inputs),
                          "--db", str(db)], capture_output=True, text=True, timeout=3600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "error:" not in run.stderr and "Traceback" not in run.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        documents = con.execute("SELECT count(*), count(DISTINCT source_path) FROM documents").fetchone()
        rejections = con.execute("SELECT count(*) FROM rejections").fetchone()[0]
        events, orphans = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE doc_id NOT IN (SELECT id FROM documents)) "
            "FROM events").fetchone()
    finally:
        con.close()
    assert documents == (expected, expected)
    assert rejections == 0
    assert events > 0 and orphans == 0
    assert f"coded {expected} document(s)" in run.stderr
