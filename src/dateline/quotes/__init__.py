"""The quotes stage: direct, partial and indirect quotes with their speakers.

``find_quotes(doc, parsed, actors)`` returns the quotes of ``doc.text`` (which
``parsed`` must be the parse of). Direct quotes come from quotation marks (see
``spans``) and from the labelled turns of transcripts (see ``transcript``), indirect ones from cue words governing a clause (see ``indirect``); the
speaker is the actor at the cue's subject (pronoun actors already carry the name the
actor stage resolved them to). ``attribution_for`` lets the events stage find the
quote an event was reported in.
"""

from __future__ import annotations

import dataclasses

from dateline.nlp.parsed import Parsed
from dateline.quotes.direct import Found, continuation_kind, find_direct
from dateline.quotes.indirect import Reported, find_indirect
from dateline.quotes.spans import QUOTE_MARKS, QuoteSpan, find_quote_spans
from dateline.quotes.transcript import TURN_KIND, Turn, find_turns
from dateline.ids import numbered, quote_key
from dateline.outlets import reporters_in
from dateline.records import Actor, Document, Quote

__all__ = ["find_quotes", "attribution_for", "find_quote_spans", "QuoteSpan"]


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
    )


def _closing(text: str, reported: Reported, direct: list[Found]) -> Reported:
    """Extend a reported clause that ends inside a quotation to the closing mark."""
    for quote in direct:
        if reported.start <= quote.start < reported.end < quote.end + 1:
            end = quote.end
            if end < len(text) and text[end] in QUOTE_MARKS:
                end += 1
            return dataclasses.replace(reported, end=end)
    return reported


def _continued(text: str, direct: list[Found], indirect: list[Reported]) -> list[Found]:
    """A direct quote with no cue or speaker continues the report just before it.

    "Lee said the plan was “a start.” “We need more.”" and "Lee said the plan would fail.
    “We need more.”": the second quote is Lee's, whether the report before it was direct,
    partial or indirect. The report must be in the same paragraph, or in the paragraph
    before when the quote stands alone in its own. A quote that carries on a report given
    in the reporter's words (indirect, or partial) is a verbatim piece of that report, not
    an attribution of its own, so it is recorded as ``partial`` (see ``direct.continuation_kind``).
    """
    out = []
    for quote in direct:
        if quote.cue is not None or quote.speaker is not None or quote.kind != "direct":
            out.append(quote)
            continue
        donors = [d for d in [*out, *indirect] if d.speaker is not None and d.start < quote.start]
        donor = max(donors, key=lambda d: d.start, default=None)
        if donor is not None:
            gap = text[min(donor.end, quote.start):quote.start]
            next_paragraph = not any(line.strip() for line in gap.split("\n")[1:-1])
            if "\n" not in gap or (quote.standalone and next_paragraph):
                kind = continuation_kind(donor.kind if isinstance(donor, Found) else "indirect",
                                         donor.cue_token, direct)
                quote = dataclasses.replace(quote, cue=donor.cue, speaker=donor.speaker, kind=kind)
        out.append(quote)
    return out


def _with_turns(direct: list[Found], turns: list[Turn]) -> list[Found]:
    """Transcript turns in place of the quotation-mark quotes that overlap them."""
    if not turns:
        return direct
    kept = [q for q in direct if not any(q.start < t.end and t.start < q.end for t in turns)]
    kept += [Found(t.start, t.end, TURN_KIND, None, None, t.speaker, 0, True) for t in turns]
    return sorted(kept, key=lambda q: q.start)


def find_quotes(doc: Document, parsed: Parsed, actors: list[Actor]) -> list[Quote]:
    """All quotes of ``doc.text``: direct and partial from quotation marks, indirect from cues."""
    turns = find_turns(doc.text, actors)
    direct = _with_turns(find_direct(doc.text, parsed, actors), turns)
    quoted = [(q.start - 1, q.end + 1) for q in direct if q.kind in ("direct", TURN_KIND)]
    indirect = [_closing(doc.text, r, direct) for r in find_indirect(parsed, actors, quoted)]
    direct = _continued(doc.text, direct, indirect)
    outlets_of: dict[str, list[str]] = {}
    quotes = [_record(doc, parsed, q, q.kind, outlets_of) for q in direct]
    quotes += [_record(doc, parsed, r, "indirect", outlets_of) for r in indirect]
    return numbered(doc.id, sorted(quotes, key=lambda q: (q.start, q.end)), quote_key)


def attribution_for(parsed: Parsed, token_index: int, quotes: list[Quote]) -> Quote | None:
    """The innermost quote whose content contains the token, or None."""
    if not 0 <= token_index < len(parsed.tokens):
        return None
    char = parsed.tokens[token_index].idx
    containing = [q for q in quotes if q.start <= char < q.end]
    return min(containing, key=lambda q: q.end - q.start) if containing else None
