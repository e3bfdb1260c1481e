"""Who wrote the text, whom it copies, which outlets it cites, and marks of its making."""

from __future__ import annotations

import re

from dateline.outlets import outlet_named
from dateline.records import Signal
from dateline.tables import word_class

# At most this many evidence snippets per signal: enough to check, short enough to store.
MAX_EVIDENCE = 5

_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_BYLINE = re.compile(rf"^(?:by|written by|reported by|posted by|author:|reporter:|writer:)\s*"
                     rf"({_NAME}(?:\s+(?:and|&)\s+{_NAME})*)\s*(?:[,|/–—-]\s*(.+?))?\s*$",
                     re.IGNORECASE)
_BIO_FIRST_PERSON = re.compile(rf"^(?:I am|I'm|I’m)\s+({_NAME})\s*,")
_BIO_THIRD_PERSON = re.compile(rf"^({_NAME})\s+is\s+(?:a|an|the)\b")
_OUTLET_WORD = r"[A-Z][\w&'’-]*(?:\.[a-z]{2,4}\b)?"
_BIO_OUTLET = re.compile(rf"\b(?:for|at|with)\s+((?:The\s+)?{_OUTLET_WORD}(?:\s+{_OUTLET_WORD}){{0,4}})")
_SOURCE = re.compile(r"^(?:source|sources|via|from|credit)\s*:\s*(.+?)[\s.]*$|"
                     r"(?:published|appeared|posted)\s+(?:by|in|on|at)\s+(.+?)[\s.]*$", re.IGNORECASE)

# Machine translation and broken editing leave marks that careful copy never has.
# A sentence split before a lowercase word ("agreed. to expand"); abbreviations excluded.
_SPLIT_SENTENCE = re.compile(r"\b([a-z]{2,})\. ([a-z]{2,})\b")
_ABBREVIATIONS = word_class("abbreviations")
_STRAY_PUNCTUATION = re.compile(r"[.,;:]\s+[.,;:](?!\.)|\s,\s|,\s+[”»]")
_DOUBLED_PUNCTUATION = re.compile(r"(?<![.])\.\.(?![.])|,,|;;|::")


def author_from(kind: str, paragraph: str) -> tuple[str | None, str | None]:
    """(author, outlet) named by a byline or bio paragraph, either may be None."""
    if kind == "byline":
        match = _BYLINE.search(paragraph)
        if match:
            return match.group(1).strip(), (match.group(2) or "").strip() or None
    if kind == "bio":
        match = _BIO_FIRST_PERSON.search(paragraph) or _BIO_THIRD_PERSON.search(paragraph)
        outlet = _BIO_OUTLET.search(paragraph)
        return (match.group(1).strip() if match else None,
                outlet.group(1).strip().rstrip(".") if outlet else None)
    return None, None


def source_from(paragraph: str) -> str | None:
    """The outlet a "Source: X" / "Originally published by X" line names, canonical if known."""
    match = _SOURCE.search(paragraph)
    if not match:
        return None
    name = (match.group(1) or match.group(2) or "").strip().strip("\"'“”")
    if not name:
        return None
    outlet = outlet_named(name)
    return outlet.name if outlet else name


def translation_artefacts(body: str) -> list[str]:
    """Snippets of the body that look like machine translation or broken editing."""
    snippets = []
    for match in _SPLIT_SENTENCE.finditer(body):
        if match.group(1) not in _ABBREVIATIONS:
            snippets.append(match.group(0))
    for regex in (_STRAY_PUNCTUATION, _DOUBLED_PUNCTUATION):
        for match in regex.finditer(body):
            start, end = max(0, match.start() - 12), min(len(body), match.end() + 12)
            snippets.append(body[start:end].replace("\n", " ").strip())
    return snippets


def signals_for(body: str, republished_from: str | None, own_outlet: str | None,
                credits: list[str], reporters: list[str]) -> list[Signal]:
    """Provenance flags with the words that raised them."""
    signals = []
    artefacts = translation_artefacts(body)
    if artefacts:
        signals.append(Signal("machine_translation", " | ".join(artefacts[:MAX_EVIDENCE])))
    if republished_from and not _same_outlet(republished_from, own_outlet):
        evidence = f"source line names {republished_from}"
        if own_outlet:
            evidence += f"; the byline's outlet is {own_outlet}"
        signals.append(Signal("syndicated_copy", evidence))
    if credits:
        signals.append(Signal("wire_copy", ", ".join(credits)))
    retold = [r for r in reporters if r not in credits and not _same_outlet(r, own_outlet)]
    if retold:
        signals.append(Signal("retold_report", ", ".join(retold)))
    return signals


def _same_outlet(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    known_a, known_b = outlet_named(a), outlet_named(b)
    if known_a and known_b:
        return known_a == known_b
    return a.strip().lower() == b.strip().lower()
