"""Links between resolved phrases: a role word takes the country (and sometimes the
type) of its "of"/"in" complement, and a name in apposition to a role word takes the
role's codes ("the spokesman of Iran, Ali Zzyzx" is IRN GOV), as does one the role is
given to by "as" ("X stepped down as president of Liberia").
"""

from __future__ import annotations

from dateline.actors.resolved import GENERIC_TYPES, Mention, cameo_code
from dateline.nlp import Parsed
from dateline.records import Basis
from dateline.tables import word_class

# Prepositions that attach a country or organisation to a role word ("president of Russia"),
# the dependencies a path from the role word to it may take, and how long it may be.
LINK_PREPS = frozenset({"of", "in", "for", "at", "from"})
PATH_DEPS = frozenset({"prep", "pobj", "compound", "amod", "nmod", "poss", "case", "det", "punct"})
MAX_PATH = 8
# Types of an "of" complement that say nothing more specific than the role word itself.
UNSPECIFIC = word_class("unspecific types") | {None}
# Modifiers that give a coordinated noun phrase its own reference ("the", "Iraqi").
OWN_MODIFIER_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "prep"})
# Prepositions of serving in a body ("officers in the Russian army").
MEMBER_PREPS = frozenset({"in", "of"})
# Armed acts and weapons: where they strike ("a drone at the port", "an air strike in
# Syria") is not whose they are; only "of" says that ("the missiles of the army").
FORCE_NOUNS = word_class("force nouns")
# Participles that tie a role word to a state's body ("hackers linked to the Russian
# government"), and the bodies that speak for a state.
LINK_PARTICIPLES = word_class("link participles")
STATE_BODIES = frozenset({"GOV", "MIL", "SPY"})


def link_phrases(parsed: Parsed, mentions: list[Mention], phrase_at: dict[int, int]) -> None:
    """Fill codes across phrases, in place (``phrase_at``: token -> mention index)."""
    _Linker(parsed, phrase_at).link(mentions)


class _Linker:
    def __init__(self, parsed: Parsed, phrase_at: dict[int, int]) -> None:
        self.parsed = parsed
        self.tokens = parsed.tokens
        self.phrase_at = phrase_at

    def link(self, mentions: list[Mention]) -> None:
        """Role words take the country of an "of"/"in" complement; appositions join."""
        # Right to left, so "professor at the University ... in Scotland" finds the
        # university already placed in Scotland.
        for mention in reversed(mentions):
            if mention.country is None and mention.role_words:
                self._take_complement(mention, mentions)
        for mention in mentions:
            if mention.country is None and mention.role_words:
                self._share_modifier(mention, mentions)
        for index, mention in enumerate(mentions):
            head = self.tokens[mention.head]
            if head.dep == "appos" and head.head in self.phrase_at:
                other_index = self.phrase_at[head.head]
                if other_index != index:
                    self._join_apposition(mentions, index, other_index)
            elif mention.role_words:
                holder = self._role_holder(head)
                if holder is not None and holder != index:
                    self._join_apposition(mentions, holder, index, kind="as-role")

    def _role_holder(self, head) -> int | None:
        """The mention holding the role an "as" phrase names: the object of the verb, else
        its subject ("stepped down as president of Liberia", "named X as ambassador")."""
        if head.dep != "pobj" or head.head == head.i or self.tokens[head.head].lemma.lower() != "as":
            return None
        prep = self.tokens[head.head]
        if prep.head == prep.i or self.tokens[prep.head].pos not in ("VERB", "AUX"):
            return None
        children = self.parsed.children(prep.head)
        found = [c.i for c in children if c.dep in ("dobj", "obj") and c.i in self.phrase_at] or [
            c.i for c in children if c.dep in ("nsubj", "nsubjpass") and c.i in self.phrase_at]
        return self.phrase_at[found[0]] if found else None

    def _take_complement(self, mention: Mention, mentions: list[Mention]) -> None:
        target, direct = self._complement(mention, mentions)
        if target is None:
            return
        other = mentions[target]
        mention.country = other.country
        if direct and mention.sector in GENERIC_TYPES and other.kind == "organization" \
                and other.sector not in UNSPECIFIC:
            # "president of the Riigikogu" leads the legislature: LEG.
            mention.sector = other.sector
        mention.code = cameo_code(mention.country, mention.sector)
        mention.basis.append(Basis("of", other.name))

    def _share_modifier(self, mention: Mention, mentions: list[Mention]) -> None:
        """"Danish media and government": a bare role word coordinated with a phrase
        whose nationality adjective comes first shares that nationality."""
        tok = self.tokens[mention.head]
        if tok.dep != "conj" or tok.head not in self.phrase_at or any(
                c.dep in OWN_MODIFIER_DEPS for c in self.parsed.children(tok.i)):
            return
        first = mentions[self.phrase_at[tok.head]]
        geo = next((b for b in first.basis if b.kind == "demonym"), None)
        if first.country is None or geo is None or self.tokens[first.start].pos != "ADJ":
            return
        mention.country = first.country
        mention.code = cameo_code(mention.country, mention.sector)
        mention.basis.append(Basis("shared-modifier", geo.name))

    def _complement(self, mention: Mention, mentions: list[Mention]) -> tuple[int | None, bool]:
        """The first mention inside the role word's of/in/at/from phrases ("professor
        at the University of St Andrews in Scotland"), and whether only "of" leads
        there. "to" is left out: an ambassador to Poland is not Polish."""
        for i in self.parsed.subtree(mention.head):
            if mention.start <= i < mention.end or i not in self.phrase_at:
                continue
            reached, only_of = self._preposition_path(i, mention.head)
            if not only_of and self.tokens[mention.head].lemma.lower() in FORCE_NOUNS:
                continue
            other = mentions[self.phrase_at[i]]
            informative = other.country or only_of and other.kind == "organization" \
                and other.sector not in UNSPECIFIC
            if reached and informative:
                return self.phrase_at[i], only_of
        return self._stranded_body(mention, mentions) or self._linked_state(mention, mentions), False

    def _linked_state(self, mention: Mention, mentions: list[Mention]) -> int | None:
        """"hackers linked to the Russian government": a role word tied by a participle of
        affiliation to a state or its government, army or intelligence is that state's (a
        group "backed by" a state is not: it fights in its own country)."""
        for clause in self.parsed.children(mention.head):
            if clause.dep != "acl" or clause.lemma.lower() not in LINK_PARTICIPLES:
                continue
            for prep in self.parsed.children(clause.i):
                objects = [g.i for g in self.parsed.children(prep.i) if g.dep == "pobj"] if prep.dep == "prep" else []
                for g in objects:
                    other = mentions[self.phrase_at[g]] if g in self.phrase_at else None
                    if other is not None and other.country and (other.kind == "state" or other.sector in STATE_BODIES):
                        return self.phrase_at[g]
        return None

    def _stranded_body(self, mention: Mention, mentions: list[Mention]) -> int | None:
        """"sanctions on four officers in the Russian military": a body named right after
        the role word in an "in"/"of" phrase the parser hung on the verb is the one the
        role word serves in (a body, not a place: "arrested officers in Syria" may be
        anyone's officers)."""
        prep = mention.end
        if prep >= len(self.tokens) or self.tokens[prep].dep != "prep" \
                or self.tokens[prep].text.lower() not in MEMBER_PREPS or self.tokens[prep].head == mention.head:
            return None
        for g in self.parsed.children(prep):
            other = mentions[self.phrase_at[g.i]] if g.dep == "pobj" and g.i in self.phrase_at else None
            if other is not None and other.kind == "organization" and other.country:
                return self.phrase_at[g.i]
        return None

    def _preposition_path(self, i: int, head: int) -> tuple[bool, bool]:
        """Does token ``i`` hang from ``head`` through linking prepositions, and through
        "of" alone ("chairman of the company's board")?"""
        tok, steps, only_of = self.tokens[i], 0, True
        while tok.i != head and steps < MAX_PATH:
            if tok.dep not in PATH_DEPS or tok.dep == "prep" and tok.text.lower() not in LINK_PREPS:
                return False, False
            if tok.dep == "prep" and tok.text.lower() != "of":
                only_of = False
            if tok.head == tok.i:
                return False, False
            tok, steps = self.tokens[tok.head], steps + 1
        return tok.i == head, only_of

    def _join_apposition(self, mentions: list[Mention], a: int, b: int, kind: str = "apposition") -> None:
        first, second = sorted((a, b))
        named, role = (mentions[first], mentions[second])
        if mentions[second].kind == "person" and mentions[first].kind != "person" or \
                (mentions[second].kind == "person" and mentions[first].basis[0].kind not in ("people", "ner-person")):
            named, role = mentions[second], mentions[first]
        if not role.role_words or named.kind != "person" and not _unknown_body(named, role):
            return
        named.country = named.country or role.country
        named.sector = named.sector or role.sector
        named.code = cameo_code(named.country, named.sector)
        named.basis.append(Basis(kind, role.text))
        role.linked_to = mentions.index(named)


def _unknown_body(named: Mention, role: Mention) -> bool:
    """A body no table knows, set beside a role word of no person ("Al-Zaytun, the main
    opposition group"): the role word says what it is."""
    return named.kind in ("organization", "group") and bool(named.basis) and named.basis[0].kind == "ner-org" \
        and role.kind != "person" and named.country is None
