"""Whom a claimed attack was aimed at: the target of the armed act the story told before.

"Gunmen attacked a police post in the north on Monday ... The group claimed responsibility
for the attack": the claim (CAMEO 015, coding rule ``claimed``) names no target, but the
attack it claims ("the attack", "the bombing", "the ambush": a definite noun of an armed act)
is the one the story told, and its target is the claim's. Registered in code_rules as
``claimed-act-told``.

A state's act no one is named doing ("22 people had been detained", "the ambassador had been
summoned", "troops were deployed"), reported by a body of the state ("police said", "a
government spokesman said"), is that body's own: ``authority-report``.
"""

from __future__ import annotations

from .arguments import distinct, same, subject_of
from .background import FORCE_ROOTS
from .domestic import state_body
from .draft import Context, Draft
from .match import FORCE_NOUNS
from .status import claiming_verb

RESPONSIBILITY_CODE = "015"
# The acts only a state does, whoever the text names: an official complaint (114, "the
# ambassador was summoned"), a show of force (15), cut relations (16), coercion (17).
STATE_ACT_CODES = ("114", "15", "16", "17")
# Determiners of an act already told ("the attack", "its bombing", "this ambush").
TOLD_DETERMINERS = {"the", "this", "that", "these", "those", "its", "their"}


def claimed_act_told(d: Draft, ctx: Context) -> Draft:
    """The ``claimed-act-told`` coding rule (see the module)."""
    if d.targets or d.cameo != RESPONSIBILITY_CODE:
        return d
    parsed = ctx.parsed
    if not any(_told_armed_act(ctx, i) for i in parsed.subtree(d.trigger.i)):
        return d
    told = next((e for e in ctx.told_before(d.trigger.sent) if e.cameo.root in FORCE_ROOTS and e.target), None)
    targets = tuple(a for a in (told.target if told else ()) if not any(same(a, s) for s in d.sources))
    return d.but(targets=targets) if targets else d


def _told_armed_act(ctx: Context, i: int) -> bool:
    """Is token ``i`` a definite noun of an armed act ("the attack", "the bombing")?"""
    tok = ctx.parsed.tokens[i]
    if tok.pos != "NOUN":
        return False
    lemma = tok.lemma.lower()
    armed = lemma in FORCE_NOUNS or any(e.cameo[:2] in FORCE_ROOTS for e in ctx.lexicon.nouns.get(lemma, ()))
    return armed and any(c.dep in ("det", "poss") and c.lemma.lower() in TOLD_DETERMINERS
                         for c in ctx.parsed.children(i))


def authority_report(d: Draft, ctx: Context) -> Draft:
    """The ``authority-report`` coding rule: "police said 22 people had been detained", a
    state's act (arrests, bans, curfews; a summoned ambassador, troops deployed, flights
    suspended) no one is named doing, reported by a body of the state, is that body's own."""
    if d.sources or not d.cameo.startswith(STATE_ACT_CODES):
        return d
    verb = claiming_verb(ctx.parsed, d.trigger)
    speakers = distinct(ctx.arguments(subject_of(ctx.parsed, verb))) if verb is not None else []
    if not speakers or not all(a.country and state_body(a) for a in speakers):
        return d
    return d.but(sources=tuple(speakers))
