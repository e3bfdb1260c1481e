"""What the actor stage knows: names, sector words and office holders, as lookup tables.

Everything is read once (see ``bundled``: ``dateline/data/actors/*.tsv`` and optional
PETRARCH/Phoenix dictionaries) into dicts keyed on normalised text, so resolving a
mention is a handful of dict lookups, never a scan of the tables.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from ..tables import word_class

# Codes that open an international actor's CAMEO code (codebook table 3.2).
INTERNATIONAL = word_class("international types")
FAMILY_FIRST_COUNTRIES = word_class("family-name-first countries")

# Longest name, in tokens, the gazetteer scan tries ("Organization for Security and
# Co-operation in Europe" is 10 spaCy tokens; longer names are vanishingly rare).
MAX_NAME_TOKENS = 12

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"})
_SPACES = re.compile(r"\s+")
_JOINERS = re.compile(r"\s*([-'/])\s*")


_SPECIAL = re.compile(r"[\u2019\u2018\u2010\u2011\u2013'/\s-]")


def normalise(text: str) -> str:
    """Name key: curly quotes straightened, spaces collapsed, none around - ' or /."""
    if " " in text:
        if not _SPECIAL.search(text.replace(" ", "")) and "  " not in text:
            return text.strip()  # the common case: plain words, one space apart
    elif not _SPECIAL.search(text):
        return text
    text = _SPACES.sub(" ", text.translate(_QUOTES)).strip()
    return _JOINERS.sub(r"\1", text)


def fold_case(text: str) -> str:
    """Lower case without diacritics: news often drops them ("Khurelsukh", "Sanchez")."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


@dataclass(frozen=True)
class Office:
    """One coding of a name, valid from ``start`` to ``end`` (ISO dates; None = open)."""

    country: str | None
    sector: str | None
    role: str = ""
    start: str | None = None
    end: str | None = None
    code: str | None = None

    def covers(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass
class Entry:
    """A name the stage knows, with what it stands for."""

    name: str
    source: str  # country-name, demonym, capital, city, region, org, people, dictionary
    kind: str  # state, region, organization, group, person
    offices: list[Office] = field(default_factory=list)
    plural: bool = False  # demonym nouns such as "Russians"

    def office_at(self, published: str | None) -> tuple[Office | None, bool]:
        """The office that applies at ``published``; the flag is True when none covers it."""
        if not self.offices:
            return None, False
        undated = [o for o in self.offices if o.start is None and o.end is None]
        dated = [o for o in self.offices if o not in undated]
        if published:
            day = published[:10]
            for office in dated:
                if office.covers(day):
                    return office, False
            if undated:
                return undated[0], False
            past = [o for o in dated if o.end is not None and o.end < day]
            if past:
                return max(past, key=lambda o: o.end or ""), True
            return min(dated, key=lambda o: o.start or ""), True
        # No date: the present, i.e. an open office, else the default, else the latest.
        current = [o for o in dated if o.end is None]
        if current:
            return max(current, key=lambda o: o.start or ""), False
        if undated:
            return undated[0], False
        return max(dated, key=lambda o: o.start or ""), False


@dataclass(frozen=True)
class SectorTerm:
    """A role or body word: its CAMEO type, PLOVER sector and kind."""

    term: str
    cameo: str
    plover: str
    kind: str


@dataclass
class Knowledge:
    """Lookup tables for names, sector words, people and country names."""

    names: dict[str, Entry] = field(default_factory=dict)
    folded: dict[str, Entry] = field(default_factory=dict)
    first_words: dict[str, int] = field(default_factory=dict)
    open_after: set[str] = field(default_factory=set)
    sectors: dict[str, SectorTerm] = field(default_factory=dict)
    sector_last: set[str] = field(default_factory=set)
    surnames: dict[str, list[Entry]] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    plover_of: dict[str, str] = field(default_factory=dict)

    # name key -> country of the cities and divisions that may stand for their people
    # ("Shanghai police", "Alaska"), loaded on first use by ``load_cities``
    load_cities: Callable[[], dict[str, str]] = field(default=dict, repr=False)
    _cities: dict[str, str] | None = field(default=None, repr=False)
    # a town's name (and the least population its biggest town must have) -> its country, for
    # "the town of X" and names the tagger took for places (``bundled``: the place gazetteer)
    town_country: Callable[..., str | None] = field(default=lambda name, least=0: None, repr=False)

    def city_country(self, name: str) -> str | None:
        """Country of a capital, a first-level division or named region, or a big city."""
        if self._cities is None:
            self._cities = self.load_cities()
        key = normalise(name)
        return self.capitals.get(key) or self._cities.get(fold_case(key))

    # -- adding entries -------------------------------------------------------------

    def add_name(self, text: str, entry: Entry, override: bool = True, fold: bool = False) -> None:
        """Index ``entry`` under the name ``text`` (exact case, and folded when safe)."""
        key = normalise(text)
        if not key:
            return
        if override or key not in self.names:
            self.names[key] = entry
        # Abbreviations (no lower-case letter: US, WHO, IS) only ever match as written.
        if fold or any(ch.islower() for ch in key):
            folded = fold_case(key)
            if override or folded not in self.folded:
                self.folded[folded] = entry
        pieces = re.findall(r"\w+|[^\w\s]", key)
        width = len(pieces)
        first = key.split(" ")[0].lower()
        if " " not in key or not key.split(" ")[1][:1].isupper():
            # Some key on this first word goes on lower-case (or stops): the scan may
            # not skip it when the next word is lower-case ("the government").
            self.open_after.add(first)
            self.open_after.add(re.split(r"['/-]", first)[0] or first)
        # spaCy splits "People's" and "al-Qaeda" inside the word: index both forms.
        for word in {first, re.split(r"['/-]", first)[0] or first}:
            self.first_words[word] = max(self.first_words.get(word, 0), width)

    def add_sector(self, term: SectorTerm) -> None:
        """Index a sector word under its lower-case words."""
        key = normalise(term.term).lower()
        self.sectors[key] = term
        self.sector_last.add(re.split(r"[ -]", key)[-1])

    def lookup(self, text: str, any_case: bool = False) -> Entry | None:
        """The entry for a name as written; case-folded only for capitalised text,
        or for any text when ``any_case`` (the caller knows it is a name: "iSrael")."""
        key = normalise(text)
        entry = self.names.get(key)
        if entry is None and (any_case or key[:1].isupper()):
            entry = self.folded.get(fold_case(key))
        return entry

    def index_surnames(self) -> None:
        """The known people by surname (so "Shoigu" alone is still Shoigu)."""
        holders: dict[str, list[Entry]] = {}
        for key, entry in self.names.items():
            if entry.source != "people" or " " not in key or key != normalise(entry.name):
                continue
            # Chinese and Korean names put the family name first ("Xi Jinping": Xi)
            family_first = _family_first(entry)
            surname = key.split(" ")[0 if family_first else -1]
            if len(surname) < (2 if family_first else 4) or not surname[:1].isupper() or surname.endswith("."):
                continue
            found = holders.setdefault(surname, [])
            if all(e is not entry for e in found):
                found.append(entry)
        # A surname that is also someone's given name ("Abdullah", "Omar") names nobody alone.
        given = {key.split(" ")[-1 if _family_first(entry) else 0] for key, entry in self.names.items()
                 if entry.source == "people" and " " in key}
        self.surnames = {s: found for s, found in holders.items() if s not in self.names and s not in given}
        # written without its diacritics, or with them where the table has none ("Arévalo")
        self.folded_surnames = {fold_case(s): found for s, found in self.surnames.items()}

    def surname_entry(self, surname: str, published: str | None) -> Entry | None:
        """The person a bare surname names: the one holder in office at ``published``
        ("Merz" in 2025 is the chancellor), or the only holder when undated."""
        found = self.surnames.get(surname) or self.folded_surnames.get(fold_case(surname), [])
        if published is None:
            return found[0] if len(found) == 1 else None
        serving = [e for e in found if not e.office_at(published)[1]]
        return serving[0] if len(serving) == 1 else None


def _family_first(entry: Entry) -> bool:
    """A person of a country whose names put the family name first (words.tsv)."""
    return any(o.country in FAMILY_FIRST_COUNTRIES for o in entry.offices)
