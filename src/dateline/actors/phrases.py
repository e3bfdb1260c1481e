"""Phrases: a head unit plus the units and modifier words to its left that belong to
the same noun phrase ("Russian Defense Minister Sergei Shoigu" is one phrase)."""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.actors.units import GEO_SOURCES, POSSESSIVE, Unit
from dateline.nlp import Parsed, Token
from dateline.tables import word_class

# Dependency labels by which a word modifies the noun after it inside one phrase.
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "nn", "advmod", "punct"})
# How the later of two coordinated modifiers hangs on the first ("political and military").
COORDINATION_DEPS = frozenset({"conj", "cc"})
FORMER_WORDS = word_class("former words")
INTERNATIONAL_TYPES = frozenset({"IGO", "NGO"})


@dataclass
class Phrase:
    """A head unit and the units and modifier tokens before it in the same noun phrase."""

    start: int
    end: int
    head: Unit
    units: list[Unit] = field(default_factory=list)
    former: bool = False


class PhraseBuilder:
    """Joins one sentence's units into phrases."""

    def __init__(self, parsed: Parsed, unit_at: dict[int, Unit]) -> None:
        self.tokens = parsed.tokens
        self.unit_at = unit_at

    def phrases(self, units: list[Unit], sent_start: int) -> list[Phrase]:
        """The phrases of a sentence whose units are ``units``, in text order."""
        return self._phrases(units, sent_start)

    def _phrases(self, units: list[Unit], sent_start: int) -> list[Phrase]:
        phrases: list[Phrase] = []
        absorbed: set[int] = set()
        for index in range(len(units) - 1, -1, -1):
            if index in absorbed:
                continue
            head = units[index]
            phrase = Phrase(head.start, head.end, head, [head])
            j, k = head.start - 1, index - 1
            while j >= sent_start:
                tok = self.tokens[j]
                if k >= 0 and units[k].end - 1 == j and self._joins(units[k], phrase):
                    phrase.units.insert(0, units[k])
                    absorbed.add(k)
                    phrase.start = units[k].start
                    j, k = units[k].start - 1, k - 1
                    continue
                if k >= 0 and units[k].end - 1 == j:
                    break
                if tok.text in POSSESSIVE and k >= 0 and units[k].end == j \
                        and units[k].kind in ("name", "org", "sector") and not self._is_person_entry(units[k]):
                    j -= 1
                    continue
                owner = self.unit_at.get(j - 1)
                if tok.text in POSSESSIVE and j > sent_start and self.tokens[j - 1].pos == "PROPN" \
                        and phrase.start <= self.tokens[j - 1].head < phrase.end \
                        and not (owner and (owner.kind == "person" or self._is_person_entry(owner))):
                    # "Mongolian People's Party": a possessive inside a proper name.
                    phrase.start = j - 1
                    j -= 2
                    while k >= 0 and units[k].start >= phrase.start:
                        phrase.units.insert(0, units[k])
                        absorbed.add(k)
                        k -= 1
                    continue
                if self._is_modifier(tok, phrase):
                    if tok.text.lower().rstrip("-") in FORMER_WORDS:
                        phrase.former = True
                    phrase.start = j
                    j -= 1
                    continue
                break
            while phrase.start < head.start and self.tokens[phrase.start].pos in ("PUNCT", "DET", "CCONJ"):
                phrase.start += 1
            phrases.append(phrase)
        phrases.reverse()
        return phrases

    def _joins(self, unit: Unit, phrase: Phrase) -> bool:
        """May ``unit`` (just left of the phrase) modify the phrase's head?"""
        head = phrase.head
        if unit.kind == "person" or self._is_person_entry(unit):
            return False
        if unit.kind == "name" and all(u.kind != "sector" for u in phrase.units) \
                and (head.kind != "org" and (head.entry is None or head.entry.source in GEO_SOURCES)
                     or unit.entry.source not in GEO_SOURCES):
            # Two places side by side are two actors ("Russia, Ukraine"); a place before
            # a body is one ("Russia's Baltic Fleet", "Kano State government").
            return False
        if unit.kind == "name" and unit.entry.source in GEO_SOURCES and _international(head):
            return False  # "Sweden's NATO bid": a state's bid to join, not Sweden's NATO
        last = self.tokens[unit.end - 1]
        if last.dep in COORDINATION_DEPS:  # "political and military officials": one body
            return unit.kind == "sector" and self._in_coordinated_modifier(last, phrase)
        return last.dep in MODIFIER_DEPS or last.dep in ("poss", "case") or last.head >= unit.end

    def _is_modifier(self, tok: Token, phrase: Phrase) -> bool:
        if tok.dep in COORDINATION_DEPS:
            return self._in_coordinated_modifier(tok, phrase)
        if tok.pos not in ("ADJ", "PROPN", "NOUN", "PUNCT", "ADV", "VERB") or tok.dep not in MODIFIER_DEPS:
            return False
        if tok.pos == "VERB" and tok.dep != "amod":
            return False
        if tok.pos == "PUNCT" and tok.text not in ("-", "\u2010", "\u2011"):
            return False
        return phrase.start <= tok.head < phrase.end or tok.head == tok.i + 1

    def _in_coordinated_modifier(self, tok: Token, phrase: Phrase) -> bool:
        """Is ``tok`` the later part of coordinated modifiers of the phrase's head ("French
        political and military officials": "and", "military")? Coordinated country words
        are not asked about (``_joins`` asks only for role words): each is its own actor."""
        first = self.tokens[tok.head]
        if first.i >= tok.i or first.dep not in ("amod", "compound") or not phrase.start <= first.head < phrase.end:
            return False
        return tok.dep == "cc" or tok.pos in ("ADJ", "NOUN")

    def _is_person_entry(self, unit: Unit) -> bool:
        return unit.entry is not None and unit.entry.kind == "person"


def _international(unit: Unit) -> bool:
    """A body above states (an IGO or NGO from the tables): no country owns it."""
    return unit.entry is not None and any(o.sector in INTERNATIONAL_TYPES for o in unit.entry.offices)
