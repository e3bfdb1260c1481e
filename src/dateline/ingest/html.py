"""Web pages (saved ``.html``/``.htm``, gzipped or not, or HTML found in any input)
through trafilatura: the article body, and the page's own metadata in Document fields.

What trafilatura takes out of the body is not lost: the title, author, date, site name,
canonical URL and declared language of the page fill the Document's fields, and the
clean stage still runs on the body (boilerplate, provenance, language).

Charset: a byte-order mark, else the HTTP header's charset (WARC, fetched pages), else
the page's ``<meta>`` declaration, else UTF-8 (windows-1252 when it is not UTF-8). A page
whose bytes do not match its declared charset is rejected, never coded as mojibake.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import BinaryIO

from ..records import Document, Provenance, Rejection, Signal, input_id, stable_id
from .files import display_name, reject
from .streams import MAX_DOCUMENT_BYTES, read_limited

# WHATWG Encoding: these labels mean windows-1252 on the web.
_WEB_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252",
                "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}
_SINGLE_BYTE = re.compile(r"^(cp125\d|latin_?\d|iso8859_\d+|cp\d{3}|mac_\w+|koi8_\w)$")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_HTML_LANG = re.compile(rb"""<html[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3})\b""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# How far into a page its charset and language declarations are looked for.
HEAD_BYTES = 8192
# A body of fewer words is what trafilatura falls back to on a page with no article
# (a menu: "Home"); no news article is that short.
MIN_BODY_WORDS = 5
# Dates from the page's markup (meta tags, <time>, the URL) only: the extensive search
# also guesses from a footer's "Copyright 2024", a year taken for January 1st.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(path: str, stream: BinaryIO) -> Iterator[Document | Rejection]:
    """Yield the one Document of a saved page, or its Rejection."""
    data, oversize = read_limited(stream, MAX_DOCUMENT_BYTES)
    if oversize is not None:
        yield reject(path, "E112", size=oversize, limit=MAX_DOCUMENT_BYTES)
        return
    yield page_document(display_name(path), data, source_path=display_name(path),
                        fallback_id=None if path == "-" else input_id(path))


def page_document(name: str, data: bytes, *, url: str | None = None,
                  http_charset: str | None = None, crawl_date: str | None = None,
                  source_path: str | None = None,
                  fallback_id: str | None = None) -> Document | Rejection:
    """The Document of one page's bytes: ``name`` is how errors call it, ``url`` where it
    was found (its canonical URL wins), ``crawl_date`` the date it was fetched (used as
    the publication date, and said so, when the page gives none)."""
    text = decode_page(name, data, http_charset)
    if isinstance(text, Rejection):
        return text
    return _extract(name, text, data[:HEAD_BYTES], url, crawl_date, source_path, fallback_id)


def decode_page(name: str, data: bytes, http_charset: str | None = None) -> str | Rejection:
    """The page's text in the charset it declares (see the module docstring)."""
    if not data.strip():
        return reject(name, "E103")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_declared(name, data, codec, "its byte-order mark")
    declared = http_charset
    if not declared:
        match = _META_CHARSET.search(data[:HEAD_BYTES])
        declared = match.group(1).decode("ascii", "replace") if match else None
    if declared:
        return _decode_declared(name, data, declared, declared)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _decode_declared(name: str, data: bytes, label: str, declared: str) -> str | Rejection:
    label = _WEB_ALIASES.get(label.strip().lower(), label.strip().lower())
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return reject(name, "E111", declared=declared, detail="no such charset is known")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        return reject(name, "E111", declared=declared,
                      detail=f"byte {exc.start:,} (0x{data[exc.start]:02x}) is not {declared}")
    if _SINGLE_BYTE.match(codec) and _is_utf8_text(data):
        return reject(name, "E111", declared=declared, detail="its bytes are UTF-8")
    return text


def _is_utf8_text(data: bytes) -> bool:
    """True when the bytes are UTF-8 with characters beyond ASCII (so a single-byte
    declaration would turn each of them into two or three wrong characters)."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _extract(name: str, text: str, head: bytes, url: str | None, crawl_date: str | None,
             source_path: str | None, fallback_id: str | None) -> Document | Rejection:
    import trafilatura

    try:
        page = trafilatura.bare_extraction(text, url=url, with_metadata=True,
                                           include_comments=False, date_extraction_params=DATE_PARAMS)
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        return reject(name, "E117", detail=f" ({type(exc).__name__}: {exc})")
    body = (page.text or "").strip() if page is not None else ""
    if len(body.split()) < MIN_BODY_WORDS:
        return reject(name, "E117", detail=f" (only {body!r})" if body else "")
    canonical = page.url if page.url and page.url.startswith(("http://", "https://")) else url
    signals = []
    if url and canonical != url:  # where it was found is kept, its own URL is its identity
        signals.append(Signal("canonical_url", f"found at {url}; the page names {canonical} as its URL"))
    published = page.date
    if not published and crawl_date:
        published = crawl_date
        signals.append(Signal("published_is_crawl_date",
                              f"the page gives no date; fetched on {crawl_date}"))
    lang = _HTML_LANG.search(head)
    return Document(
        id=stable_id(canonical) if canonical else (fallback_id or stable_id(body)),
        text=body,
        url=canonical,
        outlet=page.sitename or page.hostname,
        title=page.title,
        published=published,
        language=lang.group(1).lower().decode() if lang else None,
        provenance=Provenance(author=page.author, signals=signals),
        source_path=source_path or name,
    )
