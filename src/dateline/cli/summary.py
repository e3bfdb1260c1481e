"""dateline summary: what is in a database."""

from __future__ import annotations

import json
from typing import Any

import click

from ..config import Config
from .common import LIST_FORMATS, db_option, emit_rows, format_option, open_store

# Each section of the summary: its columns, in order.
SECTIONS: dict[str, list[str]] = {
    "counts": ["table", "rows"],
    "events_two_sided": ["events", "share", "implied_target"],
    "events_by_plover": ["plover_type", "events"],
    "events_by_cameo_root": ["cameo_root", "events"],
    "top_dyads": ["source", "target", "events"],
    "top_speakers": ["speaker", "country", "quotes"],
    "top_stories": ["story", "title", "copies", "outlets"],
    "rejections": ["code", "count"],
}
# How the table shows a missing value, by section (machine formats keep null).
_TABLE_BLANKS = {"events_by_plover": "(CAMEO only)", "top_dyads": "-"}


def section_rows(data: dict[str, Any]) -> dict[str, list[list]]:
    """The summary's sections as rows of their columns."""
    rows = {name: [list(r) for r in data[name]] for name in SECTIONS if isinstance(data[name], list)}
    rows["counts"] = [[table, count] for table, count in data["counts"].items()]
    rows["events_two_sided"] = [list(data["events_two_sided"].values())]
    return rows


@click.command()
@db_option()
@format_option(LIST_FORMATS)
@click.option("--section", type=click.Choice(list(SECTIONS), case_sensitive=False), default=None,
              help="Only this section (csv prints one table: name it).")
@click.option("--top", default=10, show_default=True, type=click.IntRange(1), help="Rows in top lists.")
def summary(config: Config, fmt: str, section: str | None, top: int) -> None:
    """Summarise a database: documents and stories, events by PLOVER type and CAMEO
    root, top dyads, top speakers, and the stories with the most copies.

    Events are counted once per story (the original's events; counts.events is every
    stored event, counts.story_events those counted). json is one array and jsonl one
    object a line, each row an object naming its section; a missing value is null.

    \b
    Examples:
      dateline summary --db dateline.duckdb --format json
      dateline summary --format csv --section top_dyads > dyads.csv
    """
    from ..store import summary as summarise

    if fmt == "csv" and section is None:
        raise click.UsageError("csv prints one table: pick it with --section "
                               f"({', '.join(SECTIONS)})")
    store = open_store(config.db)
    try:
        rows = section_rows(summarise(store.con, top))
    finally:
        store.close()
    chosen = [section.lower()] if section else list(SECTIONS)
    if fmt == "table":
        for name in chosen:
            blank = _TABLE_BLANKS.get(name)
            shown = [[blank if v is None and blank else v for v in r] for r in rows[name]]
            emit_rows(SECTIONS[name], shown, fmt, title=name.replace("_", " "))
    elif fmt == "csv":
        emit_rows(SECTIONS[chosen[0]], rows[chosen[0]], fmt)
    else:
        keyed = [{"section": name, **dict(zip(SECTIONS[name], r))} for name in chosen
                 for r in rows[name]]
        _emit_objects(keyed, fmt)


def _emit_objects(objects: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(objects, ensure_ascii=False, indent=2))
    else:
        for item in objects:
            click.echo(json.dumps(item, ensure_ascii=False))
