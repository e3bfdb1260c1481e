"""dateline actors: every actor mention of a text and why it resolved as it did."""

from __future__ import annotations

import click

from ..config import Config
from .common import LIST_FORMATS, emit_rows, format_option, with_settings


@click.command()
@click.argument("text")
@with_settings("model", "dictionaries", "published", help_texts={
    "dictionaries": "PETRARCH/Phoenix actor or agent dictionary to load (repeatable).",
    "published": "Publication date (2024-02-20, 20 Feb 2024, RFC 2822), for dated offices."})
@format_option(LIST_FORMATS)
def actors(text: str, config: Config, fmt: str) -> None:
    """Show every actor mention in TEXT, its resolution, and the rule or entry behind it.

    \b
    Example:
      dateline actors "Russian Defense Minister Sergei Shoigu met Kim Jong-un. He left."
    """
    from ..actors import find_actors, load_knowledge
    from ..dictfiles import split_dictionaries
    from ..nlp import Parser

    parser = Parser(config.model)
    # verb dictionaries are the event coder's; actors need only actor and agent files
    knowledge = load_knowledge(extra_dictionaries=split_dictionaries(config.dictionaries)[0])
    found = find_actors(parser.parse(text), knowledge, config.published)
    rows = [[a.text, a.name, a.country, a.sector, a.code, a.kind, a.entity, a.start, a.end, a.evidence]
            for a in found]
    emit_rows(["mention", "name", "country", "sector", "code", "kind", "entity", "start", "end", "why"],
              rows, fmt)
