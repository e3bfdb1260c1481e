"""Gazetteer entries and the keys names are looked up by."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


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
    # A US county's 5-digit FIPS code (state and county), else "".
    admin2: str = ""
    # How much the entry counts on its own, for entries with no population to
    # compare (see resolve.py); None: judged by population.
    weight: float | None = None


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


def is_latin(name: str) -> bool:
    """Whether a name is written in Latin letters (so English text can contain it)."""
    return _NON_LATIN.search(name) is None


# Abbreviated forms English writes for the first word of a name ("St. Louis",
# "Mt. Vernon", "Ft. Myers"), and the full words they stand for.
_SHORT_FORMS = {"saint": ("st.", "st"), "sainte": ("ste.", "ste"), "mount": ("mt.", "mt"),
                "fort": ("ft.", "ft"), "st.": ("saint", "st"), "mt.": ("mount", "mt"),
                "ft.": ("fort", "ft"), "ste.": ("sainte", "ste")}


def name_variants(name: str) -> list[str]:
    """A name and its spellings with the first word abbreviated or spelled out."""
    first, _, rest = name.partition(" ")
    forms = _SHORT_FORMS.get(first.lower()) if rest else None
    return [name] + [f"{form} {rest}" for form in forms or ()]
