"""Offsets: our records point into the cleaned text, the gold into the text we gave.

The pipeline's cleaning may drop blank lines and boilerplate paragraphs, so
before scoring every offset of a Result is moved back onto the gold text.
"""

from __future__ import annotations

import bisect
import dataclasses
import difflib
from collections.abc import Callable
from typing import Any

from ..records import Actor, Event, Place, Quote, Result

def offset_mapper(original: str, cleaned: str) -> Callable[[int], int]:
    """A function taking an offset in ``cleaned`` to the same character in ``original``.

    The cleaner keeps body paragraphs character for character, so each cleaned
    paragraph is found in order in the original; failing that, a character diff.
    """
    if original == cleaned:
        return lambda i: i
    clean_starts: list[int] = []
    original_starts: list[int] = []
    clean_at = original_at = 0
    for paragraph in cleaned.split("\n"):
        found = original.find(paragraph, original_at)
        if found < 0:
            return _diff_mapper(original, cleaned)
        clean_starts.append(clean_at)
        original_starts.append(found)
        clean_at += len(paragraph) + 1
        original_at = found + len(paragraph)

    def mapped(i: int) -> int:
        k = max(0, bisect.bisect_right(clean_starts, i) - 1)
        return original_starts[k] + (i - clean_starts[k])

    return mapped


def _diff_mapper(original: str, cleaned: str) -> Callable[[int], int]:
    blocks = difflib.SequenceMatcher(None, cleaned, original, autojunk=False).get_matching_blocks()
    starts = [b.a for b in blocks]

    def mapped(i: int) -> int:
        k = max(0, bisect.bisect_right(starts, i) - 1)
        block = blocks[k]
        return block.b + min(i - block.a, block.size)

    return mapped


def _shift(record: Any, mapped: Callable[[int], int]) -> Any:
    if record is None:
        return None
    return dataclasses.replace(record, start=mapped(record.start), end=mapped(record.end))


def mapped_result(result: Result, original: str) -> Result:
    """``result`` with every offset moved onto ``original`` (unchanged when the texts agree)."""
    if result.document.text == original:
        return result
    mapped = offset_mapper(original, result.document.text)

    def actors(items: list[Actor]) -> list[Actor]:
        return [_shift(a, mapped) for a in items]

    events: list[Event] = [dataclasses.replace(e, source=actors(e.source), target=actors(e.target))
                           for e in result.events]
    quotes: list[Quote] = [dataclasses.replace(_shift(q, mapped), speaker=_shift(q.speaker, mapped))
                           for q in result.quotes]
    places: list[Place] = [_shift(p, mapped) for p in result.places]
    return dataclasses.replace(result, actors=actors(result.actors), events=events, quotes=quotes,
                               places=places, times=[_shift(t, mapped) for t in result.times])
