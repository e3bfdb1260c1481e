"""dateline code: inputs into the database (and/or JSON on stdout)."""

from __future__ import annotations

import sys

import click

from ..config import Config
from ..dedup import DEFAULT_THRESHOLD, MIN_THRESHOLD
from ..errors import E, DatelineError
from ..ingest import FORMATS
from .coding import STDIN, LazyStore, closing_line, code_run
from .common import verbose_option, with_settings

CODE_SETTINGS = ("db", "model", "dictionaries", "fallback_dictionaries", "batch_size", "published", "text_field", "id_field",
                 "url_field", "title_field", "published_field", "outlet_field")
OUTPUT_FORMATS = ("json", "jsonl")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS, case_sensitive=False),
              default=None, help="Print the per-document JSON on stdout: json one array, "
                                 "jsonl one object a line.")
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@click.option("--jsonl", "as_jsonl", is_flag=True, help="Same as --format jsonl.")
@click.option("--no-store", is_flag=True, help="Do not write the database (with --format).")
@click.option("--wait", is_flag=True,
              help="If another dateline process is writing the database, wait for it to finish.")
@with_settings(*CODE_SETTINGS, help_texts={
    "db": "DuckDB file to store results in.",
    "dictionaries": "PETRARCH/Phoenix actor, agent or verb dictionary to load (repeatable); "
                    "a verb dictionary defines its verbs in place of the bundled lexicon's.",
    "published": "Publication date (2024-02-20, 20 Feb 2024, RFC 2822) for every document "
                 "of the run that has none of its own; a date the input carries wins."})
@click.option("--input-format", type=click.Choice(("auto",) + FORMATS, case_sensitive=False),
              default="auto", show_default=True,
              help="How to read inputs. auto: WARC, feeds and HTML by their content, then by "
                   "file name (.jsonl, .csv, .tsv, .html, .rss, .warc, any of them .gz), "
                   "else text.")
@click.option("--story-threshold", default=DEFAULT_THRESHOLD, show_default=True,
              type=click.FloatRange(MIN_THRESHOLD, 1.0),
              help="Shingle similarity (Jaccard) at which two articles are copies of one story.")
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Code in N worker processes (all cores: the number of cores), each finished "
                   "shard of inputs stored in one transaction. Not with --format or --no-store.")
@verbose_option()
def code(paths: tuple[str, ...], fmt: str | None, as_json: bool, as_jsonl: bool, no_store: bool,
         wait: bool, config: Config, input_format: str, story_threshold: float,
         workers: int | None, verbose: bool) -> None:
    """Code articles into the database: text files, JSON lines, CSV or TSV, HTML pages,
    RSS or Atom feeds, WARC archives (any of them gzipped), directories of them, or -
    for stdin.

    Each article is stored whole or not at all, once: a file is known by its path (a
    JSON line or row by its id, else its URL, else file and line), so coding the same
    inputs again adds nothing, an edited file replaces its records, and a run that was
    stopped (even killed) resumes where it was when started again. An article that
    cannot be read, coded or stored gets one error line and a row in the rejections
    table; the run goes on and exits with 1. An article in another language than
    English gets a "skipped:" line and a rejection row, and is not a failure. The
    closing line counts every input: added, replaced, unchanged, failed and skipped
    (by reason; --verbose lists the files of a folder that were not read).

    Publication dates are read from ISO 8601, "20 Feb 2024" or RFC 2822 forms; an
    input whose date cannot be read is rejected (E121). Settings also come from
    DATELINE_* variables and dateline.toml (see 'dateline config').

    Copies of one story (the same text, or nearly: see --story-threshold) share a
    story_id, the id of the earliest copy, also across runs.

    \b
    Examples:
      dateline code examples/
      dateline code article.txt --format json --no-store
      cat article.txt | dateline code -
      dateline code corpus/ --published 2005-01-15
      dateline code news.jsonl --text-field body --db news.duckdb
      dateline code CC-NEWS-20240101.warc.gz saved-page.html.gz feed.rss
      dateline code export.csv --text-field body --published-field date
      dateline code corpus/ --workers 4
      dateline code corpus/ --fallback-dict ~/petrarch2/CAMEO.2.0.txt
    """
    fmt = _output_format(fmt, as_json, as_jsonl, no_store, workers, paths)
    _check_workers(workers, config)
    if workers:
        _code_with_workers(paths, config, wait, workers, input_format, story_threshold, verbose)
    store = None if no_store else LazyStore(config.db, wait, story_threshold)
    try:
        tally = code_run(paths, config, fmt, store, input_format.lower(), verbose)
    finally:
        if store is not None:
            store.close()
    stored_in = config.db if store is not None and store.opened else None
    sys.exit(closing_line(paths, tally, stored_in, verbose))


def _output_format(fmt: str | None, as_json: bool, as_jsonl: bool, no_store: bool,
                   workers: int | None, paths: tuple[str, ...]) -> str | None:
    """--format, or its aliases --json and --jsonl; a usage error for two different
    ones, and for combinations that mean nothing."""
    chosen = {f for f, on in ((fmt and fmt.lower(), fmt), ("json", as_json), ("jsonl", as_jsonl))
              if on}
    if len(chosen) > 1:
        raise click.UsageError("choose one output format: --format json, --format jsonl "
                               "(or --json, --jsonl)")
    fmt = chosen.pop() if chosen else None
    if no_store and fmt is None:
        raise click.UsageError("--no-store without --format json or jsonl would code and "
                               "show nothing")
    if workers and (fmt or no_store or STDIN in paths):
        raise click.UsageError("--workers stores into the database: not with --format, "
                               "--no-store or - (stdin)")
    return fmt


def _check_workers(workers: int | None, config: Config) -> None:
    if workers and config.fallback_dictionaries:
        raise click.UsageError("--fallback-dict is not passed to --workers yet: code without "
                               "--workers")


def _code_with_workers(paths, config, wait, workers, input_format, story_threshold,
                       verbose) -> None:
    """The same run on a LocalCluster of ``workers`` processes (dateline.scale)."""
    from ..nlp import resolve_model_name
    from ..scale import code_with_workers
    from ..store import Store
    from .scale import ShardProgress

    resolve_model_name(config.model)
    db = config.db
    progress = ShardProgress()
    with Store(db, wait=wait, story_threshold=story_threshold) as store, progress.shown():
        counts, errors, report = code_with_workers(
            paths, store, workers, config=config, input_format=input_format, verbose=verbose,
            on_start=progress.start, on_shard=progress.shard_done, on_documents=progress.coded)
    for line in (line for info in report.finished for line in info.get("not_coded", [])):
        click.echo(f"skipped: {line}", err=True)
    for line in errors:
        click.echo(f"error: {line}", err=True)
    coded = counts["added"] + counts["replaced"] + counts["unchanged"]
    if coded == 0 and not errors:
        raise DatelineError(E.NO_INPUT, paths=", ".join(paths), skipped="")
    click.echo(f"coded {coded} document(s) into {db} ({counts['added']} added, "
               f"{counts['replaced']} replaced, {counts['unchanged']} unchanged); "
               f"{counts['failed']} failed", err=True)
    sys.exit(1 if errors else 0)
