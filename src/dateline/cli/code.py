"""dateline code: inputs into the database (and/or JSON on stdout)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator

import click

from ..config import DEFAULT_DB, Config
from ..dedup import DEFAULT_THRESHOLD, MIN_THRESHOLD
from ..errors import DatelineError
from ..ingest import FORMATS
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
@click.option("--input-format", type=click.Choice(("auto",) + FORMATS), default="auto",
              show_default=True,
              help="How to read inputs. auto: WARC, feeds and HTML by their content, then by "
                   "file name (.jsonl, .csv, .tsv, .html, .rss, .warc, any of them .gz), "
                   "else text.")
@click.option("--text-field", default="text", show_default=True,
              help="JSON lines, CSV, TSV: field with the text.")
@click.option("--id-field", default="id", show_default=True,
              help="JSON lines, CSV, TSV: field with the id.")
@click.option("--url-field", default="url", show_default=True, help="... field with the URL.")
@click.option("--title-field", default="title", show_default=True, help="... field with the title.")
@click.option("--published-field", default="published", show_default=True,
              help="... field with the publication date (ISO 8601).")
@click.option("--outlet-field", default="outlet", show_default=True,
              help="... field with the outlet's name.")
@click.option("--story-threshold", default=DEFAULT_THRESHOLD, show_default=True,
              type=click.FloatRange(MIN_THRESHOLD, 1.0),
              help="Shingle similarity (Jaccard) at which two articles are copies of one story.")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1),
              help="Documents per spaCy batch and per database transaction.")
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Code in N worker processes (all cores: the number of cores), each finished "
                   "shard of inputs stored in one transaction. Not with --json, --jsonl, --no-store.")
@verbose_option()
def code(paths: tuple[str, ...], db: str, as_json: bool, as_jsonl: bool, no_store: bool, wait: bool,
         model: str | None, dictionaries: tuple[str, ...], fallback_dictionaries: tuple[str, ...],
         input_format: str, text_field: str,
         id_field: str, url_field: str, title_field: str, published_field: str,
         outlet_field: str, story_threshold: float, batch_size: int, workers: int | None,
         verbose: bool) -> None:
    """Code articles into the database: text files, JSON lines, CSV or TSV, HTML pages,
    RSS or Atom feeds, WARC archives (any of them gzipped), directories of them, or -
    for stdin.

    Each article is stored whole or not at all, once: coding the same inputs again adds
    nothing, an edited file replaces its records, and a run that was stopped (even
    killed) resumes where it was when started again. An article that cannot be read,
    coded or stored gets one error line and a row in the rejections table; the run goes
    on and exits with 1. An article in another language than English gets a
    "skipped:" line and a rejection row, and is not a failure.

    Copies of one story (the same text, or nearly: see --story-threshold) share a
    story_id, the id of the earliest copy, also across runs.

    \b
    Examples:
      dateline code examples/
      dateline code article.txt --json --no-store
      cat article.txt | dateline code -
      dateline code news.jsonl --text-field body --db news.duckdb
      dateline code CC-NEWS-20240101.warc.gz saved-page.html.gz feed.rss
      dateline code export.csv --text-field body --published-field date
      dateline code corpus/ --workers 4
      dateline code corpus/ --fallback-dict ~/petrarch2/CAMEO.2.0.txt
    """
    _check_usage(paths, as_json, as_jsonl, no_store, workers, fallback_dictionaries)
    fields = {"text_field": text_field, "id_field": id_field, "url_field": url_field,
              "title_field": title_field, "published_field": published_field,
              "outlet_field": outlet_field}
    try:
        if workers:
            _code_with_workers(paths, db, wait, workers, model, dictionaries, input_format,
                               fields, story_threshold, batch_size, verbose)
        _code(paths, db, as_json, as_jsonl, no_store, wait, model, dictionaries, input_format,
              dict(fields, fallback_dictionaries=list(fallback_dictionaries)), story_threshold,
              batch_size, verbose)
    except DatelineError as exc:
        fail(str(exc), verbose)
    except Exception as exc:  # a bug: still one line, the traceback with --verbose
        fail(f"unexpected {type(exc).__name__}: {exc} (run again with --verbose to see where)",
             verbose)


def _check_usage(paths, as_json, as_jsonl, no_store, workers, fallback_dictionaries) -> None:
    if as_json and as_jsonl:
        raise click.UsageError("choose one of --json and --jsonl")
    if workers and (as_json or as_jsonl or no_store or STDIN in paths):
        raise click.UsageError("--workers stores into the database: not with --json, --jsonl, "
                               "--no-store or - (stdin)")
    if workers and fallback_dictionaries:
        raise click.UsageError("--fallback-dict is not passed to --workers yet: code without --workers")


def _code_with_workers(paths, db, wait, workers, model, dictionaries, input_format, fields,
                       story_threshold, batch_size, verbose) -> None:
    """The same run on a LocalCluster of ``workers`` processes (dateline.scale)."""
    from ..nlp import resolve_model_name
    from ..scale import code_with_workers
    from ..store import Store
    from .scale import ShardProgress

    config = Config.from_mapping({"model": model, "db": db, "dictionaries": list(dictionaries),
                                  "batch_size": batch_size, **fields})
    resolve_model_name(config.model)
    progress = ShardProgress()
    with Store(db, wait=wait, story_threshold=story_threshold) as store, progress.shown():
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


def _note(line: str) -> None:
    click.echo(f"note: {line}", err=True)


def _code(paths, db, as_json, as_jsonl, no_store, wait, model, dictionaries, input_format,
          fields, story_threshold, batch_size, verbose) -> None:
    from ..ingest import read_inputs
    from ..pipeline import Pipeline
    from ..run import SKIPPED, CodingRun
    from ..store import Store

    config = Config.from_mapping({"model": model, "db": db, "dictionaries": list(dictionaries),
                                  "batch_size": batch_size, **fields})
    store = None if no_store else Store(db, wait=wait, story_threshold=story_threshold)
    try:
        pipeline = Pipeline(config)
        run = CodingRun(pipeline, store, want_records=as_json or as_jsonl)
        first = True
        if as_json:
            click.echo("[", nl=False)
        inputs = read_inputs(paths, config, input_format, notify=_note)
        for outcome in _progress(run.run(inputs), None):
            if outcome.rejection is not None:
                word = "skipped" if outcome.status == SKIPPED else "error"
                click.echo(f"{word}: {outcome.rejection.detail}", err=True)
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
    if tally.coded == 0 and tally.failed == 0 and tally.skipped == 0:
        fail("no input found (give files of a format dateline reads, directories, or - for stdin)")
    counts = tally.counts
    stored = "" if store is None else (
        f" into {db} ({counts['added']} added, {counts['replaced']} replaced, "
        f"{counts['unchanged']} unchanged)")
    skipped = f"; {tally.skipped} skipped (not English)" if tally.skipped else ""
    click.echo(f"coded {tally.coded} document(s){stored}; {tally.failed} failed{skipped}", err=True)
    sys.exit(1 if tally.failed else 0)
