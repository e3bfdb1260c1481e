"""The task runner: read a gold set, run dateline on its texts, score.

``evaluate(task, path)`` is what ``dateline evaluate TASK PATH`` calls. Texts go
through the public pipeline (``Pipeline.code_documents``), one Document per
gold sentence or article; only the ``dates`` task calls
``dateline.time.find_times`` directly, on the TimeML text and its creation date.
The pipeline's cleaning may drop blank lines and boilerplate paragraphs, so our
offsets are mapped back onto the gold text before scoring.
"""

from __future__ import annotations

import bisect
import dataclasses
import difflib
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import DatelineError
from ..records import Actor, Document, Event, Place, Quote, Rejection, Result
from .readers import (read_actor_tests, read_conflibert_classes, read_conflibert_ner,
                      read_geowebnews, read_petrarch, read_plover_jsonl, read_polnear,
                      read_timeml)
from .report import ErrorRecord, Report
from .score_actors import score_actor_tests
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
             dictionaries: Sequence[str] | None = None, model: str | None = None,
             texts: str | Path | None = None, dyads_only: bool = False) -> Report:
    """Score dateline on the gold set at ``path`` for ``task``; ``limit`` caps the gold items.

    ``pipeline``: a ready ``dateline.pipeline.Pipeline`` (else one is built with
    ``model`` and ``dictionaries``, PETRARCH/Phoenix files loaded into the actor
    knowledge); ``texts``: for ``plover``, the texts of gold records that carry
    none, and for ``arguments``, the original sentences (default: a class TSV
    beside the NER file); ``dyads_only``: for ``events``, score only events with
    both sides coded (gold from a coder run with PETRARCH's ``require_dyad``).
    """
    if task not in TASKS:
        raise DatelineError("E401", task=task, choices=", ".join(TASKS))
    path = Path(path)
    if not path.exists():
        raise DatelineError("E402", path=str(path))
    if task == "dates":
        return _dates(path, limit)
    runner = _Runner(pipeline, dictionaries, model)
    if task == "events":
        report = _events(runner, path, limit, texts, dyads_only=dyads_only)
    else:
        report = _RUNNERS[task](runner, path, limit, texts)
    report.notes.extend(runner.notes())
    report.errors.extend(runner.rejection_errors())
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
            results[doc_id] = _mapped_result(out, self._texts.get(doc_id, out.document.text))
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


def _take(items: Iterable, limit: int | None, path: Path) -> list:
    """The first ``limit`` gold items with unique ids; an input with none is an error."""
    taken = _unique_ids(list(itertools.islice(items, limit)))
    if not taken:
        raise DatelineError("E103", path=str(path))
    return taken


def _events(runner: _Runner, path: Path, limit: int | None, texts: Any,
            dyads_only: bool = False) -> Report:
    sentences = list(read_petrarch(path))
    skipped = sum(1 for s in sentences if not s.evaluate)
    # Records expecting an input error (a dateline, a story discard) test PETRARCH's
    # own input checks, not event coding.
    errors = sum(1 for s in sentences if s.evaluate and s.expected_error)
    gold = _take((s for s in sentences if s.evaluate and not s.expected_error), limit, path)
    results = runner.run([Document(id=s.id, text=s.text, published=s.date) for s in gold])
    report = score_events(gold, {k: r.events for k, r in results.items()}, gold_set=path.name,
                          dyads_only=dyads_only)
    if skipped:
        report.notes.append(f"{skipped} sentences marked evaluate=\"false\" in the gold were skipped")
    if errors:
        report.notes.append(f"{errors} records expecting a PETRARCH input error (dateline, discard) were skipped")
    if dyads_only:
        report.notes.append("dyads only: events lacking a coded source or target were not scored")
    return report


def _quad(runner: _Runner, path: Path, limit: int | None, texts: Any) -> Report:
    gold = _take(read_conflibert_classes(path), limit, path)
    results = runner.run([Document(id=s.id, text=s.text) for s in gold])
    return score_quad(gold, {k: r.events for k, r in results.items()}, gold_set=path.name)


def _sentence_texts(path: Path, texts: Any) -> list[str]:
    """Original sentences to align the NER tokens to: ``texts`` or a class TSV beside the file."""
    candidates = [Path(texts)] if texts else sorted(path.parent.glob("*.tsv"))
    found: list[str] = []
    for candidate in candidates:
        if candidate.is_file():
            found.extend(s.text for s in read_conflibert_classes(candidate))
    return found


def _arguments(runner: _Runner, path: Path, limit: int | None, texts: Any) -> Report:
    gold = _take(read_conflibert_ner(path, _sentence_texts(path, texts)), limit, path)
    results = runner.run([Document(id=s.id, text=s.text) for s in gold])
    report = score_arguments(gold, {k: r.events for k, r in results.items()}, gold_set=path.name,
                             actors={k: r.actors for k, r in results.items()})
    rebuilt = sum(1 for s in gold if not s.aligned)
    if rebuilt:
        report.notes.append(f"{rebuilt} sentences had no original text: rebuilt from their tokens")
    return report


def _quotes(runner: _Runner, path: Path, limit: int | None, texts: Any) -> Report:
    gold = _take(read_polnear(path), limit, path)
    results = runner.run([Document(id=d.id, text=d.text, published=d.published) for d in gold])
    return score_quotes(gold, {k: r.quotes for k, r in results.items()}, gold_set=path.name)


def _places(runner: _Runner, path: Path, limit: int | None, texts: Any) -> Report:
    gold = _take(read_geowebnews(path), limit, path)
    results = runner.run([Document(id=d.id, text=d.text) for d in gold])
    return score_places(gold, {k: r.places for k, r in results.items()}, gold_set=path.name)


def _plover(runner: _Runner, path: Path, limit: int | None, texts: Any) -> Report:
    documents = list(read_plover_jsonl(path, texts))
    textless = [d for d in documents if not d.text.strip()]
    gold = _take((d for d in documents if d.text.strip()), limit, path)
    results = runner.run([Document(id=d.id, text=d.text, published=_iso_day(d.date)) for d in gold])
    report = score_plover(gold, {k: r.events for k, r in results.items()}, gold_set=path.name)
    if textless:
        report.notes.append(f"{len(textless)} gold documents have no text (give texts=...): skipped")
    return report


def _actors(runner: _Runner, path: Path, limit: int | None, texts: Any) -> Report:
    tests = _take(read_actor_tests(path), limit, path)
    pipeline = runner.pipeline
    return score_actor_tests(tests, pipeline.parser, pipeline.knowledge, gold_set=path.name)


def _dates(path: Path, limit: int | None) -> Report:
    from ..time import find_times

    gold = _take(read_timeml(path), limit, path)
    found = {d.id: list(find_times(d.text, d.dct)) for d in gold}
    return score_dates(gold, found, gold_set=path.name)


def _iso_day(value: Any) -> str | None:
    text = str(value or "")[:10]
    return text if len(text) == 10 and text[4] == "-" and text[7] == "-" else None


_RUNNERS: dict[str, Callable[[_Runner, Path, int | None, Any], Report]] = {
    "events": _events, "quad": _quad, "arguments": _arguments, "quotes": _quotes, "actors": _actors,
    "places": _places, "plover": _plover,
}


# Offsets: our records point into the cleaned text; the gold into the text we gave.

def offset_mapper(original: str, cleaned: str) -> Callable[[int], int]:
    """A function taking an offset in ``cleaned`` to the same character in ``original``.

    The cleaner keeps body paragraphs character for character, so each cleaned
    paragraph is found in order in the original; failing that, a character diff.
    """
    if original == cleaned:
        return lambda i: i
    clean_starts: list[int] = []
    original_starts: list[int] = []
    clean_at = original_at = 0
    for paragraph in cleaned.split("\n"):
        found = original.find(paragraph, original_at)
        if found < 0:
            return _diff_mapper(original, cleaned)
        clean_starts.append(clean_at)
        original_starts.append(found)
        clean_at += len(paragraph) + 1
        original_at = found + len(paragraph)

    def mapped(i: int) -> int:
        k = max(0, bisect.bisect_right(clean_starts, i) - 1)
        return original_starts[k] + (i - clean_starts[k])

    return mapped


def _diff_mapper(original: str, cleaned: str) -> Callable[[int], int]:
    blocks = difflib.SequenceMatcher(None, cleaned, original, autojunk=False).get_matching_blocks()
    starts = [b.a for b in blocks]

    def mapped(i: int) -> int:
        k = max(0, bisect.bisect_right(starts, i) - 1)
        block = blocks[k]
        return block.b + min(i - block.a, block.size)

    return mapped


def _shift(record: Any, mapped: Callable[[int], int]) -> Any:
    if record is None:
        return None
    return dataclasses.replace(record, start=mapped(record.start), end=mapped(record.end))


def _mapped_result(result: Result, original: str) -> Result:
    """``result`` with every offset moved onto ``original`` (unchanged when the texts agree)."""
    if result.document.text == original:
        return result
    mapped = offset_mapper(original, result.document.text)

    def actors(items: list[Actor]) -> list[Actor]:
        return [_shift(a, mapped) for a in items]

    events: list[Event] = [dataclasses.replace(e, source=actors(e.source), target=actors(e.target))
                           for e in result.events]
    quotes: list[Quote] = [dataclasses.replace(_shift(q, mapped), speaker=_shift(q.speaker, mapped))
                           for q in result.quotes]
    places: list[Place] = [_shift(p, mapped) for p in result.places]
    return dataclasses.replace(result, actors=actors(result.actors), events=events, quotes=quotes,
                               places=places, times=[_shift(t, mapped) for t in result.times])
