"""Toponym mentions in a text: named entities, names inside organisations' names,
proper nouns the tagger missed, and the qualifiers written after them
("Paris, Texas", "Springfield, Ill.").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..nlp import Entity, Token
from .context import QUALIFIER, qualified, qualifier_places, within
from .gazetteer import Gazetteer
from .names import Candidate

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

# Smallest town a name is taken to mean after a word was dropped from it.
WEAK_MIN_POPULATION = 5000

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
class Mention:
    """A toponym in the text and the gazetteer entries it may name."""

    start: int
    end: int
    label: str
    candidates: list[Candidate]
    # Found only after dropping a word ("Muhlenberg County" as "Muhlenberg"):
    # then a namesake in the document's countries is preferred to any other.
    weak: bool = False
    # The qualifier written after it ("Texas" in "Paris, Texas") when it decided.
    qualifier: str = ""


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
        found = _sizeable(gazetteer.lookup(" ".join(words[:-1])))
        if found:
            return found, True
    if len(words) > 1 and words[0].lower() in DIRECTION_PREFIXES:
        return _sizeable(gazetteer.lookup(" ".join(words[1:]))), True
    return [], False


def _sizeable(candidates: list[Candidate]) -> list[Candidate]:
    """Candidates fit to stand for a name that lost a word: no village ("West Wing"
    is not the village of Wing)."""
    return [c for c in candidates if c.feature != "city" or c.population >= WEAK_MIN_POPULATION]


def _is_qualified(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is "Place, Division" ("Springfield, Ill.", "Paris, Texas")."""
    head, _, tail = name.partition(",")
    return bool(tail.strip()) and "," not in tail and bool(gazetteer.lookup(head.strip())) \
        and bool(qualifier_places(tail.strip(), gazetteer, postal=True))


def _parts(text: str, start: int, end: int, label: str, gazetteer: Gazetteer) -> list[Mention]:
    """Mentions for the comma-separated parts of one entity ("Springfield, Ill.")."""
    mentions, at = [], start
    for number, part in enumerate(text[start:end].split(",")):
        left = at + len(part) - len(part.lstrip())
        right = at + len(part.rstrip())
        at += len(part) + 1
        if right <= left:
            continue
        found, weak = _lookup(gazetteer, text[left:right])
        if not found and number > 0:
            found = qualifier_places(text[left:right], gazetteer, postal=True)
        mentions.append(Mention(left, right, label, found, weak))
    return mentions


def _qualifiers(text: str, at: int, by_start: dict[int, Mention],
                gazetteer: Gazetteer) -> tuple[int, int, list[Candidate], bool]:
    """(start, end, places, is a mention) of the qualifier after a name ending at ``at``."""
    match = QUALIFIER.match(text, at)
    if not match:
        return at, at, [], False
    start = match.start(1)
    following = by_start.get(start)
    if following is not None:
        return start, following.end, [c for c in following.candidates if c.feature in ("admin", "country")], True
    words = match.group(1).split(" ")
    for size in range(len(words), 0, -1):
        written = " ".join(words[:size])
        found = qualifier_places(written, gazetteer, postal=True)
        if found:
            return start, start + len(written), found, False
    return at, at, [], False


def apply_qualifiers(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Narrow each name followed by a qualifier ("Paris, Texas", "Dayton, OH") to the
    places inside it; return the qualifiers that were not mentions yet ("Ill.")."""
    by_start = {m.start: m for m in mentions}
    added = []
    for mention in sorted(mentions, key=lambda m: m.start):
        start, end, places, is_mention = _qualifiers(text, mention.end, by_start, gazetteer)
        inside = qualified(mention.candidates, places) if places else []
        if not inside:
            continue
        mention.candidates = inside
        mention.qualifier = text[start:end]
        if not is_mention:
            written = next(q for q in places if any(within(c, q) for c in inside))
            added.append(Mention(start, end, "GPE", [written]))
            by_start[start] = added[-1]
    return added


def _is_adjective(entity: Entity, tokens: Sequence[Token]) -> bool:
    last = tokens[entity.end - 1]
    # "German, Irish and other immigrants": a conjunct shares its first conjunct's role.
    while last.dep == "conj" and last.head != last.i:
        last = tokens[last.head]
    return last.dep in ADJECTIVE_DEPS or (last.tag == "JJ" and last.head > last.i)


def entity_mentions(text: str, entities: Iterable[Entity], gazetteer: Gazetteer,
                     tokens: Sequence[Token] | None, include_adjectives: bool) -> tuple[list[Mention], list[Candidate]]:
    """Mentions from named entities, and the places adjectives point at (for context)."""
    mentions, adjective_places = [], []
    for entity in entities:
        start, end = _trim(text, entity.start_char, entity.end_char)
        name = text[start:end]
        if entity.label in PLACE_LABELS:
            found, weak = _lookup(gazetteer, name)
            if not found:
                found = qualifier_places(name, gazetteer, postal=False)  # "Ga.", "Calif."
            if not found and "," in name and _is_qualified(name, gazetteer):
                # "Paris, Texas" tagged as one name: each part is a toponym, and the
                # second qualifies the first (see apply_qualifiers).
                mentions += _parts(text, start, end, entity.label, gazetteer)
                continue
            mentions.append(Mention(start, end, entity.label, found, weak))
        elif entity.label in RELABEL_LABELS:
            found = gazetteer.lookup(name)
            if found and (found[0].feature == "country" or (found[0].alias and found[0].feature == "region")):
                mentions.append(Mention(start, end, "GPE", found))
        elif entity.label == "PERSON" and " " in name:
            # "Tamil Nadu", "Sri Lanka" tagged as people: a two-word country or
            # state name is almost never a person's name.
            found = gazetteer.lookup(name)
            if found and found[0].feature in ("country", "admin"):
                mentions.append(Mention(start, end, "GPE", found))
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
                mentions.append(Mention(start, end, "NORP", [place]))
    return mentions, adjective_places


def embedded_mentions(text: str, entities: Iterable[Entity], tokens: Sequence[Token],
                       gazetteer: Gazetteer) -> list[Mention]:
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
                         if c.feature in ("country", "admin", "region", "county") or c.alias
                         or (c.feature == "city" and not c.alternate
                             and c.population >= EMBEDDED_CITY_POPULATION)]
                adjective = gazetteer.adjective(name) if j == i + 1 else None
                if found or adjective is not None:
                    found_at = j
                    mentions.append(Mention(start, end, "GPE", found or [adjective]))
                    break
            i = found_at or i + 1
    return mentions


def missed_mentions(text: str, tokens: Sequence[Token], taken: list[tuple[int, int]],
                     gazetteer: Gazetteer) -> list[Mention]:
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
                mentions.append(Mention(start, end, "GPE", found))
            run.clear()

    for token in tokens:
        if token.pos == "PROPN" and token.idx not in covered and token.text[:1].isupper():
            run.append(token)
        else:
            close()
    close()
    return mentions


