"""dateline watch: feeds polled from a local server (127.0.0.1 only) that changes between
polls; new entries coded once; slow, failing, looping and oversize pages reported by
name and reason; robots.txt, the user agent and the per-host delay obeyed; a crashed
watcher restarted with no entry twice and none missed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dateline.watch import FeedWatcher, Fetcher, parse_interval, read_feed_list
from local_http import LocalServer, Route, page, rss

pytestmark = pytest.mark.slow
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
DATELINE = [sys.executable, "-m", "dateline.cli"]


def _example(name: str) -> list[str]:
    text = (EXAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    return [p for p in text.split("\n") if p.strip()]


def _item(server: LocalServer, slug: str, name: str, date: int = 1_700_000_000) -> dict[str, str]:
    paragraphs = _example(name)
    return {"title": f"{name} report", "link": server.url(f"/news/{slug}"), "date": str(date),
            "description": " ".join(paragraphs)}


@pytest.fixture(scope="module")
def pipeline():
    from dateline.pipeline import Pipeline

    return Pipeline()


def _rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _watcher(pipeline, db: Path, lines: list, **kwargs) -> FeedWatcher:
    fetcher = Fetcher(delay=kwargs.pop("delay", 0.0), timeout=kwargs.pop("timeout", 5.0),
                      max_bytes=kwargs.pop("max_bytes", 10_000_000))
    return FeedWatcher(pipeline, str(db), fetcher, say=lambda kind, line: lines.append((kind, line)), **kwargs)


def test_new_entries_are_coded_once_and_changed_ones_again(pipeline, tmp_path):
    db = tmp_path / "watch.duckdb"
    lines: list = []
    with LocalServer() as server:
        feed = server.url("/feed.xml")
        first = [_item(server, "a", "ceasefire"), _item(server, "b", "sanctions")]
        server.routes["/feed.xml"] = Route(rss(first), content_type="application/rss+xml")
        watcher = _watcher(pipeline, db, lines)
        assert watcher.poll([feed])["coded"] == 2
        assert watcher.poll([feed])["coded"] == 0  # nothing new
        changed = dict(first[0], description=" ".join(_example("shelling")))
        server.routes["/feed.xml"] = Route(rss([changed, first[1], _item(server, "c", "arms_deal")]),
                                           content_type="application/rss+xml")
        assert watcher.poll([feed])["coded"] == 2  # the changed entry and the new one
        watcher.fetcher.close()
    docs = _rows(db, "SELECT url, text FROM documents ORDER BY url")
    assert [url.rsplit("/", 1)[1] for url, _ in docs] == ["a", "b", "c"]
    assert "shelled" in docs[0][1] or "shell" in docs[0][1]  # entry a now holds its new text
    states = _rows(db, "SELECT status, count(*) FROM watch_entries GROUP BY 1")
    assert states == [("coded", 3)]
    assert not [line for kind, line in lines if kind == "error"]


def test_fetch_reports_each_bad_page_by_name_and_reason_and_retries_only_what_may_pass(pipeline, tmp_path):
    db = tmp_path / "watch.duckdb"
    lines: list = []
    with LocalServer() as server:
        names = ["good", "slow", "broken", "loop", "huge", "private"]
        items = [_item(server, slug, "border_talks") for slug in names]
        server.routes["/feed.xml"] = Route(rss(items), content_type="application/rss+xml")
        server.routes["/robots.txt"] = Route(b"User-agent: dateline\nDisallow: /news/private\n",
                                             content_type="text/plain")
        server.routes["/news/good"] = Route(page("Border talks", _example("border_talks")))
        server.routes["/news/slow"] = Route(page("Slow", _example("ceasefire")), delay=3.0)
        server.routes["/news/broken"] = Route(b"oops", status=500, content_type="text/plain")
        server.routes["/news/loop"] = Route(status=302, headers={"Location": "/news/loop2"})
        server.routes["/news/loop2"] = Route(status=302, headers={"Location": "/news/loop"})
        server.routes["/news/huge"] = Route(page("Huge", ["Word " * 60_000]))
        server.routes["/news/private"] = Route(page("Private", _example("sanctions")))
        watcher = _watcher(pipeline, db, lines, fetch_pages=True, timeout=1.5, max_bytes=200_000)
        counts = watcher.poll([server.url("/feed.xml")])
        errors = [line for kind, line in lines if kind == "error"]
        assert counts["coded"] == 1 and counts["failed"] == 5
        by_page = {name: [e for e in errors if f"/news/{name}:" in e] for name in names}
        assert "timed out" in by_page["slow"][0] or "no whole answer" in by_page["slow"][0]
        assert "HTTP 500" in by_page["broken"][0]
        assert "redirect loop" in by_page["loop"][0]
        assert "[E502]" in by_page["huge"][0]
        assert "[E503]" in by_page["private"][0] and "robots.txt" in by_page["private"][0]
        assert not by_page["good"]
        assert server.hits("/news/private") == 0  # robots.txt was obeyed
        assert all("dateline" in headers.get("User-Agent", "") for _, headers, _ in server.requests)

        # The next poll tries again only what may pass (a timeout, a 500); the 500 is now fixed.
        server.routes["/news/broken"] = Route(page("Fixed", _example("protest_arrests")))
        before = {name: server.hits(f"/news/{name}") for name in names}
        counts = watcher.poll([server.url("/feed.xml")])
        assert counts["coded"] == 1  # the fixed page
        assert server.hits("/news/broken") == before["broken"] + 1
        assert server.hits("/news/slow") == before["slow"] + 1
        for name in ("good", "loop", "huge"):
            assert server.hits(f"/news/{name}") == before[name]
        watcher.fetcher.close()
    stored = _rows(db, "SELECT title FROM documents ORDER BY title")
    assert stored == [("Border talks",), ("Fixed",)]
    codes = {r[0] for r in _rows(db, "SELECT code FROM rejections")}
    assert {"E501", "E502", "E503"} <= codes


def test_requests_to_one_host_are_spaced_by_the_delay(pipeline, tmp_path):
    lines: list = []
    with LocalServer() as server:
        items = [_item(server, f"p{n}", "state_visit") for n in range(3)]
        server.routes["/feed.xml"] = Route(rss(items), content_type="application/rss+xml")
        for n in range(3):
            server.routes[f"/news/p{n}"] = Route(page(f"Visit {n}", _example("state_visit")))
        watcher = _watcher(pipeline, tmp_path / "w.duckdb", lines, fetch_pages=True, delay=0.4)
        watcher.poll([server.url("/feed.xml")])
        watcher.fetcher.close()
        times = [t for _, _, t in server.requests]
    assert len(times) == 5  # robots.txt, the feed, three pages
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 0.35


def test_the_command_survives_a_crash_with_no_entry_twice_and_none_missed(tmp_path):
    db = tmp_path / "watch.duckdb"
    with LocalServer() as server:
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(f"# two feeds\n{server.url('/one.xml')}\n{server.url('/two.xml')}\n")
        server.routes["/one.xml"] = Route(rss([_item(server, "1a", "ceasefire"), _item(server, "1b", "shelling")]),
                                          content_type="application/rss+xml")
        server.routes["/two.xml"] = Route(rss([_item(server, "2a", "sanctions"), _item(server, "2b", "arms_deal")]),
                                          content_type="application/rss+xml")
        command = DATELINE + ["watch", str(feeds), "--once", "--db", str(db), "--delay", "0"]
        # Killed (as by a power cut) while the second feed's entries are being committed.
        crashed = subprocess.run(command, capture_output=True, text=True, timeout=600,
                                 env={**os.environ, "DATELINE_KILL_AT": "commit:2"})
        assert crashed.returncode == -9
        assert _rows(db, "SELECT count(*) FROM documents") == [(2,)]
        again = subprocess.run(command, capture_output=True, text=True, timeout=600)
        assert again.returncode == 0, again.stderr
        assert "coded 2 new entries" in again.stderr
        third = subprocess.run(command, capture_output=True, text=True, timeout=600)
        assert "coded 0 new entries" in third.stderr
    rows = _rows(db, "SELECT url FROM documents ORDER BY url")
    assert [r[0].rsplit("/", 1)[1] for r in rows] == ["1a", "1b", "2a", "2b"]
    assert _rows(db, "SELECT count(*), count(DISTINCT entry) FROM watch_entries WHERE status = 'coded'") == [(4, 4)]


def test_feed_list_and_interval_are_read_with_clear_errors(tmp_path):
    path = tmp_path / "feeds.txt"
    path.write_text("# comment\nhttp://127.0.0.1:9/a.xml\n\nnot a url\nhttps://127.0.0.1:9/b.xml#x\n")
    urls, problems = read_feed_list(str(path))
    assert urls == ["http://127.0.0.1:9/a.xml", "https://127.0.0.1:9/b.xml#x"]
    assert [p.code for p in problems] == ["E504"] and "line 4" in problems[0].detail
    assert parse_interval("15m") == 900 and parse_interval("30s") == 30 and parse_interval("90") == 90
    with pytest.raises(ValueError):
        parse_interval("soon")
