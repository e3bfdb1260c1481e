"""Plain-text articles: one file (or stdin) is one document."""

from __future__ import annotations

import json
import re
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
    kind = _not_prose(text)
    if kind is not None:
        yield reject(path, "E120", fmt="text", detail=f"the content is {kind}, not article text")
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path == STDIN:
        yield Document(id=document_id(None, text), text=text, source_path="<stdin>")
    else:
        yield Document(id=input_id(path), text=text, source_path=path)


# Markup that is not a page or a feed: an XML declaration, or a first element that closes
# or nests (a sentence rarely starts with "<word ...>").
_MARKUP = re.compile(r"^\s*<(?:\?xml|!DOCTYPE|[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>)")


def _not_prose(text: str) -> str | None:
    """What a text file holds when it is not article text (JSON, XML), else None: such
    content coded as prose would give events made of braces and tags."""
    head = text.lstrip()[:1]
    if head in ("{", "["):
        try:
            json.loads(text)
            return "a JSON document (give JSON lines, one object a line, named .jsonl)"
        except ValueError:
            pass
    if head == "<" and _MARKUP.match(text):
        return "XML markup"
    return None
