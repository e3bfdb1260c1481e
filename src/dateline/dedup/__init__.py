"""The dedup stage: copies of one story grouped, incrementally, across runs.

Entry point: :class:`StoryIndex`. Exact copies (the same normalised body) and near
copies (estimated Jaccard similarity of their paragraph word shingles at least the
threshold, 0.8 by default) belong to one story. A story is a connected group: a copy
of a copy is in it too. Its original is its earliest copy, by publication date (a copy
without one counts as later than any dated copy), then by the order copies arrived;
every copy's ``documents.story_id`` is the original's id (a document alone is its own
story).

The state lives in the database (signatures and LSH band keys in tables), so a copy
coded in a later run joins its story, and memory does not grow with the corpus.
datasketch computes the MinHash signatures and the LSH banding; candidate copies are
those sharing a band, and each candidate's exact Jaccard similarity (from its stored
text) is checked against the threshold, so no estimate decides.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from .signature import NUM_PERM, Signature, jaccard, published_key, shingles, signature

__all__ = ["StoryIndex", "DEFAULT_THRESHOLD", "MIN_THRESHOLD"]

# Jaccard similarity of shingles at which two bodies are copies of one story.
DEFAULT_THRESHOLD = 0.8
# The banding is chosen (by datasketch) for this similarity, so that any threshold from
# here up can be used, and changed between runs, with the same stored band keys.
MIN_THRESHOLD = 0.5
# Stored documents placed per look-up when stories are filled in afterwards.
BACKFILL_BATCH = 500


@lru_cache(maxsize=1)
def _banding() -> tuple[int, int]:
    """(bands, rows per band) that datasketch's LSH picks for MIN_THRESHOLD."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=MIN_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def _band_keys(sig: Signature) -> list[int]:
    bands, rows = _banding()
    keys = []
    for band in range(bands):
        chunk = sig.hashvalues[band * rows:(band + 1) * rows].astype("<u4").tobytes()
        digest = hashlib.blake2b(band.to_bytes(2, "little") + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


class StoryIndex:
    """Places documents into stories; its state is in the database ``con``.

    Call :meth:`place` as a document is stored (before its row is written: its story id
    is returned to be written with it) and :meth:`remove` before it is replaced, inside
    the writer's transaction, so a story is never half updated. Documents placed but not
    yet written (a batch written in bulk) are held in :attr:`staged`, doc id -> [text,
    story id], where later placements see them; the writer reads their final story ids
    there and clears it once their rows are written."""

    def __init__(self, con: Any, threshold: float = DEFAULT_THRESHOLD) -> None:
        if not MIN_THRESHOLD <= threshold <= 1.0:
            raise ValueError(f"story threshold must be between {MIN_THRESHOLD} and 1, got {threshold}")
        self.con = con
        self.threshold = threshold
        self._arrival: int | None = None
        self.staged: dict[str, list[str]] = {}
        # doc id -> (body hash, published key, arrival) of documents being placed, whose
        # signatures are written at the end of place_many
        self._placing: dict[str, tuple[str, str | None, int]] = {}

    def place(self, doc_id: str, text: str, published: str | None) -> str:
        """Add a document to its story, merging the stories it links; returns its story id
        (and updates the stored copies whose story id changes)."""
        self.place_many([(doc_id, text, published)])
        return self.staged[doc_id][1]

    def place_many(self, docs: Sequence[tuple[str, str, str | None]]) -> None:
        """Place (doc id, text, published) documents in turn, as :meth:`place` one after
        the other would, with one look-up and one insert for them all; their story ids
        are in :attr:`staged`."""
        new = []
        for doc_id, text, published in docs:
            self.staged[doc_id] = [text, doc_id]
            sig = signature(text)
            if sig is not None:
                new.append((doc_id, text, published, sig, _band_keys(sig)))
        self._placing = {}
        if not new:
            return
        stored = _Candidates(self.con, new)
        in_batch = _Candidates(None, [])
        for doc_id, text, published, sig, keys in new:
            copies = self._copies(doc_id, text, sig, keys, stored, in_batch)
            self._arrival = self._last_arrival() + 1
            self._placing[doc_id] = (sig.body_hash, published_key(published), self._arrival)
            in_batch.add(doc_id, sig.body_hash, keys)
            if copies:
                stories = self._stories_of(copies)
                original = self._earliest(stories | {doc_id})
                self._set_story(self._members(stories) + [doc_id], original)
        self._write_signatures(new)

    def forget(self) -> None:
        """Drop what is held in memory for a transaction that was rolled back."""
        self.staged.clear()
        self._placing = {}
        self._arrival = None

    def remove(self, doc_id: str) -> None:
        """Take a document out of its story (before it is replaced or deleted); if it was
        the original, the earliest remaining copy becomes the original."""
        self.con.execute("DELETE FROM story_bands WHERE doc_id = ?", [doc_id])
        self.con.execute("DELETE FROM story_signatures WHERE doc_id = ?", [doc_id])
        others = self._members({doc_id}, exclude=doc_id)
        if others:
            self._set_story(others, self._earliest(set(others)))

    def backfill(self) -> int:
        """Place stored documents that have no story yet (coded before stories existed),
        in the order they were coded; how many were placed."""
        rows = self.con.execute(
            "SELECT id, text, published FROM documents WHERE story_id IS NULL "
            "ORDER BY coded_at, id").fetchall()
        for start in range(0, len(rows), BACKFILL_BATCH):
            self.place_many([(doc_id, text or "", published)
                             for doc_id, text, published in rows[start:start + BACKFILL_BATCH]])
            by_story: dict[str, list[str]] = {}
            for doc_id, (_, story) in self.staged.items():
                by_story.setdefault(story, []).append(doc_id)
            self.staged.clear()
            for story, doc_ids in by_story.items():
                self._set_story(doc_ids, story)
        return len(rows)

    def _copies(self, doc_id: str, text: str, sig: Signature, keys: list[int],
                stored: "_Candidates", in_batch: "_Candidates") -> set[str]:
        """Documents placed before this one that are copies: the same normalised body, or a
        candidate (sharing an LSH band) whose shingles' Jaccard similarity reaches the
        threshold."""
        exact, near = stored.of(doc_id, sig.body_hash, keys)
        batch_exact, batch_near = in_batch.of(doc_id, sig.body_hash, keys)
        exact |= batch_exact
        near = (near | batch_near) - exact
        if near:
            mine = shingles(text)
            # Candidates with one body are exact copies of each other, stored in one story:
            # one text each is read and compared, not every copy's.
            by_body: dict[str, list[str]] = {}
            for other in sorted(near):
                by_body.setdefault(in_batch.hash_of.get(other) or stored.hash_of[other], []).append(other)
            for others in by_body.values():
                if jaccard(mine, shingles(self._text(others[0], stored))) >= self.threshold:
                    exact.update(others)
        return exact

    def _text(self, doc_id: str, stored: "_Candidates") -> str:
        if doc_id in self.staged:
            return self.staged[doc_id][0]
        return stored.text(doc_id) or ""

    def _last_arrival(self) -> int:
        if self._arrival is None:
            self._arrival = self.con.execute(
                "SELECT coalesce(max(arrival), 0) FROM story_signatures").fetchone()[0]
        return self._arrival

    def _write_signatures(self, new: list) -> None:
        """Insert the placed documents' signatures and band keys, one statement each."""
        ids = [doc_id for doc_id, *_ in new]
        hashes, published, arrivals = zip(*(self._placing[doc_id] for doc_id in ids))
        self.con.execute("INSERT INTO story_signatures SELECT unnest(?::VARCHAR[]), "
                         "unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::BIGINT[])",
                         [ids, list(hashes), list(published), list(arrivals)])
        keys = [key for *_, doc_keys in new for key in doc_keys]
        owners = [doc_id for doc_id, *_, doc_keys in new for _ in doc_keys]
        self.con.execute("INSERT INTO story_bands SELECT unnest(?::BIGINT[]), unnest(?::VARCHAR[])",
                         [keys, owners])
        self._placing = {}

    def _stories_of(self, doc_ids: Iterable[str]) -> set[str]:
        rows = self.con.execute(
            "SELECT DISTINCT coalesce(story_id, id) FROM documents WHERE id IN (SELECT unnest(?))",
            [[d for d in doc_ids if d not in self.staged]]).fetchall()
        return {r[0] for r in rows} | {self.staged[d][1] for d in doc_ids if d in self.staged}

    def _members(self, stories: set[str], exclude: str | None = None) -> list[str]:
        rows = self.con.execute(
            "SELECT id FROM documents WHERE story_id IN (SELECT unnest(?)) AND id <> ? ORDER BY id",
            [sorted(stories), exclude or ""]).fetchall()
        staged = [d for d, (_, story) in self.staged.items() if story in stories and d != exclude]
        return [r[0] for r in rows] + sorted(staged)

    def _earliest(self, doc_ids: set[str]) -> str:
        """The original among ``doc_ids``: earliest published, then first arrived."""
        rows = self.con.execute(
            "SELECT doc_id, published, arrival FROM story_signatures WHERE doc_id IN (SELECT unnest(?))",
            [sorted(d for d in doc_ids if d not in self._placing)]).fetchall()
        rows += [(d, *self._placing[d][1:]) for d in doc_ids if d in self._placing]
        if not rows:
            return min(doc_ids)
        return min(rows, key=lambda r: (r[1] is None, r[1] or "", r[2]))[0]

    def _set_story(self, doc_ids: list[str], story_id: str) -> None:
        """Set the story of stored documents, in their column and their stored JSON."""
        if not doc_ids:
            return
        for doc_id in doc_ids:
            if doc_id in self.staged:
                self.staged[doc_id][1] = story_id
        # Only the documents whose story changes are updated, each by its id: an UPDATE
        # joined to a list of ids reads the stored JSON of every document, even to
        # change none (most copies join a story whose members keep their story id).
        changed = self.con.execute(
            "SELECT id FROM documents WHERE id IN (SELECT unnest(?)) AND story_id IS DISTINCT FROM ?",
            [doc_ids, story_id]).fetchall()
        if not changed:
            return
        patch = json.dumps({"document": {"story_id": story_id}})
        self.con.executemany(
            "UPDATE documents SET story_id = ?, result = json_merge_patch(result, ?) WHERE id = ?",
            [[story_id, patch, row[0]] for row in changed])


class _Candidates:
    """Who shares a body hash or a band key with a document: the stored documents
    (looked up for a whole batch at once) or those placed earlier in the batch."""

    def __init__(self, con: Any, new: list) -> None:
        self.by_hash: dict[str, set[str]] = {}
        self.by_key: dict[int, set[str]] = {}
        self.hash_of: dict[str, str] = {}  # candidate doc id -> body hash
        self.texts: dict[str, str | None] = {}
        self.con = con
        if con is None:
            return
        hashes = sorted({sig.body_hash for _, _, _, sig, _ in new})
        keys = sorted({key for *_, doc_keys in new for key in doc_keys})
        for doc_id, body_hash in con.execute(
                "SELECT doc_id, body_hash FROM story_signatures WHERE body_hash IN "
                "(SELECT unnest(?::VARCHAR[]))", [hashes]).fetchall():
            self.by_hash.setdefault(body_hash, set()).add(doc_id)
        for key, doc_id, body_hash in con.execute(
                "SELECT b.band_key, b.doc_id, s.body_hash FROM story_bands b "
                "JOIN story_signatures s ON s.doc_id = b.doc_id WHERE b.band_key IN "
                "(SELECT unnest(?::BIGINT[]))", [keys]).fetchall():
            self.by_key.setdefault(key, set()).add(doc_id)
            self.hash_of[doc_id] = body_hash

    def add(self, doc_id: str, body_hash: str, keys: list[int]) -> None:
        self.hash_of[doc_id] = body_hash
        self.by_hash.setdefault(body_hash, set()).add(doc_id)
        for key in keys:
            self.by_key.setdefault(key, set()).add(doc_id)

    def of(self, doc_id: str, body_hash: str, keys: list[int]) -> tuple[set[str], set[str]]:
        """(exact copies, near candidates) of a document, never itself."""
        exact = self.by_hash.get(body_hash, set()) - {doc_id}
        near = set().union(*(self.by_key.get(key, ()) for key in keys)) - exact - {doc_id}
        return set(exact), near

    def text(self, doc_id: str) -> str | None:
        """A stored document's text. The first call fetches, in one query, the text of one
        candidate of each body that is not the batch's own (whose copies need none); a
        later call fetches only what it asks for."""
        if doc_id not in self.texts:
            wanted = {doc_id}
            if not self.texts:
                first: dict[str, str] = {}
                for other in sorted(set().union(*self.by_key.values())):
                    first.setdefault(self.hash_of[other], other)
                wanted |= {d for h, d in first.items() if h not in self.by_hash}
            self.texts.update(self.con.execute(
                "SELECT id, text FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                [sorted(wanted)]).fetchall())
            self.texts.setdefault(doc_id, None)
        return self.texts[doc_id]
