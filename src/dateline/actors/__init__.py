"""The actor stage: mentions in a parsed article -> coded ``Actor`` records.

    from dateline.actors import find_actors, Knowledge
    actors = find_actors(parsed)                      # bundled knowledge
    actors = find_actors(parsed, load_knowledge(extra_dictionaries=["my.actors.txt"]),
                         published="2023-08-31")

Each Actor says what was written (``text``, ``start``, ``end`` in ``parsed.text``),
what it resolved to (``name``, ``country``, ``sector`` = CAMEO type, ``code``,
``kind``), why (``basis``: the table entries, labels and links behind it; ``evidence``
is its one-line view)
and which in-document entity it is (``entity``).
"""

from __future__ import annotations

from dateline.actors.coref import PRONOUN, Coreference
from dateline.actors.context import place_unplaced
from dateline.actors.story import INFERRED, dominant_country, inferred, is_venue
from dateline.actors.coordinated import share_role
from dateline.actors.home import home_country, is_seat, setting_country
from dateline.actors.bundled import default_knowledge, load_knowledge
from dateline.actors.knowledge import Knowledge
from dateline.actors.mentions import MentionFinder
from dateline.actors.resolved import cameo_code
from dateline.nlp import Parsed
from dateline.records import Actor

__all__ = ["INFERRED", "inferred", "Knowledge", "load_knowledge", "default_knowledge", "find_actors", "plover_sector",
           "cameo_code", "from_pronoun", "home_country", "setting_country", "story_country"]


def find_actors(parsed: Parsed, knowledge: Knowledge | None = None,
                published: str | None = None, dateline: str | None = None) -> list[Actor]:
    """Actors mentioned in ``parsed``, coded and linked by in-document coreference.

    ``dateline`` ("TBILISI, Nov 30 -") places local actors the text leaves unplaced.
    """
    knowledge = knowledge or default_knowledge()
    mentions = MentionFinder(parsed, knowledge, published).find()
    resolved = Coreference(parsed).resolve(mentions)
    tokens, actors = parsed.tokens, []
    for item in resolved:
        m = item.mention
        start, end = tokens[m.start].idx, tokens[m.end - 1].end
        actors.append(Actor(text=parsed.text[start:end], name=m.name, start=start, end=end,
                            country=m.country, sector=m.sector, code=m.code, kind=m.kind,
                            basis=list(m.basis), entity=item.entity))
    actors = share_role(actors, parsed, knowledge)
    return place_unplaced(actors, parsed, home_country(dateline, knowledge), seat=is_seat(dateline))


def story_country(actors: list[Actor], parsed: Parsed, dateline: str | None,
                  knowledge: Knowledge | None = None) -> str | None:
    """The country a story took place in: its dateline's (none for a seat of international
    bodies, see ``setting_country``), else, in a story without a dateline, the country the
    article is about (the one most of its actors' countries are), if it has more than one
    sentence."""
    if dateline:
        home = setting_country(dateline, knowledge or default_knowledge())
        # a venue of talks between others ("ALGIERS - Ethiopia and Eritrea signed ...") sets none
        return None if is_venue(actors, parsed, home) else home
    # a lone sentence is no article: what it is about is its own sentence's business
    return dominant_country(actors, parsed) if len(parsed.sentences) > 1 else None


def from_pronoun(actor: Actor) -> bool:
    """True for a pronoun the coreference step resolved ("he" as John Kirby)."""
    return any(b.kind == "coref" and b.name == PRONOUN for b in actor.basis)


def plover_sector(actor: Actor, knowledge: Knowledge | None = None) -> str | None:
    """The PLOVER sector of an actor (PLOVER names some sectors differently from CAMEO)."""
    knowledge = knowledge or default_knowledge()
    for basis in actor.basis:
        if actor.sector in ("ELI", None):
            break
        if basis.kind == "sector":
            term = knowledge.sectors.get(basis.name)
            if term is not None and term.cameo == actor.sector:
                return term.plover
        if basis.kind == "role":
            term = _role_term(basis.name, knowledge)
            if term is not None and term.cameo == actor.sector:
                return term.plover
    if actor.sector is None:
        return None
    return knowledge.plover_of.get(actor.sector, actor.sector)


def _role_term(role: str, knowledge: Knowledge):
    """The longest sector term inside an office's description ("defence minister")."""
    words = role.lower().split()
    for size in range(len(words), 0, -1):
        for first in range(len(words) - size + 1):
            term = knowledge.sectors.get(" ".join(words[first:first + size]))
            if term is not None:
                return term
    return None
