"""Fetching feeds and pages politely: a user agent naming dateline, robots.txt obeyed,
a delay between two requests to one host, timeouts, a size limit, redirects followed
a few hops (each hop checked against robots.txt too), never a loop."""

from __future__ import annotations

import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from .. import __version__
from ..errors import message

USER_AGENT = f"dateline/{__version__} (news event coder; feed watcher)"
# The robots.txt name dateline answers to (its product token).
ROBOTS_AGENT = "dateline"
# Seconds between two requests to the same host; a robots.txt Crawl-delay longer than
# this is obeyed, up to MAX_CRAWL_DELAY.
HOST_DELAY = 1.0
MAX_CRAWL_DELAY = 30.0
# Seconds to connect, and to wait for each piece of a response; and the longest a whole
# response may take (a host that trickles bytes is cut off).
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 20.0
TOTAL_TIMEOUT = 60.0
# Largest feed or page fetched, in bytes (the largest page of the scrapinghub benchmark
# is 0.6 MB).
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
# How long a host's robots.txt is trusted before it is fetched again, in seconds.
ROBOTS_TTL = 3600.0
CHUNK = 64 * 1024


@dataclass
class Fetched:
    """A response that arrived whole: final URL, status, headers, body."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass
class FetchFailure(Exception):
    """Why a URL could not be fetched; ``transient`` when trying later may work."""

    code: str
    detail: str
    transient: bool = False

    def __str__(self) -> str:
        return self.detail


@dataclass
class _Host:
    last_request: float = 0.0
    robots: urllib.robotparser.RobotFileParser | None = None
    robots_at: float = -1.0
    crawl_delay: float = 0.0


@dataclass
class Fetcher:
    """One polite HTTP client for every feed and page of a watch."""

    delay: float = HOST_DELAY
    max_bytes: int = MAX_BYTES
    timeout: float = TOTAL_TIMEOUT
    sleep: object = time.sleep
    hosts: dict[str, _Host] = field(default_factory=dict)

    def __post_init__(self) -> None:
        read = min(READ_TIMEOUT, self.timeout)
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT}, follow_redirects=False,
            timeout=httpx.Timeout(read, connect=min(CONNECT_TIMEOUT, read)))

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, headers: dict[str, str] | None = None) -> Fetched:
        """The response for ``url`` (redirects followed); raises FetchFailure."""
        seen = set()
        for _ in range(MAX_REDIRECTS + 1):
            if url in seen:
                raise FetchFailure("E501", message("E501", url=url, detail="redirect loop"))
            seen.add(url)
            fetched = self._one(url, headers or {})
            location = fetched.headers.get("location")
            if fetched.status in (301, 302, 303, 307, 308) and location:
                url = urljoin(url, location)
                continue
            return fetched
        raise FetchFailure("E501", message("E501", url=url, detail=f"more than {MAX_REDIRECTS} redirects"))

    def get_ok(self, url: str, headers: dict[str, str] | None = None) -> Fetched:
        """Like :meth:`get`, but an answer other than 200 (or 304, not modified) fails:
        a 5xx or 429 as transient, any other as final."""
        fetched = self.get(url, headers)
        if fetched.status in (200, 304):
            return fetched
        transient = fetched.status >= 500 or fetched.status == 429
        raise FetchFailure("E501", message("E501", url=url, detail=f"HTTP {fetched.status}"),
                           transient=transient)

    def _one(self, url: str, headers: dict[str, str]) -> Fetched:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchFailure("E501", message("E501", url=url, detail="not an http(s) URL"))
        host = self._host(parts)
        if not self._allowed(host, parts, url):
            raise FetchFailure("E503", message("E503", url=url, host=parts.netloc, agent=ROBOTS_AGENT))
        return self._request(host, url, headers)

    def _host(self, parts) -> _Host:
        key = f"{parts.scheme}://{parts.netloc}"
        return self.hosts.setdefault(key, _Host())

    def _wait_turn(self, host: _Host) -> None:
        pause = max(self.delay, min(host.crawl_delay, MAX_CRAWL_DELAY))
        wait = host.last_request + pause - time.monotonic()
        if wait > 0:
            self.sleep(wait)  # type: ignore[operator]
        host.last_request = time.monotonic()

    def _allowed(self, host: _Host, parts, url: str) -> bool:
        if host.robots is None or time.monotonic() - host.robots_at > ROBOTS_TTL:
            host.robots = self._robots(host, f"{parts.scheme}://{parts.netloc}/robots.txt")
            host.robots_at = time.monotonic()
            delay = host.robots.crawl_delay(ROBOTS_AGENT)
            host.crawl_delay = float(delay) if delay else 0.0
        return host.robots.can_fetch(ROBOTS_AGENT, url)

    def _robots(self, host: _Host, robots_url: str) -> urllib.robotparser.RobotFileParser:
        """The host's rules: none when it has no robots.txt (4xx); everything disallowed
        for now when it cannot say (5xx, no answer), as the robots.txt standard asks."""
        rules = urllib.robotparser.RobotFileParser(robots_url)
        try:
            fetched = self._request(host, robots_url, {})
        except FetchFailure:
            rules.disallow_all = True
            return rules
        if fetched.status >= 500:
            rules.disallow_all = True
        elif fetched.status >= 400 or fetched.status in range(300, 400):
            rules.allow_all = True
        else:
            rules.parse(fetched.body.decode("utf-8", "replace").splitlines())
        return rules

    def _request(self, host: _Host, url: str, headers: dict[str, str]) -> Fetched:
        self._wait_turn(host)
        started = time.monotonic()
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchFailure("E502", message("E502", url=url, limit=self.max_bytes))
                body = bytearray()
                for chunk in response.iter_bytes(CHUNK):
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise FetchFailure("E502", message("E502", url=url, limit=self.max_bytes))
                    if time.monotonic() - started > self.timeout:
                        raise FetchFailure("E501", message(
                            "E501", url=url, detail=f"no whole answer within {self.timeout:.0f} s"),
                            transient=True)
                return Fetched(str(response.url), response.status_code,
                               {k.lower(): v for k, v in response.headers.items()}, bytes(body))
        except httpx.TimeoutException:
            raise FetchFailure("E501", message("E501", url=url, detail="timed out"), transient=True) from None
        except httpx.HTTPError as exc:
            raise FetchFailure("E501", message("E501", url=url, detail=f"{type(exc).__name__}: {exc}"),
                               transient=True) from None
