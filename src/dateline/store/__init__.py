"""The store stage: DuckDB (one file, no server), idempotent writes, exporters.

Entry point: :class:`Store`.
"""

from __future__ import annotations

from .export import EXPORT_FORMATS, export
from .summary import summary
from .writer import Store

__all__ = ["Store", "export", "EXPORT_FORMATS", "summary"]
