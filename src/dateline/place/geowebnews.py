"""Reader for the GeoWebNews gold set (Gritta et al. 2019), for benchmarks and evaluate.

The corpus ships as one XML file (``GWN.xml``): articles with their text and
annotated spans, each typed (Literal, Metonymic, Non_Literal_Modifier ...) and,
for the spans that name a place, given GeoNames coordinates. A gold toponym here
is an annotated span with coordinates; expressions ("the city"), demonyms,
languages, homonyms and non-toponyms carry none and are left out.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Types whose toponym is part of a longer name ("Louisiana" in "Louisiana
# Purchase", "Washington" in "Washington Post"); a NER-based tagger cannot find
# them, so benchmarks report scores with and without them.
EMBEDDED_TYPES = frozenset({"Embedded_Literal", "Embedded_Non_Lit"})


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """One gold toponym: span in the article text, type, coordinates; ``annotated`` is the
    name as the annotators wrote it (it differs from the span text in a handful of cases)."""

    text: str
    start: int
    end: int
    lat: float
    lon: float
    type: str
    modifier: str | None = None
    geonameid: int | None = None
    annotated: str = ""


def _field(element: ElementTree.Element, tag: str) -> str | None:
    child = element.find(tag)
    return None if child is None or child.text is None else child.text.strip()


def read_geowebnews(folder: str | Path) -> Iterator[tuple[str, str, list[GoldToponym]]]:
    """Yield (doc_id, text, gold toponyms) for each article of ``folder``/GWN.xml."""
    path = Path(folder) / "GWN.xml"
    root = ElementTree.parse(path).getroot()
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        gold = []
        for toponym in article.iter("toponym"):
            lat, lon = _field(toponym, "latitude"), _field(toponym, "longitude")
            if lat is None or lon is None:
                continue
            start, end = int(_field(toponym, "start")), int(_field(toponym, "end"))
            geonameid = _field(toponym, "geonamesID")
            gold.append(GoldToponym(text[start:end], start, end, float(lat), float(lon),
                                    _field(toponym, "type") or "", _field(toponym, "modifierType"),
                                    int(geonameid) if geonameid and geonameid.isdigit() else None,
                                    _field(toponym, "extractedName") or ""))
        gold.sort(key=lambda g: (g.start, g.end))
        yield article.get("file", ""), text, gold
