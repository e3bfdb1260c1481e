"""A plain, typed copy of a spaCy parse, so later stages never touch spaCy objects.

Rule tests build these by hand (see ``Parsed.from_rows``), so a model update
cannot break them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
    _children: list[list[int]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._children = [[] for _ in self.tokens]
        for tok in self.tokens:
            if tok.head != tok.i:
                self._children[tok.head].append(tok.i)

    def children(self, i: int) -> list[Token]:
        return [self.tokens[c] for c in self._children[i]]

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
        tokens, text, pos = [], "", 0
        for i, (word, lemma, upos, dep, head) in enumerate(rows):
            if text:
                text += " "
            pos = len(text)
            text += word
            tokens.append(Token(i, word, lemma, upos, upos, dep, head, pos))
        entities = []
        for start, end, label in ents:
            sc, ec = tokens[start].idx, tokens[end - 1].end
            entities.append(Entity(text[sc:ec], label, start, end, sc, ec))
            for k in range(start, end):
                tokens[k].ent_type = label
                tokens[k].ent_iob = "B" if k == start else "I"
        sentences = [Sentence(0, 0, len(tokens), 0, len(text))]
        return cls(text, tokens, sentences, entities)


def from_spacy(doc) -> Parsed:
    """Copy what the rules need out of a spaCy ``Doc``."""
    tokens = []
    sentences = []
    for s_index, sent in enumerate(doc.sents):
        sentences.append(Sentence(s_index, sent.start, sent.end, sent.start_char, sent.end_char))
        for tok in sent:
            tokens.append(Token(tok.i, tok.text, tok.lemma_, tok.pos_, tok.tag_, tok.dep_,
                                tok.head.i, tok.idx, tok.ent_type_, tok.ent_iob_, s_index))
    entities = [Entity(e.text, e.label_, e.start, e.end, e.start_char, e.end_char) for e in doc.ents]
    return Parsed(doc.text, tokens, sentences, entities)
