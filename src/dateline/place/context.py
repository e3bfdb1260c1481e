"""Where an article is: its dateline, the qualifiers it writes after names
("Paris, Texas", "Springfield, Ill."), and its outlet's home country.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

from .gazetteer import Gazetteer, rows
from .names import Candidate
from .resolve import Frame, choose
from ..outlets import outlet_named

# A dateline's place: one to four words in capitals, then maybe ", Qualifier";
# the agency credit, date or dash that follows is left out.
_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z.'\- ]*?[A-Za-z.])\s*(?:,\s*([A-Z][A-Za-z.' ]*?[A-Za-z.]))?"
                       r"\s*(?:\(|,|\s-|-\s|–|—|:|$)")
# A qualifier written after a name and a comma, or in brackets: "Ill.", "N.Y.",
# "W. Va.", "TX", "(Ga.)", or a capitalised name of one to three words.
QUALIFIER = re.compile(r"(?:,\s+|\s\()((?:[A-Z]\.\s?){2,3}|[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z][a-z]{1,3}\.|"
                       r"[A-Z]{2}\b|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})")
# Country-code top-level domains that do not name the outlet's country.
_GENERIC_TLDS = frozenset({"tv", "io", "fm", "me", "co", "ai", "ly", "am", "to", "cc", "ws", "eu"})
# A dateline qualifier that is a date ("KYIV, Aug 8"), not a place.
_MONTHS = re.compile(r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(\s|$)", re.I)


@functools.lru_cache(maxsize=1)
def state_abbreviations() -> dict[str, tuple[str, str]]:
    """Abbreviation as written -> (state postal code, kind: ap or postal)."""
    return {form: (state, kind) for form, state, kind in rows("state_abbreviations.tsv")}


def qualifier_places(text: str, gazetteer: Gazetteer, *, postal: bool) -> list[Candidate]:
    """The divisions or countries a qualifier may name ("Ill.", "Texas", "France");
    a two-letter postal code only when ``postal``."""
    text = text.strip()
    found = state_abbreviations().get(text) or state_abbreviations().get(text.replace(" ", ""))
    if found and (found[1] == "ap" or postal):
        entry = gazetteer.admins.get(("USA", found[0]))
        return [entry] if entry else []
    if len(text) <= 2:
        return []
    return [c for c in gazetteer.lookup(text) if c.feature in ("admin", "country")]


def within(candidate: Candidate, qualifier: Candidate) -> bool:
    """Whether a place lies inside a division or country."""
    if qualifier.feature == "country":
        return candidate.country == qualifier.country and candidate.feature != "country"
    return (candidate.country == qualifier.country and bool(qualifier.admin1)
            and candidate.admin1 == qualifier.admin1 and candidate.feature != "admin")


def qualified(candidates: list[Candidate], qualifiers: list[Candidate]) -> list[Candidate]:
    """The candidates inside one of the qualifiers (empty when none is)."""
    return [c for c in candidates if any(within(c, q) for q in qualifiers)]


def read_dateline(dateline: str | None, gazetteer: Gazetteer, frame: Frame) -> None:
    """Add the dateline's place ("SPRINGFIELD, Ill. (AP) -") to the frame: its division
    and country, the strongest evidence of where the article is."""
    if not dateline:
        return
    found = _DATELINE.match(dateline)
    if not found:
        return
    name, qualifier = found.group(1).strip().title(), (found.group(2) or "").strip()
    qualifiers = []
    if qualifier and not _MONTHS.match(qualifier):
        qualifiers = qualifier_places(qualifier, gazetteer, postal=True) or \
            qualifier_places(qualifier.title(), gazetteer, postal=False)
    candidates = gazetteer.lookup(name)
    if qualifiers:
        candidates = qualified(candidates, qualifiers) or []
    chosen = choose(candidates, frame)
    place = chosen[0] if chosen else (qualifiers[0] if len(qualifiers) == 1 else None)
    if place is None:
        return
    reason = f"dateline {found.group(0).strip(' -–—:(,')!r}"
    if place.feature in ("city", "county", "admin") and place.admin1:
        frame.add_admin(place.country, place.admin1, reason)
    frame.add_country(place.country, reason)


def outlet_country(outlet: str | None, url: str | None, gazetteer: Gazetteer) -> str | None:
    """The country an outlet is based in: from our outlet table, else its web
    address's country domain (".co.uk", ".de"), else None."""
    if outlet:
        known = outlet_named(outlet)
        if known is not None and known.country:
            return known.country
    if url:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
        tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
        if len(tld) == 2 and tld not in _GENERIC_TLDS:
            return gazetteer.iso2_to_iso3.get("GB" if tld == "uk" else tld.upper())
    return None
