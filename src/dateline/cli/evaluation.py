"""dateline evaluate: score dateline against gold data."""

from __future__ import annotations

import json
import os

import click

from ..errors import E, DatelineError
from .common import dict_option, fallback_dict_option, format_option, model_option


@click.command()
@click.argument("task")
@click.argument("path", type=click.Path(exists=True))
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N gold items.")
@click.option("--errors", "errors_file", default=None, help="Write every error (gold vs ours) as JSON lines.")
@dict_option("Dictionaries to load first (e.g. a gold set's own actor, agent and verb dictionaries).")
@fallback_dict_option()
@click.option("--dyads-only", is_flag=True,
              help="events: score only events with both source and target coded, for gold "
                   "made by a coder that codes nothing else (PETRARCH's require_dyad, as in "
                   "the UD-PETRARCH validation suite).")
@click.option("--half", type=click.Choice(["tune", "check", "all"]), default="all", show_default=True,
              help="Score only the tuning or the check half of the gold set (each item's half is "
                   "fixed by a hash of its text): tune rules on 'tune', judge them on 'check'.")
@model_option()
@format_option(("table", "json"))
def evaluate(task: str, path: str, limit: int | None, errors_file: str | None,
             dictionaries: tuple[str, ...], fallback_dictionaries: tuple[str, ...], dyads_only: bool,
             half: str, model: str | None, fmt: str) -> None:
    """Score dateline against gold data: TASK is one of events, quad, arguments,
    quotes, dates, places, plover, actors; PATH is the gold file or folder.

    Events are scored at three actor levels: country (an unknown country counts
    as a value, so a one-sided event can match), known_country (both countries
    known and equal) and sector.

    \b
    Examples:
      dateline evaluate events ../shared/gold/petr2-gsr/PETR2_GSR_validation.xml
      dateline evaluate events ../shared/gold/petr2-gsr/PETR2_GSR_validation.xml --half check
      dateline evaluate quad ../shared/gold/conflibert-cameo-train/cameo_class_train.tsv --limit 200
      dateline evaluate quotes ../shared/gold/polnear/dev --errors quote-errors.jsonl
      dateline evaluate actors ../shared/gold/ngec-actor-tests/ngec_actor_expectations.tsv
      dateline evaluate quad ../shared/gold/conflibert-cameo-train/cameo_class_train.tsv \\
        --fallback-dict ../shared/reference/petrarch2-dictionaries/CAMEO.2.0.txt
    """
    from ..evaluate import TASKS, evaluate as run, write_errors

    if task not in TASKS:
        raise click.BadParameter(f"choose one of {', '.join(TASKS)}", param_hint="TASK")
    if errors_file:
        _check_writable(errors_file)
    try:
        pipeline = _with_fallback(model, dictionaries, fallback_dictionaries)
        if pipeline is not None:  # it holds the model and dictionaries
            model, dictionaries = None, ()
        report = run(task, path, limit=limit, half=half, model=model, pipeline=pipeline,
                     dictionaries=list(dictionaries), dyads_only=dyads_only)
    except DatelineError as exc:
        if exc.code != E.EMPTY_INPUT:
            raise
        # the readers find no gold item in a file of another kind: say so, not "empty"
        raise DatelineError(E.NOT_GOLD, path=path, task=task,
                            detail=f"no gold item found ({exc})") from None
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(report.table())
    if errors_file:
        count = write_errors(report, errors_file)
        click.echo(f"{count} error(s) written to {errors_file}", err=True)


def _check_writable(path: str) -> None:
    """Fail before scoring (minutes) when the errors file cannot be written."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise DatelineError(E.CANNOT_WRITE, path=path, detail=f"no such folder {folder}")
    if os.path.isdir(path) or not os.access(folder, os.W_OK):
        raise DatelineError(E.CANNOT_WRITE, path=path, detail="a folder, or in a folder that "
                            "is not writable")


def _with_fallback(model: str | None, dictionaries: tuple[str, ...], fallbacks: tuple[str, ...]):
    """A pipeline with fallback verb dictionaries, or None when there are none."""
    if not fallbacks:
        return None
    from ..config import Config
    from ..pipeline import Pipeline

    return Pipeline(Config.from_mapping({"model": model, "dictionaries": list(dictionaries),
                                         "fallback_dictionaries": list(fallbacks)}))
