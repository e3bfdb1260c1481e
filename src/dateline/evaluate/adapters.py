"""Gold readers written elsewhere in dateline, turned into this package's gold records.

PolNeAR, TimeML and GeoWebNews are read by their stage's own readers
(``dateline.quotes.polnear``, ``dateline.time.timeml``,
``dateline.place.geowebnews``), imported here lazily; this module only converts
what they yield, accepting tuples or objects with the documented field names.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..records import Span
from .gold import (AttributionDocument, GoldAttribution, GoldTimex, GoldToponym, TimexDocument,
                   ToponymDocument)

# Quotation marks: content that starts with one is a direct quote. Closing shapes
# count too: careless typography opens quotes with them (”Like this,” she said).
_OPENING_QUOTES = "\"“”‘'«»„"


def _get(item: Any, *names: str, index: int | None = None) -> Any:
    """A field by the first name present, or a tuple element by ``index``."""
    for name in names:
        if isinstance(item, dict) and name in item:
            return item[name]
        if hasattr(item, name):
            return getattr(item, name)
    if index is not None and isinstance(item, (tuple, list)) and len(item) > index:
        return item[index]
    return None


def as_span(value: Any, text: str) -> Span | None:
    """A Span from an object with start/end, a (start, end) or (text, start, end) tuple, or parts.

    A list of parts (a discontinuous span) gives the span from first start to last end.
    """
    if value is None:
        return None
    start, end = _get(value, "start"), _get(value, "end")
    if start is None and isinstance(value, (tuple, list)) and value:
        if all(isinstance(v, int) for v in value[:2]) and len(value) == 2:
            start, end = value
        elif len(value) == 3 and isinstance(value[1], int):
            start, end = value[1], value[2]
        else:
            # Discontinuous span: its parts, covered from first start to last end.
            parts = [as_span(part, text) for part in value]
            parts = [p for p in parts if p is not None]
            if not parts:
                return None
            start, end = min(p.start for p in parts), max(p.end for p in parts)
    if start is None or end is None:
        return None
    return Span(text[int(start):int(end)], int(start), int(end))


def as_parts(value: Any, text: str) -> list[Span]:
    """The pieces of a possibly discontinuous span given as a list of parts (else one piece)."""
    if isinstance(value, (list, tuple)) and value and not isinstance(value[0], (int, str)):
        parts = [as_span(part, text) for part in value]
        return sorted((p for p in parts if p is not None), key=lambda p: p.start)
    span = as_span(value, text)
    return [span] if span is not None else []


def attribution_kind(content: Span) -> str:
    """``direct`` when the content opens with a quotation mark, else ``indirect``."""
    return "direct" if content.text.lstrip()[:1] in _OPENING_QUOTES else "indirect"


def attribution_documents(folder: str | Path) -> Iterator[AttributionDocument]:
    """PolNeAR articles and attributions of a compartment folder, or of each compartment under a root."""
    from ..quotes.polnear import read_polnear

    folder = Path(folder)
    # The corpus root holds compartments (train/, dev/ ...), each with text/ inside.
    compartments = ([folder] if (folder / "text").is_dir()
                    else sorted(p for p in folder.iterdir() if (p / "text").is_dir()))
    articles = (item for compartment in compartments for item in read_polnear(compartment))
    for number, item in enumerate(articles):
        doc_id = _get(item, "id", "doc_id", "name", index=0)
        text = _get(item, "text", index=1) or ""
        raw = _get(item, "attributions", index=2) or []
        attributions = []
        for entry in raw:
            raw_content = _get(entry, "content")
            content = as_span(raw_content, text)
            if content is None:
                continue
            parts = as_parts(raw_content, text)
            attributions.append(GoldAttribution(
                content=content,
                source=as_span(_get(entry, "source", "speaker"), text),
                cue=as_span(_get(entry, "cue"), text),
                kind=attribution_kind(parts[0] if parts else content),
                parts=parts if len(parts) > 1 else []))
        published = _get(item, "published", "date")
        yield AttributionDocument(id=str(doc_id if doc_id is not None else number), text=text,
                                  attributions=attributions,
                                  published=str(published) if published else None)


def timex_documents(path: str | Path) -> Iterator[TimexDocument]:
    """TimeML documents under ``path`` (a .tml file or a folder), via ``dateline.time.timeml``."""
    from ..time.timeml import read_timeml

    path = Path(path)
    files = [path] if path.is_file() else sorted(path.rglob("*.tml"))
    for file in files:
        text, dct, gold = read_timeml(file)
        timexes = [GoldTimex(_get(g, "text", index=0), int(_get(g, "start", index=1)),
                             int(_get(g, "end", index=2)), str(_get(g, "type", index=3) or ""),
                             _get(g, "value", index=4) or None) for g in gold]
        doc_id = str(file.relative_to(path)) if path.is_dir() else file.name
        yield TimexDocument(id=doc_id, text=text, dct=dct, timexes=timexes)


def toponym_documents(folder: str | Path) -> Iterator[ToponymDocument]:
    """GeoWebNews articles with gold toponyms (``folder`` holds GWN.xml, or is that file)."""
    from ..place.geowebnews import read_geowebnews

    folder = Path(folder)
    for doc_id, text, gold in read_geowebnews(folder.parent if folder.is_file() else folder):
        toponyms = []
        for g in gold:
            lat, lon = _get(g, "lat", index=3), _get(g, "lon", index=4)
            toponyms.append(GoldToponym(_get(g, "text", index=0), int(_get(g, "start", index=1)),
                                        int(_get(g, "end", index=2)),
                                        float(lat) if lat is not None else None,
                                        float(lon) if lon is not None else None))
        yield ToponymDocument(id=str(doc_id), text=text, toponyms=toponyms)
