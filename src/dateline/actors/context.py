"""Countries the context gives: actors the text names without one.

News names local actors without their country: "police arrested dozens of
demonstrators" in a story from Tbilisi are Georgian police; "rebels attacked a post in
southeastern Turkey" are rebels in Turkey; an official no table knows, in a story all
about Kenya, is most likely Kenyan. The rules of :data:`CONTEXT` give an unplaced actor a
role word (police, rebels, the government) or a person the tables do not know a country
from, in order: the country of its owner ("its troops") or of the one a participle says
launched or sent it ("drones launched by Russia"), the country of the same role word
told before ("the newspapers" after "two French newspapers"), the dateline's place (unless the
sentence places its acts in another country: "LONDON - rebels attacked a village in
Mali"; at a seat of international bodies, "GENEVA", only for local bodies such as police), the one country the sentence places its acts in, the country of the state body that arrests, bans
or tries it, the one country the sentence's bodies are named with (a home role word only:
"Mexican prosecutors accused a former governor"), the country the article is about. A town
an armed act is aimed at places the act as "in" does ("rebels seized the town of Kidal").
Named organisations never get one this way, and neither do international sectors; the
basis says where the country came from, and an event with such an actor is coded with
less confidence.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ..nlp import Parsed
from ..records import Actor, Basis
from ..rules import RuleSet
from ..tables import word_class
from .resolved import cameo_code
from .scene import assailed, locative, region_name
from .story import INFERRED, counted, dominant_country, inferred, is_venue

# Sectors that are not tied to the place a story is about.
PLACELESS_SECTORS = word_class("placeless sectors") | {None}
# The sectors a dateline at a seat of international bodies still places ("GENEVA - police").
SEAT_LOCAL_SECTORS = word_class("seat local sectors")
# State bodies whose verbs of power at home (arrest, ban, try) act on their own country's people.
STATE_SECTORS = {"GOV", "COP", "JUD", "LEG", "MIL", "SPY"}
HOME_POWER_VERBS = word_class("home power verbs")
# Verbs whose agent fields the force or weapon named ("drones launched by Russia").
FIELDING_VERBS = word_class("fielding verbs")
NOT_STATES = word_class("international codes")
# Armed acts and weapons ("a drone struck a market in Kharkiv"): where they strike is not
# whose they are, so only their owner or sender places them.
FORCE_NOUNS = word_class("force nouns")
COUNTERPART_WORDS = word_class("counterpart words")
ACTED_ON_DEPS = {"dobj", "obj", "nsubjpass"}
DEFINITE = {"the", "these", "those"}
# How the kinds of an actor's first basis tell an unplaced role word or unknown person.
ROLE_WORD, UNKNOWN_PERSON, UNKNOWN_BODY, APPOSITION = "sector", "ner-person", "ner-org", "apposition"

# Role words that, in a sentence naming one country, are that country's (the one-country
# rule): bodies and people of home politics and society. Rebels, soldiers and reporters
# are as often foreign, and are left alone.
HOME_SECTORS = {"GOV", "OPP", "PTY", "CVL", "COP", "JUD", "LEG", "ELI", "BUS", "EDU", "LAB", "AGR", "CRM", "HLH"}
# Bodies that deal with other states' governments: named alone, they place no government.
FOREIGN_DEALING = {"GOV", "MIL", "SPY"}


@dataclass(frozen=True)
class Unplaced:
    """An actor with no country, and the country the context found for it."""

    actor: Actor
    country: str | None = None
    why: str = ""
    final: bool = False


@dataclass
class Setting:
    """What the rules read: the dateline's country, the countries each sentence places
    its acts in, the country the article is about, the sentence of each actor."""

    home: str | None
    seat: bool  # the dateline is a seat of international bodies ("GENEVA")
    located: dict[int, set[str]]
    dominant: str | None
    sentence_of: dict[int, int]
    owner_of: dict[int, str]  # an actor's start -> the country of its possessor ("its troops")
    told_of: dict[int, str]  # a definite role word's start -> the country of the same word told before
    ruled_by: dict[int, str]  # an actor's start -> the country of the state body acting on it
    sent_by: dict[int, str]  # an actor's start -> the country of the one that launched or sent it
    named: dict[int, dict[str, set[str]]]  # a sentence -> its bodies' countries -> their sectors


CONTEXT: RuleSet[Unplaced] = RuleSet("actors.context")


def place_unplaced(actors: list[Actor], parsed: Parsed, home: str | None, seat: bool = False) -> list[Actor]:
    """The actors, those the context places with their country (see the module docstring);
    ``seat``: the dateline is a seat of international bodies, which places local bodies only."""
    setting = _setting(actors, parsed, home, seat or is_venue(actors, parsed, home))
    out = []
    for actor in actors:
        if not _placeable(actor) or _sent_to(parsed, actor):
            out.append(actor)
            continue
        draft = CONTEXT.apply(Unplaced(actor), setting).draft
        if draft is None or draft.country is None:
            out.append(actor)
            continue
        out.append(dataclasses.replace(
            actor, country=draft.country, code=cameo_code(draft.country, actor.sector),
            basis=actor.basis + [Basis(INFERRED, draft.country, draft.why)]))
    return _with_antecedents(out)


def _with_antecedents(actors: list[Actor]) -> list[Actor]:
    """A pronoun or a later short name without a country takes the one its antecedent was
    placed in ("the army said it was targeting militants", the army placed by the dateline;
    "Salvini" after "Interior Minister Matteo Salvini")."""
    placed = {a.entity: a.country for a in actors if a.entity is not None and a.country and inferred(a)}
    out = []
    for a in actors:
        country = placed.get(a.entity) if a.country is None and any(b.kind == "coref" for b in a.basis) else None
        out.append(a if country is None else dataclasses.replace(
            a, country=country, code=cameo_code(country, a.sector),
            basis=a.basis + [Basis(INFERRED, country, "antecedent")]))
    return out


@CONTEXT.rule("owner", "a role word owned by a placed actor is that actor's (\"Russia said its forces ...\"), "
                       "and a person no table knows of a placed body is its (\"X of Sinn Fein\")")
def owner(u: Unplaced, setting: Setting) -> Unplaced:
    return _role_word_from(u, setting.owner_of, "owner", persons=True)


@CONTEXT.rule("sent-by", "a force or weapon a participle says another launched, sent or fielded, or "
                          "one loyal to another, is that actor's (\"drones launched by Russia\")")
def sent_by(u: Unplaced, setting: Setting) -> Unplaced:
    return _role_word_from(u, setting.sent_by, "agent")


@CONTEXT.rule("told-before", "a role word with \"the\" is the one the story named before with a country "
                              "(\"two French newspapers ... accused the newspapers\"), and a person titled by a "
                              "body told so (\"Niger's junta ... Junta spokesman X\") speaks for it")
def told_before(u: Unplaced, setting: Setting) -> Unplaced:
    return _role_word_from(u, setting.told_of, "told-before", persons=True)


def _role_word_from(u: Unplaced, countries: dict[int, str], why: str, persons: bool = False) -> Unplaced:
    """A role word (or, with ``persons``, a person no table knows) takes the country a
    per-actor table of the setting gives it."""
    country = countries.get(u.actor.start)
    if country is None or u.actor.basis[0].kind not in ((ROLE_WORD, UNKNOWN_PERSON) if persons else (ROLE_WORD,)):
        return u
    return dataclasses.replace(u, country=country, why=why, final=True)


@CONTEXT.rule("dateline", "a story filed from a place is about its country's actors: role words and "
                           "people no table knows named with an office (\"Defense Minister X\")")
def dateline(u: Unplaced, setting: Setting) -> Unplaced:
    titled = u.actor.basis[0].kind == UNKNOWN_PERSON and u.actor.sector is not None
    if setting.home is None or u.actor.basis[0].kind != ROLE_WORD and not titled or _force(u):
        return u
    # "GENEVA - The chief negotiator said": talks meet there, police and courts are local
    if setting.seat and (titled or u.actor.sector not in SEAT_LOCAL_SECTORS):
        return u
    # "LONDON - Rebels attacked a village in northern Mali": the sentence's own place wins
    if setting.located.get(setting.sentence_of.get(u.actor.start, -1), set()) - {setting.home}:
        return u
    return dataclasses.replace(u, country=setting.home, why="dateline", final=True)


@CONTEXT.rule("sentence-place", "the one country a sentence places its acts in (\"in southern Chad\")")
def sentence_place(u: Unplaced, setting: Setting) -> Unplaced:
    countries = setting.located.get(setting.sentence_of.get(u.actor.start, -1), set())
    if len(countries) != 1 or _force(u):
        return u
    return dataclasses.replace(u, country=next(iter(countries)), why="sentence", final=True)


@CONTEXT.rule("home-power", "one a state body arrests, bans or tries is of its country (\"Turkish police "
                             "detained an opposition mayor\")")
def home_power(u: Unplaced, setting: Setting) -> Unplaced:
    country = setting.ruled_by.get(u.actor.start)
    if country is None:
        return u
    return dataclasses.replace(u, country=country, why="state-power", final=True)


@CONTEXT.rule("one-country", "a home role word in a sentence naming one country only is of that "
                              "country (\"Mexican prosecutors accused a former governor\")")
def one_country(u: Unplaced, setting: Setting) -> Unplaced:
    named = setting.named.get(setting.sentence_of.get(u.actor.start, -1), {})
    if len(named) != 1 or u.actor.basis[0].kind != ROLE_WORD or u.actor.sector not in HOME_SECTORS:
        return u
    country, sectors = next(iter(named.items()))
    # a government deals with other countries' governments: only home bodies vouch for it;
    # and a government speaking of a story about another country speaks of that country's
    # people ("the U.S. urged the government to talk to the opposition" in a story on Bahrain)
    if sectors <= FOREIGN_DEALING and (u.actor.sector in FOREIGN_DEALING or setting.dominant not in (None, country)):
        return u
    return dataclasses.replace(u, country=country, why="sentence-country", final=True)


@CONTEXT.rule("article-country", "the country an article is about")
def article_country(u: Unplaced, setting: Setting) -> Unplaced:
    if setting.dominant is None or _force(u):
        return u
    return dataclasses.replace(u, country=setting.dominant, why="article", final=True)


def _force(u: Unplaced) -> bool:
    """Is the actor an armed act or weapon ("drone", "shelling")?"""
    return u.actor.basis[0].kind == ROLE_WORD and u.actor.basis[0].name.lower() in FORCE_NOUNS


def _placeable(actor: Actor) -> bool:
    if actor.country is not None or not actor.basis or actor.kind == "place" or _counterpart(actor):
        return False
    kind = actor.basis[0].kind
    # a person no table knows has no sector to go by; a role word needs one tied to a place,
    # and so does a body no table knows that a role word in apposition names ("X, the main
    # opposition group")
    described = kind == UNKNOWN_BODY and any(b.kind == APPOSITION for b in actor.basis)
    return kind == UNKNOWN_PERSON and actor.sector is None or (
        (kind in (ROLE_WORD, UNKNOWN_PERSON) or described) and actor.sector not in PLACELESS_SECTORS)


def _counterpart(actor: Actor) -> bool:
    """"his counterpart": the other side's official, whom no context of this side places."""
    return any(b.kind == ROLE_WORD and b.name.lower() in COUNTERPART_WORDS for b in actor.basis)


def _sent_to(parsed: Parsed, actor: Actor) -> bool:
    """"an ambassador to Poland", "envoy to the talks": a role toward somewhere else says
    the actor is not from there, and the context says nothing more."""
    found = parsed.tokens_in(actor.start, actor.end)
    return bool(found) and any(c.dep == "prep" and c.lemma.lower() == "to"
                               for c in parsed.children(found[-1]))


def _setting(actors: list[Actor], parsed: Parsed, home: str | None, seat: bool) -> Setting:
    tokens = parsed.tokens
    sentence_of = {}
    for actor in actors:
        found = parsed.tokens_in(actor.start, actor.end)
        if found:
            sentence_of[actor.start] = tokens[found[0]].sent
    located: dict[int, set[str]] = {}
    named: dict[int, dict[str, set[str]]] = {}
    for actor in actors:
        if not counted(actor):
            continue
        found = parsed.tokens_in(actor.start, actor.end)
        if not inferred(actor) and found and actor.kind not in ("state", "place") and actor.country not in NOT_STATES:
            named.setdefault(tokens[found[0]].sent, {}).setdefault(actor.country, set()).add(actor.sector or "")
        if found and ((actor.kind in ("state", "place") or region_name(parsed, found[-1])) and locative(
                parsed, found[-1]) or actor.kind == "place" and assailed(tokens[found[-1]], tokens)):
            located.setdefault(tokens[found[0]].sent, set()).add(actor.country)
    return Setting(home, seat, located, dominant_country(actors, parsed), sentence_of, _owners(actors, parsed),
                   _told(actors, parsed), _ruled(actors, parsed), _senders(actors, parsed), named)


def _placed_at(actors: list[Actor], parsed: Parsed, sectors=None) -> dict[int, Actor]:
    """The actors with a country (of the given sectors) by the tokens they cover."""
    return {i: a for a in actors if a.country and (sectors is None or a.sector in sectors)
            for i in parsed.tokens_in(a.start, a.end)}


def _agents(parsed: Parsed, verb: int) -> list[int]:
    """The objects of a verb's "by" agent phrase ("launched by Russia")."""
    return [g.i for c in parsed.children(verb) if c.dep == "agent" for g in parsed.children(c.i) if g.dep == "pobj"]


def _owners(actors: list[Actor], parsed: Parsed) -> dict[int, str]:
    """For each actor owned by another with a country ("its troops", "their envoy"), or a
    person no table knows "of" a body with one, the owner's country."""
    at = _placed_at(actors, parsed)
    out = {}
    for actor in actors:
        found = parsed.tokens_in(actor.start, actor.end)
        owners = [at[c.i] for c in parsed.children(found[-1]) if c.dep == "poss" and c.i in at] if found else []
        if found and actor.basis and actor.basis[0].kind in (UNKNOWN_PERSON, ROLE_WORD):
            # "Ana Ruiz of the Liberal Party", "the crew of a Peruvian trawler"; "Gazprom chief
            # executive Ana Ruiz"
            named = [g.i for c in parsed.children(found[-1]) if c.dep == "prep" and c.lemma.lower() == "of"
                     for g in parsed.children(c.i) if g.dep == "pobj"]
            words = [c for c in parsed.children(found[-1]) if c.dep == "compound"]
            words += [g for c in words for g in parsed.children(c.i) if g.dep == "compound"]
            named += [c.i for c in words if c.i < found[0] and actor.basis[0].kind == UNKNOWN_PERSON]
            owners += [at[i] for i in named if i in at and at[i].kind in ("organization", "group")]
        if owners and owners[0] is not actor:
            out[actor.start] = owners[0].country
    return out


def _told(actors: list[Actor], parsed: Parsed) -> dict[int, str]:
    """For each role word with a definite article and no country, the country of the last
    actor before it named with the same role word (a bare head word: with one ending in it,
    "the ministry" after "Azerbaijan's foreign ministry") and a country of its own; for each
    person no table knows titled by a body's role word, that body's ("Junta spokesman X")."""
    out, last, bodies = {}, {}, {}
    for actor in sorted(actors, key=lambda a: a.start):
        word = next((b.name.lower() for b in actor.basis if b.kind == ROLE_WORD), None)
        found = parsed.tokens_in(actor.start, actor.end)
        if word is None or not found:
            continue
        if actor.country and not inferred(actor):
            last[word] = actor.country
            if actor.kind == "organization":  # a body: "the ministry" after "X's foreign ministry"
                last[word.split()[-1]] = bodies[word] = actor.country
        elif actor.country is None and actor.basis[0].kind == UNKNOWN_PERSON and word in bodies:
            out[actor.start] = bodies[word]  # "Junta spokesman X" after "Niger's junta"
        elif actor.country is None and word in last and any(
                c.dep == "det" and c.lemma.lower() in DEFINITE for c in parsed.children(found[-1])):
            out[actor.start] = last[word]
    return out


def _senders(actors: list[Actor], parsed: Parsed) -> dict[int, str]:
    """For each actor with a participle whose agent is an actor with a country ("drones
    launched by Russia", "troops sent by Kenya"), or loyal or belonging to one ("forces loyal
    to the president"), that actor's country: only for verbs that
    field a force or a weapon (words.tsv "fielding verbs"), as rebels backed, armed or
    trained by a state are not its own."""
    at = _placed_at(actors, parsed)
    out = {}
    for actor in actors:
        found = parsed.tokens_in(actor.start, actor.end)
        if not found:
            continue
        agents = [i for c in parsed.children(found[-1]) if c.dep == "acl" and c.tag == "VBN"
                  and c.lemma.lower() in FIELDING_VERBS for i in _agents(parsed, c.i)]
        # "forces loyal to the president", "a warplane belonging to X's forces": X's own
        agents += [g.i for c in parsed.children(found[-1]) if c.dep in ("amod", "acl")
                   and c.lemma.lower() in ("loyal", "belong")
                   for p in parsed.children(c.i) if p.dep == "prep" and p.lemma.lower() == "to"
                   for g in parsed.children(p.i) if g.dep == "pobj"]
        senders = [at[i] for i in agents if i in at and at[i] is not actor]
        if senders:
            out[actor.start] = senders[0].country
    return out


def _ruled(actors: list[Actor], parsed: Parsed) -> dict[int, str]:
    """For each actor a state body acts on with a verb of its power at home (arrest, ban,
    try: words.tsv "home power verbs"), that body's country."""
    at = {i: a for i, a in _placed_at(actors, parsed, STATE_SECTORS).items() if a.country not in NOT_STATES}
    out = {}
    for actor in actors:
        found = parsed.tokens_in(actor.start, actor.end)
        head = parsed.tokens[found[-1]] if found else None
        while head is not None and head.dep == "pobj" and parsed.tokens[head.head].lemma.lower() == "of":
            head = parsed.tokens[parsed.tokens[head.head].head]  # "dozens of people", "the wing of the party"
        if head is None or head.dep not in ACTED_ON_DEPS or head.head == head.i:
            continue
        verb = parsed.tokens[head.head]
        if verb.lemma.lower() not in HOME_POWER_VERBS:
            continue
        doers = [c.i for c in parsed.children(verb.i) if c.dep == "nsubj"] + _agents(parsed, verb.i)
        rulers = [at[i] for i in doers if i in at]
        if rulers:
            out[actor.start] = rulers[0].country
    return out
