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
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from .signature import NUM_PERM, Signature, jaccard, published_key, shingles, signature

__all__ = ["StoryIndex", "DEFAULT_THRESHOLD", "MIN_THRESHOLD"]

# Jaccard similarity of shingles at which two bodies are copies of one story.
DEFAULT_THRESHOLD = 0.8
# The banding is chosen (by datasketch) for this similarity, so that any threshold from
# here up can be used, and changed between runs, with the same stored band keys.
MIN_THRESHOLD = 0.5


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
    """Places stored documents into stories; its state is in the database ``con``.

    Call :meth:`place` after a document's row is written and :meth:`remove` before it is
    replaced, inside the same transaction, so a story is never half updated."""

    def __init__(self, con: Any, threshold: float = DEFAULT_THRESHOLD) -> None:
        if not MIN_THRESHOLD <= threshold <= 1.0:
            raise ValueError(f"story threshold must be between {MIN_THRESHOLD} and 1, got {threshold}")
        self.con = con
        self.threshold = threshold

    def place(self, doc_id: str, text: str, published: str | None) -> str:
        """Add a stored document to its story (merging stories it links); its story id."""
        sig = signature(text)
        if sig is None:
            self._set_story([doc_id], doc_id)
            return doc_id
        keys = _band_keys(sig)
        copies = self._copies(doc_id, text, sig, keys)
        self._insert(doc_id, sig, keys, published)
        stories = self._stories_of(copies)
        original = self._earliest(stories | {doc_id})
        members = [doc_id] + self._members(stories)
        self._set_story(members, original)
        return original

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
        for doc_id, text, published in rows:
            self.place(doc_id, text or "", published)
        return len(rows)

    def _copies(self, doc_id: str, text: str, sig: Signature, keys: list[int]) -> set[str]:
        """Stored documents that are copies: the same normalised body, or a candidate
        (sharing an LSH band) whose shingles' Jaccard similarity reaches the threshold."""
        exact = {r[0] for r in self.con.execute(
            "SELECT doc_id FROM story_signatures WHERE body_hash = ? AND doc_id <> ?",
            [sig.body_hash, doc_id]).fetchall()}
        candidates = self.con.execute(
            "SELECT d.id, d.text FROM documents d WHERE d.id <> ? AND d.id IN "
            "(SELECT doc_id FROM story_bands WHERE band_key IN (SELECT unnest(?::BIGINT[])))",
            [doc_id, keys]).fetchall()
        mine = shingles(text)
        near = {other for other, other_text in candidates
                if other not in exact and jaccard(mine, shingles(other_text or "")) >= self.threshold}
        return exact | near

    def _insert(self, doc_id: str, sig: Signature, keys: list[int], published: str | None) -> None:
        arrival = self.con.execute(
            "SELECT coalesce(max(arrival), 0) + 1 FROM story_signatures").fetchone()[0]
        self.con.execute("INSERT INTO story_signatures VALUES (?, ?, ?, ?)",
                         [doc_id, sig.body_hash, published_key(published), arrival])
        self.con.executemany("INSERT INTO story_bands VALUES (?, ?)", [[k, doc_id] for k in keys])

    def _stories_of(self, doc_ids: Iterable[str]) -> set[str]:
        ids = list(doc_ids)
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT DISTINCT coalesce(story_id, id) FROM documents WHERE id IN (SELECT unnest(?))",
            [ids]).fetchall()
        return {r[0] for r in rows}

    def _members(self, stories: set[str], exclude: str | None = None) -> list[str]:
        if not stories:
            return []
        rows = self.con.execute(
            "SELECT id FROM documents WHERE story_id IN (SELECT unnest(?)) AND id <> ? ORDER BY id",
            [sorted(stories), exclude or ""]).fetchall()
        return [r[0] for r in rows]

    def _earliest(self, doc_ids: set[str]) -> str:
        """The original among ``doc_ids``: earliest published, then first arrived."""
        rows = self.con.execute(
            "SELECT doc_id, published, arrival FROM story_signatures WHERE doc_id IN (SELECT unnest(?))",
            [sorted(doc_ids)]).fetchall()
        if not rows:
            return min(doc_ids)
        return min(rows, key=lambda r: (r[1] is None, r[1] or "", r[2]))[0]

    def _set_story(self, doc_ids: list[str], story_id: str) -> None:
        patch = json.dumps({"document": {"story_id": story_id}})
        self.con.execute(
            "UPDATE documents SET story_id = ?, result = json_merge_patch(result, ?) "
            "WHERE id IN (SELECT unnest(?)) AND story_id IS DISTINCT FROM ?",
            [story_id, patch, doc_ids, story_id])
