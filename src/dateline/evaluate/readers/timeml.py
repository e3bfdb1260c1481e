"""Reader for TimeML (TempEval-3 / TimeBank) files: plain text, creation date, gold TIMEX3s.

Offsets are into the plain text of the ``<TEXT>`` element (tags removed, entities
decoded); the creation date is the ISO day of the TIMEX3 whose
``functionInDocument`` is ``CREATION_TIME``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from ..gold import GoldTimex, TimexDocument


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
                                 element.get("value") or None))
    return offset


def read_timeml_file(path: str | Path, doc_id: str | None = None) -> TimexDocument:
    """One TimeML file: the plain text of <TEXT>, its creation date, its gold TIMEX3s."""
    root = ET.parse(path).getroot()
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = (timex.get("value") or "")[:10] or None
            break
    body = root.find("TEXT")
    doc_id = doc_id or Path(path).name
    if body is None:
        return TimexDocument(id=doc_id, text="", dct=dct)
    parts: list[str] = []
    spans: list[GoldTimex] = []
    _flatten(body, parts, spans, 0)
    text = "".join(parts)
    gold = [GoldTimex(text[g.start:g.end], g.start, g.end, g.type, g.value) for g in spans]
    return TimexDocument(id=doc_id, text=text, dct=dct, timexes=gold)


def read_timeml(path: str | Path) -> Iterator[TimexDocument]:
    """The TimeML documents at ``path``: one .tml file, or every .tml under a folder
    (sorted; ids are paths relative to the folder)."""
    path = Path(path)
    if path.is_file():
        yield read_timeml_file(path)
        return
    for file in sorted(path.rglob("*.tml")):
        yield read_timeml_file(file, str(file.relative_to(path)))
