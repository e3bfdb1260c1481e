"""Reading the PolNeAR attribution corpus (brat standoff) into typed records.

Each article is ``text/<name>.txt`` with annotations in ``attributions/<name>_<annotator>.ann``.
Text-bound lines (``T``) give Source, Cue and Content spans, possibly discontinuous
("start end;start end"); event lines (``E``) tie them into one attribution. When several
annotators annotated an article, the first annotation file in name order is used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dateline.records import Span


@dataclass
class GoldAttribution:
    """One attribution relation: content, cue and (optional) source spans."""

    content: list[Span]
    cue: list[Span] = field(default_factory=list)
    source: list[Span] = field(default_factory=list)

    @property
    def start(self) -> int:
        """Start of the first content fragment."""
        return min(s.start for s in self.content)

    @property
    def end(self) -> int:
        """End of the last content fragment."""
        return max(s.end for s in self.content)


@dataclass
class GoldArticle:
    """One PolNeAR article and its attributions."""

    name: str
    text: str
    attributions: list[GoldAttribution]


def _spans(offsets: str, text: str) -> list[Span]:
    spans = []
    for part in offsets.split(";"):
        start, end = (int(x) for x in part.split())
        spans.append(Span(text[start:end], start, end))
    return spans


def read_ann(path: Path, text: str) -> list[GoldAttribution]:
    """The attributions of one .ann file (spans re-read from ``text``)."""
    bound: dict[str, list[Span]] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            bound[parts[0]] = _spans(offsets, text)
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    attributions = []
    for args in relations:
        roles = {role: bound.get(ref, []) for role, ref in args.items()}
        if roles.get("Content"):
            attributions.append(GoldAttribution(roles["Content"], roles.get("Cue", []), roles.get("Source", [])))
    return attributions


def read_polnear(folder: str | Path) -> list[GoldArticle]:
    """All articles of one PolNeAR compartment folder (with text/ and attributions/)."""
    folder = Path(folder)
    articles = []
    for text_path in sorted((folder / "text").glob("*.txt")):
        name = text_path.stem
        annotations = sorted((folder / "attributions").glob(f"{name}_*.ann"))
        if not annotations:
            continue
        text = text_path.read_text(encoding="utf-8")
        articles.append(GoldArticle(name, text, read_ann(annotations[0], text)))
    return articles
