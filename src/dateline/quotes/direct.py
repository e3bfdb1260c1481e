"""Direct and partial quotes: spans from quotation marks, cue and speaker from the parse.

Each quotation goes through the rules of :data:`DIRECT` in order: a title is no quote;
its kind (see ``kinds``); its cue (see ``frames``) and what the cue says of its kind;
its speaker. ``inherit`` and ``keep_attributed`` are the document-level steps the quotes
stage runs after (a quote with no cue continues the one before; short unattributed
quotes are dropped).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, replace

from ..nlp import Parsed
from ..records import Actor
from ..rules import RuleSet
from .cues import Cue
from .frames import after_cue, completes_report, finishes_reporters_sentence, frame, pick_cue
from .kinds import Around, kind_of
from .spans import QuoteSpan, find_quote_spans
from .speakers import Speaker, cue_at, find_speaker
from ..tables import word_class

# A quote in quotation marks that no cue claims is kept only when it is at least this
# long: shorter unattributed quotes are titles, nicknames and scare quotes.
MIN_UNATTRIBUTED_WORDS = 5
# A quote standing alone borrows the speaker of a quote at most this many paragraphs away.
MAX_INHERIT_PARAGRAPHS = 1
# "“...” ― Jane Doe": a dash and a capitalised name right after the closing mark.
# Spaces may be no-break spaces ("―\u00a0Jane Doe").
_SIGNATURE = re.compile(r"[^\S\n]*[―—–-][^\S\n]*((?:[A-Z][\w.'’-]*[^\S\n]?){1,5})[^\S\n]*(?:,|\n|$)")
# Short words that stay lowercase inside titles ("Legend in the Coal Fields").
TITLE_SMALL_WORDS = word_class("title small words")
MAX_TITLE_WORDS = 8


@dataclass(frozen=True)
class Found:
    """A quote found in the text, with what the parse says about who said it."""

    start: int
    end: int
    kind: str
    cue: Cue | None
    cue_token: int | None
    speaker: Speaker | None
    paragraph: int
    standalone: bool
    rules: tuple[str, ...] = ()  # the rules that made it what it is



@dataclass
class Context:
    """One document's text and parse, as the quotation rules read them."""

    text: str
    parsed: Parsed
    actors: list[Actor]
    spans: list[QuoteSpan]
    paragraphs: list[int]  # where each paragraph starts
    token_starts: list[int]
    previous: QuoteSpan | None = None
    previous_direct: bool = False

    @property
    def inside(self) -> list[tuple[int, int]]:
        return [(s.open_mark, s.outer_end) for s in self.spans]


@dataclass(frozen=True)
class Draft:
    """A quotation on its way to a Found quote."""

    span: QuoteSpan
    paragraph: int
    kind: str = ""
    cue_token: int | None = None
    cue: Cue | None = None
    speaker: Speaker | None = None


DIRECT: RuleSet[Draft] = RuleSet("quotes.direct")


def find_direct(text: str, parsed: Parsed, actors: list[Actor]) -> list[Found]:
    """Direct and partial quotes of ``text`` with their cue and speaker where the parse shows them."""
    spans = find_quote_spans(text)
    ctx = Context(text, parsed, actors, spans, paragraph_starts(text), [t.idx for t in parsed.tokens])
    found = []
    for span in spans:
        paragraph = bisect.bisect_right(ctx.paragraphs, span.open_mark) - 1
        outcome = DIRECT.apply(Draft(span, paragraph), ctx)
        draft = outcome.draft
        if draft is None:
            continue
        ctx.previous, ctx.previous_direct = span, draft.kind == "direct"
        found.append(Found(span.start, span.end, draft.kind, draft.cue, draft.cue_token, draft.speaker,
                           paragraph, _standalone(text, span, ctx.paragraphs, paragraph),
                           outcome.fired))
    return found


@DIRECT.rule("title", "a short quoted phrase in title case is a headline or a book, not speech")
def title(d: Draft, ctx: Context) -> Draft | None:
    return None if is_title(ctx.text[d.span.start:d.span.end]) else d


@DIRECT.rule("kind", "direct or partial, by the words around the quotation marks (see kinds)")
def kind(d: Draft, ctx: Context) -> Draft:
    cued = after_cue(ctx.parsed, ctx.token_starts, d.span) if ctx.parsed.tokens else False
    around = Around(ctx.text, d.span, ctx.paragraphs[d.paragraph], ctx.previous, cued,
                    ctx.previous_direct)
    return dataclasses.replace(d, kind=kind_of(around))


@DIRECT.rule("cue", "the speech verb in the frame nearest the quotation that can frame it")
def cue(d: Draft, ctx: Context) -> Draft:
    words = frame(ctx.parsed, ctx.token_starts, d.span, ctx.inside, ctx.text) if ctx.parsed.tokens else []
    token = pick_cue(ctx.parsed, words, d.span, d.kind, ctx.inside)
    if token is None:
        return d
    return dataclasses.replace(d, cue_token=token, cue=cue_at(ctx.parsed, token))


@DIRECT.rule("completes-report", "a quotation ending a reported clause (\"said she has one aim: "
                                 "“Peace.”\") is partial")
def completes(d: Draft, ctx: Context) -> Draft:
    if d.kind != "direct" or d.cue_token is None or not completes_report(ctx.parsed, d.cue_token, d.span):
        return d
    return dataclasses.replace(d, kind="partial")


@DIRECT.rule("speaker", "the cue's subject (or the actor it names) said it")
def speaker(d: Draft, ctx: Context) -> Draft:
    if d.cue is None:
        return d
    found = find_speaker(ctx.parsed, ctx.actors, d.cue_token, d.cue, ctx.inside)
    return dataclasses.replace(d, speaker=found) if found is not None else d


@DIRECT.rule("signature", "a name after a dash signs the quotation: “...” ― Jane Doe")
def signature(d: Draft, ctx: Context) -> Draft:
    if d.speaker is not None or not d.span.closed:
        return d
    found = _signed(ctx.text, d.span, ctx.actors)
    return dataclasses.replace(d, speaker=found) if found is not None else d


@DIRECT.rule("finishes-sentence", "a lowercase quotation after a mid-sentence cue finishes the "
                                  "reporter's sentence: partial")
def finishes_sentence(d: Draft, ctx: Context) -> Draft:
    if d.kind != "direct" or d.cue_token is None or not finishes_reporters_sentence(
            ctx.parsed, d.cue_token, d.speaker, d.span, ctx.inside, ctx.paragraphs[d.paragraph]):
        return d
    return dataclasses.replace(d, kind="partial")


def paragraph_starts(text: str) -> list[int]:
    """Character offsets where each paragraph of ``text`` starts (blank lines are no paragraph)."""
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    kept = [s for k, s in enumerate(starts)
            if text[s:(starts[k + 1] if k + 1 < len(starts) else len(text))].strip()]
    return kept or [0]



def _standalone(text: str, span: QuoteSpan, starts: list[int], paragraph: int) -> bool:
    """True when the paragraph holds nothing but the quote (and punctuation)."""
    p_start = starts[paragraph]
    p_end = text.find("\n", span.outer_end)
    p_end = len(text) if p_end == -1 else p_end
    rest = text[p_start:span.open_mark] + text[span.outer_end:p_end]
    return not any(ch.isalnum() for ch in rest)



def _signed(text: str, span: QuoteSpan, actors: list[Actor]) -> Speaker | None:
    """The name after a dash that signs a quote: “...” ― Jane Doe."""
    match = _SIGNATURE.match(text, span.outer_end)
    if not match:
        return None
    start, end = match.start(1), match.end(1)
    actor = next((a for a in actors if start <= a.start < end), None)
    return Speaker(actor, text[start:end], start, end)



def is_title(quoted: str) -> bool:
    """A short quoted phrase in title case: every word capitalised but small words."""
    words = [w.strip(".,!?;:'\"“”‘’()") for w in quoted.split()]
    words = [w for w in words if w]
    if not 2 <= len(words) <= MAX_TITLE_WORDS:
        return False
    if re.search(r"[.!?]\s+\S", quoted.strip()):
        return False  # "The Donald. Big Daddy.": two sentences are speech, not a title
    content = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    return bool(content) and all(w[:1].isupper() for w in content)



def continuation_kind(donor_kind: str, donor_cue: int | None, found: list[Found]) -> str:
    """The kind of a cue-less quote that carries on the report before it.

    The report is every quote framed by the donor's cue token. After a report with a
    direct quote in it ("“A,” Kirby said. “B.”") B is more of the same speech: direct.
    After a report in the reporter's words, indirect or with only a quoted phrase in it
    ("The plan is “a start,” Kirby said. “We need more.”"), the quote has no frame of its
    own: it is a verbatim piece of that report, recorded as partial with the report's cue.
    """
    if donor_kind == "direct" or any(q.kind == "direct" and q.cue_token is not None
                                      and q.cue_token == donor_cue for q in found):
        return "direct"
    return "partial"



def inherit(found: list[Found]) -> list[Found]:
    """A quote with no cue of its own continues the nearest attributed quote around it.

    "“A,” Kirby said. “B.”": B is Kirby's (same paragraph, after an attributed quote).
    A paragraph holding only a quote takes the speaker of the paragraph before, else after.
    The nearest attributed quote before it in reach is the donor, even a partial one (then
    the quote is partial too, see ``continuation_kind``).
    """
    out = list(found)
    for i, quote in enumerate(out):
        if quote.cue is not None or quote.speaker is not None or quote.kind != "direct":
            continue
        reach = MAX_INHERIT_PARAGRAPHS if quote.standalone else 0
        before = [q for q in out[:i] if q.speaker is not None and q.kind in ("direct", "partial")
                  and quote.paragraph - q.paragraph <= reach]
        after = [q for q in out[i + 1:] if q.speaker is not None and q.kind == "direct"
                 and q.paragraph - quote.paragraph <= MAX_INHERIT_PARAGRAPHS] if quote.standalone else []
        if before:
            donor = before[-1]
            kind = continuation_kind(donor.kind, donor.cue_token, out)
            out[i] = replace(quote, cue=donor.cue, speaker=donor.speaker, kind=kind,
                             rules=quote.rules + ("inherit",))
        elif after:
            out[i] = replace(quote, cue=after[0].cue, speaker=after[0].speaker,
                             rules=quote.rules + ("inherit",))
    return out



def keep_attributed(found: list[Found], text: str) -> list[Found]:
    keep = []
    for quote in found:
        if quote.cue is not None or quote.speaker is not None:
            keep.append(quote)
        elif quote.kind == "direct" and len(text[quote.start:quote.end].split()) >= MIN_UNATTRIBUTED_WORDS:
            keep.append(quote)
    return keep

