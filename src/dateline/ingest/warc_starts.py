"""Finding where a WARC record starts, to read on past a damaged one.

A ``.warc.gz`` holds one gzip member per record: a record starts where a gzip header
does (its fixed fields checked, so bytes inside compressed data rarely pass) that
inflates to ``WARC/1.`` (or to nothing yet, when the member is cut short too early to
inflate a byte). An uncompressed WARC's record starts with a ``WARC/1.`` line.
"""

from __future__ import annotations

import zlib
from typing import BinaryIO

from .streams import GZIP_MAGIC

# Bytes read at a time while looking for the next record.
SCAN_WINDOW = 1024 * 1024
WARC_START = b"WARC/1."
_GZIP_START = GZIP_MAGIC + b"\x08"  # and the deflate method
_GZIP_OS = set(range(14)) | {255}


def is_compressed(handle: BinaryIO) -> bool:
    handle.seek(0)
    return handle.read(2) == GZIP_MAGIC


def next_record_start(handle: BinaryIO, after: int) -> int | None:
    """The first offset at or after ``after`` where a record starts; None if none does."""
    compressed = is_compressed(handle)
    magic = _GZIP_START if compressed else b"\n" + WARC_START
    position = after - (0 if compressed else 1)
    while True:
        handle.seek(max(position, 0))
        window = handle.read(SCAN_WINDOW)
        if len(window) < len(magic):
            return None
        found = window.find(magic)
        if found < 0:
            position += len(window) - len(magic) + 1
            continue
        candidate = max(position, 0) + found
        if not compressed:
            return candidate + 1
        if _member_starts(handle, candidate):
            return candidate
        position = candidate + 1


def _member_starts(handle: BinaryIO, offset: int) -> bool:
    handle.seek(offset)
    data = handle.read(4096)
    if len(data) < 10:  # a file cut inside the gzip header ("\x1f\x8b\x08" and no more)
        return False
    flags, extra, system = data[3], data[8], data[9]
    if flags & 0xE0 or extra not in (0, 2, 4) or system not in _GZIP_OS:
        return False
    try:
        start = zlib.decompressobj(31).decompress(data, len(WARC_START))
    except zlib.error:
        return False
    return start == WARC_START[: len(start)]
