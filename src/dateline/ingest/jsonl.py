"""JSON lines: one article per line (id, url, title, published, outlet, text).

Field names come from the Config so users can map their own data. An input
``id`` is kept as the Document id, so results join back to the user's rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..config import Config
from ..records import Document, Rejection, document_id, input_id, stable_id
from .files import STDIN, read_input_text, reject


def read_jsonl(path: str, config: Config) -> Iterator[Document | Rejection]:
    """Yield one Document per line; a bad line is a Rejection, the rest go on."""
    text = read_input_text(path)
    if isinstance(text, Rejection):
        yield text
        return
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield _document(path, number, line, config)


def _document(path: str, number: int, line: str, config: Config) -> Document | Rejection:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return reject(path, "E105", line=number, detail=exc.msg)
    if not isinstance(row, dict):
        return reject(path, "E108", line=number, kind=type(row).__name__)
    body = row.get(config.text_field)
    if not isinstance(body, str) or not body.strip():
        return reject(path, "E106", line=number, field=config.text_field)

    def text_of(name: str) -> str | None:
        value = row.get(name)
        return None if value is None else str(value)

    url = text_of(config.url_field)
    body = body.replace("\r\n", "\n")
    return Document(
        id=text_of(config.id_field) or _default_id(path, number, url, body),
        text=body,
        url=url,
        outlet=text_of(config.outlet_field),
        title=text_of(config.title_field),
        published=text_of(config.published_field),
        source_path=f"{path}:{number}",
    )


def _default_id(path: str, number: int, url: str | None, body: str) -> str:
    """A row without an id is known by its URL, else by its file and line (stdin: its text)."""
    if url:
        return stable_id(url)
    return document_id(None, body) if path == STDIN else input_id(path, number)
