"""The generalisation discipline: every gold set split once into a tuning half and a check half.

Rules are tuned on the ``tune`` half; a change is kept only if it does not lower
the ``check`` half. An item's half is decided by a hash of its text alone (case
folded and reduced to its words), never by its position or id, so:

- adding or removing gold items never moves the others;
- the same sentence lands in the same half in every file that holds it (the
  ConfliBERT class file and its NER twin, a sentence repeated in one set);
- re-spacing or re-punctuating a text (a sentence rebuilt from its tokens) does
  not move it.

The salt names the split: changing it would re-deal every set, which would make
the check half a half that was tuned on. Never change it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

TUNE, CHECK, ALL = "tune", "check", "all"
HALVES = (TUNE, CHECK, ALL)
_SALT = b"dateline tune/check split 1\n"
_WORD = re.compile(r"[^\W_]+")
# Modifier letters used as apostrophes ("ministerʼs") are letters to the regex: fold them.
_APOSTROPHE_LETTERS = str.maketrans({"\u02bc": " ", "\u02bb": " ", "\u02b9": " "})


class HasText(Protocol):
    text: str


T = TypeVar("T", bound=HasText)


def text_key(text: str) -> str:
    """The words of ``text``, case folded, one space apart: what the split hashes."""
    return " ".join(_WORD.findall(text.casefold().translate(_APOSTROPHE_LETTERS)))


def half_of(text: str) -> str:
    """``tune`` or ``check``: the half a gold item with this text belongs to."""
    digest = hashlib.sha256(_SALT + text_key(text).encode("utf-8")).digest()
    return TUNE if digest[0] % 2 == 0 else CHECK


def in_half(items: Iterable[T], half: str) -> list[T]:
    """The items of ``half`` (all of them for ``all``), in their order."""
    if half not in HALVES:
        raise ValueError(f"unknown half {half!r}: choose one of {', '.join(HALVES)}")
    return [item for item in items if half == ALL or half_of(item.text) == half]


def split_counts(items: Sequence[HasText]) -> dict[str, int]:
    """How many items fall in each half."""
    tune = sum(1 for item in items if half_of(item.text) == TUNE)
    return {TUNE: tune, CHECK: len(items) - tune, ALL: len(items)}
