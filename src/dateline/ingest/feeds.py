"""RSS and Atom feeds through feedparser: one Document per entry.

An entry's text is its full content when the feed carries it, else its summary (marked
with the ``feed_summary_only`` signal), else its title (``feed_title_only``). Its link
is its URL and identity; its publication date fills ``published``; the feed's declared
language and title (as the outlet) go with every entry.

A feed whose XML is broken is rejected whole, with the parser's reason and position:
the loose parse feedparser falls back to can return half an entry, and half a record
is never coded.
"""

from __future__ import annotations

import calendar
import time
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..records import Document, Provenance, Rejection, Signal, input_id, stable_id
from .files import STDIN, display_name, reject
from .fragments import fragment_text
from .streams import MAX_DOCUMENT_BYTES, read_limited


def read_feed(path: str, stream: BinaryIO) -> Iterator[Document | Rejection]:
    """Yield one Document per entry of a feed file, or the feed's Rejection."""
    data, oversize = read_limited(stream, MAX_DOCUMENT_BYTES)
    if oversize is not None:
        yield reject(path, "E112", size=oversize, limit=MAX_DOCUMENT_BYTES)
        return
    yield from feed_entries(display_name(path), data, source=None if path == STDIN else path)


def feed_entries(name: str, data: bytes, source: str | None = None,
                 url: str | None = None) -> Iterator[Document | Rejection]:
    """The entries of a feed's bytes; ``source`` (a file) gives ids to entries without a
    link, ``url`` (a fetched feed) resolves relative links."""
    import feedparser

    if not data.strip():
        yield reject(name, "E103")
        return
    parsed = feedparser.parse(data, response_headers={"content-location": url} if url else None)
    problem = _fatal_problem(parsed)
    if problem:
        yield reject(name, "E113", detail=problem)
        return
    channel = parsed.get("feed", {})
    language = _language(channel.get("language"))
    outlet = channel.get("title") or None
    for number, entry in enumerate(parsed.entries, 1):
        yield _entry(name, number, entry, source, outlet, language)


def _fatal_problem(parsed: Any) -> str | None:
    """Why the feed cannot be trusted (broken XML, not a feed at all), or None."""
    exc = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if exc is not None and hasattr(exc, "getLineNumber"):  # the XML parser's own error
        return f"line {exc.getLineNumber()}, column {exc.getColumnNumber()}: {exc.getMessage()}"
    if not parsed.get("version") and not parsed.entries:
        reason = f" ({type(exc).__name__}: {exc})" if exc is not None else ""
        return f"no RSS or Atom feed found{reason}"
    return None


def _language(value: str | None) -> str | None:
    """'en' from 'en-gb', 'en_US', 'EN'."""
    if not value:
        return None
    code = value.strip().replace("_", "-").split("-")[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


def _entry(name: str, number: int, entry: Any, source: str | None, outlet: str | None,
           language: str | None) -> Document | Rejection:
    link = entry.get("link") or None
    key = link or entry.get("id") or None
    text, signal = _entry_text(entry)
    title = fragment_text(entry.get("title", "")) or None
    if not text:
        return reject(name, "E118", entry=number)
    if key:
        doc_id = stable_id(key)
    else:
        doc_id = input_id(source, number) if source else stable_id(name, text)
    signals = [signal] if signal else []
    return Document(
        id=doc_id, text=text, url=link, outlet=outlet, title=title,
        published=_published(entry), language=language,
        provenance=Provenance(author=entry.get("author") or None, signals=signals),
        source_path=f"{name}#{number}",
    )


def _entry_text(entry: Any) -> tuple[str, Signal | None]:
    """The fullest text the entry carries, and a signal when it is not the full article."""
    contents = [c.get("value", "") for c in entry.get("content", []) or []]
    full = "\n".join(t for t in (fragment_text(c) for c in contents) if t)
    if full:
        return full, None
    summary = fragment_text(entry.get("summary", ""))
    if summary:
        return summary, Signal("feed_summary_only", "the feed gives a summary, not the article")
    title = fragment_text(entry.get("title", ""))
    if title:
        return title, Signal("feed_title_only", "the feed gives only a title")
    return "", None


def _published(entry: Any) -> str | None:
    """ISO 8601 in UTC from the entry's published (else updated) date."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    stamp = calendar.timegm(parsed)
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(stamp))
