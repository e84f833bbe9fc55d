"""The ``dialogos`` command: a subcommand runs headless, none opens the app.

Qt is imported only when the window is wanted, so scripts that call the
command line never pay for it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from planner.cli.app_options import read_app_options
from planner.errors import PlannerError, ValidationError
from planner.i18n import language
from planner.i18n import tr as message  # not Qt's tr(): lupdate must not collect it
from planner.locations import resolve_database


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        # Only the app's own options: read without the parser (it loads only for a command, --help…).
        options = read_app_options(arguments)  # also sets the language (--lang or the locale)
        if options is not None:
            db = options.db
        else:
            from planner.cli import main as cli

            args = cli.parse_args(arguments)  # also sets the language
            if args.command is not None:
                return cli.main(arguments)
            db = args.db
        location = resolve_database(db)  # a file's path, or a PostgreSQL server's URL
        _refuse_without_a_screen()
    except PlannerError as error:
        print(message("cli.error", message=error.message), file=sys.stderr)
        return error.exit_code
    from ui.app import run_app

    return run_app(location, language())


def _refuse_without_a_screen() -> None:
    """Qt aborts the process when it finds no screen; say it in one line instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise ValidationError("error.no_display")


if __name__ == "__main__":
    sys.exit(main())
