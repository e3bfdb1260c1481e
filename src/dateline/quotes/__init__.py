"""The quotes stage: direct, partial and indirect quotes with their speakers.

``find_quotes(doc, parsed, actors)`` returns the quotes of ``doc.text`` (which
``parsed`` must be the parse of). Direct quotes come from quotation marks (see
``spans``), indirect ones from cue words governing a clause (see ``indirect``); the
speaker is the actor at the cue's subject (pronoun actors already carry the name the
actor stage resolved them to). ``attribution_for`` lets the events stage find the
quote an event was reported in.
"""

from __future__ import annotations

import dataclasses

from dateline.clean import reporters_in
from dateline.nlp.parsed import Parsed
from dateline.quotes.direct import Found, find_direct
from dateline.quotes.indirect import Reported, find_indirect
from dateline.quotes.spans import QUOTE_MARKS, QuoteSpan, find_quote_spans
from dateline.records import Actor, Document, Quote, stable_id

__all__ = ["find_quotes", "attribution_for", "find_quote_spans", "QuoteSpan"]


def _sentence_text(parsed: Parsed, token: int | None, char: int) -> str:
    if token is not None and parsed.tokens:
        return parsed.sentence_text(parsed.tokens[token].sent)
    for sentence in parsed.sentences:
        if sentence.start_char <= char < sentence.end_char:
            return parsed.sentence_text(sentence.index)
    return ""


def _record(doc: Document, parsed: Parsed, item: Found | Reported, kind: str) -> Quote:
    speaker = item.speaker
    outlets, _ = reporters_in(_sentence_text(parsed, item.cue_token, item.start))
    reported_by = list(dict.fromkeys(outlets + doc.provenance.reported_by))
    return Quote(
        id=stable_id(doc.id, str(item.start)),
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


def find_quotes(doc: Document, parsed: Parsed, actors: list[Actor]) -> list[Quote]:
    """All quotes of ``doc.text``: direct and partial from quotation marks, indirect from cues."""
    direct = find_direct(doc.text, parsed, actors)
    quoted = [(q.start - 1, q.end + 1) for q in direct if q.kind == "direct"]
    indirect = [_closing(doc.text, r, direct) for r in find_indirect(parsed, actors, quoted)]
    quotes = [_record(doc, parsed, q, q.kind) for q in direct]
    quotes += [_record(doc, parsed, r, "indirect") for r in indirect]
    return sorted(quotes, key=lambda q: (q.start, q.end))


def attribution_for(parsed: Parsed, token_index: int, quotes: list[Quote]) -> Quote | None:
    """The innermost quote whose content contains the token, or None."""
    if not 0 <= token_index < len(parsed.tokens):
        return None
    char = parsed.tokens[token_index].idx
    containing = [q for q in quotes if q.start <= char < q.end]
    return min(containing, key=lambda q: q.end - q.start) if containing else None
