"""A coding run: inputs through the pipeline into the store, never losing an article.

``CodingRun(pipeline, store).run(items)`` streams an :class:`Outcome` per input, in
input order. Documents already stored from the same input by the same coder are not
coded again (so a killed run resumes where it stopped); the others are coded in
batches and each batch is stored in one transaction; an article that fails at any
point, stage or store, becomes a stored Rejection and the run goes on.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from .pipeline import Pipeline
from .records import Document, Rejection, Result
from .store import Store

# Allocations between two collections of Python's youngest generation during a run (the
# default is 700): coding makes many short-lived objects per document, and the model's
# millions of long-lived ones need not be scanned again and again.
GC_THRESHOLD = 20_000

ADDED, REPLACED, UNCHANGED, FAILED = "added", "replaced", "unchanged", "failed"


@contextmanager
def _long_lived_objects_frozen() -> Iterator[None]:
    """During a run, the model and knowledge loaded before it are left out of garbage
    collection (they live as long as the process) and collections are rarer."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


@dataclass
class Outcome:
    """What became of one input: its status and its record (or why it failed)."""

    status: str
    result: Result | None = None
    rejection: Rejection | None = None
    stored: dict[str, Any] | None = None  # the stored JSON of an unchanged document

    def to_dict(self) -> dict[str, Any] | None:
        """The per-document JSON (None for a failure)."""
        if self.result is not None:
            return self.result.to_dict()
        return self.stored


@dataclass
class Tally:
    """Counts of a run's outcomes."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        (ADDED, REPLACED, UNCHANGED, FAILED), 0))

    def add(self, outcome: Outcome) -> None:
        self.counts[outcome.status] += 1

    @property
    def coded(self) -> int:
        return self.counts[ADDED] + self.counts[REPLACED] + self.counts[UNCHANGED]

    @property
    def failed(self) -> int:
        return self.counts[FAILED]


class CodingRun:
    """Codes a stream of Documents (and ingest Rejections) into a Store, or just codes
    them when ``store`` is None."""

    def __init__(self, pipeline: Pipeline, store: Store | None = None,
                 want_records: bool = False) -> None:
        self.pipeline = pipeline
        self.store = store
        self.want_records = want_records  # load the stored JSON of what is not coded again
        self.tally = Tally()

    def run(self, items: Iterable[Document | Rejection]) -> Iterator[Outcome]:
        """One Outcome per input item, in input order."""
        stream = iter(items)
        size = self.pipeline.config.batch_size
        with _long_lived_objects_frozen():
            while chunk := list(islice(stream, size)):
                for outcome in self._chunk(chunk):
                    self.tally.add(outcome)
                    yield outcome

    def _chunk(self, chunk: list[Document | Rejection]) -> list[Outcome]:
        outcomes: list[Outcome | None] = [None] * len(chunk)
        to_code: list[tuple[int, Document, str]] = []
        docs = [(n, item, self.pipeline.input_hash(item)) for n, item in enumerate(chunk)
                if isinstance(item, Document)]
        current = set() if self.store is None else self.store.current(
            [(item.id, input_hash) for _, item, input_hash in docs])
        for n, item in enumerate(chunk):
            if isinstance(item, Rejection):
                outcomes[n] = self._failed(item)
        for n, item, input_hash in docs:
            if item.id in current:
                stored = self.store.stored_result(item.id) if self.want_records else None
                outcomes[n] = Outcome(UNCHANGED, stored=stored)
            else:
                to_code.append((n, item, input_hash))
        coded = list(self.pipeline.code_documents([doc for _, doc, _ in to_code]))
        results = [(n, item, h) for (n, _, h), item in zip(to_code, coded)]
        for n, item, _ in results:
            if isinstance(item, Rejection):
                outcomes[n] = self._failed(item)
        done = [(n, item, h) for n, item, h in results if isinstance(item, Result)]
        if self.store is None:
            for n, result, _ in done:
                outcomes[n] = Outcome(ADDED, result=result)
        else:
            written = self.store.write_batch([(result, h) for _, result, h in done])
            for (n, result, _), status in zip(done, written):
                outcomes[n] = (Outcome(FAILED, rejection=status) if isinstance(status, Rejection)
                               else Outcome(status, result=result))
        return [outcome for outcome in outcomes if outcome is not None]

    def _failed(self, rejection: Rejection) -> Outcome:
        if self.store is not None:
            self.store.write_rejection(rejection)
        return Outcome(FAILED, rejection=rejection)
