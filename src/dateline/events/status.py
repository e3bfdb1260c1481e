"""What kind of claim an event is: reported, hypothetical, future, negated, attempted,
intended, demanded, habitual (historical comes from the event's date, see the time stage).

Read off the parse around the trigger (auxiliaries, negation, the verb governing an
infinitive, a condition, an adverb of habit, a judgement of ability) and off the quotes
stage (an event inside reported content). An event with none of these but "reported" is
a done act.
"""

from __future__ import annotations

from ..nlp import Parsed, Token
from ..tables import word_class
from .index import regular_stems
from .match import is_passive
from .open_acts import CONSIDER_VERBS, asked_whether, possible

HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "can"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
NEGATIONS = {"not", "n't", "never", "no"}
# An object or passive subject with "no" negates its verb's act.
NEGATED_OBJECT_DEPS = {"dobj", "obj", "nsubjpass", "nsubj:pass"}
# Verbs that take the event as an infinitive or gerund and change its status.
# ("seek to" is an aim, not an attempt: "seeks to deepen ties" announces an intention.)
ATTEMPT_VERBS = word_class("attempt verbs")
FUTURE_VERBS = word_class("future verbs")
NEGATING_VERBS = word_class("negating verbs")
HESITATION_VERBS = word_class("hesitation verbs")
# Verbs that ask someone else to act: the complement is requested, not done
# ("urged Iran to release", "wants Putin to attack").
REQUESTING_VERBS = word_class("requesting verbs")
TALKING_VERBS = word_class("talking-over verbs")
ORDER_VERBS = word_class("order verbs")  # an act they take as object is decreed ("ordered a halt")
# Verbs that only frame another verb's event (its attempt, plan or wish) and are
# not events themselves when they take an infinitive.
FRAMING_VERBS = ATTEMPT_VERBS | {"plan", "intend", "aim", "hope", "want", "expect", "prepare",
                                 "go", "seek", "wish", "continue", "begin", "start", "need",
                                 "pledge", "vow", "promise", "threaten", "vote", "decide"}
# Verbs of intention: an event under them is announced, not scheduled. A plain
# "will" keeps the event's own code ("will meet on Monday" is a meeting).
INTENT_VERBS = word_class("intent verbs")
# Predicate adjectives of readiness: "is ready to contribute troops" states an intention.
READY_WORDS = word_class("ready words")
SCHEDULE_WORDS = word_class("schedule words")
# What says an act is still to come when it governs the act's infinitive.
PENDING_PREDICATES = READY_WORDS | SCHEDULE_WORDS
# Speech verbs that present their content clause as the speaker's claim.
CLAIM_VERBS = word_class("claim verbs")
# verbs of owning up to an act ("the army admitted that its troops fired")
ADMISSION_VERBS = word_class("admission verbs")
# Verbs whose content clause holds an act claimed, or admitted, by the speaker.
CLAIMING_VERBS = CLAIM_VERBS | ADMISSION_VERBS
ANNOUNCING_VERBS = word_class("announcing verbs")
# Verbs whose content clause, after them, announces or claims ("said it will", "warned that").
SPEAKING_VERBS = CLAIM_VERBS | ANNOUNCING_VERBS
# A refusal: the refusing verbs, or "will/would not" announcing what one will not do.
REFUSAL_VERBS = word_class("refusal verbs")
# Modals of obligation: a clause under one says what should be ("that they must leave").
OBLIGATION_MODALS = {"must", "should", "shall", "have", "need"}
# Verbs of wishing: the act in their clause is wished for, not reported ("hopes the rebels
# will disarm", "would prefer that Turkey admit").
WISH_VERBS = word_class("wish verbs")
FEARED_VERBS = WISH_VERBS | word_class("fearing verbs")
REFUSING_AUX = FUTURE_AUX | {"would"}
PAST_TAGS = {"VBD", "VBN"}
# Subordinators of a condition: "if the embargo is lifted", "unless talks resume".
CONDITION_MARKS = {"if", "unless", "whether"}
# Subordinators of a time still to come when their clause is in the present tense:
# "until Hamas is destroyed", "before the troops leave" (in the past they report it).
PENDING_MARKS = {"until", "till", "before", "once"}
PRESENT_TAGS = {"VBZ", "VBP"}
# Adverbs and nouns of habit: "often meets", "has met them many times".
HABIT_WORDS = word_class("habit words")
SPAN_NOUNS = {"year", "decade"}  # lemmas: "has for years accused" is a long course
# Adjectives judging how someone acts: "bad at coordinating", "slow to respond" say
# nothing of an act done.
ABILITY_WORDS = word_class("ability words")
# Prepositions of an aim: "work towards lifting the ban".
AIM_PREPS = {"towards", "toward"}

STATUS_VERBS = REQUESTING_VERBS | ATTEMPT_VERBS | NEGATING_VERBS | FUTURE_VERBS | INTENT_VERBS

CLAUSE_DEPS = {"xcomp", "ccomp", "advcl", "conj", "pcomp", "acl", "relcl"}
# An act only imagined (a condition, a wish, a possibility, a judgement of ability: "if
# the ban is lifted", "hopes the rebels will disarm", "bad at coordinating") did not
# happen and was not announced: it is no event. Whoever imagined it aloud said something:
# with no other act in the sentence, that saying is the statement event.
IMAGINED = {"hypothetical"}
# Determiners that name no act in particular ("any attack", "any attempt").
FREE_CHOICE = {"any", "whatever", "whichever"}
# What a modal says of its subject noun's event ("the talks will resume", "could be revived").
MODAL_FLAGS = {"hypothetical", "future"}
SUBJECT_NOUN_DEPS = {"nsubj", "nsubjpass"}
# Verbs that say an event noun (their subject) takes place: "talks will resume".
OCCURRENCE_VERBS = word_class("occurrence verbs")


def _aux_and_neg(parsed: Parsed, verb: Token) -> set[str]:
    found = set()
    for child in parsed.children(verb.i):
        lemma = child.lemma.lower()
        text = child.text.lower()
        if child.dep == "neg" or lemma in NEGATIONS and child.dep in ("advmod", "neg", "det"):
            found.add("negated")
        elif child.dep in NEGATED_OBJECT_DEPS and any(g.dep == "det" and g.lemma.lower() == "no"
                                                      for g in parsed.children(child.i)):
            found.add("negated")  # "reached no deal", "no deal was reached"
        elif child.dep in ("aux", "auxpass"):
            if text in FUTURE_AUX or lemma in FUTURE_AUX:
                found.add("future")
            elif text in HYPOTHETICAL_AUX or lemma in HYPOTHETICAL_AUX:
                found.add("hypothetical")
    return found


def _negated(parsed: Parsed, verb: Token) -> bool:
    """Does "not" (or "never", "no longer") modify the verb?"""
    return any(c.dep == "neg" or c.lemma.lower() in NEGATIONS and c.dep == "advmod" for c in parsed.children(verb.i))


def unhesitating(parsed: Parsed, verb: Token) -> bool:
    """"Will not hesitate to", "would not shrink from": a verb of holding back, negated,
    says one means to act (words.tsv hesitation verbs)."""
    return verb.lemma.lower() in HESITATION_VERBS and _negated(parsed, verb)


def has_object(parsed: Parsed, verb: Token) -> bool:
    """The verb has someone it acts on: a direct object or an "on/upon" object ("call on X")."""
    for child in parsed.children(verb.i):
        if child.dep in ("dobj", "obj", "dative"):
            return True
        if child.dep == "prep" and child.lemma.lower() in ("on", "upon"):
            return True
    return False


def object_of(parsed: Parsed, verb: Token) -> int | None:
    """The token a requesting verb acts on (the controller of its infinitive)."""
    for child in parsed.children(verb.i):
        if child.dep in ("dobj", "obj", "dative"):
            return child.i
        if child.dep == "prep" and child.lemma.lower() in ("on", "upon"):
            objs = [g.i for g in parsed.children(child.i) if g.dep == "pobj"]
            if objs:
                return objs[0]
    return None


def is_framing(parsed: Parsed, trigger: Token) -> bool:
    """A verb like "try" or "plan" with an infinitive: the event is in the infinitive."""
    return trigger.lemma.lower() in FRAMING_VERBS and any(
        c.dep == "xcomp" for c in parsed.children(trigger.i))


def _backshifted(parsed: Parsed, verb: Token) -> bool:
    """"would" as the reported "will": "announced it would free", "said they would meet"."""
    if verb.dep != "ccomp" or verb.head == verb.i:
        return False
    head = parsed.tokens[verb.head]
    return (head.lemma.lower() in SPEAKING_VERBS and head.tag in PAST_TAGS
            and any(c.dep == "aux" and c.text.lower() == "would" for c in parsed.children(verb.i)))


def _reported_will(parsed: Parsed, verb: Token, flags: set[str]) -> set[str]:
    """The flags, with a hypothetical "would" that reports a "will" made future."""
    if "hypothetical" in flags and _backshifted(parsed, verb):
        return (flags - {"hypothetical"}) | {"future"}
    return flags


def _habit(parsed: Parsed, child: Token) -> bool:
    """Does a modifier say the act is a habit or a long course ("often", "has long accused")?"""
    lemma = child.lemma.lower()
    if child.dep == "prep" and lemma == "for":  # "for years", "for decades"
        return any(g.dep == "pobj" and g.lemma.lower() in SPAN_NOUNS for g in parsed.children(child.i))
    perfect = any(c.dep == "aux" and c.lemma.lower() == "have" for c in parsed.children(child.head))
    return child.dep in ("advmod", "npadvmod") and (
        lemma in HABIT_WORDS or lemma == "long" and perfect or lemma == "again" and any(g.lemma.lower() == "again" for g in parsed.children(child.i))
        or lemma == "time" and any(g.lemma.lower() in HABIT_WORDS | {"several"} for g in parsed.children(child.i)))


def status_of(parsed: Parsed, trigger: Token) -> list[str]:
    """Status flags of the event whose trigger is ``trigger``."""
    flags = _aux_and_neg(parsed, trigger) | _circumstance(parsed, trigger)
    if trigger.pos == "NOUN" and trigger.dep in SUBJECT_NOUN_DEPS and trigger.head != trigger.i:
        # an event noun is as the modal of the verb that says it takes place says: "the talks
        # could be revived" are not held now ("the embargo would not work" is in force)
        verb = parsed.tokens[trigger.head]
        if verb.pos in ("VERB", "AUX") and verb.lemma.lower() in OCCURRENCE_VERBS:
            # "said the talks would resume": the reported "will"
            flags |= _reported_will(parsed, verb, _aux_and_neg(parsed, verb) & MODAL_FLAGS
                                    | _circumstance(parsed, verb) & IMAGINED)
    flags = _reported_will(parsed, trigger, flags)
    if trigger.pos == "NOUN" and trigger.dep in ("dobj", "obj") and trigger.head != trigger.i \
            and _status_lemma(parsed.tokens[trigger.head]) in FEARED_VERBS:
        flags.add("hypothetical")  # "feared further attacks": feared, not reported
    if trigger.dep == "conj" and trigger.head != trigger.i and not flags \
            and not any(c.dep in ("aux", "auxpass") for c in parsed.children(trigger.i)):
        # "not to supply or sell arms": a bare conjunct shares its first verb's status
        # ("did not meet them but did criticise them": one with its own auxiliary does not)
        head = parsed.tokens[trigger.head]
        if head.pos in ("VERB", "AUX"):
            return status_of(parsed, head)
    return sorted(_governed(parsed, trigger, flags))


def _governed(parsed: Parsed, trigger: Token, flags: set[str]) -> set[str]:
    """The flags, with those of the verbs the trigger is the complement or object of."""
    current = trigger
    for _ in range(4):
        if current.dep not in ("xcomp", "pcomp", "dobj") or current.head == current.i:
            break
        head = parsed.tokens[current.head]
        if head.lemma.lower() in PENDING_PREDICATES and (head.pos == "ADJ" or is_passive(parsed, head)):
            flags.add("future")  # "is ready to", "is set to"
            break
        if head.pos not in ("VERB", "AUX", "ADP"):
            break
        lemma = _status_lemma(head)
        if head.pos == "ADP" and lemma in AIM_PREPS:
            flags.add("intended")
        # "ordered the army to withdraw" asks the army; "ordered a halt to flights" halts them
        if lemma in REQUESTING_VERBS and has_object(parsed, head) \
                and not (current.dep == "dobj" and lemma in ORDER_VERBS):
            flags.add("demanded")
        elif unhesitating(parsed, head):  # "will not hesitate to use force": means to
            flags |= {"future", "intended"}
            current = head
            continue
        elif lemma in ATTEMPT_VERBS:
            flags.add("attempted")
        elif lemma in NEGATING_VERBS:
            flags.add("negated")
        elif lemma in FUTURE_VERBS:
            flags.add("future")
            if lemma in INTENT_VERBS:
                flags.add("intended")
        head_flags = _reported_will(parsed, head, _aux_and_neg(parsed, head))  # "said it would try to"
        flags |= head_flags
        current = head
    return flags


def _status_lemma(tok: Token) -> str:
    """The verb's lemma, or the regular stem the tagger missed that is a verb of status
    ("hopes" read as "hop")."""
    lemma = tok.lemma.lower()
    if tok.pos != "VERB" or lemma in STATUS_VERBS:
        return lemma
    return next((stem for stem in regular_stems(tok.text.lower()) if stem in STATUS_VERBS), lemma)


def imagined_clause(parsed: Parsed, trigger: Token) -> set[str]:
    """{"hypothetical"} when the trigger's clause (not its modal) imagines the act: a
    condition or a wish."""
    return _circumstance(parsed, trigger) & IMAGINED


def _circumstance(parsed: Parsed, trigger: Token) -> set[str]:
    """Flags from the trigger's own clause: a condition ("if the ban is lifted") or a wish
    ("hopes the rebels will disarm"), a habit ("has often met", "many times", "again and
    again", "has for years accused"), a judgement of ability ("bad at coordinating")."""
    flags = set()
    clause = trigger
    while clause.dep in ("conj", "xcomp") and clause.head != clause.i:
        clause = parsed.tokens[clause.head]
    marks = {c.lemma.lower() for c in parsed.children(clause.i) if c.dep == "mark"} if clause.dep == "advcl" else set()
    wished = clause.dep == "ccomp" and clause.head != clause.i \
        and _status_lemma(parsed.tokens[clause.head]) in WISH_VERBS
    if marks & CONDITION_MARKS or wished:  # "if the ban is lifted", "hopes the rebels will disarm"
        flags.add("hypothetical")
    elif marks & PENDING_MARKS and any(t.tag in PRESENT_TAGS for t in [clause, *parsed.children(clause.i)]
                                       if t is clause or t.dep in ("aux", "auxpass")):
        flags.add("future")
    if any(_habit(parsed, g) for c in parsed.children(trigger.i)  # also on the auxiliary: "has for years"
           for g in [c, *parsed.children(c.i)] if g is c or c.dep == "aux"):
        flags.add("habitual")
    if trigger.pos == "NOUN" and any(c.dep == "det" and c.lemma.lower() in FREE_CHOICE
                                     for c in parsed.children(trigger.i)):
        flags.add("hypothetical")  # "any attack on its ships would be met with ...": none in particular
    if possible(parsed, trigger) or asked_whether(parsed, clause):
        # "the chances of signing a treaty", "declined to say whether the army had fired"
        flags.add("hypothetical")
    if trigger.dep in ("pcomp", "xcomp") and trigger.head != trigger.i:
        head = parsed.tokens[trigger.head]
        if head.pos == "ADP" and head.head != head.i:
            head = parsed.tokens[head.head]
        # the parser hangs "at coordinating" on the adjective or on its copula
        judged = [head] + [c for c in parsed.children(head.i) if c.dep == "acomp"]
        if any(t.pos == "ADJ" and t.lemma.lower() in ABILITY_WORDS for t in judged):
            flags.add("hypothetical")
    return flags


def is_intended(parsed: Parsed, trigger: Token) -> bool:
    """True when the event is intended: under a verb of intention ("vowed to retaliate")
    or announced in a speaker's content clause ("said it will withdraw")."""
    current = trigger
    for _ in range(4):
        if current.dep not in ("xcomp", "conj", "ccomp") or current.head == current.i:
            return False
        head = parsed.tokens[current.head]
        lemma = _status_lemma(head)
        if (lemma in INTENT_VERBS or lemma in READY_WORDS or unhesitating(parsed, head)) and current.dep != "ccomp":
            return True
        # "The rebels said they will release the hostages": an announced plan.
        # (Only a speech verb before its content: "X will do Y, an official said" is
        # a report of a scheduled act, not an announcement.)
        if current.dep == "ccomp" and lemma in SPEAKING_VERBS and head.i < current.i:
            return True
        current = head
    return False


def announcing_verb(parsed: Parsed, trigger: Token) -> Token | None:
    """The verb of saying or announcing whose content clause, after it, holds ``trigger``
    ("X warned that Y would invade": "warned"), or None."""
    current = trigger
    for _ in range(4):
        if current.dep not in ("ccomp", "conj") or current.head == current.i:
            return None
        head = parsed.tokens[current.head]
        if current.dep == "ccomp" and _status_lemma(head) in SPEAKING_VERBS and head.i < current.i:
            return head
        current = head
    return None


def claiming_verb(parsed: Parsed, trigger: Token) -> Token | None:
    """The speech verb whose content clause, after it, holds ``trigger`` ("X said Y attacked")."""
    current = trigger
    for _ in range(4):
        if current.head == current.i or current.dep not in ("ccomp", "conj"):
            return None
        head = parsed.tokens[current.head]
        if current.dep == "ccomp" and head.lemma.lower() in CLAIMING_VERBS and head.i < current.i:
            return head
        if head.pos not in ("VERB", "AUX"):
            return None
        current = head
    return None


def is_refused(parsed: Parsed, trigger: Token) -> bool:
    """True for a refusal: "refused to meet", "will not lift the ban" (not a plain "did not")."""
    current = trigger
    for _ in range(4):
        children = parsed.children(current.i)
        if _negated(parsed, current) and any(c.dep == "aux" and REFUSING_AUX & {c.text.lower(), c.lemma.lower()}
                                             for c in children):
            return True
        if current.dep != "xcomp" or current.head == current.i:
            return False
        head = parsed.tokens[current.head]
        if head.lemma.lower() in REFUSAL_VERBS:
            return True
        current = head
    return False


def is_considered(parsed: Parsed, trigger: Token) -> bool:
    """True when the event is an option under consideration ("is considering sending aid",
    "is weighing the closure of the border"; an act talked over, "discussed the closure", is
    not one)."""
    if trigger.head == trigger.i:
        return False
    verb = parsed.tokens[trigger.head].lemma.lower()
    if trigger.dep == "xcomp":
        return verb in CONSIDER_VERBS
    return trigger.dep in ("dobj", "obj") and trigger.pos == "NOUN" and verb in CONSIDER_VERBS - TALKING_VERBS


def is_threatened(parsed: Parsed, trigger: Token) -> bool:
    """True when the event is what someone threatens to do ("threatened to close the border",
    "threatened that it would close the border")."""
    return threatening_verb(parsed, trigger) is not None


def threatening_verb(parsed: Parsed, trigger: Token) -> Token | None:
    """The "threaten" the event is threatened under, or None."""
    current = trigger
    for _ in range(3):
        if current.dep not in ("xcomp", "conj", "ccomp") or current.head == current.i:
            return None
        current = parsed.tokens[current.head]
        if current.lemma.lower() == "threaten":
            return current
    return None


def is_wished(parsed: Parsed, clause: Token) -> bool:
    """A clause that states what should be, not what is: a modal of obligation or a bare
    subjunctive ("that the vote go ahead")."""
    children = parsed.children(clause.i)
    if clause.tag == "VB" and not any(c.dep == "aux" for c in children):
        return True
    # a plural form after a singular subject is the subjunctive ("that the vote go")
    if clause.tag == "VBP" and any(c.dep == "nsubj" and c.tag in ("NN", "NNP") for c in children):
        return True
    return any(c.dep == "aux" and c.lemma.lower() in OBLIGATION_MODALS for c in children)
