"""WARC archives (``.warc``, ``.warc.gz``; Common Crawl's CC-NEWS) through fastwarc.

Each HTTP 200 response record holding HTML becomes one Document through the HTML
reader, with the record's target URI and date kept. Every other record is skipped and
counted by reason (request, metadata, revisit, HTTP status, other media, truncated by the
crawler, too large); the counts make one note per file. Records are read one at a time.

A corrupt record (bad gzip member, broken headers, a record cut short) is a Rejection
naming the file and the byte where it is, and reading goes on at the next record that
starts cleanly, so one damaged record does not cost the rest of the archive.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from typing import BinaryIO

from ..records import Document, Rejection
from .files import reject
from .html import page_document
from .http import HttpResponse, parse_response
from .streams import GZIP_MAGIC, MAX_DOCUMENT_BYTES

# Where the next record is looked for after a corrupt one: a window is read at a time.
SCAN_WINDOW = 1024 * 1024
WARC_START = b"WARC/1."
KEPT = "kept"

Notify = Callable[[str], None]


def read_warc(path: str, handle: BinaryIO, notify: Notify | None = None) -> Iterator[Document | Rejection]:
    """Yield a Document per HTML page of the archive, a Rejection per corrupt record;
    then ``notify`` gets one line: pages kept and records skipped by reason."""
    tally: Counter[str] = Counter()
    for offset, record in _records(path, handle, tally):
        if isinstance(record, Rejection):
            tally["corrupt"] += 1
            yield record
            continue
        reason, item = _page(path, offset, record)
        tally[reason] += 1
        if item is not None:
            yield item
    if notify is not None:
        notify(_tally_line(path, tally))


def _tally_line(path: str, tally: Counter[str]) -> str:
    skipped = ", ".join(f"{n} {reason}" for reason, n in sorted(tally.items()) if reason != KEPT)
    return f"{path}: {tally[KEPT]} page(s) kept; skipped: {skipped or 'none'}"


def _records(path: str, handle: BinaryIO, tally: Counter[str]) -> Iterator[tuple[int, object]]:
    """(offset, record) for each readable record; (offset, Rejection) where reading
    failed, then the records after it from the next clean record start."""
    from fastwarc.warc import ArchiveIterator

    start, resumed = 0, False
    while True:
        handle.seek(start)
        last = None
        try:
            for record in ArchiveIterator(handle, parse_http=False):
                last = start + record.stream_pos
                resumed = False
                yield last, record
        except OSError as exc:
            failed = start if last is None else last + 1
            resume = next_record_start(handle, failed + 1 if last is None else failed)
            if not resumed:  # a failure right where we resumed is the same damage
                yield failed, reject(path, "E114", offset=failed if last is None else last,
                                     detail=_where(exc, last, resume))
            if resume is None:
                return
            start, resumed = resume, True
            continue
        tail = next_record_start(handle, (last + 1) if last is not None else start)
        if tail is not None and not resumed:
            yield tail, reject(path, "E114", offset=tail,
                               detail="the record is cut short (the file ends inside it)")
        return


def _where(exc: OSError, last: int | None, resume: int | None) -> str:
    after = "" if last is None else f" (after the record at byte {last:,})"
    then = " and nothing readable follows" if resume is None else f"; next record at byte {resume:,}"
    return f"{exc}{after}{then}"


def next_record_start(handle: BinaryIO, after: int) -> int | None:
    """The first offset at or after ``after`` where a record starts cleanly: a gzip member
    that inflates to ``WARC/1.``, or (uncompressed) a ``WARC/1.`` line. None at the end."""
    handle.seek(0)
    compressed = handle.read(2) == GZIP_MAGIC
    magic = GZIP_MAGIC + b"\x08" if compressed else WARC_START
    position = after
    while True:
        handle.seek(position)
        window = handle.read(SCAN_WINDOW)
        if len(window) < len(magic):
            return None
        found = window.find(magic)
        if found < 0:
            position += len(window) - len(magic) + 1
            continue
        candidate = position + found
        if not compressed or _inflates_to_record(handle, candidate):
            return candidate
        position = candidate + 1


def _inflates_to_record(handle: BinaryIO, offset: int) -> bool:
    handle.seek(offset)
    try:
        return zlib.decompressobj(31).decompress(handle.read(4096), 16).startswith(WARC_START)
    except zlib.error:
        return False


def _page(path: str, offset: int, record) -> tuple[str, Document | Rejection | None]:
    """Why a record is skipped, or (KEPT, its Document or Rejection)."""
    from fastwarc.warc import WarcRecordType

    kind = record.record_type
    if kind != WarcRecordType.response:
        return _type_name(kind), None
    if record.headers.get("WARC-Truncated"):
        return "truncated by the crawler", None
    if record.content_length > MAX_DOCUMENT_BYTES:
        return "too large", None
    block = record.reader.read()
    if len(block) < record.content_length:
        name = f"{path}@{offset}"
        return "corrupt", reject(path, "E114", offset=offset, detail=(
            f"{len(block):,} of its {record.content_length:,} bytes are there (cut short)"))
    response = parse_response(block)
    reason = _skip_reason(response)
    if reason:
        return reason, None
    url = record.headers.get("WARC-Target-URI")
    date = record.headers.get("WARC-Date")
    name = f"{path}@{offset}"
    return KEPT, page_document(name, response.body, url=url, http_charset=response.charset,
                               crawl_date=date, source_path=name)


def _skip_reason(response: HttpResponse | None) -> str | None:
    if response is None:
        return "not an HTTP response"
    if response.status != 200:
        return f"HTTP {response.status}"
    if response.problem:
        return response.problem
    if not response.is_html:
        return f"not HTML ({response.media_type or 'no type'})"
    return None


def _type_name(kind) -> str:
    name = str(kind).rsplit(".", 1)[-1]
    return "revisit" if name == "revisit" else f"{name} record"
