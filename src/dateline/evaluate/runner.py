"""The task runner: read a gold set, run dateline on its texts once, score it whole and by halves.

``evaluate(task, path)`` is what ``dateline evaluate TASK PATH`` calls;
``evaluate_halves`` is what ``benchmarks/accuracy.py`` calls: the same reading,
coding and scoring, with one report per half (``halves.py``) from one run of the
pipeline. Texts go through the public pipeline (``Pipeline.code_documents``), one
Document per gold sentence or article; the ``dates`` task calls
``dateline.time.find_times`` on the TimeML text and its creation date, and the
``actors`` task the actor stage's ``find_actors`` on each test phrase.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DatelineError
from ..records import Document, Rejection, Result
from .halves import ALL, HALVES, in_half
from .offsets import mapped_result
from .readers import (read_actor_tests, read_conflibert_classes, read_conflibert_ner,
                      read_geowebnews, read_petrarch, read_plover_jsonl, read_polnear,
                      read_timeml)
from .report import ErrorRecord, Report
from .score_actors import GOLD_TODAY, resolve_actor_tests, score_actor_tests
from .score_events import score_events, score_plover, score_quad
from .score_quotes import score_quotes
from .score_spans import score_arguments, score_dates, score_places

TASKS = ("events", "quad", "arguments", "quotes", "dates", "places", "plover", "actors")
TASK_HELP = {
    "events": "PETRARCH validation XML: (source, target, CAMEO code) triples",
    "quad": "ConfliBERT class TSV: the sentence's 5-class label",
    "arguments": "ConfliBERT NER file: source and target spans",
    "quotes": "PolNeAR folder: attribution content, speaker, cue",
    "dates": "TimeML file or folder: TIMEX3 DATE values given the creation date",
    "places": "GeoWebNews folder: toponym spans and coordinates within 161 km",
    "plover": "PLOVER JSON lines (+ texts): (actor, recipient, PLOVER type) triples",
    "actors": "actor-test TSV (NGEC format): country and PLOVER sector of actor phrases",
}


def evaluate(task: str, path: str | Path, limit: int | None = None, pipeline: Any = None, *,
             half: str = ALL, dictionaries: Sequence[str] | None = None, model: str | None = None,
             texts: str | Path | None = None, dyads_only: bool = False) -> Report:
    """Score dateline on the gold set at ``path`` for ``task``; ``limit`` caps the gold items.

    ``half``: ``all`` (default), or only the ``tune`` or ``check`` half of the set
    (``halves.py``; ``limit`` then counts items of that half); ``pipeline``: a
    ready ``dateline.pipeline.Pipeline`` (else one is built with ``model`` and
    ``dictionaries``, PETRARCH/Phoenix files loaded into the actor knowledge);
    ``texts``: for ``plover``, the texts of gold records that carry none, and for
    ``arguments``, the original sentences (default: a class TSV beside the NER
    file); ``dyads_only``: for ``events``, score only events with both sides coded
    (gold from a coder run with PETRARCH's ``require_dyad``).
    """
    return evaluate_halves(task, path, limit, pipeline, halves=(half,), dictionaries=dictionaries,
                           model=model, texts=texts, dyads_only=dyads_only)[half]


def evaluate_halves(task: str, path: str | Path, limit: int | None = None, pipeline: Any = None, *,
                    halves: Sequence[str] = HALVES, dictionaries: Sequence[str] | None = None,
                    model: str | None = None, texts: str | Path | None = None,
                    dyads_only: bool = False) -> dict[str, Report]:
    """One report per half in ``halves`` (default tune, check and all), coding each text once.

    Options as in :func:`evaluate`; ``limit`` caps the items before the split.
    """
    if task not in TASKS:
        raise DatelineError("E401", task=task, choices=", ".join(TASKS))
    unknown = [h for h in halves if h not in HALVES]
    if unknown or not halves:
        raise DatelineError("E403", half=", ".join(unknown), choices=", ".join(HALVES))
    path = Path(path)
    if not path.exists():
        raise DatelineError("E402", path=str(path))
    request = _Request(path, limit, halves[0] if len(halves) == 1 else ALL, texts, dyads_only)
    runner = _Runner(pipeline, dictionaries, model)
    coded = _TASK_RUNS[task](runner, request)
    return {half: _report(coded, runner, half) for half in halves}


@dataclass
class _Request:
    """What to read: the gold at ``path``, only ``half`` of it, at most ``limit`` items."""

    path: Path
    limit: int | None
    half: str
    texts: Any = None
    dyads_only: bool = False


@dataclass
class _Coded:
    """A gold set read and coded once: its items and how to score any subset of them."""

    gold: list
    score: Callable[[list], Report]
    notes: list[str] = field(default_factory=list)


def _report(coded: _Coded, runner: "_Runner", half: str) -> Report:
    items = in_half(coded.gold, half)
    report = coded.score(items)
    report.notes.extend(coded.notes)
    report.notes.extend(runner.notes())
    ids = {item.id for item in items}
    report.errors.extend(e for e in runner.rejection_errors() if e.item in ids)
    if half != ALL:
        report.notes.append(f"{half} half only: {len(items)} of the items read, chosen by a hash "
                            "of each item's text")
    return report


class _Runner:
    """Runs the pipeline over gold texts and keeps what it rejected."""

    def __init__(self, pipeline: Any, dictionaries: Sequence[str] | None,
                 model: str | None = None) -> None:
        self._pipeline = pipeline
        self._dictionaries = list(dictionaries or [])
        self._model = model
        self.rejections: list[Rejection] = []
        self._texts: dict[str, str] = {}
        self._ignored_dictionaries = bool(pipeline is not None and (dictionaries or model))
        self.silent = 0

    @property
    def pipeline(self) -> Any:
        if self._pipeline is None:
            from ..pipeline import Pipeline

            self._pipeline = Pipeline(model=self._model, dictionaries=self._dictionaries or None)
        return self._pipeline

    def run(self, docs: Sequence[Document]) -> dict[str, Result]:
        """Code ``docs``; Results by document id, offsets mapped onto the given texts."""
        self._texts.update({d.id: d.text for d in docs})
        results: dict[str, Result] = {}
        for out in self.pipeline.code_documents(docs):
            if isinstance(out, Rejection):
                self.rejections.append(out)
                continue
            doc_id = out.document.id
            results[doc_id] = mapped_result(out, self._texts.get(doc_id, out.document.text))
        rejected = {r.doc_id for r in self.rejections}
        self.silent += sum(1 for d in docs if d.id not in results and d.id not in rejected)
        return results

    def notes(self) -> list[str]:
        notes = []
        if self._ignored_dictionaries:
            notes.append("model and dictionaries ignored: a ready pipeline was given")
        if self.silent:
            notes.append(f"{self.silent} items got neither a result nor a rejection from the pipeline")
        if self.rejections:
            codes = Counter(r.code for r in self.rejections)
            listing = ", ".join(f"{code} x{count}" for code, count in codes.most_common())
            notes.append(f"{len(self.rejections)} items rejected by the pipeline ({listing}); "
                         "scored as having found nothing")
        return notes

    def rejection_errors(self) -> list[ErrorRecord]:
        return [ErrorRecord(r.doc_id or "", "rejected", None, None,
                            self._texts.get(r.doc_id or "", "")[:500], f"{r.stage} {r.code}: {r.detail}")
                for r in self.rejections]


def _unique_ids(items: list, what: str = "item") -> list:
    """Make ids unique (a repeated id gets ``#2``, ``#3``...) so results map back one to one."""
    seen: Counter = Counter()
    out = []
    for item in items:
        seen[item.id] += 1
        count = seen[item.id]
        out.append(item if count == 1 else dataclasses.replace(item, id=f"{item.id}#{count}"))
    return out


def _take(items: Iterable, request: _Request) -> list:
    """The first ``limit`` gold items of the requested half, ids made unique; none is an error."""
    taken = _unique_ids(list(itertools.islice(in_half(items, request.half), request.limit)))
    if not taken:
        raise DatelineError("E103", path=str(request.path))
    return taken


def _events(runner: _Runner, request: _Request) -> _Coded:
    sentences = list(read_petrarch(request.path))
    skipped = sum(1 for s in sentences if not s.evaluate)
    # Records expecting an input error (a dateline, a story discard) test PETRARCH's
    # own input checks, not event coding.
    errors = sum(1 for s in sentences if s.evaluate and s.expected_error)
    gold = _take((s for s in sentences if s.evaluate and not s.expected_error), request)
    results = runner.run([Document(id=s.id, text=s.text, published=s.date) for s in gold])
    ours = {k: r.events for k, r in results.items()}
    notes = []
    if request.dyads_only:
        # PETRARCH codes a saying only through its verb patterns, never as a fallback
        # statement of a sentence with no other act: scored as PETRARCH codes, ours are
        # set aside too (the every-event rows keep them).
        ours = {k: [e for e in events if not e.fired("statement")] for k, events in ours.items()}
        notes.append("fallback statements (events.statements) were not scored, as PETRARCH codes none")
    if skipped:
        notes.append(f"{skipped} sentences marked evaluate=\"false\" in the gold were skipped")
    if errors:
        notes.append(f"{errors} records expecting a PETRARCH input error (dateline, discard) were skipped")
    if request.dyads_only:
        notes.append("dyads only: events lacking a coded source or target were not scored")
    return _Coded(gold, lambda items: score_events(items, ours, gold_set=request.path.name,
                                                   dyads_only=request.dyads_only), notes)


def _quad(runner: _Runner, request: _Request) -> _Coded:
    gold = _take(read_conflibert_classes(request.path), request)
    results = runner.run([Document(id=s.id, text=s.text) for s in gold])
    ours = {k: r.events for k, r in results.items()}
    return _Coded(gold, lambda items: score_quad(items, ours, gold_set=request.path.name))


def _sentence_texts(path: Path, texts: Any) -> list[str]:
    """Original sentences to align the NER tokens to: ``texts`` or a class TSV beside the file."""
    candidates = [Path(texts)] if texts else sorted(path.parent.glob("*.tsv"))
    found: list[str] = []
    for candidate in candidates:
        if candidate.is_file():
            found.extend(s.text for s in read_conflibert_classes(candidate))
    return found


def _arguments(runner: _Runner, request: _Request) -> _Coded:
    path = request.path
    gold = _take(read_conflibert_ner(path, _sentence_texts(path, request.texts)), request)
    results = runner.run([Document(id=s.id, text=s.text) for s in gold])
    events = {k: r.events for k, r in results.items()}
    actors = {k: r.actors for k, r in results.items()}
    rebuilt = sum(1 for s in gold if not s.aligned)
    notes = [f"{rebuilt} sentences had no original text: rebuilt from their tokens"] if rebuilt else []
    return _Coded(gold, lambda items: score_arguments(items, events, gold_set=path.name,
                                                      actors=actors), notes)


def _quotes(runner: _Runner, request: _Request) -> _Coded:
    gold = _take(read_polnear(request.path), request)
    results = runner.run([Document(id=d.id, text=d.text, published=d.published) for d in gold])
    ours = {k: r.quotes for k, r in results.items()}
    return _Coded(gold, lambda items: score_quotes(items, ours, gold_set=request.path.name))


def _places(runner: _Runner, request: _Request) -> _Coded:
    gold = _take(read_geowebnews(request.path), request)
    results = runner.run([Document(id=d.id, text=d.text) for d in gold])
    ours = {k: r.places for k, r in results.items()}
    return _Coded(gold, lambda items: score_places(items, ours, gold_set=request.path.name))


def _plover(runner: _Runner, request: _Request) -> _Coded:
    documents = list(read_plover_jsonl(request.path, request.texts))
    textless = [d for d in documents if not d.text.strip()]
    gold = _take((d for d in documents if d.text.strip()), request)
    results = runner.run([Document(id=d.id, text=d.text, published=_iso_day(d.date)) for d in gold])
    ours = {k: r.events for k, r in results.items()}
    notes = ([f"{len(textless)} gold documents have no text (give texts=...): skipped"]
             if textless else [])
    return _Coded(gold, lambda items: score_plover(items, ours, gold_set=request.path.name), notes)


def _actors(runner: _Runner, request: _Request) -> _Coded:
    tests = _take(read_actor_tests(request.path), request)
    pipeline = runner.pipeline
    ours = resolve_actor_tests(tests, pipeline.parser, pipeline.knowledge)
    return _Coded(tests, lambda items: score_actor_tests(items, ours, gold_set=request.path.name),
                  [f"'today' and undated rows read as {GOLD_TODAY}"])


def _dates(runner: _Runner, request: _Request) -> _Coded:
    from ..time import find_times

    gold = _take(read_timeml(request.path), request)
    found = {d.id: list(find_times(d.text, d.dct)) for d in gold}
    return _Coded(gold, lambda items: score_dates(items, found, gold_set=request.path.name))


def _iso_day(value: Any) -> str | None:
    text = str(value or "")[:10]
    return text if len(text) == 10 and text[4] == "-" and text[7] == "-" else None


_TASK_RUNS: dict[str, Callable[[_Runner, _Request], _Coded]] = {
    "events": _events, "quad": _quad, "arguments": _arguments, "quotes": _quotes,
    "dates": _dates, "places": _places, "plover": _plover, "actors": _actors,
}
