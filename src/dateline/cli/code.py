"""dateline code: inputs into the database (and/or JSON on stdout)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator

import click

from ..config import DEFAULT_DB, Config
from ..errors import DatelineError
from .common import dict_option, fail, fallback_dict_option, model_option, verbose_option

STDIN = "-"


def _progress(outcomes: Iterable, total: int | None) -> Iterator:
    """Progress on stderr (never stdout), only when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield from outcomes
        return
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn,
                               SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn)
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task) -> Text:
            return Text("" if task.speed is None else f"{task.speed:.1f} docs/s")

    columns = [SpinnerColumn(), TextColumn("coding"), BarColumn(), MofNCompleteColumn(), Rate(),
               TimeElapsedColumn(), TimeRemainingColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("coding", total=total)
        for outcome in outcomes:
            progress.advance(task)
            yield outcome


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to store results in.")
@click.option("--json", "as_json", is_flag=True, help="Print the per-document JSON on stdout (an array).")
@click.option("--jsonl", "as_jsonl", is_flag=True, help="Print one JSON document per line on stdout.")
@click.option("--no-store", is_flag=True, help="Do not write the database (with --json/--jsonl).")
@click.option("--wait", is_flag=True,
              help="If another dateline process is writing the database, wait for it to finish.")
@model_option()
@dict_option("PETRARCH/Phoenix actor, agent or verb dictionary to load (repeatable); "
             "a verb dictionary defines its verbs in place of the bundled lexicon's.")
@fallback_dict_option()
@click.option("--input-format", type=click.Choice(["auto", "text", "jsonl"]), default="auto",
              show_default=True, help="How to read inputs (auto: by file name; stdin is text).")
@click.option("--text-field", default="text", show_default=True, help="JSON lines: field with the text.")
@click.option("--id-field", default="id", show_default=True, help="JSON lines: field with the id.")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1),
              help="Documents per spaCy batch and per database transaction.")
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Code in N worker processes (all cores: the number of cores), each finished "
                   "shard of inputs stored in one transaction. Not with --json, --jsonl, --no-store.")
@verbose_option()
def code(paths: tuple[str, ...], db: str, as_json: bool, as_jsonl: bool, no_store: bool, wait: bool,
         model: str | None, dictionaries: tuple[str, ...], fallback_dictionaries: tuple[str, ...],
         input_format: str, text_field: str, id_field: str, batch_size: int, workers: int | None,
         verbose: bool) -> None:
    """Code articles (text files, directories, JSON lines, or - for stdin) into the database.

    Each article is stored whole or not at all, once: coding the same inputs again adds
    nothing, an edited file replaces its records, and a run that was stopped (even
    killed) resumes where it was when started again. An article that cannot be coded
    or stored gets one error line and a row in the rejections table; the run goes on
    and exits with 1.

    \b
    Examples:
      dateline code examples/
      dateline code article.txt --json --no-store
      cat article.txt | dateline code -
      dateline code news.jsonl --text-field body --db news.duckdb
      dateline code corpus/ --workers 4
      dateline code corpus/ --fallback-dict ~/petrarch2/CAMEO.2.0.txt
    """
    if as_json and as_jsonl:
        raise click.UsageError("choose one of --json and --jsonl")
    if workers and (as_json or as_jsonl or no_store or STDIN in paths):
        raise click.UsageError("--workers stores into the database: not with --json, --jsonl, "
                               "--no-store or - (stdin)")
    if workers and fallback_dictionaries:
        raise click.UsageError("--fallback-dict is not passed to --workers yet: code without --workers")
    try:
        if workers:
            _code_with_workers(paths, db, wait, workers, model, dictionaries, input_format,
                               text_field, id_field, batch_size, verbose)
        _code(paths, db, as_json, as_jsonl, no_store, wait, model, dictionaries, input_format,
              text_field, id_field, batch_size, verbose, fallback_dictionaries)
    except DatelineError as exc:
        fail(str(exc), verbose)
    except Exception as exc:  # a bug: still one line, the traceback with --verbose
        fail(f"unexpected {type(exc).__name__}: {exc} (run again with --verbose to see where)",
             verbose)


def _code_with_workers(paths, db, wait, workers, model, dictionaries, input_format, text_field,
                       id_field, batch_size, verbose) -> None:
    """The same run on a LocalCluster of ``workers`` processes (dateline.scale)."""
    from ..nlp import resolve_model_name
    from ..scale import code_with_workers
    from ..store import Store
    from .scale import ShardProgress

    config = Config.from_mapping({"model": model, "db": db, "dictionaries": list(dictionaries),
                                  "text_field": text_field, "id_field": id_field,
                                  "batch_size": batch_size})
    resolve_model_name(config.model)
    progress = ShardProgress()
    with Store(db, wait=wait) as store, progress.shown():
        counts, errors, _ = code_with_workers(
            paths, store, workers, config=config, input_format=input_format, verbose=verbose,
            on_start=progress.start, on_shard=progress.shard_done, on_documents=progress.coded)
    for line in errors:
        click.echo(f"error: {line}", err=True)
    coded = counts["added"] + counts["replaced"] + counts["unchanged"]
    if coded == 0 and not errors:
        fail("no input found (give text or .jsonl files, or directories)")
    click.echo(f"coded {coded} document(s) into {db} ({counts['added']} added, "
               f"{counts['replaced']} replaced, {counts['unchanged']} unchanged); "
               f"{counts['failed']} failed", err=True)
    sys.exit(1 if errors else 0)


def _code(paths, db, as_json, as_jsonl, no_store, wait, model, dictionaries, input_format,
          text_field, id_field, batch_size, verbose, fallback_dictionaries=()) -> None:
    from ..ingest import read_inputs
    from ..pipeline import Pipeline
    from ..run import CodingRun
    from ..store import Store

    config = Config.from_mapping({"model": model, "db": db, "dictionaries": list(dictionaries),
                                  "fallback_dictionaries": list(fallback_dictionaries),
                                  "text_field": text_field, "id_field": id_field,
                                  "batch_size": batch_size})
    store = None if no_store else Store(db, wait=wait)
    try:
        pipeline = Pipeline(config)
        run = CodingRun(pipeline, store, want_records=as_json or as_jsonl)
        first = True
        if as_json:
            click.echo("[", nl=False)
        for outcome in _progress(run.run(read_inputs(paths, config, input_format)), None):
            if outcome.rejection is not None:
                click.echo(f"error: {outcome.rejection.detail}", err=True)
                continue
            if as_jsonl or as_json:
                text = json.dumps(outcome.to_dict(), ensure_ascii=False)
                if as_json:
                    text = ("\n" if first else ",\n") + text
                    first = False
                click.echo(text, nl=as_jsonl)
        if as_json:
            click.echo("\n]" if not first else "]")
    finally:
        if store is not None:
            store.close()
    tally = run.tally
    if tally.coded == 0 and tally.failed == 0:
        fail("no input found (give text or .jsonl files, directories, or - for stdin)")
    counts = tally.counts
    stored = "" if store is None else (
        f" into {db} ({counts['added']} added, {counts['replaced']} replaced, "
        f"{counts['unchanged']} unchanged)")
    click.echo(f"coded {tally.coded} document(s){stored}; {tally.failed} failed", err=True)
    sys.exit(1 if tally.failed else 0)
