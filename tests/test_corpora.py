"""The command users run, on every corpus in ../shared, into a fresh database.

`dateline code` stores one document per text file, rejecting none; one per RSS entry;
one per English page of the WARC archives, the others rejected with their language
(the same pages as the scrapinghub benchmark, whose languages were labelled by hand in
benchmarks/data/scrapinghub_languages.tsv). It fails on none (exit 0). This is the test
that would have caught a run stopping on a real article. It reads ../shared and skips
cleanly when it is not there.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
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


def _foreign_pages() -> dict[str, str]:
    """URL -> language of the scrapinghub pages not in English (our hand labels)."""
    import json

    gold = json.loads((SHARED / "corpora" / "scrapinghub-html" / "ground-truth.json").read_text())
    labels = ROOT / "benchmarks" / "data" / "scrapinghub_languages.tsv"
    rows = [line.split("\t") for line in labels.read_text().splitlines()
            if line.strip() and not line.startswith("#")][1:]
    return {gold[page]["url"]: lang.strip() for page, lang in rows}


def _warc_urls(folder: Path) -> list[str]:
    """The target URI of every response record, read without dateline's reader."""
    import gzip

    urls = []
    for path in sorted(folder.glob("*.warc.gz")):
        with gzip.open(path, "rb") as handle:
            urls += [m.decode() for m in re.findall(rb"\r\nWARC-Target-URI: (\S+)\r\n", handle.read())]
    return urls


def test_every_text_corpus_is_coded_into_the_database_whole(tmp_path):
    inputs = [SHARED / "corpora" / "bbc", SHARED / "gold" / "polnear" / "dev" / "text",
              SHARED / "gold" / "geowebnews" / "GeoWebNews", ROOT / "examples",
              SHARED / "seed" / "000_89e29c2b7695058b.txt"]
    inputs = [p for p in inputs if p.exists()]
    timeml = SHARED / "gold" / "tempeval3-train" / "TBAQ-cleaned"
    if timeml.is_dir():
        inputs.append(_timeml_texts(timeml, tmp_path / "tempeval"))
    expected = sum(len(_text_files(p)) if p.is_dir() else 1 for p in inputs)
    feeds = sorted((SHARED / "corpora" / "rss").glob("*.xml"))
    entries = sum(len(ElementTree.parse(f).getroot().findall("./channel/item")) for f in feeds)
    warcs = sorted((SHARED / "corpora" / "warc").glob("*.warc*"))
    pages, foreign = _warc_urls(SHARED / "corpora" / "warc"), _foreign_pages()
    english = [u for u in pages if u not in foreign]
    db = tmp_path / "corpora.duckdb"
    run = subprocess.run([sys.executable, "-m", "dateline.cli", "code", *map(str, inputs + feeds + warcs),
                          "--db", str(db)], capture_output=True, text=True, timeout=3600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "error:" not in run.stderr and "Traceback" not in run.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        def count(where: str) -> tuple:
            return con.execute(f"SELECT count(*), count(DISTINCT source_path) FROM documents WHERE {where}").fetchone()
        text_documents = count("source_path NOT LIKE '%.warc.gz@%' AND source_path NOT LIKE '%.xml#%'")
        feed_documents = count("source_path LIKE '%.xml#%'")
        warc_documents = count("source_path LIKE '%.warc.gz@%'")
        rejected = con.execute("SELECT code, detail FROM rejections").fetchall()
        events, orphans = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE doc_id NOT IN (SELECT id FROM documents)) "
            "FROM events").fetchone()
    finally:
        con.close()
    assert text_documents == (expected, expected)
    assert feed_documents == (entries, entries) and entries > 0
    assert warc_documents == (len(english), len(english)) and len(english) < len(pages)
    # The text corpora and the feeds: no rejection. The WARC pages: only those not in
    # English, each with its language.
    assert len(rejected) == len(pages) - len(english)
    for code, detail in rejected:
        assert code == "E206" and ".warc.gz@" in detail
    languages = sorted(re.search(r"language not supported: (\w+)", d).group(1) for _, d in rejected)
    assert languages == sorted(foreign[u] for u in pages if u in foreign)
    assert events > 0 and orphans == 0
    coded = expected + entries + len(english)
    assert f"coded {coded} document(s)" in run.stderr
