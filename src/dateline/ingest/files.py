"""Finding input files, and the failures of reading them, said clearly."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from ..errors import message
from ..records import Rejection
from .sniff import COMPRESSED, has_known_suffix
from .streams import STDIN

__all__ = ["STDIN", "expand_paths", "skipped_files", "reject", "decode_utf8"]


def expand_paths(paths: Iterable[str]) -> Iterator[str | Rejection]:
    """Files as given, directories walked recursively (sorted; files whose name says a
    format dateline reads), missing paths rejected."""
    for path in paths:
        if path == STDIN:
            yield path
        elif os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and has_known_suffix(name):
                        yield os.path.join(root, name)
        elif os.path.exists(path):
            yield path
        else:
            yield reject(path, "E101")


def skipped_files(paths: Iterable[str]) -> Iterator[tuple[str, str]]:
    """The files a directory walk of ``paths`` leaves out, each with the reason (hidden
    files and folders are not listed: they are nobody's articles)."""
    for path in paths:
        if path == STDIN or not os.path.isdir(path):
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and not has_known_suffix(name):
                    yield os.path.join(root, name), _unknown_kind(name)


def _unknown_kind(name: str) -> str:
    lowered = name.lower()
    if lowered.endswith(COMPRESSED):
        lowered = lowered[: -len(COMPRESSED)]
    dot = lowered.rfind(".")
    suffix = lowered[dot:] if dot > 0 else "no extension"
    return f"not a format dateline reads by its name ({suffix})"


def reject(path: str, code: str, doc_id: str | None = None, **params: object) -> Rejection:
    """A Rejection for an input (or one record of it), with the catalogue message as detail."""
    return Rejection(doc_id, "ingest", code, message(code, path=path, **params))


def decode_utf8(path: str, data: bytes) -> str | Rejection:
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


def display_name(path: str) -> str:
    """How messages name an input: its path, or <stdin>."""
    return "<stdin>" if path == STDIN else path
