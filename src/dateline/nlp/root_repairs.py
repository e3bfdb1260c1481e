"""Repairs of a sentence the model left with the wrong word at its root.

The small English model sometimes reads a short clause as one noun phrase, headline
style, or a participle on a noun as the sentence's verb; the sentence then has the wrong
word at its root and its event no subject. These shapes are put back (the tokens moved
keep the repair's id, see repairs.py):

``clause-as-phrase``: in "Chile shelled rebel camps" the model may make "shelled" a
modifier (amod) of "camps", the root. In a sentence with no other verb, a past form
modifying the last noun, with the words before it forming one name or noun phrase, is
the verb: the words before it are its subject, the noun its object. "US-backed forces"
(a hyphen before the participle) stays a phrase; a participle on a noun ("at a suspected
hideout", "villages held by the rebels") is no other verb. An adjective after an owner
("Myanmar's military bombed villages") is the subject noun the model took for a modifier.
The phrase may also be the subject of an "-ing" form at the root after a comma ("...,
killing 11 civilians"): that form says what the act did, an adverbial clause of the verb.

``parenthetical-participle``: in "Ten fishermen, held captive for a year, have been freed"
the model may make "held" the root, with the fishermen its subject, and the real verb
("have been freed") a conjunct of it. A past form at the root right after a comma that
follows its subject, with no auxiliary, and a later conjunct, with no "and", that has
auxiliaries and no subject of its own: the conjunct is the verb, the past form a
participle on the noun ("fishermen (who were) held captive").

``parenthetical-gerund``: in "The minister, saying the talks had failed, called on both sides
to return" the model may make "saying" the root, with the minister its subject (or a
participle on "minister" at the root), and the real verb ("called") a clause of it. An
"-ing" form right after a comma that follows its subject, with no auxiliary, on which hangs a later finite verb right after
a comma, with no subject or mark of its own: the later verb is the sentence's, the "-ing"
form an adverbial clause of it (what the minister did while calling).

``participle-at-root``: in "Hackers linked to the army attacked the websites" the model
may make "linked" the root (or the clause of "officials said"), with the hackers its
subject, and the real verb ("attacked") an adverbial clause of it. A past form of
affiliation (linked, backed, allied, based ...) in that place, with a subject noun before
it, a preposition or "by" phrase right after it and no auxiliary or object, on which
hangs a later finite verb with no subject, auxiliary or mark of its own and no comma
before it: the later verb is the sentence's, the past form a participle on the noun
("hackers (who are) linked to the army").

``verb-as-modifier``: in "Thai activists called on the government to ..." the model may
hang "called" on "activists" as a reduced relative (acl) and leave the noun at the root.
A reduced relative is a participle ("activists detained last week"); a verb the tagger
reads as finite (past or present tense), with no subject, auxiliary or relative word of
its own, hung on the noun that is the sentence's root and follows it, is the
sentence's verb, and the noun its subject.

``marked-root``: in "The opposition called on the president to resign after voters stayed
home" the model may make "called" a participle on "opposition" and the root the verb of
the "after" clause, with two subjects. A root verb with a mark of its own (after, before,
when, as) and two subjects, the first before the mark, on which hangs a past form before
the mark: the past form is the sentence's verb, the first subject its subject, the marked
verb an adverbial clause of it.

``dated-clause``: in "Two hostages held by the rebels since 2016 were released on
Tuesday" the model may read "since 2016 were released" as a clause ("since" its mark,
"2016" its subject) inside the relative, and leave the noun at the root. A verb with
a time word for its mark and a bare number (a year) for its subject, in a sentence whose
root is a noun, is the sentence's verb: the time word and the number its phrase ("since
2016"), the noun its subject.
"""

from __future__ import annotations

from typing import Any

Token = Any

CLAUSE_AS_PHRASE = "clause-as-phrase"
VERB_AS_MODIFIER = "verb-as-modifier"
PARENTHETICAL_PARTICIPLE = "parenthetical-participle"
PARENTHETICAL_GERUND = "parenthetical-gerund"
DATED_CLAUSE = "dated-clause"
PARTICIPLE_AT_ROOT = "participle-at-root"
MARKED_ROOT = "marked-root"
# Marks of a clause that sets the time or cause of another ("after voters stayed home").
CLAUSE_MARKS = {"after", "before", "when", "as", "while", "because", "since"}
# Words that are a preposition before a year and a mark before a clause.
TIME_MARKS = {"since", "after", "before", "until", "till"}
PHRASE_SUBJECT_DEPS = {"npadvmod", "compound", "nmod", "nsubj"}
HYPHENS = {"-", "\u2010", "\u2011"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
# What a relative clause or a clause of its own would have: then the noun is no subject.
OWN_CLAUSE_DEPS = {"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "mark"}
RELATIVE_TAGS = {"WDT", "WP", "WP$", "WRB"}
# Participles that tie a group to its backer or base, as reduced relatives of their noun
# ("militants linked to X", "rebels backed by Y", "gunmen based in Z").
AFFILIATION_PARTICIPLES = {"affiliate", "align", "ally", "arm", "associate", "back", "base", "connect",
                           "equip", "finance", "fund", "inspire", "link", "sponsor", "support", "tie",
                           "train"}


def repair_root(tokens: list[Token], children: dict[int, list[Token]], tok: Token,
                repaired: dict[int, str]) -> bool:
    """Apply the repairs of the module to ``tok`` (see the module); True if it moved."""
    if _phrase_to_clause(tokens, tok, repaired):
        return True
    for repair_id, test in ((PARENTHETICAL_PARTICIPLE, parenthetical_participle),
                            (PARTICIPLE_AT_ROOT, participle_at_root)):
        found = test(tokens, children, tok)
        if found is not None:
            noun, verb = found
            # the verb takes the past form's place: the root, or the clause of "officials said"
            verb.head, verb.dep = (verb.i, "ROOT") if tok.head == tok.i else (tok.head, tok.dep)
            hang_participle(children, tok, noun, verb)
            tok.tag = "VBN"
            for word in children.get(tok.i, []):
                if word.i > verb.i:  # the full stop and what follows the verb are its clause's
                    word.head = verb.i
            repaired[tok.i] = repair_id
            return True
    if _gerund_to_adverbial(tokens, children, tok, repaired):
        return True
    if _unmark_root(tokens, children, tok, repaired):
        return True
    found = dated_clause(tokens, children, tok)
    if found is not None:
        noun, mark, year = found
        tok.head, tok.dep = tok.i, "ROOT"
        mark.head, mark.dep, mark.pos = tok.i, "prep", "ADP"
        year.head, year.dep = mark.i, "pobj"
        hang_subject(children, tok, noun)
        repaired[tok.i] = DATED_CLAUSE
        return True
    noun = verb_as_modifier(tokens, children, tok)
    if noun is None:
        return False
    tok.head, tok.dep = tok.i, "ROOT"
    hang_subject(children, tok, noun)
    repaired[tok.i] = VERB_AS_MODIFIER
    return True


def _gerund_to_adverbial(tokens: list[Token], children: dict[int, list[Token]], tok: Token,
                         repaired: dict[int, str]) -> bool:
    """The ``parenthetical-gerund`` repair (see the module); True if it moved ``tok``."""
    found = parenthetical_gerund(tokens, children, tok)
    if found is None:
        return False
    noun, verb = found
    verb.head, verb.dep = verb.i, "ROOT"
    if verb.tag == "VBN":
        verb.tag = "VBD"  # the tagger's participle is the sentence's past tense ("called on both sides")
    passive = any(c.dep == "auxpass" for c in children.get(verb.i, []))
    noun.head, noun.dep = verb.i, "nsubjpass" if passive else "nsubj"
    tok.head, tok.dep = verb.i, "advcl"
    for word in children.get(tok.i, []) + children.get(noun.i, []):
        if word.i > verb.i:  # the full stop and what follows the verb are its clause's
            word.head = verb.i
    repaired[tok.i] = PARENTHETICAL_GERUND
    return True


def _phrase_to_clause(tokens: list[Token], tok: Token, repaired: dict[int, str]) -> bool:
    """Apply clause-as-phrase to ``tok`` (see the module); True if it moved."""
    found = clause_as_phrase(tokens, tok)
    if found is None:
        return False
    subject, obj, names = found
    ing = tokens[obj.head] if obj.head != obj.i else None
    if ing is not None:  # "..., killing 11 civilians": what the act did, an adverbial on it
        ing.head, ing.dep = tok.i, "advcl"
    tok.head, tok.dep, tok.tag = tok.i, "ROOT", "VBD"
    subject.head, subject.dep = tok.i, "nsubj"
    if subject.pos == "ADJ":  # "Myanmar's military": the adjective is the noun
        subject.pos, subject.tag = "NOUN", "NN"
    obj.head, obj.dep = tok.i, "dobj"
    for word in names:
        word.head, word.dep = subject.i, "poss" if word.dep == "poss" else "compound"
        repaired[word.i] = CLAUSE_AS_PHRASE
    repaired[tok.i] = CLAUSE_AS_PHRASE
    return True


def _unmark_root(tokens: list[Token], children: dict[int, list[Token]], tok: Token,
                 repaired: dict[int, str]) -> bool:
    """Apply marked-root to ``tok`` (see the module); True if it moved."""
    found = marked_root(tokens, children, tok)
    if found is None:
        return False
    noun, verb = found  # "verb" the past form, "tok" the marked root
    verb.head, verb.dep, verb.tag = verb.i, "ROOT", "VBD"
    noun.head, noun.dep = verb.i, "nsubj"
    tok.head, tok.dep = verb.i, "advcl"
    for word in children.get(tok.i, []):
        if word.dep == "punct" and word.i > tok.i:
            word.head = verb.i  # the full stop is the sentence's
    repaired[verb.i] = MARKED_ROOT
    return True


def hang_subject(children: dict[int, list[Token]], verb: Token, noun: Token) -> None:
    """Make the root ``noun`` the subject of ``verb`` (a passive one's under "was"); what
    follows the verb (the full stop, "officials said") becomes the verb's."""
    passive = any(c.dep == "auxpass" for c in children.get(verb.i, []))
    noun.head, noun.dep = verb.i, "nsubjpass" if passive else "nsubj"
    for word in children.get(noun.i, []):
        if word.i > verb.i:
            word.head = verb.i


def dated_clause(tokens: list[Token], children: dict[int, list[Token]], verb: Token):
    """(root noun, time word, year) of a verb the model read as a dated clause inside the
    subject (see the module), or None."""
    if verb.pos != "VERB" or verb.dep != "advcl" or verb.head == verb.i:
        return None
    own = children.get(verb.i, [])
    mark = next((c for c in own if c.dep == "mark" and c.lemma.lower() in TIME_MARKS), None)
    year = next((c for c in own if c.dep in ("nsubj", "nsubjpass") and c.tag == "CD"), None)
    if mark is None or year is None or year.i != mark.i + 1 or children.get(year.i):
        return None
    root = next((t for t in tokens if t.sent == verb.sent and t.head == t.i), None)
    if root is None or root.pos not in ("NOUN", "PROPN") or root.i > verb.i:
        return None
    return root, mark, year


def hang_participle(children: dict[int, list[Token]], participle: Token, noun: Token, verb: Token) -> None:
    """Make ``noun`` the subject of ``verb`` (a passive one's under "was"), and ``participle``,
    which the model read as the noun's verb, a participle on it (acl)."""
    passive = any(c.dep == "auxpass" for c in children.get(verb.i, []))
    noun.head, noun.dep = verb.i, "nsubjpass" if passive else "nsubj"
    participle.head, participle.dep = noun.i, "acl"


def parenthetical_participle(tokens: list[Token], children: dict[int, list[Token]], tok: Token):
    """(noun, verb): the subject a past form at the root set off by commas modifies, and
    the later conjunct that is the sentence's verb (see the module), or None."""
    if tok.head != tok.i or tok.pos != "VERB" or tok.tag not in ("VBD", "VBN") or tok.i < 2 \
            or tokens[tok.i - 1].text != ",":
        return None
    own = children.get(tok.i, [])
    noun = next((c for c in own if c.dep == "nsubj" and c.pos in ("NOUN", "PROPN") and c.i < tok.i), None)
    if noun is None or any(c.dep in ("aux", "auxpass", "cc") for c in own):
        return None
    verb = next((c for c in own if c.dep == "conj" and c.pos in ("VERB", "AUX")), None)
    if verb is None:
        return None
    below = children.get(verb.i, [])
    if not any(c.dep in ("aux", "auxpass") for c in below) or any(c.dep in OWN_CLAUSE_DEPS - {"aux", "auxpass", "mark"}
                                                                  for c in below):
        return None
    return noun, verb


def parenthetical_gerund(tokens: list[Token], children: dict[int, list[Token]], tok: Token):
    """(noun, verb): the subject of an "-ing" form set off by commas that the model made
    the root (or a participle on the subject noun at the root), and the later finite verb
    that is the sentence's (see the module), or None."""
    if tok.tag != "VBG" or tok.i < 2 or tokens[tok.i - 1].text != ",":
        return None
    own = children.get(tok.i, [])
    if tok.head == tok.i:
        noun = next((c for c in own if c.dep == "nsubj" and c.pos in ("NOUN", "PROPN") and c.i < tok.i), None)
    else:
        head = tokens[tok.head]
        noun = head if tok.dep == "acl" and head.head == head.i and head.pos in ("NOUN", "PROPN") else None
    if noun is None or any(c.dep in ("aux", "auxpass", "cc") for c in own):
        return None
    verb = next((c for c in own if c.dep in ("ccomp", "conj", "advcl") and c.pos == "VERB" and c.i > tok.i
                 and c.tag in FINITE_TAGS | {"VBN"} and tokens[c.i - 1].text == ","), None)
    if verb is None or any(c.dep in OWN_CLAUSE_DEPS - {"aux", "auxpass"} for c in children.get(verb.i, [])):
        return None
    return noun, verb


def marked_root(tokens: list[Token], children: dict[int, list[Token]], tok: Token):
    """(noun, past form): the subject and the sentence's verb of a root the model took from
    a marked clause after them (see the module), or None."""
    if tok.dep != "ROOT" or tok.pos != "VERB":
        return None
    own = children.get(tok.i, [])
    mark = next((c for c in own if c.dep == "mark" and c.lemma.lower() in CLAUSE_MARKS), None)
    subjects = [c for c in own if c.dep == "nsubj"]
    if mark is None or len(subjects) != 2 or not subjects[0].i < mark.i < subjects[1].i:
        return None
    noun = subjects[0]
    verb = next((c for c in children.get(noun.i, []) if c.dep in ("acl", "relcl") and c.pos == "VERB"
                 and c.tag in ("VBD", "VBN") and noun.i < c.i < mark.i), None)
    if verb is None or any(c.dep in OWN_CLAUSE_DEPS for c in children.get(verb.i, [])):
        return None
    return noun, verb


def participle_at_root(tokens: list[Token], children: dict[int, list[Token]], tok: Token):
    """(noun, verb): the subject a past form at the root modifies, and the later verb hung
    on it that is the sentence's verb (see the module), or None."""
    if tok.dep not in ("ROOT", "ccomp") or tok.pos != "VERB" or tok.tag not in ("VBD", "VBN") \
            or tok.lemma.lower() not in AFFILIATION_PARTICIPLES:
        return None
    own = children.get(tok.i, [])
    noun = next((c for c in own if c.dep == "nsubj" and c.pos in ("NOUN", "PROPN") and c.i < tok.i), None)
    if noun is None or any(c.dep in ("aux", "auxpass", "cc", "dobj", "obj") for c in own) \
            or not any(c.dep in ("prep", "agent") and c.i == tok.i + 1 for c in own):
        return None
    verb = next((c for c in own if c.dep in ("advcl", "dep") and c.i > tok.i and c.pos == "VERB"
                 and c.tag in FINITE_TAGS), None)
    if verb is None or tokens[verb.i - 1].text == "," \
            or any(c.dep in OWN_CLAUSE_DEPS for c in children.get(verb.i, [])):
        return None
    return noun, verb


def verb_as_modifier(tokens: list[Token], children: dict[int, list[Token]], verb: Token) -> Token | None:
    """The noun at the root a finite verb read as its modifier is the subject of (see the
    module), or None."""
    if verb.dep not in ("acl", "relcl") or verb.tag not in FINITE_TAGS or verb.pos != "VERB" \
            or verb.head >= verb.i:
        return None
    noun = tokens[verb.head]
    if noun.head != noun.i or noun.pos not in ("NOUN", "PROPN"):
        return None
    if any(c.dep in OWN_CLAUSE_DEPS or c.tag in RELATIVE_TAGS for c in children.get(verb.i, [])):
        return None
    return noun


def clause_as_phrase(tokens: list[Token], verb: Token):
    """(subject, object, words to hang on the subject) of a clause the model read as a noun
    phrase (see the module), or None."""
    if verb.dep != "amod" or verb.tag not in ("VBN", "VBD") or verb.head <= verb.i:
        return None
    obj = tokens[verb.head]
    for _ in range(3):  # "hosted Jordan's King X": the verb hangs on the owner in the phrase
        if obj.head == obj.i or obj.head <= verb.i or _ing_clause(tokens, obj) is not None:
            break
        obj = tokens[obj.head]
    ing = _ing_clause(tokens, obj)
    if obj.head != obj.i and ing is None or obj.pos not in ("NOUN", "PROPN"):
        return None  # only a sentence that is nothing but the phrase (and what it did)
    sentence = [t for t in tokens if t.sent == verb.sent]
    # another verb makes it a clause of its own, but a participle on a noun does not ("a
    # suspected hideout"), nor what the act did ("..., killing 11 civilians")
    if any(t.pos in ("VERB", "AUX") and t is not verb and not _participle_after(t, verb)
           and not (ing is not None and _under(tokens, t, ing)) for t in sentence):
        return None
    before = [t for t in sentence if t.i < verb.i]
    # the words before the verb the model hung on it or on words after it: the last is the
    # subject ("Pakistan" in "Pakistan bombed Taliban camps"), the others its name's first words
    outside = [t for t in before if t.head >= verb.i]
    if not outside:
        return None
    subject = outside[-1]
    nominal = subject.pos in ("PROPN", "NOUN") and subject.dep in PHRASE_SUBJECT_DEPS
    hyphened = any(t.text in HYPHENS for t in tokens[subject.i + 1:verb.i])
    if not (nominal or _owned_adjective(tokens, subject)) or hyphened:
        return None  # "US-backed forces" is a phrase
    # everything before the verb is the subject's phrase
    if not all(any(_under(tokens, t, top) for top in outside) for t in before):
        return None
    return subject, obj, outside[:-1]


def _ing_clause(tokens: list[Token], noun: Token) -> Token | None:
    """"X bombed villages ..., killing 11 civilians": the model may make the phrase the subject
    of the "-ing" form at the root after a comma; that form, or None."""
    ing = tokens[noun.head]
    if noun.dep != "nsubj" or ing.head != ing.i or ing.tag != "VBG" or ing.i < noun.i + 2 \
            or tokens[ing.i - 1].text != ",":
        return None
    return ing


def _participle_after(tok: Token, verb: Token) -> bool:
    """A participle on a noun, no verb of a clause: "a suspected hideout", "villages held by"."""
    return tok.tag == "VBN" and (tok.dep == "amod" or tok.dep == "acl" and tok.i > verb.i)


def _owned_adjective(tokens: list[Token], word: Token) -> bool:
    """"Myanmar's military": an adjective right after an owner's "'s" or "the" heads a noun
    phrase of its own when a verb follows it."""
    return word.pos == "ADJ" and word.dep == "amod" and word.i > 0 \
        and tokens[word.i - 1].text.lower() in ("'s", "’s", "the")


def _under(tokens: list[Token], tok: Token, top: Token) -> bool:
    """Is ``tok`` ``top`` or inside its phrase (its heads lead to it within a few steps)?"""
    for _ in range(6):
        if tok is top:
            return True
        if tok.head == tok.i:
            return False
        tok = tokens[tok.head]
    return False
