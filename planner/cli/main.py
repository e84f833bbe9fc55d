"""The headless command line's entry points: ``dialogos <command> ...`` on the same core as the app.

Errors are one line on stderr in the user's language, with the exit codes the
README lists (2 input, 4 conflict, 5 database); ``--debug`` adds the traceback.

The app's start parses its options here too, so this module imports only what
parsing needs: a command's plan, its group's module and what they need load when
it runs.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from planner.cli.arguments import PATH_ARGUMENTS, argparse_in_language
from planner.cli.commands import build_parser, load
from planner.cli.console import Console
from planner.errors import PlannerError, ValidationError
from planner.i18n import LANGUAGES, detect_language, set_language, tr
from planner.locations import resolve_database
from planner.printable import visible
from planner.storage.server_address import is_address, redact, shown
from planner.validation import utf8

__all__ = ["main", "parse_args", "run"]

# Commands that only make sense on a file that already exists.
_EXISTING_ONLY = {("db", "check"), ("db", "backup"), ("db", "backups"), ("db", "info"), ("db", "compare")}
# Commands that only read: they never create a file named on the command line.
_READ_ONLY = {
    ("post", "list"),
    ("post", "show"),
    ("platform", "list"),
    ("category", "list"),
    ("export", "ics"),
    ("export", "csv"),
    ("post", "history"),
    ("rules", "list"),
    ("rules", "presets"),
    ("balance", None),
    ("team", "list"),
    ("team", "waiting"),
    ("post", "comments"),
}


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
    # Opening the app needs only its own options; anything else (a command, --help, --version,
    # a stray word, a shortened option) goes to the whole parser, and gets its message.
    # A command's arguments are declared when the parser meets it: the others' modules stay unloaded.
    with argparse_in_language():
        args = build_parser(commands_too=not _opens_the_app(argv), lazily=True).parse_args(list(argv))
    if args.lang:
        set_language(args.lang)  # also when shortened (``--la fr``), which only the parser understands
    # A file's name may be any bytes; every other value is text, and bytes that are not UTF-8
    # (``--title $'caf\xe9'``) are refused here, before they reach a message or a database.
    for name, value in vars(args).items():
        if name not in PATH_ARGUMENTS:
            for text in value if isinstance(value, list) else [value]:
                if isinstance(text, str):
                    utf8(text)
    return args


def _opens_the_app(argv: Sequence[str]) -> bool:
    """Whether ``argv`` holds only ``--db PATH``, ``--lang L`` and ``--debug``, written out in full."""
    needs_value = False
    for arg in argv:
        if needs_value:
            needs_value = False
        elif arg in ("--db", "--lang"):
            needs_value = True
        elif arg != "--debug" and not arg.startswith(("--db=", "--lang=")):
            return False
    return not needs_value


def run(args: argparse.Namespace, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run a parsed command on its database; returns the exit code.

    The default database is created on first use. A file named with ``--db``
    or ``$DIALOGOS_DB`` is created only by a command that writes, and removed
    again if that command fails: a failing command leaves nothing behind, and
    a mistyped path to read from is an error, not a new empty plan.
    """
    # The plan and what runs before a command load only when one runs:
    # `dialogos` opening the app parses its options without them.
    from planner.cli.commands import db
    from planner.cli.preflight import before_command
    from planner.service import Planner
    from planner.sharing.backups import backup_folder, backups_of
    from planner.storage.connection import DamagedError, discard_if_untouched

    stdout = out or sys.stdout
    console = Console(stdout, err or sys.stderr)
    path = resolve_database(args.db)
    command = (args.command, args.action)
    server = isinstance(path, str)
    if server and command == ("db", "restore"):
        raise ValidationError("error.pg_no_restore", path=shown(str(path)))
    if command == ("db", "restore"):
        assert isinstance(path, Path)
        # Without opening the file first: a restore is what a file too damaged to open needs.
        return db.restore_database(path, args, console)
    if command == ("db", "backups") and isinstance(path, Path) and not path.exists():
        # A deleted plan: its backups are what it needs, to restore one (their times in the computer's
        # zone: the plan's own was in the file). A mistyped path has none: refused below.
        folder = backup_folder(path)
        if backups_of(path, folder):
            return db.list_backups(path, folder, None, args, console)
    named = bool(args.db or os.environ.get("DIALOGOS_DB"))
    create = command not in _EXISTING_ONLY and not (named and command in _READ_ONLY)
    # A new file, or an empty one (``touch plan.sqlite``): made a plan only if the command succeeds.
    was_empty = not isinstance(path, str) and path.is_file() and path.stat().st_size == 0
    fresh = not isinstance(path, str) and (was_empty or not path.exists())
    try:
        try:
            # --user wins over $DIALOGOS_USER: who signs the command's changes and its review steps.
            opened = Planner.open(path, create=create, user=getattr(args, "user", None))
        except DamagedError as damage:
            if command == ("db", "backups"):
                # What a damaged file needs: its backups, to restore one (their times in the computer's zone).
                assert isinstance(path, Path)
                return db.list_backups(path, backup_folder(path), None, args, console)
            if command != ("db", "check"):
                raise
            # Finding damage is what the check is for: said as its finding (exit 1), with the backup to restore.
            print(damage.message, file=stdout)
            print(tr("cli.check_failed", count=1), file=stdout)
            return 1
        with opened as planner:
            for notice in planner.notices:
                print(tr("cli.warning", message=notice), file=err or sys.stderr)
            if planner.backup_made is not None:
                print(tr("cli.migrated", path=planner.backup_made), file=err or sys.stderr)
            before_command(planner, args, console)  # a risky place said once; a writer's daily backup
            return load(args.command).run(planner, args, console)
    except BaseException:
        if fresh:
            assert isinstance(path, Path)
            discard_if_untouched(path, was_empty=was_empty)
        raise


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """``dialogos`` with a command. Never raises: prints one line and returns a code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    stderr = err or sys.stderr
    debug = "--debug" in arguments
    addresses = _addresses(arguments)
    if out is None and isinstance(sys.stdout, io.TextIOWrapper):
        # A file's name that is not UTF-8 is printed as the bytes it is made of, as ls prints it,
        # where a UTF-8 terminal's strict encoding would fail on it.
        sys.stdout.reconfigure(errors="surrogateescape")

    def say(line: str) -> None:
        # Whatever the line quotes (a name, a path, the driver's words): no terminal commands,
        # and no password of the addresses the command was given.
        print(redact(visible(line, multiline=True), *addresses), file=stderr)

    def trace() -> None:
        if debug:
            print(redact(traceback.format_exc(), *addresses), end="", file=stderr)

    args: object = None  # the parsed command line, once parsed
    try:
        try:
            # --help and --version print on ``out`` and stop argparse with SystemExit.
            with contextlib.redirect_stdout(out or sys.stdout):
                args = parse_args(arguments)
        except SystemExit as stop:
            return stop.code if isinstance(stop.code, int) else 0
        if args.command is None:
            with argparse_in_language():
                build_parser(lazily=True).print_help(out or sys.stdout)
            return 0
        return run(args, out=out, err=stderr)
    except PlannerError as error:
        from planner.balance.verdicts import BalanceRefused  # only a refusal needs it

        trace()
        message = error.message
        if isinstance(error, BalanceRefused):
            if getattr(args, "format", None) == "json":  # the suggestions as data, for scripts
                from planner.cli.render import as_json, refusal_record

                print(as_json(refusal_record(error.verdict, message, error.unsaved)), file=out or sys.stdout)
            message = f"{message} {tr('cli.override_hint')}"
        say(tr("cli.error", message=message))
        return error.exit_code
    except KeyboardInterrupt:
        say(tr("cli.interrupted"))
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # noqa: BLE001 - the last net: one line, not a traceback
        trace()
        say(tr("cli.unexpected", kind=type(error).__name__, detail=str(error)[:200]))
        return 70


def _addresses(arguments: Sequence[str]) -> list[str]:
    """The server addresses a command line names (``--db``, ``--db=``, ``$DIALOGOS_DB``): their
    passwords are kept out of everything it prints on stderr."""
    given = [arg.partition("=")[2] if arg.startswith("--") else arg for arg in arguments]
    return [text for text in (*given, os.environ.get("DIALOGOS_DB", "")) if is_address(text)]
