"""The headless command line: ``dialogos <command> ...`` on the same core as the app.

Errors are one line on stderr in the user's language, with the exit codes of
PRODUCT.md (2 input, 4 conflict, 5 database); ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from typing import TextIO

from planner.cli.commands import COMMANDS
from planner.cli.parser import build_parser
from planner.errors import PlannerError
from planner.i18n import LANGUAGES, detect_language, set_language, tr
from planner.locations import resolve_database
from planner.service import Planner

__all__ = ["main", "parse_args", "run"]

# Commands that only make sense on a file that already exists.
_EXISTING_ONLY = {("db", "check"), ("db", "backup"), ("db", "info")}


def _language_from(argv: Sequence[str]) -> str:
    """``--lang`` must take effect before the parser (and its help) is built."""
    for index, arg in enumerate(argv):
        value = None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value in LANGUAGES:
            return value
    return detect_language()


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse a command line; raises a usage error (exit 2) on a bad one."""
    set_language(_language_from(argv))
    return build_parser().parse_args(list(argv))


def run(args: argparse.Namespace, *, out: TextIO | None = None) -> int:
    """Run a parsed command on its database; returns the exit code."""
    stdout = out or sys.stdout
    path = resolve_database(args.db)
    create = (args.command, args.action) not in _EXISTING_ONLY
    with Planner.open(path, create=create) as planner:
        return COMMANDS[args.command](planner, args, stdout)


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """``dialogos`` with a command. Never raises: prints one line and returns a code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    stderr = err or sys.stderr
    debug = "--debug" in arguments
    try:
        args = parse_args(arguments)
        if args.command is None:
            build_parser().print_help(out or sys.stdout)
            return 0
        return run(args, out=out)
    except PlannerError as error:
        if debug:
            traceback.print_exc(file=stderr)
        print(tr("cli.error", message=error.message), file=stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(tr("cli.interrupted"), file=stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # noqa: BLE001 - the last net: one line, not a traceback
        if debug:
            traceback.print_exc(file=stderr)
        print(tr("cli.unexpected", kind=type(error).__name__, detail=str(error)[:200]), file=stderr)
        return 70
