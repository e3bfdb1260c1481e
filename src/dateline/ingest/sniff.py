"""Telling an input's format from its content and its name.

Content first for the formats that announce themselves (a WARC record, a feed's root
element, an HTML document): a saved page named ``.txt`` is still a page. Then the name
(``.jsonl``, ``.csv``, ...; a ``.gz`` ending is looked through). Then content again for
JSON lines given without a telling name (stdin). Everything else is plain text.
"""

from __future__ import annotations

import re

FORMATS = ("text", "jsonl", "html", "feed", "warc", "csv", "tsv")

SUFFIXES = {
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc",
    ".csv": "csv", ".tsv": "tsv",
}
COMPRESSED = ".gz"

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]", re.IGNORECASE)
_HTML_ANYWHERE = re.compile(rb"<html[\s>]", re.IGNORECASE)
# A byte-order mark, blank space, comments and processing instructions (<?xml ...?>,
# <?xml-stylesheet ...?>) before the first element.
_LEADING = re.compile(rb"^(?:\xef\xbb\xbf)?(?:\s|<!--.*?-->|<\?.*?\?>)*", re.DOTALL)


def format_from_name(path: str) -> str | None:
    """The format a file name says (``.gz`` looked through), or None."""
    name = path.lower()
    if name.endswith(COMPRESSED):
        name = name[: -len(COMPRESSED)]
    dot = name.rfind(".")
    return SUFFIXES.get(name[dot:]) if dot >= 0 else None


def has_known_suffix(path: str) -> bool:
    """True for the files a directory walk picks up."""
    return format_from_name(path) is not None


def format_from_content(head: bytes) -> str | None:
    """The format the first bytes announce (warc, feed, html, jsonl), or None."""
    if head.startswith(b"WARC/"):
        return "warc"
    start = head[_LEADING.match(head).end():]  # type: ignore[union-attr]
    if start.startswith(b"<"):
        if _FEED_ROOT.match(start):
            return "feed"
        if _HTML_START.match(start) or _HTML_ANYWHERE.search(head):
            return "html"
    if start.startswith(b"{"):
        return "jsonl"
    return None


def sniff(path: str, head: bytes) -> str:
    """The format to read an input with: content that announces itself, else the name,
    else content that looks like JSON lines, else text."""
    by_content = format_from_content(head)
    if by_content in ("warc", "feed", "html"):
        return by_content
    return format_from_name(path) or by_content or "text"
