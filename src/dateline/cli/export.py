"""dateline export: the database's records in other formats."""

from __future__ import annotations

import os

import click

from ..config import Config
from ..errors import E, DatelineError
from ..store import EXPORT_FORMATS
from .common import db_option, open_store

FORMATS = EXPORT_FORMATS + ("csv",)
DEFAULT_FORMAT = "jsonl"
# The formats a file name's extension allows, the first one inferred when --format is not
# given. A name with another extension (or none) takes any format.
BY_EXTENSION = {
    ".jsonl": ("jsonl", "plover"), ".ndjson": ("jsonl", "plover"),
    ".csv": ("csv",), ".tsv": ("gdelt", "mentions"), ".parquet": ("parquet",),
}


def chosen_format(fmt: str | None, out: str | None) -> str:
    """The export format: --format, else the one --out's extension says, else jsonl;
    a format the extension contradicts is an error (E315)."""
    extension = os.path.splitext(out)[1].lower() if out else ""
    allowed = BY_EXTENSION.get(extension)
    if fmt is None:
        return allowed[0] if allowed else DEFAULT_FORMAT
    fmt = fmt.lower()
    if allowed and fmt not in allowed:
        raise DatelineError(E.FORMAT_MISMATCH, path=out, implied=" or ".join(allowed), fmt=fmt)
    return fmt


def check_out(out: str | None, fmt: str) -> None:
    """Fail before any work when the output cannot be written."""
    if out is None:
        if fmt == "parquet":
            raise click.UsageError("parquet is written to files: give --out NAME.parquet (the "
                                   "events) or --out FOLDER (one file per table)")
        return
    folder = os.path.dirname(os.path.abspath(out))
    if not os.path.isdir(folder):
        raise DatelineError(E.CANNOT_WRITE, path=out, detail=f"no such folder {folder}")
    if not os.access(folder, os.W_OK):
        raise DatelineError(E.CANNOT_WRITE, path=out, detail=f"folder {folder} is not writable")
    tables_folder = fmt == "parquet" and not out.lower().endswith(".parquet")
    if tables_folder and os.path.exists(out) and not os.path.isdir(out):
        raise DatelineError(E.CANNOT_WRITE, path=out, detail="exists and is not a folder")
    if not tables_folder and os.path.isdir(out):
        raise DatelineError(E.CANNOT_WRITE, path=out, detail="is a folder")


@click.command(name="export")
@db_option()
@click.option("--format", "fmt", type=click.Choice(FORMATS, case_sensitive=False), default=None,
              help="jsonl: per-document JSON; plover: PLOVER event JSON lines; "
                   "gdelt: GDELT 2.0 event rows (TSV, 61 columns); mentions: GDELT 2.0 "
                   "Mentions rows (TSV, 16 columns); csv: one row per event, actors and "
                   "document in columns; parquet: to NAME.parquet the csv table, to a folder "
                   "one file per table. Default: what --out's extension says (.jsonl jsonl, "
                   ".csv csv, .tsv gdelt, .parquet parquet), else jsonl.")
@click.option("--header", is_flag=True, default=False,
              help="gdelt, mentions: write a first row of column names (GDELT's files have none).")
@click.option("--status", type=click.Choice(["done", "all"], case_sensitive=False), default="done",
              show_default=True,
              help="plover, gdelt, mentions, csv: export only done acts (done), or also the "
                   "planned, demanded, negated, habitual and historical ones (all).")
@click.option("--out", default=None, help="Output file (a folder for parquet tables); default "
                                          "stdout.")
def export_command(config: Config, fmt: str | None, header: bool, status: str,
                   out: str | None) -> None:
    """Export the database's records (docs/formats.md describes every field).

    \b
    Examples:
      dateline export --format plover --out events.jsonl
      dateline export --format gdelt > events.tsv
      dateline export --out events.csv
      dateline export --format mentions --header --out mentions.tsv
      dateline export --out events.parquet
      dateline export --format parquet --out tables/
    """
    fmt = chosen_format(fmt, out)
    check_out(out, fmt)
    store = open_store(config.db)
    try:
        count = _write(store.con, fmt, out, header, status.lower() == "done")
    except OSError as exc:
        raise DatelineError(E.CANNOT_WRITE, path=out or "stdout",
                            detail=exc.strerror or str(exc)) from None
    finally:
        store.close()
    click.echo(f"exported {count} row(s) as {fmt}" + (f" to {out}" if out else ""), err=True)


def _write(con, fmt: str, out: str | None, header: bool, done_only: bool) -> int:
    from ..store import export
    from ..store.flat import write_csv, write_parquet

    if fmt == "csv":
        return write_csv(con, out, done_only)
    if fmt == "parquet" and out and out.lower().endswith(".parquet"):
        return write_parquet(con, out, done_only)
    return export(con, fmt, out, header=header, status="done" if done_only else "all")
