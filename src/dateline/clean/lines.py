"""Hard-wrapped lines joined back into paragraphs.

Wire copy, e-mail and many text exports break lines at a fixed width, so a sentence runs
over two lines ("... were killed in" / "shelling near the border ..."). Read line by
line, its first half would pass for a headline and be set apart from the body. A line
runs on into the next when it does not end like a sentence and either ends where no
sentence or headline can (a comma, a hyphen, a preposition, article, conjunction or
auxiliary) or, being as long as a wrapped line is, is followed by one opening in lower
case.
"""

from __future__ import annotations

import re

# A line broken at a fixed width holds at least this many words (wire copy: 10-14).
MIN_WRAPPED_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$|[\"”»]$")
_BROKEN = re.compile(r"(,|\w[-–])$")  # "..., the minister" / "a cease-"
_LAST_WORD = re.compile(r"(\w+)\W*$")
# Closed-class words that leave a clause unfinished.
_OPEN_ENDS = frozenset("""
a an the this that these those its their his her our your my
of in on at to for from with by into onto over under after before about against between
during through without within among across toward towards than as
and or but nor
is are was were be been being has have had will would shall should can could may might must
""".split())


def join_wrapped(lines: list[str]) -> list[str]:
    """The non-empty lines (stripped) with each hard-wrapped sentence joined back into one
    line; a blank line always ends a paragraph."""
    out: list[str] = []
    after_blank = True
    for line in lines:
        if not line:
            after_blank = True
            continue
        if not after_blank and _runs_on(out[-1], line):
            # a word broken at its hyphen is rejoined at it ("cease-" / "fire")
            out[-1] += line if out[-1][-1] in "-–" else f" {line}"
        else:
            out.append(line)
        after_blank = False
    return out


def _runs_on(line: str, following: str) -> bool:
    if _SENTENCE_END.search(line):
        return False
    if _BROKEN.search(line):
        return True
    if following[:1].islower() and len(line.split()) >= MIN_WRAPPED_WORDS:
        return True  # (a short line before one in lower case is more often a link)
    last = _LAST_WORD.search(line)
    return last is not None and last.group(1).lower() in _OPEN_ENDS and line[-1:].isalnum()
