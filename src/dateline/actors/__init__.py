"""The actor stage: mentions in a parsed article -> coded ``Actor`` records.

    from dateline.actors import find_actors, Knowledge
    actors = find_actors(parsed)                      # bundled knowledge
    actors = find_actors(parsed, Knowledge.load(extra_dictionaries=["my.actors.txt"]),
                         published="2023-08-31")

Each Actor says what was written (``text``, ``start``, ``end`` in ``parsed.text``),
what it resolved to (``name``, ``country``, ``sector`` = CAMEO type, ``code``,
``kind``), why (``evidence``: the rules and table entries that fired, ``;``-joined)
and which in-document entity it is (``entity``).
"""

from __future__ import annotations

from dateline.actors.coref import Coreference
from dateline.actors.home import home_country, place_unplaced
from dateline.actors.knowledge import Knowledge, default_knowledge
from dateline.actors.mentions import MentionFinder
from dateline.actors.resolved import cameo_code
from dateline.nlp.parsed import Parsed
from dateline.records import Actor

__all__ = ["Knowledge", "find_actors", "plover_sector", "cameo_code"]


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
                            evidence="; ".join(m.evidence), entity=item.entity))
    place_unplaced(actors, home_country(dateline, knowledge))
    return actors


def plover_sector(actor: Actor, knowledge: Knowledge | None = None) -> str | None:
    """The PLOVER sector of an actor (PLOVER names some sectors differently from CAMEO)."""
    knowledge = knowledge or default_knowledge()
    for part in actor.evidence.split("; "):
        if actor.sector in ("ELI", None):
            break
        if part.startswith("sector:"):
            term = knowledge.sectors.get(part[len("sector:"):])
            if term is not None and term.cameo == actor.sector:
                return term.plover
        if part.startswith("role:"):
            term = _role_term(part[len("role:"):], knowledge)
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
