"""Choosing among a name's candidates with what the article says, and saying why.

The order of evidence: a qualifier written with the name ("Paris, Texas"
keeps only places in Texas), then the divisions the article is about (named in
the dateline or the text: "Springfield" in an article that names Illinois), the
countries it names or its outlet is based in, the division most of its other
places lie in, and population last. Each choice carries the reasons that
decided it, for the place's evidence.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from .names import Candidate

# Scoring weights, in units of log10(population): a country outranks any city of
# the same name ("Georgia", "Mexico"); a US state outranks a country when the
# document is about the US; a division the article names decides between towns
# ("Paris" in an article about Texas); a capital beats a same-named town. Tuned on
# GeoWebNews and our own sentences (tests/test_place.py).
COUNTRY_BONUS = 1.0
REGION_SCORE = 7.0
CONTEXT_COUNTRY_BONUS = 1.5
# The outlet's home country is weaker evidence than a country the text names.
OUTLET_COUNTRY_BONUS = 1.0
# A division the dateline gives is where the story was filed: strong evidence. One
# the text names counts less, and less again when the text names many (a sports
# or national story naming "Ohio State" and "Mississippi State" is about neither).
DATELINE_ADMIN_BONUS = 3.0
NAMED_ADMIN_BONUS = 2.0
SCATTERED_ADMIN_BONUS = 1.0
MAX_FOCUSED_ADMINS = 2
DATELINE = "dateline"
# The division most of the article's other places lie in: weaker than one named.
INFERRED_ADMIN_BONUS = 1.0
CAPITAL_BONUS = 1.0
ALTERNATE_PENALTY = 1.0
# A division from the generated table is judged by the people in its towns, less
# this: news names a town more often than a same-named foreign province.
GENERATED_ADMIN_PENALTY = 1.5
# A town or county this close to a place the article surely means (the only one of
# its name, qualified, or in a division it names) is likely the one meant: local news
# names neighbouring places ("Hamilton County" beside Chattanooga).
NEAR_KM = 100
NEAR_BONUS = 1.5
# Features a division or county the article names can decide between.
LOCAL_FEATURES = frozenset({"city", "county"})


@dataclass
class Frame:
    """What the article says about where it is: countries and divisions, each with
    the reason it counts (``"named in the text"``, ``"dateline"``, ...)."""

    countries: dict[str, str] = field(default_factory=dict)
    admins: dict[tuple[str, str], str] = field(default_factory=dict)
    inferred_admins: dict[tuple[str, str], str] = field(default_factory=dict)
    outlet_country: str | None = None
    # Places the article surely means: (mention start, lat, lon, name).
    anchors: list[tuple[int, float, float, str]] = field(default_factory=list)

    def add_country(self, iso3: str | None, reason: str) -> None:
        if iso3:
            self.countries.setdefault(iso3, reason)

    def add_admin(self, country: str | None, admin1: str, reason: str) -> None:
        if country and admin1:
            self.admins.setdefault((country, admin1), reason)
            self.add_country(country, reason)

    def admin_bonus(self, key: tuple[str, str]) -> float:
        """What a division of the frame adds to a town or county in it."""
        if self.admins[key].startswith(DATELINE):
            return DATELINE_ADMIN_BONUS
        named = sum(1 for reason in self.admins.values() if not reason.startswith(DATELINE))
        return NAMED_ADMIN_BONUS if named <= MAX_FOCUSED_ADMINS else SCATTERED_ADMIN_BONUS


def _base(candidate: Candidate) -> tuple[float, str]:
    """How much an entry counts on its own, and the reason."""
    if candidate.weight is not None:
        return candidate.weight, f"{candidate.feature} listed by hand"
    if candidate.feature in ("region", "landmark"):
        return REGION_SCORE, f"{candidate.feature} listed by hand"
    people = f"population {candidate.population:,}"
    value = math.log10(max(candidate.population, 1))
    if candidate.feature == "admin":
        return value - GENERATED_ADMIN_PENALTY, people
    return value, people


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _near(candidate: Candidate, frame: Frame, at: int | None) -> str | None:
    """The name of an anchor of another mention near the candidate, if any."""
    if candidate.lat is None or candidate.lon is None or candidate.feature not in LOCAL_FEATURES:
        return None
    for start, lat, lon, name in frame.anchors:
        # Another mention of the same name is no evidence for itself.
        if start != at and name != candidate.name and distance_km(candidate.lat, candidate.lon, lat, lon) <= NEAR_KM:
            return name
    return None


def score(candidate: Candidate, frame: Frame, at: int | None = None) -> tuple[float, list[str]]:
    """How likely this entry is the one meant (for the mention starting at ``at``),
    with the reasons that count."""
    value, base_reason = _base(candidate)
    reasons = []
    if candidate.feature == "country":
        value += COUNTRY_BONUS
    if candidate.capital:
        value += CAPITAL_BONUS
        reasons.append("capital")
    if candidate.alternate:
        value -= ALTERNATE_PENALTY
    if candidate.country in frame.countries:
        value += CONTEXT_COUNTRY_BONUS
        reasons.append(f"country {candidate.country} ({frame.countries[candidate.country]})")
    elif candidate.country and candidate.country == frame.outlet_country:
        value += OUTLET_COUNTRY_BONUS
        reasons.append(f"country {candidate.country} (the outlet's)")
    if candidate.feature in LOCAL_FEATURES and candidate.admin1:
        key = (candidate.country or "", candidate.admin1)
        if key in frame.admins:
            value += frame.admin_bonus(key)
            reasons.append(f"in {candidate.country}-{candidate.admin1} ({frame.admins[key]})")
        elif key in frame.inferred_admins:
            value += INFERRED_ADMIN_BONUS
            reasons.append(f"in {candidate.country}-{candidate.admin1} ({frame.inferred_admins[key]})")
    near = _near(candidate, frame, at) if frame.anchors else None
    if near is not None:
        value += NEAR_BONUS
        reasons.append(f"near {near}")
    reasons.append(base_reason)
    return value, reasons


def choose(candidates: Sequence[Candidate], frame: Frame,
           at: int | None = None) -> tuple[Candidate, list[str]] | None:
    """The best candidate (first listed on ties) and why, or None."""
    if not candidates:
        return None
    if len(candidates) == 1:
        only = candidates[0]
        return only, ["alias of ours" if only.alias else "the only place of that name"]
    best, best_value, best_reasons = None, -math.inf, []
    for candidate in candidates:
        value, reasons = score(candidate, frame, at)
        if value > best_value:
            best, best_value, best_reasons = candidate, value, reasons
    return best, [f"best of {len(candidates)}"] + best_reasons


def evidence(candidate: Candidate, reasons: list[str]) -> str:
    """A place's evidence: the entry chosen and the reasons, in one line."""
    if candidate.geonameid is not None:
        source = f"geonames:{candidate.geonameid}"
    elif candidate.admin2:
        source = f"county:{candidate.admin2}"
    elif candidate.feature == "admin" and candidate.admin1:
        source = f"admin1:{candidate.country}-{candidate.admin1}"
    else:
        source = f"{candidate.feature}:{candidate.name}"
    return f"{source}; " + "; ".join(reasons)
