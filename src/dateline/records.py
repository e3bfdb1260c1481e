"""The typed records every stage exchanges (the output contract of DESIGN.md).

Records are plain dataclasses. ``to_dict`` / ``from_dict`` give a lossless JSON
round trip; field names are the contract that outputs, tests and benchmarks use.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import typing
from dataclasses import dataclass, field
from typing import Any


def _is_record(value: Any) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


# Types to_dict returns as they are; and per record class, the names it writes (its
# fields, then its VIEWS). Looked up once per class: the store turns every coded
# document into JSON, and asking `dataclasses.fields` each time cost more than the rest.
_PLAIN = (str, int, float, bool, type(None))
_NAMES: dict[type, tuple[str, ...]] = {}


def _names(kind: type) -> tuple[str, ...]:
    names = _NAMES.get(kind)
    if names is None:
        names = tuple(f.name for f in dataclasses.fields(kind)) + tuple(getattr(kind, "VIEWS", ()))
        _NAMES[kind] = names
    return names


def to_dict(record: Any) -> Any:
    """Turn a record (or list/dict of records) into JSON-ready Python values."""
    kind = type(record)
    if kind in _PLAIN:
        return record
    if kind is list or kind is tuple:
        return [to_dict(item) for item in record]
    if kind is dict:
        return {key: to_dict(value) for key, value in record.items()}
    if kind in _NAMES or _is_record(record):
        return {name: to_dict(getattr(record, name)) for name in _names(kind)}
    if isinstance(record, (list, tuple)):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return {key: to_dict(value) for key, value in record.items()}
    return record


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _build(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        for arg in args:
            if arg is type(None):
                continue
            return _build(arg, value)
    if origin is list and args:
        return [_build(args[0], item) for item in value]
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return from_dict(hint, value)
    return value


def from_dict(cls: type, data: dict[str, Any]) -> Any:
    """Build a record of type ``cls`` from the output of :func:`to_dict`."""
    hints = _hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    return cls(**{key: _build(hints[key], value) for key, value in data.items() if key in known})


@dataclass
class Span:
    """Words in ``Document.text`` that justify a record."""

    text: str
    start: int
    end: int


@dataclass
class Boilerplate:
    """A piece of the raw text that is not article body (promo, byline, bio ...)."""

    kind: str
    text: str


@dataclass
class Signal:
    """A provenance flag with the words that raised it."""

    name: str
    evidence: str


@dataclass
class Provenance:
    """Who wrote the document and whom it retells or copies."""

    author: str | None = None
    republished_from: str | None = None
    reported_by: list[str] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)


@dataclass
class Document:
    """One article: clean body, metadata, boilerplate and provenance."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    boilerplate: list[Boilerplate] = field(default_factory=list)
    provenance: Provenance = field(default_factory=Provenance)
    story_id: str | None = None  # the id of the story's original (set by dedup when stored)
    source_path: str | None = None


@dataclass(frozen=True)
class Basis:
    """One reason a record is what it is (typed provenance): a table entry, a model's
    label, a link to another mention, a lexicon pattern or a rule.

    ``kind`` says what decided (``people``, ``country-name``, ``demonym``, ``sector``,
    ``ner-person``, ``coref``, ``lexicon``, ``rule`` ...), ``name`` which entry, label
    or rule id, ``detail`` anything the decision added (a code, the words)."""

    kind: str
    name: str = ""
    detail: str = ""

    def __str__(self) -> str:
        text = f"{self.kind}:{self.name}" if self.name else self.kind
        return f"{text} ({self.detail})" if self.detail else text


@dataclass
class Actor:
    """A mention of a participant, resolved to codes.

    ``basis`` says why (typed: stages read it); ``evidence`` is its view for people."""

    VIEWS = ("evidence",)

    text: str
    name: str
    start: int
    end: int
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    kind: str = "organization"
    basis: list[Basis] = field(default_factory=list)
    entity: int | None = None

    @property
    def evidence(self) -> str:
        """The basis as one line, for people: the facts, then the rules that resolved them
        ("people:Sergei Shoigu; sector:defense minister; rules: person, role-word")."""
        facts = [str(b) for b in self.basis if b.kind != "rule"]
        rules = [b.name for b in self.basis if b.kind == "rule"]
        return "; ".join(facts + ([f"rules: {', '.join(rules)}"] if rules else []))

    def facts(self) -> str:
        """The basis without the rules: the tables, labels and links behind the actor."""
        return "; ".join(str(b) for b in self.basis if b.kind != "rule")

    def based_on(self, kind: str) -> Basis | None:
        """The first reason of this kind, or None."""
        return next((b for b in self.basis if b.kind == kind), None)

    def same_entity(self, other: "Actor") -> bool:
        return self.entity is not None and self.entity == other.entity


@dataclass
class Place:
    """A toponym resolved against the gazetteer. ``feature``: country, admin (a
    first-order division), county (US), city (any populated place), region or
    landmark; ``admin1``: the GeoNames code of the division it lies in (US: postal
    code); ``evidence``: the entry chosen and why."""

    text: str
    name: str
    start: int
    end: int
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None
    admin1: str | None = None
    evidence: str = ""


@dataclass
class Time:
    """A time expression with its TIMEX3-style value."""

    text: str
    start: int
    end: int
    type: str
    value: str | None
    precision: str


@dataclass
class EventDate:
    """When an event happened, as the time stage reads it (merged into the Event)."""

    date: str | None = None
    precision: str = "none"
    text: str | None = None
    historical: bool = False  # dated well before the article: history, not news


@dataclass
class Plover:
    type: str
    mode: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)


@dataclass
class Cameo:
    code: str
    root: str
    quad_class: int
    goldstein: float


@dataclass
class Attribution:
    speaker: Actor | None = None
    cue: str | None = None
    according_to: str | None = None


# Statuses that say an event is not a done act (DESIGN: an event with none of these is
# one); "reported" alone is a done act someone told of.
NOT_DONE = frozenset({"hypothetical", "future", "negated", "attempted", "historical", "habitual",
                      "intended", "demanded"})


def is_done(status: list[str] | tuple[str, ...]) -> bool:
    """True for the status of a done act: none of NOT_DONE."""
    return not NOT_DONE.intersection(status)


@dataclass
class Event:
    """Who did what to whom, when, where, according to whom.

    ``basis`` says why (typed: the lexicon pattern, then the rules that changed the
    event); ``evidence`` is its view for people."""

    VIEWS = ("evidence",)

    id: str
    doc_id: str
    sentence: int
    text: str
    trigger: Span
    plover: Plover
    cameo: Cameo
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    date: str | None = None
    date_precision: str = "none"
    date_text: str | None = None
    location: Place | None = None
    attribution: Attribution | None = None
    status: list[str] = field(default_factory=list)
    confidence: float = 0.5
    basis: list[Basis] = field(default_factory=list)

    @property
    def evidence(self) -> str:
        """"lexicon:visit announced->036 trigger='visited'@412": pattern, rules, trigger."""
        parts = []
        for b in self.basis:
            parts.append(f"{b.kind}:{b.name}" if b.kind != "rule" else
                         (f"{b.name}->{b.detail}" if b.detail else b.name))
        return " ".join(parts + [f"trigger={self.trigger.text!r}@{self.trigger.start}"])

    def pattern(self) -> str | None:
        """The id of the lexicon or dictionary pattern that matched."""
        return next((b.name for b in self.basis if b.kind in ("lexicon", "dictionary")), None)

    def fired(self, rule_id: str) -> bool:
        """Did the rule ``rule_id`` change this event?"""
        return any(b.kind == "rule" and b.name == rule_id for b in self.basis)

    def pairs(self) -> list[tuple[Actor | None, Actor | None]]:
        """(source, target) dyads as CAMEO counts them: every pair, never an actor with itself.

        Coordinated actors of a reciprocal event are both sources and targets
        ("Russia and North Korea negotiated" gives RUS->PRK and PRK->RUS).
        """
        sources: list[Actor | None] = list(self.source) or [None]
        targets: list[Actor | None] = list(self.target) or [None]
        pairs = [(s, t) for s in sources for t in targets
                 if s is None or t is None or not (s is t or s.same_entity(t) or s == t)]
        return pairs or [(sources[0], None)]


def reciprocal(sources: list[tuple[int, int]], targets: list[tuple[int, int]]) -> bool:
    """Are the sides (by their spans) those of a reciprocal event, each party a source
    and a target ("X and Y met")?"""
    return len(sources) > 1 and set(sources) == set(targets)


@dataclass
class Quote:
    """Reported speech, direct or indirect, with its speaker."""

    id: str
    doc_id: str
    text: str
    kind: str
    start: int
    end: int
    speaker: Actor | None = None
    speaker_text: str | None = None
    cue: str | None = None
    reported_by: list[str] = field(default_factory=list)
    basis: list[Basis] = field(default_factory=list)  # the rules that found and attributed it
    cue_span: Span | None = None  # the cue word as written ("said"), where the text has it


@dataclass
class Rejection:
    """An input or record that was dropped, and why (never a silent None)."""

    doc_id: str | None
    stage: str
    code: str
    detail: str


@dataclass
class Result:
    """Everything dateline found in one document (the native JSON output)."""

    document: Document
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Result":
        return from_dict(cls, data)


_SPACES = re.compile(r"\s+")


def stable_id(*parts: str | None, length: int = 16) -> str:
    """A short, stable hash of the given strings (whitespace-normalised)."""
    joined = "\x1f".join(_SPACES.sub(" ", part or "").strip() for part in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:length]


def document_id(url: str | None, text: str) -> str:
    """Document id: hash of the URL when there is one, else of the normalised text."""
    return stable_id(url) if url else stable_id(text)


def input_id(path: str, line: int | None = None) -> str:
    """Document id of an input known by where it is: a file (its absolute path), or one
    line of a file. An edited file keeps its id, so its new records replace the old."""
    where = os.path.realpath(path)
    return stable_id("input", where if line is None else f"{where}:{line}")
