"""Finding actor mentions in a parse: units (names, sector words, persons) joined into
noun phrases ("Russian Defense Minister Sergei Shoigu") and resolved to codes.

A *unit* is a run of tokens the knowledge recognises (a name from the tables, a
sector word, a PERSON or ORG entity). A *phrase* is a head unit plus the units and
modifier words to its left that belong to the same noun phrase. Each phrase becomes
one Actor; units never overlap, so Actors never do.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.actors.knowledge import Entry, Knowledge, Office, SectorTerm, normalise
from dateline.actors.links import link_phrases
from dateline.actors.resolved import GENERIC_TYPES, Mention, cameo_code
from dateline.nlp.parsed import Parsed, Token

# Dependency labels by which a word modifies the noun after it inside one phrase.
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "nn", "advmod", "punct"})
# Where a capital or city stands for a participant rather than a place.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "obj", "poss", "appos",
                           "ROOT", "agent", "attr", "csubj", "dative", "oprd"})
# Prepositions whose object is a participant ("talks with Pyongyang", "between Russia and ...").
PARTICIPANT_PREPS = frozenset({"with", "by", "against", "between", "on", "for", "among"})
CIVILIAN_WORDS = frozenset({"ordinary", "average", "everyday"})
STATE_WORDS = frozenset({"state", "official", "state-run", "state-owned", "government", "government-run"})
FORMER_WORDS = frozenset({"former", "ex", "ex-", "retired", "onetime", "one-time", "erstwhile", "late"})
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam", "mister"})
POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
GEO_SOURCES = frozenset({"country-name", "demonym", "capital", "city", "region"})
PERSON_LABELS = frozenset({"PERSON"})
GROUP_LABELS = frozenset({"ORG", "NORP", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
# Second parts of hyphenated adjectives of territory ("rebel-held town").
CONTROL_PARTICIPLES = frozenset({"held", "controlled", "run", "occupied", "dominated",
                                 "administered", "annexed"})
# Words after a city's name that make it the name of a province ("Kano State").
ADMIN_WORDS = frozenset({"state", "province", "region", "city", "county", "district", "oblast", "governorate"})
# Lower-case words that belong inside personal names ("Bashar al-Assad", "Ursula von der Leyen").
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "de", "da", "di", "do", "dos", "das", "del",
                            "della", "van", "von", "der", "den", "la", "le", "du", "ben", "abu", "y", "-"})
# Longest sector term, in tokens ("deputy minister of defence" is four; hyphens count).
MAX_TERM_WORDS = 6


@dataclass
class Unit:
    """Tokens ``start``..``end`` (exclusive) recognised as one thing."""

    start: int
    end: int
    kind: str  # name | sector | person | org
    entry: Entry | None = None
    term: SectorTerm | None = None
    label: str = ""


@dataclass
class Phrase:
    """A head unit and the units and modifier tokens before it in the same noun phrase."""

    start: int
    end: int
    head: Unit
    units: list[Unit] = field(default_factory=list)
    former: bool = False


class MentionFinder:
    """Finds and resolves the phrases of one parsed document."""

    def __init__(self, parsed: Parsed, knowledge: Knowledge, published: str | None) -> None:
        self.parsed = parsed
        self.tokens = parsed.tokens
        self.knowledge = knowledge
        self.published = published
        self.unit_at: dict[int, Unit] = {}
        self.phrase_at: dict[int, int] = {}
        self.surnames_seen: set[str] = set()

    def find(self) -> list[Mention]:
        """All resolved mentions of the document, in text order."""
        mentions: list[Mention] = []
        for sentence in self.parsed.sentences:
            units = self._units(sentence.start, sentence.end)
            for unit in units:
                for i in range(unit.start, unit.end):
                    self.unit_at[i] = unit
            phrases = self._phrases(units, sentence.start)
            for phrase in phrases:
                mention = self._resolve(phrase)
                if mention is not None:
                    for i in range(mention.start, mention.end):
                        self.phrase_at[i] = len(mentions)
                    mentions.append(mention)
                    if mention.kind == "person" and " " in mention.name:
                        self.surnames_seen.add(mention.name.split()[-1])
        link_phrases(self.parsed, mentions, self.phrase_at)
        return mentions

    # -- units ------------------------------------------------------------------------

    def _units(self, start: int, end: int) -> list[Unit]:
        names = self._scan_names(start, end)
        covered = {i for u in names for i in range(u.start, u.end)}
        # Sector words go before entities ("the Russian Defense Ministry" is tagged ORG
        # but is a role noun), except inside a person's name ("Marine", "King").
        in_names = {i for i in range(start, end) if self._in_person_name(i)}
        sectors = self._scan_sectors(start, end, covered | in_names)
        covered |= {i for u in sectors for i in range(u.start, u.end)}
        entity_units = self._entity_units(start, end, covered)
        covered |= {i for u in entity_units for i in range(u.start, u.end)}
        entity_units += self._surname_units(start, end, covered)
        units = sorted(names + entity_units + sectors, key=lambda u: u.start)
        self._drop_places_in_persons(units, start, end)
        return [u for u in units if (u.kind != "sector" or self._is_nominal_head(u, units))
                and not self._holds_territory(u)]

    def _holds_territory(self, unit: Unit) -> bool:
        """True for the first part of "government-held", "rebel-controlled": the word
        says who holds the place the phrase names, not who acts."""
        after = unit.end
        return (after + 1 < len(self.tokens) and self.tokens[after].text == "-"
                and self.tokens[after + 1].text.lower() in CONTROL_PARTICIPLES)

    def _scan_names(self, start: int, end: int) -> list[Unit]:
        """Greedy longest match of known names, left to right."""
        found: list[Unit] = []
        text, tokens, k = self.parsed.text, self.tokens, self.knowledge
        i = start
        while i < end:
            first = tokens[i].text.lower()
            width = k.first_words.get(first, 0)
            if width and first not in k.open_after and (i + 1 >= end or tokens[i + 1].text[:1].islower()):
                width = 0  # every name starting with this word goes on capitalised
            match = None
            for j in range(min(end, i + width), i, -1):
                # Careless case ("President obama", "iSrael") still names: the
                # tagger's proper nouns are looked up case-folded.
                entry = k.lookup(text[tokens[i].idx:tokens[j - 1].end],
                                 any_case=all(t.pos == "PROPN" for t in tokens[i:j]))
                if entry is not None:
                    match = Unit(i, j, "name", entry)
                    break
            if match is not None:
                found.append(match)
                i = match.end
            else:
                i += 1
        return found

    def _entity_units(self, start: int, end: int, covered: set[int]) -> list[Unit]:
        """PERSON, ORG and city entities the name scan did not already cover."""
        units: list[Unit] = []
        for ent in self.parsed.entities:
            if ent.start < start or ent.end > end:
                continue
            if ent.label in PERSON_LABELS:
                if self._common_words_entity(ent.start):
                    continue
                kind = "person"
            elif ent.label in GROUP_LABELS:
                kind = "org"
            elif ent.label in PLACE_LABELS:
                kind = "place"
            else:
                continue
            run: list[int] = []
            for i in list(range(ent.start, ent.end)) + [None]:
                if i is not None and i not in covered and not self._is_title_token(i, kind):
                    run.append(i)
                    continue
                if run:
                    unit = self._entity_unit(run[0], run[-1] + 1, kind, ent.label)
                    if unit is not None:
                        units.append(unit)
                run = []
        return units

    def _surname_units(self, start: int, end: int, covered: set[int]) -> list[Unit]:
        """Surnames of people already named in the article that NER missed
        ('"...," Crosetto told reporters' after "Guido Crosetto")."""
        units = []
        for i in range(start, end):
            tok = self.tokens[i]
            if i in covered or tok.pos != "PROPN" or tok.text not in self.surnames_seen:
                continue
            if i + 1 < end and self.tokens[i + 1].pos == "PROPN":
                continue  # part of a longer name
            unit = self._entity_unit(i, i + 1, "person", "PERSON")
            if unit is not None:
                units.append(unit)
        return units

    def _entity_unit(self, start: int, end: int, kind: str, label: str) -> Unit | None:
        tokens = self.tokens
        if kind == "org" and tokens[start].text.lower() in HONORIFICS or \
                start > 0 and tokens[start - 1].text.lower() in HONORIFICS:
            kind = "person"  # "Mr Campbell" tagged ORG is still a person
        while start < end and (tokens[start].text.lower() in HONORIFICS or tokens[start].pos in ("DET", "PUNCT")
                               or tokens[start].text in POSSESSIVE):
            start += 1
        while end > start and (tokens[end - 1].pos in ("PUNCT", "ADP", "CCONJ", "DET")
                               or tokens[end - 1].text in POSSESSIVE):
            end -= 1
        while start < end and tokens[start].pos in ("ADP", "CCONJ"):
            start += 1
        if start >= end or not any(t.pos in ("PROPN", "NOUN", "X") for t in tokens[start:end]):
            return None  # what is left of an entity is only function words ("of")
        text = self.parsed.text[tokens[start].idx:tokens[end - 1].end]
        if kind in ("place", "org"):
            country = self.knowledge.city_country(text)
            words = text.split()
            if country is None and len(words) > 1 and words[-1].lower() in ADMIN_WORDS:
                country = self.knowledge.city_country(" ".join(words[:-1]))
            if country is None:
                return None if kind == "place" else Unit(start, end, kind, label=label)
            office = Office(country, None)
            return Unit(start, end, "name", Entry(text, "city", "state", [office]), label=label)
        if kind == "person" and end - start == 1:
            # A bare surname names a known person only while in office (at the
            # publication date): "Mr McConnell" in 2005 Scotland is not the US senator.
            entry = self.knowledge.surname_entry(normalise(text), self.published)
            if entry is not None:
                return Unit(start, end, "person", entry, label="surname")
        return Unit(start, end, kind, label=label)

    def _in_person_name(self, i: int) -> bool:
        """Inside a PERSON entity, and not a title in front of it."""
        tok = self.tokens[i]
        return tok.ent_type == "PERSON" and not self._is_title_token(i, "person") \
            and not self._common_words_entity(i)

    def _common_words_entity(self, i: int) -> bool:
        """A PERSON entity with a lower-case content word is a mis-tagged description
        ("antiwar protesters"), not a name."""
        ent = next((e for e in self.parsed.entities if e.start <= i < e.end), None)
        return ent is not None and any(
            t.text[:1].islower() and t.text.lower() not in NAME_PARTICLES and t.pos != "PUNCT"
            and not (t.i > ent.start and self.tokens[t.i - 1].text == "-")
            for t in self.tokens[ent.start:ent.end])

    def _is_title_token(self, i: int, kind: str) -> bool:
        """A sector word at the front of a PERSON entity ("Minister" in "Minister Park Jin")."""
        if kind != "person":
            return False
        tok = self.tokens[i]
        return (tok.lemma.lower() in self.knowledge.sector_last or tok.text.lower() in self.knowledge.sector_last) \
            and any(self.tokens[j].ent_type == "PERSON" for j in range(i + 1, min(i + 4, len(self.tokens))))

    def _scan_sectors(self, start: int, end: int, covered: set[int]) -> list[Unit]:
        """Longest sector terms, matched right to left on lemmas of the last word."""
        found: list[Unit] = []
        k, tokens = self.knowledge, self.tokens
        i = end - 1
        while i >= start:
            tok = tokens[i]
            # the word as written first ("policemen" is a group), then its lemma; a set
            # here made the choice depend on the process's hash seed
            lasts = tuple(dict.fromkeys((tok.text.lower(), tok.lemma.lower())))
            if i in covered or not k.sector_last.intersection(lasts) or tok.pos not in ("NOUN", "PROPN", "ADJ", "VERB"):
                i -= 1
                continue
            match = None
            for n in range(min(MAX_TERM_WORDS, i - start + 1), 0, -1):
                first = i - n + 1
                if any(j in covered for j in range(first, i)):
                    continue
                prefix = self.parsed.text[tokens[first].idx:tok.idx].lower()
                for last in lasts:
                    term = k.sectors.get(normalise(prefix + last))
                    if term is not None:
                        match = Unit(first, i + 1, "sector", term=term)
                        break
                if match:
                    break
            if match is not None:
                found.append(match)
                i = match.start - 1
            else:
                i -= 1
        return found

    def _drop_places_in_persons(self, units: list[Unit], start: int, end: int) -> None:
        """A country word inside a PERSON entity is part of a name ("Jordan" in "Michael Jordan")."""
        for unit in list(units):
            if unit.kind == "name" and unit.entry and unit.entry.source in GEO_SOURCES:
                inside = all(self.tokens[i].ent_type == "PERSON" for i in range(unit.start, unit.end))
                if inside and any(self.tokens[i].ent_type == "PERSON" and self.tokens[i].pos == "PROPN"
                                  for i in (unit.start - 1, unit.end) if start <= i < end):
                    units.remove(unit)

    def _is_nominal_head(self, unit: Unit, units: list[Unit]) -> bool:
        """A sector word names an actor only as the head of its noun phrase."""
        tok = self.tokens[unit.end - 1]
        if tok.pos == "VERB" and tok.dep != "amod":
            return False
        if tok.dep in ("compound", "amod", "nmod", "nn") and tok.head != tok.i:
            outside = tok.head < unit.start or tok.head >= unit.end
            head_unit = next((u for u in units if u.start <= tok.head < u.end), None)
            if outside and head_unit is None:
                return False
        return True

    # -- phrases ----------------------------------------------------------------------

    def _phrases(self, units: list[Unit], sent_start: int) -> list[Phrase]:
        phrases: list[Phrase] = []
        absorbed: set[int] = set()
        for index in range(len(units) - 1, -1, -1):
            if index in absorbed:
                continue
            head = units[index]
            phrase = Phrase(head.start, head.end, head, [head])
            j, k = head.start - 1, index - 1
            while j >= sent_start:
                tok = self.tokens[j]
                if k >= 0 and units[k].end - 1 == j and self._joins(units[k], phrase):
                    phrase.units.insert(0, units[k])
                    absorbed.add(k)
                    phrase.start = units[k].start
                    j, k = units[k].start - 1, k - 1
                    continue
                if k >= 0 and units[k].end - 1 == j:
                    break
                if tok.text in POSSESSIVE and k >= 0 and units[k].end == j \
                        and units[k].kind in ("name", "org", "sector") and not self._is_person_entry(units[k]):
                    j -= 1
                    continue
                owner = self.unit_at.get(j - 1)
                if tok.text in POSSESSIVE and j > sent_start and self.tokens[j - 1].pos == "PROPN" \
                        and phrase.start <= self.tokens[j - 1].head < phrase.end \
                        and not (owner and (owner.kind == "person" or self._is_person_entry(owner))):
                    # "Mongolian People's Party": a possessive inside a proper name.
                    phrase.start = j - 1
                    j -= 2
                    while k >= 0 and units[k].start >= phrase.start:
                        phrase.units.insert(0, units[k])
                        absorbed.add(k)
                        k -= 1
                    continue
                if self._is_modifier(tok, phrase):
                    if tok.text.lower().rstrip("-") in FORMER_WORDS:
                        phrase.former = True
                    phrase.start = j
                    j -= 1
                    continue
                break
            while phrase.start < head.start and self.tokens[phrase.start].pos in ("PUNCT", "DET", "CCONJ"):
                phrase.start += 1
            phrases.append(phrase)
        phrases.reverse()
        return phrases

    def _joins(self, unit: Unit, phrase: Phrase) -> bool:
        """May ``unit`` (just left of the phrase) modify the phrase's head?"""
        head = phrase.head
        if unit.kind == "person" or self._is_person_entry(unit):
            return False
        if unit.kind == "name" and all(u.kind != "sector" for u in phrase.units) \
                and (head.kind != "org" and (head.entry is None or head.entry.source in GEO_SOURCES)
                     or unit.entry.source not in GEO_SOURCES):
            # Two places side by side are two actors ("Russia, Ukraine"); a place before
            # a body is one ("Russia's Baltic Fleet", "Kano State government").
            return False
        last = self.tokens[unit.end - 1]
        return last.dep in MODIFIER_DEPS or last.dep in ("poss", "case") or last.head >= unit.end

    def _is_modifier(self, tok: Token, phrase: Phrase) -> bool:
        if tok.pos not in ("ADJ", "PROPN", "NOUN", "PUNCT", "ADV", "VERB") or tok.dep not in MODIFIER_DEPS:
            return False
        if tok.pos == "VERB" and tok.dep != "amod":
            return False
        if tok.pos == "PUNCT" and tok.text not in ("-", "\u2010", "\u2011"):
            return False
        return phrase.start <= tok.head < phrase.end or tok.head == tok.i + 1

    def _is_person_entry(self, unit: Unit) -> bool:
        return unit.entry is not None and unit.entry.kind == "person"

    # -- resolution -------------------------------------------------------------------

    def _resolve(self, phrase: Phrase) -> Mention | None:
        head = phrase.head
        geo = next((u for u in phrase.units if u.kind == "name" and u.entry.source in GEO_SOURCES), None)
        org = next((u for u in phrase.units if u.kind == "name" and u.entry.source in ("org", "dictionary")
                    and u.entry.kind != "person"), None)
        person = next((u for u in phrase.units if u.kind == "person" or self._is_person_entry(u)), None)
        sector_unit = self._deciding_sector([u for u in phrase.units if u.kind == "sector"])
        head_tok = self.tokens[head.end - 1]
        evidence: list[str] = []
        country = sector = explicit = None
        kind = "organization"
        name = self._text(phrase.start, phrase.end)

        if geo is not None:
            office = geo.entry.offices[0]
            country = office.country
            evidence.append(f"{geo.entry.source}:{self._text(geo.start, geo.end)}")
        if org is not None:
            office, _ = org.entry.office_at(self.published)
            if office is not None:
                if country is None or not _is_state(office.country):
                    country = country or office.country
                elif country != office.country:
                    evidence.append("country-from-modifier")
                sector = office.sector
                if not sector_unit and (geo is None or geo.entry.offices[0].country == office.country):
                    explicit = office.code
            name = org.entry.name
            kind = org.entry.kind
            evidence.append(f"{org.entry.source}:{org.entry.name}")
        if person is not None:
            kind, name = "person", self._person_name(person)
            if person.entry is not None:
                office, ended = person.entry.office_at(self.published)
                if self.published is None and sector_unit is not None:
                    # Undated text: the title says which office ("Defense Minister Shoigu").
                    title = sector_unit.term.term.split()[-1]
                    office = next((o for o in person.entry.offices if title in o.role.split()), office)
                if office is not None:
                    country = country or office.country
                    sector = "ELI" if ended else office.sector
                name = person.entry.name
                source = "surname" if person.label == "surname" else "people"
                evidence.insert(0, f"{source}:{person.entry.name}")
                if office is not None and office.role:
                    evidence.append(f"role:{office.role}" + (" (former)" if ended else ""))
            else:
                evidence.insert(0, f"ner-person:{name}")
        if sector_unit is not None:
            term = sector_unit.term
            # An armed group keeps its type ("Hamas gunmen" REB); a generic role word
            # takes its organisation's ("Tory leader" PTY, "Pentagon spokesman" MIL).
            keep_org = org is not None and (org.entry.kind == "group" or
                                            term.cameo in GENERIC_TYPES and sector not in (None, "GOV"))
            if not keep_org:
                sector, explicit = term.cameo, None
            evidence.append(f"sector:{term.term}")
            if person is None and head.kind == "sector":
                kind = self._sector_kind(head.term, head_tok)  # the head word says what it is
        if head.kind == "org" and org is None and person is None:
            evidence.append(f"ner-{head.label.lower()}:{self._text(head.start, head.end)}")
            kind = "group" if head.label == "NORP" else "organization"
            name = self._text(head.start, head.end)
        if geo is not None and org is None and person is None and sector_unit is None and head.kind == "name":
            thing = self._demonym_thing(geo, head_tok)
            if thing is not None:
                # "Russian missiles hit ...", "a Syrian island": the country acts or suffers.
                text = self._text(phrase.start, thing + 1)
                return Mention(phrase.start, thing + 1, thing, text, text, country, None, cameo_code(country, None),
                               "group", evidence + [f"noun:{self.tokens[thing].text}"])
            mention = self._resolve_geo(geo, head_tok, evidence)
            if mention is None:
                return None
            name, sector, kind = mention
        if sector == "MED" and any(self.tokens[i].text.lower() in STATE_WORDS for i in range(phrase.start, phrase.end)
                                   if self.unit_at.get(i) is not sector_unit):
            # State-run media speak for the government (CAMEO GOVMED).
            sector = "GOV"
            evidence.append("state-media")
        if phrase.former and sector not in (None, "ELI"):
            sector = "ELI"
            evidence.append("former")
        if sector is None and country is None and head.kind == "sector":
            return None
        role = tuple(self.tokens[i].lemma.lower() for u in phrase.units if u.kind == "sector"
                     for i in range(u.start, u.end))
        return Mention(phrase.start, phrase.end, head.end - 1, self._text(phrase.start, phrase.end),
                       name, country, sector, cameo_code(country, sector, explicit), kind, evidence, role)

    def _deciding_sector(self, units: list[Unit]) -> Unit | None:
        """The sector word that decides: the head, unless a modifier names a specific
        domain ("army chief" is MIL, "Defense Ministry spokesman" MIL, "police chief" COP)."""
        if not units:
            return None
        specific = [u for u in units[:-1] if u.term.cameo not in GENERIC_TYPES]
        return specific[0] if specific and units[-1].term.cameo in GENERIC_TYPES else units[-1]

    def _demonym_thing(self, geo: Unit, tok: Token) -> int | None:
        """The noun an adjectival demonym modifies, when that noun is a participant."""
        if geo.entry.source != "demonym" or geo.entry.plural or tok.dep != "amod" or tok.pos != "ADJ":
            return None
        noun = self.tokens[tok.head]
        if noun.i <= tok.i or noun.pos not in ("NOUN", "PROPN") or noun.i in self.unit_at:
            return None
        between = range(geo.end, noun.i)
        if any(i in self.unit_at or self.tokens[i].head != noun.i for i in between):
            return None
        return noun.i if self._is_argument(noun) else None

    def _resolve_geo(self, geo: Unit, head_tok: Token, evidence: list[str]) -> tuple[str, str | None, str] | None:
        """A country, demonym, capital or city on its own: (name, sector, kind) or None."""
        entry = geo.entry
        country_name = self.knowledge.country_names.get(entry.offices[0].country, entry.name)
        if entry.source == "demonym":
            if not entry.plural and head_tok.dep in ("amod", "compound") and head_tok.pos == "ADJ":
                return None
            if entry.plural and any(self.tokens[c].text.lower() in CIVILIAN_WORDS
                                    for c in range(geo.start - 2, geo.start) if c >= 0):
                evidence.append("civilians")  # "ordinary Russians" are civilians
                return country_name, "CVL", "group"
            return country_name, None, "group" if entry.plural else "state"
        if entry.source == "capital":
            if self._is_argument(head_tok):
                evidence[-1] = f"capital-as-actor:{self._text(geo.start, geo.end)}"
                return country_name, "GOV", "state"
            evidence[-1] = f"capital-place:{self._text(geo.start, geo.end)}"
            return entry.name, None, "state"
        if entry.source == "city":
            # Not a participant, a place: "met in Zurich", "exercises in Alaska".
            # Kept (kind "place") so that events with no party acted on can take
            # the state where they happened as their target, as CAMEO coders do.
            return entry.name, None, "group" if self._is_argument(head_tok) else "place"
        if entry.source == "region":
            return entry.name, None, "group"
        return entry.name, None, "state"

    def _is_argument(self, tok: Token) -> bool:
        seen = 0
        while tok.dep == "conj" and tok.head != tok.i and seen < 10:
            tok, seen = self.tokens[tok.head], seen + 1
        if tok.dep in ARGUMENT_DEPS:
            return True
        if tok.dep == "pobj" and tok.head != tok.i:
            return self.tokens[tok.head].text.lower() in PARTICIPANT_PREPS
        return False

    def _sector_kind(self, term: SectorTerm, tok: Token) -> str:
        if term.kind == "person" and _is_plural(tok):
            return "group"
        return term.kind

    def _person_name(self, unit: Unit) -> str:
        return self._text(unit.start, unit.end)

    def _text(self, start: int, end: int) -> str:
        return self.parsed.text[self.tokens[start].idx:self.tokens[end - 1].end]

def _is_plural(tok: Token) -> bool:
    if tok.tag in ("NNS", "NNPS"):
        return True
    text, lemma = tok.text.lower(), tok.lemma.lower()
    return text != lemma and (text.endswith("s") or text.endswith("men"))


def _is_state(code: str | None) -> bool:
    return bool(code) and code not in {"IGO", "NGO", "NGM", "IMG", "MNC", "UNO", "EUR", "NAT", "AFR"}
