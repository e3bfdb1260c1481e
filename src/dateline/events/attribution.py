"""Whom an event is attributed to: the quote that holds its trigger, or an "according to"
phrase in its sentence (Event.attribution)."""

from __future__ import annotations

from ..nlp import Parsed
from ..quotes import quote_around
from ..records import Attribution, Quote


def according_to(parsed: Parsed, sentence_index: int) -> str | None:
    """The source of an "according to X" phrase in the sentence, if any."""
    sent = parsed.sentences[sentence_index]
    for i in range(sent.start, sent.end - 1):
        tok = parsed.tokens[i]
        if tok.text.lower() == "according" and parsed.tokens[i + 1].text.lower() == "to":
            obj = [c for c in parsed.children(i + 1) if c.dep == "pobj"]
            if obj:
                span = parsed.subtree(obj[0].i)
                first, last = parsed.tokens[span[0]], parsed.tokens[span[-1]]
                return parsed.text[first.idx:last.end]
    return None


def attribution_of(quotes: list[Quote], start: int, end: int, accorded: str | None) -> Attribution | None:
    """The attribution of an event whose trigger spans [start, end): the quote holding it."""
    quote = quote_around(quotes, start, end)
    if quote is not None:
        return Attribution(speaker=quote.speaker, cue=quote.cue, according_to=accorded)
    if accorded:
        return Attribution(speaker=None, cue="according to", according_to=accorded)
    return None
