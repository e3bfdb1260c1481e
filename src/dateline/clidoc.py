"""The CLI reference (docs/cli.md), generated from the commands' --help.

    python -m dateline.clidoc > docs/cli.md

A test checks the checked-in file against this output, so the docs never drift.
"""

from __future__ import annotations

import click

from .cli import cli

WIDTH = 88  # fixed, so the generated file does not depend on the terminal


def render() -> str:
    """The markdown reference of every command, in the order of ``dateline --help``."""
    parts = ["# dateline command-line reference", "",
             "Generated from `--help` by `python -m dateline.clidoc`; do not edit by hand.", ""]
    # the group's own context settings (its -h/--help), as when the command runs
    root = click.Context(cli, info_name="dateline", terminal_width=WIDTH, max_content_width=WIDTH,
                         **cli.context_settings)
    parts += ["## dateline", "", "```", cli.get_help(root), "```", ""]
    for name in cli.list_commands(root):
        command = cli.get_command(root, name)
        context = click.Context(command, info_name=name, parent=root, terminal_width=WIDTH,
                                max_content_width=WIDTH, **root.command.context_settings)
        parts += [f"## dateline {name}", "", "```", command.get_help(context), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    print(render(), end="")
