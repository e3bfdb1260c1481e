"""The explorer's read-only view of one dateline database.

One read-only DuckDB connection is held for the life of the server; each request
works on its own cursor (DuckDB cursors may be used from different threads). A
read-only connection cannot open while a ``dateline code`` process writes the file,
and a writer waits (``--wait``) or fails while the explorer holds it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import duckdb

from ..errors import DatelineError
from ..store import connect

# Tables the explorer reads; a file without them is not a dateline database.
REQUIRED_TABLES = ("documents", "events", "quotes", "actors", "places")


class Database:
    """A dateline database opened read-only, with the few facts pages need cached."""

    def __init__(self, path: str) -> None:
        self.path = path
        if not os.path.exists(path):
            raise DatelineError("E101", path=path)
        try:
            self.con = connect(path, read_only=True)
        except DatelineError as exc:
            if exc.code == "E304":
                raise DatelineError("E601", path=path, holder=exc.params.get("holder", "")) from exc
            raise
        try:
            self._check_tables()
            self.has_story = self._has_column("documents", "story_id")
            self.facets = self._facets()
        except BaseException:
            self.con.close()
            raise

    def close(self) -> None:
        self.con.close()

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor for one request, closed afterwards."""
        cursor = self.con.cursor()
        cursor.execute("SET enable_progress_bar = false")  # no bars in the server's output
        try:
            yield cursor
        finally:
            cursor.close()

    def rows(self, sql: str, params: list | None = None) -> list[dict[str, Any]]:
        """The rows of a query as dicts (column name to value)."""
        with self.cursor() as cur:
            result = cur.execute(sql, params or [])
            names = [d[0] for d in result.description]
            return [dict(zip(names, row)) for row in result.fetchall()]

    def scalar(self, sql: str, params: list | None = None) -> Any:
        with self.cursor() as cur:
            row = cur.execute(sql, params or []).fetchone()
            return None if row is None else row[0]

    def _check_tables(self) -> None:
        found = {r[0] for r in self.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        for table in REQUIRED_TABLES:
            if table not in found:
                raise DatelineError("E602", path=self.path, table=table)

    def _has_column(self, table: str, column: str) -> bool:
        return self.con.execute(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = ? AND column_name = ?",
            [table, column]).fetchone()[0] > 0

    def _facets(self) -> dict[str, Any]:
        """Values for the filter menus, computed once: a scan of a big table per page view
        would cost more than the page's own query."""
        def values(sql: str) -> list:
            return [r[0] for r in self.con.execute(sql).fetchall()]

        return {
            "events": self.con.execute("SELECT count(*) FROM events").fetchone()[0],
            "documents": self.con.execute("SELECT count(*) FROM documents").fetchone()[0],
            "plover_types": values("SELECT DISTINCT plover_type FROM events "
                                   "WHERE coalesce(plover_type, '') <> '' ORDER BY 1"),
            "statuses": values("SELECT DISTINCT unnest(status) FROM events ORDER BY 1"),
            "countries": values(
                "SELECT c FROM (SELECT source_country c FROM events UNION ALL "
                "SELECT target_country FROM events) WHERE c IS NOT NULL "
                "GROUP BY c ORDER BY count(*) DESC, c LIMIT 200"),
            "date_range": list(self.con.execute(
                "SELECT min(date), max(date) FROM events").fetchone()),
        }
