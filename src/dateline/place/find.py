"""Toponyms in a document, resolved against the gazetteer with what the article says.

Toponyms come from the named entities (GPE, LOC, FAC) and, on request, from
adjectives and organisations' names (mentions.py). A name that fits several
places is decided by the article (resolve.py): a qualifier written after it,
the dateline, the divisions and countries it names, its outlet's country, the
division most of its other places lie in, then population.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..nlp import Entity, Token
from ..records import Place
from .context import outlet_country, read_dateline
from .gazetteer import Gazetteer, load_gazetteer
from .mentions import (UNRESOLVED_FEATURE, Mention, apply_qualifiers, embedded_mentions,
                       entity_mentions, missed_mentions)
from .names import Candidate, fold
from .resolve import Frame, choose, evidence

# Biggest town taken as a sign of where the article is (for its neighbours).
ANCHOR_MAX_POPULATION = 250_000

# Features that set the article's frame when a mention names them.
FRAME_FEATURES = frozenset({"country", "admin"})
# The division most of the article's towns lie in counts (as weaker evidence than
# one the article names) when at least this many of its places lie there ...
MIN_INFERRED_PLACES = 2
# ... and they are at least this share of its towns and counties.
MIN_INFERRED_SHARE = 0.5


def _frame(mentions: list[Mention], adjective_places: list[Candidate], gazetteer: Gazetteer,
           context_countries: Sequence[str], dateline: str | None,
           home_country: str | None) -> Frame:
    """The article's frame: the dateline, the countries its actors belong to, and the
    countries and divisions its toponyms name."""
    frame = Frame(outlet_country=home_country)
    read_dateline(dateline, gazetteer, frame)
    for country in context_countries:
        frame.add_country(country, "an actor's country")
    for candidate in adjective_places:
        frame.add_country(candidate.country, "named in the text")
    # Names that can mean only one country or division set the frame first; the
    # others ("Georgia": the country or the state?) are read in that frame.
    clear = [m for m in mentions if sum(_frames(c) for c in m.candidates) == 1]
    for mention in clear + [m for m in mentions if m not in clear]:
        chosen = choose(_candidates(mention, frame), frame)
        if chosen is None or not _frames(chosen[0]):
            continue
        place = chosen[0]
        frame.add_country(place.country, "named in the text")
        if place.feature == "admin":
            frame.add_admin(place.country, place.admin1, f"{place.name} named in the text")
    return frame


def _frames(candidate: Candidate) -> bool:
    """Whether naming this entry says which country or division the article is about."""
    return candidate.feature in FRAME_FEATURES or (candidate.alias and candidate.feature == "region")


def _candidates(mention: Mention, frame: Frame) -> list[Candidate]:
    if mention.weak:
        return [c for c in mention.candidates if c.country in frame.countries] or mention.candidates
    return mention.candidates


def _infer_admin(chosen: list[tuple[Candidate, list[str]] | None], frame: Frame) -> None:
    """The division most of the article's towns and counties lie in, when clear."""
    local = [c for c, _ in filter(None, chosen) if c.feature in ("city", "county") and c.admin1]
    counts = Counter((c.country or "", c.admin1) for c in local)
    if not counts:
        return
    (key, count), = counts.most_common(1)
    if count >= MIN_INFERRED_PLACES and count / len(local) >= MIN_INFERRED_SHARE and key not in frame.admins:
        frame.inferred_admins[key] = f"{count} of the article's places"


def _anchors(mentions: list[Mention], chosen: list[tuple[Candidate, list[str]] | None],
             frame: Frame) -> list[tuple[int, float, float, str]]:
    """Towns and counties the article surely means: the only place of their name,
    qualified ("Walker County (Ga.)"), or in a division the article names."""
    anchors = []
    for mention, choice in zip(mentions, chosen):
        if choice is None or choice[0].feature not in ("city", "county") or choice[0].lat is None:
            continue
        place = choice[0]
        if place.alias or place.capital or place.population > ANCHOR_MAX_POPULATION:
            continue  # national news names capitals and big cities wherever it is
        if len(mention.candidates) == 1 or mention.qualifier or (place.country, place.admin1) in frame.admins:
            anchors.append((mention.start, place.lat, place.lon, place.name))
    return anchors


def _one_sense(text: str, mentions: list[Mention],
               chosen: list[tuple[Candidate, list[str]] | None]) -> list[tuple[Candidate, list[str]] | None]:
    """A name the article qualifies once ("Walker County (Ga.)") means that place
    wherever the article repeats it."""
    decided = {fold(text[m.start:m.end]): (m, c) for m, c in zip(mentions, chosen) if m.qualifier and c}
    if not decided:
        return chosen
    out = []
    for mention, choice in zip(mentions, chosen):
        found = decided.get(fold(text[mention.start:mention.end]))
        if found and not mention.qualifier and found[1][0] in mention.candidates:
            choice = (found[1][0], [f"same name as {found[0].qualifier!r}-qualified mention"])
        out.append(choice)
    return out


def _place(text: str, mention: Mention, chosen: tuple[Candidate, list[str]] | None) -> Place | None:
    written = text[mention.start:mention.end]
    if chosen is None:
        if not written[:1].isupper() and not written[:1].isdigit():
            return None  # a tagger's guess that is not even capitalised ("veranda")
        return Place(written, written, mention.start, mention.end,
                     feature=UNRESOLVED_FEATURE.get(mention.label), evidence="not in the gazetteer")
    candidate, reasons = chosen
    if mention.qualifier:
        reasons = [f"qualified by {mention.qualifier!r}"] + reasons
    return Place(written, candidate.name, mention.start, mention.end, candidate.country,
                 candidate.lat, candidate.lon, candidate.geonameid, candidate.feature,
                 candidate.admin1 or None, evidence(candidate, reasons))


def find_places(text: str, entities: list[Entity], context_countries: Sequence[str] = (), *,
                tokens: Sequence[Token] | None = None, include_adjectives: bool = False,
                include_embedded: bool = False, dateline: str | None = None,
                outlet: str | None = None, url: str | None = None) -> list[Place]:
    """Toponyms among the entities, resolved to gazetteer places, in text order.

    ``tokens`` (optional) let adjectives and names the tagger missed be found.
    ``include_adjectives`` adds adjectival forms ("French engineer") and
    ``include_embedded`` place names inside organisation names ("Toronto
    Police"): neither is where an event happens, but some gold sets count them.
    ``dateline`` ("SPRINGFIELD, Ill. (AP) -"), ``outlet`` and ``url`` say where
    the article comes from.
    """
    gazetteer = load_gazetteer()
    mentions, adjective_places = entity_mentions(text, entities, gazetteer, tokens, include_adjectives)
    if include_embedded and tokens is not None:
        mentions += embedded_mentions(text, entities, tokens, gazetteer)
    if tokens is not None:
        mentions += missed_mentions(text, tokens, [(m.start, m.end) for m in mentions]
                                    + [(e.start_char, e.end_char) for e in entities], gazetteer)
    mentions.sort(key=lambda m: m.start)
    mentions += apply_qualifiers(text, mentions, gazetteer)
    mentions.sort(key=lambda m: m.start)
    frame = _frame(mentions, adjective_places, gazetteer, context_countries, dateline,
                   outlet_country(outlet, url, gazetteer))
    chosen = [choose(_candidates(m, frame), frame) for m in mentions]
    _infer_admin(chosen, frame)
    frame.anchors = _anchors(mentions, chosen, frame)
    if frame.inferred_admins or frame.anchors:
        chosen = [choose(_candidates(m, frame), frame, m.start) if len(m.candidates) > 1 else c
                  for m, c in zip(mentions, chosen)]
    chosen = _one_sense(text, mentions, chosen)
    places = (_place(text, m, c) for m, c in zip(mentions, chosen))
    return [p for p in places if p is not None]
