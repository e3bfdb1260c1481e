"""What a speaker says another must do: a demand, not the act.

"Chile said Peru must withdraw its troops" reports no withdrawal: it reports Chile's
demand that Peru withdraw. An act under a modal of obligation ("must", "should",
"ought to") in the content clause of a verb of saying, done by someone other than the
speaker, is coded as the speaker's demand on the doer: CAMEO 10x, whose third digit is
the act's intent's (demands, appeals and intents share it: withdrawing is 035, so
demanding it is 105), or 100 when the act has no 03x intent. The demand was made: its
status is the verb of saying's. "We must act", said of oneself, stays with the act.
"""

from __future__ import annotations

from .arguments import distinct, same, subject_of
from .codes import INTENT_ROOT, cameo_info
from .draft import Context, Draft, rule_note
from .match import VERB_POS
from .status import claiming_verb, status_of

OBLIGATION_MODALS = {"must", "should", "ought"}
# How an act hangs on the clause that carries the modal: "must be ready to mediate".
RAISING_DEPS = {"xcomp", "acomp"}
DEMAND_CODE = "100"
DEMAND_ROOT = "10"


def obliged(d: Draft, ctx: Context) -> Draft:
    """The ``obliged`` coding rule (registered in code_rules, before ``claimed``)."""
    parsed = ctx.parsed
    if d.recoded_by or not d.sources or d.trigger.pos not in VERB_POS:
        return d
    clause = d.trigger  # "must be ready to mediate": the modal is on the clause the act is raised from
    for _ in range(3):
        if clause.dep not in RAISING_DEPS or clause.head == clause.i:
            break
        clause = parsed.tokens[clause.head]
    if not any(c.dep == "aux" and c.lemma.lower() in OBLIGATION_MODALS
               for t in {d.trigger.i, clause.i} for c in parsed.children(t)):
        return d
    verb = claiming_verb(parsed, clause)
    if verb is None:
        return d
    speakers = tuple(distinct(ctx.arguments(subject_of(parsed, verb))))
    if not speakers or any(same(s, a) for s in speakers for a in d.sources):
        return d
    intent = ctx.intents.get(d.plover, ("", ""))[0]
    code = DEMAND_ROOT + intent[2] if intent.startswith(INTENT_ROOT) else DEMAND_CODE
    return d.but(rule_note("obliged", code), sources=speakers, targets=d.sources, cameo=code,
                 plover=cameo_info(code).plover_type or "", trigger=verb, recoded_by="obliged",
                 status=tuple(status_of(parsed, verb)))
