"""Record ids that are unique by construction.

A record's id is a hash of the document id, the record kind and every field that tells
two records of that kind apart (for a quote: its kind, span, speaker and cue; for an
event: its sentence, trigger, code, actors and status). Two records that agree on all
of these (the same sentence told twice, the same event reported twice in one sentence)
are told apart by an ordinal, so no two records of one document can share an id, and
the document id in the hash keeps them apart across documents.

The stage that makes a kind of record numbers them once it has them all
(:func:`numbered`); no later stage changes a field of the key.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TypeVar

from .records import Actor, Event, Quote, stable_id

R = TypeVar("R", Event, Quote)


def _actor_key(actors: Sequence[Actor]) -> str:
    return ";".join(f"{a.code or a.country or ''}:{a.name}@{a.start}" for a in actors)


def event_key(event: Event) -> tuple[str, ...]:
    """The fields that tell two events of one document apart."""
    return ("event", str(event.sentence), str(event.trigger.start), str(event.trigger.end),
            event.cameo.code, event.plover.type, _actor_key(event.source),
            _actor_key(event.target), ",".join(event.status))


def quote_key(quote: Quote) -> tuple[str, ...]:
    """The fields that tell two quotes of one document apart."""
    speaker = quote.speaker.name if quote.speaker else ""
    return ("quote", quote.kind, str(quote.start), str(quote.end), quote.speaker_text or "",
            speaker, quote.cue or "")


def numbered(doc_id: str, records: Sequence[R], key: Callable[[R], tuple[str, ...]]) -> list[R]:
    """The records with ids from their key; the n-th repeat of a key gets ordinal n."""
    seen: dict[tuple[str, ...], int] = {}
    out = []
    for record in records:
        parts = key(record)
        ordinal = seen.get(parts, 0)
        seen[parts] = ordinal + 1
        out.append(dataclasses.replace(record, id=stable_id(doc_id, *parts, str(ordinal))))
    return out

