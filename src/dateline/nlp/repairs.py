"""Repairs of parser attachments that every later stage would misread.

Each repair is a named rule over the copied parse, run once in :func:`repair` before any
stage sees the tokens; the tokens it moved are kept in ``Parsed.repaired`` (token ->
repair id), so a record built on a repaired token can say so.

The repairs of a sentence whose root the model misplaced (``clause-as-phrase``,
``parenthetical-participle``, ``verb-as-modifier``) are in root_repairs.py, those of a
phrase hung inside another (``list-interrupted``, ``gerund-as-modifier``,
``object-as-subject``, ``infinitive-in-phrase``, ``gerund-after-object``, ``dated-of``) in
phrase_repairs.py.

``speech-conjunct``: the small English model hangs a verb coordinated with a verb of
saying on the clause that verb introduces. In "the senator said the bill was flawed and
urged the cabinet to withdraw it" it makes "urged" a conjunct of "was": the saying's
content would then hold the senator's own appeal, and its subject would be "the bill".
The verb is moved up to the verb of saying when it has no subject of its own, is a verb
of saying itself (urging, warning, criticising, calling for: a speaker's next act), has
the saying verb's own finite form ("said ... and urged", "says ... and urges") and no
auxiliary, and the clause it hung on cannot be sharing it: a clause of being or having,
a passive one, one under a modal ("said the plan would fail and urged ..."), or one put back
in the past perfect while the verb is a simple past ("said the ship had entered its waters
and accused the navy": what had happened, then the speaker's next act). "Said
the army shelled the town and killed ten" is left alone: the clause's own verb is an act.

``visiting-guest``: in "the president told visiting Spanish Prime Minister X that ..." the
model reads "visiting" as a gerund the verb governs, with the guest as its object ("told
(someone about) visiting X"). Right after a verb one says something to, meets or receives
someone with, "visiting" before a name or title is the guest's modifier: it is hung on
the guest, who becomes the verb's object. "He enjoyed visiting Paris" is left alone.

``clause-on-modifier``: in "X told visiting Secretary Y on Monday that ..." the model may
hang the content clause on "visiting", the guest's modifier. A participle modifying a noun
takes no content clause: after a verb one says something to, a clause on the modifier of
the verb's object is the verb's.

``dated-infinitive``: wire copy puts the day between a verb and its infinitive ("Algeria
threatened on Tuesday to sever ties with Mali", "Qatar offered on Thursday to mediate"),
and the model then reads the infinitive as a purpose (advcl). After a verb that takes an
infinitive complement, with nothing but a time phrase (and the verb's object) between
them, the infinitive is the complement again (xcomp).

``auxiliary-subject``: in "Egypt and Qatar are mediating between X and Y" the model may
hang the subject on the auxiliary "are" instead of the verb it helps; the subject is
moved to that verb when the verb has none of its own.

``dative-name``: in "promised Kyiv more weapons" the model reads the name as a modifier of
the object ("Kyiv weapons"). A name cannot modify a noun across a determiner, a number or
a word of quantity ("more", "additional"), so right after a verb it is the verb's second
object (dative): the one promised, given or sent the thing.

``reduced-relative``: in "she hoped officials accused of fraud would be indicted" the model
may read "officials accused" as a clause (the officials accusing) and leave "would be
indicted" without a subject. A past participle with a subject but no auxiliary, followed
by a verb of the same clause that has auxiliaries and no subject, is a participle on its
noun ("officials (who were) accused of ..."), and the noun is the later verb's subject.

``compound-as-clause``: in "announced asset freezes and travel bans" the model may read
"asset freezes" as a clause (the asset freezes). Right after a verb of announcing or
imposing that has no object, a present-tense verb whose only dependent before it is a
bare singular noun (no determiner), with no auxiliary, no "that" and no object of its
own, is a plural noun: the verb's object, the bare noun its compound.

``acronym-subject``: the model may tag a capitalised acronym that opens a sentence as an
adverb ("USAID deployed rescue teams": "USAID" an adverb of "deployed"), leaving the verb
without a subject. A word of capitals only, first in its sentence, hung as a modifier on
the finite verb right after it that has no subject, is that verb's subject.

``subjunctive-verb``: in "demanded that the president resign" the model may read the bare
verb as a noun ("resign", with "president" its compound), leaving the clause without a
verb. A singular noun heading a "that" clause under another verb, with no subject of its
own and a noun right before it hung on it as a compound, is the clause's verb, and that
noun (with the words of its phrase) its subject.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .phrase_repairs import repair_phrase
from .root_repairs import (CLAUSE_AS_PHRASE, DATED_CLAUSE, MARKED_ROOT, PARENTHETICAL_GERUND,  # noqa: F401
                           PARENTHETICAL_PARTICIPLE, PARTICIPLE_AT_ROOT, VERB_AS_MODIFIER, hang_participle,
                           repair_root)

# The tokens are nlp.parsed.Token records (not imported: parsed.py runs these repairs as it
# builds a parse). Token = Any keeps the signatures readable.
Token = Any

SPEECH_CONJUNCT = "speech-conjunct"
ADDRESSED_PARTICIPLE = "addressed-participle"
VISITING_GUEST = "visiting-guest"
CLAUSE_ON_MODIFIER = "clause-on-modifier"
DATED_INFINITIVE = "dated-infinitive"
AUXILIARY_SUBJECT = "auxiliary-subject"
REDUCED_RELATIVE = "reduced-relative"
COMPOUND_AS_CLAUSE = "compound-as-clause"
# Verbs whose object is a measure ("announced asset freezes"), not a clause.
MEASURE_VERBS = {"announce", "impose", "unveil", "approve", "order", "introduce", "extend"}
DATIVE_NAME = "dative-name"
ACRONYM_SUBJECT = "acronym-subject"
SUBJUNCTIVE_VERB = "subjunctive-verb"
ACRONYM_DEPS = {"advmod", "npadvmod", "nmod", "compound", "amod"}
# Words of quantity that open a noun phrase: a name before one is not its modifier.
QUANTITY_WORDS = {"more", "additional", "further", "extra", "fresh", "fewer", "less"}
# Verbs whose infinitive complement says what is promised, refused, attempted or asked.
INFINITIVE_VERBS = {"agree", "threaten", "pledge", "promise", "vow", "refuse", "decide", "offer", "plan",
                    "fail", "try", "attempt", "seek", "intend", "hope", "prepare", "vote", "resolve",
                    "undertake", "urge", "ask", "order", "invite", "encourage", "press", "tell",
                    "warn", "appeal", "move", "begin", "start", "continue", "demand"}
TIME_ENTITIES = {"DATE", "TIME"}
# What may stand between such a verb and its infinitive: a time phrase, its object.
BETWEEN_DEPS = {"prep", "npadvmod", "dobj", "obj", "dative", "tmod", "punct"}
# Verbs whose object is a person met, received or addressed ("told visiting X", "met
# visiting X"): after them "visiting" describes the guest.
GUEST_VERBS = {"tell", "meet", "receive", "welcome", "host", "greet", "thank", "assure", "brief",
               "inform", "urge", "warn", "congratulate", "honour", "honor", "entertain"}
# Verbs of state whose clause says what is, not what someone did.
STATIVE_LEMMAS = {"be", "have", "seem", "remain", "appear", "become"}
MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
PREDICATE_DEPS = {"acomp", "attr", "oprd"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
SPEECH_KINDS = ("speech", "writing")


@lru_cache(maxsize=1)
def _speech_lemmas() -> frozenset[str]:
    from ..quotes.cues import load_cues  # the cue table is the quotes stage's data

    return frozenset(c.lemma for c in load_cues().values() if c.kind in SPEECH_KINDS)


def repair(tokens: list[Token]) -> dict[int, str]:
    """Repair the tokens' heads in place; returns token -> id of the repair that moved it."""
    children: dict[int, list[Token]] = {}
    for tok in tokens:
        if tok.head != tok.i:
            children.setdefault(tok.head, []).append(tok)
    repaired = {}
    for tok in tokens:
        saying = _speech_conjunct(tokens, children, tok)
        if saying is not None:
            tok.head = saying.i
            repaired[tok.i] = SPEECH_CONJUNCT
            continue
        writer = _addressed_participle(tokens, tok)
        if writer is not None:
            tok.head, tok.dep = writer.i, "advcl"
            repaired[tok.i] = ADDRESSED_PARTICIPLE
            continue
        if _dated_infinitive(tokens, children, tok):
            tok.dep = "xcomp"
            repaired[tok.i] = DATED_INFINITIVE
            continue
        guest = _visiting_guest(tokens, children, tok)
        if guest is not None:
            guest.head, guest.dep = tok.head, "dobj"
            tok.head, tok.dep = guest.i, "amod"
            repaired[tok.i] = VISITING_GUEST
            continue
        speaker = _clause_on_modifier(tokens, tok)
        if speaker is not None:
            tok.head = speaker.i
            repaired[tok.i] = CLAUSE_ON_MODIFIER
            continue
        if _moved_to_verb(tokens, children, tok, repaired):
            continue
        if repair_phrase(tokens, tok, repaired, _speech_lemmas(), INFINITIVE_VERBS):
            continue
        repair_root(tokens, children, tok, repaired)
    return repaired


def _moved_to_verb(tokens: list[Token], children: dict[int, list[Token]], tok: Token,
                   repaired: dict[int, str]) -> bool:
    """Apply auxiliary-subject, reduced-relative, compound-as-clause, dative-name,
    subjunctive-verb or acronym-subject to ``tok``
    (see the module); True if it moved."""
    verb = _auxiliary_subject(tokens, children, tok)
    if verb is not None:
        tok.head = verb.i
        repaired[tok.i] = AUXILIARY_SUBJECT
        return True
    found = _reduced_relative(tokens, children, tok)
    if found is not None:
        noun, verb = found
        hang_participle(children, tok, noun, verb)
        repaired[tok.i] = REDUCED_RELATIVE
        return True
    verb = _compound_as_clause(tokens, children, tok)
    if verb is not None:
        noun = next(c for c in children.get(tok.i, []) if c.dep == "nsubj")
        tok.head, tok.dep, tok.tag, tok.pos = verb.i, "dobj", "NNS", "NOUN"
        noun.head, noun.dep = tok.i, "compound"
        repaired[tok.i] = COMPOUND_AS_CLAUSE
        return True
    verb = _dative_name(tokens, tok)
    if verb is not None:
        tok.head, tok.dep = verb.i, "dative"
        repaired[tok.i] = DATIVE_NAME
        return True
    subject = _subjunctive_verb(children, tok)
    if subject is not None:
        tok.pos, tok.tag = "VERB", "VB"
        for word in children.get(tok.i, []):
            if word.i < subject.i and word.dep in ("det", "amod", "compound", "nmod", "poss"):
                word.head = subject.i  # "the Chilean president": the subject's phrase
        subject.head, subject.dep = tok.i, "nsubj"
        repaired[tok.i] = SUBJUNCTIVE_VERB
        return True
    if _acronym_subject(tokens, children, tok):
        tok.dep, tok.pos, tok.tag = "nsubj", "PROPN", "NNP"
        repaired[tok.i] = ACRONYM_SUBJECT
        return True
    return False


def _subjunctive_verb(children: dict[int, list[Token]], tok: Token) -> Token | None:
    """The subject of a bare verb read as the noun heading a "that" clause (see the module)."""
    if tok.dep != "ccomp" or tok.pos != "NOUN" or tok.tag != "NN":
        return None
    own = children.get(tok.i, [])
    if not any(c.dep == "mark" and c.lemma.lower() == "that" for c in own) or any(c.dep in SUBJECT_DEPS for c in own):
        return None
    subject = next((c for c in own if c.i == tok.i - 1 and c.dep in ("compound", "nmod")
                    and c.pos in ("NOUN", "PROPN")), None)
    return subject


def _acronym_subject(tokens: list[Token], children: dict[int, list[Token]], tok: Token) -> bool:
    """Is ``tok`` an acronym opening its sentence, read as a modifier of the subjectless
    finite verb right after it (see the module)?"""
    if tok.dep not in ACRONYM_DEPS or tok.head != tok.i + 1 or len(tok.text) < 2 \
            or not (tok.text.isalpha() and tok.text.isupper()) or tok.i > 0 and tokens[tok.i - 1].sent == tok.sent:
        return False
    verb = tokens[tok.head]
    return verb.pos == "VERB" and verb.tag in FINITE_TAGS \
        and not any(c.dep in SUBJECT_DEPS for c in children.get(verb.i, []))


def _auxiliary_subject(tokens: list[Token], children: dict[int, list[Token]], tok: Token) -> Token | None:
    """The verb whose subject the model hung on its auxiliary, or None."""
    if tok.dep not in ("nsubj", "nsubjpass") or tok.head == tok.i:
        return None
    aux = tokens[tok.head]
    if aux.pos != "AUX" or aux.dep not in ("aux", "auxpass") or aux.head <= aux.i:
        return None
    verb = tokens[aux.head]
    if verb.pos != "VERB" or any(c.dep in SUBJECT_DEPS for c in children.get(verb.i, [])):
        return None
    return verb


def _reduced_relative(tokens: list[Token], children: dict[int, list[Token]], tok: Token):
    """(noun, verb): the noun a participle read as its clause's verb modifies, and the later
    verb that noun is the subject of (see the module), or None."""
    if tok.tag != "VBN" or tok.head == tok.i:
        return None
    own = children.get(tok.i, [])
    noun = next((c for c in own if c.dep == "nsubj" and c.pos in ("NOUN", "PROPN")), None)
    if noun is None or any(c.dep in ("aux", "auxpass") for c in own):
        return None
    later = [v for v in children.get(tok.head, []) if v.i > tok.i and v.pos in ("VERB", "AUX")
             and v.dep == tok.dep]
    for verb in later:
        below = children.get(verb.i, [])
        if any(c.dep in ("aux", "auxpass") for c in below) and not any(c.dep in SUBJECT_DEPS for c in below):
            return noun, verb
    return None


def _compound_as_clause(tokens: list[Token], children: dict[int, list[Token]], tok: Token) -> Token | None:
    """The verb of announcing a compound noun read as its clause is the object of (see the
    module), or None."""
    if tok.tag != "VBZ" or tok.dep != "ccomp" or tok.head != tok.i - 2:
        return None
    verb, noun = tokens[tok.head], tokens[tok.i - 1]
    if verb.lemma.lower() not in MEASURE_VERBS or noun.tag != "NN" or noun.dep != "nsubj" or noun.head != tok.i:
        return None
    below, beside = children.get(tok.i, []), children.get(verb.i, [])
    if any(c.dep in ("aux", "auxpass", "mark", "dobj", "obj") or c.i < noun.i for c in below) \
            or children.get(noun.i) or any(c.dep in ("dobj", "obj") for c in beside):
        return None
    return verb


def _dative_name(tokens: list[Token], tok: Token) -> Token | None:
    """The verb a name read as its object's modifier is the second object of, or None."""
    if tok.pos != "PROPN" or tok.dep not in ("nmod", "compound") or tok.head <= tok.i + 1:
        return None
    after, noun = tokens[tok.i + 1], tokens[tok.head]
    if not (after.pos in ("DET", "NUM") or after.lemma.lower() in QUANTITY_WORDS) \
            or noun.dep not in ("dobj", "obj") or noun.head == noun.i:
        return None
    verb = tokens[noun.head]
    # the name's own words (North Korea) may stand between the verb and it
    start = tok.i
    while start - 1 > verb.i and tokens[start - 1].head == tok.i and tokens[start - 1].dep == "compound":
        start -= 1
    return verb if verb.pos == "VERB" and start == verb.i + 1 else None


def _dated_infinitive(tokens: list[Token], children: dict[int, list[Token]], tok: Token) -> bool:
    """Is ``tok`` an infinitive complement read as a purpose across a time phrase (see the module)?"""
    if tok.dep != "advcl" or tok.tag != "VB" or tok.head == tok.i or tok.head > tok.i:
        return False
    to = next((c for c in children.get(tok.i, []) if c.dep == "aux" and c.text.lower() == "to"), None)
    verb = tokens[tok.head]
    if to is None or verb.lemma.lower() not in INFINITIVE_VERBS:
        return False
    between = tokens[verb.i + 1:to.i]
    if not any(t.ent_type in TIME_ENTITIES for t in between):
        return False
    tops = [_top_under(tokens, t, verb) for t in between]
    return all(t.ent_type in TIME_ENTITIES or top.head == verb.i and top.dep in BETWEEN_DEPS
               for t, top in zip(between, tops))


def _top_under(tokens: list[Token], tok: Token, verb: Token) -> Token:
    """The word of ``tok``'s phrase that hangs on ``verb`` (``tok`` itself when none does)."""
    for _ in range(8):
        if tok.head == verb.i or tok.head == tok.i:
            return tok
        tok = tokens[tok.head]
    return tok


def _visiting_guest(tokens: list[Token], children: dict[int, list[Token]], tok: Token) -> Token | None:
    """The guest a "visiting" read as a gerund describes (see the module), or None."""
    if tok.text.lower() != "visiting" or tok.head != tok.i - 1 or tok.dep not in ("xcomp", "dobj", "ccomp"):
        return None
    verb = tokens[tok.head]
    if verb.pos not in ("VERB", "AUX") or verb.lemma.lower() not in GUEST_VERBS \
            or any(c.dep in ("dobj", "obj") for c in children.get(verb.i, [])):
        return None
    guests = [c for c in children.get(tok.i, []) if c.dep in ("dobj", "obj") and c.pos in ("PROPN", "NOUN")]
    return guests[0] if guests and tokens[tok.i + 1].pos in ("ADJ", "PROPN", "NOUN") else None


def _clause_on_modifier(tokens: list[Token], tok: Token) -> Token | None:
    """The verb of saying a content clause hung on its object's participle belongs to
    (see the module), or None."""
    if tok.dep != "ccomp" or tok.head == tok.i:
        return None
    modifier = tokens[tok.head]
    if modifier.dep != "amod" or modifier.tag not in ("VBG", "VBN") or modifier.head == modifier.i:
        return None
    guest = tokens[modifier.head]
    if guest.dep not in ("dobj", "obj", "dative") or guest.head == guest.i:
        return None
    verb = tokens[guest.head]
    return verb if verb.pos in ("VERB", "AUX") and verb.lemma.lower() in GUEST_VERBS else None


def _addressed_participle(tokens: list[Token], verb: Token) -> Token | None:
    """The verb of writing or speaking a participle hung on its addressee belongs to
    (see the module), or None."""
    if verb.dep != "acl" or verb.tag != "VBG" or verb.head == verb.i:
        return None
    addressee = tokens[verb.head]
    if addressee.dep != "pobj" or addressee.head == addressee.i:
        return None
    to = tokens[addressee.head]
    if to.lemma.lower() != "to" or to.head == to.i:
        return None
    writer = tokens[to.head]
    return writer if writer.pos in ("VERB", "AUX") and writer.lemma.lower() in _speech_lemmas() else None


def _speech_conjunct(tokens: list[Token], children: dict[int, list[Token]], verb: Token) -> Token | None:
    """The verb of saying ``verb`` belongs to (see the module), or None."""
    if verb.dep != "conj" or verb.tag not in FINITE_TAGS or verb.lemma.lower() not in _speech_lemmas():
        return None
    clause = tokens[verb.head]
    if clause.dep in PREDICATE_DEPS and clause.head != clause.i:
        clause = tokens[clause.head]  # "said the bill was flawed and urged": hung on "flawed"
    if clause.dep != "ccomp" or clause.head == clause.i:
        return None
    saying = tokens[clause.head]
    if saying.tag != verb.tag or saying.lemma.lower() not in _speech_lemmas():
        return None
    own = children.get(verb.i, [])
    if any(c.dep in SUBJECT_DEPS or c.dep in ("aux", "auxpass") for c in own):
        return None
    under = children.get(clause.i, [])
    modal = any(c.dep == "aux" and c.lemma.lower() in MODALS for c in under)
    # a passive clause's subject is acted on ("the bill was flawed"), not a speaker
    stative = clause.lemma.lower() in STATIVE_LEMMAS or any(c.dep == "auxpass" for c in under)
    # "said the ship had intruded and accused Manila": a clause put back in the past perfect
    # tells what came before the saying; a simple past with no "had" is the speaker's next act
    backshifted = clause.tag == "VBN" and verb.tag == "VBD" and any(
        c.dep == "aux" and c.lemma.lower() == "have" for c in under)
    return saying if modal or stative or backshifted else None
