"""Watching feeds: poll them, code only their new or changed entries, remember it all
in the database.

Entry point: :class:`FeedWatcher`. An entry is new when its id (a hash of its link or
guid) was never coded from that feed, or its content (title, text, date) changed. With
``fetch_pages`` the linked page is downloaded and coded instead of the feed's text. A
fetch that may work later (a timeout, a 5xx) is tried again on the next polls, up to
MAX_ATTEMPTS; one that cannot (robots.txt says no, too large, a 404) is a stored
rejection. State lives in the database (watch.state), so a restart or a crash neither
codes an entry twice nor skips one.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import DatelineError, message
from ..ingest import feed_entries, page_document
from ..ingest.http import content_type
from ..records import Document, Rejection, stable_id
from .fetch import FetchFailure, Fetcher
from .state import CODED, GAVE_UP, REJECTED, RETRY, WatchState

__all__ = ["FeedWatcher", "Fetcher", "read_feed_list", "parse_interval", "MAX_ATTEMPTS"]

# Polls a transiently failing page fetch is tried on before it is given up.
MAX_ATTEMPTS = 3
# Rejections of a whole feed (empty, broken XML, not a feed), not of one entry.
FEED_LEVEL = ("E103", "E113")
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}

Say = Callable[[str, str], None]  # (kind: error | skipped | note, line)


def parse_interval(text: str) -> float:
    """Seconds in '90', '30s', '15m', '1.5h', '1d'; raises ValueError otherwise."""
    match = _INTERVAL.match(text)
    if not match:
        raise ValueError(f"not a duration: {text!r} (try 30s, 15m, 1h)")
    return float(match.group(1)) * _UNIT_SECONDS[match.group(2)]


def read_feed_list(path: str) -> tuple[list[str], list[Rejection]]:
    """The feed URLs of a list file (one a line, # comments) and a Rejection per bad line."""
    urls, problems = [], []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            if re.match(r"^https?://\S+$", text):
                urls.append(text)
            else:
                problems.append(Rejection(None, "watch", "E504", message("E504", path=path, line=number, text=text)))
    if not urls and not problems:
        raise DatelineError("E505", path=path)
    return list(dict.fromkeys(urls)), problems


@dataclass
class _Todo:
    entry: str
    content_hash: str
    item: Document | Rejection
    attempts: int
    transient: bool = False


class FeedWatcher:
    """Polls feeds into a database with one pipeline (the model is loaded once)."""

    def __init__(self, pipeline, db: str, fetcher: Fetcher, *, fetch_pages: bool = False,
                 story_threshold: float | None = None, say: Say | None = None) -> None:
        self.pipeline = pipeline
        self.db = db
        self.fetcher = fetcher
        self.fetch_pages = fetch_pages
        self.story_threshold = story_threshold
        self.say = say or (lambda kind, line: None)
        self.tally: Counter[str] = Counter()

    def run(self, feeds: list[str], every: float, polls: int | None = None,
            sleep: Callable[[float], None] = time.sleep) -> None:
        """Poll every ``every`` seconds (``polls`` times, or until interrupted)."""
        done = 0
        while polls is None or done < polls:
            started = time.monotonic()
            self.poll(feeds)
            done += 1
            if polls is None or done < polls:
                sleep(max(0.0, every - (time.monotonic() - started)))

    def poll(self, feeds: list[str]) -> Counter[str]:
        """One pass over the feeds; returns this poll's counts (also added to ``tally``)."""
        from ..run import CodingRun
        from ..store import Store

        counts: Counter[str] = Counter()
        kwargs = {} if self.story_threshold is None else {"story_threshold": self.story_threshold}
        with Store(self.db, wait=True, **kwargs) as store:
            state = WatchState(store)
            for feed in feeds:
                self._poll_feed(feed, store, state, CodingRun(self.pipeline, store), counts)
        self.tally.update(counts)
        self.say("note", f"polled {len(feeds)} feed(s): {counts['coded']} new entr"
                         f"{'y' if counts['coded'] == 1 else 'ies'} coded, {counts['failed']} failed, "
                         f"{counts['skipped']} skipped")
        return counts

    def _poll_feed(self, feed: str, store, state: WatchState, run, counts: Counter[str]) -> None:
        try:
            answer = self.fetcher.get_ok(feed, state.conditional_headers(feed))
        except FetchFailure as failure:
            self._failed(store, Rejection(None, "watch", failure.code, failure.detail), counts)
            state.feed_polled(feed, "unreachable")
            return
        if answer.status == 304:
            state.feed_polled(feed, "not modified")
            return
        todo, broken = self._new_entries(feed, answer, state)
        if broken is not None:
            self._failed(store, broken, counts)
            state.forget_validators(feed)
            state.feed_polled(feed, "broken")
            return
        outcomes = list(run.run([t.item for t in todo]))
        for task, outcome in zip(todo, outcomes):
            self._record(feed, task, outcome, state, counts)
        state.feed_polled(feed, "ok", answer.headers.get("etag"), answer.headers.get("last-modified"))

    def _new_entries(self, feed: str, answer, state: WatchState) -> tuple[list[_Todo], Rejection | None]:
        todo = []
        for item in feed_entries(feed, answer.body, url=answer.url):
            if isinstance(item, Rejection) and item.code in FEED_LEVEL:
                return [], item
            if isinstance(item, Rejection):  # one unusable entry: reported once
                key = stable_id(item.detail)
                if state.entry(feed, key) is None:
                    todo.append(_Todo(key, key, item, 1))
                continue
            digest = stable_id(item.title, item.text, item.published, length=32)
            known = state.entry(feed, item.id)
            if known and known.content_hash == digest and known.status != RETRY:
                continue
            attempts = known.attempts + 1 if known and known.status == RETRY and known.content_hash == digest else 1
            todo.append(self._with_page(_Todo(item.id, digest, item, attempts)))
        return todo, None

    def _with_page(self, task: _Todo) -> _Todo:
        """With fetch_pages, the entry's Document made from its linked page."""
        entry = task.item
        if not self.fetch_pages or not isinstance(entry, Document) or not entry.url:
            return task
        try:
            answer = self.fetcher.get_ok(entry.url)
            media_type, charset = content_type(answer.headers.get("content-type"))
            if media_type and media_type not in ("text/html", "application/xhtml+xml"):
                raise FetchFailure("E501", message("E501", url=entry.url, detail=f"not a web page ({media_type})"))
        except FetchFailure as failure:
            task.item = Rejection(entry.id, "watch", failure.code, failure.detail)
            task.transient = failure.transient
            return task
        page = page_document(entry.url, answer.body, url=answer.url, http_charset=charset)
        if isinstance(page, Rejection):
            task.item = dataclasses.replace(page, doc_id=entry.id)
            return task
        task.item = dataclasses.replace(
            page, id=entry.id, title=page.title or entry.title,
            published=entry.published or page.published, outlet=page.outlet or entry.outlet,
            language=page.language or entry.language, source_path=entry.url)
        return task

    def _record(self, feed: str, task: _Todo, outcome, state: WatchState, counts: Counter[str]) -> None:
        if outcome.rejection is None:
            status = CODED
            counts["coded"] += 1
        else:
            self._report(outcome.rejection, outcome.status == "skipped", counts)
            status = REJECTED
            if task.transient:
                status = RETRY if task.attempts < MAX_ATTEMPTS else GAVE_UP
        doc_id = task.item.id if isinstance(task.item, Document) else task.item.doc_id
        state.mark(feed, task.entry, task.content_hash, doc_id, status, task.attempts)

    def _failed(self, store, rejection: Rejection, counts: Counter[str]) -> None:
        store.write_rejection(rejection)
        self._report(rejection, False, counts)

    def _report(self, rejection: Rejection, skipped: bool, counts: Counter[str]) -> None:
        counts["skipped" if skipped else "failed"] += 1
        self.say("skipped" if skipped else "error", rejection.detail)
