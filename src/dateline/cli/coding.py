"""The run behind ``dateline code``: inputs through a CodingRun, the per-document JSON on
stdout (only that), progress and every other word on stderr, and a closing line that
accounts for every input."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import click

from ..config import Config
from ..errors import E, DatelineError
from ..records import Rejection

STDIN = "-"
# Names whose file holds one article: their count is the run's total for progress.
ONE_ARTICLE_FORMATS = ("text", "html")


class LazyStore:
    """The Store, opened when the first document needs it: a run that codes nothing
    creates no database. Rejections met before are kept and stored then (or at close,
    if the database already exists)."""

    def __init__(self, db: str, wait: bool, story_threshold: float) -> None:
        self.db, self.wait, self.story_threshold = db, wait, story_threshold
        self._store: Any = None
        self._waiting: list[Rejection] = []

    def _open(self) -> Any:
        if self._store is None:
            from ..store import Store

            self._store = Store(self.db, wait=self.wait, story_threshold=self.story_threshold)
            for rejection in self._waiting:
                self._store.write_rejection(rejection)
            self._waiting.clear()
        return self._store

    def current(self, keys: list) -> set[str]:
        return self._open().current(keys) if keys else set()

    def stored_result(self, doc_id: str) -> Any:
        return self._open().stored_result(doc_id)

    def write_batch(self, items: list) -> list:
        return self._open().write_batch(items) if items else []

    def write_rejection(self, rejection: Rejection) -> None:
        if self._store is None:
            self._waiting.append(rejection)
        else:
            self._store.write_rejection(rejection)

    @property
    def opened(self) -> bool:
        return self._store is not None

    def close(self) -> None:
        if self._store is None and self._waiting and os.path.isfile(self.db):
            self._open()
        if self._store is not None:
            self._store.close()


def known_total(paths: Iterable[str]) -> int | None:
    """How many documents a run will see, when the file names tell (one article a file),
    else None (JSON lines, feeds, WARC and stdin hold an unknown number)."""
    from ..ingest import expand_paths
    from ..ingest.sniff import format_from_name

    total = 0
    for path in expand_paths(paths):
        if path == STDIN:
            return None
        if isinstance(path, str) and format_from_name(path) not in ONE_ARTICLE_FORMATS:
            return None
        total += 1
    return total


def progress(outcomes: Iterable, total: int | None, console: Any = None) -> Iterator:
    """Progress on stderr (never stdout), only when stderr is a terminal: a bar with
    count, rate and time left when the total is known, else a count and the rate."""
    if console is None:
        if not sys.stderr.isatty():
            yield from outcomes
            return
        from rich.console import Console

        console = Console(stderr=True)
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn,
                               SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn)
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: Any) -> Text:
            return Text("" if task.speed is None else f"{task.speed:.1f} docs/s")

    columns: list[Any] = [SpinnerColumn(), TextColumn("coding")]
    columns += ([BarColumn(), MofNCompleteColumn(), Rate(), TimeElapsedColumn(),
                 TextColumn("ETA"), TimeRemainingColumn()] if total else
                [TextColumn("{task.completed} docs"), Rate(), TimeElapsedColumn()])
    with Progress(*columns, console=console, transient=True) as shown:
        task = shown.add_task("coding", total=total)
        for outcome in outcomes:
            shown.advance(task)
            yield outcome


class JsonOut:
    """The per-document JSON on stdout: json one array (always, even of 0 or 1), jsonl
    one object a line; nothing when fmt is None."""

    def __init__(self, fmt: str | None) -> None:
        self.fmt, self.count = fmt, 0
        if fmt == "json":
            click.echo("[", nl=False)

    def add(self, record: dict[str, Any] | None) -> None:
        if self.fmt is None or record is None:
            return
        text = json.dumps(record, ensure_ascii=False)
        if self.fmt == "json":
            text = ("\n" if self.count == 0 else ",\n") + text
        click.echo(text, nl=self.fmt == "jsonl")
        self.count += 1

    @property
    def opened(self) -> bool:
        return self._store is not None

    def close(self) -> None:
        if self.fmt == "json":
            click.echo("\n]" if self.count else "]")


def code_run(paths: tuple[str, ...], config: Config, fmt: str | None, store: Any,
             input_format: str, verbose: bool) -> Any:
    """Code the inputs; the run's tally (its outcome counts)."""
    from ..ingest import read_inputs
    from ..pipeline import Pipeline
    from ..run import SKIPPED, CodingRun

    pipeline = Pipeline(config)
    run = CodingRun(pipeline, store, want_records=fmt is not None)
    out = JsonOut(fmt)
    inputs = read_inputs(paths, config, input_format,
                         notify=lambda line: click.echo(f"note: {line}", err=True))
    for outcome in progress(run.run(inputs), known_total(paths)):
        if outcome.rejection is not None:
            word = "skipped" if outcome.status == SKIPPED else "error"
            click.echo(f"{word}: {outcome.rejection.detail}", err=True)
        else:
            out.add(outcome.to_dict())
    out.close()
    return run.tally


def closing_line(paths: tuple[str, ...], tally: Any, db: str | None, verbose: bool) -> int:
    """Say what became of every input; the exit code."""
    from ..ingest import skipped_files

    unread = list(skipped_files(paths))
    if verbose:
        for path, reason in unread:
            click.echo(f"skipped: {path}: {reason}", err=True)
    if tally.coded == 0 and tally.failed == 0 and tally.skipped == 0:
        hint = (f" ({len(unread)} file(s) skipped by their name: --verbose lists them)"
                if unread and not verbose else "")
        raise DatelineError(E.NO_INPUT, paths=", ".join(paths), skipped=hint)
    counts = tally.counts
    stored = "" if db is None else (
        f" into {db} ({counts['added']} added, {counts['replaced']} replaced, "
        f"{counts['unchanged']} unchanged)")
    reasons = Counter({"not English": tally.skipped} if tally.skipped else {})
    reasons.update("not a format dateline reads" for _ in unread)
    skipped = sum(reasons.values())
    detail = ", ".join(f"{n} {why}" for why, n in sorted(reasons.items()))
    tail = f"; {skipped} skipped ({detail})" if skipped else "; 0 skipped"
    click.echo(f"coded {tally.coded} document(s){stored}; {tally.failed} failed{tail}", err=True)
    return 1 if tally.failed else 0
