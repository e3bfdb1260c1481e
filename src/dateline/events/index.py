"""The pattern lexicon indexed by trigger lemma: which entries a token may trigger.

A compound ("air strike", "car-bomb") is looked up as one hyphenated lemma first; a
verb whose tagger lemma is wrong ("staged" -> "stag") is looked up by the regular stems
of its inflected form.
"""

from __future__ import annotations

from collections import defaultdict

from ..nlp import Parsed, Token
from .lexicon import LexiconEntry
from .match import NOUN_POS, VERB_POS


class Lexicon:
    """The pattern lexicon indexed by trigger lemma, built once at load time."""

    def __init__(self, entries: list[LexiconEntry]) -> None:
        self.verbs: dict[str, list[LexiconEntry]] = defaultdict(list)
        self.nouns: dict[str, list[LexiconEntry]] = defaultdict(list)
        self.adjectives: dict[str, list[LexiconEntry]] = defaultdict(list)
        for entry in entries:
            index = {"V": self.verbs, "N": self.nouns, "A": self.adjectives}[entry.pos]
            for lemma in entry.lemmas:
                index[lemma].append(entry)
        self.size = len(entries)

    def candidates(self, parsed: Parsed, token: Token) -> list[LexiconEntry]:
        """Entries triggered by ``token``; a compound ("air strike", "car-bomb") first."""
        lemma = token.lemma.lower()
        if token.tag in ("VBG", "VBN") and token.dep in ("oprd", "acomp", "amod") \
                and token.text.lower() in self.adjectives:
            return self.adjectives[token.text.lower()]  # a participle as adjective: "called it appalling"
        if token.pos in VERB_POS:
            index = self.verbs
        elif token.pos in NOUN_POS:
            index = self.nouns
        elif token.pos == "ADJ":
            return self.adjectives.get(lemma, [])
        else:
            return []
        modifier = compound_modifier(parsed, token)
        if modifier is not None:
            joined = index.get(f"{modifier}-{lemma}")
            if joined:
                return joined
        found = index.get(lemma)
        if not found and index is self.verbs:
            # The tagger's lemma is sometimes wrong ("staged" -> "stag"); try the
            # regular stems of the inflected form.
            for stem in regular_stems(token.text.lower()):
                found = index.get(stem)
                if found:
                    break
        return found or []


def regular_stems(form: str) -> list[str]:
    """Candidate lemmas of a regularly inflected verb form: staged -> stage, stag."""
    if form.endswith("ied") or form.endswith("ies"):
        return [form[:-3] + "y"]  # "pacified" -> "pacify"
    for suffix in ("ing", "ed", "s"):
        if form.endswith(suffix) and len(form) > len(suffix) + 2:
            stem = form[: -len(suffix)]
            out = [stem + "e", stem] if suffix != "s" else [stem, stem[:-1]]  # "launches"
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "stopped" -> "stop"
            return out
    return []


def compound_modifier(parsed: Parsed, token: Token) -> str | None:
    """The lemma of the word modifying ``token`` right before it ("air" in "air strike")."""
    k = token.i - 1
    if k >= 0 and parsed.tokens[k].text == "-":
        k -= 1
    if k < 0:
        return None
    previous = parsed.tokens[k]
    if previous.head == token.i or parsed.tokens[k + 1].text == "-":
        return previous.lemma.lower()
    return None
