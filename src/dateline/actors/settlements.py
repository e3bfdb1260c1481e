"""Names of towns the tables of big places do not hold: "the town of X", and a town whose
name ends in a known one's ("Mocimboa da Praia" is not Praia, Cape Verde's capital)."""

from __future__ import annotations

from dateline.actors.knowledge import Entry, Knowledge, Office
from dateline.nlp import Parsed, Token
from dateline.tables import word_class

# Nouns of a settlement or an area: what one is "of" is a place (words.tsv).
SETTLEMENT_NOUNS = word_class("settlement nouns")
# A name the tagger took for a place, with no "the town of" before it, is a town of the
# gazetteer's only when that town is this big: a village of 1,100 in Poland called Jenin is
# not what news means by Jenin.
TAGGED_TOWN_POPULATION = 15_000
# Words before a town's name that place it, not rename it ("East Jerusalem", "Greater Cairo").
POSITION_WORDS = word_class("place position words")


def named_settlement(parsed: Parsed, start: int) -> bool:
    """Is the name at ``start`` what "the town of", "the village of" names, with no
    state named on the noun ("the Somali town of X" is resolved as that state's place)?"""
    tokens = parsed.tokens
    if start < 2 or tokens[start - 1].text.lower() != "of" or tokens[start - 2].lemma.lower() not in SETTLEMENT_NOUNS:
        return False
    return not any(c.text[:1].isupper() for c in parsed.children(start - 2) if c.dep in ("amod", "compound"))


def name_tail(tokens: list[Token], start: int, end: int, last_found_end: int) -> bool:
    """Are tokens ``start``..``end`` (a known town) the last words of a longer proper name
    that no name found before starts?"""
    before = tokens[start - 1] if start > 0 else None
    return before is not None and before.pos == "PROPN" and before.dep == "compound" \
        and start <= before.head < end and before.text.lower() not in POSITION_WORDS and last_found_end != start


def longer_town(parsed: Parsed, knowledge: Knowledge, start: int, end: int) -> tuple[int, Entry] | None:
    """Where the whole compound name ending at ``end`` starts, and the town it is, when the
    gazetteer knows it."""
    tokens = parsed.tokens
    while start > 0 and tokens[start - 1].dep == "compound" and tokens[start - 1].pos == "PROPN":
        start -= 1
    text = parsed.text[tokens[start].idx:tokens[end - 1].end]
    country = knowledge.town_country(text)
    return (start, Entry(text, "city", "state", [Office(country, None)])) if country else None
