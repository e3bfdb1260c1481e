"""Acts of authority read from their clause: orders to leave, measures aimed at someone.

A state or body that orders someone out of its territory expels them.

"Mali ordered the French ambassador to leave the country" is an expulsion of a diplomat
(166), not a demand (100); "ordered the regional force to leave" expels peacekeepers
(1661), "told foreign journalists to leave" deports them (174). The code is the one the
lexicon gives to expelling the same object (its rows for "expel"), so the two ways of
saying it never disagree; an object none of them names is an envoy's or a state's (166).
Only a foreign party is ordered out: a general ordering his own troops to leave a town
orders a withdrawal, and the demand stays a demand.

A measure "targeting" or "aimed at" someone (a law, sanctions, a ban) is its noun or the
object of the clause it trails (:func:`aiming_measure`; the coding rule policy-aimed).
"""

from __future__ import annotations

from ..nlp import Parsed, Token
from ..tables import word_class
from .draft import Context, Draft
from .match import VERB_POS

# Verbs of ordering whose object is told to go (words.tsv).
ORDER_VERBS = word_class("order verbs")
LEAVE_VERBS = word_class("leave verbs")
EXPEL_LEMMA = "expel"
POLICY_NOUNS = word_class("policy nouns")
# What expelling someone no row names is: expelling an envoy or a state's staff.
DEFAULT_EXPULSION = "166"
# Bodies above or across states: ordered out wherever they are.
ABOVE_STATES = {"IGO", "NGO"}


def expulsion_code(ctx: Context, d: Draft) -> str | None:
    """The CAMEO code of the expulsion an order to leave is, or None when the draft is
    no such order (no ordering verb, no "to leave" clause, nobody ordered out)."""
    parsed, trigger = ctx.parsed, d.trigger
    if d.plover != "REQUEST" or trigger.pos not in VERB_POS or trigger.lemma.lower() not in ORDER_VERBS \
            or not d.sources or not d.targets or not _foreign(d):
        return None
    children = parsed.children(trigger.i)
    if not any(c.dep in ("xcomp", "ccomp", "advcl") and c.lemma.lower() in LEAVE_VERBS for c in children):
        return None
    ordered = next((c for c in children if c.dep in ("dobj", "obj")), None)
    if ordered is None:
        return None
    lemma = ordered.lemma.lower()
    return next((e.cameo for e in ctx.lexicon.verbs.get(EXPEL_LEMMA, [])
                 if any(lemma == o or o.endswith(f"-{lemma}") for o in e.objects)), DEFAULT_EXPULSION)


def _foreign(d: Draft) -> bool:
    """Is everyone ordered of another country than the one ordering, or a body above or
    across states (the UN, aid agencies)?"""
    home = {a.country for a in d.sources}
    return None not in home and all(a.country and a.country not in home or a.sector in ABOVE_STATES
                                    for a in d.targets)


def aiming_measure(parsed: Parsed, trigger: Token) -> Token | None:
    """The measure a participle says is aimed: its noun ("a law targeting X"), or the
    object of the clause it trails ("announced sanctions on Y, targeting its banks")."""
    head = parsed.tokens[trigger.head]
    if trigger.dep in ("acl", "relcl"):
        return head if head.lemma.lower() in POLICY_NOUNS else None
    if trigger.dep != "advcl" or trigger.tag != "VBG" or head.pos not in VERB_POS:
        return None
    return next((o for o in parsed.children(head.i) if o.dep in ("dobj", "obj") and any(
        parsed.tokens[i].lemma.lower() in POLICY_NOUNS for i in parsed.subtree(o.i))), None)
