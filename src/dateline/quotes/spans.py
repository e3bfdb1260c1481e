"""Finding quoted spans in text from quotation marks alone, balanced or not.

Marks are paired by their shape and by what stands on either side of them (a mark
with a space before and a letter after opens, a mark with a letter before and a
space or punctuation after closes), so straight marks, curly marks used the wrong
way round, and guillemets all work. Rules for unbalanced text:

- a quote left open at the end of a paragraph continues into the next paragraph
  when that paragraph starts with an opening mark of the same family (straight,
  typographic, or two apostrophes: the convention for quotes that run over several
  paragraphs), and otherwise ends at the paragraph end;
- inside a quote opened with straight marks, typographic marks “...” are a quote
  within the quote and do not close it;
- two apostrophes ('') count as one double mark (some archives write quotes that way);
- single marks count only outside double quotes, only when they close within the
  paragraph, and never when they are apostrophes (don't, Clintons').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
DOUBLE_EITHER = '"'
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
SINGLE_EITHER = "'"
QUOTE_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_EITHER + SINGLE_OPEN + SINGLE_CLOSE + SINGLE_EITHER

_OPENING_CONTEXT = " \t\n([{—–-/:;,"
_CLOSING_CONTEXT = " \t\n)]}.,;:!?—–-/…"


@dataclass(frozen=True)
class QuoteSpan:
    """Quoted words: ``start``/``end`` of the content (marks excluded) and of the marks."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    closed: bool
    close_width: int = 1

    @property
    def outer_end(self) -> int:
        """End of the span including the closing mark (content end when unclosed)."""
        return self.close_mark + self.close_width if self.close_mark is not None else self.end


def _before(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else "\n"


def _after(text: str, i: int, width: int = 1) -> str:
    return text[i + width] if i + width < len(text) else "\n"


def _can_open(text: str, i: int, width: int = 1) -> bool:
    after = _after(text, i, width)
    return (_before(text, i) in _OPENING_CONTEXT or _before(text, i) in QUOTE_MARKS) and not after.isspace()


def _can_close(text: str, i: int, width: int = 1) -> bool:
    before, after = _before(text, i), _after(text, i, width)
    return not before.isspace() and (after in _CLOSING_CONTEXT or after in QUOTE_MARKS)


def _double_role(text: str, i: int, width: int, is_open: bool) -> str | None:
    """'open', 'close', 'reopen' or None (ignore) for a double mark, given whether one is open."""
    mark = text[i]
    can_open, can_close = _can_open(text, i, width), _can_close(text, i, width)
    if mark in DOUBLE_OPEN:
        if is_open and can_close and not can_open:
            return "close"  # “...“ written with the wrong glyph
        return None if is_open else "open"
    if mark in DOUBLE_CLOSE:
        if not is_open and can_open and not can_close:
            return "open"  # ”...” as in Swedish/Finnish typography or a typo
        return "close" if is_open else None
    if is_open:
        return "close" if can_close or not can_open else "reopen"
    return "open" if can_open or not can_close else None


# A double mark or a newline; two apostrophes ('') are one mark, looked for first.
_DOUBLE_MARK = re.compile("''|[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_EITHER) + "\n]")


def _double_marks(text: str) -> list[tuple[int, int]]:
    """(position, width) of double marks and newlines; '' (two apostrophes) is one mark."""
    return [(m.start(), m.end() - m.start()) for m in _DOUBLE_MARK.finditer(text)]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _family(text: str, i: int) -> str:
    """The glyph family of the double mark at ``i``: straight, two apostrophes, or typographic."""
    if text[i:i + 2] == "''":
        return "''"
    return '"' if text[i] == '"' else "“"


def _next_paragraph_opens(text: str, newline: int, family: str) -> bool:
    """True when the next paragraph reopens the quote with a mark of the same family.

    A paragraph opening with another glyph ("Kevin said. / “Here he is,”" inside a block
    quoted with straight marks) starts a quote of its own, not a continuation.
    """
    j = newline + 1
    while j < len(text) and text[j] in " \t\n":
        j += 1
    if j >= len(text):
        return False
    if text[j:j + 2] == "''":
        return family == "''"
    opens = text[j] in DOUBLE_OPEN or (text[j] == '"' and _can_open(text, j))
    return opens and _family(text, j) == family


def _single_quotes(text: str, start: int, end: int) -> list[QuoteSpan]:
    """Single-mark quotes within one paragraph segment that holds no double quote."""
    spans, i = [], start
    while i < end:
        ch = text[i]
        if ch in SINGLE_OPEN + SINGLE_EITHER and _can_open(text, i) and not _before(text, i).isalnum() \
                and text[i + 1:i + 2] != "'" and _before(text, i) != "'":
            for j in range(i + 2, end):
                if text[j] in SINGLE_CLOSE + SINGLE_EITHER and _can_close(text, j) \
                        and not _after(text, j).isalnum():
                    a, b = _trimmed(text, i + 1, j)
                    if b > a:
                        spans.append(QuoteSpan(a, b, i, j, True))
                    i = j
                    break
        i += 1
    return spans


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """All quoted spans of ``text`` in order; never raises, whatever the marks."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    open_width = 1
    nested = False  # inside “...” within a quote opened with straight marks
    segment_start = 0  # start of the text outside double quotes, for single-mark quotes
    for i, width in _double_marks(text):
        if text[i] == "\n":
            nested = False
            if open_at is not None and not _next_paragraph_opens(text, i, _family(text, open_at)):
                _add(spans, text, open_at, open_width, i, None)
                open_at, segment_start = None, i
            elif open_at is None:
                spans.extend(_single_quotes(text, segment_start, i))
                segment_start = i
            continue
        if open_at is not None and text.rfind("\n", open_at, i) != -1 and _is_paragraph_start(text, i):
            continue  # the opening mark that carries a quote on into a new paragraph
        if open_at is not None and _family(text, open_at) != "“":
            # "He called it “a farce,” she said.": typographic marks inside straight ones nest
            if text[i] in DOUBLE_OPEN and _can_open(text, i, width):
                nested = True
                continue
            if nested and text[i] in DOUBLE_CLOSE:
                nested = False
                continue
        role = _double_role(text, i, width, open_at is not None)
        if role == "open":
            spans.extend(_single_quotes(text, segment_start, i))
            open_at, open_width = i, width
        elif role == "close" and open_at is not None:
            _add(spans, text, open_at, open_width, i, i, width)
            open_at, segment_start = None, i + width
        elif role == "reopen" and open_at is not None:
            _add(spans, text, open_at, open_width, i, None)
            open_at, open_width = i, width
    if open_at is not None:
        _add(spans, text, open_at, open_width, len(text), None)
    else:
        spans.extend(_single_quotes(text, segment_start, len(text)))
    return sorted(spans, key=lambda s: s.start)


def _is_paragraph_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


def _add(spans: list[QuoteSpan], text: str, open_mark: int, open_width: int, end: int,
         close_mark: int | None, close_width: int = 1) -> None:
    start, stop = _trimmed(text, open_mark + open_width, end)
    if stop > start:
        spans.append(QuoteSpan(start, stop, open_mark, close_mark, close_mark is not None, close_width))
