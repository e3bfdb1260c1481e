"""Verbs of saying that take a clause, coded by what the clause says.

"Insisted" demands when its clause is a wish ("insisted that the vote go ahead") and only
asserts a fact otherwise ("insisted the tariffs were modest": 010). "Warned" threatens
when its clause is the speaker's own act ("warned it would retaliate") and foresees harm
when it is another's ("warned that councils would struggle": a pessimistic comment, 012),
unless the other is to undergo something ("warned that X would face military action": a
threat aimed at X, 138).
"Agreed" with a that-clause shares a view ("agreed that the budget should pay for
defence": voicing agreement, 019), where "agreed to" with an infinitive commits to an
act (03x). The rule is registered in code_rules as ``assertion``.
"""

from __future__ import annotations

from ..tables import word_class
from .arguments import same, subject_of
from .draft import Context, Draft, rule_note
from .match import infinitive_complement
from .status import is_wished

STATEMENT_CODE = "010"
PESSIMISTIC_CODE = "012"
ACCORD_CODE = "019"
DEMANDING_CLAUSE_VERBS = word_class("clause verbs of demand")
WARNING_CLAUSE_VERBS = word_class("clause verbs of warning")
ACCORD_CLAUSE_VERBS = word_class("clause verbs of accord")
CLAUSE_VERBS = DEMANDING_CLAUSE_VERBS | WARNING_CLAUSE_VERBS | ACCORD_CLAUSE_VERBS
# Verbs of undergoing what another does to one ("would face action", "will pay a price"):
# warning that another will undergo it is a threat; armed words make it one of force.
CONSEQUENCE_VERBS = word_class("consequence verbs")
FORCE_NOUNS = word_class("force nouns")
ARMED_WORDS = word_class("armed words")
THREAT_CODE = "130"
MILITARY_THREAT_CODE = "138"


def _threat_of(parsed, clause) -> str:
    """A warning that another will face, suffer or pay for something threatens it: with
    force when what it will face is armed (138), else in general (130)."""
    faced = [c for c in parsed.children(clause.i) if c.dep in ("dobj", "obj")]
    armed = any(parsed.tokens[f.i].lemma.lower() in FORCE_NOUNS
                or any(m.dep == "amod" and m.lemma.lower() in ARMED_WORDS for m in parsed.children(f.i))
                for f in faced)
    return MILITARY_THREAT_CODE if armed else THREAT_CODE


def assertion(d: Draft, ctx: Context) -> Draft:
    """The ``assertion`` coding rule (see the module)."""
    lemma, parsed = d.trigger.lemma.lower(), ctx.parsed
    accord = lemma in ACCORD_CLAUSE_VERBS
    if d.recoded_by or d.targets and not accord or not d.entry.needs_complement or lemma not in CLAUSE_VERBS:
        return d
    clause = infinitive_complement(parsed, d.trigger.i)
    if clause is None or clause.dep != "ccomp":
        return d
    if accord:
        code = ACCORD_CODE  # the sides voice the view they share; who they are stays
    elif lemma in DEMANDING_CLAUSE_VERBS:
        code = None if is_wished(parsed, clause) else STATEMENT_CODE
    else:
        doer = ctx.arguments(subject_of(parsed, clause))
        code = None if any(same(a, s) for a in doer for s in d.sources) else PESSIMISTIC_CODE
        if code and clause.lemma.lower() in CONSEQUENCE_VERBS and doer:
            # "warned that X would face military action": a threat aimed at X
            threat = _threat_of(parsed, clause)
            return d.but(rule_note("assertion", threat), cameo=threat, plover="", recoded_by="assertion",
                         targets=tuple(doer))
    if code is None:
        return d
    return d.but(rule_note("assertion", code), cameo=code, plover="", recoded_by="assertion")
