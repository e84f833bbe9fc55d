"""The ``dialogos`` command: a subcommand runs headless, none opens the app.

Qt is imported only when the window is wanted, so scripts that call the
command line never pay for it.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Sequence
from typing import NamedTuple

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
        _refuse_without_xcb_libraries()
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


class SystemLibrary(NamedTuple):
    """A library Qt's X11 platform plugin loads from the system, and the packages that bring it."""

    name: str  # as ctypes.util.find_library looks it up: libNAME.so
    debian: str  # Debian, Ubuntu
    fedora: str


XCB_NEEDS = (
    # Qt 6.5 and later will not load its X11 plugin without it, and desktops do not always install it.
    SystemLibrary("xcb-cursor", "libxcb-cursor0", "xcb-util-cursor"),
)


def _uses_xcb() -> bool:
    """Whether Qt will open its window through X11: asked to, or on X11 alone (a Wayland
    session picks its own plugin first)."""
    asked = os.environ.get("QT_QPA_PLATFORM", "")
    if asked:
        return asked.split(":")[0].split(";")[0] == "xcb"
    return bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def missing_xcb_library(find: Callable[[str], str | None] | None = None) -> SystemLibrary | None:
    """The first library Qt's X11 plugin needs that the system lacks, when Qt will use that plugin.

    Without it Qt prints a few lines of its own and aborts; this is checked before Qt loads."""
    if not sys.platform.startswith("linux") or not _uses_xcb():
        return None
    finder = find or ctypes.util.find_library
    return next((library for library in XCB_NEEDS if finder(library.name) is None), None)


def _refuse_without_xcb_libraries() -> None:
    missing = missing_xcb_library()
    if missing is not None:
        raise ValidationError(
            "error.missing_system_library",
            library=f"lib{missing.name}",
            package=missing.debian,
            fedora=missing.fedora,
        )


if __name__ == "__main__":
    sys.exit(main())
