"""Whom a claimed attack was aimed at: the target of the armed act the story told before.

"Gunmen attacked a police post in the north on Monday ... The group claimed responsibility
for the attack": the claim (CAMEO 015, coding rule ``claimed``) names no target, but the
attack it claims ("the attack", "the bombing", "the ambush": a definite noun of an armed act)
is the one the story told, and its target is the claim's. Registered in code_rules as
``claimed-act-told``.
"""

from __future__ import annotations

from .arguments import same
from .background import FORCE_ROOTS
from .draft import Context, Draft
from .match import FORCE_NOUNS

RESPONSIBILITY_CODE = "015"
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
