"""Whose is the thing acted on: the owner or author an event's target may be ("rejected
Y's demand", "an offer from Y", "the plan drawn up by Y", "froze the assets of Y", "a
Y-flagged tanker"), whose act an inquiry looks into ("the killing of civilians by Y"), and
whose act a threat makes its condition ("if Y sends warships")."""

from __future__ import annotations

from ..nlp import Parsed, Token
from ..records import Actor
from ..tables import word_class
from .arguments import NAMING_VERBS, PLACE_KINDS, distinct, noun_agent, same, subject_of
from .draft import Context, Draft
from .match import is_passive, party_objects, verb_and_objects

# Prepositions naming who wrote or sent a judged thing ("a letter from X").
AUTHOR_PREPS = ("from",)
# Modifiers of a thing acted on that say whose it is ("the government plans").
OWNER_MODIFIER_DEPS = {"compound", "amod", "nmod"}
# Things owned, whose "of" phrase names the owner ("the assets of X"); an act's "of"
# phrase names whom it was done to ("the killing of X"), so only these (words.tsv).
POSSESSION_NOUNS = word_class("possession nouns")
OWNER_PREPS = ("of",)
# Acts only a state does to people (words.tsv): where one took place names who did it.
STATE_ACT_NOUNS = word_class("state act nouns")

# The border of a state a force stands on or along ("along the Azerbaijani border").
BORDER_PREPS = ("along", "on", "at", "near")
BORDER_NOUNS = {"border", "frontier", "boundary"}
WHOSE_DEPS = {"amod", "compound", "poss"}
# Possessive pronouns by which an object is the subject's own ("recalled its envoy").
OWN_POSSESSIVES = {"its", "their", "his", "her", "our", "my"}
# The preposition on a thing given that names whom it goes to ("aid to X"; "for" was
# tried: "support for agri-businesses", "for X's efforts" are not parties), and the one
# on a sum that names what it is ("dollars in aid").
RECIPIENT_PREPS = ("to",)
SUM_PREPS = ("in",)
# Refusals, whose infinitive's object is what is refused ("refused to accept X's plan").
REFUSING_TYPE = "REJECT"
# Verbs by which a third party makes an accord between others (words.tsv): its broker is
# no author of it ("violated a truce brokered by X").
THIRD_PARTY_VERBS = word_class("third-party verbs")
# Penn tags of relative pronouns ("which", "that", "who"): the subject of a relative
# clause that is one of them is the thing itself, not its author.
RELATIVE_TAGS = {"WDT", "WP", "WP$"}
# Participles that tie a thing to its owner ("ships linked to X", "firms tied to X").
LINK_PARTICIPLES = word_class("link participles")
LINK_PREPS = ("to", "with")
# Second parts of adjectives of ownership ("Liberian-flagged", "Greek-owned"): words.tsv.
OWNING_PARTICIPLES = word_class("owning participles")
# CAMEO root of investigating: an inquiry is aimed at the doer of what it looks into.
INQUIRY_ROOT = "09"
# Subordinators of a condition ("if Chile sends warships", "unless Chile withdraws").
CONDITION_MARKS = {"if", "unless"}


def clause_author(parsed, thing: Token) -> int | None:
    """The author a clause on the thing names: "the plan drawn up by X", "the plans, which
    were unveiled by X", "the deal that X signed", "ships linked to X" (a relative pronoun
    is no author; the broker of an accord between others is none either)."""
    for clause in parsed.children(thing.i):
        if clause.dep == "acl" and clause.lemma.lower() in LINK_PARTICIPLES:
            # "ships linked to Israel", "firms tied to the general": whose they are
            linked = party_objects(parsed, clause.i, LINK_PREPS)
            if linked:
                return linked[0]
        if not (clause.dep == "acl" and clause.tag == "VBN" or clause.dep == "relcl") \
                or clause.lemma.lower() in THIRD_PARTY_VERBS:
            continue
        children = parsed.children(clause.i)
        agent = next((c for c in children if c.dep == "agent"), None)
        if agent is not None:
            return next((g.i for g in parsed.children(agent.i) if g.dep == "pobj"), None)
        # a relative clause whose object is the thing ("the deal that X signed"); one with an
        # object of its own says what the thing is ("charges that it tortured a priest")
        if clause.dep == "relcl" and not any(c.dep in ("dobj", "obj", "ccomp", "xcomp") and c.tag not in RELATIVE_TAGS
                                             for c in children):
            return next((c.i for c in children if c.dep == "nsubj" and c.tag not in RELATIVE_TAGS), None)
    return None


def owners(ctx: Context, thing: Token, trigger: Token) -> list[Actor]:
    """Who a thing belongs to or comes from: its possessor or "by"/"from" phrase (on the
    thing or, as parsers hang it, on the verb), the "of" phrase of a thing owned ("the
    assets of X"), else an actor modifying it ("the government plans", "the Peruvian
    proposal")."""
    parsed = ctx.parsed
    if thing.pos not in ("NOUN", "PROPN"):
        return []
    agent = noun_agent(parsed, thing)
    if agent is None:
        # On an active verb "from X" or "by X" (it has no agent of its own) is the
        # thing's author; on a passive, "from" is where force came from.
        on_verb = () if is_passive(parsed, trigger) else AUTHOR_PREPS + ("by",)
        agent = next(iter(party_objects(parsed, thing.i, AUTHOR_PREPS)
                          + party_objects(parsed, trigger.i, on_verb)), None)
    if agent is None:
        agent = clause_author(parsed, thing)
    if agent is None and thing.lemma.lower() in POSSESSION_NOUNS:
        agent = next(iter(party_objects(parsed, thing.i, OWNER_PREPS)), None)
    if agent is not None:
        return ctx.index.actors_at(agent)
    found = [a for c in parsed.children(thing.i) if c.dep in OWNER_MODIFIER_DEPS and c.i < thing.i
             for a in [ctx.index.by_token[c.i]] if a is not None and a.kind not in PLACE_KINDS]
    # "a Liberian-flagged tanker", "a Greek-owned ship": the state or body before the participle
    return found or [a for c in parsed.children(thing.i) if c.dep == "amod" and c.lemma.lower() in OWNING_PARTICIPLES
                     for g in parsed.children(c.i) if g.i < c.i for a in [ctx.index.by_token[g.i]]
                     if a is not None and a.kind != "place"]


def state_agent(ctx: Context, thing: Token, trigger: Token) -> list[Actor]:
    """Who did a judged arrest, trial or execution: its agent ("the arrest of X by Polish
    police"), else the state it took place in ("condemned the execution of a French citizen
    in Iran": Iran); [] for any other thing."""
    parsed = ctx.parsed
    if thing.lemma.lower() not in STATE_ACT_NOUNS:
        return []
    agent = noun_agent(parsed, thing)
    if agent is not None:
        return ctx.index.actors_at(agent)
    # "in Iran" hangs on the act, on the one it was done to, or on the verb judging it
    holders = [thing.i, *party_objects(parsed, thing.i, OWNER_PREPS), trigger.i]
    return [a for h in holders for p in party_objects(parsed, h, ("in",)) for a in ctx.index.actors_at(p)
            if a.kind == "state"][:1]


def own_body(ctx: Context, obj: int) -> bool:
    """"reopened their embassies", "recalled its ambassador": the subject's own people."""
    return any(c.dep == "poss" and c.lemma.lower() in OWN_POSSESSIVES for c in ctx.parsed.children(obj))


def of_another_country(actors, sources) -> bool:
    """Does one of the actors have a country none of the sources has?"""
    return any(a.country and all(s.country and s.country != a.country for s in sources) for a in actors)


def recipients(parsed, verb: Token) -> list[int]:
    """Whom a thing given goes to, named on the thing rather than on the verb: "provided
    50 billion euros in aid to X", "sent a shipment of grain to X"."""
    things = [c.i for c in parsed.children(verb.i) if c.dep in ("dobj", "obj")]
    # the sum's "in" phrase, on the sum or (as the parser often hangs it) on the verb
    things += [i for t in ([verb.i] + things if things else []) for i in party_objects(parsed, t, SUM_PREPS)]
    return [i for t in things for i in party_objects(parsed, t, RECIPIENT_PREPS)]


def things_acted_on(parsed: Parsed, draft) -> list[int]:
    """The words naming what a verb acts on when no actor is: the pattern's target
    words, its required object, the direct object, and the object of a required
    preposition ("agreed to X's mediation"), the object of a refused infinitive, the thing
    in "what X called Y"."""
    trigger, match = draft.trigger, draft.match
    found = list(match.target_tokens) + ([match.object_token] if match.object_token is not None else [])
    required = {p for p, _ in draft.entry.prep_objects}
    if match.object_token is not None:  # "seized control of the business of X": the business
        found.extend(g.i for c in parsed.children(match.object_token) if c.dep == "prep" and c.lemma.lower() in required
                     for g in parsed.children(c.i) if g.dep == "pobj")
    for child in parsed.children(trigger.i):
        if child.dep in ("dobj", "obj"):
            found.append(child.i)
        elif child.dep == "prep" and (child.lemma.lower() in draft.entry.particles
                                      or child.lemma.lower() in required):
            found.extend(g.i for g in parsed.children(child.i) if g.dep == "pobj")
        elif child.dep == "xcomp" and draft.entry.plover == REFUSING_TYPE:
            found.extend(g.i for g in parsed.children(child.i) if g.dep in ("dobj", "obj"))
        elif child.dep == "ccomp" and child.lemma.lower() in NAMING_VERBS and any(
                g.tag == "WP" and g.dep in ("dobj", "obj") for g in parsed.children(child.i)):
            # "condemned what it called Chile's aggression": the thing so named
            found.extend(g.i for g in parsed.children(child.i) if g.dep == "oprd")
    return list(dict.fromkeys(found))


def border_states(parsed: Parsed, verb: Token) -> list[int]:
    """The border a force stands along and the words naming whose it is ("along the
    Azerbaijani border", "at the border with Peru"), the phrase on the verb or on its own
    phrase ("on high alert along ...")."""
    heads = verb_and_objects(parsed, verb)
    heads += [g.i for c in parsed.children(verb.i) if c.dep == "prep" for g in parsed.children(c.i) if g.dep == "pobj"]
    borders = [i for h in heads for i in party_objects(parsed, h, BORDER_PREPS)
               if parsed.tokens[i].lemma.lower() in BORDER_NOUNS]
    return [w for i in borders for w in whose_words(parsed, i) + party_objects(parsed, i, ("with",))]


def whose_words(parsed: Parsed, noun: int) -> list[int]:
    """A place noun and the words before it that may say whose it is ("a Belarusian
    prison", "Peru's jails", "the Azerbaijani border")."""
    return [noun] + [c.i for c in parsed.children(noun) if c.dep in WHOSE_DEPS]


def conditional_parties(ctx: Context, head: int) -> list[Actor]:
    """Who must act for a threat or a warning to come true: the subject of an "if" or
    "unless" clause on ``head`` ("would respond if Chile sent warships": Chile)."""
    parsed = ctx.parsed
    for clause in parsed.children(head):
        if clause.dep == "advcl" and any(m.dep == "mark" and m.lemma.lower() in CONDITION_MARKS
                                         for m in parsed.children(clause.i)):
            found = [a for a in ctx.arguments(subject_of(parsed, clause)) if a.kind != "place"]
            if found:
                return found
    return []


def investigated_doer(d: Draft, ctx: Context) -> Draft:
    # "an inquiry into the killing of civilians by Russian troops": aimed at the troops, who
    # did what is investigated, not at the victims
    if d.entry.cameo[:2] != INQUIRY_ROOT:
        return d
    parsed = ctx.parsed
    for t in d.match.target_tokens:
        nouns = [t] + [g.i for p in parsed.children(t) if p.dep == "prep" and p.lemma.lower() == "of"
                       for g in parsed.children(p.i) if g.dep == "pobj"]
        doers = [a for n in nouns for i in [noun_agent(parsed, parsed.tokens[n])] if i is not None
                 for a in ctx.index.actors_at(i) if a.kind != "place" and not any(same(a, s) for s in d.sources)]
        if doers and not any(same(a, b) for a in doers for b in d.targets):
            return d.but(targets=tuple(distinct(doers)))
    return d
