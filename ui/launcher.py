"""The ``dialogos`` command: a subcommand runs headless, none opens the app.

Qt is imported only when the window is wanted, so scripts that call the
command line never pay for it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from planner import cli
from planner.errors import PlannerError
from planner.i18n import language
from planner.i18n import tr as message  # not Qt's tr(): lupdate must not collect it
from planner.locations import resolve_database


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args = cli.parse_args(arguments)  # also sets the language (--lang or the locale)
        if args.command is not None:
            return cli.main(arguments)
        path = resolve_database(args.db)
    except PlannerError as error:
        print(message("cli.error", message=error.message), file=sys.stderr)
        return error.exit_code
    from ui.app import run_app

    return run_app(path, language())


if __name__ == "__main__":
    sys.exit(main())
