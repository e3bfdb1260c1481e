"""`dateline serve` as users run it: the startup line, a live server, and one-line errors."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import duckdb
import pytest

import web_fixtures as fx

DATELINE = [sys.executable, "-m", "dateline.cli"]


def start(db: str, *args: str) -> tuple[subprocess.Popen, str]:
    """Run `dateline serve` on a free port; returns the process and the URL it printed."""
    process = subprocess.Popen([*DATELINE, "serve", "--db", db, "--port", "0", *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    if not line:
        process.kill()
        raise AssertionError("no startup line: " + process.stderr.read())
    return process, line


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*DATELINE, *args], capture_output=True, text=True, timeout=60)


def url_in(line: str) -> str:
    return line.split()[2]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return fx.build(str(tmp_path_factory.mktemp("serve") / "t.duckdb"))


def test_serve_prints_its_url_and_answers(db):
    process, line = start(db)
    try:
        assert line.startswith("dateline explorer: http://127.0.0.1:")
        assert f"{fx.TOTAL_EVENTS} events in 6 documents" in line
        url = url_in(line)
        with urllib.request.urlopen(url + "api/events?country=UKR", timeout=10) as response:
            body = json.loads(response.read())
            assert response.headers["X-Frame-Options"] == "DENY"
        assert body["total"] == 3
        with urllib.request.urlopen(url, timeout=10) as page:  # / leads to the events page
            assert page.url.endswith("/events") and b"<table" in page.read()
    finally:
        stop(process)
    assert process.returncode in (0, -15)


def test_the_database_stays_readable_by_others_while_served(db):
    process, _ = start(db)
    try:
        reader = duckdb.connect(db, read_only=True)
        assert reader.execute("SELECT count(*) FROM events").fetchone()[0] == fx.TOTAL_EVENTS
        reader.close()
    finally:
        stop(process)


def test_a_missing_database_is_one_error_line(tmp_path):
    result = run("serve", "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode == 1
    assert result.stderr.startswith("error: [E312] database ") and "not found" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_file_that_is_not_a_dateline_database(tmp_path):
    other = str(tmp_path / "other.duckdb")
    duckdb.connect(other).close()
    result = run("serve", "--db", other)
    assert result.returncode == 1 and "[E602]" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_database_being_written_is_one_error_line(db):
    writer = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('locked', flush=True); time.sleep(60)", db],
        stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "locked"
        result = run("serve", "--db", db)
    finally:
        writer.kill()
        writer.wait()
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "[E601]" in lines[0] and "Traceback" not in result.stderr


def test_a_port_in_use_is_one_error_line(db):
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    port = taken.getsockname()[1]
    try:
        result = run("serve", "--db", db, "--port", str(port))
    finally:
        taken.close()
    assert result.returncode == 1 and "[E605]" in result.stderr
    assert f"127.0.0.1:{port}" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_serve_help_has_an_example():
    result = run("serve", "--help")
    assert result.returncode == 0 and "Example" in result.stdout and "--host" in result.stdout


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX only")
def test_serve_stops_cleanly_on_interrupt(db):
    process, _ = start(db)
    time.sleep(0.5)
    process.send_signal(2)  # Ctrl+C
    try:
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    assert "Traceback" not in process.stderr.read()


def test_many_requests_at_once_are_all_answered(db):
    from concurrent.futures import ThreadPoolExecutor

    process, line = start(db)
    url = url_in(line)
    paths = ["api/events?country=UKR", "api/network", "events", "documents/doc-deal",
             "api/dyads/timeline?a=RUS&b=UKR", "map", "api/events/download?format=gdelt"] * 6

    def fetch(path: str) -> int:
        with urllib.request.urlopen(url + path, timeout=30) as response:
            response.read()
            return response.status

    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            statuses = list(pool.map(fetch, paths))
        head = urllib.request.Request(url + "events", method="HEAD")
        with urllib.request.urlopen(head, timeout=10) as response:
            assert response.status == 200 and response.read() == b""
            assert response.headers["Content-Security-Policy"]
    finally:
        stop(process)
    assert statuses == [200] * len(paths)
