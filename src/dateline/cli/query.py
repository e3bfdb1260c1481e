"""dateline query: read-only SQL over the database."""

from __future__ import annotations

import datetime
import decimal
from typing import Any

import click

from ..config import Config
from ..errors import E, DatelineError
from .common import LIST_FORMATS, db_option, emit_rows, format_option, open_store


@click.command()
@click.argument("sql")
@db_option()
@format_option(LIST_FORMATS)
def query(sql: str, config: Config, fmt: str) -> None:
    """Run one read-only SQL query (DuckDB's SQL: SELECT, WITH, DESCRIBE, SHOW,
    SUMMARIZE) over the database and print its rows. The database is opened read-only
    and a statement that would change anything (or write a file: COPY, ATTACH) is
    refused. docs/schema.md describes the tables.

    \b
    Examples:
      dateline query "SELECT cameo_root, count(*) AS n FROM events GROUP BY 1 ORDER BY n DESC"
      dateline query "SELECT count(date) / count(*) AS dated FROM events" --format json
      dateline query "SHOW TABLES" --db news.duckdb --format csv
    """
    store = open_store(config.db)
    try:
        headers, rows = run_query(store.con, sql)
    finally:
        store.close()
    emit_rows(headers, [[_plain(v) for v in r] for r in rows], fmt)


def run_query(con: Any, sql: str) -> tuple[list[str], list[tuple]]:
    """The column names and rows of one read-only statement, or E316 saying why not."""
    import duckdb

    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise DatelineError(E.QUERY_FAILED, detail=_first_line(exc)) from None
    if len(statements) != 1:
        raise DatelineError(E.QUERY_FAILED, detail=f"give one statement, not {len(statements)}")
    kind = statements[0].type
    if kind not in (duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN):
        raise DatelineError(E.QUERY_FAILED, detail=f"{kind.name} is not a read-only query "
                                                   "(SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE)")
    try:
        cursor = con.execute(sql)
        headers = [column[0] for column in cursor.description]
        return headers, cursor.fetchall()
    except duckdb.Error as exc:
        raise DatelineError(E.QUERY_FAILED, detail=_first_line(exc)) from None


def _first_line(exc: Exception) -> str:
    return str(exc).strip().split("\n")[0]


def _plain(value: Any) -> Any:
    """A value JSON and CSV can hold: dates as ISO text, decimals as floats."""
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
