"""Readers for the ConfliBERT CAMEO sets: the 5-class sentence file and the argument (NER) file.

Class file: one sentence per line, ``sentence<TAB>label`` with label 0 statement,
1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
conflict (a ``label<TAB>sentence`` line and a header line are tolerated).

Argument file: one ``token TAG`` per line, a blank line between sentences; tags
are B-/I- with S (source), T (target) or R (reciprocal participant: both sides of
a meeting or talks), O otherwise. The file holds tokens only, so the sentence
text is rebuilt: when the original sentences are given (``texts``, e.g. the class
file's), each token sequence is aligned to its sentence and offsets point into
the real text; otherwise the tokens are joined with English spacing rules.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from ...records import Span
from ..gold import ArgumentSentence, LabelledSentence

LABELS = {0: "statement", 1: "verbal cooperation", 2: "material cooperation",
          3: "verbal conflict", 4: "material conflict"}

# CAMEO roots this set's labels class otherwise than GDELT's quad class does (which our
# records and exports keep). Its annotators put "reduce relations" (16: sanctions
# imposed, aid suspended or cut, envoys and aid workers expelled) under verbal
# conflict: in the train file, 50 of the 51 sentences whose act is a sanction, a
# suspension of aid or an expulsion carry label 3. Scoring our GDELT class against it
# would count a right code as a wrong class. Appeals (02: urging, calling on, asking
# someone to act) are a statement (label 0) to them, as in schemes that keep CAMEO's
# first two roots apart as the neutral verbal class: of the train file's sentences whose
# main act we code as an appeal, 54 carry label 0, 8 label 3 and none label 1.
ROOT_CLASSES = {"02": 0, "16": 3}

# Tokens written without a space before them, and after them.
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't",
                    "'m", "'re", "'ve", "'ll", "'d", "''", "’s", "ʼs"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}
# Characters treated as the same when aligning tokens to the original text.
_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"',
                       "–": "-", "—": "-", "\u00a0": " "})


def read_conflibert_classes(path: str | Path) -> Iterator[LabelledSentence]:
    """Yield the labelled sentences of the ConfliBERT 5-class TSV file."""
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            line = line.rstrip("\r\n")
            if not line.strip() or "\t" not in line:
                continue
            text, label = line.rsplit("\t", 1)
            if not label.strip().isdigit():
                # Tolerate the label in the first column.
                label, text = line.split("\t", 1)
                if not label.strip().isdigit():
                    continue  # a header row
            yield LabelledSentence(id=f"line-{number}", text=text.strip(), label=int(label))


def _ascii_key(text: str) -> str:
    """Letters and digits only, accents folded: a key that survives re-tokenisation."""
    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in folded if c.isascii() and c.isalnum())


def _detokenise(words: list[str]) -> tuple[str, list[Span]]:
    """Join tokens with English spacing; return the text and each token's span."""
    parts: list[str] = []
    spans: list[Span] = []
    position = 0
    open_double_quote = False
    glue_next = True
    for word in words:
        glue = glue_next or word in _NO_SPACE_BEFORE
        if word == '"':
            # A straight quote closes when one is open, else opens.
            glue = glue_next or open_double_quote
            open_double_quote = not open_double_quote
            glue_next = open_double_quote
        else:
            glue_next = word in _NO_SPACE_AFTER
        if not glue:
            parts.append(" ")
            position += 1
        spans.append(Span(word, position, position + len(word)))
        parts.append(word)
        position += len(word)
    return "".join(parts), spans


def _align(words: list[str], text: str) -> list[Span] | None:
    """Offsets of each token in ``text`` (in order, whitespace between); None if they do not fit."""
    folded = text.translate(_FOLD)
    spans = []
    cursor = 0
    for word in words:
        while cursor < len(folded) and folded[cursor].isspace():
            cursor += 1
        target = word.translate(_FOLD)
        if folded[cursor:cursor + len(target)] != target:
            return None
        spans.append(Span(text[cursor:cursor + len(target)], cursor, cursor + len(target)))
        cursor += len(target)
    return spans if not folded[cursor:].strip() else None


def _spans_of(tags: list[str], tokens: list[Span], text: str, role: str) -> list[Span]:
    """Character spans of the B-/I- runs of one role letter (an I- with no B- starts a run)."""
    spans: list[Span] = []
    start = end = None
    for tag, token in zip(tags, tokens):
        prefix, _, letter = tag.partition("-")
        if letter == role and prefix == "I" and start is not None:
            end = token.end
            continue
        if start is not None:
            spans.append(Span(text[start:end], start, end))
            start = None
        if letter == role:
            start, end = token.start, token.end
    if start is not None:
        spans.append(Span(text[start:end], start, end))
    return spans


def _sentences(path: str | Path) -> Iterator[tuple[int, list[str], list[str]]]:
    words: list[str] = []
    tags: list[str] = []
    first_line = 1
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            fields = line.split()
            if not fields:
                if words:
                    yield first_line, words, tags
                words, tags = [], []
                first_line = number + 1
                continue
            if len(fields) == 1:
                fields.append("O")
            words.append(" ".join(fields[:-1]))
            tags.append(fields[-1].upper())
    if words:
        yield first_line, words, tags


def read_conflibert_ner(path: str | Path,
                        texts: Iterable[str] | None = None) -> Iterator[ArgumentSentence]:
    """Yield sentences with gold source, target and reciprocal spans from the ConfliBERT NER file."""
    originals: dict[str, str] = {}
    for text in texts or ():
        originals.setdefault(_ascii_key(text), text)
    for line, words, tags in _sentences(path):
        tokens = None
        original = originals.get(_ascii_key("".join(words)))
        if original is not None:
            tokens = _align(words, original)
        aligned = tokens is not None
        if tokens is None:
            original, tokens = _detokenise(words)
        yield ArgumentSentence(
            id=f"line-{line}",
            text=original,
            tokens=tokens,
            sources=_spans_of(tags, tokens, original, "S"),
            targets=_spans_of(tags, tokens, original, "T"),
            reciprocal=_spans_of(tags, tokens, original, "R"),
            aligned=aligned,
        )
