"""Wires the stages: the one place that knows their order.

    ingest -> clean -> nlp -> actors -> quotes -> events -> time, place -> store

:data:`STAGES` is what runs: each :class:`Stage` has a name, what it needs, what it
makes and one call. The pipeline loops over the table (``check_order`` checks, at
import time, that every need is made by an earlier stage), keeps what each stage
makes in a :class:`Work` record, and finally merges the time and place stages' event
dates and locations into the events with ``dataclasses.replace``: no stage changes
another's output. Documents stream through in batches (spaCy's ``nlp.pipe``); memory
does not grow with the corpus. A document that a stage cannot handle becomes a
``Rejection`` and the run goes on.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time as clock
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .actors import find_actors, load_knowledge, story_country
from .clean import clean_document
from .config import Config
from .dictfiles import split_dictionaries
from .errors import message
from .events import EventCoder
from .events.verbdict import read_verb_dictionary
from .nlp import Parsed, Parser
from .place import add_places
from .quotes import find_quotes
from .records import (Actor, Document, Event, EventDate, Place, Quote, Rejection, Result, Time,
                      document_id, stable_id, to_dict)
from .time import add_times

# Longest article body coded, in characters: ten times the longest of 2,226 BBC articles
# (25,000) and past any news story; a parse needs memory in proportion to its length.
MAX_CHARS = 250_000
# Most sentences in one article: a body of one-word "sentences" (lists, tables, punctuation
# runs) is not prose; 5,000 is ten times the most in the BBC corpus.
MAX_SENTENCES = 5_000


@dataclass
class Work:
    """What the stages have made so far for one document."""

    raw: Document
    document: Document | None = None
    parsed: Parsed | None = None
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    event_dates: list[EventDate] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    event_places: list[Place | None] = field(default_factory=list)

    def result(self) -> Result:
        """The document's records, with each event's date and location merged in."""
        events = [dataclasses.replace(event, date=when.date, date_precision=when.precision,
                                      date_text=when.text, location=where,
                                      status=sorted(set(event.status) | {"historical"})
                                      if when.historical else event.status)
                  for event, when, where in zip(self.events, self.event_dates, self.event_places)]
        return Result(document=self.document, actors=self.actors, events=events,
                      quotes=self.quotes, places=self.places, times=self.times)


@dataclass(frozen=True)
class Stage:
    """One stage: its name, the Work fields it reads and makes, and its call.

    ``run`` takes the Work and returns a mapping of the fields it makes (or a Rejection);
    a ``batch`` stage takes and returns lists (the parser: one nlp.pipe call a batch)."""

    name: str
    needs: tuple[str, ...]
    makes: tuple[str, ...]
    run: Callable[..., Any]
    batch: bool = False


def check_order(stages: tuple[Stage, ...]) -> None:
    """Raise if a stage needs something no earlier stage made."""
    made = {"raw"}
    for stage in stages:
        missing = [need for need in stage.needs if need not in made]
        if missing:
            raise RuntimeError(f"stage {stage.name} needs {missing} before it runs")
        made.update(stage.makes)


class Pipeline:
    """Loads the model and knowledge once; codes documents into Results."""

    def __init__(self, config: Config | None = None, *, model: str | None = None,
                 dictionaries: list[str] | None = None,
                 fallback_dictionaries: list[str] | None = None) -> None:
        config = config or Config()
        if model:
            config = dataclasses.replace(config, model=model)
        if dictionaries:
            config = dataclasses.replace(config, dictionaries=list(dictionaries))
        if fallback_dictionaries:
            config = dataclasses.replace(config, fallback_dictionaries=list(fallback_dictionaries))
        self.config = config
        self.parser = Parser(self.config.model, self.config.batch_size)
        actor_files, verb_files = split_dictionaries(self.config.dictionaries)
        self.knowledge = load_knowledge(extra_dictionaries=actor_files)
        self.event_coder = EventCoder(
            verb_dictionaries=[read_verb_dictionary(p) for p in verb_files],
            fallback_dictionaries=[read_verb_dictionary(p) for p in self.config.fallback_dictionaries])
        self.timings: dict[str, float] = defaultdict(float)
        self.fingerprint = _fingerprint(self.parser.model_name, self.config.dictionaries,
                                        self.config.fallback_dictionaries)
        self.stages = self._stages()
        check_order(self.stages)

    def _stages(self) -> tuple[Stage, ...]:
        """The stages in the order they run."""
        return (
            Stage("clean", ("raw",), ("document",), self._clean),
            Stage("nlp", ("document",), ("parsed",), self._parse, batch=True),
            Stage("actors", ("document", "parsed"), ("actors",), lambda w: {"actors": find_actors(
                w.parsed, self.knowledge, w.document.published, _dateline(w.document))}),
            Stage("quotes", ("document", "parsed", "actors"), ("quotes",),
                  lambda w: {"quotes": find_quotes(w.document, w.parsed, w.actors)}),
            Stage("events", ("document", "parsed", "actors", "quotes"), ("events",),
                  lambda w: {"events": self.event_coder.code(
                      w.document, w.parsed, w.actors, w.quotes,
                      home=story_country(w.actors, w.parsed, _dateline(w.document), self.knowledge))}),
            Stage("time", ("document", "parsed", "events"), ("times", "event_dates"), _time),
            Stage("place", ("parsed", "events", "actors"), ("places", "event_places"), _place),
        )

    @property
    def model_name(self) -> str:
        return self.parser.model_name

    def input_hash(self, doc: Document) -> str:
        """What a document's coding depends on: its fields and this coder (code, data,
        model, dictionaries). The same hash means coding it again gives the same records."""
        fields = {k: v for k, v in to_dict(doc).items() if k != "source_path"}
        return stable_id(self.fingerprint, repr(sorted(fields.items())), length=32)

    def code_documents(self, docs: Iterable[Document | Rejection]) -> Iterator[Result | Rejection]:
        """Code a stream of Documents; Rejections (from ingest) pass through, in order."""
        batch: list[Document | Rejection] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= self.config.batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def code_text(self, text: str, **meta: object) -> Result | Rejection:
        """Code one text; ``meta`` are Document fields (url, title, published, outlet, id)."""
        doc_id = str(meta.pop("id", "") or document_id(meta.get("url"), text))  # type: ignore[arg-type]
        doc = Document(id=doc_id, text=text, **meta)  # type: ignore[arg-type]
        return next(iter(self.code_documents([doc])))

    def _code_batch(self, batch: list[Document | Rejection]) -> Iterator[Result | Rejection]:
        items: list[Work | Rejection] = [d if isinstance(d, Rejection) else Work(d) for d in batch]
        for stage in self.stages:
            live = [w for w in items if isinstance(w, Work)]
            if stage.batch:
                started = clock.perf_counter()
                made = iter(stage.run(live))
                self.timings[stage.name] += clock.perf_counter() - started
                items = [item if isinstance(item, Rejection) else self._merge(stage, item, next(made))
                         for item in items]
            else:
                items = [item if isinstance(item, Rejection) else self._step(stage, item)
                         for item in items]
        for item in items:
            yield item if isinstance(item, Rejection) else item.result()

    def _step(self, stage: Stage, work: Work) -> Work | Rejection:
        """Run one stage on one document; a failure becomes that document's Rejection."""
        started = clock.perf_counter()
        try:
            return self._merge(stage, work, stage.run(work))
        except Exception as exc:  # one broken document must not stop the batch
            name = work.raw.source_path or work.raw.id
            detail = f"{type(exc).__name__}: {exc}"
            return Rejection(work.raw.id, stage.name, "E202",
                             message("E202", doc_id=name, stage=stage.name, detail=detail))
        finally:
            self.timings[stage.name] += clock.perf_counter() - started

    @staticmethod
    def _merge(stage: Stage, work: Work, made: dict[str, Any] | Rejection) -> Work | Rejection:
        if isinstance(made, Rejection):
            return made
        if set(made) != set(stage.makes):
            raise RuntimeError(f"stage {stage.name} made {sorted(made)}, not {list(stage.makes)}")
        return dataclasses.replace(work, **made)

    def _clean(self, work: Work) -> dict[str, Document] | Rejection:
        doc = work.raw
        if len(doc.text) > MAX_CHARS:
            return Rejection(doc.id, "clean", "E204", message(
                "E204", doc_id=_name(doc), size=len(doc.text), limit=MAX_CHARS))
        cleaned = clean_document(doc)
        return cleaned if isinstance(cleaned, Rejection) else {"document": cleaned}

    def _parse(self, works: list[Work]) -> list[dict[str, Parsed] | Rejection]:
        made: list[dict[str, Parsed] | Rejection] = []
        for work, parsed in zip(works, self.parser.parse_many(w.document.text for w in works)):
            if len(parsed.sentences) > MAX_SENTENCES:
                made.append(Rejection(work.raw.id, "nlp", "E205", message(
                    "E205", doc_id=_name(work.raw), count=len(parsed.sentences), limit=MAX_SENTENCES)))
            else:
                made.append({"parsed": parsed})
        return made


def _time(work: Work) -> dict[str, list]:
    times, dates = add_times(work.document.text, work.parsed, work.events, work.document.published)
    return {"times": times, "event_dates": dates}


def _place(work: Work) -> dict[str, list]:
    countries = sorted({a.country for a in work.actors if a.country})
    places, located = add_places(work.parsed, work.events, countries, work.document)
    return {"places": places, "event_places": located}


def _dateline(doc: Document) -> str | None:
    return next((b.text for b in doc.boilerplate if b.kind == "dateline"), None)


def _name(doc: Document) -> str:
    """How an error names a document: its file, else its URL, else its id."""
    return doc.source_path or doc.url or doc.id


def _fingerprint(model: str, dictionaries: list[str], fallbacks: list[str] | None = None) -> str:
    """A hash of everything that decides the records besides the input: the package's
    code and data files, the model's name and version, and the dictionaries loaded."""
    import importlib.metadata
    from pathlib import Path

    digest = hashlib.sha1()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".tsv", ".json", ".txt"):
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    try:
        version = importlib.metadata.version(model.replace("_", "-"))
    except importlib.metadata.PackageNotFoundError:
        version = "?"
    digest.update(f"{model}={version}".encode())
    for path in dictionaries:
        digest.update(Path(path).read_bytes())
    for path in fallbacks or ():  # a fallback codes other verbs than the same file as --dict
        digest.update(b"fallback:" + Path(path).read_bytes())
    return digest.hexdigest()[:16]


def coder_fingerprint(model: str | None = None, dictionaries: list[str] | None = None) -> str:
    """The fingerprint a Pipeline of this model and these dictionaries has, without
    loading the model: what a finished shard of a scaled-out run was coded with."""
    from .nlp import resolve_model_name

    return _fingerprint(resolve_model_name(model), list(dictionaries or []))


def code_text(text: str, **meta: object) -> Result | Rejection:
    """Code one article text with a default pipeline (loads the model: slow for many texts)."""
    return Pipeline().code_text(text, **meta)
