"""dateline config: the settings in effect."""

from __future__ import annotations

import json

import click

from ..config import Config
from ..errors import DatelineError
from .common import LIST_FORMATS, emit_rows


@click.command(name="config")
@click.option("--format", "fmt", type=click.Choice(LIST_FORMATS), default="table", show_default=True)
def config_command(fmt: str) -> None:
    """Print the configuration in effect, with the help text of each setting.

    \b
    Example:
      dateline config --format json
    """
    from ..nlp import resolve_model_name

    config = Config()
    values = config.as_dict()
    try:
        values["model"] = resolve_model_name(config.model)
    except DatelineError as exc:
        values["model"] = f"(none: {exc})"
    rows = [[k, json.dumps(v) if isinstance(v, list) else v, Config.HELP.get(k, "")]
            for k, v in values.items()]
    emit_rows(["setting", "value", "help"], rows, fmt)
