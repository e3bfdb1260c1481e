"""Toponyms in a document, resolved against the gazetteer.

Toponyms come from the named entities (GPE, LOC, FAC). A name that fits several
places is decided by the document: the countries and admin divisions it names
unambiguously (and any countries the caller already knows), then population.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..nlp import Entity, Token
from ..records import Place
from .gazetteer import Candidate, Gazetteer, best, load_gazetteer

# Entity labels that name places. NORP ("Russian", "Kurds") names peoples and is
# only read as a place in adjective position, on request (include_adjectives).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Labels whose entity is taken as a place only when it is exactly a country name
# or one of our aliases of a country or region: the small model often tags
# "Turkey" or "EU" as ORG.
RELABEL_LABELS = frozenset({"ORG"})

# What an unresolved entity most likely is, by label.
UNRESOLVED_FEATURE = {"GPE": "city", "LOC": "region", "FAC": "landmark"}

# Words a name may carry that the gazetteer does not ("Gaza City", "Idlib
# province"): tried again without them when the full name is unknown.
GENERIC_SUFFIXES = ("city", "province", "region", "county", "district", "governorate",
                    "oblast", "state", "prefecture", "municipality")
DIRECTION_PREFIXES = ("northern", "southern", "eastern", "western", "central",
                      "north", "south", "east", "west", "northeast", "northwest",
                      "southeast", "southwest", "northeastern", "northwestern",
                      "southeastern", "southwestern")

# A proper-noun run the model did not tag is taken as a place only when it names
# a country, one of our aliases, or a city at least this big (its name is then
# unlikely to be a common word or a surname).
MISSED_CITY_POPULATION = 1_000_000

# Smallest city taken inside an organisation's name ("Toronto Police"): smaller
# towns' names are too often surnames or words ("Ford Motor", "Apple").
EMBEDDED_CITY_POPULATION = 100_000
# Longest run of words tried as a place name inside another name.
MAX_NAME_WORDS = 3

# Dependencies under which a NORP word is an adjective ("Syrian border").
ADJECTIVE_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    label: str
    candidates: list[Candidate]
    # Found only after dropping a word ("Muhlenberg County" as "Muhlenberg"):
    # then a namesake in the document's countries is preferred to any other.
    weak: bool = False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a leading "the" and a trailing possessive."""
    if text[start:start + 4].lower() == "the ":
        start += 4
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if text[start:end].endswith(suffix) and end - len(suffix) > start:
            end -= len(suffix)
            break
    return start, end


def _lookup(gazetteer: Gazetteer, name: str) -> tuple[list[Candidate], bool]:
    """Candidates for a name, retrying without a generic suffix or a compass prefix;
    the flag says whether a word had to be dropped."""
    found = gazetteer.lookup(name)
    if found:
        return found, False
    words = name.split()
    if len(words) > 1 and words[-1].lower() in GENERIC_SUFFIXES:
        found = gazetteer.lookup(" ".join(words[:-1]))
        if found:
            return found, True
    if len(words) > 1 and words[0].lower() in DIRECTION_PREFIXES:
        return gazetteer.lookup(" ".join(words[1:])), True
    return [], False


def _is_adjective(entity: Entity, tokens: Sequence[Token]) -> bool:
    last = tokens[entity.end - 1]
    # "German, Irish and other immigrants": a conjunct shares its first conjunct's role.
    while last.dep == "conj" and last.head != last.i:
        last = tokens[last.head]
    return last.dep in ADJECTIVE_DEPS or (last.tag == "JJ" and last.head > last.i)


def _entity_mentions(text: str, entities: Iterable[Entity], gazetteer: Gazetteer,
                     tokens: Sequence[Token] | None, include_adjectives: bool) -> tuple[list[_Mention], list[Candidate]]:
    """Mentions from named entities, and the places adjectives point at (for context)."""
    mentions, adjective_places = [], []
    for entity in entities:
        start, end = _trim(text, entity.start_char, entity.end_char)
        name = text[start:end]
        if entity.label in PLACE_LABELS:
            found, weak = _lookup(gazetteer, name)
            mentions.append(_Mention(start, end, entity.label, found, weak))
        elif entity.label in RELABEL_LABELS:
            found = gazetteer.lookup(name)
            if found and (found[0].feature == "country" or (found[0].alias and found[0].feature == "region")):
                mentions.append(_Mention(start, end, "GPE", found))
        elif entity.label == "PERSON" and " " in name:
            # "Tamil Nadu", "Sri Lanka" tagged as people: a two-word country or
            # state name is almost never a person's name.
            found = gazetteer.lookup(name)
            if found and found[0].feature in ("country", "admin"):
                mentions.append(_Mention(start, end, "GPE", found))
        elif entity.label == "NORP":
            if "-" in name:
                # "anti-Russian", "ex-Soviet": the adjective is the last part.
                start += name.rindex("-") + 1
                name = text[start:end]
            place = gazetteer.adjective(name)
            if place is None:
                continue
            adjective_places.append(place)
            if include_adjectives and tokens is not None and _is_adjective(entity, tokens):
                mentions.append(_Mention(start, end, "NORP", [place]))
    return mentions, adjective_places


def _embedded_mentions(text: str, entities: Iterable[Entity], tokens: Sequence[Token],
                       gazetteer: Gazetteer) -> list[_Mention]:
    """Place names inside organisation names ("Toronto Police", "Nigerian Army")."""
    mentions = []
    for entity in entities:
        if entity.label != "ORG":
            continue
        i = entity.start
        while i < entity.end:
            found_at = None
            for j in range(min(entity.end, i + MAX_NAME_WORDS), i, -1):
                if not tokens[i].text[:1].isupper() or tokens[i].text.lower() in ("the", "a", "an"):
                    break
                start, end = tokens[i].idx, tokens[j - 1].end
                name = text[start:end]
                found = [c for c in gazetteer.lookup(name)
                         if c.feature in ("country", "admin", "region") or c.alias
                         or (c.feature == "city" and not c.alternate
                             and c.population >= EMBEDDED_CITY_POPULATION)]
                adjective = gazetteer.adjective(name) if j == i + 1 else None
                if found or adjective is not None:
                    found_at = j
                    mentions.append(_Mention(start, end, "GPE", found or [adjective]))
                    break
            i = found_at or i + 1
    return mentions


def _missed_mentions(text: str, tokens: Sequence[Token], taken: list[tuple[int, int]],
                     gazetteer: Gazetteer) -> list[_Mention]:
    """Proper-noun runs outside every entity that plainly name a country or big city."""
    mentions, run = [], []
    covered = set()
    for start, end in taken:
        covered.update(range(start, end))

    def close() -> None:
        if run:
            start, end = run[0].idx, run[-1].end
            found = [c for c in gazetteer.lookup(text[start:end])
                     if c.feature == "country" or c.alias
                     or (c.feature == "city" and not c.alternate and c.population >= MISSED_CITY_POPULATION)]
            if found:
                mentions.append(_Mention(start, end, "GPE", found))
            run.clear()

    for token in tokens:
        if token.pos == "PROPN" and token.idx not in covered and token.text[:1].isupper():
            run.append(token)
        else:
            close()
    close()
    return mentions


def find_places(text: str, entities: list[Entity], context_countries: Sequence[str] = (), *,
                tokens: Sequence[Token] | None = None, include_adjectives: bool = False,
                include_embedded: bool = False) -> list[Place]:
    """Toponyms among the entities, resolved to gazetteer places, in text order.

    ``tokens`` (optional) let adjectives and names the tagger missed be found.
    ``include_adjectives`` adds adjectival forms ("French engineer") and
    ``include_embedded`` place names inside organisation names ("Toronto
    Police"): neither is where an event happens, but some gold sets count them.
    """
    gazetteer = load_gazetteer()
    mentions, adjective_places = _entity_mentions(text, entities, gazetteer, tokens, include_adjectives)
    if include_embedded and tokens is not None:
        mentions += _embedded_mentions(text, entities, tokens, gazetteer)
    if tokens is not None:
        mentions += _missed_mentions(text, tokens, [(m.start, m.end) for m in mentions]
                                     + [(e.start_char, e.end_char) for e in entities], gazetteer)
    countries, admins = set(context_countries), set()
    # The document's own frame: names that can mean only one place.
    for candidate in adjective_places + [m.candidates[0] for m in mentions if len(m.candidates) == 1]:
        if candidate.feature in ("country", "admin") or candidate.alias:
            if candidate.country:
                countries.add(candidate.country)
            if candidate.feature == "admin" and candidate.admin1:
                admins.add((candidate.country, candidate.admin1))
    frozen_countries, frozen_admins = frozenset(countries), frozenset(admins)
    places = []
    for mention in sorted(mentions, key=lambda m: m.start):
        candidates = mention.candidates
        if mention.weak:
            candidates = [c for c in candidates if c.country in frozen_countries] or candidates
        chosen = best(candidates, frozen_countries, frozen_admins)
        written = text[mention.start:mention.end]
        if chosen is None:
            if not written[:1].isupper() and not written[:1].isdigit():
                # A tagger's guess that is not even capitalised ("veranda").
                continue
            places.append(Place(written, written, mention.start, mention.end,
                                feature=UNRESOLVED_FEATURE.get(mention.label)))
            continue
        places.append(Place(written, chosen.name, mention.start, mention.end, chosen.country,
                            chosen.lat, chosen.lon, chosen.geonameid, chosen.feature))
    return places
