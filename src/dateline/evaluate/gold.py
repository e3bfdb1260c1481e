"""The typed gold records the readers yield and the scorers consume.

Offsets are character offsets into the record's own ``text``; spans reuse
:class:`dateline.records.Span` (text, start, end).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Span


@dataclass
class GoldCoding:
    """One CAMEO coding: source actor code, target actor code, event code."""

    source: str
    target: str
    code: str


@dataclass
class CodedSentence:
    """A sentence of a PETRARCH validation file with its gold codings.

    ``no_event`` is true when the gold says nothing should be coded (no coding,
    ``noevents="True"``, an empty or null code, or an expected discard/error).
    ``require_dyad`` is the file's ``require_dyad`` setting in force for the record
    (None where the file sets none).
    """

    id: str
    text: str
    codings: list[GoldCoding] = field(default_factory=list)
    date: str | None = None
    category: str | None = None
    no_event: bool = False
    expected_error: str | None = None
    evaluate: bool = True
    parse: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    require_dyad: bool | None = None


@dataclass
class LabelledSentence:
    """A sentence with a ConfliBERT 5-class label (0 statement .. 4 material conflict)."""

    id: str
    text: str
    label: int


@dataclass
class ArgumentSentence:
    """A sentence with gold source, target and reciprocal participant spans."""

    id: str
    text: str
    tokens: list[Span] = field(default_factory=list)
    sources: list[Span] = field(default_factory=list)
    targets: list[Span] = field(default_factory=list)
    reciprocal: list[Span] = field(default_factory=list)
    aligned: bool = False


@dataclass
class GoldEntity:
    """An actor or recipient of a PLOVER gold event, reduced to codes."""

    country: str | None = None
    sector: str | None = None
    text: str | None = None


@dataclass
class PloverGoldEvent:
    """One PLOVER gold event."""

    type: str
    actors: list[GoldEntity] = field(default_factory=list)
    recipients: list[GoldEntity] = field(default_factory=list)
    modes: list[str] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    id: str | None = None


@dataclass
class PloverDocument:
    """A text and the PLOVER events the gold codes in it."""

    id: str
    text: str
    events: list[PloverGoldEvent] = field(default_factory=list)
    date: str | None = None


@dataclass
class GoldAttribution:
    """An attribution: content span, source (speaker) span, cue span, and kind.

    ``kind`` is ``direct`` when the content opens with a quotation mark,
    otherwise ``indirect``. A discontinuous content (``"A," he said, "B."``)
    lists its pieces in ``parts``; ``content`` then covers first to last.
    """

    content: Span
    source: Span | None = None
    cue: Span | None = None
    kind: str = "indirect"
    parts: list[Span] = field(default_factory=list)

    def pieces(self) -> list[Span]:
        """The content's pieces (just ``content`` when it is continuous)."""
        return self.parts or [self.content]


@dataclass
class AttributionDocument:
    """An article with its gold attributions."""

    id: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)
    published: str | None = None


@dataclass
class GoldTimex:
    """A gold TIMEX3: words, offsets, type (DATE, TIME, DURATION, SET) and value."""

    text: str
    start: int
    end: int
    type: str
    value: str | None


@dataclass
class TimexDocument:
    """A TimeML document: text, document creation time, gold TIMEX3s."""

    id: str
    text: str
    dct: str | None
    timexes: list[GoldTimex] = field(default_factory=list)


@dataclass
class GoldToponym:
    """A gold toponym with its coordinates when the gold gives them; ``type`` is the
    annotation's kind (GeoWebNews: Literal, Metonymic, Embedded_Literal ...) and ``name``
    the name as the annotators wrote it (it differs from the span text in a few cases)."""

    text: str
    start: int
    end: int
    lat: float | None = None
    lon: float | None = None
    type: str = ""
    name: str = ""


@dataclass
class ToponymDocument:
    """An article with its gold toponyms."""

    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


@dataclass(frozen=True)
class ActorTest:
    """One expectation about the actor a phrase names: its ``field`` (``country`` or
    ``code_1``, the PLOVER sector) is (``op`` ``==``) or is not (``!=``) ``expected``."""

    id: str
    input: str
    context: str
    date: str
    field: str
    op: str
    expected: str

    @property
    def text(self) -> str:
        """The phrase under test."""
        return self.input
