"""Wires the stages: the one place that knows their order.

    ingest -> clean -> nlp -> actors -> quotes -> events -> time, place -> store

Documents stream through in batches (spaCy's ``nlp.pipe``); memory does not grow
with the corpus. A document that a stage cannot handle becomes a ``Rejection``
and the run goes on.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time as clock
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .actors import Knowledge, find_actors
from .clean import clean_document
from .config import Config
from .errors import message
from .events import EventCoder
from .events.verbdict import is_verb_dictionary, read_verb_dictionary
from .ids import with_unique_ids
from .nlp import Parsed, Parser
from .place import add_places
from .quotes import find_quotes
from .records import Document, Rejection, Result, document_id, stable_id, to_dict
from .time import add_times

# Longest article body coded, in characters: ten times the longest of 2,226 BBC articles
# (25,000) and past any news story; a parse needs memory in proportion to its length.
MAX_CHARS = 250_000
# Most sentences in one article: a body of one-word "sentences" (lists, tables, punctuation
# runs) is not prose; 5,000 is ten times the most in the BBC corpus.
MAX_SENTENCES = 5_000


@dataclass(frozen=True)
class Stage:
    name: str
    needs: tuple[str, ...]
    makes: tuple[str, ...]


# The order of the stages and what each needs and makes; checked at import time.
STAGES = (
    Stage("clean", ("document",), ("body",)),
    Stage("nlp", ("body",), ("parse",)),
    Stage("actors", ("parse",), ("actors",)),
    Stage("quotes", ("parse", "actors"), ("quotes",)),
    Stage("events", ("parse", "actors", "quotes"), ("events",)),
    Stage("time", ("parse", "events"), ("times",)),
    Stage("place", ("parse", "events", "actors"), ("places",)),
)


def check_order(stages: tuple[Stage, ...] = STAGES) -> None:
    """Raise if a stage needs something no earlier stage made."""
    made = {"document"}
    for stage in stages:
        missing = [need for need in stage.needs if need not in made]
        if missing:
            raise RuntimeError(f"stage {stage.name} needs {missing} before it runs")
        made.update(stage.makes)


check_order()


class Pipeline:
    """Loads the model and knowledge once; codes documents into Results."""

    def __init__(self, config: Config | None = None, *, model: str | None = None,
                 dictionaries: list[str] | None = None) -> None:
        config = config or Config()
        if model:
            config = dataclasses.replace(config, model=model)
        if dictionaries:
            config = dataclasses.replace(config, dictionaries=list(dictionaries))
        self.config = config
        self.parser = Parser(self.config.model, self.config.batch_size)
        # Verb dictionaries go to the event coder, actor and agent dictionaries to the
        # actor knowledge (PETRARCH keeps them in separate files of one format family).
        verbs = [p for p in self.config.dictionaries if is_verb_dictionary(p)]
        self.knowledge = Knowledge.load(
            extra_dictionaries=[p for p in self.config.dictionaries if p not in verbs])
        self.event_coder = EventCoder(verb_dictionaries=[read_verb_dictionary(p) for p in verbs])
        self.timings: dict[str, float] = defaultdict(float)
        self.fingerprint = _fingerprint(self.parser.model_name, self.config.dictionaries)

    def input_hash(self, doc: Document) -> str:
        """What a document's coding depends on: its fields and this coder (code, data,
        model, dictionaries). The same hash means coding it again gives the same records."""
        fields = {k: v for k, v in to_dict(doc).items() if k != "source_path"}
        return stable_id(self.fingerprint, repr(sorted(fields.items())), length=32)

    @property
    def model_name(self) -> str:
        return self.parser.model_name

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
        cleaned = [item if isinstance(item, Rejection) else self._guarded("clean", self._clean, item)
                   for item in batch]
        docs = [d for d in cleaned if isinstance(d, Document)]
        started = clock.perf_counter()
        parses = iter(list(self.parser.parse_many(d.text for d in docs)))
        self.timings["nlp"] += clock.perf_counter() - started
        for item in cleaned:
            if isinstance(item, Rejection):
                yield item
                continue
            yield self._guarded("coding", self._code_parsed, item, next(parses))

    def _clean(self, doc: Document) -> Document | Rejection:
        if len(doc.text) > MAX_CHARS:
            name = doc.source_path or doc.url or doc.id
            return Rejection(doc.id, "clean", "E204",
                             message("E204", doc_id=name, size=len(doc.text), limit=MAX_CHARS))
        return self._timed("clean", clean_document, doc)

    def _code_parsed(self, doc: Document, parsed: Parsed) -> Result | Rejection:
        if len(parsed.sentences) > MAX_SENTENCES:
            name = doc.source_path or doc.url or doc.id
            return Rejection(doc.id, "nlp", "E205", message(
                "E205", doc_id=name, count=len(parsed.sentences), limit=MAX_SENTENCES))
        dateline = next((b.text for b in doc.boilerplate if b.kind == "dateline"), None)
        actors = self._timed("actors", find_actors, parsed, self.knowledge, doc.published, dateline)
        quotes = self._timed("quotes", find_quotes, doc, parsed, actors)
        events = self._timed("events", self.event_coder.code, doc, parsed, actors, quotes)
        times = self._timed("time", add_times, doc.text, parsed, events, doc.published)
        countries = sorted({a.country for a in actors if a.country})
        places = self._timed("place", add_places, parsed, events, countries)
        return with_unique_ids(Result(document=doc, actors=actors, events=events, quotes=quotes,
                                      places=places, times=times))

    def _guarded(self, stage: str, func, doc: Document, *args) -> Result | Document | Rejection:
        """Run a stage on one document; a failure becomes that document's Rejection."""
        try:
            return func(doc, *args)
        except Exception as exc:  # one broken document must not stop the batch
            detail = f"{type(exc).__name__}: {exc}"
            name = doc.source_path or doc.id
            return Rejection(doc.id, stage, "E202", message("E202", doc_id=name, stage=stage, detail=detail))

    def _timed(self, stage: str, func, *args):
        started = clock.perf_counter()
        try:
            return func(*args)
        finally:
            self.timings[stage] += clock.perf_counter() - started


def _fingerprint(model: str, dictionaries: list[str]) -> str:
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
    return digest.hexdigest()[:16]


def coder_fingerprint(model: str | None = None, dictionaries: list[str] | None = None) -> str:
    """The fingerprint a Pipeline of this model and these dictionaries has, without
    loading the model: what a finished shard of a scaled-out run was coded with."""
    from .nlp import resolve_model_name

    return _fingerprint(resolve_model_name(model), list(dictionaries or []))


def code_text(text: str, **meta: object) -> Result | Rejection:
    """Code one article text with a default pipeline (loads the model: slow for many texts)."""
    return Pipeline().code_text(text, **meta)
