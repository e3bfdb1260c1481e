"""Any bytes at all, in the envelope of every format dateline reads (and gzipped, and cut
short): each reader yields Documents and Rejections with catalogue codes that name the
input, never raises, never hangs. A 200 MB line is rejected without being held.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.errors import CATALOGUE
from dateline.ingest import read_inputs
from dateline.records import Document, Rejection
from made_inputs import gzip_members, http_response, warc_record

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
junk = st.binary(max_size=400)


def _csv(cells: list[str]) -> bytes:
    rows = ["id,text,url"] + [f'{n},"{c.replace(chr(34), chr(34) * 2)}",' for n, c in enumerate(cells)]
    return "\n".join(rows).encode("utf-8")


def _feed(cells: list[str]) -> bytes:
    items = "".join(f"<item><title>{c}</title><description>{c}</description></item>" for c in cells)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()


def _warc(cells: list[str]) -> bytes:
    return gzip_members([warc_record("response", f"http://h.example/{n}",
                                     http_response(f"<html><body><p>{c}</p></body></html>".encode()))
                        for n, c in enumerate(cells)])


ENVELOPES = {
    "page.txt": lambda cells: "\n".join(cells).encode("utf-8"),
    "rows.jsonl": lambda cells: "\n".join(json.dumps({"text": c}) for c in cells).encode("utf-8"),
    "rows.csv": _csv,
    "rows.tsv": lambda cells: ("text\n" + "\n".join(c.replace("\t", " ") for c in cells)).encode(),
    "page.html": lambda cells: ("<html><body>" + "".join(f"<p>{c}</p>" for c in cells) + "</body></html>").encode(),
    "feed.rss": _feed,
    "crawl.warc.gz": _warc,
}


def _check(path: Path) -> list:
    items = list(read_inputs([str(path)]))
    for item in items:
        assert isinstance(item, (Document, Rejection))
        if isinstance(item, Rejection):
            assert item.code in CATALOGUE
            assert str(path) in item.detail
        else:
            assert item.text.strip() and item.id
    return items


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(ENVELOPES)), cells=st.lists(texts, max_size=4),
       noise=junk, cut=st.integers(min_value=0, max_value=100), zipped=st.booleans())
def test_every_reader_takes_any_content(name, cells, noise, cut, zipped):
    data = ENVELOPES[name](cells)
    if cut:  # damage: cut at a point, and put random bytes there
        point = len(data) * cut // 100
        data = data[:point] + noise
    if zipped and not name.endswith(".gz"):
        data, name = gzip.compress(data)[: None if cut % 3 else max(len(data) // 2, 12)], name + ".gz"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        _check(path)


@settings(max_examples=40, deadline=None)
@given(data=junk, name=st.sampled_from(["a.txt", "a.jsonl", "a.csv", "a.html", "a.rss", "a.warc",
                                        "a.warc.gz", "a.jsonl.gz", "a.bin"]))
def test_random_bytes_under_any_name(data, name):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        _check(path)


@pytest.mark.slow
def test_a_200_mb_line_is_rejected_in_flat_memory(tmp_path):
    """Measured in a child process: reading the file must not hold the line."""
    path = tmp_path / "giant.jsonl"
    with open(path, "wb") as handle:
        handle.write(json.dumps({"id": "before", "text": "Rebels attacked a convoy."}).encode() + b"\n")
        handle.write(b'{"text": "')
        chunk = b"x" * (1024 * 1024)
        for _ in range(200):
            handle.write(chunk)
        handle.write(b'"}\n')
        handle.write(json.dumps({"id": "after", "text": "Talks resumed."}).encode() + b"\n")
    # The child's own high-water mark (VmHWM): ru_maxrss would carry the parent's over.
    script = (
        "import re, sys\n"
        "from dateline.ingest import read_inputs\n"
        "items = list(read_inputs([sys.argv[1]]))\n"
        "print([getattr(i, 'id', None) or i.code for i in items])\n"
        "print(items[1].detail)\n"
        "status = open('/proc/self/status').read()\n"
        "print(int(re.search(r'VmHWM:\\s+(\\d+)', status).group(1)) // 1024)\n")
    run = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    ids, detail, peak_mb = run.stdout.splitlines()
    assert ids == "['before', 'E109', 'after']"
    assert str(path) in detail and "line 2" in detail
    assert int(peak_mb) < 150  # the line is 200 MB; the reader holds at most 8 MiB of it
