"""The article view: the clean text cut into highlighted segments, and the provenance chain.

Every record of a document points at characters of ``document.text``; the text is cut
at every span boundary so overlapping records (a trigger inside a quote inside a
sentence) each keep their style. Segments are plain text: the template escapes them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

# How far from a quote (in characters) its cue word is looked for.
CUE_WINDOW = 160


@dataclass
class Mark:
    """A highlighted span: kind (actor, trigger, quote, cue, place), anchor id, tooltip."""

    kind: str
    start: int
    end: int
    anchor: str
    label: str


@dataclass
class Segment:
    """A run of text covered by the same marks."""

    text: str
    kinds: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    starts: list[str] = field(default_factory=list)  # anchors of the marks that begin here


def _actor_label(actor: dict) -> str:
    parts = [actor.get("name") or actor.get("text") or "?"]
    code = actor.get("code") or actor.get("country")
    return f"actor: {parts[0]}" + (f" ({code})" if code else "")


def marks_of(result: dict) -> list[Mark]:
    """Every span of the document's records that the view highlights."""
    text = result["document"]["text"]
    marks = [Mark("actor", a["start"], a["end"], f"a-{n}", _actor_label(a))
             for n, a in enumerate(result.get("actors", []))]
    for event in result.get("events", []):
        trigger = event["trigger"]
        marks.append(Mark("trigger", trigger["start"], trigger["end"], f"ev-{event['id']}",
                          f"event {event['cameo']['code']} {event['plover']['type'] or ''}".strip()))
    for quote in result.get("quotes", []):
        speaker = (quote.get("speaker") or {}).get("name") or quote.get("speaker_text") or "?"
        marks.append(Mark("quote", quote["start"], quote["end"], f"q-{quote['id']}",
                          f"{quote['kind']} quote, speaker: {speaker}"))
        cue = locate_cue(text, quote)
        if cue is not None:
            marks.append(Mark("cue", cue[0], cue[1], f"cue-{quote['id']}",
                              f"cue '{quote['cue']}' of a quote by {speaker}"))
    for n, place in enumerate(result.get("places", [])):
        where = place.get("country") or ""
        marks.append(Mark("place", place["start"], place["end"], f"p-{n}",
                          f"place: {place.get('name') or place['text']} {where}".strip()))
    return [m for m in marks if 0 <= m.start < m.end <= len(text)]


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """The text cut at every mark boundary, each piece with the marks covering it."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[Mark]] = {}
    for mark in marks:
        starting.setdefault(mark.start, []).append(mark)
    active: list[Mark] = []
    pieces = []
    for left, right in zip(cuts, cuts[1:]):
        active = [m for m in active if m.end > left] + starting.get(left, [])
        pieces.append(Segment(
            text[left:right],
            sorted({m.kind for m in active}),
            [m.anchor for m in active],
            [m.label for m in active],
            [m.anchor for m in starting.get(left, [])]))
    return pieces


@lru_cache(maxsize=1)
def _irregular_forms() -> dict[str, tuple[str, ...]]:
    text = (resources.files("dateline.data") / "web" / "verb_forms.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {lemma: tuple(forms.split("|")) for lemma, forms in rows[1:]}


def cue_forms(lemma: str) -> set[str]:
    """The written forms of a cue lemma (says, said, saying ...), lower case."""
    lemma = lemma.lower()
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing", lemma + "d"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):  # admit -> admitted, quip -> quipped
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms | set(_irregular_forms().get(lemma, ()))


def locate_cue(text: str, quote: dict) -> tuple[int, int] | None:
    """Where the quote's cue word most likely is: the nearest written form of its lemma
    outside the quote, within CUE_WINDOW characters (the record keeps only the lemma)."""
    lemma = quote.get("cue")
    if not lemma:
        return None
    start, end = quote["start"], quote["end"]
    low, high = max(0, start - CUE_WINDOW), min(len(text), end + CUE_WINDOW)
    words = sorted(cue_forms(lemma), key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
    best: tuple[int, int] | None = None
    best_distance = CUE_WINDOW + 1
    for match in pattern.finditer(text, low, high):
        if match.start() < end and match.end() > start:
            continue  # inside the quote: words of the quote, not its cue
        distance = start - match.end() if match.end() <= start else match.start() - end
        if distance < best_distance:
            best, best_distance = (match.start(), match.end()), distance
    return best


def provenance_chain(result: dict, copies: list[dict]) -> dict[str, Any]:
    """Who said it, who reported it, who published it, this copy, and the other copies."""
    document = result["document"]
    provenance = document.get("provenance") or {}
    speakers: Counter[str] = Counter()
    for quote in result.get("quotes", []):
        name = (quote.get("speaker") or {}).get("name")
        if name:
            speakers[name] += 1
    sources = Counter(e["attribution"]["according_to"] for e in result.get("events", [])
                      if e.get("attribution") and e["attribution"].get("according_to"))
    steps = []
    if speakers:
        steps.append({"role": "speaker", "title": "said by",
                      "names": [{"name": n, "detail": f"{c} quote{'s' if c > 1 else ''}"}
                                for n, c in speakers.most_common()]})
    if sources:
        steps.append({"role": "according_to", "title": "according to",
                      "names": [{"name": n, "detail": None} for n, _ in sources.most_common()]})
    if provenance.get("reported_by"):
        steps.append({"role": "reported_by", "title": "reported by",
                      "names": [{"name": n, "detail": None} for n in provenance["reported_by"]]})
    if provenance.get("republished_from"):
        steps.append({"role": "publisher", "title": "published by",
                      "names": [{"name": provenance["republished_from"], "detail": None}]})
    this_copy = document.get("outlet") or document.get("url") or "this document"
    author = provenance.get("author")
    steps.append({"role": "this_copy",
                  "title": "republished by" if provenance.get("republished_from") else "this copy",
                  "names": [{"name": this_copy, "detail": f"by {author}" if author else None}]})
    return {"steps": steps, "copies": copies, "signals": provenance.get("signals") or []}
