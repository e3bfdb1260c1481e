"""Interview and debate transcripts: paragraphs that open with a speaker label ("SMITH: ...").

A transcript turn is verbatim speech whose speaker is written as a capitalised label
before a colon, with or without a quotation mark in front (articles that quote a
transcript open every paragraph with a mark). A text counts as a transcript only when
it has at least ``MIN_TURNS`` labelled paragraphs by at least two labels, one of which
speaks more than once: single labels such as "UPDATE:" or "BYLINE:" are not turns.
Unlabelled paragraphs that follow a turn and open with the same quotation mark continue it.

Kinds follow the quotation marks (a direct quote is words that open with a mark), and a
turn's words open with its label, not with a mark: turns are recorded as ``indirect``
with the label as speaker, although they are verbatim.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from dateline.quotes.speakers import Speaker
from dateline.records import Actor

MIN_TURNS = 3
TURN_KIND = "indirect"
# Capitalised labels that head news paragraphs but name no speaker.
NOT_SPEAKERS = frozenset({"UPDATE", "UPDATED", "EMAIL", "BYLINE", "EXCLUSIVE", "BREAKING", "WATCH",
                          "VIDEO", "PHOTO", "PHOTOS", "NOTE", "EDITOR'S NOTE", "CORRECTION", "SOURCE",
                          "READ", "RELATED", "LISTEN", "AUDIO", "LIVE", "ANALYSIS", "OPINION",
                          "TRANSCRIPT", "QUESTION", "ANSWER", "Q", "A"})
_MARKS = "\"“„«'‘"
_TURN = re.compile(r"[ \t]*(?P<mark>''|[\"“„«])?[ \t]*"
                   r"(?P<label>[A-Z][A-Z'’.\-]+(?:[ \t][A-Z][A-Z'’.\-]+){0,2}):[ \t]+(?P<rest>\S)")
_TRAILING = " \t\"”»'’"


@dataclass(frozen=True)
class Turn:
    """One transcript paragraph (or its continuation): content offsets and the labelled speaker."""

    start: int
    end: int
    speaker: Speaker


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def _content_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


def _speaker(label: str, start: int, actors: list[Actor]) -> Speaker:
    """The actor at the label, else the actor whose last name is the label's last word."""
    end = start + len(label)
    at = [a for a in actors if a.start < end and start < a.end]
    last = label.split()[-1].lower()
    named = [a for a in actors if a.text.split() and a.text.split()[-1].lower().strip(".,") == last]
    actor = (at or named or [None])[0]
    return Speaker(actor, label, start, end)


def find_turns(text: str, actors: list[Actor]) -> list[Turn]:
    """The turns of a transcript in ``text``, or nothing when the text is not one."""
    labelled: list[tuple[int, int, re.Match[str]]] = []
    paragraphs = _paragraphs(text)
    for start, end in paragraphs:
        match = _TURN.match(text, start, end)
        if match and match.group("label").strip(".") not in NOT_SPEAKERS:
            labelled.append((start, end, match))
    counts = Counter(m.group("label") for _, _, m in labelled)
    if len(labelled) < MIN_TURNS or len(counts) < 2 or counts.most_common(1)[0][1] < 2:
        return []
    by_start = {start: match for start, _, match in labelled}
    turns: list[Turn] = []
    current: tuple[Speaker, str | None] | None = None
    for start, end in paragraphs:
        match = by_start.get(start)
        if match is not None:
            speaker = _speaker(match.group("label"), match.start("label"), actors)
            current = (speaker, match.group("mark"))
            content_start = match.start("rest")
        elif current is not None and current[1] and text[start:end].lstrip().startswith(current[1]):
            content_start = text.index(current[1], start) + len(current[1])  # the turn goes on
        else:
            current = None
            continue
        content_end = _content_end(text, content_start, end)
        if content_end > content_start and not text[content_start:content_end].startswith("("):
            turns.append(Turn(content_start, content_end, current[0]))
    return turns
