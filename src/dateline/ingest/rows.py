"""A record with named fields (a JSON object, a CSV row) as a Document.

Field names come from the Config so users can map their own data. An input ``id`` is
kept as the Document id, so results join back to the user's rows; a row without one is
known by its URL, else by its file and line.
"""

from __future__ import annotations

from typing import Any

from ..config import Config
from ..records import Document, Rejection, document_id, input_id, stable_id
from .files import STDIN, reject


def row_document(path: str, line: int, row: dict[str, Any], config: Config,
                 missing_code: str = "E106") -> Document | Rejection:
    """The Document of one row, or the Rejection saying which field is missing."""
    body = row.get(config.text_field)
    if not isinstance(body, str) or not body.strip():
        return reject(path, missing_code, line=line, field=config.text_field)

    def text_of(name: str) -> str | None:
        value = row.get(name)
        return None if value is None or value == "" else str(value)

    url = text_of(config.url_field)
    body = body.replace("\r\n", "\n")
    return Document(
        id=text_of(config.id_field) or _default_id(path, line, url, body),
        text=body,
        url=url,
        outlet=text_of(config.outlet_field),
        title=text_of(config.title_field),
        published=text_of(config.published_field),
        source_path=f"{path}:{line}",
    )


def _default_id(path: str, line: int, url: str | None, body: str) -> str:
    """A row without an id is known by its URL, else by its file and line (stdin: its text)."""
    if url:
        return stable_id(url)
    return document_id(None, body) if path == STDIN else input_id(path, line)
