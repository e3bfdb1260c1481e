"""Verbs that report an act only for some doers: the subject decides.

"A missile hit the school" is an attack, "the storm hit the coast" is not; "troops left
the city" is a withdrawal, "the minister left Paris" is not; "troops arrived in X" is a
deployment, "the minister arrived in X" a visit; "thousands marched through the capital"
is a demonstration, "stocks rallied" is not. Each function reads one sentence's matches
and says which to drop or replace; the selection rules of :mod:`selection` apply them.
"""

from __future__ import annotations

from functools import lru_cache

from ..nlp import Parsed
from ..tables import word_class
from .arguments import subject_of
from .background import FORCE_ROOTS
from .index import Lexicon
from .match import Match, best_match, joined_names, loads, party_objects

# Verbs that report force only when a weapon, an armed act or armed men hit (words.tsv).
SUBJECT_FORCE_VERBS = word_class("verbs of force by subject")
ARMED_NOUNS = word_class("armed nouns") | word_class("force nouns")
# Verbs that report a military withdrawal only when armed men leave (words.tsv), and
# the lexicon mode of a withdrawal.
SUBJECT_WITHDRAWAL_VERBS = word_class("verbs of withdrawal by subject")
ARMED_MEN = word_class("armed men")
WITHDRAW_MODE = "withdraw"
# Those whose arrival somewhere is a deployment, not a visit (042).
ARRIVING_FORCES = ARMED_MEN | {"police"}
VISIT_CODE = "042"
MOBILIZE, AID = "MOBILIZE", "AID"
# The arriving entries (arrive.v1) and what humanitarian aid sends (the lexicon's "send" entries of 073).
ARRIVAL_ENTRY = "arrive.v1"
SENDING_VERB, HUMANITARIAN_AID = "send", "073"
PROTEST = "PROTEST"
GATHERING_VERBS = word_class("gathering verbs")
# Who gathers to protest: a crowd, a number of people, people of a walk of life (words.tsv).
GATHERING_SUBJECTS = word_class("crowd words") | word_class("gathering subjects")


def _brings_aid(parsed: Parsed, verb: int, lexicon: Lexicon) -> bool:
    """Is the one arriving aid workers or a craft carrying aid ("a team of doctors", "planes
    carrying ventilators"): what the lexicon's humanitarian aid sends?"""
    subject = subject_of(parsed, parsed.tokens[verb])
    if subject is None:
        return False
    sent = _aid_sent(lexicon)
    words = [subject] + party_objects(parsed, subject, ("of",)) + loads(parsed, subject)
    return any(parsed.tokens[w].lemma.lower() in sent or not joined_names(parsed, parsed.tokens[w]).isdisjoint(sent)
               for w in words)


@lru_cache(maxsize=4)
def _aid_sent(lexicon: Lexicon) -> frozenset[str]:
    """What the lexicon's humanitarian aid sends (its "send" entries of 073), read once a lexicon."""
    return frozenset(o for e in lexicon.verbs.get(SENDING_VERB, ()) if e.cameo == HUMANITARIAN_AID for o in e.objects)


def _subject_lemma(parsed: Parsed, verb: int) -> str | None:
    subject = subject_of(parsed, parsed.tokens[verb])
    return None if subject is None else parsed.tokens[subject].lemma.lower()


def unarmed_force(parsed: Parsed, matches: dict[int, Match]) -> list[int]:
    """Verbs of hitting whose subject is no weapon, armed act or armed men."""
    out = []
    for i, m in matches.items():
        # (a phrasal one is a party's act: "hit back at the rebels")
        if parsed.tokens[i].lemma.lower() in SUBJECT_FORCE_VERBS and m.entry.cameo[:2] in FORCE_ROOTS \
                and not m.entry.particles:
            subject = next((c for c in parsed.children(i) if c.dep in ("nsubj", "csubj")), None)
            # a war or a crisis that "hit" trust or the economy is a figure of speech
            if subject is None or subject.lemma.lower() not in ARMED_NOUNS:
                out.append(i)
    return out


def not_a_crowd(parsed: Parsed, matches: dict[int, Match]) -> list[int]:
    """Bare verbs of gathering whose subject is no crowd, or whose purpose clause is coded."""
    out = []
    for i, m in matches.items():
        entry = m.entry
        if entry.plover != PROTEST or entry.objects or entry.target_preps or entry.required_groups() \
                or parsed.tokens[i].lemma.lower() not in GATHERING_VERBS:
            continue
        purpose = any(c.i in matches for c in parsed.children(i) if c.dep in ("xcomp", "advcl"))
        if purpose or _subject_lemma(parsed, i) not in GATHERING_SUBJECTS:
            out.append(i)
    return out


def unarmed_withdrawal(parsed: Parsed, matches: dict[int, Match]) -> list[int]:
    """Verbs of leaving coded as a withdrawal whose subject is no armed men."""
    return [i for i, m in matches.items() if parsed.tokens[i].lemma.lower() in SUBJECT_WITHDRAWAL_VERBS
            and m.entry.mode == WITHDRAW_MODE and _subject_lemma(parsed, i) not in ARMED_MEN]


def armed_arrivals(parsed: Parsed, matches: dict[int, Match], lexicon: Lexicon) -> dict[int, Match]:
    """Visits whose subject is armed men, as the trigger's deploying entry matches them;
    arrivals of aid workers or of craft carrying aid, as its aid entry does."""
    out = {}
    for i, m in matches.items():
        arriving = m.entry.cameo == VISIT_CODE or m.entry.plover == MOBILIZE and m.entry.id.endswith(ARRIVAL_ENTRY)
        if not arriving:
            continue
        if _brings_aid(parsed, i, lexicon):
            kind = AID
        elif m.entry.cameo == VISIT_CODE and _subject_lemma(parsed, i) in ARRIVING_FORCES:
            kind = MOBILIZE
        else:
            continue
        # the trigger's entry of the same pattern that deploys or delivers (words of arriving: lexicon)
        twins = [e for e in lexicon.candidates(parsed, parsed.tokens[i]) if e.plover == kind]
        found = best_match(parsed, parsed.tokens[i], twins) if twins else None
        if found is not None:
            out[i] = found
    return out
