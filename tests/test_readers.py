"""The readers of ingest/: HTML, feeds, WARC, CSV/TSV, gzip; chosen by content and name;
every malformed input reported by name and reason, the rest read."""

from __future__ import annotations

import gzip
import io
import json
import sys

import duckdb
import pytest
from click.testing import CliRunner

from dateline.cli import cli
from dateline.config import Config
from dateline.ingest import read_inputs
from dateline.records import Document, Rejection
from made_inputs import (ARTICLE, atom_feed, gzip_members, html_page, http_response, rss_feed,
                         warc_record)


def _write(tmp_path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def _read(*paths, notes=None, **config) -> list[Document | Rejection]:
    return list(read_inputs(list(paths), Config.from_mapping(config) if config else None,
                            notify=None if notes is None else notes.append))


# --- HTML ------------------------------------------------------------------------------

def test_html_page_gives_its_body_and_its_own_metadata(tmp_path):
    path = _write(tmp_path, "page.html", html_page(canonical="https://harbour.example/troops"))
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert "shelled rebel positions" in doc.text and "aid convoys" in doc.text
    assert "All rights reserved" not in doc.text and "Markets rally" not in doc.text
    assert (doc.title, doc.outlet, doc.published, doc.language) == (
        "Troops shell rebel positions", "Harbour Daily", "2024-03-04", "en")
    assert doc.provenance.author == "Jane Reporter"
    assert doc.url == "https://harbour.example/troops"
    assert doc.source_path == path


def test_gzipped_page_and_html_named_txt_are_read_as_html(tmp_path):
    zipped = _write(tmp_path, "page.html.gz", gzip.compress(html_page().encode()))
    misnamed = _write(tmp_path, "saved.txt", html_page())
    docs = _read(zipped, misnamed)
    assert all(isinstance(d, Document) for d in docs)
    assert all(d.title == "Troops shell rebel positions" and "<p>" not in d.text for d in docs)
    assert docs[0].id != docs[1].id  # no canonical URL: each known by its path


def test_declared_charset_is_used_and_a_wrong_declaration_is_rejected(tmp_path):
    latin = html_page(paragraphs=[p + " Caf\u00e9 owners fled." for p in ARTICLE], charset="iso-8859-1")
    right = _write(tmp_path, "right.html", latin.encode("cp1252"))
    lies_utf8 = _write(tmp_path, "lies-utf8.html", latin.replace("iso-8859-1", "utf-8").encode("cp1252"))
    lies_latin = _write(tmp_path, "lies-latin.html", latin.encode("utf-8"))
    unknown = _write(tmp_path, "unknown.html", latin.replace("iso-8859-1", "klingon-8").encode("cp1252"))
    good, *bad = _read(right, lies_utf8, lies_latin, unknown)
    assert isinstance(good, Document) and "Caf\u00e9" in good.text
    assert [b.code for b in bad] == ["E111", "E111", "E111"]
    for item, path in zip(bad, [lies_utf8, lies_latin, unknown]):
        assert path in item.detail
    assert "is not utf-8" in bad[0].detail and "bytes are UTF-8" in bad[1].detail
    assert "no such charset" in bad[2].detail


def test_page_without_article_text_is_rejected(tmp_path):
    path = _write(tmp_path, "empty.html", "<html><head><title>x</title></head><body><nav>Home</nav></body></html>")
    [item] = _read(path)
    assert item.code == "E117" and path in item.detail


# --- feeds -----------------------------------------------------------------------------

def test_rss_gives_one_document_per_entry_with_summary_marked(tmp_path):
    items = [("Troops shell rebels", "https://harbour.example/a", ARTICLE[0]),
             ("Rebels vow response", "https://harbour.example/b", ARTICLE[1])]
    path = _write(tmp_path, "feed.rss", rss_feed(items, language="en-GB"))
    docs = _read(path)
    assert [d.title for d in docs] == ["Troops shell rebels", "Rebels vow response"]
    assert [d.text for d in docs] == ARTICLE[:2]
    assert all(d.published == "2024-03-04T09:30:00Z" and d.language == "en" for d in docs)
    assert all([s.name for s in d.provenance.signals] == ["feed_summary_only"] for d in docs)
    assert docs[0].url == "https://harbour.example/a" and docs[0].outlet == "Harbour Daily"


def test_atom_full_content_is_preferred_to_the_summary(tmp_path):
    content = "<p>" + "</p><p>".join(ARTICLE) + "</p>"
    path = _write(tmp_path, "feed.xml", atom_feed("Troops shell rebels", "https://h.example/a",
                                                   content, "Short summary."))
    [doc] = _read(path)
    assert doc.text == "\n".join(ARTICLE)
    assert doc.provenance.signals == []
    assert doc.published == "2024-03-04T07:15:00Z"  # its own offset, in UTC


def test_broken_feed_xml_is_rejected_whole_with_where(tmp_path):
    items = [("A", "https://h.example/a", ARTICLE[0]), ("B", "https://h.example/b", ARTICLE[1])]
    path = _write(tmp_path, "cut.rss", rss_feed(items, broken=True))
    [item] = _read(path)
    assert item.code == "E113" and path in item.detail and "line 1, column" in item.detail


# --- WARC ------------------------------------------------------------------------------

def _warc_records() -> list[bytes]:
    page = html_page().encode()
    return [
        warc_record("warcinfo", "", b"software: test\r\n"),
        warc_record("request", "https://h.example/a", b"GET /a HTTP/1.1\r\n\r\n"),
        warc_record("response", "https://h.example/a", http_response(page)),
        warc_record("response", "https://h.example/gone", http_response(b"no", "404 Not Found")),
        warc_record("response", "https://h.example/pic.png", http_response(b"\x89PNG", content_type="image/png")),
        warc_record("revisit", "https://h.example/a", b""),
        warc_record("response", "https://h.example/cut", http_response(page[:500]), {"WARC-Truncated": "length"}),
        warc_record("response", "https://h.example/b",
                    http_response(html_page("Second page", [p.replace("Monday", "Tuesday") for p in ARTICLE]).encode())),
    ]


def test_warc_keeps_html_responses_and_counts_what_it_skips(tmp_path):
    path = _write(tmp_path, "crawl.warc.gz", gzip_members(_warc_records()))
    notes: list[str] = []
    docs = _read(path, notes=notes)
    assert [d.url for d in docs] == ["https://h.example/a", "https://h.example/b"]
    assert docs[0].published == "2024-03-04" and docs[0].source_path.startswith(path + "@")
    assert notes == [f"{path}: 2 HTML page(s) read; skipped: 1 HTTP 404, 1 not HTML (image/png), "
                     "1 request record, 1 revisit, 1 truncated by the crawler, 1 warcinfo record"]


def test_page_without_a_date_takes_the_crawl_date_and_says_so(tmp_path):
    block = http_response(html_page(published=None).encode())
    path = _write(tmp_path, "crawl.warc", warc_record("response", "https://h.example/a", block))
    [doc] = _read(path)
    assert doc.published == "2024-03-05T10:00:00Z"
    assert [s.name for s in doc.provenance.signals] == ["published_is_crawl_date"]


def test_corrupt_warc_record_is_reported_and_the_next_ones_read(tmp_path):
    members = [gzip.compress(r) for r in _warc_records()]
    damaged = bytearray(members[3])
    damaged[len(damaged) // 2: len(damaged) // 2 + 8] = b"\xff" * 8  # inside record 4's deflate data
    members[3] = bytes(damaged)
    truncated = gzip.compress(warc_record("response", "https://h.example/z", http_response(b"<p>x</p>" * 50)))
    path = _write(tmp_path, "bad.warc.gz", b"".join(members) + truncated[:60])
    items = _read(path)
    rejected = [i for i in items if isinstance(i, Rejection)]
    assert [d.url for d in items if isinstance(d, Document)] == ["https://h.example/a", "https://h.example/b"]
    assert [r.code for r in rejected] == ["E114", "E114"]
    assert all(path in r.detail for r in rejected)
    assert "the file ends inside it" in rejected[1].detail


def test_warc_cut_right_after_a_gzip_magic_is_reported(tmp_path):
    # a damaged record, then the file ends inside the next member's header: after the gzip
    # magic and method, before the rest of the header (found by the fuzz test)
    members = [gzip.compress(r) for r in _warc_records()[:4]]
    damaged = bytearray(members[3])
    damaged[len(damaged) // 2: len(damaged) // 2 + 8] = b"\xff" * 8
    path = _write(tmp_path, "cut.warc.gz", b"".join(members[:3]) + bytes(damaged) + b"\x1f\x8b\x08")
    items = _read(path)
    assert [d.url for d in items if isinstance(d, Document)] == ["https://h.example/a"]
    assert any(isinstance(i, Rejection) and i.code == "E114" and path in i.detail for i in items)


def test_uncompressed_warc_with_a_broken_record_goes_on(tmp_path):
    records = _warc_records()
    broken = records[2].replace(b"Content-Length: ", b"Content-Length: 9", 1)  # claims too much
    path = _write(tmp_path, "bad.warc", b"".join(records[:2] + [broken] + records[3:]))
    items = _read(path)
    assert [d.url for d in items if isinstance(d, Document)][-1] == "https://h.example/b"
    assert any(isinstance(i, Rejection) and i.code == "E114" and path in i.detail for i in items)


# --- CSV, TSV, JSON lines, gzip ----------------------------------------------------------

def test_csv_rows_with_configurable_fields_and_a_ragged_row(tmp_path):
    text = ('id,body,when,site\n'
            'r1,"Rebels attacked a convoy.\nTwo drivers died.",2024-01-02,Wire\n'
            'r2,Talks resumed in Geneva.,2024-01-03,Wire,EXTRA\n'
            'r3,Police arrested two men.,2024-01-04,Wire\n'
            'r4,,2024-01-05,Wire\n')
    path = _write(tmp_path, "rows.csv", text)
    items = _read(path, text_field="body", published_field="when", outlet_field="site")
    assert [type(i).__name__ for i in items] == ["Document", "Rejection", "Document", "Rejection"]
    first = items[0]
    assert (first.id, first.text, first.published, first.outlet) == (
        "r1", "Rebels attacked a convoy.\nTwo drivers died.", "2024-01-02", "Wire")
    assert items[1].code == "E115" and "line 4" in items[1].detail and path in items[1].detail
    assert "5 fields where the header has 4" in items[1].detail
    assert items[3].code == "E119"


def test_tsv_gzipped_and_a_missing_text_column(tmp_path):
    tsv = _write(tmp_path, "rows.tsv.gz", gzip.compress(b"id\ttext\nt1\tShelling hit the port.\n"))
    nocol = _write(tmp_path, "nocol.csv", "id,body\n1,Text here.\n")
    items = _read(tsv, nocol)
    assert isinstance(items[0], Document) and items[0].text == "Shelling hit the port."
    assert items[1].code == "E116" and "'text'" in items[1].detail and "id, body" in items[1].detail


def test_truncated_gzip_keeps_the_lines_before_and_names_the_file(tmp_path):
    lines = "".join(json.dumps({"id": f"n{i}", "text": ARTICLE[i % 3] * 20}) + "\n" for i in range(200))
    data = gzip.compress(lines.encode())
    path = _write(tmp_path, "cut.jsonl.gz", data[: len(data) // 2])
    page = _write(tmp_path, "cut.html.gz", gzip.compress(html_page().encode())[:300])
    items = _read(path, page)
    docs = [i for i in items if isinstance(i, Document)]
    assert 0 < len(docs) < 200 and docs[0].id == "n0"
    rejections = [i for i in items if isinstance(i, Rejection)]
    assert [r.code for r in rejections] == ["E110", "E110"]
    assert path in rejections[0].detail and "after line" in rejections[0].detail
    assert page in rejections[1].detail


def test_a_line_over_the_limit_is_skipped_and_the_next_read(tmp_path, monkeypatch):
    from dateline.ingest import jsonl

    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 1000)
    good = json.dumps({"text": "Rebels attacked a convoy."})
    path = _write(tmp_path, "long.jsonl", "\n".join([good, json.dumps({"text": "x" * 5000}), good]))
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["Document", "Rejection", "Document"]
    assert items[1].code == "E109" and "line 2" in items[1].detail and path in items[1].detail


def test_stdin_is_sniffed(monkeypatch):
    data = json.dumps({"id": "s1", "text": "Troops crossed the border."}).encode() + b"\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(data))))
    [doc] = _read("-")
    assert (doc.id, doc.text) == ("s1", "Troops crossed the border.")


def test_directories_pick_up_every_known_format(tmp_path):
    _write(tmp_path, "a.html", html_page())
    _write(tmp_path, "b.rss", rss_feed([("T", "https://h.example/t", ARTICLE[0])]))
    _write(tmp_path, "c.csv", "text\nShelling hit the port.\n")
    _write(tmp_path, "d.warc.gz", gzip_members(_warc_records()[2:3]))
    _write(tmp_path, "notes.md", "not read")
    items = _read(str(tmp_path))
    assert len(items) == 4 and all(isinstance(i, Document) for i in items)


# --- the command users run ----------------------------------------------------------------

@pytest.mark.slow
def test_code_reports_each_malformed_input_by_name_and_codes_the_rest(tmp_path):
    """`dateline code` over a folder of good and broken inputs of every kind."""
    folder = tmp_path / "in"
    folder.mkdir()
    good_page = _write(folder, "good.html", html_page())
    good_feed = _write(folder, "good.rss", rss_feed([("Troops shell rebels", "https://h.example/a", ARTICLE[0])]))
    lines = "".join(json.dumps({"id": f"n{i}", "text": f"{ARTICLE[i % 3]} Report {i * 7919 % 1000}."}) + "\n"
                    for i in range(300))
    zipped = gzip.compress(lines.encode())
    bad = {
        "cut.jsonl.gz": zipped[: len(zipped) * 3 // 4],
        "lies.html": html_page(paragraphs=[p + " Caf\u00e9." for p in ARTICLE]).encode("cp1252"),
        "broken.rss": rss_feed([("A", "https://h.example/b", ARTICLE[1])], broken=True),
        "ragged.csv": f'text,id\n"{ARTICLE[2]}",1\nShelling hit the port.,2,extra\n'.encode(),
    }
    paths = {name: _write(folder, name, data) for name, data in bad.items()}
    damaged = [gzip.compress(r) for r in _warc_records()]
    damaged[3] = damaged[3][:20] + b"\xff" * 30 + damaged[3][50:]
    paths["damaged.warc.gz"] = _write(folder, "damaged.warc.gz", b"".join(damaged))
    db = tmp_path / "db.duckdb"
    run = CliRunner().invoke(cli, ["code", str(folder), "--db", str(db)])
    assert run.exit_code == 1
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    for name, code in (("cut.jsonl.gz", "E110"), ("lies.html", "E111"), ("broken.rss", "E113"),
                       ("ragged.csv", "E115"), ("damaged.warc.gz", "E114")):
        assert any(f"[{code}] {paths[name]}" in e for e in errors), (name, errors)
    assert len(errors) == 5
    assert "Traceback" not in run.stderr
    con = duckdb.connect(str(db), read_only=True)
    stored = {r[0] for r in con.execute("SELECT source_path FROM documents").fetchall()}
    con.close()
    assert good_page in stored and f"{good_feed}#1" in stored
    assert f"{paths['ragged.csv']}:2" in stored  # the good row of the ragged file
    assert any(s.startswith(paths["cut.jsonl.gz"] + ":") for s in stored)
    assert any(s.startswith(paths["damaged.warc.gz"] + "@") for s in stored)


def test_a_page_found_elsewhere_than_its_canonical_url_keeps_both(tmp_path):
    block = http_response(html_page(canonical="https://h.example/story").encode())
    path = _write(tmp_path, "crawl.warc", warc_record("response", "https://h.example/story?utm=feed", block))
    [doc] = _read(path)
    assert doc.url == "https://h.example/story"
    [signal] = doc.provenance.signals
    assert signal.name == "canonical_url" and "found at https://h.example/story?utm=feed" in signal.evidence
