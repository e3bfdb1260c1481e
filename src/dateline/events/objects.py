"""Which word a pattern's required object is: the object itself, or the noun it stands for.

A pattern's "=aid" names its object's lemma; news writes the object in other shapes too:
a hyphenated lemma spelt by the noun and its modifiers ("joint exercises": joint-exercise),
a title on a name ("welcomed Prime Minister X": a minister), a gerund that only stages its
object ("ruled out holding elections"), and a measure or group noun whose "of" names it
("a team of doctors", found by the matcher with the noun's "of" phrase).
"""

from __future__ import annotations

from ..nlp import Parsed, Token
from ..tables import word_class

OBJECT_DEPS = {"dobj", "obj", "attr", "oprd"}
# Where a staging gerund hangs on the verb (the parser may read one right after the verb
# or its particle as an adverbial clause: "ruled out holding elections").
STAGED_DEPS = {"xcomp", "dobj", "obj", "pcomp", "advcl"}
NEXT_TO_VERB = 2
CONTAINER_NOUNS = word_class("container nouns")  # whose "of" noun is the thing: "a team of doctors"
# Gerunds that only stage their object ("ruled out holding elections": the elections).
STAGING_GERUNDS = word_class("staging verbs")


def child_with(parsed: Parsed, head: int, deps: set[str], lemmas=None) -> Token | None:
    """The first child of ``head`` by one of ``deps`` (and, if given, of one of ``lemmas``)."""
    for child in parsed.children(head):
        if child.dep in deps and (lemmas is None or child.lemma.lower() in lemmas
                                  or _plain_plural(child) in lemmas):
            return child
    return None


def _plain_plural(tok: Token) -> str:
    """A plural noun's form without its "s", for lemmas the lemmatizer reads otherwise
    ("bases" as "basis": military bases are the news's bases)."""
    text = tok.text.lower()
    return text[:-1] if tok.tag == "NNS" and text.endswith("s") else ""


def joined_object(parsed: Parsed, head: int, deps: set[str], objects: tuple[str, ...]) -> Token | None:
    """An object named by a hyphenated lemma with its modifier ("joint exercises": joint-exercise)."""
    for child in parsed.children(head):
        if child.dep in deps and not joined_names(parsed, child).isdisjoint(objects):
            return child
    return None


def joined_names(parsed: Parsed, noun: Token) -> set[str]:
    """The hyphenated lemmas a noun and its modifiers spell: each modifier with the noun
    ("joint exercises": joint-exercise), and the run of modifiers right before it
    ("joint war games": war-game, joint-war-game)."""
    lemma = noun.lemma.lower()
    modifiers = [m for m in parsed.children(noun.i) if m.dep in ("amod", "compound", "nmod")]
    # coordinated modifiers each modify the noun ("search and rescue teams": rescue-team)
    modifiers += [c for m in modifiers for c in parsed.children(m.i) if c.dep == "conj"]
    names = {f"{m.lemma.lower()}-{lemma}" for m in modifiers}
    run, k, inside = [], noun.i - 1, {noun.i}
    # the run may hold a modifier of a modifier ("military aid package": military-aid-package)
    while k >= 0 and parsed.tokens[k].head in inside and parsed.tokens[k].dep in ("amod", "compound"):
        run.insert(0, parsed.tokens[k].lemma.lower())
        names.add("-".join(run + [lemma]))
        inside.add(k)
        k -= 1
    return names


def titled_name(parsed: Parsed, head: int, deps: set[str], objects: tuple[str, ...]) -> Token | None:
    """A name whose title is the object asked for ("welcomed Prime Minister X": a minister)."""
    for child in parsed.children(head):
        if child.dep in deps and child.pos == "PROPN" and any(
                m.dep == "compound" and m.lemma.lower() in objects for m in parsed.children(child.i)):
            return child
    return None


def staged_object(parsed: Parsed, head: int, objects: tuple[str, ...]) -> Token | None:
    """The object of a gerund that only stages it ("ruled out holding elections")."""
    for child in parsed.children(head):
        if child.dep in STAGED_DEPS and child.tag == "VBG" and child.lemma.lower() in STAGING_GERUNDS \
                and (child.dep != "advcl" or 0 < child.i - head <= NEXT_TO_VERB):
            found = child_with(parsed, child.i, OBJECT_DEPS, set(objects))
            if found is not None:
                return found
    return None


def container_of(parsed: Parsed, inner: int | None) -> list[int]:
    """The measure or group noun an object is "of" ("a package of weapons"), if any."""
    tok = parsed.tokens[inner] if inner is not None else None
    prep = parsed.tokens[tok.head] if tok is not None and tok.dep == "pobj" else None
    return [prep.head] if prep is not None and prep.lemma.lower() == "of" \
        and parsed.tokens[prep.head].lemma.lower() in CONTAINER_NOUNS else []
