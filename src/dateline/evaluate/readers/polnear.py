"""Reader for the PolNeAR attribution corpus (brat standoff) into AttributionDocuments.

Each article is ``text/<name>.txt`` with annotations in ``attributions/<name>_<annotator>.ann``.
Text-bound lines (``T``) give Source, Cue and Content spans, possibly discontinuous
("start end;start end"); event lines (``E``) tie them into one attribution. When several
annotators annotated an article, the first annotation file in name order is used.

A discontinuous content keeps its pieces in ``parts``; a discontinuous source or cue
is read as one span from its first to its last character. The content's kind is
``direct`` when its first piece opens with a quotation mark, else ``indirect``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ...records import Span
from ..gold import AttributionDocument, GoldAttribution

# Quotation marks: content that starts with one is a direct quote. Closing shapes
# count too: careless typography opens quotes with them (”Like this,” she said).
OPENING_QUOTES = "\"“”‘'«»„"


def attribution_kind(content: Span) -> str:
    """``direct`` when the content opens with a quotation mark, else ``indirect``."""
    return "direct" if content.text.lstrip()[:1] in OPENING_QUOTES else "indirect"


def _pieces(offsets: str, text: str) -> list[Span]:
    pieces = []
    for part in offsets.split(";"):
        start, end = (int(x) for x in part.split())
        pieces.append(Span(text[start:end], start, end))
    return sorted(pieces, key=lambda p: p.start)


def _covering(pieces: list[Span], text: str) -> Span | None:
    """One span from the first piece's start to the last piece's end (None without pieces)."""
    if not pieces:
        return None
    start, end = min(p.start for p in pieces), max(p.end for p in pieces)
    return Span(text[start:end], start, end)


def read_ann(path: Path, text: str) -> list[GoldAttribution]:
    """The attributions of one .ann file (spans re-read from ``text``)."""
    bound: dict[str, list[Span]] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, _, offsets = parts[1].partition(" ")
            bound[parts[0]] = _pieces(offsets, text)
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    attributions = []
    for args in relations:
        roles = {role: bound.get(ref, []) for role, ref in args.items()}
        pieces = roles.get("Content")
        if not pieces:
            continue
        attributions.append(GoldAttribution(
            content=_covering(pieces, text), source=_covering(roles.get("Source", []), text),
            cue=_covering(roles.get("Cue", []), text), kind=attribution_kind(pieces[0]),
            parts=pieces if len(pieces) > 1 else []))
    return attributions


def _compartment(folder: Path) -> Iterator[AttributionDocument]:
    for text_path in sorted((folder / "text").glob("*.txt")):
        name = text_path.stem
        annotations = sorted((folder / "attributions").glob(f"{name}_*.ann"))
        if not annotations:
            continue
        text = text_path.read_text(encoding="utf-8")
        yield AttributionDocument(id=name, text=text, attributions=read_ann(annotations[0], text))


def read_polnear(folder: str | Path) -> Iterator[AttributionDocument]:
    """The articles of one compartment folder (with text/ and attributions/), or of each
    compartment (train/, dev/ ...) under the corpus root."""
    folder = Path(folder)
    compartments = ([folder] if (folder / "text").is_dir()
                    else sorted(p for p in folder.iterdir() if (p / "text").is_dir()))
    for compartment in compartments:
        yield from _compartment(compartment)
