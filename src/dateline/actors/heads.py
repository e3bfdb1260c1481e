"""Where a role word names an actor: as the head of its noun phrase, as the author of an act
it modifies ("a rebel attack"), as the holder of a post ("army positions"), or with the
name that follows it ("French company Danone")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dateline.nlp import Token
from dateline.tables import word_class

if TYPE_CHECKING:
    from dateline.actors.units import Unit

# Nouns of an act or a stance whose role-word modifier is its author or doer ("opposition
# demands", "a rebel attack", "the police raid"): the modifier names an actor there.
AUTHORED_NOUNS = word_class("authored nouns")
# Role words whose adjective says what kind of act it was, not whose ("a terrorist attack").
CHARACTER_WORDS = word_class("character words")
# Places and formations of a force whose role-word modifier is their holder ("army positions"),
# when the role word names an armed or state body.
HELD_NOUNS = word_class("held nouns")
HOLDING_SECTORS = {"MIL", "REB", "INS", "UAF", "SEP", "COP", "GOV", "SPY", "CRM"}
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# An abbreviation's written plural ("MPs", "MEPs", "NGOs"): taggers often take it for a
# verb with itself as lemma, so its singular is read off the text.
ABBREVIATION_PLURAL = re.compile(r"[A-Z]{2,}s")


def nominal_head(tokens: list[Token], unit: Unit, units: list[Unit]) -> bool:
    """A sector word names an actor only as the head of its noun phrase."""
    tok = tokens[unit.end - 1]
    # (a plural the tagger took for a verb is still a noun where only a noun can stand:
    # "inmates staged a hunger strike", a subject)
    if tok.pos == "VERB" and tok.dep not in ("amod", "nsubj", "nsubjpass") and not abbreviation_plural(tok):
        return False
    if tok.dep in ("compound", "amod", "nmod", "nn") and tok.head != tok.i:
        outside = tok.head < unit.start or tok.head >= unit.end
        head_unit = next((u for u in units if u.start <= tok.head < u.end), None)
        if outside and head_unit is None:
            return authors(tokens, unit, tok) or named(tokens, unit, tok)
    return True


def named(tokens: list[Token], unit: Unit, tok: Token) -> bool:
    """Is the body word followed by its name, one the tagger missed ("French company Danone")?"""
    name = range(unit.end, tok.head + 1)
    return unit.term is not None and unit.term.kind == "organization" and tok.dep == "compound" \
        and tok.head >= unit.end and all(tokens[i].pos == "PROPN" and not tokens[i].ent_type
                                        and tokens[i].text[:1].isupper() for i in name)


def authors(tokens: list[Token], unit: Unit, tok: Token) -> bool:
    """A role word modifying an act or a stance names its author ("opposition demands",
    "a rebel attack"); a word of character does not ("a terrorist attack" is a kind of
    attack). One modifying a place or formation of a force names its holder ("army
    positions", "a terrorist hideout")."""
    if holds(tokens, unit, tok):
        return True
    if tokens[tok.head].lemma.lower() not in AUTHORED_NOUNS or tok.pos == "VERB":
        return False
    if unit.start > 0 and tokens[unit.start - 1].text in HYPHENS:
        return False  # "anti-government protests" are aimed at the government
    return tok.dep == "compound" or (tok.dep == "amod" and tok.lemma.lower() not in CHARACTER_WORDS)


def holds(tokens: list[Token], unit: Unit, tok: Token) -> bool:
    """Does the role word name the holder of the post right after it ("army positions",
    "a terrorist hideout"; a "refugee camp" is a kind of camp; a craft, "a drone boat", holds none)?"""
    head = tokens[tok.head]
    return (tok.head == unit.end and tok.dep in ("compound", "amod") and tok.pos != "VERB"
            and tok.lemma.lower() not in HELD_NOUNS
            and (head.lemma.lower() in HELD_NOUNS or head.text.lower() in HELD_NOUNS)  # "bases": "basis"
            and unit.term is not None and unit.term.cameo in HOLDING_SECTORS)


def abbreviation_plural(tok: Token) -> bool:
    return ABBREVIATION_PLURAL.fullmatch(tok.text) is not None


def written_singular(tok: Token) -> tuple[str, ...]:
    """The singular read off the text of a plural the tagger took for a verb or a name: an
    abbreviation's ("MPs") or a capitalised word's ("Rebels attacked", "Militias seized", tagged
    NNPS or NNP, its lemma itself)."""
    text = tok.text.lower()
    if abbreviation_plural(tok):
        return (text[:-1],)
    if tok.tag not in ("NNP", "NNPS") or not text.endswith("s"):
        return ()
    return (text[:-3] + "y",) if text.endswith("ies") else (text[:-1],)
