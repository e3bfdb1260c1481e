"""Acts left open: what a noun of chance or risk is "of", what an open question asks.

"The chances of signing a treaty were low" and "declined to say whether the army had
fired" report no signing and no firing: both are hypothetical (see ``status``). An option
weighed ("weighing whether to send troops", "considering the possibility of sending
troops") is not left open: it is the option a consider verb weighs (CAMEO 014).
"""

from __future__ import annotations

from ..nlp import Parsed, Token
from ..tables import word_class

# Nouns of chance or risk (words.tsv), and verbs that weigh an option.
POSSIBILITY_NOUNS = word_class("possibility nouns")
CONSIDER_VERBS = word_class("consider verbs")


def asked_whether(parsed: Parsed, clause: Token) -> bool:
    """Is the clause an open question ("asked whether Ankara would ratify", "comment on
    whether the government was considering"), not an option weighed?"""
    if clause.head == clause.i or not any(c.dep == "mark" and c.lemma.lower() == "whether"
                                          for c in parsed.children(clause.i)):
        return False
    return parsed.tokens[clause.head].lemma.lower() not in CONSIDER_VERBS


def possible(parsed: Parsed, trigger: Token) -> bool:
    """Is the act only a possibility: what a noun of chance or risk is "of" ("the chances
    of signing a treaty were low", "the risk of a clash")?"""
    if trigger.dep not in ("pcomp", "pobj") or trigger.head == trigger.i:
        return False
    prep = parsed.tokens[trigger.head]
    if prep.lemma.lower() != "of" or prep.head == prep.i:
        return False
    noun = parsed.tokens[prep.head]
    weighed = noun.head != noun.i and parsed.tokens[noun.head].lemma.lower() in CONSIDER_VERBS
    return noun.lemma.lower() in POSSIBILITY_NOUNS and not weighed
