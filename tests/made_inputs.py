"""Inputs made by the tests, in every format dateline reads: HTML pages, feeds, WARC
records (written here byte by byte: the format is a header block and a counted body)."""

from __future__ import annotations

import gzip
from xml.sax.saxutils import escape

ARTICLE = [
    "Government troops shelled rebel positions near the northern border on Monday, "
    "killing at least four fighters, a military spokesman said.",
    "The rebels accused the army of breaking a ceasefire agreed last month in talks "
    "brokered by neighbouring states, and vowed to respond.",
    "Diplomats in the capital called on both sides to return to negotiations and to let "
    "aid convoys reach villages cut off by the fighting.",
]


def html_page(title: str = "Troops shell rebel positions", paragraphs: list[str] | None = None, *,
              charset: str | None = "utf-8", lang: str = "en", canonical: str | None = None,
              author: str | None = "Jane Reporter", published: str | None = "2024-03-04",
              site: str | None = "Harbour Daily") -> str:
    """A news page with navigation, an article, related links and a footer."""
    meta = [f'<meta charset="{charset}">' if charset else "", f"<title>{escape(title)}</title>"]
    if canonical:
        meta.append(f'<link rel="canonical" href="{canonical}">')
    if author:
        meta.append(f'<meta name="author" content="{author}">')
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    if site:
        meta.append(f'<meta property="og:site_name" content="{site}">')
    body = "".join(f"<p>{escape(p)}</p>" for p in (paragraphs or ARTICLE))
    return (f'<!DOCTYPE html><html lang="{lang}"><head>{"".join(meta)}</head><body>'
            f'<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>'
            f"<article><h1>{escape(title)}</h1>{body}</article>"
            f'<aside><h2>Related</h2><ul><li><a href="/x">Markets rally</a></li></ul></aside>'
            f"<footer>Copyright 2024 Harbour Daily. All rights reserved.</footer></body></html>")


def warc_record(kind: str, uri: str, block: bytes, extra: dict[str, str] | None = None) -> bytes:
    """One WARC/1.0 record."""
    headers = {"WARC-Type": kind, "WARC-Record-ID": f"<urn:uuid:{abs(hash((kind, uri))):032x}>",
               "WARC-Target-URI": uri, "WARC-Date": "2024-03-05T10:00:00Z",
               "Content-Type": "application/http; msgtype=response" if kind == "response" else "text/plain",
               **(extra or {}), "Content-Length": str(len(block))}
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    return head.encode() + block + b"\r\n\r\n"


def http_response(body: bytes, status: str = "200 OK", content_type: str = "text/html; charset=utf-8") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def gzip_members(records: list[bytes]) -> bytes:
    """Each record its own gzip member, as WARC files are compressed."""
    return b"".join(gzip.compress(r) for r in records)


def rss_feed(items: list[tuple[str, str, str]], language: str = "en", broken: bool = False) -> bytes:
    """An RSS 2.0 feed of (title, link, description) items; ``broken`` cuts it mid-tag."""
    entries = "".join(f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
                      f"<pubDate>Mon, 04 Mar 2024 09:30:00 GMT</pubDate>"
                      f"<description>{escape(d)}</description></item>" for t, link, d in items)
    text = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbour Daily</title>'
            f"<language>{language}</language>{entries}</channel></rss>")
    return (text[: len(text) - 40] if broken else text).encode("utf-8")


def atom_feed(title: str, link: str, content_html: str, summary: str) -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Harbour Daily</title><id>urn:x</id><updated>2024-03-04T09:30:00Z</updated>"
            f"<entry><title>{escape(title)}</title><link href=\"{link}\"/><id>{link}</id>"
            f"<updated>2024-03-04T09:30:00Z</updated><published>2024-03-04T08:15:00+01:00</published>"
            f"<summary>{escape(summary)}</summary>"
            f'<content type="html">{escape(content_html)}</content></entry></feed>').encode("utf-8")
