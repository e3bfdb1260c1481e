"""CSV and TSV exports (plain or gzipped): a header row naming the fields, then one
article per row, with the same configurable field names as JSON lines.

Rows are read one at a time; a quoted field may span lines (article bodies have
paragraphs). A row with more or fewer fields than the header is rejected, never padded
or cut; a field longer than the line limit is rejected, never held whole.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import BinaryIO

from ..config import Config
from ..records import Document, Rejection
from .files import reject
from .rows import row_document
from .streams import GZIP_ERRORS, MAX_LINE_BYTES, SKIP_CHUNK, gzip_problem

DELIMITERS = {"csv": ",", "tsv": "\t"}

# The csv module's own cap on one field (process-wide; its default, 128 KiB, is shorter
# than a long article). Raised to the line limit of every line-based reader.
csv.field_size_limit(MAX_LINE_BYTES)


class _LineTooLong(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


class _BoundedLines:
    """Lines for the csv module, none longer than the limit: a longer one is read through
    in chunks and raises _LineTooLong, after which the next line comes as usual (the csv
    reader starts a fresh row after an error from its input)."""

    def __init__(self, text: io.TextIOBase) -> None:
        self.text = text
        self.number = 0

    def __iter__(self) -> "_BoundedLines":
        return self

    def __next__(self) -> str:
        line = self.text.readline(MAX_LINE_BYTES + 1)
        if not line:
            raise StopIteration
        self.number += 1
        if len(line) > MAX_LINE_BYTES:
            while line and not line.endswith("\n"):
                line = self.text.readline(SKIP_CHUNK)
            raise _LineTooLong(self.number)
        return line


def read_table(path: str, stream: BinaryIO, config: Config, fmt: str) -> Iterator[Document | Rejection]:
    """Yield one Document per row; a ragged or broken row is a Rejection, the rest go on."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict", newline="")
    lines = _BoundedLines(text)
    reader = csv.reader(lines, delimiter=DELIMITERS[fmt])
    try:
        header = next(reader, None)
        if header is None:
            yield reject(path, "E103")
            return
        if config.text_field not in header:
            yield reject(path, "E116", field=config.text_field,
                         columns=", ".join(header[:20]) or "none")
            return
        yield from _rows(path, reader, lines, header, config)
    except _LineTooLong as exc:
        yield reject(path, "E109", line=exc.line, limit=MAX_LINE_BYTES)
    except GZIP_ERRORS as exc:
        yield reject(path, "E110", where=f" after line {lines.number}", detail=gzip_problem(exc))
    except UnicodeDecodeError as exc:
        yield reject(path, "E104", position=f"{exc.start} of a block near line {lines.number}",
                     detail=exc.reason)


def _rows(path: str, reader, lines: _BoundedLines, header: list[str], config: Config) -> Iterator[Document | Rejection]:
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield reject(path, "E120", fmt="CSV", detail=f"line {lines.number}: {exc}")
            continue
        except _LineTooLong as exc:
            yield reject(path, "E109", line=exc.line, limit=MAX_LINE_BYTES)
            continue
        if not row or row == [""]:
            continue
        if len(row) != len(header):
            yield reject(path, "E115", line=lines.number, count=len(row), expected=len(header))
            continue
        yield row_document(path, lines.number, dict(zip(header, row)), config, "E119")
