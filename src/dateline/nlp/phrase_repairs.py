"""Repairs of a phrase hung inside the wrong phrase (called from repairs.py, ids kept alike).

``gerund-as-modifier``: in "the group would keep striking ships" the model reads
"striking" as an adjective on "ships" (striking ships), the object of "keep". Right after
a verb of going on, stopping or starting (keep, continue, stop, resume ...), a gerund
hung as a modifier on that verb's object is the verb's complement (xcomp), and the noun
the gerund's object: the group strikes ships.

``object-as-subject``: in "warplanes struck radar sites near the port, the rebels'
television reported" the model may make "radar sites" a second subject of "reported",
leaving "struck" without an object. A subject of a verb of saying that stands before the
comma and the saying's own subject, when the saying is the content of a verb with no
object, is that verb's object.

``list-interrupted``: in "the rebels handed over heavy weapons, including tanks and
artillery, to the army" the model hangs "to the army" on the last word of the list of
examples ("artillery ... to the army") instead of on the verb. A list set off by commas
and opened by "including" or "such as" ends at its closing comma: a preposition right
after that comma, whose head lies inside the list, belongs to the verb whose object the
list describes. "Troops seized weapons, including rifles from the depot" (no closing
comma) is left alone, and so is a list on a subject ("aid, including food, to the north
was blocked"): only an object's list is closed off this way.

``infinitive-in-phrase``: in "X threatened in a video posted online to attack Y" the model
hangs "to attack" on "posted", the participle of the phrase between the verb and its
infinitive. An infinitive on a past participle modifying the object of a preposition of a
verb that takes an infinitive complement and has none is that verb's complement (xcomp).

``gerund-after-object``: in "after clashes between police and protesters disputing the vote"
the model may hang "disputing" on "after" as its gerund object, so that the one who said
the sentence seems to dispute the vote. A preposition that has its object already takes no
gerund: a gerund right after a noun is a participle on that noun (acl), as in "protesters
disputing the vote".

``dated-of``: wire copy puts the day between a noun and its "of" phrase ("voiced its
disapproval on Tuesday of China's fishing ban", "complained on Monday of harassment"), and
the model hangs the "of" phrase on the day. A day's name takes no "of" phrase but another
date ("on Tuesday of last week"): after a verb's time phrase, it belongs to the verb's
object right before the time phrase, or to the verb when it has none.
"""

from __future__ import annotations

from typing import Any

Token = Any

LIST_INTERRUPTED = "list-interrupted"
GERUND_AS_MODIFIER = "gerund-as-modifier"
OBJECT_AS_SUBJECT = "object-as-subject"
INFINITIVE_IN_PHRASE = "infinitive-in-phrase"
GERUND_AFTER_OBJECT = "gerund-after-object"
DATED_OF = "dated-of"
DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
             "yesterday", "tonight"}
# Verbs of telling news beside the verbs of saying of the quote cues ("the agency reported").
REPORTING_VERBS = frozenset({"report"})
# Verbs of going on, stopping or starting whose complement is a gerund ("keep striking").
ASPECT_VERBS = {"keep", "continue", "stop", "resume", "start", "begin", "quit", "cease"}
# Words that open a list of examples of the noun before them.
EXAMPLE_OPENERS = {"including", "includes"}
OBJECT_DEPS = {"dobj", "obj"}
# How far up from the preposition's head the list's opener may be.
MAX_CLIMB = 6


def repair_phrase(tokens: list[Token], tok: Token, repaired: dict[int, str], speech: frozenset[str],
                  takers: set[str]) -> bool:
    """Apply list-interrupted, gerund-as-modifier, object-as-subject, infinitive-in-phrase or
    gerund-after-object to ``tok`` (``speech``: the lemmas of verbs of saying; ``takers``: verbs that take an
    infinitive complement); True if it moved."""
    owner = list_interrupted(tokens, tok)
    if owner is not None:
        tok.head = owner.i
        repaired[tok.i] = LIST_INTERRUPTED
        return True
    noun = gerund_as_modifier(tokens, tok)
    if noun is not None:
        tok.head, tok.dep, tok.pos = noun.head, "xcomp", "VERB"
        noun.head = tok.i
        repaired[tok.i] = GERUND_AS_MODIFIER
        return True
    owner = dated_of(tokens, tok)
    if owner is not None:
        tok.head = owner.i
        repaired[tok.i] = DATED_OF
        return True
    for repair_id, dep, find in ((OBJECT_AS_SUBJECT, "dobj", lambda: object_as_subject(tokens, tok, speech)),
                                 (INFINITIVE_IN_PHRASE, "xcomp", lambda: infinitive_in_phrase(tokens, tok, takers)),
                                 (GERUND_AFTER_OBJECT, "acl", lambda: gerund_after_object(tokens, tok))):
        verb = find()
        if verb is not None:
            tok.head, tok.dep = verb.i, dep
            repaired[tok.i] = repair_id
            return True
    return False


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


def gerund_as_modifier(tokens: list[Token], tok: Token) -> Token | None:
    """The noun a gerund read as its modifier acts on (see the module), or None."""
    if tok.tag != "VBG" or tok.dep != "amod" or tok.i < 1 or tok.head != tok.i + 1:
        return None
    verb, noun = tokens[tok.i - 1], tokens[tok.head]
    if verb.lemma.lower() not in ASPECT_VERBS or verb.pos not in ("VERB", "AUX") \
            or noun.head != verb.i or noun.dep not in OBJECT_DEPS:
        return None
    return noun


def object_as_subject(tokens: list[Token], tok: Token, speech: frozenset[str]) -> Token | None:
    """The verb whose object was read as the subject of the saying after it (see the
    module), or None."""
    if tok.dep != "nsubj" or tok.head <= tok.i:
        return None
    saying = tokens[tok.head]
    lemma = saying.lemma.lower()
    if lemma not in speech and lemma not in REPORTING_VERBS or saying.dep != "ccomp" or saying.head >= tok.i:
        return None
    speaker = [t for t in tokens[tok.i + 1:saying.i] if t.head == saying.i and t.dep == "nsubj"]
    if not speaker or not any(t.text == "," for t in tokens[tok.i + 1:speaker[0].i]):
        return None
    verb = tokens[saying.head]
    if verb.pos != "VERB" or any(t.head == verb.i and t.dep in OBJECT_DEPS for t in tokens):
        return None
    return verb


def infinitive_in_phrase(tokens: list[Token], tok: Token, takers: set[str]) -> Token | None:
    """The verb an infinitive hung on a participle of its phrase complements (see the
    module), or None."""
    if tok.dep != "advcl" or tok.tag != "VB" or tok.head >= tok.i \
            or not any(t.head == tok.i and t.dep == "aux" and t.text.lower() == "to" for t in tokens[:tok.i]):
        return None
    participle = tokens[tok.head]
    if participle.dep != "acl" or participle.tag != "VBN":
        return None
    noun = tokens[participle.head]
    prep = tokens[noun.head]
    if noun.dep != "pobj" or prep.dep != "prep" or prep.head == prep.i:
        return None
    verb = tokens[prep.head]
    if verb.lemma.lower() not in takers or verb.pos != "VERB" \
            or any(t.head == verb.i and t.dep == "xcomp" for t in tokens):
        return None
    return verb


def gerund_after_object(tokens: list[Token], tok: Token) -> Token | None:
    """The noun a gerund hung on a preposition that has its object already stands after (see
    the module), or None."""
    if tok.dep != "pcomp" or tok.tag != "VBG" or tok.i < 1 or tok.head >= tok.i:
        return None
    noun = tokens[tok.i - 1]
    if noun.pos not in ("NOUN", "PROPN") or not any(t.head == tok.head and t.dep == "pobj"
                                                     for t in tokens[tok.head + 1:tok.i]):
        return None
    above = noun  # never hang the gerund on a word of its own phrase (a cycle)
    for _ in range(len(tokens)):
        if above.i == tok.i:
            return None
        if above.head == above.i:
            return noun
        above = tokens[above.head]
    return None


def dated_of(tokens: list[Token], tok: Token) -> Token | None:
    """The word an "of" phrase hung on the day before it belongs to (see the module), or None."""
    if tok.dep != "prep" or tok.lemma.lower() != "of" or tok.head != tok.i - 1:
        return None
    day = tokens[tok.head]
    if day.text.lower() not in DAY_WORDS or any(t.head == tok.i and t.ent_type == "DATE" for t in tokens[tok.i + 1:]):
        return None
    opener = tokens[day.head] if day.dep == "pobj" else day if day.dep in ("npadvmod", "tmod") else None
    if opener is None or opener.head == opener.i or opener.head > opener.i:
        return None
    verb = tokens[opener.head]
    if verb.pos not in ("VERB", "AUX"):
        return None
    objects = [t for t in tokens[verb.i + 1:opener.i] if t.head == verb.i and t.dep in OBJECT_DEPS]
    return objects[-1] if objects else verb
