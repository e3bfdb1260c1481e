"""The country a story was filed from: the country of its dateline's place.

Wire stories name local actors without their country: "Police arrested dozens
of demonstrators" under a "TBILISI, Nov 30 -" dateline are Georgian police (see
``context``, which places such actors).
"""

from __future__ import annotations

import re

from dateline.tables import word_class

from .knowledge import Knowledge

PLACE_KINDS = {"state", "region"}
# Cities whose datelines file news of international bodies from their seats (words.tsv): a
# story from GENEVA is as often about the world as about Switzerland (words joined by "-").
SEATS = word_class("international seats")
# A place, maybe ", Country", then what ends it; a hyphen inside a name ("PORT-AU-PRINCE")
# does not, a dash before a space does.
_PLACE = re.compile(r"^([A-Z][A-Za-z.'\- ]+?)(?:,\s*([A-Z][A-Za-z.'\- ]+?))?\s*(?:\(|,|-(?=\s|$)|–|—|:|$)")


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


def is_seat(dateline: str | None) -> bool:
    """Is the dateline's place a seat of international bodies ("GENEVA", "BRUSSELS")?"""
    found = _PLACE.match(dateline.strip()) if dateline else None
    return found is not None and "-".join(found.group(1).lower().split()) in SEATS


def setting_country(dateline: str | None, knowledge: Knowledge) -> str | None:
    """The country a story took place in, by its dateline: its home country, unless the
    dateline is a seat of international bodies."""
    return None if is_seat(dateline) else home_country(dateline, knowledge)
