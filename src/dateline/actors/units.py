"""Units: runs of tokens the knowledge recognises as one thing (a name from the tables,
a sector word, a PERSON or ORG entity, a known surname). Units never overlap."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from dateline.actors.heads import holds, named, nominal_head, written_singular
from dateline.actors.knowledge import Entry, Knowledge, Office, SectorTerm, normalise
from dateline.actors.settlements import TAGGED_TOWN_POPULATION, longer_town, name_tail, named_settlement
from dateline.nlp import Parsed, Token
from dateline.tables import word_class

HONORIFICS = word_class("honorifics")
POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
# Articles before a bare surname make it a common word ("the Moon"): a person takes none.
ARTICLES = frozenset({"the", "a", "an"})
GEO_SOURCES = frozenset({"country-name", "demonym", "capital", "city", "region"})
WATER_NAMES = {"Sea", "Ocean"}  # the last word of a sea's name that starts with a state's
PERSON_LABELS = frozenset({"PERSON"})
GROUP_LABELS = frozenset({"ORG", "NORP", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
# What the tagger may make of a person's last name: a place, or nothing ("" is untagged).
NAME_TAIL_LABELS = PLACE_LABELS | {""}
# Second parts of hyphenated adjectives of territory ("rebel-held town").
CONTROL_PARTICIPLES = word_class("control participles")
# "pro-European protesters", "anti-American rallies": the state named is what they are for
# or against, not theirs (words.tsv).
STANCE_PREFIXES = word_class("stance prefixes")
# Words after a city's name that make it the name of a province ("Kano State").
ADMIN_WORDS = word_class("admin words")
# Lower-case words that belong inside personal names ("Bashar al-Assad", "Ursula von der Leyen").
NAME_PARTICLES = word_class("name particles")
# Longest sector term, in tokens ("deputy minister of defence" is four; hyphens count).
MAX_TERM_WORDS = 6
# Words that name a role only as the head "of" a body (words.tsv).
HEAD_WORDS = word_class("head words")


@dataclass
class Unit:
    """Tokens ``start``..``end`` (exclusive) recognised as one thing."""

    start: int
    end: int
    kind: str  # name | sector | person | org
    entry: Entry | None = None
    term: SectorTerm | None = None
    label: str = ""


class UnitScanner:
    """Finds the units of one parsed document, sentence by sentence."""

    def __init__(self, parsed: Parsed, knowledge: Knowledge, published: str | None) -> None:
        self.parsed = parsed
        self.tokens = parsed.tokens
        self.knowledge = knowledge
        self.published = published
        # surnames of people named so far: a later bare surname is a unit too
        # (surname -> the full name it stood in)
        self.surnames_seen: dict[str, str] = {}
        # and their first names, by which some are called later ("Meles" after "Meles
        # Zenawi", "Isaias" after "Isaias Afwerki"), which the tagger may read as a noun
        self.forenames_seen: dict[str, str] = {}
        self.entity_at = {i: ent for ent in parsed.entities for i in range(ent.start, ent.end)}
        self._entity_starts = [ent.start for ent in parsed.entities]

    def units(self, start: int, end: int) -> list[Unit]:
        """The units of tokens ``start``..``end`` (one sentence), in text order."""
        return self._units(start, end)

    def _units(self, start: int, end: int) -> list[Unit]:
        names = self._scan_names(start, end)
        # before the entities, so a person's name keeps its place word ("Joseph Muscat")
        self._drop_places_in_persons(names, start, end)
        covered = {i for u in names for i in range(u.start, u.end)}
        # Sector words go before entities ("the Russian Defense Ministry" is tagged ORG
        # but is a role noun), except inside a person's name ("Marine", "King").
        in_names = {i for i in range(start, end) if self._in_person_name(i)}
        sectors = self._scan_sectors(start, end, covered | in_names)
        covered |= {i for u in sectors for i in range(u.start, u.end)}
        entity_units = self._entity_units(start, end, covered)
        covered |= {i for u in entity_units for i in range(u.start, u.end)}
        entity_units += self._surname_units(start, end, covered)
        entity_units += self._place_modifiers(sectors, covered)
        units = sorted(names + entity_units + sectors, key=lambda u: u.start)
        kept = [u for u in units if (u.kind != "sector" or nominal_head(self.tokens, u, units))
                and not self._holds_territory(u) and not self._unheaded(u, units)]
        for unit in kept:
            if unit.kind == "sector" and holds(self.tokens, unit, self.tokens[unit.end - 1]):
                unit.end += 1  # "army positions", "a police headquarters": the holder, named with its post
            elif unit.kind == "sector" and named(self.tokens, unit, self.tokens[unit.end - 1]):
                unit.end = self.tokens[unit.end - 1].head + 1  # "company Danone": the body, with its name
        return kept

    def _unheaded(self, unit: Unit, units: list[Unit]) -> bool:
        """A word that names a role only as the head "of" a body ("the head of the refugee
        agency", not "a blow to the head") with no body after its "of"."""
        if unit.kind != "sector" or unit.term is None or unit.term.term not in HEAD_WORDS:
            return False
        bodies = {i for u in units if u is not unit for i in range(u.start, u.end)}
        return not any(g.i in bodies for c in self.parsed.children(unit.end - 1)
                       if c.dep == "prep" and c.lemma.lower() == "of"
                       for g in self.parsed.children(c.i) if g.dep == "pobj")

    def _holds_territory(self, unit: Unit) -> bool:
        """The first part of "government-held": who holds the place named, not who acts."""
        after = unit.end
        return (after + 1 < len(self.tokens) and self.tokens[after].text == "-"
                and self.tokens[after + 1].text.lower() in CONTROL_PARTICIPLES)

    def _scan_names(self, start: int, end: int) -> list[Unit]:
        """Greedy longest match of known names, left to right; a name that opens with "the"
        gives way to a longer one after the article ("the West Bank" is the West Bank, not
        "the West" and a bank)."""
        found: list[Unit] = []
        tokens = self.tokens
        i = start
        while i < end:
            match = self._name_at(i, end)
            if match is not None and tokens[i].text.lower() == "the":
                later = self._name_at(i + 1, end)
                if later is not None and later.end > match.end:
                    i, match = i + 1, later
            if match is not None and match.end < len(tokens) and tokens[match.end].text in WATER_NAMES \
                    and match.entry.source in GEO_SOURCES:
                i = match.end + 1  # "the South China Sea", "the Indian Ocean": a sea, no state
            elif match is not None and match.entry.source in GEO_SOURCES \
                    and (self._stance(i) or self._seen_surname(match.start, match.end)):
                i = match.end  # "pro-European protesters": for Europe, not of it; "Muscat said": the person
            elif match is not None and match.entry.source in ("capital", "city") \
                    and name_tail(self.tokens, match.start, match.end, found[-1].end if found else -1):
                town = longer_town(self.parsed, self.knowledge, match.start, match.end)
                found.extend([Unit(town[0], match.end, "name", town[1])] if town else [])  # "Mocimboa da Praia"
                i = match.end
            elif match is not None:
                found.append(match)
                i = match.end
            else:
                i += 1
        return found

    def _seen_surname(self, start: int, end: int) -> bool:
        """Is the one word ``start``..``end`` (a place or an organisation to the tables or the
        tagger) the surname of a person the article named ("Muscat said" after "Joseph
        Muscat"), used as a name, not a place ("in Muscat", "to Muscat")?"""
        return end - start == 1 and self.tokens[start].text in self.surnames_seen and not self._placed(start)

    def _placed(self, i: int) -> bool:
        """Is the word at ``i`` the object of a preposition ("in Muscat", "to Lima"), not a
        possessor after one ("with Salvini's decision")?"""
        tok = self.tokens[i]
        return tok.dep == "pobj" or i > 0 and self.tokens[i - 1].pos == "ADP" and tok.dep != "poss"

    def _stance(self, i: int) -> bool:
        """Is the name at ``i`` the second part of "pro-X" or "anti-X"?"""
        return i >= 2 and self.tokens[i - 1].text == "-" and self.tokens[i - 2].text.lower() in STANCE_PREFIXES

    def _name_at(self, i: int, end: int) -> Unit | None:
        """The longest known name starting at token ``i`` (before ``end``), or None."""
        text, tokens, k = self.parsed.text, self.tokens, self.knowledge
        first = tokens[i].text.lower()
        width = k.first_words.get(first, 0)
        if width and first not in k.open_after and (i + 1 >= end or tokens[i + 1].text[:1].islower()):
            width = 0  # every name starting with this word goes on capitalised
        for j in range(min(end, i + width), i, -1):
            # Careless case ("President obama", "iSrael") still names: the
            # tagger's proper nouns are looked up case-folded.
            entry = k.lookup(text[tokens[i].idx:tokens[j - 1].end],
                             any_case=all(t.pos == "PROPN" for t in tokens[i:j]))
            if entry is not None:
                return Unit(i, j, "name", entry)
        return None

    def _entity_units(self, start: int, end: int, covered: set[int]) -> list[Unit]:
        """PERSON, ORG and city entities the name scan did not already cover."""
        units: list[Unit] = []
        first = bisect_left(self._entity_starts, start)
        stop = start  # where the last person's name ended
        for ent in self.parsed.entities[first:]:
            if ent.start >= end:
                break
            if ent.end > end or ent.start < stop:
                continue
            stop = ent.end
            if ent.label in PERSON_LABELS:
                if self._common_words_entity(ent.start):
                    continue
                kind, stop = "person", self._name_tail(ent.end, end, covered)
            elif self._seen_surname(ent.start, ent.end):
                continue  # "Lima said", "Salvini's decision" after "David Lima": the person (a surname unit)
            elif ent.label in GROUP_LABELS:
                kind = "org"
            elif ent.label in PLACE_LABELS:
                kind = "place"
            else:
                continue
            run: list[int] = []
            for i in list(range(ent.start, stop)) + [None]:
                if i is not None and i not in covered and not self._is_title_token(i, kind):
                    run.append(i)
                    continue
                if run:
                    unit = self._entity_unit(run[0], run[-1] + 1, kind, ent.label)
                    if unit is not None:
                        units.append(unit)
                run = []
        return units

    def _name_tail(self, i: int, end: int, covered: set[int]) -> int:
        """Where a person's name ends: the tagger may leave out its last word, the head the
        name's words are compounds of ("Mawlud Bawa Murad" with "Murad" read as a place)."""
        while i < end and i not in covered and i - 1 not in covered and self.tokens[i].pos == "PROPN" \
                and self.tokens[i].ent_type in NAME_TAIL_LABELS \
                and self.tokens[i - 1].dep == "compound" and self.tokens[i - 1].head == i:
            i += 1
        return i

    def _place_modifiers(self, sectors: list[Unit], covered: set[int]) -> list[Unit]:
        """A place name the tagger missed that modifies a role word ("Donetsk separatists",
        "Tigray fighters"): a province or city of the tables, which places the role word."""
        units = []
        for sector in sectors:
            i = sector.start - 1
            tok = self.tokens[i] if i >= 0 else None
            # taggers also read such a name as an adjective
            if tok is None or i in covered or tok.pos not in ("PROPN", "ADJ") or not tok.text[:1].isupper() \
                    or tok.ent_type or tok.dep not in ("compound", "amod") or not sector.start <= tok.head < sector.end:
                continue
            country = self.knowledge.city_country(tok.text)
            if country is not None:
                units.append(Unit(i, i + 1, "name", Entry(tok.text, "city", "state", [Office(country, None)])))
        return units

    def _surname_units(self, start: int, end: int, covered: set[int]) -> list[Unit]:
        """Surnames of people already named in the article that NER missed
        ('"...," Crosetto told reporters' after "Guido Crosetto"), and known
        surnames written in lower case ("President obama")."""
        units = []
        for i in range(start, end):
            tok = self.tokens[i]
            if i in covered or not (tok.pos == "PROPN" and (tok.text in self.surnames_seen or self._careless_name(tok))
                                    or self._seen_forename(tok)):
                continue
            if i + 1 < end and self.tokens[i + 1].pos == "PROPN" or tok.ent_type in PLACE_LABELS and self._placed(i):
                continue  # part of a longer name; a place named as one ("flew to Lima")
            unit = self._entity_unit(i, i + 1, "person", "PERSON")
            if unit is not None:
                units.append(unit)
        return units

    def _named_before(self, text: str) -> bool:
        """Is the one word a known surname, or a part of a person's name the article gave
        ("Wang" after "Wang Yi", family name first)?"""
        return self._known_surname(text) or text in self.surnames_seen or text in self.forenames_seen

    def _seen_forename(self, tok: Token) -> bool:
        """Is the word the first name of a person the article named, standing alone as a
        subject or object ("Meles declined to answer"), tagged a proper noun or, as taggers
        read unfamiliar names, a noun?"""
        # a name the tagger took for a place ("Prabowo urged ...") is one still, unless placed or known as one
        return tok.text in self.forenames_seen and tok.text not in self.surnames_seen and tok.pos in ("PROPN", "NOUN") \
            and tok.dep in ("nsubj", "nsubjpass", "dobj", "pobj", "poss") \
            and (not tok.ent_type or not self._placed(tok.i) and self.knowledge.lookup(tok.text) is None)

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
        settled = named_settlement(self.parsed, start)  # "the town of Soledar": a town, if any is so called
        if kind in ("place", "org") or settled:
            country = self.knowledge.city_country(text)
            if country is None and (settled or kind == "place"):
                # a town the gazetteer knows: any size after "the town of", a big one the tagger saw
                country = self.knowledge.town_country(text, 0 if settled else TAGGED_TOWN_POPULATION)
            words = text.split()
            if country is None and len(words) > 1 and words[-1].lower() in ADMIN_WORDS:
                country = self.knowledge.city_country(" ".join(words[:-1]))
            if country is None and (settled or kind == "place"):
                return None  # a place no gazetteer knows is no person or body either
            if country is None and not (kind == "org" and end - start == 1 and self._named_before(text)):
                return Unit(start, end, kind, label=label)
            if country is not None:
                office = Office(country, None)
                return Unit(start, end, "name", Entry(text, "city", "state", [office]), label=label)
            kind = "person"  # a known surname the tagger took for an organisation ("Trump said")
        if kind == "person" and end - start == 1 and start > 0 and tokens[start - 1].text.lower() in ARTICLES \
                and self._known_surname(text):
            return None  # "the Moon", "a Rice pudding": a common word, not the known person
        if kind == "person" and end - start == 1 and tokens[start].ent_type in ("DATE", "TIME"):
            return None  # "on Friday" is a day, not Mr Friday
        if kind == "person" and end - start == 1:
            # A bare surname names a known person only while in office (at the
            # publication date): "Mr McConnell" in 2005 Scotland is not the US senator.
            # A surname the article has already given to someone else names that person,
            # not the known holder: "Mr Howard" after "Michael Howard" is not John Howard.
            entry = self.knowledge.surname_entry(normalise(text), self.published)
            if entry is None and text[:1].islower():  # careless case: "President obama"
                entry = self.knowledge.surname_entry(normalise(text[:1].upper() + text[1:]), self.published)
            named = self.surnames_seen.get(text)
            if entry is not None and (named is None or normalise(named) == normalise(entry.name)):
                return Unit(start, end, "person", entry, label="surname")
        return Unit(start, end, kind, label=label)

    def _known_surname(self, text: str) -> bool:
        return self.knowledge.surname_entry(normalise(text), self.published) is not None

    def _in_person_name(self, i: int) -> bool:
        """Inside a PERSON entity, and not a title in front of it."""
        tok = self.tokens[i]
        return tok.ent_type == "PERSON" and not self._is_title_token(i, "person") \
            and not self._common_words_entity(i)

    def _common_words_entity(self, i: int) -> bool:
        """A PERSON entity with a lower-case content word is a mis-tagged description
        ("antiwar protesters"), not a name; nor is a lone role word opening a sentence."""
        ent = self.entity_at.get(i)
        if ent is not None and ent.end - ent.start == 1 and self._opens_sentence(ent.start) \
                and normalise(self.tokens[ent.start].lemma.lower()) in self.knowledge.sectors:
            return True  # "Gang members attacked ...": a role word capitalised as the first word
        return ent is not None and any(
            t.text[:1].islower() and t.text.lower() not in NAME_PARTICLES and t.pos != "PUNCT"
            and not (t.i > ent.start and self.tokens[t.i - 1].text == "-")
            and not self._careless_name(t)
            for t in self.tokens[ent.start:ent.end])

    def _opens_sentence(self, i: int) -> bool:
        return i == 0 or self.tokens[i - 1].sent != self.tokens[i].sent

    def _careless_name(self, tok: Token) -> bool:
        """A known surname written in lower case ("President obama") is still a name."""
        return tok.pos == "PROPN" and (tok.text[:1].upper() + tok.text[1:]) in self.knowledge.surnames

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
            lasts = tuple(dict.fromkeys((tok.text.lower(), tok.lemma.lower()) + written_singular(tok)))
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
