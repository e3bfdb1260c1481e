"""What was done: the rules that turn a matched act into the code it is reported as.

A charge of force made by a speaker is an accusation; an act under "considering" is
considering a policy (014); under "threatened to" a threat; refused, a rejection; a
crowd destroying property, a riot (the rules that read who did it to whom are in
by_actor.py); an announced act, an intention. :data:`CODING` runs after the arguments are
known; each rule is named and has a regression test.
"""

from __future__ import annotations

from ..nlp import Parsed, Token
from ..records import Actor
from ..rules import RuleSet
from .arguments import distinct, same, subject_of
from .background import GENERIC_THREAT, gathering_purpose
from .codes import STATEMENT_ROOT, THREAT_ROOT, cameo_info, intent_code
from .draft import Context, Draft, rule_note
from .assertions import assertion
from .claims import abuse_charge, authority_report, claimed_act_told, to_blame
from .comments import no_comment
from .by_actor import (ARMED_SECTORS, arms_supply, assassination, crowd, hackers, labour_strike,
                       mass_killing, own_forces, repression, weapon_subject)
from .helping import protection_targets
from .owners import border_states
from .obliged import obliged
from .options import not_ruled_out
from .orders import aiming_measure, expulsion_code
from .match import VERB_POS, party_objects, verb_and_objects
from .statements import other_side
from .ultimatum import ultimatum
from .status import (ADMISSION_VERBS, IMAGINED, SPEAKING_VERBS, announcing_verb, claiming_verb, imagined_clause,
                     is_considered, is_intended, is_refused, threatening_verb, status_of)
from ..tables import word_class

CONSIDER_CODE = "014"
# Acts a speaker only imagines or foresees another doing: no charge of a done act.
NOT_YET_DONE = IMAGINED | {"future"}
CLAIM_CODE = "112"
RESPONSIBILITY_CODE = "015"
DENIAL_CODE = "016"
RESPONSIBILITY_VERBS = word_class("responsibility verbs")
ARMED_GROUPS = {"REB", "INS", "UAF", "SEP"}  # armed groups that are no state
CLAIMED_ATTACKS = {"180", "181", "182", "183", "184", "185", "186", "190", "193", "194", "195"}
MATERIAL_CONFLICT, MATERIAL_COOPERATION = 4, 2
SANCTION_CODE = "163"
# Codes whose clause says whom they are about or whom they ask: statements, appeals and
# demands ("demanded that the government resign": the government).
CLAUSE_ROOTS = {STATEMENT_ROOT, "02", "10"}
PLACE_KIND = "place"  # a city or region named as where, not who
CRITICIZE_CODE = "111"
VERBAL_ATTACK_VERBS = word_class("verbal attack verbs")
# Of those, the ones that launch an attack: criticism only when aimed at a named rival.
LAUNCHING_VERBS = {"launch", "mount", "unleash"}
POLITICAL_SECTORS = word_class("political sectors")
PARTY_SECTORS = word_class("party sectors")
# Who can be attacked in words: people and bodies, never states or places.
POLITICAL_KINDS = {"person", "organization", "group"}
PEACEKEEPING_CODE = "074"
EXERCISE_CODE = "150"
MILITARY_COOPERATION = "062"
POSTURE_ROOT = "15"
# Prepositions of where a show of force stands: by, not in, the state it is aimed at.
NEAR_PREPS = ("near", "around", "off", "outside")
FORCE_NOUNS = word_class("force nouns")
PROTEST_CODE = "141"
# what a demand is for -> the demonstration for it
PROTEST_FOR = {"1041": "1411", "1042": "1412", "1043": "1413", "1044": "1414",
               "0241": "1411", "0242": "1412", "0243": "1413", "0244": "1414"}

CODING: RuleSet[Draft] = RuleSet("events.coding")


def initial(ctx: Context, draft: Draft) -> Draft:
    """The entry's (or the sentence rules' refined) code and the trigger's status."""
    return draft.but(cameo=draft.cameo or draft.match.cameo or draft.entry.cameo,
                     plover=draft.match.plover or draft.entry.plover, status=tuple(status_of(ctx.parsed, draft.trigger)))


CODING.rule("weapon-subject", "the weapon that kills, strikes or explodes says how: \"a car bomb killed five\" "
                              "is a car bombing (1832), \"warplanes struck the port\" aerial (195), \"tanks "
                              "attacked\" heavy weapons (194)")(weapon_subject)


@CODING.rule("gathered-to-demand", "a crowd that marches or rallies to demand something (or complaining of, "
                                   "denouncing it) protests (141; 1411-1414 for leadership, policy, rights, "
                                   "institutions)")
def gathered_to_demand(d: Draft, ctx: Context) -> Draft:
    if d.plover not in ("REQUEST", "ACCUSE") or not gathering_purpose(ctx.parsed, d.trigger):
        return d
    code = PROTEST_FOR.get(d.cameo, PROTEST_CODE)
    return d.but(rule_note("gathered-to-demand", code), cameo=code, plover="PROTEST", recoded_by="gathered-to-demand")


@CODING.rule("verbal-attack", "a politician or party attacking a rival, or attacking with nobody "
                              "named, criticises (111): \"the Tories attacked Labour\"")
def verbal_attack(d: Draft, ctx: Context) -> Draft:
    if not d.cameo.startswith("19") or d.trigger.lemma.lower() not in VERBAL_ATTACK_VERBS \
            or not d.sources or not all(_political(a) for a in d.sources) \
            or not all(a.kind in POLITICAL_KINDS and a.sector not in ARMED_SECTORS for a in d.targets) \
            or not d.targets and d.trigger.lemma.lower() in LAUNCHING_VERBS:  # "launched an attack on rebel positions"
        return d
    return d.but(rule_note("verbal-attack", CRITICIZE_CODE), cameo=CRITICIZE_CODE, plover="ACCUSE",
                 recoded_by="verbal-attack")


def _political(actor: Actor) -> bool:
    """A politician, or a party or legislature: one who attacks in words (a government
    attacks with its army, so a government body is not one)."""
    if actor.kind == "person":
        return actor.sector in POLITICAL_SECTORS
    return actor.kind in POLITICAL_KINDS and actor.sector in PARTY_SECTORS


CODING.rule("obliged", "X said Y must (should) do Z: X demands Z of Y (10x), nothing was done")(obliged)
CODING.rule("not-ruled-out", "would not rule out force: a threat (13x); a meeting: an option (014)")(not_ruled_out)


@CODING.rule("claimed", "X said Y attacked Z: X accuses Y (112); X claimed they attacked Z: "
                        "X takes responsibility (015); X said its forces did not attack: X denies it (016)")
def claimed(d: Draft, ctx: Context) -> Draft:
    # only material conflict becomes a claim, and only with a known speaker; an act the
    # speaker only imagines ("said the army could be deployed") is no charge
    # (saying one did not give what one is charged with giving, "was not supplying weapons", denies it too)
    material = cameo_info(d.cameo).quad_class == MATERIAL_CONFLICT or "negated" in d.status \
        and cameo_info(d.cameo).quad_class == MATERIAL_COOPERATION
    if d.judgement or not material or NOT_YET_DONE.intersection(d.status):
        return d
    verb = claiming_verb(ctx.parsed, d.trigger)
    if verb is None:
        return d
    speakers = tuple(distinct(ctx.arguments(subject_of(ctx.parsed, verb))))
    if not speakers:
        return d
    pronoun = d.source_token is not None and (ctx.parsed.tokens[d.source_token].pos == "PRON" or any(
        c.dep == "poss" and c.pos == "PRON" for c in ctx.parsed.children(d.source_token)))  # "its troops"
    # "the army admitted that an air strike killed civilians": an admission of an act
    # nobody is named doing is of one's own act
    admitted = not d.sources and verb.lemma.lower() in ADMISSION_VERBS
    own = pronoun or admitted or own_forces(speakers, d.sources) \
        or any(same(a, b) for a in speakers for b in d.sources)
    # an armed group saying it carried out an attack claims it (not a town it took); a state
    # reports its own operations
    claims = verb.lemma.lower() in RESPONSIBILITY_VERBS or d.cameo[:3] in CLAIMED_ATTACKS and all(
        a.sector in ARMED_GROUPS for a in speakers)
    # "said its aircraft had not carried out any strikes": denying one's own act (016)
    denied = "negated" in d.status and own
    if own and not claims and not denied or not own and (not d.sources or "negated" in d.status):
        return d
    code = DENIAL_CODE if denied else RESPONSIBILITY_CODE if own else CLAIM_CODE
    note = rule_note("claimed", f"{code} by {verb.text!r}")
    changes = dict(sources=speakers, cameo=code, trigger=verb, recoded_by="claimed",
                   status=tuple(status_of(ctx.parsed, verb)))
    if own:
        return d.but(note, plover="", **changes)
    return d.but(note, targets=d.sources, plover="ACCUSE", **changes)


@CODING.rule("considered", "is considering sending aid: considering a policy option (014)")
def considered(d: Draft, ctx: Context) -> Draft:
    if d.recoded_by or not is_considered(ctx.parsed, d.trigger):
        return d
    return d.but(rule_note("considered", CONSIDER_CODE), cameo=CONSIDER_CODE, plover="",
                 trigger=ctx.parsed.tokens[d.trigger.head], recoded_by="considered")


@CODING.rule("ordered-out", "ordering someone to leave expels them: 166 (envoys), 1661 (peacekeepers), "
                            "174 (journalists, migrants): the lexicon's code for expelling the same object")
def ordered_out(d: Draft, ctx: Context) -> Draft:
    code = None if d.recoded_by else expulsion_code(ctx, d)
    if code is None:
        return d
    return d.but(rule_note("ordered-out", code), cameo=code, plover=cameo_info(code).plover_type,
                 recoded_by="ordered-out")


@CODING.rule("threatened", "threatened to close the border: a threat, 13x by the act threatened")
def threatened(d: Draft, ctx: Context) -> Draft:
    verb = None if d.recoded_by else threatening_verb(ctx.parsed, d.trigger)
    if verb is None:
        return d
    threat = ctx.intents.get(d.plover, ("", ""))[0]
    threat = intent_code(d.cameo, threat) if threat.startswith(THREAT_ROOT) else GENERIC_THREAT
    # the threat was made: its status is the threatening verb's, not the act's ("could use")
    return d.but(rule_note("threatened", threat), cameo=threat, plover="THREATEN",
                 recoded_by="threatened", status=tuple(status_of(ctx.parsed, verb)))


@CODING.rule("refused", "refused to meet, will not lift the ban: the refusal is the event")
def refused(d: Draft, ctx: Context) -> Draft:
    refusal = ctx.refusals.get(d.plover)
    if d.recoded_by or not refusal or "negated" not in d.status \
            or not is_refused(ctx.parsed, d.trigger):
        return d
    # "would not approve" refuses now: its "would" imagines nothing (unless a condition does)
    kept = set(d.status) - {"negated", "future"} - ({"hypothetical"} - imagined_clause(ctx.parsed, d.trigger))
    status = tuple(s for s in d.status if s in kept)
    refusal = intent_code(d.cameo, refusal)  # "refused to lift the sanctions": 1244
    return d.but(rule_note("refused", refusal), cameo=refusal, plover="REJECT", status=status,
                 recoded_by="refused")


CODING.rule("crowd", "property destroyed, a building stormed or people attacked by protesters is a violent "
                     "protest (145)")(crowd)
CODING.rule("hackers", "an attack by hackers is a cyber attack (170)")(hackers)


@CODING.rule("peacekeeping", "peacekeepers deploying or arriving, troops sent to a peacekeeping force, or "
                             "forces sent to help X (X the target) provide military protection (074)")
def peacekeeping(d: Draft, ctx: Context) -> Draft:
    targets = protection_targets(ctx, d)
    if targets is None:
        return d
    return d.but(rule_note("peacekeeping", PEACEKEEPING_CODE), cameo=PEACEKEEPING_CODE,
                 plover=cameo_info(PEACEKEEPING_CODE).plover_type, targets=targets)


@CODING.rule("joint-exercise", "forces of several states exercising together cooperate militarily "
                               "(062): \"staged by US marines and Jordanian forces\"")
def joint_exercise(d: Draft, ctx: Context) -> Draft:
    if d.cameo != EXERCISE_CODE or d.targets or len({a.country for a in d.sources if a.country}) < 2:
        return d
    return d.but(rule_note("joint-exercise", MILITARY_COOPERATION), cameo=MILITARY_COOPERATION,
                 plover=cameo_info(MILITARY_COOPERATION).plover_type, targets=d.sources, joint=True)


@CODING.rule("show-of-force", "drills or deployments near, around or off a state, or along its border, are "
                              "aimed at it (\"held drills around Taiwan\")")
def show_of_force(d: Draft, ctx: Context) -> Draft:
    if d.targets or d.cameo[:2] != POSTURE_ROOT or not d.sources:
        return d
    parsed = ctx.parsed
    heads = verb_and_objects(parsed, d.trigger)
    near = [a for h in heads for i in party_objects(parsed, h, NEAR_PREPS) for a in [ctx.index.actor_at(i)]
            if a is not None and a.kind == "state"]
    # "along the Chilean border": the border, a place, is its state's
    near += [a for i in border_states(parsed, d.trigger) for a in [ctx.index.actor_at(i)] if a is not None]
    found = tuple(a for a in near if a.country and all(a.country != s.country for s in d.sources))
    return d.but(rule_note("show-of-force"), targets=found[:1]) if found else d



CODING.rule("labour-strike", "teachers, doctors or workers who strike with nobody struck stop work (143)")(
    labour_strike)
CODING.rule("repression", "security forces using force on a crowd repress it (175: \"police opened fire on "
                          "protesters\"); a crowd fighting security forces riots (145: \"protesters clashed with "
                          "police\")")(repression)
CODING.rule("assassination", "a political figure killed (an official, a lawmaker, a judge, a party or opposition "
                             "leader) is assassinated (186)")(assassination)
CODING.rule("arms-supply", "weapons a state hands over to another state are military aid (072), not a "
                           "disarming")(arms_supply)
CODING.rule("mass-killing", "civilians killed by the hundred are a mass killing (202)")(mass_killing)


@CODING.rule("announced", "an announced act is an intention (03x, 13x for force), as is \"X will do Y, "
                          "X's own official said\"; a plain \"will\" keeps the act's code")
def announced(d: Draft, ctx: Context) -> Draft:
    # PLOVER codes any announced cooperation as AGREE (force as THREATEN)
    intent = ctx.intents.get(d.plover)
    if not intent or "future" not in d.status or {"negated", "hypothetical", "demanded"} & set(d.status) \
            or _foretold(ctx, d):
        return d
    if is_intended(ctx.parsed, d.trigger) or _own_side_says(ctx, d):
        # the intent (03x) or threat (13x) is the announcement, which was made: a done act
        cameo = intent_code(d.cameo, intent[0])
        status = tuple(s for s in d.status if s not in ("future", "intended"))
        return d.but(rule_note("announced", cameo), cameo=cameo, plover=intent[1], status=status)
    return d.but(rule_note("announced", intent[1]), plover=intent[1])


CODING.rule("ultimatum", "a threat of no codable act with a condition to meet (\"threatened to burn them alive "
                         "unless X withdraws\") is an ultimatum (139)")(ultimatum)


CODING.rule("assertion", "insisting on a fact is a statement (010), warning of another's act a "
                         "pessimistic comment (012), agreeing that X voicing accord (019): see assertions.py")(assertion)


CODING.rule("to-blame", "\"X is to blame\": X is the one blamed, by whoever says so")(to_blame)


CODING.rule("no-comment", "declining to comment (or to confirm, to elaborate) is declining comment "
                         "(011), not a rejection, aimed at whom the comment would be about")(no_comment)


@CODING.rule("content-subject", "a statement's, appeal's or demand's target is whom its clause is "
                                "about (\"denied that the army had fired\": the army)")
def content_subject(d: Draft, ctx: Context) -> Draft:
    if d.targets or not d.sources or d.trigger.pos not in VERB_POS or d.recoded_by == "claimed" \
            or d.cameo[:2] not in CLAUSE_ROOTS and d.recoded_by != "gathered-to-demand":  # "marched to demand": too
        return d
    parsed = ctx.parsed
    clause = _said_clause(parsed, d.trigger)
    if clause is None:
        return d
    subject = subject_of(parsed, clause)
    found = _others(ctx.arguments(subject), d) if subject is not None else ()
    if not found:
        # a subject naming no party ("said the plans would hurt X"), or none read: the
        # first other party named in the clause
        found = tuple(a for i in parsed.subtree(clause.i) for a in [ctx.index.by_token[i]]
                      if a is not None and a.kind != PLACE_KIND and not _own_forces(a, d)
                      and not _weapon(a) and all(other_side(a, s) for s in d.sources))[:1]
    return d.but(targets=found) if found else d


def _said_clause(parsed: Parsed, trigger: Token) -> Token | None:
    """The clause a saying states: its own ("denied that ..."), or that of the noun it
    voices ("expressed concern that ...", "issued a warning that ...")."""
    # "denied that the army fired", "denied backing the rebels"
    clause = next((c for c in parsed.children(trigger.i)
                   if c.dep == "ccomp" or c.dep == "xcomp" and c.tag == "VBG"), None)
    if clause is not None:
        return clause
    return next((c for o in parsed.children(trigger.i) if o.dep in ("dobj", "obj")
                 for c in parsed.children(o.i) if c.dep in ("ccomp", "acl") and c.pos in VERB_POS
                 and any(m.dep == "mark" and m.lemma.lower() == "that" for m in parsed.children(c.i))), None)


def _others(actors, d: Draft) -> tuple[Actor, ...]:
    return tuple(a for a in actors if a.kind != PLACE_KIND and not _own_forces(a, d)
                 and all(other_side(a, s) and not same(a, s) and a is not s for s in d.sources))


def _weapon(actor: Actor) -> bool:
    """A weapon or armed act named as a thing ("denied supplying drones to X"), not a party."""
    return bool(actor.basis) and actor.basis[0].kind == "sector" and actor.basis[0].name in FORCE_NOUNS


def _own_forces(actor: Actor, d: Draft) -> bool:
    """"denied that its troops had crossed": a role word the speaker owns is the speaker's side."""
    return any(b.kind == "inferred-country" and b.detail == "owner" for b in actor.basis) \
        and any(actor.country == s.country for s in d.sources)


@CODING.rule("policy-aimed", "a measure \"targeting\" someone sanctions them (163): \"passed a law "
                             "targeting X\" is no attack")
def policy_aimed(d: Draft, ctx: Context) -> Draft:
    parsed, trigger = ctx.parsed, d.trigger
    if d.plover != "ASSAULT" or trigger.head == trigger.i:
        return d
    measure = aiming_measure(parsed, trigger)
    if measure is None:
        return d
    sources = d.sources
    if not sources and measure.dep in ("dobj", "obj") and measure.head != measure.i:
        sources = tuple(ctx.arguments(subject_of(parsed, parsed.tokens[measure.head])))
    return d.but(rule_note("policy-aimed", SANCTION_CODE), cameo=SANCTION_CODE, plover="SANCTION",
                 sources=sources, recoded_by="policy-aimed")


def _own_side_says(ctx: Context, d: Draft) -> bool:
    """"Germany will send tanks, its defence minister said": the doer's own side saying
    what it will do announces it (a speaker of the doer's country after the clause)."""
    parsed, clause = ctx.parsed, d.trigger
    for _ in range(3):  # "will be able to send": the clause the act is raised from
        if clause.dep not in ("xcomp", "conj") or clause.head == clause.i:
            break
        clause = parsed.tokens[clause.head]
    verb = parsed.tokens[clause.head] if clause.dep == "ccomp" else None
    if verb is None or verb.i < clause.i or verb.lemma.lower() not in SPEAKING_VERBS:  # said, announced
        return False
    speakers = ctx.arguments(subject_of(parsed, verb))
    return bool(speakers) and bool(d.sources) and all(
        s.country and any(s.country == a.country for a in d.sources) for s in speakers)


def _foretold(ctx: Context, d: Draft) -> bool:
    """"The US warned that Russia would invade": a speaker's forecast of another country's
    act, not that country's announcement (speaker and doer of different countries)."""
    verb = announcing_verb(ctx.parsed, d.trigger)
    speakers = ctx.arguments(subject_of(ctx.parsed, verb)) if verb is not None else []
    known = bool(speakers) and bool(d.sources) and all(a.country for a in list(speakers) + list(d.sources))
    return known and not any(same(s, a) or s.country == a.country for s in speakers for a in d.sources)


CODING.rule("claimed-act-told", "claiming \"the attack\" the story told before is aimed at that attack's "
                                "target")(claimed_act_told)
CODING.rule("authority-report", "a state's act (an arrest, a summoned envoy, a deployment) no one is named "
                                "doing, reported by a body of the state (\"police said 22 people were detained\"), "
                                "is that body's")(authority_report)
CODING.rule("abuse-charge", "a charge of abusing people (\"accused the police of torturing detainees\") is a charge "
                            "of human rights abuses (1122)")(abuse_charge)
