"""A paragraph break ends a sentence.

The parser finds sentence boundaries by itself and now and then runs one sentence into
the next paragraph ("... surrender their weapons.\nRebels turned back a patrol"), and
then the parse of both goes wrong. The clean stage joins hard-wrapped lines and leaves
one line break between paragraphs, and no sentence of news copy runs across paragraphs:
the token after a line break is marked as starting a sentence before the parser runs
(spaCy's parser keeps boundaries set before it).
"""

from __future__ import annotations

from typing import Any

COMPONENT = "dateline_paragraphs"


def mark_paragraphs(doc: Any) -> Any:
    """Mark the first token after each line break as a sentence start."""
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if not tok.is_space and "\n" in (before.text_with_ws if before.is_space else before.whitespace_):
            tok.is_sent_start = True
    return doc


def add_paragraph_breaks(nlp: Any) -> None:
    """Put the component before the parser (once)."""
    from spacy.language import Language

    if COMPONENT not in Language.factories:
        Language.component(COMPONENT, func=mark_paragraphs)
    if COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
