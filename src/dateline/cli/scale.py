"""dateline scale: inputs into Parquet shards, on a Dask cluster or every core of this machine."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Any, Iterator

import click

from ..config import Config
from ..errors import DatelineError
from ..ingest import FORMATS
from .common import dict_option, fail, model_option, verbose_option


class ShardProgress:
    """Shards and documents done, on stderr when it is a terminal; the dashboard's address."""

    def __init__(self) -> None:
        self.progress: Any = None
        self.shards = self.documents = None

    def start(self, client: Any, shards: list) -> None:
        link = getattr(client, "dashboard_link", None)
        if link:
            click.echo(f"dashboard: {link}", err=True)
        if self.progress is not None:
            self.shards = self.progress.add_task("shards", total=len(shards))
            self.documents = self.progress.add_task("documents", total=None)

    def shard_done(self, *_: object) -> None:
        if self.progress is not None and self.shards is not None:
            self.progress.advance(self.shards)

    def coded(self, count: int) -> None:
        if self.progress is not None and self.documents is not None:
            self.progress.advance(self.documents, count)

    @contextmanager
    def shown(self) -> Iterator["ShardProgress"]:
        if not sys.stderr.isatty():
            yield self
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn,
                                   TaskProgressColumn, TextColumn, TimeElapsedColumn)

        columns = [SpinnerColumn(), TextColumn("{task.description:>9}"), BarColumn(),
                   MofNCompleteColumn(), TaskProgressColumn(show_speed=True), TimeElapsedColumn()]
        with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
            self.progress = progress
            try:
                yield self
            finally:
                self.progress = None


def coder_options(func):
    """The options ``scale`` and ``code --workers`` share with ``code``."""
    for option in reversed([
        model_option(),
        dict_option("PETRARCH/Phoenix actor, agent or verb dictionary to load (repeatable; "
                    "every worker must be able to read it)."),
        click.option("--input-format", type=click.Choice(("auto",) + FORMATS), default="auto",
                     show_default=True, help="How to read inputs (auto: by content, then file name)."),
        click.option("--text-field", default="text", show_default=True,
                     help="JSON lines: field with the text."),
        click.option("--id-field", default="id", show_default=True, help="JSON lines: field with the id."),
        click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1),
                     help="Documents per spaCy batch."),
    ]):
        func = option(func)
    return func


@click.command()
@click.argument("inputs", nargs=-1)
@click.option("--out", required=True, help="Folder of the Parquet shards (created if missing).")
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Worker processes on this machine (default: one per core).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:8786).")
@click.option("--manifest", "manifests", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A file listing input files, one per line, each a shard (repeatable; "
                   "relative paths are read from the manifest's folder; .gz allowed).")
@click.option("--files-per-shard", default=200, show_default=True, type=click.IntRange(1),
              help="A directory's files are coded in shards of this many files.")
@click.option("--retries", default=2, show_default=True, type=click.IntRange(0),
              help="Times a failed shard (an error, or its worker dying) is tried again.")
@click.option("--dashboard", default="127.0.0.1:8787", show_default=True,
              help="Address of Dask's dashboard for --workers (port 0: any free port).")
@coder_options
@verbose_option()
def scale(inputs: tuple[str, ...], out: str, workers: int | None, scheduler: str | None,
          manifests: tuple[str, ...], files_per_shard: int, retries: int, dashboard: str,
          model: str | None, dictionaries: tuple[str, ...], input_format: str, text_field: str,
          id_field: str, batch_size: int, verbose: bool) -> None:
    """Code INPUTS (files, directories) into Parquet shards in --out, one Dask task per
    shard: a WARC or JSON lines file, a line of a --manifest, or a chunk of a directory's
    files. Each shard's tables are written whole (one Parquet file per table, the
    database's columns); a rerun skips the shards already finished; a failed shard is
    retried, then reported with its error (exit 1). Query the result with
    'dateline attach OUT'.

    \b
    Examples:
      dateline scale news/ --out shards/ --workers 4
      dateline scale --manifest warc.paths --out shards/ --scheduler tcp://10.0.0.5:8786
      dateline attach shards/ --db news.duckdb && dateline summary --db news.duckdb
    """
    from ..scale import scale as run_scale

    if workers and scheduler:
        raise click.UsageError("choose one of --workers and --scheduler")
    if not inputs and not manifests:
        raise click.UsageError("give INPUTS or --manifest")
    progress = ShardProgress()
    try:
        config = Config.from_mapping({"model": model, "dictionaries": list(dictionaries),
                                      "text_field": text_field, "id_field": id_field,
                                      "batch_size": batch_size})
        _check_model(config)
        with progress.shown():
            report, problems = run_scale(
                inputs, out, config=config, input_format=input_format, manifests=manifests,
                workers=workers, scheduler=scheduler, files_per_shard=files_per_shard,
                retries=retries, dashboard=dashboard, verbose=verbose, on_start=progress.start,
                on_shard=progress.shard_done, on_documents=progress.coded)
    except DatelineError as exc:
        fail(str(exc), verbose)
    except Exception as exc:  # a bug: still one line, the traceback with --verbose
        fail(f"unexpected {type(exc).__name__}: {exc} (run again with --verbose to see where)", verbose)
    sys.exit(_report(report, problems, out))


def _report(report, problems: list, out: str) -> int:
    """Print the run's errors and closing line; the exit code."""
    errors = [p.detail for p in problems] + [f.detail for f in report.failures]
    # a finished shard's failed inputs are reported on every run, as `code` reports them
    errors += [line for info in report.finished for line in info.get("errors", [])]
    for line in (line for info in report.finished for line in info.get("not_coded", [])):
        click.echo(f"skipped: {line}", err=True)  # another language: not a failure
    for line in errors:
        click.echo(f"error: {line}", err=True)
    tally = report.tally
    coded = tally["added"] + tally["replaced"] + tally["unchanged"]
    shards = len(report.finished) + len(report.failures)
    if not shards and not problems:
        fail("no input found (give files, directories or --manifest)")
    click.echo(f"coded {coded} document(s) in {len(report.finished)} of {shards} shard(s) into {out} "
               f"({report.skipped} finished before); {tally['failed']} document(s) failed, "
               f"{len(report.failures)} shard(s) failed", err=True)
    return 1 if errors else 0


def _check_model(config: Config) -> None:
    """Fail here, in one line, rather than in every worker."""
    from ..nlp import resolve_model_name

    resolve_model_name(config.model)
