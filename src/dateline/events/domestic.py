"""Whom a domestic act is aimed at when the sentence names nobody: the other side at home.

CAMEO defines some acts as domestic: political reform (appeals 024, intents 034, demands
104, concessions 083, rejections 123), administrative sanctions (eased 081, promised 0351,
refused 1241, imposed 172), dissent (eased 082, promised 0352, refused 1242, protest 14,
repression 175), and a state body's inquiry (09) or arrests (173). Such an act that names no
one it is aimed at ("Bangladesh lifted its curfew", "the government withdrew the tax
increase", "thousands marched to demand reform") is aimed at the other side of the same
country, as ICEWS codes "Government (X) -> Citizen (X)" and "Protester (X) -> Government (X)":

- ``home-party``: a party the act names with no country of its own ("restrictions on
  opposition newspapers", "abuses by soldiers") is of the state body's country; so is one of
  any other act but force (CAMEO 18-20, which states also use abroad) in a sentence that names
  no other country ("the junta declared a ceasefire with ethnic armed groups");
- ``home-measure``: a state body's act (a state, or a government, army, police, court,
  legislature or intelligence body) is aimed at its country's people;
- ``home-dissent``: a people's act (protesters, an opposition, workers, a party) is aimed at
  its country's government;
- ``story-setting``: any other act that names no one, in a story filed from a country (its
  dateline), is aimed at that country, where it took place: "UNICEF called for the release of
  the children", "Qatar said it would send fuel" under a BEIRUT dateline are aimed at
  Lebanon, as a place named would be (place-as-target); statements too (statements.py). A
  story without a dateline is set in the country the article is about (actors.story_country).

The target is implied, not named: it has no words of its own (an empty text and an empty
span at the first source; its name says who it is), its kind and basis say so, and the
event's confidence is lowered (events.INFERRED_RULES). Sources of several countries, or of
none, or an international body, imply no home of their own; a story's dateline does.
"""

from __future__ import annotations

import dataclasses

from ..actors import INFERRED, cameo_code, default_knowledge
from ..records import Actor, Basis
from ..rules import RuleSet
from ..tables import word_class
from .background import FORCE_ROOTS
from .draft import Context, Draft

# CAMEO codes (prefixes) of acts by a state body on its own people, and of acts by its
# people on their government (words.tsv).
MEASURE_CODES = tuple(sorted(word_class("home measure codes")))
DISSENT_CODES = tuple(sorted(word_class("home dissent codes")))
# Actor types of state bodies (words.tsv), and codes that are no state's.
STATE_SECTORS = word_class("state sectors")
NOT_STATES = word_class("international codes")
PLACELESS_SECTORS = word_class("placeless sectors")
GOVERNMENT = "GOV"
IMPLIED = "implied"

# Run on a draft whose code the coding rules have settled.
DOMESTIC: RuleSet[Draft] = RuleSet("events.domestic")


def _country(sources: tuple[Actor, ...]) -> str | None:
    """The one country all sources are of, if they are of one and it is a state's."""
    countries = {a.country for a in sources}
    country = countries.pop() if len(countries) == 1 else None
    return country if country and country not in NOT_STATES else None


def _homeless(actor: Actor) -> bool:
    """A party with no country that could have one at home (not migrants or an NGO)."""
    return not actor.country and actor.kind != "place" and actor.sector not in PLACELESS_SECTORS


def state_body(actor: Actor) -> bool:
    """A state, or a government, army, police, court, legislature or intelligence body."""
    return actor.kind == "state" or actor.sector in STATE_SECTORS


def implied_home(first: Actor, country: str, sector: str | None, rule_id: str, why: str) -> Actor:
    """The implied other side at home: the country (its people, or its government with
    ``sector`` GOV), at an empty span where the first source begins."""
    name = default_knowledge().country_names.get(country, country)
    label = f"{name} (government)" if sector == GOVERNMENT else name
    return Actor(text="", name=label, start=first.start, end=first.start, country=country,
                 sector=sector, code=cameo_code(country, sector), kind=IMPLIED,
                 basis=[Basis(IMPLIED, rule_id, why)])


@DOMESTIC.rule("home-party", "a party with no country that a state body's domestic act names (\"restrictions "
                             "on opposition newspapers\"), or any act but force in a sentence naming no other "
                             "country (\"declared a ceasefire with ethnic armed groups\"), is of that body's "
                             "country (inferred)")
def home_party(d: Draft, ctx: Context) -> Draft:
    country = _country(d.sources)
    if not d.targets or not any(_homeless(a) for a in d.targets) or country is None \
            or not (d.cameo.startswith(MEASURE_CODES) or d.cameo[:2] not in FORCE_ROOTS
                    and _one_country(d, ctx, country)) \
            or not all(state_body(a) for a in d.sources):
        return d
    return d.but(targets=tuple(a if not _homeless(a) else dataclasses.replace(
        a, country=country, code=cameo_code(country, a.sector),
        basis=a.basis + [Basis(INFERRED, country, "home-party")]) for a in d.targets))


@DOMESTIC.rule("home-measure", "a state body's domestic act (a curfew, reform, restrictions, an inquiry) that "
                               "names no target is aimed at its country's people (implied)")
def home_measure(d: Draft, ctx: Context) -> Draft:
    # "Bangladesh lifted its nationwide curfew": the country's people
    country = _country(d.sources)
    if d.targets or country is None or not d.cameo.startswith(MEASURE_CODES) \
            or not all(state_body(a) for a in d.sources):
        return d
    target = implied_home(d.sources[0], country, None, "home-measure",
                          "a state body's domestic act names no target: its country's people")
    return d.but(targets=(target,))


@DOMESTIC.rule("home-dissent", "a people's domestic act (a protest, a demand for reform) that names no target "
                               "is aimed at its country's government (implied)")
def home_dissent(d: Draft, ctx: Context) -> Draft:
    # "hundreds of Afghan women marched to demand equal rights": the country's government
    country = _country(d.sources)
    if d.targets or country is None or not d.cameo.startswith(DISSENT_CODES) \
            or any(state_body(a) or a.kind == IMPLIED for a in d.sources):
        return d
    target = implied_home(d.sources[0], country, GOVERNMENT, "home-dissent",
                          "a people's domestic act names no target: its country's government")
    return d.but(targets=(target,))


@DOMESTIC.rule("story-setting", "an act that names no target, in a story filed from a country (its dateline; "
                                "else the country the article is about), is aimed at that country, where it "
                                "took place (implied)")
def story_setting(d: Draft, ctx: Context) -> Draft:
    target = setting_target(d.sources, ctx.home)
    return d.but(targets=(target,)) if target is not None and not d.targets else d


def setting_target(sources, home: str | None) -> Actor | None:
    """The implied target of an act of ``sources`` naming none in a story filed from
    ``home``: that country (None without a dateline's country or a source to place it at)."""
    if not home or not sources or any(a.kind == IMPLIED for a in sources):
        return None
    return implied_home(sources[0], home, None, "story-setting",
                        "an act naming no target, in a story filed from its country: aimed at it")


def _one_country(d: Draft, ctx: Context, country: str) -> bool:
    """Does the sentence name no country but the sources'?"""
    sentence = ctx.parsed.sentences[d.trigger.sent]
    return {a.country for a in ctx.index.by_token[sentence.start:sentence.end] if a is not None and a.country} \
        == {country}
