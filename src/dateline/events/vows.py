"""One's own side's acts in what was said: "we will respond", "it was behind the attack".

Saying that one's own side will respond, retaliate or hit back, with nothing more named,
threatens (CAMEO 130), as warning that one will respond does (the lexicon's threaten.warn).
The statement rule ``vowed-answer`` reads it in the words said: a verb of answering
(words.tsv "answering verbs") under "will", "would" or "shall" whose subject is the speaker's
side (a first-person or "it" pronoun, the speaker named again, or the speaker's state, its
government or its forces).

Saying that one's own side was behind an attack ("Al-Shabaab said it was behind the
bombing") claims responsibility for it (CAMEO 015), as claiming the attack does (the
lexicon's statement.claim); the statement rule ``own-attack`` reads it in the words said: "behind" an armed
act (words.tsv "force nouns") on a clause whose subject is the speaker's side. Saying that
another was behind it ("Chile said Peru was behind the bombing") accuses them (112).
"""

from __future__ import annotations

import dataclasses

from ..tables import word_class
from .arguments import same, subject_of
from .by_actor import STATE_SECTORS

THREAT, CLAIM, ACCUSATION = "130", "015", "112"
FORCE_NOUNS = word_class("force nouns")
ANSWERING_VERBS = word_class("answering verbs")
FUTURE_AUX = {"will", "would", "shall", "'ll"}
OWN_PRONOUNS = {"we", "i", "it", "they"}


def _words_said(d, ctx) -> list:
    """The words of a plain statement (010) not yet refined; none for one that is."""
    return [] if d.code != "010" else [ctx.parsed.tokens[i] for i in ctx.parsed.tokens_in(d.quote.start, d.quote.end)]


def vowed_answer(d, env):
    """The ``vowed-answer`` statement rule (see the module)."""
    ctx, _ = env
    parsed = ctx.parsed
    for verb in _words_said(d, ctx):
        if verb.lemma.lower() not in ANSWERING_VERBS or verb.pos != "VERB" or not any(
                c.dep == "aux" and c.text.lower() in FUTURE_AUX for c in parsed.children(verb.i)):
            continue
        if _own_side(ctx, d.speaker, subject_of(parsed, verb)):
            return dataclasses.replace(d, code=THREAT)
    return d


def own_attack(d, env):
    """The ``own-attack`` statement rule (see the module)."""
    ctx, _ = env
    parsed = ctx.parsed
    for behind in _words_said(d, ctx):
        i = behind.i
        if behind.lemma.lower() != "behind" or behind.head == i or not any(
                g.dep == "pobj" and g.lemma.lower() in FORCE_NOUNS for g in parsed.children(i)):
            continue
        subject = subject_of(parsed, parsed.tokens[behind.head])
        if _own_side(ctx, d.speaker, subject):
            return dataclasses.replace(d, code=CLAIM)
        blamed = ctx.index.actors_at(subject) if subject is not None else []
        if blamed and not any(same(a, d.speaker) for a in blamed):
            return dataclasses.replace(d, code=ACCUSATION, target=blamed[0])
    return d


def _own_side(ctx, speaker, subject) -> bool:
    """Is the subject the speaker's side: a first-person or "it" pronoun, the speaker named
    again, or the speaker's state, its government or its forces?"""
    if subject is None:
        return False
    word = ctx.parsed.tokens[subject]
    return word.pos == "PRON" and word.text.lower() in OWN_PRONOUNS or any(
        same(a, speaker) or a.country and a.country == speaker.country
        and (a.kind == "state" or a.sector in STATE_SECTORS) for a in ctx.index.actors_at(subject))


VOW_RULES = (("vowed-answer", "saying one's own side will respond or retaliate threatens (130): \"we will "
                              "respond at a time of our choosing\"", vowed_answer),
             ("own-attack", "saying one's own side was behind an attack claims responsibility for it (015): "
                            "\"said it was behind the bombing\"; saying another was, accuses them (112)",
              own_attack))
