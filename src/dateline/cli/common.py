"""What the commands share: failing in one line, listing rows, opening the database, and
the options that mirror a Config setting (one declaration, one default, one help text
each: the Config's)."""

from __future__ import annotations

import csv
import dataclasses
import functools
import io
import json
import os
import sys
from collections.abc import Callable
from typing import Any, NoReturn

import click

from ..config import Config, load_config
from ..dates import normalise_date
from ..errors import E, DatelineError

LIST_FORMATS = ("table", "json", "jsonl", "csv")

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]
VERBOSE = "dateline.verbose"  # ctx.meta key: the error handler shows tracebacks


def fail(message: str, verbose: bool = False, code: int = 1) -> NoReturn:
    """One ``error:`` line on stderr (a traceback too with --verbose), then exit."""
    click.echo(f"error: {message}", err=True)
    if verbose:
        import traceback

        traceback.print_exc()
    sys.exit(code)


def emit_rows(headers: list[str], rows: list[list], fmt: str, title: str | None = None) -> None:
    """Print rows in one of the shared listing formats: json an array of objects, jsonl
    one object a line, csv one table with a header row; None stays null (empty in csv)."""
    fmt = fmt.lower()
    if fmt == "json":
        click.echo(json.dumps([dict(zip(headers, r)) for r in rows], ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(dict(zip(headers, r)), ensure_ascii=False))
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows([_csv_cell(v) for v in r] for r in rows)
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


def _csv_cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def open_store(db: str, wait: bool = False):
    """The database for reading, or a DatelineError saying why it cannot be read."""
    from ..store import Store

    check_database(db)
    store = Store(db, read_only=True, wait=wait)
    tables = {name for (name,) in store.con.execute("SELECT table_name FROM duckdb_tables() "
                                                     "UNION SELECT view_name FROM duckdb_views()"
                                                     ).fetchall()}
    if "documents" not in tables:
        store.close()
        raise DatelineError(E.NOT_A_DATABASE, path=db, detail="a DuckDB file without dateline's "
                            "tables (create one with 'dateline code PATH --db FILE')")
    return store


def check_database(db: str) -> None:
    """A DatelineError unless ``db`` is an existing DuckDB file."""
    if not os.path.exists(db):
        raise DatelineError(E.NO_DATABASE, path=db)
    if os.path.isdir(db):
        raise DatelineError(E.NOT_A_DATABASE, path=db, detail="it is a folder")
    with open(db, "rb") as handle:
        head = handle.read(16)
    if not head:
        raise DatelineError(E.EMPTY_DATABASE, path=db)
    if head[8:12] != b"DUCK":  # a DuckDB file's magic bytes
        raise DatelineError(E.NOT_A_DATABASE, path=db,
                            detail="not a DuckDB file (give the .duckdb file that "
                                   "'dateline code' wrote)")


# Options that mirror a Config setting: flag name, click type and multiplicity.
def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return normalise_date(value)
    except ValueError:
        raise click.BadParameter(f"unreadable date {value!r}: give it as 2024-02-20, "
                                 "20 Feb 2024 or an RFC 2822 date") from None


_SETTING_OPTIONS: dict[str, dict[str, Any]] = {
    "dictionaries": {"flags": ("--dict", "dictionaries"), "multiple": True,
                     "type": click.Path(exists=True, dir_okay=False)},
    "fallback_dictionaries": {"flags": ("--fallback-dict", "fallback_dictionaries"),
                              "multiple": True, "metavar": "PATH",
                              "type": click.Path(exists=True, dir_okay=False)},
    "batch_size": {"type": click.IntRange(1)},
    "published": {"callback": _published, "metavar": "DATE"},
}


def setting_option(name: str, help_text: str | None = None) -> Decorator:
    """The option for Config setting ``name``: its help and default are the Config's.
    The option's own default is None, so a value not given comes from the environment,
    the configuration file or the default (see ``dateline config``)."""
    spec = dict(_SETTING_OPTIONS.get(name, {}))
    flags = spec.pop("flags", ("--" + name.replace("_", "-"), name))
    default = {f.name: f for f in dataclasses.fields(Config)}[name].default
    shown = "" if default in (None, dataclasses.MISSING) else f" [default: {default}]"
    text = (help_text or Config.HELP[name][:1].upper() + Config.HELP[name][1:]) + shown
    return click.option(*flags, default=None, help=text, **spec)


def config_file_option() -> Decorator:
    return click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
                        help="Settings file (TOML; default: ./dateline.toml if there is one).")


def with_settings(*names: str, help_texts: dict[str, str] | None = None) -> Decorator:
    """Options for the Config settings ``names`` and --config; the command receives the
    resolved ``config`` (flag, else DATELINE_* variable, else file, else default)."""
    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(command)
        def wrapper(*args: Any, config_path: str | None = None, **kwargs: Any) -> Any:
            flags = {name: kwargs.pop(name) for name in names}
            config, _ = load_config(flags, config_path)
            return command(*args, config=config, **kwargs)
        for name in reversed(names):
            wrapper = setting_option(name, (help_texts or {}).get(name))(wrapper)
        return config_file_option()(wrapper)
    return decorate


def db_option(help_text: str = "DuckDB file to read.") -> Decorator:
    """--db for the commands that only read a database (resolved like every setting)."""
    return with_settings("db", help_texts={"db": help_text})


def fallback_dict_option() -> Decorator:
    """--fallback-dict alone, for commands that build their Config themselves."""
    return setting_option("fallback_dictionaries")


def format_option(choices: tuple[str, ...] = LIST_FORMATS, default: str = "table") -> Decorator:
    return click.option("--format", "fmt", type=click.Choice(choices, case_sensitive=False),
                        default=default, show_default=True, help="Output format.",
                        callback=lambda ctx, param, value: value.lower())


def _remember_verbose(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    ctx.meta[VERBOSE] = value
    return value


def verbose_option() -> Decorator:
    return click.option("--verbose", is_flag=True, callback=_remember_verbose, is_eager=True,
                        help="Show tracebacks for failures (and, for code, the skipped files).")


def model_option() -> Decorator:
    """--model alone, for commands that hand it to a stage without a Config."""
    return setting_option("model")


def dict_option(help_text: str) -> Decorator:
    """--dict alone, with a help text of the command's own."""
    return setting_option("dictionaries", help_text)
