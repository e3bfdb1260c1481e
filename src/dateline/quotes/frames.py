"""Where a quotation's cue is: the frame of words around it and the speech verb in it.

The frame is the words outside quotation marks in the sentences the quotation touches
(same paragraphs). The cue is the speech verb in the frame nearest the quotation that
can frame it; a partial quote's cue comes before it (or right after it, with only its
speaker between).
"""

from __future__ import annotations

import bisect

from ..nlp import Parsed
from .kinds import MAX_CUE_GAP, continues_phrases
from .spans import QuoteSpan
from .speakers import Speaker, cue_at, subject_of

# A reported clause between the cue and the quote must have this many words to count.
MIN_REPORTED_WORDS = 3


def token_at(token_starts: list[int], char: int) -> int | None:
    k = bisect.bisect_right(token_starts, char) - 1
    return k if 0 <= k < len(token_starts) else None


def after_cue(parsed: Parsed, token_starts: list[int], span: QuoteSpan) -> bool:
    """True when a speech verb stands right before the opening mark (a comma may come between)."""
    k = token_at(token_starts, span.open_mark - 1)
    if k is None or parsed.tokens[k].end > span.open_mark:
        return False
    if parsed.tokens[k].text in (",", ":") and k > 0:
        k -= 1
    cue = cue_at(parsed, k)
    return cue is not None and cue.direct and parsed.tokens[k].pos == "VERB"


def completes_report(parsed: Parsed, cue_token: int, span: QuoteSpan) -> bool:
    """True when the cue's reported clause stands before the quote, which completes it.

    "She said she has one quality for the job: “Steadiness.”": the quote is the end of the
    reported clause "she has ...", so it is a partial quote inside indirect speech.
    """
    tokens = parsed.tokens
    if tokens[cue_token].idx > span.open_mark:
        return False
    for child in parsed.children(cue_token):
        if child.dep != "ccomp" or child.idx < tokens[cue_token].idx:
            continue
        # the parser may hang the quote itself under the clause: count the words before it
        words = [j for j in parsed.subtree(child.i)
                 if tokens[j].pos not in ("PUNCT", "SPACE") and tokens[j].end <= span.open_mark]
        if child.end <= span.open_mark and len(words) >= MIN_REPORTED_WORDS:
            return True
    return False


def finishes_reporters_sentence(parsed: Parsed, cue: int, speaker: Speaker | None, span: QuoteSpan,
                                 inside: list[tuple[int, int]], paragraph_start: int) -> bool:
    """True for "It was, the mayor said, “a long night.”": a lowercase quote after a cue in mid-sentence.

    Speech quoted whole opens with a capital; a lowercase quote after "X said," finishes a
    sentence the reporter began in their own words before the frame, so it is partial.
    When only another quote stands before the frame ("“Sadly,” she said, “the bridge
    closes.”") the sentence is the speaker's, and the quote stays direct.
    """
    if not continues_phrases(parsed.text[span.start:span.end]):
        return False
    cue_token = parsed.tokens[cue]
    if cue_token.idx > span.open_mark:
        return False
    frame_start = cue_token.idx
    if speaker is not None and speaker.start is not None and speaker.start < frame_start:
        frame_start = speaker.start
    sentence = parsed.sentences[cue_token.sent]
    start = max(paragraph_start, parsed.tokens[sentence.start].idx)
    words = [t for t in parsed.tokens[sentence.start:cue]
             if start <= t.idx and t.end <= frame_start and t.text[:1].isalnum()
             and not any(a <= t.idx < b for a, b in inside)]
    return bool(words)


def frame(parsed: Parsed, token_starts: list[int], span: QuoteSpan, inside: list[tuple[int, int]],
           text: str) -> list[int]:
    """Tokens outside quotes in the sentences the quote touches (same paragraphs)."""
    first = token_at(token_starts, span.open_mark)
    last = token_at(token_starts, max(span.open_mark, span.outer_end - 1))
    if first is None or last is None:
        return []
    s_first, s_last = parsed.tokens[first].sent, parsed.tokens[last].sent
    lo = text.rfind("\n", 0, span.open_mark) + 1
    hi = text.find("\n", span.outer_end)
    hi = len(text) if hi == -1 else hi
    following = token_at(token_starts, span.outer_end)
    if following is not None and following + 1 < len(parsed.tokens) \
            and parsed.tokens[following].idx < span.outer_end:
        following += 1
    if following is not None and parsed.tokens[following].idx < hi:
        # '“Why?” Clinton said.' is often split after the question mark
        s_last = max(s_last, parsed.tokens[following].sent)
    previous_end = len(text[:lo].rstrip())
    if lo and text[:previous_end].endswith(":"):
        lo = text.rfind("\n", 0, previous_end) + 1  # "Kirby said:" closing the paragraph before
        s_first = parsed.tokens[token_at(token_starts, lo) or 0].sent
    frame = []
    for s in range(s_first, s_last + 1):
        sentence = parsed.sentences[s]
        for k in range(sentence.start, sentence.end):
            idx = parsed.tokens[k].idx
            if lo <= idx < hi and not any(a <= idx < b for a, b in inside):
                frame.append(k)
    return frame


def pick_cue(parsed: Parsed, frame: list[int], span: QuoteSpan, kind: str,
              inside: list[tuple[int, int]]) -> int | None:
    """The cue in the frame nearest the quote; a partial quote's cue must come before it."""
    best, best_distance = None, None
    for k in frame:
        cue = cue_at(parsed, k)
        if cue is None or not cue.direct:
            continue
        token = parsed.tokens[k]
        if kind == "partial" and token.idx > span.open_mark and not _frame_follows(parsed, k, span):
            continue
        if token.idx > span.open_mark and _reports_own_clause(parsed, k, span, inside):
            continue
        distance = span.open_mark - token.end if token.idx < span.open_mark else token.idx - span.outer_end
        # a cue that has a subject or follows the quote is the usual layout; others break ties
        if subject_of(parsed, k, inside) is None and token.idx < span.open_mark \
                and cue.lemma != "according to":
            distance += 1000
        if best_distance is None or distance < best_distance:
            best, best_distance = k, distance
    return best


def _reports_own_clause(parsed: Parsed, cue: int, span: QuoteSpan, inside: list[tuple[int, int]]) -> bool:
    """True when a cue after a quote governs a clause of its own after it, and nothing in the quote.

    In "... on the show “Politics.” Later he said he had doubts." the cue reports "he had
    doubts": its content is there, so the quote before it is not what it frames. When the
    parse hangs the quote under the cue ("“It's over,” she said of the race, ...") the cue
    is the quote's whatever else it governs.
    """
    children = parsed.children(cue)
    if any(span.open_mark <= c.idx < span.outer_end for c in children):
        return False
    cue_char = parsed.tokens[cue].idx
    return any(c.dep == "ccomp" and c.idx > cue_char and not any(a <= c.idx < b for a, b in inside)
               for c in children)


def _frame_follows(parsed: Parsed, cue: int, span: QuoteSpan) -> bool:
    """True for "The talks were “a waste,” she said.": the cue and its subject right after the mark.

    A quoted phrase that closes on a comma before its frame belongs to that frame even when
    it is partial; a cue further on, past other words, is another clause's.
    """
    text = parsed.text
    if text[span.start:span.end].rstrip()[-1:] != "," and text[span.outer_end:span.outer_end + 1] != ",":
        return False
    between = [t for t in parsed.tokens[:cue] if t.idx >= span.outer_end and t.pos not in ("PUNCT", "SPACE")]
    subject = subject_of(parsed, cue)
    # nothing but the speaker between: "..., she said" or "..., said she"
    return all(subject is not None and t.i in parsed.subtree(subject) for t in between) \
        and parsed.tokens[cue].idx - span.outer_end <= MAX_CUE_GAP
