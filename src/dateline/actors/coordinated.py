"""Coordinated nationalities on one role word: "Indian and French navies", "US and
British troops" name one body per country (India's navy and France's), not one body
of the last country beside a bare state.

The parser hangs the first nationality on the role word and the others on the first
(conj); the phrase step then keeps only the role word with one country, or none, and
the others as states. :func:`share_role` gives each nationality its own actor with the
role word's type, and the role word's own actor the country of the nationality next to
it. The basis says so ("shared-role").
"""

from __future__ import annotations

import dataclasses

from dateline.actors.knowledge import Knowledge
from dateline.actors.resolved import cameo_code
from dateline.nlp import Parsed, Token
from dateline.records import Actor, Basis

# How a nationality word modifies the role word.
MODIFIER_DEPS = ("amod", "compound", "nmod")
SHARED = "shared-role"


def share_role(actors: list[Actor], parsed: Parsed, knowledge: Knowledge) -> list[Actor]:
    """The actors, coordinated nationalities on a role word split into one actor each."""
    covering = {i: actor for actor in actors for i in parsed.tokens_in(actor.start, actor.end)}
    replaced: dict[int, Actor] = {}  # id of an actor -> its replacement
    added: list[Actor] = []
    next_entity = max((a.entity for a in actors if a.entity is not None), default=-1) + 1
    for actor in actors:
        if actor.sector is None or actor.kind == "state" or id(actor) in replaced:
            continue
        found = parsed.tokens_in(actor.start, actor.end)
        members = _nationalities(parsed, knowledge, parsed.tokens[found[-1]]) if found else []
        if len(members) < 2:
            continue
        # the nationality next to the role word is the role word's own ("French navies");
        # after it, the first ("the presidents of Kenya and Uganda")
        own = members[0] if members[0][0].i > found[-1] else members[-1]
        nearest, country = own
        others = [m for m in members if m is not own]
        for tok, _ in members:
            other = covering.get(tok.i)
            if other is not None and other is not actor:
                replaced[id(other)] = None  # the bare state the parse left behind
        replaced[id(actor)] = _with_country(dataclasses.replace(
            actor, text=parsed.text[min(_word_start(parsed, nearest), actor.start):actor.end],
            start=min(_word_start(parsed, nearest), actor.start)), country)
        for tok, member_country in others:
            added.append(_with_country(dataclasses.replace(
                actor, text=_word_text(parsed, tok), name=f"{_word_text(parsed, tok)} {parsed.tokens[found[-1]].text}",
                start=_word_start(parsed, tok), end=tok.end, entity=next_entity), member_country))
            next_entity += 1
    out = [replaced.get(id(a), a) for a in actors]
    return sorted([a for a in out if a is not None] + added, key=lambda a: a.start)


def _nationalities(parsed: Parsed, knowledge: Knowledge, head: Token) -> list[tuple[Token, str]]:
    """The coordinated nationality words on a role word ("Indian and French navies"), or
    its coordinated "of" or "from" countries ("the presidents of Kenya and Uganda"), with their
    countries."""
    for child in _country_words(parsed, head):
        chain = [child] + [parsed.tokens[j] for j in parsed.conjuncts(child.i)]
        members = [(tok, country) for tok in chain for country in [_country_of(knowledge, parsed, tok)] if country]
        if len(members) == len(chain) >= 2:
            return members
    return []


def _country_words(parsed: Parsed, head: Token) -> list[Token]:
    """The words before a role word that may name its country, then its "of" or "from"
    object ("the presidents of Kenya and Uganda", "negotiators from Sudan and South Sudan")."""
    words = [c for c in parsed.children(head.i) if c.dep in MODIFIER_DEPS and c.i < head.i]
    return words + [g for c in parsed.children(head.i) if c.dep == "prep" and c.lemma.lower() in ("of", "from")
                    for g in parsed.children(c.i) if g.dep == "pobj"]


def _country_of(knowledge: Knowledge, parsed: Parsed, tok: Token) -> str | None:
    """The country a nationality word or country name stands for, with the words the
    parser hangs on it as one name ("South Korean", "Saudi Arabian")."""
    entry = knowledge.lookup(_word_text(parsed, tok))
    # a known organisation coordinated with a nationality ("British and EU negotiators",
    # "Israeli and Hamas officials") stands in the country slot too
    if entry is None or entry.source not in ("demonym", "country-name", "org") or not entry.offices:
        return None
    return entry.offices[0].country


def _word_start(parsed: Parsed, tok: Token) -> int:
    """Where the word starts with the modifiers before it that name it with it ("South Korean")."""
    first = tok.i
    while first > 0 and parsed.tokens[first - 1].head == tok.i and parsed.tokens[first - 1].dep in MODIFIER_DEPS:
        first -= 1
    return parsed.tokens[first].idx


def _word_text(parsed: Parsed, tok: Token) -> str:
    return parsed.text[_word_start(parsed, tok):tok.end]


def _with_country(actor: Actor, country: str) -> Actor:
    basis = [b for b in actor.basis if b.kind not in ("inferred-country", "of")] + [Basis(SHARED, country)]
    return dataclasses.replace(actor, country=country, code=cameo_code(country, actor.sector), basis=basis)
