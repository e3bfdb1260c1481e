"""dateline serve: the explorer, a local web page over the database."""

from __future__ import annotations

import click

from ..config import Config
from .common import db_option, verbose_option


@click.command()
@db_option()
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; only this machine can connect unless you change it.")
@verbose_option()
def serve(config: Config, port: int, host: str, verbose: bool) -> None:
    """Explore a database in the browser: events with filters and downloads, each
    article with its records highlighted, dyad timelines, the actor network and a map.

    The database is opened read-only. Every page has a JSON twin (add .json to its
    path); the API is described at /openapi.json. Stop with Ctrl+C.

    \b
    Example:
      dateline serve --db news.duckdb --port 8765
    """
    from ..web import serve as run
    from .common import check_database

    db = config.db

    def announce(url: str, database) -> None:
        click.echo(f"dateline explorer: {url} (database {db}: {database.facets['events']:,} "
                   f"events in {database.facets['documents']:,} documents; Ctrl+C stops)")

    check_database(db)  # a missing, empty or foreign file: one coded line, before the server
    run(db, host=host, port=port, announce=announce)
