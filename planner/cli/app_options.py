"""The app's own options read without the parser, when they are all the command line holds.

``dialogos --db plan.sqlite --lang fr`` opens the app: reading those three
options (``--db``, ``--lang``, ``--debug``) needs neither argparse nor the
parser's modules, which a start would load only to throw away. Anything else
(a command, ``--help``, a shortened option, a value the parser would refuse or
read otherwise) is left to :func:`planner.cli.main.parse_args`, which gives its
usual message and exit code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planner.i18n import LANGUAGES, detect_language, set_language


@dataclass(frozen=True)
class AppOptions:
    """What ``parse_args`` would have read from a command line that only opens the app."""

    db: str | None = None
    lang: str | None = None
    debug: bool = False


def read_app_options(argv: Sequence[str]) -> AppOptions | None:
    """The app's options in ``argv``, the language set as ``parse_args`` sets it; None if the parser must read it.

    Options are written out in full, each value one the parser takes as it is:
    a separate value never starts with ``-`` (the parser would take it for an
    option), ``--lang`` is one of :data:`~planner.i18n.LANGUAGES`. As with the
    parser, the last of a repeated option wins.
    """
    db: str | None = None
    lang: str | None = None
    debug = False
    index = 0
    while index < len(argv):
        arg = argv[index]
        name, equals, value = arg.partition("=")
        if arg == "--debug":
            debug = True
        elif name in ("--db", "--lang"):
            if not equals:
                index += 1
                if index == len(argv) or argv[index].startswith("-"):
                    return None
                value = argv[index]
            if name == "--db":
                db = value
            elif value in LANGUAGES:
                lang = value
            else:
                return None
        else:
            return None
        index += 1
    set_language(lang or detect_language())
    return AppOptions(db, lang, debug)
