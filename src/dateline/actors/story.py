"""What an article is about: the country most of its actors are of, and whether its
dateline's country is only the venue of others' talks.

A wire story from Nairobi naming Kenyan bodies throughout is about Kenya
(``dominant_country``); one from Algiers naming Ethiopia and Eritrea at every turn and
Algeria once is about the two, Algiers only where they met (``is_venue``). The context
rules (``context``) and the events' story setting read these.
"""

from __future__ import annotations

from collections import Counter

from ..nlp import Parsed
from ..records import Actor

INFERRED = "inferred-country"
# The country an article is about: at least this share of its country mentions, and
# at least this many of them (a story naming Kenya five times and Uganda once is about
# Kenya; one naming each once is about neither). A mention in the lead counts twice.
DOMINANT_SHARE = 0.6
DOMINANT_MENTIONS = 3
LEAD_WEIGHT = 2
# Or a country named at least LEAD_RATIO times as often as any other and with at least
# LEAD_SHARE of the mentions: a story of Belarus's crackdown that names Lithuania, where the
# candidate fled, and Poland, Russia and the EU once each is about Belarus.
LEAD_SHARE, LEAD_RATIO = 0.4, 2
# A dateline's country is a venue when under this share of at least this many country
# mentions is its own, and two other countries are named at least VENUE_PARTY times each
# ("ALGIERS - Ethiopia and Eritrea signed ..."; not "LIMA - Chile closed its border", a
# story of Peru's about one neighbour): it then places local bodies only.
VENUE_SHARE = 0.2
VENUE_MENTIONS = 6
VENUE_PARTY = 2


def inferred(actor: Actor) -> bool:
    """Did the context give the actor its country (rather than the text)?"""
    return any(b.kind == INFERRED for b in actor.basis)


def dominant_country(actors: list[Actor], parsed: Parsed) -> str | None:
    """The country the article is about, by the mentions of its actors (see DOMINANT_SHARE
    and LEAD_SHARE)."""
    mentions = country_mentions(actors, parsed)
    if not mentions:
        return None
    (country, count), *rest = mentions.most_common(2)
    share = count / sum(mentions.values())
    leads = share >= LEAD_SHARE and (not rest or count >= LEAD_RATIO * rest[0][1])
    return country if count >= DOMINANT_MENTIONS and (share >= DOMINANT_SHARE or leads) else None


def is_venue(actors: list[Actor], parsed: Parsed, home: str | None) -> bool:
    """Is the dateline's country only where the story's parties met ("ALGIERS - Ethiopia and
    Eritrea signed a peace agreement here"): an article naming two other countries' actors,
    its own hardly (see VENUE_SHARE)?"""
    mentions = country_mentions(actors, parsed)
    total = sum(mentions.values())
    parties = [c for c, n in mentions.items() if c != home and n >= VENUE_PARTY]
    return home is not None and total >= VENUE_MENTIONS and mentions[home] / total < VENUE_SHARE \
        and len(parties) >= 2


def country_mentions(actors: list[Actor], parsed: Parsed) -> Counter:
    """The article's mentions of each country by its actors named with one (not inferred)."""
    tokens, mentions = parsed.tokens, Counter()
    storied = len(parsed.sentences) > 1  # a lead only stands out from a story's other sentences
    for actor in actors:
        if counted(actor) and not inferred(actor):
            found = parsed.tokens_in(actor.start, actor.end)
            # the lead names what the story is about: its mentions count twice
            mentions[actor.country] += LEAD_WEIGHT if found and tokens[found[0]].sent == 0 and storied else 1
    return mentions


def counted(actor: Actor) -> bool:
    """Does the actor's country tell where the story is (a state's, not a body above states)?"""
    return bool(actor.country) and actor.sector not in ("IGO", "NGO") and actor.country not in ("IGO", "NGO", "UNO")
