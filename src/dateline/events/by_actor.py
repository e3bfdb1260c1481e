"""What the doer or the victim says of an act: the coding rules that read who did it to whom.

Property a crowd destroys is a riot (145); an attack by hackers is a cyber attack (170);
workers who "strike" with nobody struck stop work (143); security forces fighting a crowd
repress it (175) and a crowd fighting them riots (145); a political figure killed is
assassinated (186), civilians killed by the hundred are a mass killing (202); weapons a
state hands over to another country are military aid (072), not a disarming (0873).
:func:`weapon_subject`: the weapon named as an attack's doer says how it was done (a car
bomb: 1832; warplanes: 195, :data:`WEAPON_CODES`).
:mod:`code_rules` registers them, in its order, as coding rules.
"""

from __future__ import annotations

from ..records import Actor
from ..tables import word_class
from .arguments import subject_of
from .background import FORCE_ROOTS
from .codes import cameo_info
from .draft import Context, Draft, rule_note
from .match import VERB_POS, party_objects
from .where import place_target

DESTROY_PROPERTY = "1712"
RIOT_CODE = "145"
# Attacks by a crowd with no weapon named (storming, beating, an assault) are a riot too.
RIOT_ATTACKS = {"180", "182", "190"}
BEATING_CODE = "182"
CROWD_WORDS = word_class("crowd words")
# Those whose attacks are on computers: an attack of theirs is a cyber attack (170).
HACKER_WORDS = frozenset({"hacker"})
CYBER_CODE = "170"
ARMED_SECTORS = word_class("armed sectors")
STRIKE_CODE = "143"
GENERIC_FORCE_CODE = "190"
# Force of any kind short of mass violence: assault (18) and fighting (19).
REPRESSION_ROOTS = {"18", "19"}
REPRESSION_CODE = "175"
SECURITY_SECTORS = {"COP", "MIL"}
# Who speaks for a state, and the state's own forces.
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY"}
STATE_FORCES = {"MIL", "COP", "SPY"}
ARMED_CRAFT = word_class("armed nouns") | word_class("force nouns")
FIGHTING_VERBS = word_class("fighting verbs")
ASSASSINATION_CODE = "186"
# Verbs of killing someone (words.tsv), and the sectors of the political figures whose
# killing CAMEO codes as an assassination: officials, lawmakers, judges, party and
# opposition leaders.
KILLING_VERBS = word_class("killing verbs")
POLITICAL_FIGURE_SECTORS = {"GOV", "LEG", "JUD", "OPP", "PTY"}
PLURAL_TAGS = {"NNS", "NNPS"}
MASS_KILLING_CODE = "202"
# Killing civilians by the hundred is a mass killing (202): the number words, the smallest
# number that counts, and the words for people who take no part in fighting (words.tsv).
MASS_NUMBER_WORDS = {"hundred", "thousand", "million"}
MASS_KILLING_COUNT = 100
NONCOMBATANT_WORDS = word_class("noncombatant nouns")
# The weapon named as the doer of an attack ("warplanes struck"), and the code of using it:
# aerial weapons (195), heavy weapons (194).
AERIAL_CODE = "195"
HEAVY_WEAPON_CODES = {w: "194" for w in word_class("heavy weapon nouns")}
WEAPON_CODES = {**{w: AERIAL_CODE for w in word_class("aerial weapon nouns")}, **HEAVY_WEAPON_CODES}
GENERIC_BOMBING = "183"
DISARM_CODE = "0873"
MILITARY_AID_CODE = "072"


def named_as(actor: Actor, words: frozenset[str]) -> bool:
    """Is the actor one of ``words`` (a protester, a hacker), by the sector word that
    named it?"""
    return any(b.kind == "sector" and b.name.split()[-1] in words for b in actor.basis)


def own_forces(speakers, doers) -> bool:
    """Do the speakers (a state, its government or forces) report what their own state's
    forces did ("the Colombian army said troops killed three rebels")?"""
    states = {a.country for a in speakers if a.country and (a.kind == "state" or a.sector in STATE_SECTORS)}
    return bool(doers) and all(d.country in states and (d.sector in STATE_FORCES or _armed_craft(d)) for d in doers)


def _armed_craft(actor: Actor) -> bool:
    """"Russian aircraft", "Turkish jets": a state's craft of war, named by its demonym."""
    return any(b.kind == "noun" and (b.name.lower() in ARMED_CRAFT or b.name.lower()[:-1] in ARMED_CRAFT)
               for b in actor.basis)


def crowd(d: Draft, ctx: Context) -> Draft:
    # "protesters stormed the ministry", "set fire to cars", "attacked police": a riot; a
    # crowd that beats a person assaults that person ("supporters beat a politician": 182)
    if d.cameo != DESTROY_PROPERTY and d.cameo not in RIOT_ATTACKS or not d.sources \
            or not all(named_as(a, CROWD_WORDS) for a in d.sources) \
            or d.cameo == BEATING_CODE and d.targets and all(a.kind == "person" for a in d.targets):
        return d
    return d.but(rule_note("crowd", RIOT_CODE), cameo=RIOT_CODE, plover="PROTEST")


def hackers(d: Draft, ctx: Context) -> Draft:
    if d.cameo[:2] not in FORCE_ROOTS or not d.sources or not all(named_as(a, HACKER_WORDS) for a in d.sources):
        return d
    return d.but(rule_note("hackers", CYBER_CODE), cameo=CYBER_CODE, plover="COERCE")


def labour_strike(d: Draft, ctx: Context) -> Draft:
    # where they struck is no one struck ("teachers struck in Lima": the place stays the target)
    struck = set(map(id, d.targets)) - set(map(id, place_target(ctx.parsed, ctx.index, d.trigger)))
    # "teachers struck", "unions staged strikes against the reform": civilians striking stop work
    obj = d.match.object_token
    staged = obj is not None and ctx.parsed.tokens[obj].lemma.lower() == "strike" and d.cameo[:2] in ("18", "19")
    if not (d.trigger.lemma.lower() == "strike" and d.trigger.pos in VERB_POS or staged) \
            or struck and not staged or not d.sources \
            or any(a.kind == "state" or a.sector is None or a.sector in ARMED_SECTORS for a in d.sources):
        return d
    return d.but(rule_note("labour-strike", STRIKE_CODE), cameo=STRIKE_CODE, plover=cameo_info(STRIKE_CODE).plover_type)


def repression(d: Draft, ctx: Context) -> Draft:
    if d.cameo[:2] not in REPRESSION_ROOTS or d.joint or not d.sources or not d.targets:
        return d
    code = None
    fought = d.cameo == GENERIC_FORCE_CODE and d.trigger.lemma.lower() in FIGHTING_VERBS
    if all(a.sector in SECURITY_SECTORS for a in d.sources) and all(named_as(a, CROWD_WORDS) for a in d.targets) \
            and (fought or all(_plural(ctx, a) for a in d.targets)):
        # "police clashed with protesters", "opened fire on protesters" (one protester
        # stabbed is an assault on a person)
        code = REPRESSION_CODE
    elif fought and all(named_as(a, CROWD_WORDS) for a in d.sources) \
            and all(a.sector in SECURITY_SECTORS for a in d.targets):
        code = RIOT_CODE
    if code is None:
        return d
    return d.but(rule_note("repression", code), cameo=code, plover=cameo_info(code).plover_type)


def _plural(ctx: Context, actor: Actor) -> bool:
    """Is the actor named in the plural ("protesters"), or as a crowd?"""
    words = [ctx.parsed.tokens[i] for i in ctx.parsed.tokens_in(actor.start, actor.end)]
    return bool(words) and (words[-1].tag in PLURAL_TAGS or words[-1].lemma.lower() in ("crowd", "mob"))


def assassination(d: Draft, ctx: Context) -> Draft:
    # "gunmen shot dead a district commissioner", "killed the opposition leader": one
    # political figure killed (not "killed two officials", not a soldier or a rebel)
    if d.cameo[:2] not in ("18", "19") or d.trigger.lemma.lower() not in KILLING_VERBS or len(d.targets) != 1:
        return d
    victim = d.targets[0]
    words = [ctx.parsed.tokens[i] for i in ctx.parsed.tokens_in(victim.start, victim.end)]
    if victim.kind != "person" or victim.sector not in POLITICAL_FIGURE_SECTORS \
            or (words and words[-1].tag in PLURAL_TAGS):
        return d
    return d.but(rule_note("assassination", ASSASSINATION_CODE), cameo=ASSASSINATION_CODE,
                 plover=cameo_info(ASSASSINATION_CODE).plover_type)


def mass_killing(d: Draft, ctx: Context) -> Draft:
    # "killed hundreds of civilians", "massacred 300 villagers" (not "killed 150 rebels")
    parsed = ctx.parsed
    if d.cameo[:2] not in ("18", "19") or d.trigger.lemma.lower() not in KILLING_VERBS or d.trigger.pos not in VERB_POS:
        return d
    victims = _mass_of(parsed, d.trigger, MASS_KILLING_COUNT)
    # civilians, or a people named by its name ("hundreds of thousands of Tutsis")
    if victims is None or victims.lemma.lower() not in NONCOMBATANT_WORDS and victims.ent_type != "NORP":
        return d
    return d.but(rule_note("mass-killing", MASS_KILLING_CODE), cameo=MASS_KILLING_CODE,
                 plover=cameo_info(MASS_KILLING_CODE).plover_type)


def _mass_of(parsed, verb, least: int):
    """The people a verb acts on when they are counted by number words or by the ``least``
    ("hundreds of civilians", "300 villagers", "hundreds of thousands of Tutsis"), else None."""
    people = next((c for c in parsed.children(verb.i) if c.dep in ("dobj", "obj", "nsubjpass")), None)
    counted = False
    while people is not None and people.lemma.lower() in MASS_NUMBER_WORDS:
        counted = True
        people = next((parsed.tokens[i] for i in party_objects(parsed, people.i, ("of",))), None)
    if people is None or not counted and not any(_count(n) >= least for n in parsed.children(people.i)
                                                  if n.dep == "nummod"):
        return None
    return people


def arms_supply(d: Draft, ctx: Context) -> Draft:
    # "Poland handed over tanks to Ukraine" supplies them; "the rebels handed over their
    # weapons to the army" (or to peacekeepers) gives them up
    if d.cameo != DISARM_CODE or not d.sources or not d.targets \
            or any(a.sector in ARMED_SECTORS or not a.country for a in d.sources):
        return d
    foreign = [t for t in d.targets if t.kind == "state" and t.country
               and all(t.country != s.country for s in d.sources)]
    if not foreign:
        return d
    return d.but(rule_note("arms-supply", MILITARY_AID_CODE), cameo=MILITARY_AID_CODE,
                 plover=cameo_info(MILITARY_AID_CODE).plover_type)


def weapon_subject(d: Draft, ctx: Context) -> Draft:
    # "a car bomb exploded" (183) is a car bombing as "a car bomb killed five" (190) is;
    # a heavy weapon's blast is no bombing ("blown up by a missile", "a shell exploded": 194,
    # PLOVER's explosives being those "not incorporated in a heavy weapon")
    bombing = d.cameo == GENERIC_BOMBING
    if d.cameo != GENERIC_FORCE_CODE and not bombing or d.trigger.pos not in VERB_POS:
        return d
    subject = subject_of(ctx.parsed, d.trigger)
    if subject is None:
        return d
    weapon = ctx.parsed.tokens[subject]
    code = next((e.cameo for e in ctx.lexicon.candidates(ctx.parsed, weapon)
                 if e.pos == "N" and e.cameo[:2] in FORCE_ROOTS and e.cameo not in (GENERIC_FORCE_CODE, d.cameo)
                 and (not bombing or e.cameo.startswith(GENERIC_BOMBING))),
                HEAVY_WEAPON_CODES.get(weapon.lemma.lower()) if bombing else _weapons_code(ctx, weapon))
    if code is None:
        return d
    return d.but(rule_note("weapon-subject", code), cameo=code, plover=cameo_info(code).plover_type or d.plover,
                 recoded_by="weapon-subject")


def _weapons_code(ctx: Context, weapon) -> str | None:
    """The code of the weapons a subject names: aircraft among them make it an air attack
    ("missiles and drones struck": 195), else the first weapon's kind says it."""
    codes = [WEAPON_CODES.get(t.lemma.lower()) for t in [weapon] + [c for c in ctx.parsed.children(weapon.i)
                                                                     if c.dep == "conj"]]
    return AERIAL_CODE if AERIAL_CODE in codes else codes[0]


def _count(tok) -> int:
    """The number a numeral says ("150", "1,200", "hundreds" as 100), else 0."""
    text = tok.text.replace(",", "")
    if text.isdigit():
        return int(text)
    return MASS_KILLING_COUNT if tok.lemma.lower() in MASS_NUMBER_WORDS else 0
