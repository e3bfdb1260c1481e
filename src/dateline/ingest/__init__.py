"""The ingest stage: one reader per format, streaming Documents (or Rejections).

Entry point: :func:`read_inputs`. Formats: plain text, JSON lines, CSV and TSV (one
article per line or row), HTML pages, RSS and Atom feeds (one article per entry), WARC
archives (one article per HTML response); any of them gzipped. The format comes from
the content (a WARC record, a feed, an HTML page announce themselves), else the file
name, else it is text. Every input, line or record that cannot be read becomes a
``Rejection`` naming the input and the reason; the others go on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from ..config import Config
from ..records import Document, Rejection
from .dating import dated
from .feeds import feed_entries, read_feed
from .files import STDIN, expand_paths, reject, skipped_files
from .html import page_document, read_html
from .jsonl import read_jsonl
from .sniff import FORMATS, sniff
from .streams import GZIP_ERRORS, gzip_problem, open_stream
from .tabular import read_table
from .text import read_text
from .warc import read_warc

__all__ = ["read_inputs", "expand_paths", "skipped_files", "FORMATS", "page_document", "feed_entries"]

Notify = Callable[[str], None]


def read_inputs(paths: Iterable[str], config: Config | None = None, fmt: str = "auto",
                notify: Notify | None = None) -> Iterator[Document | Rejection]:
    """Stream Documents from files, directories (recursively) and ``-`` (stdin).

    ``fmt`` forces a format (one of FORMATS) or is "auto"; ``notify`` receives notes
    that are not errors (a WARC file's count of pages kept and records skipped).
    Publication dates come out in ISO 8601 (see ``dating``)."""
    config = config or Config()
    for path in expand_paths(paths):
        if isinstance(path, Rejection):
            yield path
            continue
        yield from dated(_read_one(path, config, fmt, notify), config)


def _read_one(path: str, config: Config, fmt: str, notify: Notify | None) -> Iterator[Document | Rejection]:
    try:
        with open_stream(path) as (stream, start):
            kind = fmt if fmt != "auto" else sniff(path, start)
            if kind == "warc":
                yield from _warc(path, notify)
            elif kind in ("csv", "tsv"):
                yield from read_table(path, stream, config, kind)
            elif kind == "jsonl":
                yield from read_jsonl(path, stream, config)
            else:
                reader = {"html": read_html, "feed": read_feed, "text": read_text}[kind]
                yield from reader(path, stream)
    except GZIP_ERRORS as exc:
        yield reject(path, "E110", where="", detail=gzip_problem(exc))
    except OSError as exc:
        yield reject(path, "E107", detail=exc.strerror or str(exc))


def _warc(path: str, notify: Notify | None) -> Iterator[Document | Rejection]:
    """WARC needs the file itself (it seeks past damaged records), not a decompressed stream."""
    if path == STDIN:
        yield reject(path, "E120", fmt="WARC", detail="a WARC archive is read from a file, not stdin")
        return
    with open(path, "rb") as handle:
        yield from read_warc(path, handle, notify)
