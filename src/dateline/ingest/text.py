"""Plain-text articles: one file (or stdin) is one document."""

from __future__ import annotations

from collections.abc import Iterator

from ..records import Document, Rejection, document_id, input_id
from .files import STDIN, read_input_text


def read_text(path: str) -> Iterator[Document | Rejection]:
    """Yield the one Document of a text file, or its Rejection."""
    text = read_input_text(path)
    if isinstance(text, Rejection):
        yield text
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path == STDIN:
        yield Document(id=document_id(None, text), text=text, source_path="<stdin>")
    else:
        yield Document(id=input_id(path), text=text, source_path=path)
