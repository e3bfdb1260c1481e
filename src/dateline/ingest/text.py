"""Plain-text articles: one file (or stdin) is one document."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..records import Document, Rejection, document_id, input_id
from .files import STDIN, decode_utf8, reject
from .streams import MAX_DOCUMENT_BYTES, read_limited


def read_text(path: str, stream: BinaryIO) -> Iterator[Document | Rejection]:
    """Yield the one Document of a text file, or its Rejection."""
    data, oversize = read_limited(stream, MAX_DOCUMENT_BYTES)
    if oversize is not None:
        yield reject(path, "E112", size=oversize, limit=MAX_DOCUMENT_BYTES)
        return
    text = decode_utf8(path, data)
    if isinstance(text, Rejection):
        yield text
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path == STDIN:
        yield Document(id=document_id(None, text), text=text, source_path="<stdin>")
    else:
        yield Document(id=input_id(path), text=text, source_path=path)
