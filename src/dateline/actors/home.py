"""The country a story was filed from, for actors the text leaves unplaced.

Wire stories name local actors without their country: "Police arrested dozens
of demonstrators" under a "TBILISI, Nov 30 -" dateline are Georgian police. An
unplaced nominal actor (a sector word with no country: police, protesters, the
government) takes the dateline's country; named people and organisations never
do, and neither do international sectors.
"""

from __future__ import annotations

import re

from ..records import Actor, Basis
from ..tables import word_class
from .knowledge import Knowledge

# Sectors that are not tied to the place a story was filed from.
PLACELESS_SECTORS = word_class("placeless sectors") | {None}
PLACE_KINDS = {"state", "region"}
_PLACE = re.compile(r"^([A-Z][A-Za-z.'\- ]+?)(?:,\s*([A-Z][A-Za-z.'\- ]+?))?\s*(?:\(|,|-|–|—|:|$)")


def home_country(dateline: str | None, knowledge: Knowledge) -> str | None:
    """The country of a dateline's place ("KYIV, Aug 8 -" -> UKR), if known."""
    if not dateline:
        return None
    found = _PLACE.match(dateline.strip())
    if not found:
        return None
    for part in (found.group(2), found.group(1)):
        if not part:
            continue
        name = part.strip().title()
        entry = knowledge.lookup(name)
        office = entry.office_at(None)[0] if entry is not None and entry.kind in PLACE_KINDS else None
        if office is not None and office.country:
            return office.country
        country = knowledge.city_country(name)
        if country:
            return country
    return None


def place_unplaced(actors: list[Actor], home: str | None) -> None:
    """Give unplaced nominal actors the home country, saying so in their evidence."""
    if not home:
        return
    for actor in actors:
        nominal = bool(actor.basis) and actor.basis[0].kind == "sector"
        if actor.country is None and nominal and actor.sector not in PLACELESS_SECTORS:
            actor.country = home
            actor.code = home + (actor.sector or "")
            actor.basis.append(Basis("home", home, "dateline"))
