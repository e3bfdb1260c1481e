"""What one will not rule out: an option kept open, not an act done or refused.

"Turkey would not rule out using force against X" reports no use of force and no
refusal: it keeps force open, which CAMEO codes as a threat (138, or the act's own 13x
threat: "did not rule out sanctions" is 1312). A cooperative option kept open ("did not
rule out a meeting with X") is a policy option considered (014). The act is the one
under a negated "rule out" or "exclude" (its object or complement), or the "rule out"
itself when the lexicon codes ruling out as a rejection (125: ruling out talks).
"""

from __future__ import annotations

from ..nlp import Parsed, Token
from .background import GENERIC_THREAT
from .codes import THREAT_ROOT, cameo_info, intent_code
from .draft import Context, Draft, rule_note
from .status import NEGATIONS, status_of

# Verbs of excluding an option, with the particle the verb needs ("rule out").
EXCLUDING_VERBS = {"rule": "out", "exclude": ""}
OPTION_DEPS = {"dobj", "obj", "xcomp", "pcomp", "ccomp"}
CONSIDER_CODE = "014"
# Statuses the excluding verb's negation and modal give it ("would not rule out", "will not
# exclude"): the option is kept open now, which is the act.
OPEN_NOW = {"negated", "hypothetical", "future"}
REJECT_TYPE = "REJECT"


def excluding_verb(parsed: Parsed, tok: Token) -> bool:
    """Is ``tok`` "rule (out)" or "exclude", negated ("did not rule out")?"""
    particle = EXCLUDING_VERBS.get(tok.lemma.lower())
    if particle is None:
        return False
    children = parsed.children(tok.i)
    if particle and not any(c.dep == "prt" and c.lemma.lower() == particle for c in children):
        return False
    return any(c.dep == "neg" or c.dep == "advmod" and c.lemma.lower() in NEGATIONS for c in children)


def not_ruled_out(d: Draft, ctx: Context) -> Draft:
    """The ``not-ruled-out`` coding rule (registered in code_rules, before ``refused``)."""
    parsed, trigger = ctx.parsed, d.trigger
    if d.recoded_by:
        return d
    if d.plover == REJECT_TYPE and excluding_verb(parsed, trigger):
        verb, code = trigger, CONSIDER_CODE  # "did not rule out talks"
    elif trigger.dep in OPTION_DEPS and trigger.head != trigger.i \
            and excluding_verb(parsed, parsed.tokens[trigger.head]):
        verb = parsed.tokens[trigger.head]
        threat = ctx.intents.get(d.plover, ("", ""))[0]
        hostile = cameo_info(d.cameo).quad_class in (3, 4)
        code = intent_code(d.cameo, threat) if threat.startswith(THREAT_ROOT) else (
            GENERIC_THREAT if hostile else CONSIDER_CODE)
    else:
        return d
    status = tuple(s for s in status_of(parsed, verb) if s not in OPEN_NOW)
    plover = "THREATEN" if code.startswith(THREAT_ROOT) else ""
    return d.but(rule_note("not-ruled-out", code), cameo=code, plover=plover, trigger=verb,
                 recoded_by="not-ruled-out", status=status)
