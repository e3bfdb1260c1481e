"""Reading TimeML (TempEval-3 / TimeBank) files: plain text, creation time, gold TIMEX3s."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GoldTimex:
    """One annotated TIMEX3: character offsets are into the document's plain text."""

    text: str
    start: int
    end: int
    type: str
    value: str


def _flatten(element: ET.Element, parts: list[str], timexes: list[GoldTimex], offset: int) -> int:
    """Append the element's text to ``parts``, recording TIMEX3 spans; return the new offset."""
    start = offset
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        offset = _flatten(child, parts, timexes, offset)
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    if element.tag == "TIMEX3":
        # The text is filled in once the whole document is joined.
        timexes.append(GoldTimex("", start, offset, element.get("type", ""),
                                 element.get("value", "")))
    return offset


def read_timeml(path: str | Path) -> tuple[str, str | None, list[GoldTimex]]:
    """(plain text of <TEXT>, document creation date as ISO day or None, gold TIMEX3s)."""
    root = ET.parse(path).getroot()
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = (timex.get("value") or "")[:10] or None
            break
    body = root.find("TEXT")
    if body is None:
        return "", dct, []
    parts: list[str] = []
    spans: list[GoldTimex] = []
    _flatten(body, parts, spans, 0)
    text = "".join(parts)
    gold = [GoldTimex(text[g.start:g.end], g.start, g.end, g.type, g.value) for g in spans]
    return text, dct, gold


def timeml_files(folder: str | Path) -> list[Path]:
    """All ``.tml`` files under ``folder``, sorted."""
    return sorted(Path(folder).rglob("*.tml"))
