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

from collections import Counter
from collections.abc import Callable, Iterator
from typing import BinaryIO

from ..records import Document, Rejection
from .files import reject
from .html import page_document
from .http import HttpResponse, parse_response
from .streams import MAX_DOCUMENT_BYTES
from .warc_starts import next_record_start

KEPT = "kept"

Notify = Callable[[str], None]


def read_warc(path: str, handle: BinaryIO, notify: Notify | None = None) -> Iterator[Document | Rejection]:
    """Yield a Document per HTML page of the archive, a Rejection per corrupt record;
    then ``notify`` gets one line: pages kept and records skipped by reason."""
    tally: Counter[str] = Counter()
    for offset, record, block in _records(path, handle):
        if isinstance(record, Rejection):
            tally["corrupt"] += 1
            yield record
            continue
        reason, item = _page(path, offset, record, block)
        tally[reason] += 1
        if item is not None:
            yield item
    if notify is not None:
        notify(_tally_line(path, tally))


def _tally_line(path: str, tally: Counter[str]) -> str:
    skipped = ", ".join(f"{n} {reason}" for reason, n in sorted(tally.items()) if reason != KEPT)
    return f"{path}: {tally[KEPT]} HTML page(s) read; skipped: {skipped or 'none'}"


def _records(path: str, handle: BinaryIO) -> Iterator[tuple[int, object, bytes | None]]:
    """(offset, record, block) for each readable record (the block read only for the
    responses that may be kept); (offset, Rejection, None) for a damaged record, after
    which reading starts again at the next record that starts cleanly. Record starts
    fastwarc did not reach (inside a record whose length lied, or a last record cut
    short) are looked for and read too."""
    from fastwarc.warc import ArchiveIterator

    start = 0
    while True:
        handle.seek(start)
        last = None
        try:
            for record in ArchiveIterator(handle, parse_http=False):
                offset = _absolute(record.stream_pos, start)
                block = record.reader.read() if _wanted(record) else None
                last = offset
                yield offset, record, block
        except OSError as exc:
            # The damage is in the record after the last one read whole (or right here).
            bad = start if last is None else next_record_start(handle, last + 1)
            resume = None if bad is None else next_record_start(handle, bad + 1)
            then = f"; reading goes on at byte {resume:,}" if resume is not None else "; nothing readable follows"
            yield bad or 0, reject(path, "E114", offset=last + 1 if bad is None else bad,
                                   detail=f"{exc}{then}"), None
            if resume is None:
                return
            start = resume
            continue
        if last is None:
            yield start, reject(path, "E114", offset=start, detail=(
                "no whole record there (the file ends inside it, or it is not WARC)")), None
        following = next_record_start(handle, (start if last is None else last) + 1)
        if following is None:
            return
        start = following


def _absolute(position: int, start: int) -> int:
    """A record's offset in the file: fastwarc counts from the file's start when it reads a
    seekable file (and from where it began otherwise)."""
    return position if position >= start else start + position


def _wanted(record) -> bool:
    """A response record that may hold a page worth reading."""
    from fastwarc.warc import WarcRecordType

    return (record.record_type == WarcRecordType.response and not record.headers.get("WARC-Truncated")
            and record.content_length <= MAX_DOCUMENT_BYTES)


def _page(path: str, offset: int, record, block: bytes | None) -> tuple[str, Document | Rejection | None]:
    """Why a record is skipped, or (KEPT, its Document or Rejection)."""
    from fastwarc.warc import WarcRecordType

    if record.record_type != WarcRecordType.response:
        return _type_name(record.record_type), None
    if record.headers.get("WARC-Truncated"):
        return "truncated by the crawler", None
    if block is None:
        return "too large", None
    if len(block) < record.content_length:
        return "corrupt", reject(path, "E114", offset=offset, detail=(
            f"{len(block):,} of its {record.content_length:,} bytes are there (cut short)"))
    response = parse_response(block)
    reason = _skip_reason(response)
    if reason:
        return reason, None
    name = f"{path}@{offset}"
    return KEPT, page_document(name, response.body, url=record.headers.get("WARC-Target-URI"),
                               http_charset=response.charset,
                               crawl_date=record.headers.get("WARC-Date"), source_path=name)


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
