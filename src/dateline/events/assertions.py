"""Verbs of saying that take a clause, coded by what the clause says.

"Insisted" demands when its clause is a wish ("insisted that the vote go ahead") and only
asserts a fact otherwise ("insisted the tariffs were modest": 010). "Warned" threatens
when its clause is the speaker's own act or their state's ("warned it would retaliate",
"warned that the security forces would act against rioters": aimed at the rioters) and foresees harm
when it is another's ("warned that councils would struggle": a pessimistic comment, 012),
unless the other is to undergo something ("warned that X would face military action": a
threat aimed at X, 138; an army's "warned that X's bases would be hit": the blow the
speaker's side would deal, 138 aimed at X) or the warning sets a condition on another's act ("... if Peru kept
shelling the border": a threat aimed at Peru, 130).
"Agreed" with a that-clause shares a view ("agreed that the budget should pay for
defence": voicing agreement, 019), where "agreed to" with an infinitive commits to an
act (03x). The rule is registered in code_rules as ``assertion``.
"""

from __future__ import annotations

from ..tables import word_class
from .arguments import distinct, same, subject_of
from .by_actor import STATE_FORCES as ARMED_SECTORS, STATE_SECTORS
from .draft import Context, Draft, rule_note
from .match import FORCE_NOUNS, infinitive_complement, party_objects
from .owners import conditional_parties, owners
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
# What one's act will meet or bring ("a firm response", "serious consequences"), and what it
# will be taken for ("an act of war"): words.tsv.
CONSEQUENCE_NOUNS = word_class("consequence nouns")
WAR_NOUNS = word_class("war nouns")
ARMED_WORDS = word_class("armed words")
THREAT_CODE = "130"
AGAINST_PREPS = ("against",)  # whom the speaker's own side would act against
MILITARY_THREAT_CODE = "138"
VICTIM_SECTORS = {"CVL", "REF"}  # those who would face harm, not a party warned
# Verbs that report an attack only by their subject ("a missile hit the school"): passive in an
# armed body's warning ("would be hit"), with no one named, they are the blow the speaker's side
# would deal (the lexicon's other verbs of force are coded so by the state-announced rule).
STRIKE_VERBS = word_class("verbs of force by subject")


def _threat_in(parsed, clause) -> str | None:
    """The threat a warning's clause about another makes, or None (it only foresees harm):
    that the other will face, suffer or pay for something ("would face military action"),
    that something will meet a response or have consequences ("would be met with a firm
    response", "would have serious consequences"), or that an act will be taken for war
    ("would be considered an act of war"). With force (138) when what comes is armed."""
    objects = [c for c in parsed.children(clause.i) if c.dep in ("dobj", "obj", "attr", "oprd")]
    objects += [g for c in parsed.children(clause.i) if c.dep in ("prep", "agent")
                and c.lemma.lower() in ("with", "by", "as") for g in parsed.children(c.i) if g.dep == "pobj"]
    def of_war(o) -> bool:  # "an act of war", "a declaration of war"
        return any(g.lemma.lower() in WAR_NOUNS for p in parsed.children(o.i) if p.lemma.lower() == "of"
                   for g in parsed.children(p.i))
    named = [o for o in objects if clause.lemma.lower() in CONSEQUENCE_VERBS
             or o.lemma.lower() in CONSEQUENCE_NOUNS | WAR_NOUNS or of_war(o)]
    if not named:
        return None
    armed = any(o.lemma.lower() in FORCE_NOUNS | WAR_NOUNS or of_war(o)
                or any(m.dep == "amod" and m.lemma.lower() in ARMED_WORDS for m in parsed.children(o.i))
                for o in named)
    return MILITARY_THREAT_CODE if armed else THREAT_CODE


def _warning(d: Draft, ctx: Context, clause) -> Draft:
    """Warning that another will act foresees harm (012), unless the clause threatens
    (``_threat_in``) or sets a condition on another's act ("... if Chile sends warships"):
    then it is a threat aimed at the other, at whose the act is ("Chile's decision would
    provoke a response"), or at the one whose act is the condition."""
    parsed = ctx.parsed
    subject = subject_of(parsed, clause)
    doer = [a for a in ctx.arguments(subject) if a.kind != "place"]
    thing = next((c for c in parsed.children(clause.i) if c.dep == "nsubjpass"), None)  # what undergoes it
    if not doer:
        # "warned that the army could be used": a state's force, deployed or used, is its instrument
        doer = [a for a in ctx.arguments(thing.i if thing is not None else None) if a.sector in STATE_SECTORS]
    # the speaker's own state in the condition is what is to be defended ("... if Iran's
    # facilities came under attack"), not the one warned
    conditions = [a for a in conditional_parties(ctx, clause.i) or conditional_parties(ctx, d.trigger.i)
                  if not any(same(a, s) or _own_state(a, s) for s in d.sources)]
    if _struck_by_speaker(d, parsed, clause) and thing is not None:
        # "a commander warned that enemy bases would be hit": who says it is who would strike
        struck = ctx.arguments(thing.i) or owners(ctx, thing, clause) or [
            a for c in parsed.children(thing.i) if c.dep in ("compound", "amod", "poss") and c.i < thing.i
            for a in [ctx.index.by_token[c.i]] if a is not None and a.kind == "state"]  # "U.S. bases"
        aimed = [a for a in struck if a.country and all(a.country != s.country for s in d.sources)]
        if aimed:
            return d.but(rule_note("assertion", MILITARY_THREAT_CODE), cameo=MILITARY_THREAT_CODE, plover="",
                         recoded_by="assertion", targets=tuple(distinct(aimed)))
    if any(same(a, s) or _own_state(a, s) for a in doer for s in d.sources):
        # the speaker's own act, or their state's: a threat, as the lexicon codes it ("warned
        # it would respond if the rebels attacked": aimed at the rebels; "the minister warned
        # that Ankara would retaliate"; "... that the security forces would act against rioters")
        against = [a for c in [clause, *(o for o in parsed.children(clause.i) if o.dep in ("dobj", "obj"))]
                   for t in party_objects(parsed, c.i, AGAINST_PREPS) for a in ctx.index.actors_at(t)]
        aimed = conditions or [a for a in against if not any(same(a, s) for s in d.sources)]
        return d.but(targets=tuple(distinct(aimed))) if aimed else d
    # what will come "if X acts" warns X: a threat aimed at X, whatever the clause says; what
    # civilians or refugees would face ("families could face persecution") is harm foreseen
    victims = bool(doer) and all(a.sector in VICTIM_SECTORS for a in doer)
    threat = (None if victims else _threat_in(parsed, clause)) or (THREAT_CODE if conditions else None)
    if threat is None:
        return d.but(rule_note("assertion", PESSIMISTIC_CODE), cameo=PESSIMISTIC_CODE, plover="",
                     recoded_by="assertion")
    owners_of = owners(ctx, parsed.tokens[subject], clause) if subject is not None and not doer else []
    aimed = [a for a in conditions or doer or owners_of
             if not any(same(a, s) for s in d.sources)]
    return d.but(rule_note("assertion", threat), cameo=threat, plover="", recoded_by="assertion",
                 targets=tuple(distinct(aimed)))


def _struck_by_speaker(d: Draft, parsed, clause) -> bool:
    """Does the clause say that something will be struck, by no one named ("would be hit"), in
    the warning of an army, a police or an intelligence body (a finance minister warning that
    farmers would be hit speaks of harm): a blow the speaker's side would deal (to another
    country's side only: see ``_warning``)?"""
    return clause.lemma.lower() in STRIKE_VERBS and not any(c.dep == "agent" for c in parsed.children(clause.i)) \
        and any(s.sector in ARMED_SECTORS for s in d.sources)


def _own_state(doer, speaker) -> bool:
    """Is the doer the state the speaker speaks for (a government or military official of it),
    or a body of it ("the security forces", "the army")?"""
    return (doer.kind == "state" or doer.sector in STATE_SECTORS) and doer.country is not None \
        and doer.country == speaker.country and speaker.sector in STATE_SECTORS


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
        return _warning(d, ctx, clause)
    if code is None:
        return d
    return d.but(rule_note("assertion", code), cameo=code, plover="", recoded_by="assertion")
