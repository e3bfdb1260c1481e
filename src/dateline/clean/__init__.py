"""The clean stage: body text apart from boilerplate, language, and provenance.

``clean_document(doc)`` takes a Document whose ``text`` is raw article text (paragraphs
separated by newlines) and returns a Document whose ``text`` is the body only. Body
paragraphs are kept character for character (later offsets refer to them) and joined
with a newline; the removed paragraphs are listed in ``boilerplate`` with their kind.
"""

from __future__ import annotations

import dataclasses

from dateline.clean.boilerplate import classify
from dateline.clean.language import ENGLISH, decide_language
from dateline.clean.provenance import author_from, signals_for, source_from
from dateline.clean.datelines import dateline_date, split_dateline
from dateline.clean.lines import join_wrapped
from dateline.errors import message
from dateline.outlets import reporters_in
from dateline.records import Boilerplate, Document, Provenance, Rejection

__all__ = ["clean_document", "EMPTY_TEXT", "NO_BODY", "NOT_ENGLISH"]

STAGE = "clean"
# Rejection codes of this stage (messages in errors.py).
EMPTY_TEXT = "E203"
NO_BODY = "E201"
NOT_ENGLISH = "E206"


def _name(doc: Document) -> str:
    """How an error names the document: its file (or file:line), else its URL or id."""
    return doc.source_path or doc.url or doc.id


def clean_document(doc: Document) -> Document | Rejection:
    """Split ``doc.text`` into body and boilerplate and record provenance and language."""
    paragraphs = join_wrapped([line.strip() for line in doc.text.replace("\r\n", "\n")
                               .replace("\r", "\n").split("\n")])
    if not paragraphs:
        return Rejection(doc.id, STAGE, EMPTY_TEXT, message(EMPTY_TEXT, doc_id=_name(doc)))
    language, how = decide_language("\n".join(paragraphs), doc.language)
    if language is not None and language != ENGLISH:
        return Rejection(doc.id, STAGE, NOT_ENGLISH, message(
            NOT_ENGLISH, doc_id=_name(doc), language=language, how=how))
    kinds = classify(paragraphs)
    if doc.title and paragraphs[0] == doc.title.strip() and len(paragraphs) > 1:
        kinds[0] = "other"  # the title repeated at the top of the text
    body_paragraphs = [p for p, kind in zip(paragraphs, kinds) if kind is None]
    if not body_paragraphs:
        kinds_seen = ", ".join(sorted({k for k in kinds if k}))
        detail = f"all {len(paragraphs)} paragraphs are boilerplate ({kinds_seen})"
        return Rejection(doc.id, STAGE, NO_BODY, message(NO_BODY, doc_id=_name(doc), detail=detail))
    body = "\n".join(body_paragraphs)
    boilerplate = [Boilerplate(kind, p) for p, kind in zip(paragraphs, kinds) if kind is not None]

    author, own_outlet, republished_from = doc.provenance.author, None, doc.provenance.republished_from
    for item in boilerplate:
        name, outlet = author_from(item.kind, item.text)
        author = author or name
        own_outlet = own_outlet or outlet
        if item.kind == "source":
            republished_from = republished_from or source_from(item.text)
    own_outlet = doc.outlet or own_outlet
    title = doc.title or next((b.text for b in boilerplate if b.kind == "headline"), None)
    reporters, credits = reporters_in(body)
    reporters = [r for r in reporters if r != republished_from or r in credits]
    provenance = Provenance(
        author=author,
        republished_from=republished_from,
        reported_by=list(dict.fromkeys(doc.provenance.reported_by + reporters)),
        signals=doc.provenance.signals + signals_for(body, republished_from, own_outlet,
                                                     credits, reporters),
    )
    published = doc.published
    opening = split_dateline(body)
    if opening is not None:
        leading = kinds.index(None)  # boilerplate before the first body paragraph
        boilerplate.insert(leading, Boilerplate("dateline", opening[0]))
        body = opening[1]
        published = published or dateline_date(opening[0])
    return dataclasses.replace(doc, text=body, boilerplate=boilerplate, provenance=provenance,
                               published=published, title=title,
                               outlet=own_outlet, language=language)
