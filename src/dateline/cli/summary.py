"""dateline summary: what is in a database."""

from __future__ import annotations

import json

import click

from .common import LIST_FORMATS, db_option, emit_rows, open_store


@click.command()
@db_option()
@click.option("--format", "fmt", type=click.Choice(LIST_FORMATS), default="table", show_default=True)
@click.option("--top", default=10, show_default=True, type=click.IntRange(1), help="Rows in top lists.")
def summary(db: str, fmt: str, top: int) -> None:
    """Summarise a database: documents, events by PLOVER type and CAMEO root,
    top dyads and top speakers.

    \b
    Example:
      dateline summary --db dateline.duckdb --format json
    """
    from ..store import summary as summarise

    store = open_store(db)
    data = summarise(store.con, top)
    store.close()
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    sections = [
        ("counts", ["table", "rows"], [[k, v] for k, v in data["counts"].items()]),
        ("events_two_sided", ["events", "share"], [list(data["events_two_sided"].values())]),
        ("events_by_plover", ["plover_type", "events"], data["events_by_plover"]),
        ("events_by_cameo_root", ["cameo_root", "events"], data["events_by_cameo_root"]),
        ("top_dyads", ["source", "target", "events"], data["top_dyads"]),
        ("top_speakers", ["speaker", "country", "quotes"], data["top_speakers"]),
        ("rejections", ["code", "count"], data["rejections"]),
    ]
    for name, headers, rows in sections:
        if fmt == "table":
            emit_rows(headers, rows, fmt, title=name.replace("_", " "))
        else:
            emit_rows(["section"] + headers, [[name] + list(r) for r in rows], fmt)
