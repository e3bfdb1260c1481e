"""The command line: a thin layer over the Python API.

Exit codes: 0 the run happened and every input was coded; 1 some input or the run
failed (one ``error:`` line each; a traceback only with --verbose); 2 usage error.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any

import click

from . import __version__
from .config import DEFAULT_DB, Config
from .errors import DatelineError
from .records import Rejection, Result

LIST_FORMATS = ("table", "json", "jsonl", "csv")


def _fail(message: str, verbose: bool = False) -> None:
    click.echo(f"error: {message}", err=True)
    if verbose:
        import traceback

        traceback.print_exc()
    sys.exit(1)


def _emit_rows(headers: list[str], rows: list[list], fmt: str, title: str | None = None) -> None:
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


def _progress(items: Iterable[Result | Rejection]) -> Iterator[Result | Rejection]:
    """A progress counter on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield from items
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} documents"),
                  TimeElapsedColumn(), transient=True) as progress:
        task = progress.add_task("coding", total=None)
        for item in items:
            progress.advance(task)
            yield item


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dateline")
def cli() -> None:
    """dateline turns news into event data: who did what to whom, when, where,
    and according to whom.

    \b
    Example:
      dateline code examples/ && dateline summary
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to store results in.")
@click.option("--json", "as_json", is_flag=True, help="Print the per-document JSON on stdout.")
@click.option("--jsonl", "as_jsonl", is_flag=True, help="Print one JSON document per line on stdout.")
@click.option("--no-store", is_flag=True, help="Do not write the database (with --json/--jsonl).")
@click.option("--model", default=None, help="spaCy model name (default: $DATELINE_MODEL or en_core_web_sm).")
@click.option("--dict", "dictionaries", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="PETRARCH/Phoenix actor, agent or verb dictionary to load (repeatable); "
                   "a verb dictionary defines its verbs in place of the bundled lexicon's.")
@click.option("--input-format", type=click.Choice(["auto", "text", "jsonl"]), default="auto",
              show_default=True, help="How to read inputs (auto: by file name; stdin is text).")
@click.option("--text-field", default="text", show_default=True, help="JSON lines: field with the text.")
@click.option("--id-field", default="id", show_default=True, help="JSON lines: field with the id.")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1), help="Documents per spaCy batch.")
@click.option("--verbose", is_flag=True, help="Show tracebacks for failures.")
def code(paths: tuple[str, ...], db: str, as_json: bool, as_jsonl: bool, no_store: bool,
         model: str | None, dictionaries: tuple[str, ...], input_format: str, text_field: str,
         id_field: str, batch_size: int, verbose: bool) -> None:
    """Code articles (text files, directories, JSON lines, or - for stdin) into the database.

    \b
    Examples:
      dateline code examples/
      dateline code article.txt --json --no-store
      cat article.txt | dateline code -
      dateline code news.jsonl --text-field body --db news.duckdb
    """
    if as_json and as_jsonl:
        raise click.UsageError("choose one of --json and --jsonl")
    from .ingest import read_inputs
    from .pipeline import Pipeline
    from .store import Store

    try:
        config = Config.from_mapping({"model": model, "db": db, "dictionaries": list(dictionaries),
                                      "text_field": text_field, "id_field": id_field,
                                      "batch_size": batch_size})
        pipeline = Pipeline(config)
        store = None if no_store else Store(db)
    except DatelineError as exc:
        _fail(str(exc), verbose)
        return
    failed = coded = 0
    outcome = {"added": 0, "replaced": 0, "unchanged": 0}
    collected: list[dict[str, Any]] = []
    for item in _progress(pipeline.code_documents(read_inputs(paths, config, input_format))):
        if isinstance(item, Rejection):
            failed += 1
            click.echo(f"error: {item.detail}", err=True)
            if store is not None:
                store.write_rejection(item)
            continue
        coded += 1
        if store is not None:
            outcome[store.write(item)] += 1
        if as_jsonl:
            click.echo(json.dumps(item.to_dict(), ensure_ascii=False))
        elif as_json:
            collected.append(item.to_dict())
    if as_json:
        payload: Any = collected[0] if len(collected) == 1 else collected
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    if store is not None:
        store.close()
    if coded == 0 and failed == 0:
        _fail("no input found (give text or .jsonl files, directories, or - for stdin)")
    stored = "" if store is None else (
        f" into {db} ({outcome['added']} added, {outcome['replaced']} replaced, "
        f"{outcome['unchanged']} unchanged)")
    click.echo(f"coded {coded} document(s){stored}; {failed} failed", err=True)
    sys.exit(1 if failed else 0)


def _open_store(db: str):
    import os

    from .store import Store

    if not os.path.exists(db):
        _fail(f"database {db} not found: run 'dateline code PATH --db {db}' first")
    try:
        return Store(db, read_only=True)
    except DatelineError as exc:
        _fail(str(exc))


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to read.")
@click.option("--format", "fmt", type=click.Choice(LIST_FORMATS), default="table", show_default=True)
@click.option("--top", default=10, show_default=True, type=click.IntRange(1), help="Rows in top lists.")
def summary(db: str, fmt: str, top: int) -> None:
    """Summarise a database: documents, events by PLOVER type and CAMEO root,
    top dyads and top speakers.

    \b
    Example:
      dateline summary --db dateline.duckdb --format json
    """
    from .store import summary as summarise

    store = _open_store(db)
    data = summarise(store.con, top)
    store.close()
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    sections = [
        ("counts", ["table", "rows"], [[k, v] for k, v in data["counts"].items()]),
        ("events_by_plover", ["plover_type", "events"], data["events_by_plover"]),
        ("events_by_cameo_root", ["cameo_root", "events"], data["events_by_cameo_root"]),
        ("top_dyads", ["source", "target", "events"], data["top_dyads"]),
        ("top_speakers", ["speaker", "country", "quotes"], data["top_speakers"]),
        ("rejections", ["code", "count"], data["rejections"]),
    ]
    for name, headers, rows in sections:
        if fmt == "table":
            _emit_rows(headers, rows, fmt, title=name.replace("_", " "))
        else:
            _emit_rows(["section"] + headers, [[name] + list(r) for r in rows], fmt)


@cli.command(name="export")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to read.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "plover", "gdelt", "parquet"]),
              default="jsonl", show_default=True,
              help="jsonl: per-document JSON; plover: PLOVER event JSON lines; "
                   "gdelt: GDELT 2.0 event rows (TSV, 61 columns); parquet: one file per table.")
@click.option("--out", default=None, help="Output file (a folder for parquet); default stdout.")
def export_command(db: str, fmt: str, out: str | None) -> None:
    """Export the database's records.

    \b
    Examples:
      dateline export --format plover --out events.jsonl
      dateline export --format gdelt > events.tsv
      dateline export --format parquet --out shards/
    """
    from .store import export

    store = _open_store(db)
    count = export(store.con, fmt, out)
    store.close()
    click.echo(f"exported {count} row(s) as {fmt}" + (f" to {out}" if out else ""), err=True)


@cli.command(name="config")
@click.option("--format", "fmt", type=click.Choice(LIST_FORMATS), default="table", show_default=True)
def config_command(fmt: str) -> None:
    """Print the configuration in effect, with the help text of each setting.

    \b
    Example:
      dateline config --format json
    """
    from .nlp import resolve_model_name

    config = Config()
    values = config.as_dict()
    try:
        values["model"] = resolve_model_name(config.model)
    except DatelineError as exc:
        values["model"] = f"(none: {exc})"
    rows = [[k, json.dumps(v) if isinstance(v, list) else v, Config.HELP.get(k, "")]
            for k, v in values.items()]
    _emit_rows(["setting", "value", "help"], rows, fmt)


@cli.command()
@click.argument("text")
@click.option("--model", default=None, help="spaCy model name.")
@click.option("--dict", "dictionaries", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="PETRARCH/Phoenix actor or agent dictionary to load (repeatable).")
@click.option("--published", default=None, help="Publication date (ISO), for dated offices.")
@click.option("--format", "fmt", type=click.Choice(LIST_FORMATS), default="table", show_default=True)
def actors(text: str, model: str | None, dictionaries: tuple[str, ...], published: str | None,
           fmt: str) -> None:
    """Show every actor mention in TEXT, its resolution, and the rule or entry behind it.

    \b
    Example:
      dateline actors "Russian Defense Minister Sergei Shoigu met Kim Jong-un. He left."
    """
    from .actors import Knowledge, find_actors
    from .events.verbdict import is_verb_dictionary
    from .nlp import Parser

    try:
        parser = Parser(model)
        # verb dictionaries are the event coder's; actors need only actor and agent files
        knowledge = Knowledge.load(
            extra_dictionaries=[d for d in dictionaries if not is_verb_dictionary(d)])
    except DatelineError as exc:
        _fail(str(exc))
        return
    found = find_actors(parser.parse(text), knowledge, published)
    rows = [[a.text, a.name, a.country, a.sector, a.code, a.kind, a.entity, a.start, a.end, a.evidence]
            for a in found]
    _emit_rows(["mention", "name", "country", "sector", "code", "kind", "entity", "start", "end", "why"],
               rows, fmt)


@cli.command()
@click.argument("task")
@click.argument("path", type=click.Path(exists=True))
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N gold items.")
@click.option("--errors", "errors_file", default=None, help="Write every error (gold vs ours) as JSON lines.")
@click.option("--dict", "dictionaries", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Dictionaries to load first (e.g. a gold set's own actor, agent and verb "
                   "dictionaries).")
@click.option("--dyads-only", is_flag=True,
              help="events: score only events with both source and target coded, for gold "
                   "made by a coder that codes nothing else (PETRARCH's require_dyad, as in "
                   "the UD-PETRARCH validation suite).")
@click.option("--model", default=None, help="spaCy model name.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def evaluate(task: str, path: str, limit: int | None, errors_file: str | None,
             dictionaries: tuple[str, ...], dyads_only: bool, model: str | None, fmt: str) -> None:
    """Score dateline against gold data: TASK is one of events, quad, arguments,
    quotes, dates, places, plover, actors; PATH is the gold file or folder.

    \b
    Examples:
      dateline evaluate events ../shared/gold/petr2-gsr/PETR2_GSR_validation.xml
      dateline evaluate quad ../shared/gold/conflibert-cameo-train/cameo_class_train.tsv --limit 200
      dateline evaluate quotes ../shared/gold/polnear/dev --errors quote-errors.jsonl
      dateline evaluate actors ../shared/gold/ngec-actor-tests/ngec_actor_expectations.tsv
    """
    from .evaluate import TASKS, evaluate as run, write_errors

    if task not in TASKS:
        raise click.BadParameter(f"choose one of {', '.join(TASKS)}", param_hint="TASK")
    try:
        report = run(task, path, limit=limit, model=model, dictionaries=list(dictionaries),
                     dyads_only=dyads_only)
    except DatelineError as exc:
        _fail(str(exc))
        return
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(report.table())
    if errors_file:
        count = write_errors(report, errors_file)
        click.echo(f"{count} error(s) written to {errors_file}", err=True)


def main() -> None:
    """Console entry point."""
    cli(prog_name="dateline")


if __name__ == "__main__":
    main()
