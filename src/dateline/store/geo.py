"""GDELT's eight geography columns from our places: FIPS 10-4 codes, full names,
GeoNames feature ids (see docs/formats.md)."""

from __future__ import annotations

from typing import Any

from ..records import Actor

# GDELT's Geo_Type values.
COUNTRY, US_STATE, US_CITY, WORLD_CITY, WORLD_STATE = 1, 2, 3, 4, 5
EMPTY = [""] * 8


def _number(value: Any) -> str:
    return "" if value is None else f"{float(value):.6g}"


class GdeltGeo:
    """Writes a place (a record's ``location`` or a document's place, as a dict)
    as GDELT's Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID."""

    def __init__(self) -> None:
        from ..place import fips_codes, load_gazetteer

        self.gazetteer = load_gazetteer()
        self.fips = fips_codes()
        self._counties = {(c.admin1, c.name): c for c in self.gazetteer.counties.values()}

    def _type(self, feature: str, us: bool) -> int:
        if feature == "country":
            return COUNTRY
        if feature == "admin":
            return US_STATE if us else WORLD_STATE
        return US_CITY if us else WORLD_CITY

    def cells(self, place: dict | None) -> list[str]:
        """The eight cells for a place; empty when it has no country or no point."""
        if not place or not place.get("country") or place.get("lat") is None:
            return list(EMPTY)
        iso3 = place["country"]
        fips = self.fips.get(iso3, "")
        feature = place.get("feature") or "city"
        admin1 = place.get("admin1") or ""
        country = self.gazetteer.countries.get(iso3)
        country_name = country.name if country else iso3
        kind = self._type(feature, iso3 == "USA")
        adm1 = fips + admin1 if admin1 and feature != "country" else fips
        adm2 = ""
        if feature == "country":
            full, feature_id = country_name, fips
        elif feature == "admin":
            full, feature_id = f"{place['name']}, {country_name}", adm1
        else:
            admin_name = self.gazetteer.admin_name(iso3, admin1)
            full = ", ".join(part for part in (place["name"], admin_name, country_name) if part)
            county = self._county(place) if feature == "county" else None
            adm2 = f"{county.admin1}{county.admin2[2:]}" if county else ""
            feature_id = str(place["geonameid"]) if place.get("geonameid") is not None else (adm2 or adm1)
        return [str(kind), full, fips, adm1, adm2, _number(place.get("lat")), _number(place.get("lon")),
                feature_id]

    def _county(self, place: dict) -> Any:
        return self._counties.get((place.get("admin1"), place.get("name")))

    def actor_cells(self, actor: Actor | None, places: list[dict]) -> list[str]:
        """Where the text puts an actor: a place named in its words ("Toronto police",
        "Russian troops"), else its country as a country-level place."""
        if actor is None:
            return list(EMPTY)
        for place in places:
            if place.get("start", 0) < actor.end and actor.start < place.get("end", 0) and place.get("country"):
                return self.cells(place)
        country = self.gazetteer.countries.get(actor.country or "")
        if country is None:
            return list(EMPTY)
        return self.cells({"name": country.name, "country": country.country, "lat": country.lat,
                           "lon": country.lon, "feature": "country", "geonameid": country.geonameid})
