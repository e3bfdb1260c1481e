"""The ingest stage: one reader per format, streaming Documents (or Rejections).

Entry point: :func:`read_inputs`. Every input that cannot be read becomes a
``Rejection`` naming the input and the reason; the other inputs go on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..config import Config
from ..records import Document, Rejection
from .files import expand_paths, input_format
from .jsonl import read_jsonl
from .text import read_text

__all__ = ["read_inputs", "expand_paths", "input_format"]


def read_inputs(paths: Iterable[str], config: Config | None = None,
                fmt: str = "auto") -> Iterator[Document | Rejection]:
    """Stream Documents from files, directories (recursively) and ``-`` (stdin)."""
    config = config or Config()
    for path in expand_paths(paths):
        if isinstance(path, Rejection):
            yield path
            continue
        kind = fmt if fmt != "auto" else input_format(path)
        if kind == "jsonl":
            yield from read_jsonl(path, config)
        else:
            yield from read_text(path)
