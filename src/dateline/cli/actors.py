"""dateline actors: every actor mention of a text and why it resolved as it did."""

from __future__ import annotations

import click

from ..errors import DatelineError
from .common import LIST_FORMATS, dict_option, emit_rows, fail


@click.command()
@click.argument("text")
@click.option("--model", default=None, help="spaCy model name.")
@dict_option("PETRARCH/Phoenix actor or agent dictionary to load (repeatable).")
@click.option("--published", default=None, help="Publication date (ISO), for dated offices.")
@click.option("--format", "fmt", type=click.Choice(LIST_FORMATS), default="table", show_default=True)
def actors(text: str, model: str | None, dictionaries: tuple[str, ...], published: str | None,
           fmt: str) -> None:
    """Show every actor mention in TEXT, its resolution, and the rule or entry behind it.

    \b
    Example:
      dateline actors "Russian Defense Minister Sergei Shoigu met Kim Jong-un. He left."
    """
    from ..actors import find_actors, load_knowledge
    from ..dictfiles import split_dictionaries
    from ..nlp import Parser

    try:
        parser = Parser(model)
        # verb dictionaries are the event coder's; actors need only actor and agent files
        knowledge = load_knowledge(extra_dictionaries=split_dictionaries(dictionaries)[0])
    except DatelineError as exc:
        fail(str(exc))
    found = find_actors(parser.parse(text), knowledge, published)
    rows = [[a.text, a.name, a.country, a.sector, a.code, a.kind, a.entity, a.start, a.end, a.evidence]
            for a in found]
    emit_rows(["mention", "name", "country", "sector", "code", "kind", "entity", "start", "end", "why"],
              rows, fmt)
