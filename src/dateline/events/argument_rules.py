"""Who did it and to whom: the rules that find and fix an event's source and target.

:func:`initial` reads the match (the subject, the target words the pattern named);
then :data:`ARGUMENTS` runs in order. Each rule is a construction of news English,
named, with one regression test of its own (tests/test_rules.py). The last rules, for
an act that acts on nobody, are in ``unnamed_targets`` (registered at the end, so they
run last).
"""

from __future__ import annotations

from ..nlp import Parsed, Token
from ..records import Actor
from ..rules import RuleSet
from .arguments import (PLACE_KINDS, SENDING_TYPES, SUBJECT_DEPS, bare_mass, coordinated_speakers, distinct,
                        engaged_party, first_actor_after, is_passive_target, mutual_object, noun_agent, noun_source,
                        passive_relative, reflexive, same, sent_forces, shared_object, subject_of, with_phrase)
from .background import forceful
from .by_subject import SUBJECT_FORCE_VERBS
from .casualties import CASUALTY_RULES
from .documents import release_place
from .draft import Context, Draft, rule_note
from .lexicon import LexiconEntry
from .match import PASSIVE_SUBJECT_DEPS, VERB_POS, is_passive, party_objects
from .pairs import pair_as_source
from .state_announced import state_announced
from .owners import (RECIPIENT_PREPS, of_another_country, own_body, owners, recipients, state_agent,
                     things_acted_on, whose_words)
from .status import is_intended, is_refused
from .unnamed_targets import UNNAMED_TARGET_RULES
from ..tables import word_class

# Types whose coordinated subjects act on each other when no target is named
# ("Russia and North Korea negotiated").
RECIPROCAL_TYPES = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT"}
CIRCUMSTANCE_PREPS = ("in", "during", "by")  # of an agentless passive's act: "killed in a raid by X"
PLURAL_PRONOUNS = {"they", "we"}  # for several subjects named just before: "X and Y said they ..."
# Nouns of an armed act or weapon whose modifier names who used it (words.tsv).
FORCE_NOUNS = word_class("force nouns")
ORIGIN_PREPS = ("from",)  # where force came from: "fired from Gaza"
ABILITY_ADJECTIVES = word_class("ability adjectives")  # how well a thing is done ("bad at coordinating")
ABILITY_PREPS = ("at", "in")
# Types where "X ... with Y" makes both sides actors: a meeting or negotiation is joint; signing is X's act.
JOINT_TYPES = {"CONSULT"}
# Verbs of meeting whose object meets the subject as much as the reverse ("X met Y").
MEETING_VERBS = word_class("meeting verbs")
MUTUAL_VERBS = word_class("mutual verbs")
EXPULSION_VERBS = word_class("expulsion verbs")  # expelling someone from a state
# Releasing captives (084x), and the verbs of holding them (words.tsv).
RELEASE_CODE = "084"
CAPTIVITY_VERBS = word_class("captivity verbs")
# Where captives are held, whose owner held them ("released from a Belarusian prison").
CUSTODY_NOUNS = {"prison", "jail", "gaol", "custody", "detention", "captivity", "camp", "cell"}
HEADLINE_NOUN_DEPS = {"nsubj", "nsubjpass", "ROOT"}  # where an agentless eventive noun is still the act
CLAIM_CODE, CRITICIZE_CODE = "112", "111"  # a charge of force made by a speaker, and a criticism

ARGUMENTS: RuleSet[Draft] = RuleSet("events.arguments")


def initial(ctx: Context, draft: Draft) -> Draft:
    """The subject (or a noun's agent) as source; the pattern's target words as target."""
    parsed, index, trigger = ctx.parsed, ctx.index, draft.trigger
    source_token = subject_of(parsed, trigger) if trigger.pos in VERB_POS else noun_source(parsed, trigger)
    if source_token is None and _active_participle(parsed, trigger, draft.entry):
        source_token = trigger.head
    targets: list[Actor] = []
    for t in draft.match.target_tokens:
        if parsed.tokens[t].dep in SUBJECT_DEPS:  # an object the parser stranded as a subject
            found = [a for a in [index.actor_at(t)] if a is not None]
        else:
            found = index.actors_at(t) or [a for p in party_objects(parsed, t) for a in index.actors_at(p)]
        targets.extend(a for a in found if all(a is not b for b in targets))
    if sent_forces(tuple(targets), draft.entry.plover):  # "mobilised troops": one's own
        targets = []
    return draft.but(source_token=source_token, sources=tuple(ctx.arguments(source_token)),
                     targets=tuple(targets))


def _active_participle(parsed: Parsed, trigger: Token, entry: LexiconEntry) -> bool:
    """"An audit called for an embargo": a prepositional verb whose preposition keeps
    its object is active (its passive strands it: "an embargo called for"), so a
    "participle" on the sentence's root noun is its main verb."""
    head = parsed.tokens[trigger.head]
    if trigger.dep != "acl" or head.dep != "ROOT" or head.pos not in ("NOUN", "PROPN") or not entry.particles:
        return False
    return any(c.dep == "prep" and c.lemma.lower() in entry.particles
               and any(g.dep == "pobj" for g in parsed.children(c.i)) for c in parsed.children(trigger.i))


def _actors_at(ctx: Context, tokens: list[int]) -> tuple[Actor, ...]:
    return tuple(a for p in tokens for a in ctx.index.actors_at(p))


ARGUMENTS.rule("pair-as-source", "\"both sides\", \"the two leaders\" as subject: the two parties of the last "
               "two-sided event the story told (\"X and Y met ... the two leaders signed\")")(pair_as_source)


@ARGUMENTS.rule("document-place", "a document nobody is named issuing speaks for the country it was "
                                  "released in (\"a report released in Kigali alleged\"), less surely")
def document_place(d: Draft, ctx: Context) -> Draft:
    if d.sources or d.source_token is None:
        return d
    found = release_place(ctx.parsed, ctx.index, d.source_token)
    return d.but(sources=tuple(found[:1])) if found else d


@ARGUMENTS.rule("party-of-thing", "a thing given or sent: the party is the verb's to/with phrase, else "
                                  "the thing's (\"provided euros in aid to X\")")
def party_of_thing(d: Draft, ctx: Context) -> Draft:
    # "contributed a million rupees to Australia"
    given = d.entry.target_direct or bool(set(d.entry.target_preps) & set(RECIPIENT_PREPS))
    if d.targets or not given or d.trigger.pos not in VERB_POS or is_passive(ctx.parsed, d.trigger):
        return d
    found = _actors_at(ctx, party_objects(ctx.parsed, d.trigger.i)) if d.entry.target_direct else ()
    # named on the thing, only a party itself: "support for X's efforts" is support of the efforts
    found = found or tuple(a for t in recipients(ctx.parsed, d.trigger) if ctx.index.by_token[t] is not None
                           for a in ctx.index.actors_at(t))
    return d.but(targets=found) if found else d


@ARGUMENTS.rule("engaged-party", "the side drawn into a clash is its other party")
def engaged(d: Draft, ctx: Context) -> Draft:
    # "engaged the patrol in a firefight (in the hills)": the patrol, not the place
    if d.entry.pos != "N" or (party := engaged_party(ctx.parsed, d.trigger)) is None:
        return d
    found = tuple(ctx.index.actors_at(party))
    return d.but(targets=found) if found and found != d.targets else d


@ARGUMENTS.rule("people-object", "a required object that names people is the other party")
def people_object(d: Draft, ctx: Context) -> Draft:
    # "received ministers from X" ("opened its borders" names none; "blew himself up" names the doer
    # again; what two sides swap, "Russia and Ukraine exchanged prisoners", is no party: reciprocal)
    obj = d.match.object_token
    if d.targets or obj is None or d.entry.pos != "V" or d.match.target_tokens \
            or ctx.index.by_token[obj] is None or bare_mass(ctx.parsed, obj) or reflexive(ctx.parsed, [obj]) \
            or len(d.sources) > 1 and d.trigger.lemma.lower() in MUTUAL_VERBS:
        return d
    found = tuple(ctx.index.actors_at(obj))
    # "its ambassador" is the subject's own, "his Nicaraguan counterpart" another state's
    if own_body(ctx, obj) and not of_another_country(found, d.sources) or sent_forces(found, d.entry.plover):
        return d
    return d.but(targets=found) if found else d


@ARGUMENTS.rule("author-of-judged", "the owner or author of the thing acted on is the target "
                                    "(\"rejected Y's demand\", \"an offer from Y\", \"the Y plan\")")
def author_of_judged(d: Draft, ctx: Context) -> Draft:
    # condemning X's act accuses X (112)
    if d.targets:
        return d
    parsed, targets, cameo, note = ctx.parsed, [], d.cameo, None
    for t in things_acted_on(parsed, d):
        found = [a for a in owners(ctx, parsed.tokens[t], d.trigger)
                 if not any(same(a, s) or a is s for s in d.sources)]
        if not found or sent_forces(tuple(found), d.entry.plover):  # "sent police officers"
            continue
        targets.extend(a for a in found if all(a is not b for b in targets))
        if d.entry.cameo == CRITICIZE_CODE and parsed.tokens[t].lemma.lower() in ctx.lexicon.nouns:
            cameo, note = CLAIM_CODE, rule_note("agent-of-act", CLAIM_CODE)
    if not targets and note is None:
        return d
    return d.but(note, targets=tuple(targets), cameo=cameo)


@ARGUMENTS.rule("state-of-act", "the state where a judged arrest, trial or execution took place did it: "
                                "\"condemned the arrest of a British reporter in Russia\" is aimed at Russia")
def state_of_act(d: Draft, ctx: Context) -> Draft:
    found = [] if d.entry.plover != "ACCUSE" else [
        a for t in things_acted_on(ctx.parsed, d) for a in state_agent(ctx, ctx.parsed.tokens[t], d.trigger)]
    return d.but(targets=tuple(found[:1])) if found and not any(same(found[0], s) for s in d.sources) else d


@ARGUMENTS.rule("agent-of-circumstance", "killed in a raid by X: the raid's agent did it")
def agent_of_circumstance(d: Draft, ctx: Context) -> Draft:
    parsed = ctx.parsed
    if d.sources or d.trigger.pos not in VERB_POS or not is_passive(parsed, d.trigger):
        return d
    found = tuple(a for p in party_objects(parsed, d.trigger.i, CIRCUMSTANCE_PREPS)
                  for a in _circumstance_agents(ctx, parsed.tokens[p]))
    return d.but(sources=found) if found else d


@ARGUMENTS.rule("agent-of-subject-act", "an act as subject did what its verb says: \"an attack by rebels "
                                        "killed ten soldiers\", \"a rebel raid freed ...\"")
def agent_of_subject_act(d: Draft, ctx: Context) -> Draft:
    parsed = ctx.parsed
    if d.sources or d.source_token is None or d.trigger.pos not in VERB_POS or is_passive(parsed, d.trigger) \
            or ctx.index.by_token[d.source_token] is not None:
        return d
    found = tuple(a for a in _circumstance_agents(ctx, parsed.tokens[d.source_token])
                  if all(a is not t for t in d.targets))
    return d.but(sources=found) if found else d


def _circumstance_agents(ctx: Context, noun: Token) -> list[Actor]:
    """Who did the act a passive happened in: the agent of an eventive or force noun
    ("a raid by X", "Israeli shelling", "a rebel attack"), or the force phrase itself when
    the actor stage read it as an armed party ("in Turkish artillery fire", "an Egyptian
    air strike")."""
    lemma = noun.lemma.lower()
    if lemma not in ctx.lexicon.nouns and lemma not in FORCE_NOUNS:
        return []
    agent = noun_agent(ctx.parsed, noun)
    if agent is None:
        agent = next((c.i for c in ctx.parsed.children(noun.i) if c.dep in ("compound", "amod") and c.i < noun.i
                      and ctx.index.by_token[c.i] is not None), None)
    if agent is not None:
        return ctx.index.actors_at(agent)
    own = ctx.index.actor_at(noun.i)
    return [own] if own is not None and own.country and own.kind not in PLACE_KINDS else []


@ARGUMENTS.rule("origin-of-force", "force launched from a place, no agent named: the state it came from")
def origin_of_force(d: Draft, ctx: Context) -> Draft:
    # "a rocket was fired at X from the border region"
    parsed = ctx.parsed
    if d.sources or d.trigger.pos not in VERB_POS or not forceful(d.match) \
            or not is_passive(parsed, d.trigger):
        return d
    found = tuple(a for p in party_objects(parsed, d.trigger.i, ORIGIN_PREPS)
                  for a in [ctx.index.actor_at(p)] if a is not None and a.kind in PLACE_KINDS)
    return d.but(sources=found) if found else d


@ARGUMENTS.rule("passive-subject", "the subject of a passive is acted on: the sides swap (not the subject "
                                   "of an active relative clause on it: \"protesters who blocked roads were held\")")
def passive_subject(d: Draft, ctx: Context) -> Draft:
    raised = d.trigger.dep in ("xcomp", "relcl") and not is_passive(ctx.parsed, d.trigger)
    if d.source_token is None or raised or not is_passive_target(ctx.parsed, d.source_token):
        return d
    return d.but(sources=d.targets, targets=d.sources)


@ARGUMENTS.rule("freed-by-captor", "captives released with nobody named releasing them were released by "
                                   "those the text says held them (\"fishermen held by Peru were freed\")")
def freed_by_captor(d: Draft, ctx: Context) -> Draft:
    parsed = ctx.parsed
    if d.sources or not d.entry.cameo.startswith(RELEASE_CODE):
        return d
    patients = [c.i for c in parsed.children(d.trigger.i) if c.dep in PASSIVE_SUBJECT_DEPS] + list(d.match.target_tokens)
    holders = [p for i in patients for c in parsed.children(i)
               if c.dep in ("acl", "relcl") and c.lemma.lower() in CAPTIVITY_VERBS
               for p in party_objects(parsed, c.i, ("by",))]
    # "released from a Belarusian prison", "freed from Iranian custody": whose it is
    holders += [m for p in party_objects(parsed, d.trigger.i, ("from",))
                if parsed.tokens[p].lemma.lower() in CUSTODY_NOUNS for m in whose_words(parsed, p)]
    found = tuple(a for p in holders for a in ctx.index.actors_at(p) if not any(same(a, t) for t in d.targets))
    return d.but(sources=found) if found else d


@ARGUMENTS.rule("expelled-from", "an expulsion nobody is named doing was done by the state one was "
                                 "expelled from (\"a reporter was deported from Russia\")")
def expelled_from(d: Draft, ctx: Context) -> Draft:
    if d.sources or d.trigger.lemma.lower() not in EXPULSION_VERBS or not is_passive(ctx.parsed, d.trigger):
        return d
    found = tuple(a for p in party_objects(ctx.parsed, d.trigger.i, ("from",)) for a in ctx.index.actors_at(p)
                  if a.kind in PLACE_KINDS and a.country and not any(same(a, t) for t in d.targets))
    return d.but(sources=found) if found else d


@ARGUMENTS.rule("sent-by-own-state", "forces or staff sent with nobody named sending them were sent by "
                                     "their own state (\"Kenyan police were deployed to Haiti\")")
def sent_by_own_state(d: Draft, ctx: Context) -> Draft:
    parsed, trigger = ctx.parsed, d.trigger
    if d.sources or d.entry.plover not in SENDING_TYPES or trigger.pos not in VERB_POS \
            or not is_passive(parsed, trigger):
        return d
    found = tuple(a for c in parsed.children(trigger.i) if c.dep in PASSIVE_SUBJECT_DEPS
                  for a in ctx.index.actors_at(c.i)
                  if a.country and a.kind not in PLACE_KINDS and not any(same(a, t) for t in d.targets))
    return d.but(sources=found) if found else d


@ARGUMENTS.rule("pair-pronoun", "\"X and Y said they would ...\": the plural pronoun is all of them")
def pair_pronoun(d: Draft, ctx: Context) -> Draft:
    parsed, tok = ctx.parsed, d.source_token
    if tok is None or parsed.tokens[tok].text.lower() not in PLURAL_PRONOUNS \
            or not any(a is ctx.index.by_token[tok] for a in d.sources):
        return d
    found = tuple(a for a in coordinated_speakers(parsed, ctx.index, parsed.tokens[tok])
                  if not any(same(a, t) for t in d.targets))
    return d.but(sources=found) if len(found) > 1 else d


@ARGUMENTS.rule("relative-patient", "a passive relative or participle acts on its noun "
                                     "(\"envoys who were expelled by X\")")
def relative_patient(d: Draft, ctx: Context) -> Draft:
    trigger, parsed = d.trigger, ctx.parsed
    if d.targets or trigger.pos not in VERB_POS or not passive_relative(parsed, trigger):
        return d
    found = tuple(a for a in ctx.index.actors_at(trigger.head) if not any(same(a, s) for s in d.sources))
    return d.but(targets=found) if found else d


@ARGUMENTS.rule("converse", "a converse pattern names the target as subject (\"received aid from X\")")
def converse(d: Draft, ctx: Context) -> Draft:
    return d.but(sources=d.targets, targets=d.sources) if d.entry.converse else d


@ARGUMENTS.rule("once-each", "an actor counts once on each side")
def once_each(d: Draft, ctx: Context) -> Draft:
    sources, targets = tuple(distinct(list(d.sources))), tuple(distinct(list(d.targets)))
    if len(sources) == len(d.sources) and len(targets) == len(d.targets):
        return d
    return d.but(sources=sources, targets=targets)


@ARGUMENTS.rule("joint-meeting", "X met (with) Y: both meet; X met Y and Z: each of them meets X; a "
                                  "meeting or call \"between X and Y\" of two countries nobody else holds: both meet")
def joint_meeting(d: Draft, ctx: Context) -> Draft:
    tokens = ctx.parsed.tokens  # (a meeting asked "for" is none held)
    if d.entry.plover in JOINT_TYPES and not d.sources and len({a.country for a in d.targets}) > 1 and any(
            tokens[tokens[t].head].lemma.lower() == "between" for t in d.match.target_tokens) \
            and not (d.trigger.dep == "pobj" and tokens[d.trigger.head].lemma.lower() == "for"):
        both = tuple(distinct(list(d.targets)))
        return d.but(sources=both, targets=both, joint=True)
    # Several subjects ("X and Y welcomed ties with Z") are not each other's partners; a refusal
    # to meet is one side's ("X refused to meet Y"), and so is a readiness or a plan.
    if (d.entry.plover not in JOINT_TYPES or not d.targets or len(d.sources) != 1
            or not (with_phrase(ctx.parsed, d.match.target_tokens) or d.trigger.lemma.lower() in MEETING_VERBS)
            or is_refused(ctx.parsed, d.trigger) or is_intended(ctx.parsed, d.trigger)):
        return d
    if len(d.targets) == 1:
        both = tuple(distinct(list(d.sources + d.targets)))
        return d.but(sources=both, targets=both, joint=True)
    return d.but(joint=True, mirrored=True)


@ARGUMENTS.rule("met-and-agreed", "X met Y and signed an accord: the accord is with the one met")
def met_and_agreed(d: Draft, ctx: Context) -> Draft:
    parsed, trigger = ctx.parsed, d.trigger
    if d.targets or not d.sources or d.entry.plover not in RECIPROCAL_TYPES or trigger.dep != "conj" \
            or trigger.head == trigger.i or parsed.tokens[trigger.head].lemma.lower() not in MEETING_VERBS:
        return d
    met = parsed.tokens[trigger.head]
    partners = [o.i for o in parsed.children(met.i) if o.dep in ("dobj", "obj")] + party_objects(parsed, met.i, ("with",))
    found = tuple(a for i in partners for a in ctx.arguments(i) if not any(same(a, s) for s in d.sources))
    return d.but(targets=found) if found else d


@ARGUMENTS.rule("reciprocal", "X and Y negotiated, clashed or accused each other: each acts toward the other")
def reciprocal(d: Draft, ctx: Context) -> Draft:
    if d.joint or d.targets or len(d.sources) < 2 or not (
            d.entry.plover in RECIPROCAL_TYPES or d.trigger.lemma.lower() in MUTUAL_VERBS
            or shared_object(ctx.parsed, d.trigger) or mutual_object(ctx.parsed, d.trigger)):
        return d
    return d.but(targets=d.sources, joint=True)


@ARGUMENTS.rule("not-self", "nobody acts on themselves unless the text says so (\"itself\")")
def not_self(d: Draft, ctx: Context) -> Draft | None:
    if d.joint or not d.sources or not d.targets or reflexive(ctx.parsed, d.match.target_tokens):
        return d
    targets = tuple(t for t in d.targets if not any(same(t, s) for s in d.sources))
    if not targets:  # "X and Y agreed to boost trade between them": each acts on the other
        if len(d.sources) > 1:
            return d.but(targets=d.sources, joint=True)
        # "urged its allies": the owner's pronoun named someone else; "an operation in Karabakh": a place
        owned = any(c.dep == "poss" and c.pos == "PRON" for t in d.match.target_tokens
                    for c in ctx.parsed.children(t)) or all(t.kind in PLACE_KINDS for t in d.targets)
        return d.but(targets=()) if owned else None
    return d if len(targets) == len(d.targets) else d.but(targets=targets)


@ARGUMENTS.rule("ability-judged", "how well someone does a thing (\"bad at coordinating\", \"slow in "
                                  "responding\") is a judgement, not a report that they did it")
def ability_judged(d: Draft, ctx: Context) -> Draft | None:
    parsed, trigger = ctx.parsed, d.trigger
    if trigger.tag != "VBG" or trigger.dep != "pcomp" or trigger.head == trigger.i:
        return d
    prep = parsed.tokens[trigger.head]
    if prep.lemma.lower() not in ABILITY_PREPS or prep.head == prep.i:
        return d
    holder = parsed.tokens[prep.head]
    # the preposition hangs on the adjective or, as parsers often put it, on its copula
    adjectives = [holder] + [c for c in parsed.children(holder.i) if c.dep == "acomp"]
    return None if any(a.pos == "ADJ" and a.lemma.lower() in ABILITY_ADJECTIVES for a in adjectives) else d


ARGUMENTS.rule("state-announced", "\"said X would be arrested\" by a state body: its state will do it")(state_announced)
@ARGUMENTS.rule("unagented-noun", "an act nobody does sets the scene (\"during a visit to X\") "
                                  "unless it is the sentence's subject; a bomb that exploded is a bombing")
def unagented_noun(d: Draft, ctx: Context) -> Draft | None:
    if d.sources or d.trigger.lemma.lower() in SUBJECT_FORCE_VERBS and d.trigger.pos in VERB_POS:
        return d  # (the selection rules kept "a bomb exploded" only for a weapon)
    return d if d.targets and (d.trigger.pos in VERB_POS or d.trigger.dep in HEADLINE_NOUN_DEPS) else None


@ARGUMENTS.rule("phrase-target", "a pattern whose target is the first actor after the verb")
def phrase_target(d: Draft, ctx: Context) -> Draft:
    if d.targets or not d.entry.phrase_target:
        return d
    found = tuple(first_actor_after(ctx.parsed, ctx.index, d.trigger, list(d.sources)))
    return d.but(targets=found) if found else d


# The last rules (their own modules), in order: for an act nobody is named doing or acted on.
for _rule_id, _reason, _rule in CASUALTY_RULES + UNNAMED_TARGET_RULES:
    ARGUMENTS.rule(_rule_id, _reason)(_rule)
