"""How the command line fails: one ``error:`` line with a catalogue code, exit 1 for a
failed run, 2 for a usage error; a traceback only with --verbose."""

from __future__ import annotations

import sys
import traceback
from typing import Any, NoReturn

import click

from ..errors import E, DatelineError, message

USAGE_EXIT, FAILURE_EXIT = 2, 1


class DatelineGroup(click.Group):
    """A click group whose failures all come out as one coded ``error:`` line."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        argv = list(sys.argv[1:] if args is None else args)
        try:
            status = super().main(argv, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:
            click.echo(exc.ctx.get_help() if exc.ctx else "", err=True)
            sys.exit(USAGE_EXIT)
        except click.UsageError as exc:
            _usage(exc, prog_name or "dateline")
        except click.ClickException as exc:  # a file click could not open, and the like
            _say(message(E.USAGE, detail=exc.format_message(), command=prog_name or "dateline"))
            sys.exit(exc.exit_code)
        except click.Abort:
            _say("aborted")
            sys.exit(FAILURE_EXIT)
        except DatelineError as exc:
            _failed(str(exc), "--verbose" in argv)
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:  # a bug: still one line, the traceback with --verbose
            _failed(message(E.UNEXPECTED, kind=type(exc).__name__, detail=exc), "--verbose" in argv)
        sys.exit(status if isinstance(status, int) else 0)


def _say(line: str) -> None:
    click.echo(f"error: {line}", err=True)


def _usage(exc: click.UsageError, prog: str) -> NoReturn:
    command = exc.ctx.command_path if exc.ctx is not None else prog
    _say(message(E.USAGE, detail=exc.format_message(), command=command))
    sys.exit(USAGE_EXIT)


def _failed(line: str, verbose: bool) -> NoReturn:
    _say(line)
    if verbose:
        traceback.print_exc()
    sys.exit(FAILURE_EXIT)
