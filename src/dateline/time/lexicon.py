"""The words of time expressions, read once from ``data/time/time_words.tsv``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from dateline.tables import raise_if, rows_of

WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "time" / "time_words.tsv"

COLUMNS = ("word", "class", "value")
_CLASSES = ("month", "weekday", "number", "unit", "season", "part_of_day", "reference",
            "set_adverb", "holiday")


@dataclass(frozen=True)
class TimeWords:
    """One table per word class: lower-case word -> value as written in the file."""

    tables: dict[str, dict[str, str]] = field(default_factory=dict)

    def table(self, word_class: str) -> dict[str, str]:
        return self.tables[word_class]

    def alternation(self, word_class: str, words: list[str] | None = None) -> str:
        """A regex alternation of the class's words, longest first, spaces flexible."""
        chosen = words if words is not None else list(self.tables[word_class])
        ordered = sorted(chosen, key=len, reverse=True)
        return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


def read_time_words(path: Path = WORDS_FILE) -> TimeWords:
    """Read the word table; a malformed line is an error naming the line."""
    tables: dict[str, dict[str, str]] = {name: {} for name in _CLASSES}
    errors: list[str] = []
    for row in rows_of(path.read_text(encoding="utf-8"), path.name, COLUMNS, errors):
        if row["class"] not in tables:
            errors.append(f"{path.name}:{row.line}: class {row['class']!r} is not one of "
                          f"{', '.join(_CLASSES)}")
            continue
        tables[row["class"]][row["word"]] = row["value"]
    raise_if(errors, path)
    return TimeWords(tables)


@lru_cache(maxsize=1)
def time_words() -> TimeWords:
    """The packaged word table (read once per process)."""
    return read_time_words()
