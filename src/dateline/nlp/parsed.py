"""A plain, typed copy of a spaCy parse, so later stages never touch spaCy objects.

Rule tests build these by hand (see ``Parsed.from_rows``), so a model update
cannot break them.
"""

from __future__ import annotations

from bisect import bisect_right

from dataclasses import dataclass, field

from .lemmas import verb_lemma
from .repairs import repair


@dataclass(slots=True)
class Token:
    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    idx: int
    ent_type: str = ""
    ent_iob: str = "O"
    sent: int = 0

    @property
    def end(self) -> int:
        return self.idx + len(self.text)


@dataclass(slots=True)
class Entity:
    text: str
    label: str
    start: int
    end: int
    start_char: int
    end_char: int


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    start_char: int
    end_char: int


@dataclass
class Parsed:
    """Tokens, sentences and named entities of one document's text."""

    text: str
    tokens: list[Token]
    sentences: list[Sentence]
    entities: list[Entity]
    # token -> id of the repair that moved its head (see nlp/repairs.py)
    repaired: dict[int, str] = field(default_factory=dict)
    _children: list[list[int]] = field(default_factory=list, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._children = [[] for _ in self.tokens]
        for tok in self.tokens:
            if tok.head != tok.i:
                self._children[tok.head].append(tok.i)
        self._starts = [tok.idx for tok in self.tokens]

    def tokens_in(self, start: int, end: int) -> list[int]:
        """Indices of the tokens overlapping the character span [start, end), in order."""
        out = []
        for i in range(max(bisect_right(self._starts, start) - 1, 0), len(self.tokens)):
            token = self.tokens[i]
            if token.idx >= end:
                break
            if token.end > start:
                out.append(i)
        return out

    def children(self, i: int) -> list[Token]:
        return [self.tokens[c] for c in self._children[i]]

    def conjuncts(self, i: int) -> list[int]:
        """Tokens coordinated with ``i`` (its chain of ``conj`` children)."""
        out, stack = [], [i]
        while stack:
            for child in self._children[stack.pop()]:
                if self.tokens[child].dep == "conj":
                    out.append(child)
                    stack.append(child)
        return out

    def subtree(self, i: int) -> list[int]:
        """Indices of token ``i`` and everything below it, in text order."""
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self._children[j])
        return sorted(out)

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start_char:s.end_char]

    @classmethod
    def from_rows(cls, rows: list[tuple], ents: list[tuple[int, int, str]] = ()) -> "Parsed":
        """Build a one-sentence parse by hand: rows of (text, lemma, pos, dep, head).

        ``ents`` are (start_token, end_token, label). Used by rule tests.
        """
        return cls.from_sentences(rows, ents=ents)

    @classmethod
    def from_sentences(cls, *sentences: list[tuple], ents: list[tuple[int, int, str]] = ()) -> "Parsed":
        """Build a parse by hand from sentences of rows (text, lemma, pos, dep, head[, tag]).

        Heads count within their sentence; ``ents`` are (start, end, label) over
        document token indices. The tag defaults to the part of speech.
        """
        tokens: list[Token] = []
        spans: list[Sentence] = []
        text = ""
        for s_index, rows in enumerate(sentences):
            first = len(tokens)
            start_char = len(text) + (1 if text else 0)
            for word, lemma, upos, dep, head, *tag in rows:
                if text:
                    text += " "
                idx = len(text)
                text += word
                tokens.append(Token(len(tokens), word, lemma, upos, tag[0] if tag else upos, dep,
                                    first + head, idx, sent=s_index))
            spans.append(Sentence(s_index, first, len(tokens), start_char, len(text)))
        entities = []
        for start, end, label in ents:
            sc, ec = tokens[start].idx, tokens[end - 1].end
            entities.append(Entity(text[sc:ec], label, start, end, sc, ec))
            for k in range(start, end):
                tokens[k].ent_type = label
                tokens[k].ent_iob = "B" if k == start else "I"
        return cls(text, tokens, spans, entities)


def from_spacy(doc) -> Parsed:
    """Copy what the rules need out of a spaCy ``Doc``."""
    tokens = []
    sentences = []
    for s_index, sent in enumerate(doc.sents):
        sentences.append(Sentence(s_index, sent.start, sent.end, sent.start_char, sent.end_char))
        for tok in sent:
            lemma = verb_lemma(tok.text, tok.lemma_, tok.tag_)
            tokens.append(Token(tok.i, tok.text, lemma, tok.pos_, tok.tag_, tok.dep_,
                                tok.head.i, tok.idx, tok.ent_type_, tok.ent_iob_, s_index))
    entities = [Entity(e.text, e.label_, e.start, e.end, e.start_char, e.end_char) for e in doc.ents]
    return Parsed(doc.text, tokens, sentences, entities, repaired=repair(tokens))
