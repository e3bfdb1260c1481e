"""What kind of claim an event is: reported, hypothetical, future, negated, attempted.

Read off the parse around the trigger (auxiliaries, negation, the verb governing
an infinitive) and off the quotes stage (an event inside reported content).
"""

from __future__ import annotations

from ..nlp.parsed import Parsed, Token
from ..records import Attribution, Quote

HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "can"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
NEGATIONS = {"not", "n't", "never", "no"}
# Verbs that take the event as an infinitive or gerund and change its status.
ATTEMPT_VERBS = {"try", "attempt", "seek", "strive", "endeavor", "endeavour"}
FUTURE_VERBS = {"plan", "intend", "vow", "pledge", "promise", "prepare", "expect", "aim", "hope", "want", "go"}
NEGATING_VERBS = {"deny", "refuse", "decline", "fail", "reject", "avoid"}
# Verbs that ask someone else to act: the complement is requested, not done
# ("urged Iran to release", "wants Putin to attack").
REQUESTING_VERBS = {"ask", "urge", "call", "demand", "want", "press", "pressure", "encourage",
                    "invite", "convince", "persuade", "request", "appeal", "implore", "beg",
                    "advise", "order", "instruct", "tell", "push", "lobby", "challenge"}
# Verbs that only frame another verb's event (its attempt, plan or wish) and are
# not events themselves when they take an infinitive.
FRAMING_VERBS = ATTEMPT_VERBS | {"plan", "intend", "aim", "hope", "want", "expect", "prepare",
                                 "go", "seek", "wish", "continue", "begin", "start", "need"}
CLAUSE_DEPS = {"xcomp", "ccomp", "advcl", "conj", "pcomp", "acl", "relcl"}


def _aux_and_neg(parsed: Parsed, verb: Token) -> set[str]:
    found = set()
    for child in parsed.children(verb.i):
        lemma = child.lemma.lower()
        text = child.text.lower()
        if child.dep == "neg" or lemma in NEGATIONS and child.dep in ("advmod", "neg", "det"):
            found.add("negated")
        elif child.dep in ("aux", "auxpass"):
            if text in FUTURE_AUX or lemma in FUTURE_AUX:
                found.add("future")
            elif text in HYPOTHETICAL_AUX or lemma in HYPOTHETICAL_AUX:
                found.add("hypothetical")
    return found


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


def status_of(parsed: Parsed, trigger: Token) -> list[str]:
    """Status flags of the event whose trigger is ``trigger``."""
    flags = _aux_and_neg(parsed, trigger)
    current = trigger
    for _ in range(4):
        if current.dep not in ("xcomp", "pcomp", "dobj") or current.head == current.i:
            break
        head = parsed.tokens[current.head]
        if head.pos not in ("VERB", "AUX", "ADP"):
            break
        lemma = head.lemma.lower()
        if lemma in REQUESTING_VERBS and has_object(parsed, head):
            flags.add("hypothetical")
        elif lemma in ATTEMPT_VERBS:
            flags.add("attempted")
        elif lemma in NEGATING_VERBS:
            flags.add("negated")
        elif lemma in FUTURE_VERBS:
            flags.add("future")
        head_flags = _aux_and_neg(parsed, head)
        flags |= head_flags
        current = head
    return sorted(flags)


def according_to(parsed: Parsed, sentence_index: int) -> str | None:
    """The source of an "according to X" phrase in the sentence, if any."""
    sent = parsed.sentences[sentence_index]
    for i in range(sent.start, sent.end - 1):
        tok = parsed.tokens[i]
        if tok.text.lower() == "according" and parsed.tokens[i + 1].text.lower() == "to":
            obj = [c for c in parsed.children(i + 1) if c.dep == "pobj"]
            if obj:
                span = parsed.subtree(obj[0].i)
                first, last = parsed.tokens[span[0]], parsed.tokens[span[-1]]
                return parsed.text[first.idx:last.end]
    return None


def attribution_of(quotes: list[Quote], start: int, end: int, accorded: str | None) -> Attribution | None:
    """The attribution of an event whose trigger spans [start, end): the quote containing it."""
    for quote in quotes:
        if quote.start <= start and end <= quote.end:
            return Attribution(speaker=quote.speaker, cue=quote.cue, according_to=accorded)
    if accorded:
        return Attribution(speaker=None, cue="according to", according_to=accorded)
    return None
