"""Whom an act is aimed at when the sentence acts on nobody: the last argument rules.

:data:`UNNAMED_TARGET_RULES` run, in this order, after every other rule of
``argument_rules`` (which registers them at its end). The first two may replace a target:
``investigated-doer`` (an inquiry into an act is aimed at its doer, "into the killing of civilians
by X", not at its victims) and ``holder-asked`` (asking for captives' release is asking those who
hold them: captives.py); the others act on a draft still without a target:

- ``aimed-at``: whom the act or its object is meant against ("missiles to use against X"), whom it killed;
- ``partner-of-relation``: the other party of the relation it is about ("to end the dispute with Y");
- ``warned-party``: the one warned that the warner will act;
- ``conditional-party``: for a threat, the one whose act is its condition ("if Chile ...");
- ``helped-party``: for aid, the one its purpose clause helps ("to help Haiti");
- ``accused-party``: the doer in the clause of a charge ("alleged that X had ...");
- ``pressed-party``: for a protest, the one its purpose clause asks ("to press the government");
- ``act-told-before``: judging "the raid", welcoming "the offer": the doer of the act told before;
- ``pair-told-before``: "both sides", the two parties of the last two-sided event told;
- ``charge-denied``: a denial of nothing foreign, whoever made the last charge (or armed act) on the denier;
- ``protest-site``: for a protest, the body at whose building it was held;
- ``place-as-target``: the state where it happened, as CAMEO coders do;
- ``answered-act``: the author of the act it answers ("in response to X's launches");
- ``words-about``: for words, intents and threats (CAMEO 01, 03, 13), the first foreign party named.

Then ``bare-saying`` drops a saying that, after all of them, names nobody.
"""

from __future__ import annotations

from ..records import Actor
from ..tables import word_class
from .arguments import SUBJECT_DEPS, distinct, same, subject_of
from .background import FORCE_ROOTS
from .captives import holder_asked
from .codes import STATEMENT_ROOT, THREAT_ROOT, cameo_info
from .draft import Context, Draft
from .helping import helped_parties
from .match import FORCE_NOUNS, VERB_POS, party_objects, verb_and_objects
from .owners import conditional_parties, investigated_doer, owners, things_acted_on
from .pairs import pair_told_before
from .protest_site import protest_site
from .statements import other_side
from .status import CLAIM_VERBS, REQUESTING_VERBS
from .where import place_target

# Clauses on an act or its object that say whom it is meant against: a purpose
# infinitive ("to use against X") or a participle ("trained against X"). ("aimed at X"
# was tried: it lowered the ConfliBERT check half.)
AIM_CLAUSE_DEPS = {"advcl", "acl", "relcl", "xcomp"}
AIM_PREPS = ("against",)
# Verbs of scattering a crowd: what a purpose clause of theirs scatters is aimed at (words.tsv).
DISPERSING_VERBS = word_class("dispersing verbs")
HARMING_VERBS = word_class("harming verbs")
# "in response to X's act", "in retaliation for", "in protest at": the act answered, whose
# author the answer is aimed at (words.tsv "answer nouns").
ANSWER_NOUNS = word_class("answer nouns")
ANSWERED_PREPS = ("to", "for", "at", "against", "over")
# What a protest is against or over ("struck against the government's plans").
PROTEST_ROOT = "14"
# CAMEO quad classes of words: verbal cooperation and verbal conflict.
VERBAL_QUADS = {1, 3}
PROTESTED_PREPS = ("against", "over")
# Acts judged ("condemned the raid"), the determiners of one already told; the roots of
# force (background.FORCE_ROOTS) are one kind of act for this ("the attack" may be the
# shelling told before).
JUDGING_TYPES = {"ACCUSE", "REJECT"}
PRAISE_CODES = {"051"}  # "welcomed the offer": praising an act told before is aimed at its doer
DENY_CODE = "016"  # "Kabul denied the charge": the one who charged it
ACCUSATION_ROOT = "11"
DEFINITE = {"the", "this", "that", "these", "those"}
# Nouns that name an act without saying which ("the decision", "the move"): the last one told.
GENERIC_ACT_NOUNS = word_class("generic act nouns")
# Words, intents and threats (CAMEO 01, 03, 13): about the party they name (words-about).
WORDS_ROOTS = {STATEMENT_ROOT, "03", THREAT_ROOT}
# Nouns of a relation between parties, and the prepositions naming the other parties
# ("the dispute with X", "talks with X", "mediator between X and Y"): words.tsv.
RELATION_NOUNS = word_class("relation nouns")
RELATION_PREPS = ("with", "between")
SETTING_PREPS = ("in", "amid", "over", "during")
# Verbs whose clause is the speaker's own threat, and the object naming whom they warn.
WARNING_CLAUSE_VERBS = word_class("clause verbs of warning")
THREAT_CLAUSE_VERBS = WARNING_CLAUSE_VERBS | {"threaten"}
WARNED_DEPS = {"dobj", "obj", "iobj"}
# Charges and complaints whose clause says what the accused did: its (active) subject.
ACCUSING_ROOTS = {"11"}
ACCUSED_DEPS = {"nsubj", "csubj"}
# A protest's purpose clause ("struck to press the government", "marched to demand that X
# ..."): whom it asks is whom the protest is aimed at.
PROTEST_TYPE = "PROTEST"
PURPOSE_CLAUSE_DEPS = {"advcl", "xcomp", "acl"}
ASKED_DEPS = {"dobj", "obj", "dative"}
# Verbs of asking, and of forcing, someone to act ("a strike to force the minister to resign").
PRESSING_VERBS = REQUESTING_VERBS | {"force", "compel", "coerce"}
# Aid given to nobody named: its purpose clause ("to help X") on the act or the aid.
AID_TYPE = "AID"
HELP_CLAUSE_DEPS = {"advcl", "xcomp", "acl", "relcl"}


def aimed_at(d: Draft, ctx: Context) -> Draft:
    if d.targets or d.trigger.pos not in VERB_POS:
        return d
    parsed = ctx.parsed
    clauses = [c.i for h in verb_and_objects(parsed, d.trigger) for c in parsed.children(h)
               if c.dep in AIM_CLAUSE_DEPS]
    found = tuple(_named_by(ctx, clauses, AIM_PREPS, d.sources))
    # "used tear gas to disperse the protesters": the ones the purpose clause scatters
    found = found or _objects_of(ctx, [c for c in clauses if parsed.tokens[c].lemma.lower() in DISPERSING_VERBS], d)
    # and an armed act "..., killing five officers" or "an airstrike that killed 30 fighters"
    # is aimed at its victims, unless they have no country and the act's place names one
    if not found and d.entry.cameo[:2] in FORCE_ROOTS:
        found = _objects_of(ctx, [c for c in clauses if parsed.tokens[c].lemma.lower() in HARMING_VERBS], d)
        if not any(a.country for a in found) and place_target(parsed, ctx.index, d.trigger):
            found = ()
    return d.but(targets=found) if found else d


def _objects_of(ctx: Context, clauses: list[int], d: Draft) -> tuple[Actor, ...]:
    # the object, or whose it is ("to retake the hills held by X")
    parsed = ctx.parsed
    return tuple(a for c in clauses for o in parsed.children(c) if o.dep in ("dobj", "obj")
                 for a in _party_or_owner(ctx, o.i, parsed.tokens[c], d.sources))


def _party_or_owner(ctx: Context, thing: int, verb, sources) -> list[Actor]:
    """The actors a word names, else whose the thing it names is; the sources aside."""
    return [a for a in ctx.index.actors_at(thing) or owners(ctx, ctx.parsed.tokens[thing], verb)
            if not any(same(a, s) for s in sources)]


def _named_by(ctx: Context, heads: list[int], preps: tuple[str, ...], sources) -> list[Actor]:
    """The actors the heads' prepositional phrases name ("against X"), the sources aside."""
    return [a for h in heads for p in party_objects(ctx.parsed, h, preps) for a in ctx.index.actors_at(p)
            if not any(same(a, s) for s in sources)]


def partner_of_relation(d: Draft, ctx: Context) -> Draft:
    if d.targets or d.trigger.pos not in VERB_POS:
        return d
    parsed = ctx.parsed
    # "backed down in its quarrel with X", "on alert amid tension with X": the relation
    # the act stands in
    setting = [o for o in party_objects(parsed, d.trigger.i, SETTING_PREPS)
               if parsed.tokens[o].lemma.lower() in RELATION_NOUNS]
    for thing in things_acted_on(parsed, d) + setting:
        for i in parsed.subtree(thing):
            if parsed.tokens[i].lemma.lower() not in RELATION_NOUNS:
                continue
            # "closed its border with X": the parser may hang the "with" on the verb
            heads = [i, d.trigger.i] if i == thing and parsed.tokens[i].head == d.trigger.i else [i]
            found = distinct([a for a in _named_by(ctx, heads, RELATION_PREPS, d.sources) if a.kind != "place"])
            if found:
                return d.but(targets=tuple(found))
    return d


def warned_party(d: Draft, ctx: Context) -> Draft:
    parsed, trigger = ctx.parsed, d.trigger
    if d.targets or trigger.dep != "ccomp" or trigger.head == trigger.i \
            or parsed.tokens[trigger.head].lemma.lower() not in THREAT_CLAUSE_VERBS:
        return d
    found = [a for c in parsed.children(trigger.head) if c.dep in WARNED_DEPS for a in ctx.index.actors_at(c.i)
             if not any(same(a, s) for s in d.sources)]
    return d.but(targets=tuple(found)) if found else d


def conditional_party(d: Draft, ctx: Context) -> Draft:
    # "warned of a firm response if Chile sent warships", "threatened sanctions unless Peru
    # withdrew": the threat is aimed at the one whose act is its condition
    if d.targets or d.entry.cameo[:2] != THREAT_ROOT and d.cameo[:2] != THREAT_ROOT:
        return d
    clauses = [c.i for c in ctx.parsed.children(d.trigger.i) if c.dep in ("ccomp", "xcomp")]
    if d.trigger.lemma.lower() in WARNING_CLAUSE_VERBS and any(ctx.parsed.tokens[c].dep == "ccomp" for c in clauses):
        return d  # "warned that X would ...": the assertion coding rule reads the clause
    heads = [d.trigger.i] + clauses
    for head in heads:
        found = [a for a in conditional_parties(ctx, head) if not any(same(a, s) for s in d.sources)]
        if found:
            return d.but(targets=tuple(distinct(found)))
    return d


def helped_party(d: Draft, ctx: Context) -> Draft:
    # "donated ventilators to help Ethiopia", "announced aid of $5 million to help Haiti"
    if d.targets or d.entry.plover != AID_TYPE:
        return d
    holders = verb_and_objects(ctx.parsed, d.trigger) if d.trigger.pos in VERB_POS else [d.trigger.i]
    for holder in holders:
        found = [a for a in helped_parties(ctx, holder, HELP_CLAUSE_DEPS) or ()
                 if not any(same(a, s) for s in d.sources)]
        if found:
            return d.but(targets=tuple(distinct(found)))
    return d


def accused_party(d: Draft, ctx: Context) -> Draft:
    # "alleged that France had armed the militia", "complained that its neighbour ..."
    if d.targets or d.trigger.pos not in VERB_POS or d.entry.cameo[:2] not in ACCUSING_ROOTS:
        return d
    parsed = ctx.parsed
    clauses = [c for c in parsed.children(d.trigger.i) if c.dep == "ccomp"]
    clauses += [g for c in clauses for g in parsed.children(c.i) if g.dep == "conj" and g.pos in VERB_POS]
    for clause in clauses:  # the first clause that names one
        found = [a for s in parsed.children(clause.i) if s.dep in ACCUSED_DEPS for a in ctx.index.actors_at(s.i)
                 if a.kind != "place" and not any(same(a, x) for x in d.sources)]
        if found:
            return d.but(targets=tuple(distinct(found)))
    return d


def pressed_party(d: Draft, ctx: Context) -> Draft:
    if d.targets or d.entry.plover != PROTEST_TYPE or d.trigger.pos not in VERB_POS:
        return d
    parsed = ctx.parsed
    for clause in (c for h in verb_and_objects(parsed, d.trigger) for c in parsed.children(h)
                   if c.dep in PURPOSE_CLAUSE_DEPS and c.lemma.lower() in PRESSING_VERBS):
        asked = [c.i for c in parsed.children(clause.i) if c.dep in ASKED_DEPS]
        # "to demand that the Taliban lift ...": the one the demand's clause is about
        asked += [s for c in parsed.children(clause.i) if c.dep == "ccomp" for s in [subject_of(parsed, c)]
                  if s is not None]
        found = [a for i in asked for a in ctx.arguments(i) if a.kind != "place"
                 and not any(same(a, s) for s in d.sources)]
        if found:
            return d.but(targets=tuple(distinct(found)))
    return d


def act_told_before(d: Draft, ctx: Context) -> Draft:
    # "Israeli forces raided the camp ... Abbas condemned the raid": a definite act with no
    # doer named is the one the story told before, and judging or denying it is aimed at
    # its doer ("Pakistan accused Kabul of ... Kabul denied the charge": Pakistan)
    denied = d.entry.cameo == DENY_CODE
    if d.targets or d.entry.plover not in JUDGING_TYPES and d.entry.cameo not in PRAISE_CODES and not denied:
        return d
    for t in things_acted_on(ctx.parsed, d):
        tok = ctx.parsed.tokens[t]
        roots = {e.cameo[:2] for e in ctx.lexicon.nouns.get(tok.lemma.lower(), ())}
        generic = tok.lemma.lower() in GENERIC_ACT_NOUNS  # "the decision": whatever act was told last
        children = ctx.parsed.children(t)
        if not (roots or generic) or not any(c.dep == "det" and c.lemma.lower() in DEFINITE for c in children) \
                or any(c.dep in ("poss", "agent") or c.lemma.lower() == "by" for c in children):
            continue
        armed = roots & FORCE_ROOTS or tok.lemma.lower() in FORCE_NOUNS  # "the raid": any armed act
        kinds = roots | (FORCE_ROOTS if armed else set()) | (
            {ACCUSATION_ROOT} if denied else set())  # a charge denied was an accusation
        # (an attack its doer claimed is coded as the claim: still an armed act told)
        told = [e for e in ctx.told_before(d.trigger.sent, d.trigger.idx)
                if (generic or e.cameo.root in kinds or armed and e.fired("claimed") and not e.plover.type)
                and any(not any(same(a, s) for s in d.sources) for a in e.source)]
        # of the acts told, a state condemns the one done to it ("... attacked a Greek ship;
        # US jets struck the rebels ... Greece condemned the attack": the attack on the ship)
        own = {a.country for a in d.sources if a.country} if d.entry.plover == "ACCUSE" else set()
        told = next((e for e in told if any(t.country in own for t in e.target)), told[0] if told else None)
        doers = tuple(a for a in (told.source if told else ()) if not any(same(a, s) for s in d.sources))
        doers = tuple(a for a in doers if a.country not in own) or doers  # a clash judged: the other side's part
        if doers:
            return d.but(targets=doers)
    return d


def charge_denied(d: Draft, ctx: Context) -> Draft:
    # "Pakistan accused Kabul of sheltering militants ... Kabul denied that Afghan soil was
    # used": a denial naming nobody of another country answers the last charge against the
    # denier's country, or the last armed act told against it ("X said its drones hit a depot
    # in Y ... Y denied that any facility was damaged"), and is aimed at whoever made it
    own = {a.country for a in d.sources if a.country}
    if d.entry.cameo != DENY_CODE or not own or any(t.country and t.country not in own for t in d.targets):
        return d
    told = next((e for e in ctx.told_before(d.trigger.sent) if (e.cameo.root == ACCUSATION_ROOT
                                                                or e.cameo.root in FORCE_ROOTS)
                 and any(t.country in own for t in e.target)
                 and any(a.country and a.country not in own for a in e.source)), None)
    accusers = tuple(a for a in (told.source if told else ()) if a.country and a.country not in own)
    return d.but(targets=accusers) if accusers else d


def place_as_target(d: Draft, ctx: Context) -> Draft:
    # "held exercises in Alaska", "a protest in the capital", as CAMEO coders do; but words
    # said at home are aimed at no one there ("In Washington, the president warned ...")
    if d.targets:
        return d
    found = tuple(place_target(ctx.parsed, ctx.index, d.trigger))
    if found and (_said_at_home(d, ctx, found) or _says_a_clause(d, ctx)):
        return d
    return d.but(targets=found) if found else d


def _says_a_clause(d: Draft, ctx: Context) -> bool:
    """Words with a clause of their own ("demanded in Quito that the rebels free X"): whom the
    clause is about is their party, not where they were said."""
    return cameo_info(d.entry.cameo).quad_class in VERBAL_QUADS and d.entry.cameo[:2] != PROTEST_ROOT \
        and any(c.dep == "ccomp" for c in ctx.parsed.children(d.trigger.i))


def _said_at_home(d: Draft, ctx: Context, places: tuple[Actor, ...]) -> bool:
    """Words (CAMEO's verbal quad classes, a protest aside: it is done somewhere) said in a
    place of the speaker's own country, named on the verb itself: where it was said, not
    what it is about ("claimed the attack on a post in Y" keeps Y)."""
    if d.entry.cameo[:2] == PROTEST_ROOT or cameo_info(d.entry.cameo).quad_class not in VERBAL_QUADS:
        return False
    if not {a.country for a in places} <= {a.country for a in d.sources}:
        return False
    parsed = ctx.parsed
    on_verb = [ctx.index.by_token[g.i] for p in parsed.children(d.trigger.i) if p.dep == "prep"
               for g in parsed.children(p.i) if g.dep == "pobj"]
    return any(a is b for a in places for b in on_verb)


def answered_act(d: Draft, ctx: Context) -> Draft:
    if d.targets or d.trigger.pos not in VERB_POS:
        return d
    parsed = ctx.parsed
    for holder in verb_and_objects(parsed, d.trigger):
        # a protest "against the government's pension plans": whose the plans are
        protested = party_objects(parsed, holder, PROTESTED_PREPS) if d.entry.plover == PROTEST_TYPE else []
        for thing in protested:
            found = _party_or_owner(ctx, thing, d.trigger, d.sources)
            if found:
                return d.but(targets=tuple(distinct(found)))
        for answer in party_objects(parsed, holder, ("in",)):
            if parsed.tokens[answer].lemma.lower() not in ANSWER_NOUNS:
                continue
            # the act answered hangs on the answer or, as parsers put it, right after it
            things = party_objects(parsed, answer, ANSWERED_PREPS) or [
                t for t in party_objects(parsed, holder, ANSWERED_PREPS) if t > answer]
            for thing in things:
                found = _party_or_owner(ctx, thing, d.trigger, d.sources)
                if found:
                    return d.but(targets=tuple(distinct(found)))
    return d


def words_about(d: Draft, ctx: Context) -> Draft:
    # "expressed pessimism about Greece's chances", "expressed readiness to negotiate with Syria":
    # words or an intent with nobody addressed are about the first party of another country they
    # name, as a statement from a quote is (statements.spoken_of; a party at home added false
    # ConfliBERT target spans). Not a plain "said" (bare-saying), a speaker of no country, nor a
    # verb with a content clause (the coding rule content-subject reads whom it is about).
    if d.targets or d.entry.cameo[:2] not in WORDS_ROOTS or not d.sources or not d.sources[0].country \
            or d.trigger.lemma.lower() in CLAIM_VERBS or any(c.dep == "ccomp" for c in ctx.parsed.children(d.trigger.i)):
        return d
    found = named_abroad(d, ctx)
    return d.but(targets=tuple(found)) if found else d


def named_abroad(d: Draft, ctx: Context) -> list[Actor]:
    """The first party of another country than the speaker's named in the act's phrase."""
    parsed, speaker = ctx.parsed, d.sources[0]
    subjects = {j for c in parsed.children(d.trigger.i) if c.dep in SUBJECT_DEPS for j in parsed.subtree(c.i)}
    named = [a for i in parsed.subtree(d.trigger.i) if i not in subjects for a in [ctx.index.by_token[i]]
             if a is not None and a.kind != "place" and not any(same(a, s) for s in d.sources)
             and other_side(a, speaker)]
    return [a for a in named if a.country and a.country != speaker.country][:1]


def bare_saying(d: Draft, ctx: Context) -> Draft | None:
    # "..., the agency said": the quotes stage's business
    if (not d.targets and d.entry.cameo[:2] == STATEMENT_ROOT and not d.entry.objects
            and d.trigger.lemma.lower() in CLAIM_VERBS):
        return None
    return d


# (id, reason, rule), in the order they run.
UNNAMED_TARGET_RULES = (
    ("investigated-doer", "an inquiry into an act is aimed at its doer (\"into the killing of civilians by "
                          "X\"), not at those it was done to", investigated_doer),
    ("holder-asked", "asking for captives' release is asking those who hold them", holder_asked),
    ("aimed-at", "nobody acted on: whom the act or its object is meant against (\"built missiles to "
                 "use against X\", \"a unit trained against X\")", aimed_at),
    ("partner-of-relation", "nobody acted on: the other party of the relation the act is about (\"a "
                            "formula to end the dispute with Y\")", partner_of_relation),
    ("warned-party", "nobody acted on: the one warned or threatened with the act (\"warned Taiwan that "
                     "it would use force\")", warned_party),
    ("conditional-party", "a threat aimed at nobody: the one whose act is its condition (\"warned of a "
                          "response if Chile sent warships\")", conditional_party),
    ("helped-party", "nobody given to: the one the aid's purpose clause helps (\"donated ventilators to "
                     "help Ethiopia\")", helped_party),
    ("accused-party", "nobody accused: the doer in the clause of the charge (\"alleged that X had "
                      "armed the militia\")", accused_party),
    ("pressed-party", "a protest aimed at nobody: the one its purpose clause asks (\"struck to press the "
                      "government for higher pay\", \"marched to demand that X resign\")", pressed_party),
    ("act-told-before", "judging, welcoming or denying \"the raid\", \"the offer\", \"the charge\" the "
                        "story told before is aimed at its doer (\"Israeli forces raided the camp ... Abbas "
                        "condemned the raid\")",
     act_told_before),
    ("pair-told-before", "\"both sides\", \"the two countries\": the two parties of the last two-sided "
                         "event the story told (\"X and Y fought ... Z urged both sides to\")", pair_told_before),
    ("charge-denied", "a denial naming nobody of another country is aimed at whoever made the last charge, "
                      "or the last armed act told, against the denier's country (\"X accused Kabul ... Kabul "
                      "denied that ...\")", charge_denied),
    ("protest-site", "a protest aimed at nobody: the body at whose building it was held (\"outside the "
                     "Japanese embassy\")", protest_site),
    ("place-as-target", "nobody acted on: the state where it happened is the target", place_as_target),
    ("answered-act", "nobody acted on: the author of the act it answers (\"in response to X's missile "
                     "launches\", \"in retaliation for a Hamas attack\", \"in protest at X's plan\"), or of "
                     "what a protest is against (\"struck against the government's plans\")",
     answered_act),
    ("words-about", "words with nobody addressed are about the first party of another country they name "
                    "(\"expressed pessimism about Greece's chances\")", words_about),
    ("bare-saying", "saying with nobody addressed or spoken of is attribution, not an event", bare_saying),
)
