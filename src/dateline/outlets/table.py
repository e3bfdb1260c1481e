"""The news outlets and agencies of data/outlets/outlets.tsv, and finding them in text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..tables import read_table

OUTLETS_FILE = Path(__file__).resolve().parent.parent / "data" / "outlets" / "outlets.tsv"


@dataclass(frozen=True)
class Outlet:
    """One news outlet or agency (a row of outlets.tsv)."""

    name: str
    variants: tuple[str, ...]
    country: str
    kind: str


@lru_cache(maxsize=1)
def load_outlets() -> tuple[Outlet, ...]:
    """All outlets of the bundled table, in file order."""
    outlets = []
    for row in read_table(OUTLETS_FILE, ("name", "variants", "country", "kind")):
        names = tuple(v.strip() for v in row["variants"].split("|") if v.strip())
        outlets.append(Outlet(row["name"], names, row["country"], row["kind"]))
    return tuple(outlets)


def _key(name: str) -> str:
    key = name.strip().lower()
    key = re.sub(r"^the\s+", "", key)
    return re.sub(r"\s+", " ", key)


@lru_cache(maxsize=1)
def _by_key() -> dict[str, Outlet]:
    table: dict[str, Outlet] = {}
    for outlet in load_outlets():
        for variant in (outlet.name, *outlet.variants):
            table.setdefault(_key(variant), outlet)
            # "korrespondent.net" and "korrespondent" name the same site
            bare = re.sub(r"\.(net|com|org|ua|ru|co\.uk)$", "", _key(variant))
            table.setdefault(bare, outlet)
    return table


def outlet_named(name: str) -> Outlet | None:
    """The outlet a bare name refers to ("korrespondent", "The Guardian"), case-insensitive."""
    key = _key(name).rstrip(".")
    if key in _by_key():
        return _by_key()[key]
    return _by_key().get(re.sub(r"\.(net|com|org|ua|ru|co\.uk)$", "", key))


@lru_cache(maxsize=1)
def _mention_pattern() -> re.Pattern[str]:
    names = sorted({v for o in load_outlets() for v in (o.name, *o.variants)}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?!\w|-\w)")


def find_outlets(text: str) -> list[tuple[Outlet, int, int]]:
    """Outlet names written in running text (case-sensitive), with their offsets."""
    found = []
    for match in _mention_pattern().finditer(text):
        outlet = outlet_named(match.group(0))
        if outlet is not None:
            found.append((outlet, match.start(), match.end()))
    return found
