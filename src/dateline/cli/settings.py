"""dateline config: the settings in effect, and where each comes from."""

from __future__ import annotations

import json

import click

from ..config import Config, load_config
from ..errors import DatelineError
from .common import LIST_FORMATS, config_file_option, emit_rows, format_option


@click.command(name="config")
@config_file_option()
@format_option(LIST_FORMATS)
def config_command(config_path: str | None, fmt: str) -> None:
    """Print the settings in effect: each value, where it comes from and what it does.

    A setting comes from a command-line flag (flag), else a DATELINE_* environment
    variable (env: DATELINE_TEXT_FIELD=body; a list separated by the path separator),
    else the settings file (file: dateline.toml in the working directory, or --config
    PATH; top-level keys are the setting names, e.g. published_field = "date"), else
    its default (default). The model shown is the one a run would load.

    \b
    Examples:
      dateline config
      DATELINE_DB=news.duckdb dateline config --format json
      dateline config --config project.toml
    """
    from ..nlp import resolve_model_name

    config, origins = load_config({}, config_path)
    values = config.as_dict()
    try:
        values["model"] = resolve_model_name(config.model)
    except DatelineError as exc:
        values["model"] = None
        origins["model"] = f"{origins['model']} ({exc})"
    if fmt == "table":
        values = {k: json.dumps(v) if isinstance(v, list) else v for k, v in values.items()}
    rows = [[name, value, origins[name], Config.HELP.get(name, "")] for name, value in values.items()]
    emit_rows(["setting", "value", "origin", "help"], rows, fmt)
