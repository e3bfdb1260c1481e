"""The command line: a thin layer over the Python API, one module per command.

Exit codes: 0 the run happened and every input was coded; 1 some input or the run
failed (one ``error:`` line each; a traceback only with --verbose); 2 usage error.
"""

from __future__ import annotations

import click

from .. import __version__
from .actors import actors
from .attach import attach
from .code import code
from .errors import DatelineGroup
from .evaluation import evaluate
from .export import export_command
from .query import query
from .scale import scale
from .serve import serve
from .settings import config_command
from .summary import summary
from .watch import watch


@click.group(cls=DatelineGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dateline")
def cli() -> None:
    """dateline turns news into event data: who did what to whom, when, where,
    and according to whom.

    \b
    Example:
      dateline code examples/ && dateline summary
    """


for _command in (code, summary, export_command, config_command, actors, evaluate, serve, scale, attach,
                 watch, query):
    cli.add_command(_command)


def main() -> None:
    """Console entry point."""
    cli(prog_name="dateline")


if __name__ == "__main__":
    main()
