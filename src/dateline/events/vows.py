"""Vows of answer in what was said: "we will respond", "it would retaliate".

Saying that one's own side will respond, retaliate or hit back, with nothing more named,
threatens (CAMEO 130), as warning that one will respond does (the lexicon's threaten.warn).
The statement rule ``vowed-answer`` reads it in the words said: a verb of answering
(words.tsv "answering verbs") under "will", "would" or "shall" whose subject is the speaker's
side (a first-person or "it" pronoun, the speaker named again, or the speaker's state, its
government or its forces).
"""

from __future__ import annotations

import dataclasses

from ..tables import word_class
from .arguments import same, subject_of
from .by_actor import STATE_SECTORS

THREAT = "130"
ANSWERING_VERBS = word_class("answering verbs")
FUTURE_AUX = {"will", "would", "shall", "'ll"}
OWN_PRONOUNS = {"we", "i", "it", "they"}


def vowed_answer(d, env):
    """The ``vowed-answer`` statement rule (see the module)."""
    ctx, _ = env
    if d.code != "010":
        return d
    parsed = ctx.parsed
    for i in parsed.tokens_in(d.quote.start, d.quote.end):
        verb = parsed.tokens[i]
        if verb.lemma.lower() not in ANSWERING_VERBS or verb.pos != "VERB" or not any(
                c.dep == "aux" and c.text.lower() in FUTURE_AUX for c in parsed.children(i)):
            continue
        subject = subject_of(parsed, verb)
        if subject is None:
            continue
        word = parsed.tokens[subject]
        own = word.pos == "PRON" and word.text.lower() in OWN_PRONOUNS or any(
            same(a, d.speaker) or a.country and a.country == d.speaker.country
            and (a.kind == "state" or a.sector in STATE_SECTORS) for a in ctx.index.actors_at(subject))
        if own:
            return dataclasses.replace(d, code=THREAT)
    return d
