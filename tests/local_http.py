"""A small web server for tests, on 127.0.0.1 only, serving what a test puts in its
routes: feeds and pages that change between polls, a slow host, a server error, a
redirect loop, a page over the size limit, a robots.txt.

    with LocalServer() as server:
        server.routes["/feed.xml"] = Route(body=rss(...), content_type="application/rss+xml")
        url = server.url("/feed.xml")
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape


@dataclass
class Route:
    """What a path answers: status, body, headers, and a pause before answering."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    etag: str | None = None


class LocalServer:
    """A threaded HTTP server on 127.0.0.1 and a free port; requests are logged."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str], float]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the http.server API)
                server.requests.append((self.path, dict(self.headers), time.monotonic()))
                route = server.routes.get(self.path, Route(b"not here", status=404, content_type="text/plain"))
                if route.delay:
                    time.sleep(route.delay)
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                if route.etag:
                    self.send_header("ETag", route.etag)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                try:
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def hits(self, path: str) -> int:
        return sum(1 for p, _, _ in self.requests if p == path)

    def __enter__(self) -> "LocalServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def rss(items: list[dict[str, str]], title: str = "Test Wire", language: str = "en") -> bytes:
    """An RSS 2.0 feed of items with link, title, description, pubDate (epoch seconds)."""
    parts = []
    for item in items:
        date = formatdate(float(item.get("date", 1_700_000_000)), usegmt=True)
        parts.append(f"<item><title>{escape(item['title'])}</title><link>{escape(item['link'])}</link>"
                     f"<guid>{escape(item['link'])}</guid><pubDate>{date}</pubDate>"
                     f"<description>{escape(item.get('description', ''))}</description></item>")
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>{escape(title)}</title><link>http://127.0.0.1/</link>"
            f"<language>{language}</language>{''.join(parts)}</channel></rss>").encode("utf-8")


def page(title: str, paragraphs: list[str]) -> bytes:
    """An HTML article page with some navigation around the body."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>'
            f"<article><h1>{escape(title)}</h1>{body}</article>"
            f"<footer>Copyright Test Wire</footer></body></html>").encode("utf-8")
