"""What an appeal or demand asks for, as the lexicon names it: the noun of the thing asked
("appealed for calm", "urged air defense systems"), and an end to force, which is asking for
a ceasefire ("urged an immediate end to the fighting")."""

from __future__ import annotations

from ..nlp import Parsed
from ..tables import word_class

# Nouns of ending ("an end to", "a halt to", "the cessation of"), the force ended (words.tsv
# "force nouns", and violence or war as a whole: not a crisis or unrest), and the noun the
# lexicon asks for in its place.
ENDING_NOUNS = {"end", "halt", "cessation", "stop"}
FORCE_WORDS = word_class("force nouns") | {"violence", "war", "hostility", "bloodshed"}
CEASEFIRE = "ceasefire"


def asked_keys(parsed: Parsed, noun: int) -> list[str]:
    """The keys under which the lexicon may name the thing asked for."""
    return ([CEASEFIRE] if ended_force(parsed, noun) else []) + compound_keys(parsed, noun)


def ended_force(parsed: Parsed, noun: int) -> bool:
    """Is the noun an end to force ("an end to the fighting", "a halt to the shelling")?"""
    tok = parsed.tokens[noun]
    return tok.lemma.lower() in ENDING_NOUNS and any(
        g.lemma.lower() in FORCE_WORDS for p in parsed.children(noun) if p.dep == "prep"
        and p.lemma.lower() in ("to", "of") for g in parsed.children(p.i) if g.dep == "pobj")


def compound_keys(parsed: Parsed, noun: int) -> list[str]:
    """The noun as the lexicon may name it, longest first: "air-defense-system",
    "defense-system", "system" for "air defense systems"."""
    keys, current, words = [], parsed.tokens[noun], [parsed.tokens[noun].lemma.lower()]
    for _ in range(2):
        modifier = next((c for c in parsed.children(current.i) if c.dep == "compound" and c.i < current.i), None)
        if modifier is None:
            break
        words.insert(0, modifier.lemma.lower())
        keys.insert(0, "-".join(words))
        current = modifier
    return keys + [words[-1]]
