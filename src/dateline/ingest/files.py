"""Finding input files and reading their bytes with clear failures."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator

from ..errors import message
from ..records import Rejection

TEXT_SUFFIXES = (".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
STDIN = "-"


def input_format(path: str) -> str:
    """'jsonl' or 'text', from the file name (stdin is sniffed by the reader)."""
    return "jsonl" if path.lower().endswith(JSONL_SUFFIXES) else "text"


def expand_paths(paths: Iterable[str]) -> Iterator[str | Rejection]:
    """Files as given, directories walked recursively (sorted), missing paths rejected."""
    for path in paths:
        if path == STDIN:
            yield path
        elif os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and name.lower().endswith(TEXT_SUFFIXES + JSONL_SUFFIXES):
                        yield os.path.join(root, name)
        elif os.path.exists(path):
            yield path
        else:
            yield reject(path, "E101")


def reject(path: str, code: str, **params: object) -> Rejection:
    """A Rejection for an input, with the catalogue message as detail."""
    return Rejection(None, "ingest", code, message(code, path=path, **params))


def read_bytes(path: str) -> bytes | Rejection:
    """The raw bytes of a file or of stdin."""
    if path == STDIN:
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        return reject(path, "E107", detail=exc.strerror or str(exc))


def decode(path: str, data: bytes) -> str | Rejection:
    """UTF-8 text (a BOM is dropped), or a Rejection for binary or badly encoded input."""
    if b"\x00" in data[:65536]:
        return reject(path, "E102")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return reject(path, "E104", position=exc.start, detail=exc.reason)
    if not text.strip():
        return reject(path, "E103")
    return text


def read_input_text(path: str) -> str | Rejection:
    """The decoded text of a file or of stdin, or the Rejection saying why it cannot be read."""
    data = read_bytes(path)
    return data if isinstance(data, Rejection) else decode(path, data)
