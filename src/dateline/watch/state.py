"""The feed watcher's memory, in the database: what each feed last answered and which
entries were coded, so a restarted (or crashed) watcher neither repeats nor skips one.

The order of writes makes it crash safe: an entry's documents are stored (committed)
before the entry is marked as coded, and a feed's ETag is saved only after all its new
entries are marked. A crash in between codes those entries again on restart, which adds
nothing (the store is idempotent by document id and content).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CODED, REJECTED, RETRY, GAVE_UP = "coded", "rejected", "retry", "gave_up"


@dataclass
class EntryState:
    content_hash: str
    status: str
    attempts: int


class WatchState:
    """Reads and writes the watch_feeds and watch_entries tables of a Store."""

    def __init__(self, store: Any) -> None:
        self.store = store

    @property
    def con(self) -> Any:
        return self.store.con  # the store may reopen its connection between batches

    def conditional_headers(self, feed: str) -> dict[str, str]:
        """If-None-Match / If-Modified-Since from the feed's last full answer."""
        row = self.con.execute("SELECT etag, last_modified FROM watch_feeds WHERE url = ?",
                               [feed]).fetchone()
        headers = {}
        if row and row[0]:
            headers["If-None-Match"] = row[0]
        if row and row[1]:
            headers["If-Modified-Since"] = row[1]
        return headers

    def feed_polled(self, feed: str, status: str, etag: str | None = None,
                    last_modified: str | None = None) -> None:
        """Record a poll; ETag and Last-Modified only after a full, handled answer."""
        self.con.execute(
            "INSERT INTO watch_feeds VALUES (?, ?, ?, current_timestamp, ?) ON CONFLICT (url) "
            "DO UPDATE SET etag = coalesce(excluded.etag, etag), "
            "last_modified = coalesce(excluded.last_modified, last_modified), "
            "polled_at = excluded.polled_at, status = excluded.status",
            [feed, etag, last_modified, status])

    def forget_validators(self, feed: str) -> None:
        """Drop a feed's ETag and Last-Modified (its last answer could not be used)."""
        self.con.execute("UPDATE watch_feeds SET etag = NULL, last_modified = NULL WHERE url = ?", [feed])

    def entry(self, feed: str, entry: str) -> EntryState | None:
        row = self.con.execute(
            "SELECT content_hash, status, attempts FROM watch_entries WHERE feed = ? AND entry = ?",
            [feed, entry]).fetchone()
        return None if row is None else EntryState(*row)

    def mark(self, feed: str, entry: str, content_hash: str, doc_id: str | None, status: str,
             attempts: int) -> None:
        self.con.execute(
            "INSERT OR REPLACE INTO watch_entries (feed, entry, content_hash, doc_id, status, attempts) "
            "VALUES (?, ?, ?, ?, ?, ?)", [feed, entry, content_hash, doc_id, status, attempts])
