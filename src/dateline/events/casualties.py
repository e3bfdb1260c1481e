"""Acts of force nobody is named doing: the doer of the clause they followed, or a toll.

"Eleven soldiers were killed after militants attacked a camp": the killing is the
militants' (``agent-of-clause``: the subject of an "after", "when" or "as" clause telling
an act of force did the act it caused). "At least eight people were killed", "dozens of
protesters were injured", with no doer named anywhere in the sentence, report the toll of
an act, most often one told in the sentence before (``casualty-count``): no event of its
own, as CAMEO, which codes who did what to whom, has none without its doer. An uncounted
subject ("the mayor was shot"), a doer or an act named ("by army fire", "in a raid") keep it.
What a war, a conflict or unrest did as a whole ("the war has killed thousands and forced
millions from their homes", ``strife-toll``) is its toll too.
"""

from __future__ import annotations

from ..tables import word_class
from .arguments import subject_of
from .background import FORCE_ROOTS, coercive, forceful
from .draft import Context, Draft
from .match import FORCE_NOUNS, PASSIVE_SUBJECT_DEPS, VERB_POS, is_passive

# Words that count people without a number ("dozens of", "several", "many").
COUNT_WORDS = word_class("count words")
# Conjunctions of a clause telling the act another followed from.
CAUSING_MARKS = {"after", "when", "as"}
# Prepositions naming the act a passive happened in ("in a raid", "during the shelling").
ACT_PREPS = {"in", "during"}
# Wars, conflicts and unrest as a whole (words.tsv): "the war has killed thousands".
STRIFE_NOUNS = word_class("strife nouns")


def _agentless_force(d: Draft, ctx: Context) -> bool:
    """A passive act of force (CAMEO 18-20) with nobody named doing it."""
    return not d.sources and forceful(d.match) and d.trigger.pos in VERB_POS and is_passive(ctx.parsed, d.trigger)


def agent_of_clause(d: Draft, ctx: Context) -> Draft:
    if not _agentless_force(d, ctx):
        return d
    parsed = ctx.parsed
    for clause in parsed.children(d.trigger.i):
        marked = any(c.dep in ("mark", "advmod") and c.lemma.lower() in CAUSING_MARKS
                     for c in parsed.children(clause.i))
        if clause.dep != "advcl" or clause.pos not in VERB_POS or is_passive(parsed, clause) or not marked \
                or not any(e.cameo[:2] in FORCE_ROOTS for e in ctx.lexicon.verbs.get(clause.lemma.lower(), ())):
            continue
        found = tuple(a for c in parsed.children(clause.i) if c.dep == "nsubj" for a in ctx.index.actors_at(c.i)
                      if all(a is not t for t in d.targets))
        if found:
            return d.but(sources=found)
    return d


def casualty_count(d: Draft, ctx: Context) -> Draft | None:
    if not _agentless_force(d, ctx):
        return d
    children = ctx.parsed.children(d.trigger.i)
    # "killed by army fire", "killed in an air strike": the act or its doer is named
    if any(c.dep == "agent" or c.dep == "prep" and c.lemma.lower() == "by" for c in children) \
            or any(_an_act(ctx, o) for c in children if c.dep == "prep" and c.lemma.lower() in ACT_PREPS
                   for o in ctx.parsed.children(c.i) if o.dep == "pobj"):
        return d
    subjects = [c for c in children if c.dep in PASSIVE_SUBJECT_DEPS]
    return None if subjects and all(_counted(ctx, s) for s in subjects) else d


def strife_toll(d: Draft, ctx: Context) -> Draft | None:
    if d.sources or not coercive(d.match) or d.trigger.pos not in VERB_POS:
        return d
    subject = subject_of(ctx.parsed, d.trigger)
    return None if subject is not None and ctx.parsed.tokens[subject].lemma.lower() in STRIFE_NOUNS else d


def _an_act(ctx: Context, noun) -> bool:
    """Is the noun an act ("a raid", "clashes") or a weapon, not a place or a time?"""
    lemma = noun.lemma.lower()
    return lemma in FORCE_NOUNS or lemma in ctx.lexicon.nouns


def _counted(ctx: Context, subject) -> bool:
    """Does the subject count people: a number or a count word on it, or it is one
    ("dozens of protesters")?"""
    return subject.lemma.lower() in COUNT_WORDS or any(
        c.dep == "nummod" or c.dep in ("amod", "det") and c.lemma.lower() in COUNT_WORDS
        for c in ctx.parsed.children(subject.i))


CASUALTY_RULES = (
    ("agent-of-clause", "an act of force nobody is named doing, that followed one told in an \"after\", "
                        "\"when\" or \"as\" clause, was done by that clause's subject (\"ten were killed after "
                        "militants attacked the camp\")", agent_of_clause),
    ("casualty-count", "a passive act of force on a count of people nobody is named doing (\"eight people "
                       "were killed\") is a toll, no event", casualty_count),
    ("strife-toll", "what a war, a conflict or unrest did as a whole, nobody named waging it (\"the war has "
                    "killed thousands and forced millions from their homes\"), is its toll, no event", strife_toll),
)
