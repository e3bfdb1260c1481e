"""What the commands share: failing in one line, listing formats, shared options."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Callable
from typing import Any, NoReturn

import click

from ..config import DEFAULT_DB
from ..errors import DatelineError

LIST_FORMATS = ("table", "json", "jsonl", "csv")


def fail(message: str, verbose: bool = False, code: int = 1) -> NoReturn:
    """One ``error:`` line on stderr (a traceback too with --verbose), then exit."""
    click.echo(f"error: {message}", err=True)
    if verbose:
        import traceback

        traceback.print_exc()
    sys.exit(code)


def emit_rows(headers: list[str], rows: list[list], fmt: str, title: str | None = None) -> None:
    """Print rows in one of the shared listing formats."""
    if fmt == "json":
        click.echo(json.dumps([dict(zip(headers, r)) for r in rows], ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(dict(zip(headers, r)), ensure_ascii=False))
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(headers)
        writer.writerows(rows)
        click.echo(buffer.getvalue(), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, title_justify="left")
        for h in headers:
            table.add_column(h)
        for r in rows:
            table.add_row(*["" if v is None else str(v) for v in r])
        Console(soft_wrap=True).print(table)


def open_store(db: str, wait: bool = False):
    """The database for reading, or exit with one error line."""
    from ..store import Store

    if not os.path.exists(db):
        fail(f"database {db} not found: run 'dateline code PATH --db {db}' first")
    try:
        return Store(db, read_only=True, wait=wait)
    except DatelineError as exc:
        fail(str(exc))


# Options several commands share: one declaration each.
Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def db_option(help_text: str = "DuckDB file to read.") -> Decorator:
    return click.option("--db", default=DEFAULT_DB, show_default=True, help=help_text)


def model_option() -> Decorator:
    return click.option("--model", default=None,
                        help="spaCy model name (default: $DATELINE_MODEL or en_core_web_sm).")


def dict_option(help_text: str) -> Decorator:
    return click.option("--dict", "dictionaries", multiple=True,
                        type=click.Path(exists=True, dir_okay=False), help=help_text)


def fallback_dict_option() -> Decorator:
    return click.option("--fallback-dict", "fallback_dictionaries", multiple=True, metavar="PATH",
                        type=click.Path(exists=True, dir_okay=False),
                        help="PETRARCH verb dictionary consulted only for verbs the lexicon has no "
                             "entry for (repeatable); loaded from this path, never copied.")


def format_option(choices: tuple[str, ...] = LIST_FORMATS, default: str = "table") -> Decorator:
    return click.option("--format", "fmt", type=click.Choice(choices, case_sensitive=False),
                        default=default, show_default=True, help="Output format.")


def verbose_option() -> Decorator:
    return click.option("--verbose", is_flag=True, help="Show tracebacks for failures.")
