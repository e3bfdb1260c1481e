"""Reader for the GeoWebNews gold set (Gritta et al. 2019) into ToponymDocuments.

The corpus ships as one XML file (``GWN.xml``): articles with their text and
annotated spans, each typed (Literal, Metonymic, Non_Literal_Modifier ...) and,
for the spans that name a place, given GeoNames coordinates. A gold toponym here
is an annotated span with coordinates; expressions ("the city"), demonyms,
languages, homonyms and non-toponyms carry none and are left out.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

from ..gold import GoldToponym, ToponymDocument


def _field(element: ElementTree.Element, tag: str) -> str | None:
    child = element.find(tag)
    return None if child is None or child.text is None else child.text.strip()


def read_geowebnews(path: str | Path) -> Iterator[ToponymDocument]:
    """Each article of GWN.xml (``path`` is the file or the folder holding it), its
    gold toponyms in text order."""
    path = Path(path)
    root = ElementTree.parse(path if path.is_file() else path / "GWN.xml").getroot()
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        gold = [_toponym(toponym, text) for toponym in article.iter("toponym")
                if _field(toponym, "latitude") is not None and _field(toponym, "longitude") is not None]
        gold.sort(key=lambda g: (g.start, g.end))
        yield ToponymDocument(id=article.get("file", ""), text=text, toponyms=gold)


def _toponym(toponym: ElementTree.Element, text: str) -> GoldToponym:
    start, end = int(_field(toponym, "start")), int(_field(toponym, "end"))
    return GoldToponym(text[start:end], start, end, float(_field(toponym, "latitude")),
                       float(_field(toponym, "longitude")), type=_field(toponym, "type") or "",
                       name=_field(toponym, "extractedName") or "")
