"""Judgement words: who judges whom in "X believes that Y's move shows weakness".

An evaluative lexicon entry ("~" in lexicon.tsv) is coded as its speaker's judgement
of the actor it is said of: the speaker is the subject of the verb of saying or
thinking above it (else the quote's speaker), the judged is the subject of the clause
holding the word.
"""

from __future__ import annotations

from ..nlp import Token
from ..records import Actor
from .arguments import SUBJECT_DEPS, distinct, noun_agent, same, subject_of
from .draft import Context
from ..tables import word_class

# Verbs of saying and thinking whose content clause carries a speaker's judgement.
OPINION_VERBS = word_class("opinion verbs")
# Pronouns that stand for an act just told ("It's desperation", "This is weakness").
ANAPHORS = {"it", "this", "that"}


def judgement(ctx: Context, word: Token) -> tuple[list[Actor], list[Actor]]:
    """(speakers, judged actors) of a judgement word; either may be empty."""
    parsed = ctx.parsed
    verb = governing_verb(ctx, word)
    if verb is None:
        return [], []
    if word.dep == "amod":
        # "Moscow's reckless move": the agent of the noun it modifies.
        agent = noun_agent(parsed, parsed.tokens[word.head])
        judged = ctx.index.actors_at(agent) if agent is not None else []
    else:
        subject = subject_of(parsed, verb)
        judged = ctx.arguments(subject)
        if not judged and subject is not None and parsed.tokens[subject].text.lower() in ANAPHORS:
            # "Why would the envoy fly there? ... It's a sign of panic": "it" is the act
            # just told; its agent is the one judged.
            judged = previous_agent(ctx, verb.sent)
    speakers = _opinion_holder(ctx, verb)
    if not speakers:
        speakers = [q.speaker for q in ctx.quotes
                    if q.speaker is not None and q.start <= word.idx < q.end][:1]
    judged = [a for a in distinct(judged) if not any(same(a, s) for s in speakers)]
    return distinct(speakers), judged


def _opinion_holder(ctx: Context, verb: Token) -> list[Actor]:
    """The subject of the verb of saying or thinking whose content holds ``verb``."""
    parsed, current = ctx.parsed, verb
    for _ in range(4):
        if current.dep != "ccomp" or current.head == current.i:
            break
        head = parsed.tokens[current.head]
        if head.lemma.lower() in OPINION_VERBS:
            return ctx.arguments(subject_of(parsed, head))
        current = head
    return []


def previous_agent(ctx: Context, sentence: int) -> list[Actor]:
    """The first subject naming actors in the nearest of the two previous sentences
    that has one: the topic of the act just told (the first, not the root's, since
    a question's verb is often parsed as a clause under a later word)."""
    parsed = ctx.parsed
    for previous in range(sentence - 1, max(sentence - 3, -1), -1):
        sent = parsed.sentences[previous]
        for tok in parsed.tokens[sent.start:sent.end]:
            found = ctx.arguments(tok.i) if tok.dep in SUBJECT_DEPS else []
            if found:
                return found
    return []


def governing_verb(ctx: Context, token: Token) -> Token | None:
    """The verb of the clause a word stands in (up through its noun and preposition heads)."""
    current = token
    for _ in range(6):
        if current.pos in ("VERB", "AUX") and current.i != token.i:
            return current
        if current.head == current.i:
            return current if current.pos in ("VERB", "AUX") else None
        current = ctx.parsed.tokens[current.head]
    return None
