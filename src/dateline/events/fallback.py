"""A fallback verb dictionary: a PETRARCH verb dictionary consulted only for the verbs the
lexicon has no entry for.

Loaded with ``--dict``, a verb dictionary replaces the bundled senses of every verb it
lists. Loaded as a fallback (``--fallback-dict``, ``Config.fallback_dictionaries``), it
only adds: a pattern of the dictionary is kept for the verbs of its block that no verb
entry of the lexicon (bundled, or from ``--dict`` files) triggers on, and dropped for the
others. The dictionary is read from the user's path at run time, never shipped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .lexicon import LexiconEntry
from .verbdict import VerbDictionary


def fallback_entries(dictionaries: Sequence[VerbDictionary],
                     entries: Sequence[LexiconEntry]) -> list[LexiconEntry]:
    """The dictionaries' entries narrowed to verbs ``entries`` lacks (entries left without
    a verb are dropped); the first dictionary to list a verb keeps it."""
    known = {lemma for entry in entries if entry.pos == "V" for lemma in entry.lemmas}
    added: list[LexiconEntry] = []
    for dictionary in dictionaries:
        new = dictionary.verbs - known
        for entry in dictionary.entries:
            lemmas = tuple(lemma for lemma in entry.lemmas if lemma in new)
            if lemmas:
                added.append(entry if lemmas == entry.lemmas else dataclasses.replace(entry, lemmas=lemmas))
        known |= new
    return added
