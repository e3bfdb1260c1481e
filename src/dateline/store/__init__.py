"""The store stage: DuckDB (one file, no server), idempotent writes, exporters.

Entry point: :class:`Store`.
"""

from __future__ import annotations

from .export import EXPORT_FORMATS, export
from .schema import PER_DOCUMENT, TABLES
from .summary import summary
from .writer import Store, connect

__all__ = ["Store", "connect", "export", "EXPORT_FORMATS", "PER_DOCUMENT", "TABLES", "summary"]
