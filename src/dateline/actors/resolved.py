"""A resolved mention (before coreference) and the CAMEO code it gets."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Basis
from ..tables import word_class

# Types of head words so general that a more specific modifier decides the sector
# ("Muslim leaders" are REL, "Jewish community leader" REL, "army chief" MIL).
GENERIC_TYPES = word_class("generic types")
LEADING_TYPES = word_class("leading types")


@dataclass
class Mention:
    """A resolved phrase, before it becomes an Actor (coreference still to come)."""

    start: int  # token
    end: int
    head: int  # head token index
    text: str
    name: str
    country: str | None
    sector: str | None
    code: str | None
    kind: str
    basis: list[Basis]  # why: table entries, model labels, links (typed provenance)
    role_words: tuple[str, ...] = ()
    linked_to: int | None = None  # index of a mention this one is in apposition with


def cameo_code(country: str | None, sector: str | None, explicit: str | None = None) -> str | None:
    """CAMEO concatenation: RUS+MIL -> RUSMIL, UNO+IGO -> IGOUNO, NGO+HRI -> NGOHRI."""
    if explicit:
        return explicit
    if not country and not sector:
        return None
    if sector in LEADING_TYPES:
        return sector + country if country and country != sector else sector
    if country in LEADING_TYPES | {"MNC"}:
        return country + (sector if sector and sector != country else "")
    return (country or "---") + (sector or "")
