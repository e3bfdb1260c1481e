"""dateline watch: poll feeds and code their new entries into the database."""

from __future__ import annotations

import sys

import click

from ..config import DEFAULT_DB, Config
from ..dedup import DEFAULT_THRESHOLD, MIN_THRESHOLD
from ..errors import DatelineError
from .common import fail, model_option, verbose_option


def _say(kind: str, line: str) -> None:
    click.echo(f"{kind}: {line}", err=True)


@click.command()
@click.argument("feeds_file", metavar="FEEDS.txt", type=click.Path(exists=True, dir_okay=False))
@click.option("--every", default="15m", show_default=True,
              help="Time between the starts of two polls: 90, 30s, 15m, 1h.")
@click.option("--fetch", is_flag=True,
              help="Download each new entry's linked page and code the page, not the feed's text.")
@click.option("--once", is_flag=True, help="Poll once and exit (to run from cron).")
@click.option("--polls", type=click.IntRange(1), default=None, help="Stop after this many polls.")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to store results in.")
@model_option()
@click.option("--delay", default=1.0, show_default=True, type=click.FloatRange(0),
              help="Seconds between two requests to one host (a longer robots.txt Crawl-delay wins).")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(0.1),
              help="Seconds a feed or page may take to arrive whole.")
@click.option("--max-bytes", default=10 * 1024 * 1024, show_default=True, type=click.IntRange(1),
              help="Largest feed or page downloaded.")
@click.option("--story-threshold", default=DEFAULT_THRESHOLD, show_default=True,
              type=click.FloatRange(MIN_THRESHOLD, 1.0),
              help="Shingle similarity (Jaccard) at which two articles are copies of one story.")
@verbose_option()
def watch(feeds_file: str, every: str, fetch: bool, once: bool, polls: int | None, db: str,
          model: str | None, delay: float, timeout: float, max_bytes: int,
          story_threshold: float, verbose: bool) -> None:
    """Poll the RSS or Atom feeds listed in FEEDS.txt (one URL a line, # comments) and
    code their new entries into the database, until stopped (Ctrl-C).

    An entry is coded once: again only when its content changes. What was coded is
    remembered in the database, so a stopped or crashed watcher started again goes on
    where it was, with no entry twice and none missed. Requests name dateline in their
    user agent, obey robots.txt, wait --delay seconds between two requests to one host,
    and give up on a feed or page after --timeout seconds or past --max-bytes. A page
    that failed for a reason that may pass (a timeout, a server error) is tried again
    on the next two polls. Exits with 1 when a feed or entry failed (with --once or
    --polls, or after Ctrl-C).

    \b
    Examples:
      dateline watch feeds.txt --every 15m
      dateline watch feeds.txt --fetch --once --db news.duckdb
    """
    from ..watch import parse_interval, read_feed_list

    try:
        seconds = parse_interval(every)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--every") from None
    try:
        feeds, problems = read_feed_list(feeds_file)
    except DatelineError as exc:
        fail(str(exc), verbose)
    for problem in problems:
        _say("error", problem.detail)
    try:
        watcher = _watcher(db, model, fetch, delay, timeout, max_bytes, story_threshold)
    except DatelineError as exc:
        fail(str(exc), verbose)
    try:
        watcher.run(feeds, seconds, polls=1 if once else polls)
    except KeyboardInterrupt:
        _say("note", "stopped")
    except DatelineError as exc:
        fail(str(exc), verbose)
    finally:
        watcher.fetcher.close()
    tally = watcher.tally
    _say("note", f"coded {tally['coded']} new entr{'y' if tally['coded'] == 1 else 'ies'} into {db}; "
                 f"{tally['failed']} failed; {tally['skipped']} skipped (not English)")
    sys.exit(1 if tally["failed"] or problems else 0)


def _watcher(db, model, fetch, delay, timeout, max_bytes, story_threshold):
    from ..pipeline import Pipeline
    from ..watch import FeedWatcher, Fetcher

    pipeline = Pipeline(Config.from_mapping({"model": model, "db": db}))
    fetcher = Fetcher(delay=delay, max_bytes=max_bytes, timeout=timeout)
    return FeedWatcher(pipeline, db, fetcher, fetch_pages=fetch, story_threshold=story_threshold,
                       say=_say)
