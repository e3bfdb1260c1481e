"""JSON lines (plain or gzipped): one article per line (id, url, title, published,
outlet, text), read line by line so memory stays flat however long the file is."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from ..config import Config
from ..records import Document, Rejection
from .files import reject
from .rows import row_document
from .streams import GZIP_ERRORS, MAX_LINE_BYTES, bounded_lines, gzip_problem


def read_jsonl(path: str, stream: BinaryIO, config: Config) -> Iterator[Document | Rejection]:
    """Yield one Document per line; a bad line is a Rejection, the rest go on."""
    number = 0
    seen_text = False
    try:
        for number, line in bounded_lines(stream, MAX_LINE_BYTES):
            if line is None:
                yield reject(path, "E109", line=number, limit=MAX_LINE_BYTES)
                seen_text = True
            elif line.strip():
                seen_text = True
                yield _document(path, number, line, config)
    except GZIP_ERRORS as exc:
        yield reject(path, "E110", where=f" after line {number}", detail=gzip_problem(exc))
        return
    if not seen_text:
        yield reject(path, "E103")


def _document(path: str, number: int, line: bytes, config: Config) -> Document | Rejection:
    try:
        text = line.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        return reject(path, "E105", line=number, detail=f"not UTF-8 at byte {exc.start}")
    try:
        row = json.loads(text)
    except json.JSONDecodeError as exc:
        return reject(path, "E105", line=number, detail=exc.msg)
    if not isinstance(row, dict):
        return reject(path, "E108", line=number, kind=type(row).__name__)
    return row_document(path, number, row, config)
