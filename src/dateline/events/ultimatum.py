"""Threats with a condition to meet: ultimatums.

CAMEO gives an ultimatum its own code (139): a threat made to force the other side to do
something, with what happens if it does not. News writes the condition as a clause on the
threat or on the act threatened: "threatened to kill the hostages unless Tokyo withdrew its
troops". The coding rule
``ultimatum`` recodes a threat that names no codable act (130: "threatened to burn them
alive") whose threatening verb, or the act it threatens, has such a clause, opened by
"unless". A threat of a codable act keeps its own code, as coders give it ("threatened to
impose sanctions unless ...": 1312), and so does a threat with a plain condition ("if the
talks fail"). A threat that names no target is aimed at the one who must comply, the
clause's subject.
"""

from __future__ import annotations

from ..nlp import Parsed, Token
from .arguments import distinct, subject_of
from .draft import Context, Draft, rule_note

ULTIMATUM_CODE = "139"
GENERIC_THREAT = "130"
CONDITION_DEPS = {"advcl"}
THREATENED_DEPS = {"xcomp", "ccomp"}  # "threatened to kill them", "warned it would strike"


def ultimatum(d: Draft, ctx: Context) -> Draft:
    """The ``ultimatum`` coding rule (see the module)."""
    if d.cameo != GENERIC_THREAT or d.trigger is None:
        return d
    parsed = ctx.parsed
    # the clause hangs on the threatening verb or on the act threatened, whichever is the trigger
    verbs = [d.trigger] + [c for c in parsed.children(d.trigger.i) if c.dep in THREATENED_DEPS]
    if d.trigger.head != d.trigger.i and d.trigger.dep in THREATENED_DEPS:
        verbs.append(parsed.tokens[d.trigger.head])
    condition = next((c for v in verbs for c in parsed.children(v.i) if _demanding_condition(parsed, c)), None)
    if condition is None:
        return d
    # the ultimatum is given to the one who must comply, when the threat names no one else
    targets = d.targets or tuple(distinct(ctx.arguments(subject_of(parsed, condition))))
    return d.but(rule_note("ultimatum", ULTIMATUM_CODE), cameo=ULTIMATUM_CODE, plover="THREATEN",
                 targets=targets)


def _demanding_condition(parsed: Parsed, clause: Token) -> bool:
    """Is the clause a condition the other side must meet ("unless X withdraws")?"""
    if clause.dep not in CONDITION_DEPS:
        return False
    marks = {c.lemma.lower() for c in parsed.children(clause.i) if c.dep == "mark"}
    return "unless" in marks
