"""Repairs of a phrase hung inside the wrong phrase (called from repairs.py, ids kept alike).

``list-interrupted``: in "the rebels handed over heavy weapons, including tanks and
artillery, to the army" the model hangs "to the army" on the last word of the list of
examples ("artillery ... to the army") instead of on the verb. A list set off by commas
and opened by "including" or "such as" ends at its closing comma: a preposition right
after that comma, whose head lies inside the list, belongs to the verb whose object the
list describes. "Troops seized weapons, including rifles from the depot" (no closing
comma) is left alone, and so is a list on a subject ("aid, including food, to the north
was blocked"): only an object's list is closed off this way.
"""

from __future__ import annotations

from typing import Any

Token = Any

LIST_INTERRUPTED = "list-interrupted"
# Words that open a list of examples of the noun before them.
EXAMPLE_OPENERS = {"including", "includes"}
OBJECT_DEPS = {"dobj", "obj"}
# How far up from the preposition's head the list's opener may be.
MAX_CLIMB = 6


def _opener(tokens: list[Token], word: Token) -> bool:
    """Does ``word`` open a list of examples set off by a comma ("..., including" / "..., such as")?"""
    text = word.text.lower()
    if word.dep != "prep" or word.i < 2:
        return False
    if text in EXAMPLE_OPENERS:
        return tokens[word.i - 1].text == ","
    return text == "as" and tokens[word.i - 1].text.lower() == "such" and tokens[word.i - 2].text == ","


def _object_verb(tokens: list[Token], opener: Token) -> Token | None:
    """The verb whose object the list opened by ``opener`` describes (the model may hang the
    list on the object or on the verb itself, right after its object), or None."""
    head = tokens[opener.head]
    if head.pos in ("VERB", "AUX"):
        has_object = any(t.head == head.i and t.dep in OBJECT_DEPS for t in tokens[head.i + 1:opener.i])
        return head if has_object else None
    if head.dep not in OBJECT_DEPS or head.head == head.i:
        return None
    verb = tokens[head.head]
    return verb if verb.pos in ("VERB", "AUX") and verb.i < head.i else None


def list_interrupted(tokens: list[Token], tok: Token) -> Token | None:
    """The verb a preposition after a list of examples belongs to (see the module), or None."""
    if tok.dep != "prep" or tok.i < 3 or tokens[tok.i - 1].text != "," or tok.head >= tok.i:
        return None
    word = tokens[tok.head]
    for _ in range(MAX_CLIMB):
        if _opener(tokens, word):
            return _object_verb(tokens, word)
        if word.head == word.i or word.head >= tok.i:
            return None
        word = tokens[word.head]
    return None
