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

    def place(self, doc_id: str, text: str, published: str | None) -> str:
        """Add a document to its story, merging the stories it links; returns its story id
        (and updates the stored copies whose story id changes)."""
        self.staged[doc_id] = [text, doc_id]
        sig = signature(text)
        if sig is None:
            return doc_id
        keys = _band_keys(sig)
        copies = self._copies(doc_id, text, sig, keys)
        self._insert(doc_id, sig, keys, published)
        if not copies:
            return doc_id
        stories = self._stories_of(copies)
        original = self._earliest(stories | {doc_id})
        self._set_story(self._members(stories) + [doc_id], original)
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
            story = self.place(doc_id, text or "", published)
            del self.staged[doc_id]
            self._set_story([doc_id], story)
        return len(rows)

    def _copies(self, doc_id: str, text: str, sig: Signature, keys: list[int]) -> set[str]:
        """Stored documents that are copies: the same normalised body, or a candidate
        (sharing an LSH band) whose shingles' Jaccard similarity reaches the threshold."""
        rows = self.con.execute(
            "SELECT doc_id, body_hash = ? FROM story_signatures WHERE doc_id <> ? AND (body_hash = ? "
            "OR doc_id IN (SELECT doc_id FROM story_bands WHERE band_key IN (SELECT unnest(?::BIGINT[]))))",
            [sig.body_hash, doc_id, sig.body_hash, keys]).fetchall()
        exact = {other for other, same in rows if same}
        near = [other for other, same in rows if not same]
        if near:
            mine = shingles(text)
            texts = self.con.execute("SELECT id, text FROM documents WHERE id IN (SELECT unnest(?))",
                                     [near]).fetchall()
            texts += [(other, self.staged[other][0]) for other in near if other in self.staged]
            exact.update(other for other, other_text in texts
                         if jaccard(mine, shingles(other_text or "")) >= self.threshold)
        return exact

    def _insert(self, doc_id: str, sig: Signature, keys: list[int], published: str | None) -> None:
        if self._arrival is None:
            self._arrival = self.con.execute(
                "SELECT coalesce(max(arrival), 0) FROM story_signatures").fetchone()[0]
        self._arrival += 1
        self.con.execute("INSERT INTO story_signatures VALUES (?, ?, ?, ?)",
                         [doc_id, sig.body_hash, published_key(published), self._arrival])
        self.con.execute("INSERT INTO story_bands SELECT unnest(?::BIGINT[]), ?", [keys, doc_id])

    def _stories_of(self, doc_ids: Iterable[str]) -> set[str]:
        rows = self.con.execute(
            "SELECT DISTINCT coalesce(story_id, id) FROM documents WHERE id IN (SELECT unnest(?))",
            [list(doc_ids)]).fetchall()
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
            [sorted(doc_ids)]).fetchall()
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
