"""dateline export: the database's records in other formats."""

from __future__ import annotations

import click

from .common import db_option, open_store


@click.command(name="export")
@db_option()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "plover", "gdelt", "mentions", "parquet"]),
              default="jsonl", show_default=True,
              help="jsonl: per-document JSON; plover: PLOVER event JSON lines; "
                   "gdelt: GDELT 2.0 event rows (TSV, 61 columns); mentions: GDELT 2.0 "
                   "Mentions rows (TSV, 16 columns); parquet: one file per table.")
@click.option("--header", is_flag=True, default=False,
              help="gdelt, mentions: write a first row of column names (GDELT's files have none).")
@click.option("--status", type=click.Choice(["done", "all"]), default="done", show_default=True,
              help="plover, gdelt, mentions: export only done acts (done), or also the "
                   "planned, demanded, negated, habitual and historical ones (all).")
@click.option("--out", default=None, help="Output file (a folder for parquet); default stdout.")
def export_command(db: str, fmt: str, header: bool, status: str, out: str | None) -> None:
    """Export the database's records (docs/formats.md describes every field).

    \b
    Examples:
      dateline export --format plover --out events.jsonl
      dateline export --format gdelt > events.tsv
      dateline export --format mentions --header --out mentions.tsv
      dateline export --format parquet --out shards/
    """
    from ..store import export

    store = open_store(db)
    count = export(store.con, fmt, out, header=header, status=status)
    store.close()
    click.echo(f"exported {count} row(s) as {fmt}" + (f" to {out}" if out else ""), err=True)
