"""The store stage: DuckDB (one file, no server), idempotent writes, exporters.

Entry point: :class:`Store`.
"""

from __future__ import annotations

from .export import EXPORT_FORMATS, export
from .rows import (RECORD_TABLES, arrow_schemas, columns, content_hash, json_columns, rejection_row,
                   result_rows, to_arrow)
from .schema import PER_DOCUMENT, SCHEMA_VERSION, TABLES
from .summary import summary
from .writer import Store, connect

__all__ = ["Store", "connect", "export", "EXPORT_FORMATS", "PER_DOCUMENT", "SCHEMA_VERSION", "TABLES",
           "summary", "RECORD_TABLES", "arrow_schemas", "columns", "content_hash", "json_columns",
           "rejection_row", "result_rows", "to_arrow"]
