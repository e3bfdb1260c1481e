"""Resolving a phrase to a coded mention, by named rules.

A phrase's parts (a place, an organisation, a person, a role word, an entity) each
add what they know, in the order of :data:`RESOLUTION`: the place gives a country, an
organisation its table entry, a person their office, a role word its sector, and so
on. Each rule takes a :class:`MentionDraft` and returns it changed, unchanged, or None
(the phrase names no actor); the rules that fired are in the mention's basis.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from dateline.actors.knowledge import Knowledge, SectorTerm
from dateline.actors.phrases import Phrase
from dateline.actors.resolved import GENERIC_TYPES, Mention, cameo_code
from dateline.actors.units import GEO_SOURCES, Unit
from dateline.nlp import Parsed, Token
from dateline.records import Basis
from dateline.rules import RuleSet
from dateline.tables import word_class

# Where a capital or city stands for a participant rather than a place.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "obj", "poss", "appos",
                           "ROOT", "agent", "attr", "csubj", "dative", "oprd"})
# Prepositions whose object is a participant ("talks with Pyongyang", "between Russia and ...").
PARTICIPANT_PREPS = frozenset({"with", "by", "against", "between", "on", "for", "among"})
CIVILIAN_WORDS = word_class("civilian words")
# Nouns of an armed act or weapon ("Israeli shelling", "a Turkish drone").
FORCE_NOUNS = word_class("force nouns")
# Common nouns of places ("the Nigerian town of Owo", "the Syrian border region").
SCENE_NOUNS = word_class("scene nouns")
BODY_WORDS = word_class("body words")
PARTY_PREPS = ("to", "at", "against")
STATE_WORDS = word_class("state words")
# an office's country that is no state: an international type or a regional body
NON_STATE_CODES = word_class("international types") | word_class("regional bodies")
# Armed groups that are no state's forces: the military word they modify leads them ("rebel commander").
IRREGULAR_TYPES = {"REB", "INS", "UAF"}


@dataclass
class Context:
    """What the resolution rules read: the parse, the knowledge, the units by token."""

    parsed: Parsed
    knowledge: Knowledge
    published: str | None
    unit_at: dict[int, Unit]

    def text(self, start: int, end: int) -> str:
        tokens = self.parsed.tokens
        return self.parsed.text[tokens[start].idx:tokens[end - 1].end]

    def is_argument(self, tok: Token) -> bool:
        """Does the word stand for a participant (subject, object, "talks with X")?"""
        tokens, seen = self.parsed.tokens, 0
        while tok.dep == "conj" and tok.head != tok.i and seen < 10:
            tok, seen = tokens[tok.head], seen + 1
        if tok.dep in ARGUMENT_DEPS:
            return True
        if tok.dep == "pobj" and tok.head != tok.i:
            return tokens[tok.head].text.lower() in PARTICIPANT_PREPS
        return False


@dataclass(frozen=True)
class MentionDraft:
    """A phrase on its way to a Mention: its parts and what they decided so far."""

    phrase: Phrase
    geo: Unit | None
    org: Unit | None
    person: Unit | None
    sector_unit: Unit | None
    name: str
    start: int
    end: int
    head: int
    country: str | None = None
    sector: str | None = None
    explicit: str | None = None  # a table entry's own CAMEO code
    kind: str = "organization"
    basis: tuple[Basis, ...] = ()
    final: bool = False  # no later rule applies

    def plus(self, *basis: Basis, **changes) -> "MentionDraft":
        return dataclasses.replace(self, basis=self.basis + basis, **changes)


RESOLUTION: RuleSet[MentionDraft] = RuleSet("actors.resolve")


def draft_of(phrase: Phrase, ctx: Context) -> MentionDraft:
    """The phrase's parts, before any rule."""
    units = phrase.units
    geo = next((u for u in units if u.kind == "name" and u.entry.source in GEO_SOURCES), None)
    org = next((u for u in units if u.kind == "name" and u.entry.source in ("org", "dictionary")
                and u.entry.kind != "person"), None)
    person = next((u for u in units if u.kind == "person" or _is_person_entry(u)), None)
    sector_unit = deciding_sector([u for u in units if u.kind == "sector"])
    return MentionDraft(phrase, geo, org, person, sector_unit, ctx.text(phrase.start, phrase.end),
                        phrase.start, phrase.end, phrase.head.end - 1)


def resolve(phrase: Phrase, ctx: Context) -> Mention | None:
    """The coded mention a phrase names, or None."""
    outcome = RESOLUTION.apply(draft_of(phrase, ctx), ctx)
    draft = outcome.draft
    if draft is None:
        return None
    tokens = ctx.parsed.tokens
    role = tuple(tokens[i].lemma.lower() for u in phrase.units if u.kind == "sector"
                 for i in range(u.start, u.end))
    if draft.end != phrase.end:
        role = ()
    return Mention(draft.start, draft.end, draft.head, ctx.text(draft.start, draft.end), draft.name,
                   draft.country, draft.sector, cameo_code(draft.country, draft.sector, draft.explicit),
                   draft.kind, list(draft.basis) + [Basis("rule", r) for r in outcome.fired], role)


@RESOLUTION.rule("place", "a country, demonym, capital or city in the phrase gives its country")
def place(d: MentionDraft, ctx: Context) -> MentionDraft:
    if d.geo is None:
        return d
    return d.plus(Basis(d.geo.entry.source, ctx.text(d.geo.start, d.geo.end)),
                  country=d.geo.entry.offices[0].country)


@RESOLUTION.rule("organisation", "a known organisation gives its country, sector and code")
def organisation(d: MentionDraft, ctx: Context) -> MentionDraft:
    if d.org is None or _inside_longer_name(d, ctx):
        return d
    entry = d.org.entry
    office, _ = entry.office_at(ctx.published)
    country, sector, explicit, basis = d.country, d.sector, d.explicit, []
    if office is not None:
        if country is None or not _is_state(office.country):
            country = country or office.country
        elif country != office.country:
            basis.append(Basis("country-from-modifier"))
        sector = office.sector
        if not d.sector_unit and (d.geo is None or d.geo.entry.offices[0].country == office.country):
            explicit = office.code
    return d.plus(*basis, Basis(entry.source, entry.name), country=country, sector=sector,
                  explicit=explicit, name=entry.name, kind=entry.kind)


@RESOLUTION.rule("person", "a person: a known one's office at the publication date, else the name")
def person(d: MentionDraft, ctx: Context) -> MentionDraft:
    if d.person is None:
        return d
    unit = d.person
    name = ctx.text(unit.start, unit.end)
    if unit.entry is None:
        return dataclasses.replace(d, kind="person", name=name,
                                   basis=(Basis("ner-person", name),) + d.basis)
    office, ended = unit.entry.office_at(ctx.published)
    if ctx.published is None and d.sector_unit is not None:
        # Undated text: the title says which office ("Defense Minister Shoigu").
        title = d.sector_unit.term.term.split()[-1]
        office = next((o for o in unit.entry.offices if title in o.role.split()), office)
    country, sector = d.country, d.sector
    # before the first office the tables know, the person holds none of theirs yet: the
    # title in the text says what they are ("State Department spokesman X" years before X's
    # later post), the office only where they are from
    future = ended and ctx.published is not None and office is not None and (office.start or "") > ctx.published[:10]
    if office is not None:
        country = country or office.country
        sector = sector if future else "ELI" if ended else office.sector
    source = "surname" if unit.label == "surname" else "people"
    basis = (Basis(source, unit.entry.name),) + d.basis
    if office is not None and office.role and not future:
        basis += (Basis("role", office.role, "former" if ended else ""),)
    return dataclasses.replace(d, kind="person", name=unit.entry.name, country=country,
                               sector=sector, basis=basis)


@RESOLUTION.rule("role-word", "a role word gives the sector, unless an armed group or a "
                              "specific body already did")
def role_word(d: MentionDraft, ctx: Context) -> MentionDraft:
    if d.sector_unit is None:
        return d
    term = d.sector_unit.term
    # An armed group keeps its type ("Hamas gunmen" REB); a generic role word
    # takes its organisation's ("Tory leader" PTY, "Pentagon spokesman" MIL).
    keep_org = d.org is not None and (d.org.entry.kind == "group" or
                                      term.cameo in GENERIC_TYPES and d.sector not in (None, "GOV"))
    sector, explicit = (d.sector, d.explicit) if keep_org else (term.cameo, None)
    kind = d.kind
    head = d.phrase.head
    if d.person is None and head.kind == "sector":
        kind = _sector_kind(head.term, ctx.parsed.tokens[head.end - 1])  # the head word says what it is
    return d.plus(Basis("sector", term.term), sector=sector, explicit=explicit, kind=kind)


@RESOLUTION.rule("named-entity", "an organisation or group the model tagged and no table knows (two or three "
                                 "names right after a person's title are that person)")
def named_entity(d: MentionDraft, ctx: Context) -> MentionDraft:
    head = d.phrase.head
    if head.kind != "org" or d.org is not None or d.person is not None:
        return d
    text, title, words = ctx.text(head.start, head.end), d.sector_unit, ctx.parsed.tokens[head.start:head.end]
    # two or three names, none a body's word, right after a person's title: the model read
    # "spokeswoman Yolande Makolo" as a body
    if title is not None and title.term.kind == "person" and title.end == head.start and 2 <= len(words) <= 3 \
            and all(w.text[:1].isupper() and w.text.isalpha() and w.lemma.lower() not in BODY_WORDS for w in words):
        return dataclasses.replace(d, kind="person", name=text, basis=(Basis("ner-person", text),) + d.basis)
    return d.plus(Basis(f"ner-{head.label.lower()}", text), name=text,
                  kind="group" if head.label == "NORP" else "organization")


@RESOLUTION.rule("demonym-noun", "a demonym before a participant noun is that country's thing "
                                 "(\"Russian missiles hit\")")
def demonym_noun(d: MentionDraft, ctx: Context) -> MentionDraft:
    if not _place_alone(d):
        return d
    tokens = ctx.parsed.tokens
    thing = _demonym_thing(d.geo, tokens[d.phrase.head.end - 1], ctx)
    if thing is None:
        return d
    text = ctx.text(d.start, thing + 1)
    # "in the Nigerian town of Owo": a place, where the act happened, unless a party to it
    kind = "place" if tokens[thing].lemma.lower() in SCENE_NOUNS and not ctx.is_argument(tokens[thing]) else "group"
    return d.plus(Basis("noun", tokens[thing].text), name=text, end=thing + 1, head=thing,
                  sector=None, explicit=None, kind=kind, final=True)


@RESOLUTION.rule("named-town", "a name the tables do not know, given as \"the <demonym> town (city, "
                               "village, province) of X\", is a place in that country")
def named_town(d: MentionDraft, ctx: Context) -> MentionDraft:
    # the model tags such names as an organisation or a person ("the town of Kismaayo")
    unknown_person = d.person is not None and d.person.entry is None
    if d.country is not None or d.org is not None or d.phrase.head.kind not in ("org", "person") \
            or d.person is not None and not unknown_person:
        return d
    country = _town_country(ctx, ctx.parsed.tokens[d.phrase.head.end - 1])
    if country is None:
        return d
    return d.plus(Basis("named-place", ctx.text(d.start, d.end)), country=country, kind="place",
                  name=ctx.text(d.start, d.end), sector=None)


@RESOLUTION.rule("place-alone", "a country, demonym, capital or city on its own: a state, its "
                                "people, its government, or a place")
def place_alone(d: MentionDraft, ctx: Context) -> MentionDraft | None:
    if not _place_alone(d):
        return d
    found = _resolve_geo(d.geo, ctx.parsed.tokens[d.phrase.head.end - 1], ctx)
    if found is None:
        return None
    (name, sector, kind), extra = found
    basis = d.basis
    if extra is not None and extra.kind.startswith("capital"):
        basis = basis[:-1] + (extra,)  # the capital's basis says how it was read
    elif extra is not None:
        basis = basis + (extra,)
    return dataclasses.replace(d, name=name, sector=sector, kind=kind, basis=basis)


@RESOLUTION.rule("state-media", "state-run media speak for the government (GOV)")
def state_media(d: MentionDraft, ctx: Context) -> MentionDraft:
    tokens = ctx.parsed.tokens
    if d.sector != "MED" or not any(tokens[i].text.lower() in STATE_WORDS
                                    for i in range(d.phrase.start, d.phrase.end)
                                    if ctx.unit_at.get(i) is not d.sector_unit):
        return d
    return d.plus(Basis("state-media"), sector="GOV")


@RESOLUTION.rule("former", "a former office holder is an elite (ELI), not the office")
def former(d: MentionDraft, ctx: Context) -> MentionDraft:
    if not d.phrase.former or d.sector in (None, "ELI"):
        return d
    return d.plus(Basis("former"), sector="ELI")


@RESOLUTION.rule("unplaced-role", "a bare role word with no country and no sector names nobody")
def unplaced_role(d: MentionDraft, ctx: Context) -> MentionDraft | None:
    if d.sector is None and d.country is None and d.phrase.head.kind == "sector":
        return None
    return d


def _inside_longer_name(d: MentionDraft, ctx: Context) -> bool:
    """Is a one-word known name the last word of a longer name ("Trades Union Congress" is
    no US Congress): a capitalised word of no place right before it, in the phrase?"""
    before = d.org.start - 1
    if d.org.end - d.org.start != 1 or before < d.start or d.geo is not None and d.geo.start <= before < d.geo.end:
        return False
    tok = ctx.parsed.tokens[before]
    return tok.pos == "PROPN" and tok.text[:1].isupper() and tok.dep in ("compound", "nmod")


def deciding_sector(units: list[Unit]) -> Unit | None:
    """The sector word that decides: the head, unless a modifier names a specific
    domain ("army chief" is MIL, "Defense Ministry spokesman" MIL, "police chief" COP) or
    the armed group a military head leads ("rebel commander" is REB)."""
    if not units:
        return None
    specific = [u for u in units[:-1] if u.term.cameo not in GENERIC_TYPES]
    if specific and units[-1].term.cameo in GENERIC_TYPES:
        return specific[0]
    # a rebel commander or command leads rebels, not an army
    irregular = [u for u in units[:-1] if u.term.cameo in IRREGULAR_TYPES]
    return irregular[0] if irregular and units[-1].term.cameo == "MIL" else units[-1]


def _place_alone(d: MentionDraft) -> bool:
    return (d.geo is not None and d.org is None and d.person is None and d.sector_unit is None
            and d.phrase.head.kind == "name")


def _demonym_thing(geo: Unit, tok: Token, ctx: Context) -> int | None:
    """The noun an adjectival demonym modifies, when that noun is a participant."""
    if geo.entry.source != "demonym" or geo.entry.plural or tok.dep != "amod" or tok.pos != "ADJ":
        return None
    tokens = ctx.parsed.tokens
    noun = tokens[tok.head]
    if noun.i <= tok.i or noun.pos not in ("NOUN", "PROPN") or noun.i in ctx.unit_at:
        return None
    # the words between modify the noun, alone or as one compound ("coast guard vessels")
    if any(i in ctx.unit_at or not i < tokens[i].head <= noun.i for i in range(geo.end, noun.i)):
        return None
    # "killed in Israeli shelling": an armed act or weapon is its country's force
    # wherever it stands.
    lemma = noun.lemma.lower()
    # "gave in to Russian pressure", "sent aid to Syrian refugees", "fired at a Philippine
    # boat": what "to", "at" or "against" names is a party, and what a party is "of" ("the crew of a Peruvian trawler")
    to = noun.dep == "pobj" and noun.head != noun.i and tokens[noun.head].lemma.lower() in PARTY_PREPS
    of = noun.dep == "pobj" and noun.head != noun.i and tokens[noun.head].lemma.lower() == "of" \
        and ctx.is_argument(tokens[tokens[noun.head].head])
    return noun.i if ctx.is_argument(noun) or to or of or lemma in FORCE_NOUNS or lemma in SCENE_NOUNS else None


def _town_country(ctx: Context, tok: Token) -> str | None:
    """The country of the demonym on the place noun a name is "of" ("the Israeli port
    city of Eilat" -> ISR), or None."""
    tokens = ctx.parsed.tokens
    of = tokens[tok.head]
    if tok.dep != "pobj" or of.i == tok.i or of.lemma.lower() != "of" or of.head == of.i:
        return None
    noun = tokens[of.head]
    if noun.lemma.lower() not in SCENE_NOUNS:
        return None
    for child in ctx.parsed.children(noun.i):
        unit = ctx.unit_at.get(child.i)
        if child.dep == "amod" and unit is not None and unit.entry is not None and unit.entry.source == "demonym":
            return unit.entry.offices[0].country
    return None


def _resolve_geo(geo: Unit, head_tok: Token, ctx: Context
                 ) -> tuple[tuple[str, str | None, str], Basis | None] | None:
    """A place on its own: ((name, sector, kind), a basis to add), or None."""
    entry = geo.entry
    country_name = ctx.knowledge.country_names.get(entry.offices[0].country, entry.name)
    if entry.source == "demonym":
        if not entry.plural and head_tok.dep in ("amod", "compound") and head_tok.pos == "ADJ":
            return None
        tokens = ctx.parsed.tokens
        if entry.plural and any(tokens[c].text.lower() in CIVILIAN_WORDS
                                for c in range(geo.start - 2, geo.start) if c >= 0):
            return (country_name, "CVL", "group"), Basis("civilians")  # "ordinary Russians"
        return (country_name, None, "group" if entry.plural else "state"), None
    if entry.source == "capital":
        text = ctx.text(geo.start, geo.end)
        if ctx.is_argument(head_tok):
            return (country_name, "GOV", "state"), Basis("capital-as-actor", text)
        return (entry.name, None, "state"), Basis("capital-place", text)
    if entry.source == "city":
        # Not a participant, a place: "met in Zurich", "exercises in Alaska".
        # Kept (kind "place") so that events with no party acted on can take
        # the state where they happened as their target, as CAMEO coders do.
        return (entry.name, None, "group" if ctx.is_argument(head_tok) else "place"), None
    if entry.source == "region":
        return (entry.name, None, "group"), None
    return (entry.name, None, "state"), None


def _sector_kind(term: SectorTerm, tok: Token) -> str:
    if term.kind == "person" and _is_plural(tok):
        return "group"
    return term.kind


def _is_person_entry(unit: Unit) -> bool:
    return unit.entry is not None and unit.entry.kind == "person"


def _is_plural(tok: Token) -> bool:
    if tok.tag in ("NNS", "NNPS"):
        return True
    text, lemma = tok.text.lower(), tok.lemma.lower()
    return text != lemma and (text.endswith("s") or text.endswith("men"))


def _is_state(code: str | None) -> bool:
    return bool(code) and code not in NON_STATE_CODES
