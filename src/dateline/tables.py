"""The one reader of the project's data tables (src/dateline/data/**/*.tsv).

A table is UTF-8, tab-separated: ``#`` lines are comments (what each column means,
where the facts come from, a version), then one header row naming the columns, then
one row per fact with exactly as many cells as the header. A table that breaks this is
a packaging error, reported with the file and line of every bad row at once (error
E005), never padded or truncated silently.
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


def rows_of(text: str, source: str, columns: tuple[str, ...], errors: list[str]) -> Iterator[Row]:
    """The rows of table text checked against ``columns``; each problem is appended to
    ``errors`` as "source:line: what" (so a caller can report them all at once)."""
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if not header_seen:
            header_seen = True
            if tuple(cells) != tuple(columns):
                errors.append(f"{source}:{number}: header should be {' | '.join(columns)}, "
                              f"found {' | '.join(cells)}")
            continue
        if len(cells) != len(columns):
            errors.append(f"{source}:{number}: {len(cells)} cells where the header has {len(columns)}")
            continue
        row = Row(zip(columns, cells))
        row.line = number
        yield row
    if not header_seen:
        errors.append(f"{source}: no header row")


def raise_if(errors: list[str], source: str | Path) -> None:
    """Raise E005 naming every problem found in a table."""
    if errors:
        raise DatelineError("E005", path=source, detail="; ".join(errors[:20]) +
                            (f" (and {len(errors) - 20} more)" if len(errors) > 20 else ""))


def read_table(path: str | Path, columns: tuple[str, ...]) -> list[Row]:
    """The rows of the table at ``path`` (relative paths are under data/), checked
    against ``columns``: the header must name exactly these, every row must fill them."""
    path = Path(path)
    if not path.is_absolute():
        path = DATA_DIR / path
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DatelineError("E005", path=path, detail=str(exc)) from exc
    errors: list[str] = []
    rows = list(rows_of(text, path.name, tuple(columns), errors))
    raise_if(errors, path)
    return rows


@lru_cache(maxsize=None)
def word_class(name: str) -> frozenset[str]:
    """A class of words or codes from data/words.tsv ("claim verbs", "international types")."""
    classes = _word_classes()
    if name not in classes:
        raise DatelineError("E005", path=DATA_DIR / "words.tsv", detail=f"no class {name!r}")
    return classes[name]


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for row in read_table("words.tsv", ("class", "about", "words")):
        found.setdefault(row["class"], set()).update(row["words"].split())
    return {name: frozenset(words) for name, words in found.items()}
