"""The lemmas spaCy's rule lemmatizer gives, remembered per word form instead of per token.

spaCy's rule lemmatizer runs Python code for every token, and only some of its answers
are cached: it took some 5% of the parse on BBC news
(``benchmarks/results/parse_components.md``). A lemma depends on nothing but the
token's text, part of speech and morphology (the key spaCy's own cache uses), so here
each such key is lemmatized once, by the lemmatizer itself, and the lemmas of a whole
Doc are set in one ``Doc.from_array`` call. ``tests/test_attribute_rules.py`` checks the
parse is spaCy's, token by token.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

# A stressed one-syllable stem ending consonant-vowel-consonant doubles its consonant before
# -ed and -ing ("stag" -> "stagged"); w, x and y never double ("fixed", "played").
_SHORT_STEM = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")
VERB_TAGS = ("VBD", "VBN", "VBG")

# Keys remembered before the table is emptied (news text has some tens of thousands).
MAX_FORMS = 200_000


class RememberedLemmas:
    """Sets the lemmas of a Doc as the wrapped lemmatizer would."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.lemmas: dict[tuple[int, int, int], int] = {}

    def pipe(self, docs: Iterable[Any], batch_size: int = 128) -> Iterator[Any]:
        for doc in docs:
            yield self(doc)

    def __call__(self, doc: Any) -> Any:
        import numpy
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        if len(self.lemmas) > MAX_FORMS:
            self.lemmas = {}
        overwrite = self.lemmatizer.overwrite
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).reshape(len(doc), 4).tolist()
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            known = self.lemmas.get(key)
            if known is None:
                text = self.lemmatizer.lemmatize(doc[i])[0]
                known = self.lemmas[key] = doc.vocab.strings.add(text)
            lemmas.append(known)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))
        return doc


def remember_lemmas(nlp: Any) -> bool:
    """Make the pipeline's rule lemmatizer (when it has one) lemmatize each word form once."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule":
        return False
    lemmatizer.pipe = RememberedLemmas(lemmatizer).pipe
    return True


def verb_lemma(form: str, lemma: str, tag: str) -> str:
    """The lemma of a verb form whose final e the rule lemmatizer dropped: it reads "staged",
    "waged", "fined", "hoped" as forms of "stag", "wag", "fin", "hop" (those would be
    "stagged", "wagged", "finned", "hopped"), so an undoubled -ed or -ing after a short
    stem restores the e."""
    if tag not in VERB_TAGS or not _SHORT_STEM.match(lemma):
        return lemma
    low = form.lower()
    if low == lemma + "ed" or low == lemma + "ing":
        return lemma + "e"
    return lemma
