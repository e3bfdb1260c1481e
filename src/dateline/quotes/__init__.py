"""The quotes stage: direct, partial and indirect quotes with their speakers.

``find_quotes(doc, parsed, actors)`` returns the quotes of ``doc.text`` (which
``parsed`` must be the parse of). Direct quotes come from quotation marks (see
``spans``, ``kinds``, ``frames`` and ``direct``) and from the labelled turns of
transcripts (see ``transcript``), indirect ones from cue words governing a clause (see
``indirect``); the speaker is the actor at the cue's subject (pronoun actors already
carry the name the actor stage resolved them to). The document-level steps are the
named rules of :data:`DOCUMENT`. ``attribution_for`` lets the events stage find the
quote an event was reported in.
"""

from __future__ import annotations

import dataclasses

from dataclasses import dataclass

from dateline.ids import numbered, quote_key
from dateline.nlp import Parsed
from dateline.outlets import reporters_in
from dateline.quotes.direct import Found, continuation_kind, find_direct, inherit, keep_attributed
from dateline.quotes.indirect import Reported, find_indirect
from dateline.quotes.spans import QUOTE_MARKS, QuoteSpan, find_quote_spans
from dateline.quotes.transcript import TURN_KIND, find_turns
from dateline.records import Actor, Basis, Document, Quote, Span
from dateline.rules import RuleSet

__all__ = ["find_quotes", "attribution_for", "quote_around", "find_quote_spans", "QuoteSpan"]


def _sentence_text(parsed: Parsed, token: int | None, char: int) -> str:
    if token is not None and parsed.tokens:
        return parsed.sentence_text(parsed.tokens[token].sent)
    for sentence in parsed.sentences:
        if sentence.start_char <= char < sentence.end_char:
            return parsed.sentence_text(sentence.index)
    return ""


def _record(doc: Document, parsed: Parsed, item: Found | Reported, kind: str,
            outlets_of: dict[str, list[str]]) -> Quote:
    speaker = item.speaker
    sentence = _sentence_text(parsed, item.cue_token, item.start)
    if sentence not in outlets_of:  # many quotes share a sentence: look it up once
        outlets_of[sentence] = reporters_in(sentence)[0]
    outlets = outlets_of[sentence]
    reported_by = list(dict.fromkeys(outlets + doc.provenance.reported_by))
    return Quote(
        id="",  # numbered once the document's quotes are known (dateline.ids)
        doc_id=doc.id,
        text=doc.text[item.start:item.end],
        kind=kind,
        start=item.start,
        end=item.end,
        speaker=speaker.actor if speaker else None,
        speaker_text=speaker.text if speaker else None,
        cue=item.cue.lemma if item.cue else None,
        reported_by=reported_by,
        basis=[Basis("rule", rule) for rule in item.rules],
        cue_span=_cue_span(parsed, item.cue_token),
    )


def _cue_span(parsed: Parsed, token: int | None) -> Span | None:
    if token is None or not 0 <= token < len(parsed.tokens):
        return None
    tok = parsed.tokens[token]
    return Span(tok.text, tok.idx, tok.end)


@dataclass(frozen=True)
class Quotations:
    """A document's quotations so far: from quotation marks, and reported speech."""

    direct: tuple[Found, ...]
    indirect: tuple[Reported, ...] = ()


@dataclass
class Context:
    doc: Document
    parsed: Parsed
    actors: list[Actor]


DOCUMENT: RuleSet[Quotations] = RuleSet("quotes.document")


def find_quotes(doc: Document, parsed: Parsed, actors: list[Actor]) -> list[Quote]:
    """All quotes of ``doc.text``: direct and partial from quotation marks, indirect from cues."""
    ctx = Context(doc, parsed, actors)
    found = DOCUMENT.apply(Quotations(tuple(find_direct(doc.text, parsed, actors))), ctx).draft
    outlets_of: dict[str, list[str]] = {}
    quotes = [_record(doc, parsed, q, q.kind, outlets_of) for q in found.direct]
    quotes += [_record(doc, parsed, r, "indirect", outlets_of) for r in found.indirect]
    return numbered(doc.id, sorted(quotes, key=lambda q: (q.start, q.end)), quote_key)


@DOCUMENT.rule("inherit", "a quotation with no cue of its own continues the attributed one "
                          "around it (same paragraph, or a paragraph holding only the quote)")
def _inherit(q: Quotations, ctx: Context) -> Quotations:
    direct = tuple(inherit(list(q.direct)))
    return q if direct == q.direct else dataclasses.replace(q, direct=direct)


@DOCUMENT.rule("attributed-or-long", "a quotation nobody said is kept only when it is long "
                                     "(short ones are titles, nicknames, scare quotes)")
def _attributed(q: Quotations, ctx: Context) -> Quotations:
    direct = tuple(keep_attributed(list(q.direct), ctx.doc.text))
    return q if len(direct) == len(q.direct) else dataclasses.replace(q, direct=direct)


@DOCUMENT.rule("transcript-turns", "labelled turns of a transcript are quotes, in place of the "
                                   "quotation marks inside them")
def _turns(q: Quotations, ctx: Context) -> Quotations:
    turns = find_turns(ctx.doc.text, ctx.actors)
    if not turns:
        return q
    kept = [f for f in q.direct if not any(f.start < t.end and t.start < f.end for t in turns)]
    kept += [Found(t.start, t.end, TURN_KIND, None, None, t.speaker, 0, True, ("transcript-turns",))
             for t in turns]
    return dataclasses.replace(q, direct=tuple(sorted(kept, key=lambda f: f.start)))


@DOCUMENT.rule("reported-speech", "a cue word governing a clause reports it: indirect speech")
def _reported(q: Quotations, ctx: Context) -> Quotations:
    quoted = [(f.start - 1, f.end + 1) for f in q.direct if f.kind in ("direct", TURN_KIND)]
    found = tuple(find_indirect(ctx.parsed, ctx.actors, quoted))
    return dataclasses.replace(q, indirect=found) if found else q


@DOCUMENT.rule("to-closing-mark", "a reported clause that ends inside a quotation runs to its "
                                  "closing mark")
def _to_closing_mark(q: Quotations, ctx: Context) -> Quotations:
    text, indirect = ctx.doc.text, []
    for reported in q.indirect:
        for quote in q.direct:
            if reported.start <= quote.start < reported.end < quote.end + 1:
                end = quote.end + (1 if quote.end < len(text) and text[quote.end] in QUOTE_MARKS else 0)
                reported = dataclasses.replace(reported, end=end,
                                               rules=reported.rules + ("to-closing-mark",))
                break
        indirect.append(reported)
    indirect_t = tuple(indirect)
    return q if indirect_t == q.indirect else dataclasses.replace(q, indirect=indirect_t)


@DOCUMENT.rule("continues-report", "a quotation with no cue or speaker continues the report just "
                                   "before it, in its paragraph or the one before")
def _continues_report(q: Quotations, ctx: Context) -> Quotations:
    """"Lee said the plan was “a start.” “We need more.”": the second quote is Lee's,
    whether the report before it was direct, partial or indirect. A quote that carries on
    a report given in the reporter's words is a verbatim piece of it: partial."""
    text, out = ctx.doc.text, []
    for quote in q.direct:
        if quote.cue is not None or quote.speaker is not None or quote.kind != "direct":
            out.append(quote)
            continue
        donors = [d for d in [*out, *q.indirect] if d.speaker is not None and d.start < quote.start]
        donor = max(donors, key=lambda d: d.start, default=None)
        if donor is not None:
            gap = text[min(donor.end, quote.start):quote.start]
            next_paragraph = not any(line.strip() for line in gap.split("\n")[1:-1])
            if "\n" not in gap or (quote.standalone and next_paragraph):
                kind = continuation_kind(donor.kind if isinstance(donor, Found) else "indirect",
                                         donor.cue_token, q.direct)
                quote = dataclasses.replace(quote, cue=donor.cue, speaker=donor.speaker, kind=kind,
                                            rules=quote.rules + ("continues-report",))
        out.append(quote)
    direct = tuple(out)
    return q if direct == q.direct else dataclasses.replace(q, direct=direct)


def quote_around(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The innermost quote whose content holds the span [start, end), or None: the words
    of an event told inside a quote were said by that quote's speaker."""
    holding = [q for q in quotes if q.start <= start and end <= q.end]
    return min(holding, key=lambda q: q.end - q.start) if holding else None


def attribution_for(parsed: Parsed, token_index: int, quotes: list[Quote]) -> Quote | None:
    """The innermost quote whose content contains the token, or None."""
    if not 0 <= token_index < len(parsed.tokens):
        return None
    char = parsed.tokens[token_index].idx
    return quote_around(quotes, char, char + 1)
