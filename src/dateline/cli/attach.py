"""dateline attach: the Parquet shards of a scaled-out run as a queryable database."""

from __future__ import annotations

import click

from ..config import DEFAULT_DB
from ..errors import DatelineError
from .common import fail, verbose_option


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--db", default=DEFAULT_DB, show_default=True,
              help="DuckDB file to create the views in (not one 'dateline code' wrote).")
@verbose_option()
def attach(folder: str, db: str, verbose: bool) -> None:
    """Make the Parquet shards that 'dateline scale' wrote into FOLDER queryable from a
    DuckDB database: its documents, actors, events, quotes, places, times and rejections
    become views over the shards, so summary, export and serve work on them. Shards
    finished later are seen at once; a document coded in several shards is shown once;
    stories are grouped when attach runs. Run it again after moving FOLDER.

    \b
    Example:
      dateline attach shards/ --db news.duckdb && dateline summary --db news.duckdb
    """
    from ..scale import attach as attach_shards

    try:
        counts = attach_shards(folder, db)
    except DatelineError as exc:
        fail(str(exc), verbose)
    rows = ", ".join(f"{count} {view}" for view, count in counts.items())
    click.echo(f"attached {folder} to {db}: {rows}", err=True)
