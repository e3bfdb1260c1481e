"""Opening inputs as byte streams: gzip undone on the fly, reads bounded in size.

Every reader streams: it asks for a line, a record or one document's bytes at a time,
and never for more than a documented limit, so memory stays flat however large the
input is and a runaway line or page is rejected instead of filling memory.
"""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

STDIN = "-"
GZIP_MAGIC = b"\x1f\x8b"
# Longest line read from JSON lines, CSV or TSV, in bytes. The longest article coded is
# 250,000 characters (pipeline.MAX_CHARS): at most 1 MB as UTF-8, a few MB with JSON
# escapes; 8 MiB leaves room for metadata fields and still bounds memory. A longer line
# is skipped (read through in small chunks) and reported.
MAX_LINE_BYTES = 8 * 1024 * 1024
# Largest input read whole as one document (a text file, an HTML page, one WARC record's
# page): the largest page of the scrapinghub benchmark is 0.6 MB; 32 MiB is fifty times that.
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
# How much of a line too long is read at a time while it is skipped.
SKIP_CHUNK = 1024 * 1024
# How many bytes of an input are looked at to tell its format.
SNIFF_BYTES = 8192
# What a damaged gzip stream raises while it is read (cut short, bad CRC, not gzip).
GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)


# Bytes of a (compressed) input peeked at to sniff it.
PEEK_BYTES = 65536


@contextmanager
def open_stream(path: str) -> Iterator[tuple[BinaryIO, bytes]]:
    """The input's bytes, decompressed when it is gzip (by its first bytes, not its
    name), and its first (decompressed) bytes to sniff. Raises OSError when unreadable."""
    if path == STDIN:
        raw: BinaryIO = sys.stdin.buffer
        if not hasattr(raw, "peek"):
            raw = io.BufferedReader(raw, PEEK_BYTES)  # type: ignore[arg-type]
        yield _maybe_gunzip(raw)
        return
    with open(path, "rb", buffering=PEEK_BYTES) as handle:
        yield _maybe_gunzip(handle)


def _maybe_gunzip(handle: BinaryIO) -> tuple[BinaryIO, bytes]:
    start = handle.peek(PEEK_BYTES)[:PEEK_BYTES]  # type: ignore[attr-defined]
    if start[:2] != GZIP_MAGIC:
        return handle, start[:SNIFF_BYTES]
    return io.BufferedReader(Gunzip(handle), SNIFF_BYTES), _gunzip_start(start)


class Gunzip(io.RawIOBase):
    """Gzip data (any number of members) decompressed as it is read. Unlike GzipFile,
    every byte inflated before damage is handed out first; the error (EOFError for data
    cut short, zlib.error for corrupt data) comes on the read after, so a reader keeps
    the lines before the damage. Output is inflated a bounded piece at a time."""

    def __init__(self, source: BinaryIO) -> None:
        self.source = source
        self.inflater = zlib.decompressobj(31)
        self.fed = False  # whether the current member has had input
        self.carry = b""  # input to feed before reading more
        self.pending = b""
        self.error: BaseException | None = None
        self.finished = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while not self.pending and not self.finished and self.error is None:
            self._inflate_more()
        if not self.pending:
            if self.error is not None:
                error, self.error, self.finished = self.error, None, True
                raise error
            return 0
        size = min(len(buffer), len(self.pending))
        buffer[:size] = self.pending[:size]
        self.pending = self.pending[size:]
        return size

    def _inflate_more(self) -> None:
        data, self.carry = self.carry or self.source.read(SKIP_CHUNK), b""
        if not data:
            if self.fed and not self.inflater.eof:
                self.error = EOFError("gzip data ends before its end marker")
            self.finished = True
            return
        try:
            self.pending = self.inflater.decompress(data, SKIP_CHUNK)
        except zlib.error as exc:
            self.error = exc
            return
        self.fed = True
        self.carry = self.inflater.unconsumed_tail
        if self.inflater.eof:  # the next member, if any (zero padding may follow the last)
            rest = self.inflater.unused_data
            self.inflater, self.fed = zlib.decompressobj(31), False
            self.carry = rest if rest.strip(b"\x00") else b""


def _gunzip_start(data: bytes) -> bytes:
    """The first decompressed bytes of gzip data (of its first member; as much as comes
    out before any damage, which the reader meets and reports in its turn)."""
    inflater = zlib.decompressobj(31)
    try:
        return inflater.decompress(data, SNIFF_BYTES)
    except zlib.error:
        return b""


def read_limited(stream: BinaryIO, limit: int = MAX_DOCUMENT_BYTES) -> tuple[bytes, int | None]:
    """Up to ``limit`` bytes; the second value is the input's size when it was larger
    (the rest is read through and dropped, so the size can be reported), else None."""
    data = stream.read(limit + 1)
    if len(data) <= limit:
        return data, None
    size = len(data)
    while chunk := stream.read(SKIP_CHUNK):
        size += len(chunk)
    return b"", size


def bounded_lines(stream: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for each line; a line longer than ``limit`` comes as None
    after it has been read through in chunks (never held whole)."""
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if len(line) > limit:
            while line and not line.endswith(b"\n"):
                line = stream.readline(SKIP_CHUNK)
            yield number, None
        else:
            yield number, line


def gzip_problem(exc: BaseException) -> str:
    """What went wrong in a gzip stream, in a few words."""
    if isinstance(exc, EOFError):
        return "the gzip stream ends before its end marker (truncated)"
    return f"{type(exc).__name__}: {exc}"
