"""Telling body paragraphs from site furniture (promo, byline, bio, source, related links)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dateline.tables import raise_if, read_table

PATTERNS_FILE = Path(__file__).resolve().parent.parent / "data" / "clean" / "boilerplate.tsv"

KINDS = ("promo", "byline", "bio", "related", "source", "navigation", "headline", "other")

# A related-story link is a headline: short, and without sentence-final punctuation.
# Headlines in our samples run 4-12 words; 14 leaves room without swallowing short paragraphs.
MAX_HEADLINE_WORDS = 14
# A paragraph counts as body prose when it is at least this long and ends like a sentence;
# the last such paragraph marks where the article ends and the page footer begins.
MIN_PROSE_WORDS = 6

_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$|[\"”»]$")


@dataclass(frozen=True)
class Pattern:
    """One row of boilerplate.tsv."""

    kind: str
    max_words: int
    regex: re.Pattern[str]


@lru_cache(maxsize=1)
def load_patterns() -> tuple[Pattern, ...]:
    """The boilerplate patterns of the bundled table, in file order (first match wins)."""
    patterns, errors = [], []
    for row in read_table(PATTERNS_FILE, ("kind", "max_words", "pattern")):
        if row["kind"] not in KINDS or not row["max_words"].isdigit():
            errors.append(f"{PATTERNS_FILE.name}:{row.line}: unknown kind {row['kind']!r} "
                          f"or max_words {row['max_words']!r} not a number")
            continue
        patterns.append(Pattern(row["kind"], int(row["max_words"]), re.compile(row["pattern"], re.IGNORECASE)))
    raise_if(errors, PATTERNS_FILE)
    return tuple(patterns)


def word_count(text: str) -> int:
    """Whitespace-separated words in ``text``."""
    return len(text.split())


def is_prose(paragraph: str) -> bool:
    """True when the paragraph reads like body prose: long enough and ending a sentence."""
    return word_count(paragraph) >= MIN_PROSE_WORDS and bool(_SENTENCE_END.search(paragraph))


def is_headline(paragraph: str) -> bool:
    """True for a short line without sentence-final punctuation (a headline or link)."""
    return 0 < word_count(paragraph) <= MAX_HEADLINE_WORDS and not _SENTENCE_END.search(paragraph)


def match_kind(paragraph: str) -> str | None:
    """The boilerplate kind of one paragraph by the pattern table, or None for body."""
    words = word_count(paragraph)
    for pattern in load_patterns():
        if pattern.max_words and words > pattern.max_words:
            continue
        if pattern.regex.search(paragraph):
            return pattern.kind
    return None


def classify(paragraphs: list[str]) -> list[str | None]:
    """A kind for each paragraph (None = body), using patterns and the position of the footer."""
    kinds = [match_kind(p) for p in paragraphs]
    prose = [i for i, p in enumerate(paragraphs) if kinds[i] is None and is_prose(p)]
    if not prose:
        return kinds
    # Before the first body paragraph, a bare headline is the story's title: kept apart,
    # never read as the opening of the first sentence.
    for i in range(prose[0]):
        if kinds[i] is None and is_headline(paragraphs[i]):
            kinds[i] = "headline"
    last_prose = prose[-1]
    # After the last body paragraph, a bare headline is a link to another story
    # ("related"), not part of this one.
    for i in range(last_prose + 1, len(paragraphs)):
        if kinds[i] is None and is_headline(paragraphs[i]):
            kinds[i] = "related"
    return kinds
