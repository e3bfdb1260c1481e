"""Direct and partial quotes: spans from quotation marks, cue and speaker from the parse."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from dateline.nlp.parsed import Parsed
from dateline.quotes.cues import Cue
from dateline.quotes.spans import QUOTE_MARKS, QuoteSpan, find_quote_spans
from dateline.quotes.speakers import Speaker, cue_at, find_speaker, subject_of
from dateline.records import Actor

# A quote in quotation marks that no cue claims is kept only when it is at least this
# long: shorter unattributed quotes are titles, nicknames and scare quotes.
MIN_UNATTRIBUTED_WORDS = 5
# "“A,” said the former minister of defence, “B”": how far (in characters) B may start after
# A's closing mark and still continue it; room for a cue and a named, titled speaker.
MAX_CUE_GAP = 90
# A quote standing alone borrows the speaker of a quote at most this many paragraphs away.
MAX_INHERIT_PARAGRAPHS = 1


# Words after which a quotation, even a whole sentence, continues the reporter's own clause:
# complementizers and subordinators ("tweeted that, “...”", "a problem because, “...”") and
# "such as", "like", "including" introducing an example of what was said.
EMBEDDING_WORDS = frozenset({"that", "because", "since", "although", "though", "whether", "if",
                             "unless", "as", "like", "than", "while", "whereas", "including"})

# "“A,” he said, but “b”": conjunctions that resume a speech after its cue.
RESUMING_CONJUNCTIONS = frozenset({"but", "and"})

# A lowercase quote right after a speech verb must have this many words to be its whole clause.
MIN_CLAUSE_WORDS = 3

# "“...” ― Jane Doe": a dash and a capitalised name right after the closing mark.
# Spaces may be no-break spaces ("―\u00a0Jane Doe").
_SIGNATURE = re.compile(r"[^\S\n]*[―—–-][^\S\n]*((?:[A-Z][\w.'’-]*[^\S\n]?){1,5})[^\S\n]*(?:,|\n|$)")


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


def paragraph_starts(text: str) -> list[int]:
    """Character offsets where each paragraph of ``text`` starts (blank lines are no paragraph)."""
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    kept = [s for k, s in enumerate(starts)
            if text[s:(starts[k + 1] if k + 1 < len(starts) else len(text))].strip()]
    return kept or [0]


def _token_at(token_starts: list[int], char: int) -> int | None:
    k = bisect.bisect_right(token_starts, char) - 1
    return k if 0 <= k < len(token_starts) else None


def _kind(text: str, span: QuoteSpan, paragraph_start: int, previous: QuoteSpan | None,
          after_cue: bool = False, previous_direct: bool = False) -> str:
    """direct, or partial for a phrase quoted inside the reporting sentence.

    A quote after "“A,” he said, " continues the quote before it, so it is direct too;
    a quote after a conjunction ("said that, “...”", "because, “...”") is part of the
    reporter's clause, so it is partial even when it is a whole sentence.
    """
    j = span.open_mark - 1
    while j >= paragraph_start and text[j].isspace():  # no-break spaces too
        j -= 1
    before = text[j] if j >= paragraph_start else ""
    if before in ",:" and _word_before(text, j, paragraph_start) in EMBEDDING_WORDS:
        return "partial"
    content = text[span.start:span.end]
    # "“A.” “B.”" is two quotes of speech; a lowercase quote right after another one's closing
    # mark ("called it “unfair,” “costly”") goes on with a list of quoted phrases
    if before == "" or before in ":.!?" or (before in QUOTE_MARKS and not _continues_phrases(content)):
        return "direct"
    long_or_ended = len(content.split()) >= 6 or content.rstrip(",”\"'")[-1:] in ".!?"
    # "she says, “Don't,”", "he declared “We will win.”" and "she says “we worked hard.”":
    # a speech verb introduces a quote that is its whole complement, to the sentence end
    if after_cue and (before == "," or content[:1].isupper() and long_or_ended
                      or len(content.split()) >= MIN_CLAUSE_WORDS and _ends_sentence(text, span)):
        return "direct"
    # with no cue next to it, a capitalised word or two after a comma is a name ("his show,
    # “Crossfire.”"), not a sentence of speech
    full_sentence = content[:1].isupper() and long_or_ended and len(content.split()) >= MIN_CLAUSE_WORDS
    if before in ",;—–-(" and full_sentence:
        return "direct"
    if before in ",:" and previous is not None and paragraph_start <= previous.outer_end \
            and j - previous.outer_end <= MAX_CUE_GAP and _ends_with_continuation(text, previous):
        return "direct"
    # "“A,” he said, but “b ...”": the reporter's conjunction between two halves of one speech
    conjunction = _word_before(text, j + 1, paragraph_start)
    if conjunction in RESUMING_CONJUNCTIONS and previous is not None and previous_direct \
            and paragraph_start <= previous.outer_end:
        k = j + 1 - len(conjunction) - 1
        while k >= paragraph_start and text[k].isspace():
            k -= 1
        if k >= paragraph_start and text[k] == "," and k - previous.outer_end <= MAX_CUE_GAP \
                and _ends_with_continuation(text, previous):
            return "direct"
    return "partial"


def _continues_phrases(content: str) -> bool:
    """True for a quote that opens in lowercase: the rest of a sentence, not a new one."""
    first = content.lstrip(" .…'\"‘“")[:1]
    return first.islower()


def _ends_sentence(text: str, span: QuoteSpan) -> bool:
    """True when the sentence ends with the quote (inside or right after the closing mark)."""
    if text[span.start:span.end].rstrip()[-1:] in ".!?":
        return True
    after = text[span.outer_end:span.outer_end + 3].lstrip(" \t")
    return after[:1] in ("", ".", "!", "?", "\n")


def _word_before(text: str, j: int, paragraph_start: int) -> str:
    """The lowercased word that ends just before position ``j`` (a comma or colon)."""
    k = j
    while k > paragraph_start and text[k - 1].isspace():
        k -= 1
    start = k
    while start > paragraph_start and (text[start - 1].isalpha() or text[start - 1] in "'’"):
        start -= 1
    return text[start:k].lower()


def _after_cue(parsed: Parsed, token_starts: list[int], span: QuoteSpan) -> bool:
    """True when a speech verb stands right before the opening mark (a comma may come between)."""
    k = _token_at(token_starts, span.open_mark - 1)
    if k is None or parsed.tokens[k].end > span.open_mark:
        return False
    if parsed.tokens[k].text in (",", ":") and k > 0:
        k -= 1
    cue = cue_at(parsed, k)
    return cue is not None and cue.direct and parsed.tokens[k].pos == "VERB"


# A reported clause between the cue and the quote must have this many words to count.
MIN_REPORTED_WORDS = 3


def _completes_report(parsed: Parsed, cue_token: int, span: QuoteSpan) -> bool:
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


def _finishes_reporters_sentence(parsed: Parsed, cue: int, speaker: Speaker | None, span: QuoteSpan,
                                 inside: list[tuple[int, int]], paragraph_start: int) -> bool:
    """True for "It was, the mayor said, “a long night.”": a lowercase quote after a cue in mid-sentence.

    Speech quoted whole opens with a capital; a lowercase quote after "X said," finishes a
    sentence the reporter began in their own words before the frame, so it is partial.
    When only another quote stands before the frame ("“Sadly,” she said, “the bridge
    closes.”") the sentence is the speaker's, and the quote stays direct.
    """
    if not _continues_phrases(parsed.text[span.start:span.end]):
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


def _ends_with_continuation(text: str, previous: QuoteSpan) -> bool:
    """True when the quote before closed on a comma, "?" or "!" ("“A,” he said, “b ...”")."""
    return text[previous.start:previous.end].rstrip()[-1:] in (",", "?", "!")


def _standalone(text: str, span: QuoteSpan, starts: list[int], paragraph: int) -> bool:
    """True when the paragraph holds nothing but the quote (and punctuation)."""
    p_start = starts[paragraph]
    p_end = text.find("\n", span.outer_end)
    p_end = len(text) if p_end == -1 else p_end
    rest = text[p_start:span.open_mark] + text[span.outer_end:p_end]
    return not any(ch.isalnum() for ch in rest)


def _frame(parsed: Parsed, token_starts: list[int], span: QuoteSpan, inside: list[tuple[int, int]],
           text: str) -> list[int]:
    """Tokens outside quotes in the sentences the quote touches (same paragraphs)."""
    first = _token_at(token_starts, span.open_mark)
    last = _token_at(token_starts, max(span.open_mark, span.outer_end - 1))
    if first is None or last is None:
        return []
    s_first, s_last = parsed.tokens[first].sent, parsed.tokens[last].sent
    lo = text.rfind("\n", 0, span.open_mark) + 1
    hi = text.find("\n", span.outer_end)
    hi = len(text) if hi == -1 else hi
    following = _token_at(token_starts, span.outer_end)
    if following is not None and following + 1 < len(parsed.tokens) \
            and parsed.tokens[following].idx < span.outer_end:
        following += 1
    if following is not None and parsed.tokens[following].idx < hi:
        # '“Why?” Clinton said.' is often split after the question mark
        s_last = max(s_last, parsed.tokens[following].sent)
    previous_end = len(text[:lo].rstrip())
    if lo and text[:previous_end].endswith(":"):
        lo = text.rfind("\n", 0, previous_end) + 1  # "Kirby said:" closing the paragraph before
        s_first = parsed.tokens[_token_at(token_starts, lo) or 0].sent
    frame = []
    for s in range(s_first, s_last + 1):
        sentence = parsed.sentences[s]
        for k in range(sentence.start, sentence.end):
            idx = parsed.tokens[k].idx
            if lo <= idx < hi and not any(a <= idx < b for a, b in inside):
                frame.append(k)
    return frame


def _pick_cue(parsed: Parsed, frame: list[int], span: QuoteSpan, kind: str,
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


def _signed(text: str, span: QuoteSpan, actors: list[Actor]) -> Speaker | None:
    """The name after a dash that signs a quote: “...” ― Jane Doe."""
    match = _SIGNATURE.match(text, span.outer_end)
    if not match:
        return None
    start, end = match.start(1), match.end(1)
    actor = next((a for a in actors if start <= a.start < end), None)
    return Speaker(actor, text[start:end], start, end)


def find_direct(text: str, parsed: Parsed, actors: list[Actor]) -> list[Found]:
    """Direct and partial quotes of ``text`` with their cue and speaker where the parse shows them."""
    spans = find_quote_spans(text)
    starts = paragraph_starts(text)
    inside = [(s.open_mark, s.outer_end) for s in spans]
    token_starts = [t.idx for t in parsed.tokens]
    found = []
    previous: QuoteSpan | None = None
    for span in spans:
        if is_title(text[span.start:span.end]):
            continue  # a quoted headline or book title, not speech
        paragraph = bisect.bisect_right(starts, span.open_mark) - 1
        kind = _kind(text, span, starts[paragraph], previous,
                     _after_cue(parsed, token_starts, span) if parsed.tokens else False,
                     bool(found) and found[-1].kind == "direct")
        previous = span
        frame = _frame(parsed, token_starts, span, inside, text) if parsed.tokens else []
        cue_token = _pick_cue(parsed, frame, span, kind, inside)
        if kind == "direct" and cue_token is not None and _completes_report(parsed, cue_token, span):
            kind = "partial"
        cue = cue_at(parsed, cue_token) if cue_token is not None else None
        speaker = find_speaker(parsed, actors, cue_token, cue, inside) if cue is not None else None
        if speaker is None and span.closed:
            speaker = _signed(text, span, actors)
        if kind == "direct" and cue_token is not None and _finishes_reporters_sentence(
                parsed, cue_token, speaker, span, inside, starts[paragraph]):
            kind = "partial"
        found.append(Found(span.start, span.end, kind, cue, cue_token, speaker, paragraph,
                           _standalone(text, span, starts, paragraph)))
    return _keep_attributed(_inherit(found), text)


# Short words that stay lowercase inside titles ("Legend in the Coal Fields").
TITLE_SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for",
                     "by", "with", "from", "as", "vs", "is", "are", "be"}
MAX_TITLE_WORDS = 8


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


def _inherit(found: list[Found]) -> list[Found]:
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
            out[i] = replace(quote, cue=donor.cue, speaker=donor.speaker, kind=kind)
        elif after:
            out[i] = replace(quote, cue=after[0].cue, speaker=after[0].speaker)
    return out


def _keep_attributed(found: list[Found], text: str) -> list[Found]:
    keep = []
    for quote in found:
        if quote.cue is not None or quote.speaker is not None:
            keep.append(quote)
        elif quote.kind == "direct" and len(text[quote.start:quote.end].split()) >= MIN_UNATTRIBUTED_WORDS:
            keep.append(quote)
    return keep
