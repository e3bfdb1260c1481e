"""The one reader of the project's data tables (src/dateline/data/**/*.tsv).

A table is UTF-8, tab-separated: ``#`` lines are comments (what each column means,
where the facts come from, a version), then one header row naming the columns, then
one row per fact with exactly as many cells as the header. A table that breaks this is
a packaging error, reported with the file and line (error E005), never padded or
truncated silently.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from .errors import DatelineError

DATA_DIR = Path(__file__).resolve().parent / "data"


class Row(dict):
    """One row: cells by column name; ``line`` is its line number in the file."""

    line: int = 0


def read_table(path: str | Path, columns: tuple[str, ...]) -> list[Row]:
    """The rows of the table at ``path`` (relative paths are under data/), checked
    against ``columns``: the header must name exactly these, every row must fill them."""
    path = Path(path)
    if not path.is_absolute():
        path = DATA_DIR / path
    return list(_read(path, tuple(columns)))


def _read(path: Path, columns: tuple[str, ...]) -> Iterator[Row]:
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        raise DatelineError("E005", path=path, line=0, detail=exc.strerror or str(exc)) from exc
    with handle:
        header_seen = False
        for number, line in enumerate(handle, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\r\n").split("\t")
            if not header_seen:
                header_seen = True
                if tuple(c.strip() for c in cells) != columns:
                    raise DatelineError("E005", path=path, line=number,
                                        detail=f"header should be {' | '.join(columns)}, "
                                               f"found {' | '.join(cells)}")
                continue
            if len(cells) != len(columns):
                raise DatelineError("E005", path=path, line=number,
                                    detail=f"{len(cells)} cells where the header has {len(columns)}")
            row = Row(zip(columns, cells))
            row.line = number
            yield row
    if not header_seen:
        raise DatelineError("E005", path=path, line=0, detail="no header row")


@lru_cache(maxsize=None)
def word_class(name: str) -> frozenset[str]:
    """A class of words from data/words.tsv ("speech verbs", "non-state codes" ...)."""
    classes = _word_classes()
    if name not in classes:
        raise DatelineError("E005", path=DATA_DIR / "words.tsv", line=0,
                            detail=f"no word class {name!r}")
    return classes[name]


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for row in read_table("words.tsv", ("class", "words")):
        found.setdefault(row["class"].strip(), set()).update(row["words"].split())
    return {name: frozenset(words) for name, words in found.items()}
