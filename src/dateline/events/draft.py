"""What the event rules work on: a draft event and the document context.

A :class:`Draft` is immutable: a rule returns a changed copy (``draft.but(...)``), and
the rule set records its id. The :class:`Context` holds what every rule may read (the
parse, the actors by token, the quotes, the lexicon's tables).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..nlp import Parsed, Token
from ..records import Actor, Basis, Document, Quote
from .arguments import SUBJECT_DEPS, ActorIndex
from .documents import document_authors
from .lexicon import LexiconEntry
from .index import Lexicon
from .match import Match

FIRST_PERSON = {"we", "i", "us", "me", "our"}
# Verbs by which a noun is given a name ("a group calling itself X", "known as X").
NAMING_LEMMAS = {"call", "know", "name", "dub"}


@dataclass
class Context:
    """One document as the event rules see it."""

    doc: Document
    parsed: Parsed
    index: ActorIndex
    quotes: list[Quote]
    lexicon: Lexicon
    intents: dict[str, tuple[str, str]]
    refusals: dict[str, str]
    accorded: str | None = None  # the sentence's "according to X"
    home: str | None = None  # the country the story is set in (actors.story_country)
    coded: list = field(default_factory=list)  # the events of the sentences before
    built: list = field(default_factory=list)  # the events of this sentence built so far

    def told_before(self, sentence: int, before: int | None = None) -> Iterator:
        """The events of the sentences before ``sentence``, the latest first; with ``before``
        (a text offset), first those of this sentence whose trigger comes before it ("X
        raided the camp, and Y condemned the raid")."""
        earlier = [e for e in reversed(self.built) if before is not None and e.trigger.start < before]
        return iter(earlier + [e for e in reversed(self.coded) if e.sentence < sentence])

    def arguments(self, token: int | None) -> list[Actor]:
        """The actors a word stands for: "we" in a quote is its speaker; a subject the
        parser split off a coordination ("Lions, tigers, and Gondor welcomed") brings
        its coordinated subjects."""
        if token is None:
            return []
        parsed = self.parsed
        tok: Token = parsed.tokens[token]
        if tok.text.lower() in FIRST_PERSON:
            for quote in self.quotes:
                if quote.start <= tok.idx < quote.end and quote.speaker is not None:
                    return self._speakers(quote.speaker)
        found = self.index.actors_at(token) or self._given_name(token)
        if not found:
            found = document_authors(parsed, self.index, token)
        if tok.dep in SUBJECT_DEPS and tok.head != tok.i:
            for other in parsed.children(tok.head):
                between = parsed.tokens[min(other.i, token) + 1:max(other.i, token)]
                if other.dep == tok.dep and other.i != token and any(
                        t.dep == "cc" or t.text == "," for t in between):
                    found += [a for a in self.index.actors_at(other.i) if all(a is not b for b in found)]
        return found

    def _given_name(self, token: int) -> list[Actor]:
        """The actor a noun is named as: "a group calling itself X", "a militia known as X",
        "a group called X"."""
        parsed = self.parsed
        for clause in parsed.children(token):
            if clause.dep != "acl" or clause.lemma.lower() not in NAMING_LEMMAS:
                continue
            names = [c.i for c in parsed.children(clause.i) if c.dep == "oprd"] + [
                g.i for c in parsed.children(clause.i) if c.dep == "prep" and c.lemma.lower() == "as"
                for g in parsed.children(c.i) if g.dep == "pobj"]
            found = [a for i in names for a in self.index.actors_at(i)]
            if found:
                return found
        return []

    def _speakers(self, speaker: Actor) -> list[Actor]:
        """Who "we" in a quote is: its speaker, and those named with the speaker ("the
        ministers of Chile and Peru said in a joint statement: we ...")."""
        span = self.parsed.tokens_in(speaker.start, speaker.end)
        for i in sorted(span, key=lambda i: self.parsed.tokens[i].head in span):  # its head first
            found = self.index.actors_at(i)
            if any(a.start == speaker.start and a.name == speaker.name for a in found):
                return found
        return [speaker]


@dataclass(frozen=True)
class Draft:
    """An event being built from one lexicon match."""

    match: Match
    trigger: Token
    source_token: int | None = None
    sources: tuple[Actor, ...] = ()
    targets: tuple[Actor, ...] = ()
    cameo: str = ""
    plover: str = ""
    status: tuple[str, ...] = ()
    # what rules added to say why, in order (shown in the event's evidence)
    notes: tuple[Basis, ...] = ()
    judgement: bool = False  # an evaluative word: speaker judges the judged
    joint: bool = False  # the sides act on each other (a meeting, "X and Y negotiated")
    mirrored: bool = False  # several others each meet the subject: a second, mirrored event
    recoded_by: str | None = None  # the rule that turned the act into another (a claim, a threat)
    final: bool = field(default=False, compare=False)

    @property
    def entry(self) -> LexiconEntry:
        return self.match.entry

    def but(self, note: Basis | None = None, **changes) -> "Draft":
        """A copy with ``changes`` (and a note saying why)."""
        if note is not None:
            changes["notes"] = self.notes + (note,)
        return dataclasses.replace(self, **changes)


def rule_note(rule_id: str, detail: str = "") -> Basis:
    """The basis entry of a rule that changed an event ("announced->036")."""
    return Basis("rule", rule_id, detail)
