"""Plain-text articles: one file (or stdin) is one document."""

from __future__ import annotations

from collections.abc import Iterator

from ..records import Document, Rejection, document_id
from .files import STDIN, decode, read_bytes


def read_text(path: str) -> Iterator[Document | Rejection]:
    """Yield the one Document of a text file, or its Rejection."""
    data = read_bytes(path)
    if isinstance(data, Rejection):
        yield data
        return
    text = decode(path, data)
    if isinstance(text, Rejection):
        yield text
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    yield Document(id=document_id(None, text), text=text,
                   source_path="<stdin>" if path == STDIN else path)
