"""Whom a claimed attack was aimed at: its victims named on it ("claimed the ambush of a Chilean
patrol", over the place it happened), else the target of the armed act the story told before.

"Gunmen attacked a police post in the north on Monday ... The group claimed responsibility
for the attack": the claim (CAMEO 015, coding rule ``claimed``) names no target, but the
attack it claims ("the attack", "the bombing", "the ambush": a definite noun of an armed act)
is the one the story told, and its target is the claim's. Registered in code_rules as
``claimed-act-told``.

A state's act no one is named doing ("22 people had been detained", "the ambassador had been
summoned", "troops were deployed"), reported by a body of the state ("police said", "a
government spokesman said"), is that body's own: ``authority-report``.

A charge of abusing people by an accusing verb ("accused the police of torturing
detainees") is a charge of human rights abuses (1122): ``abuse-charge``. A report that it
was done ("said soldiers had shot dead eight protesters") stays a plain charge (112).
"""

from __future__ import annotations

from .arguments import distinct, same, subject_of
from .background import FORCE_ROOTS
from .domestic import state_body
from .draft import Context, Draft, rule_note
from .match import FORCE_NOUNS, best_match, party_objects
from .status import claiming_verb

RESPONSIBILITY_CODE = "015"
CLAIM_CODE, ABUSE_CODE = "112", "1122"
# Acts that abuse people whoever the victims: abduction, assault and torture, repression, mass violence.
ABUSE_CODES = ("181", "182", "175", "20")
# Victims whom force used on by a state body abuses: civilians, opponents, refugees and migrants, reporters.
VICTIM_SECTORS = {"CVL", "OPP", "REF", "MED", "HRI", "EDU", "LAB"}
CHARGE_PREPS = {"of", "for"}
# The acts only a state does, whoever the text names: an official complaint (114, "the
# ambassador was summoned"), a show of force (15), cut relations (16), coercion (17).
STATE_ACT_CODES = ("114", "15", "16", "17")
# Prepositions naming the victims of an armed act ("the ambush of X", "a raid on X").
VICTIM_PREPS = ("of", "on", "against", "at")
# Determiners of an act already told ("the attack", "its bombing", "this ambush").
TOLD_DETERMINERS = {"the", "this", "that", "these", "those", "its", "their"}


def claimed_act_told(d: Draft, ctx: Context) -> Draft:
    """The ``claimed-act-told`` coding rule (see the module)."""
    if d.cameo != RESPONSIBILITY_CODE:
        return d
    parsed = ctx.parsed
    # the victims named on the claimed act itself ("the ambush of a Chilean patrol"), over a place
    victims = [a for i in parsed.subtree(d.trigger.i) if _armed_noun(ctx, i)
               for p in party_objects(parsed, i, VICTIM_PREPS)
               for a in ctx.index.actors_at(p) if a.country and not any(same(a, s) for s in d.sources)]
    if victims:
        return d.but(targets=tuple(distinct(victims)))
    if d.targets or not any(_told_armed_act(ctx, i) for i in parsed.subtree(d.trigger.i)):
        return d
    told = next((e for e in ctx.told_before(d.trigger.sent) if e.cameo.root in FORCE_ROOTS and e.target), None)
    targets = tuple(a for a in (told.target if told else ()) if not any(same(a, s) for s in d.sources))
    return d.but(targets=targets) if targets else d


def _armed_noun(ctx: Context, i: int) -> bool:
    """Is token ``i`` a noun of an armed act ("attack", "bombing", "ambush")?"""
    tok = ctx.parsed.tokens[i]
    lemma = tok.lemma.lower()
    return tok.pos == "NOUN" and (lemma in FORCE_NOUNS
                                  or any(e.cameo[:2] in FORCE_ROOTS for e in ctx.lexicon.nouns.get(lemma, ())))


def _told_armed_act(ctx: Context, i: int) -> bool:
    """Is token ``i`` a definite noun of an armed act ("the attack", "the bombing")?"""
    return _armed_noun(ctx, i) and any(c.dep in ("det", "poss") and c.lemma.lower() in TOLD_DETERMINERS
                                       for c in ctx.parsed.children(i))


def authority_report(d: Draft, ctx: Context) -> Draft:
    """The ``authority-report`` coding rule: "police said 22 people had been detained", a
    state's act (arrests, bans, curfews; a summoned ambassador, troops deployed, flights
    suspended) no one is named doing, reported by a body of the state, is that body's own."""
    if d.sources or not d.cameo.startswith(STATE_ACT_CODES):
        return d
    verb = claiming_verb(ctx.parsed, d.trigger)
    speakers = distinct(ctx.arguments(subject_of(ctx.parsed, verb))) if verb is not None else []
    if not speakers or not all(a.country and state_body(a) for a in speakers):
        return d
    return d.but(sources=tuple(speakers))


def abuse_charge(d: Draft, ctx: Context) -> Draft:
    """The ``abuse-charge`` coding rule: a charge (112) of abusing people is a charge of
    human rights abuses (CAMEO 1122): "accused the police of torturing detainees". The act
    charged is an abduction, assault or torture, repression or mass violence (181, 182, 175,
    20x), or force a state body used on civilians, protesters or migrants (18x, 19x)."""
    # a report that someone did it ("said soldiers had shot dead eight people") charges no abuse by name
    if d.cameo != CLAIM_CODE or d.recoded_by == "claimed":
        return d
    charged = _charged_act(ctx, d)
    if charged is None:
        return d
    code, victim_tokens = charged
    victims = [a for t in victim_tokens for a in ctx.index.actors_at(t)]
    on_people = any(a.sector in VICTIM_SECTORS for a in victims) and any(state_body(a) for a in d.targets)
    if not code.startswith(ABUSE_CODES) and not (code[:2] in FORCE_ROOTS and on_people):
        return d
    return d.but(rule_note("abuse-charge", ABUSE_CODE), cameo=ABUSE_CODE)


def _charged_act(ctx: Context, d: Draft) -> tuple[str, list[int]] | None:
    """The code and victims of the act an accusation charges: the "-ing" verb of its "of"
    or "for" phrase ("accused X of torturing Y"; parsers also read "of abusing civilians" as
    a noun with a modifier), as the lexicon codes it."""
    parsed = ctx.parsed
    holders = [d.trigger] + [c for c in parsed.children(d.trigger.i) if c.dep in ("dobj", "obj")]
    for prep in (c for h in holders for c in parsed.children(h.i) if c.dep == "prep"
                 and c.lemma.lower() in CHARGE_PREPS):
        for word in parsed.children(prep.i):
            if word.dep == "pcomp" and word.pos == "VERB":
                found = best_match(parsed, word, ctx.lexicon.candidates(parsed, word))
                if found is None:
                    return None
                # "opening fire on marchers": whom the act names, or the objects of its phrases
                named = found.target_tokens or [t for t in parsed.subtree(word.i) if parsed.tokens[t].dep == "pobj"]
                return found.cameo or found.entry.cameo, named
            verb = next((c for c in parsed.children(word.i) if c.dep == "amod" and c.tag == "VBG"), None)
            if word.dep == "pobj" and verb is not None:
                entries = ctx.lexicon.candidates(parsed, verb)
                return (entries[0].cameo, [word.i]) if entries else None
    return None


def to_blame(d: Draft, ctx: Context) -> Draft:
    """The ``to-blame`` coding rule: in "X is to blame", X is the one blamed, by whoever says so."""
    parsed, trigger = ctx.parsed, d.trigger
    if trigger.lemma.lower() != "blame" or trigger.dep != "xcomp" or trigger.head == trigger.i \
            or parsed.tokens[trigger.head].lemma.lower() != "be":
        return d
    copula = parsed.tokens[trigger.head]
    verb = claiming_verb(parsed, copula)
    speakers = tuple(distinct(ctx.arguments(subject_of(parsed, verb)))) if verb is not None else ()
    return d.but(rule_note("to-blame"), sources=speakers, targets=d.sources)
