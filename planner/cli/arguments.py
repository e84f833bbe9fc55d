"""The command line's parser: the program's own options, the way a command group declares
its subcommands, and the option helpers several groups share, with help and usage errors
in the user's language.

What each command takes is declared by its group (:mod:`planner.cli.commands`); this module
holds only what they have in common.
"""

from __future__ import annotations

import argparse
import contextlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NoReturn

from planner import __version__
from planner.defaults import MAX_NAME_LENGTH
from planner.errors import ValidationError
from planner.i18n import LANGUAGES, language, tr

FORMATS = ("table", "json")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# The arguments that name files (any bytes make a file's name); every other value is text.
PATH_ARGUMENTS = frozenset({"db", "destination", "source", "file"})

# argparse builds its own sentences with gettext; these are the ones a user
# meets, so usage errors read in French too.
_ARGPARSE_FR = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "affiche cette aide et quitte",
    "unrecognized arguments: %s": "arguments inconnus : %s",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "expected one argument": "une valeur est attendue",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (possibles : %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "not allowed with argument %s": "incompatible avec l’argument %s",
    "one of the arguments %s is required": "l’un des arguments %s est obligatoire",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut désigner %(matches)s",
    "show program's version number and exit": "affiche la version et quitte",
}


def _argparse_text(message: str) -> str:
    return _ARGPARSE_FR.get(message, message) if language() == "fr" else message


@contextlib.contextmanager
def argparse_in_language() -> Iterator[None]:
    """argparse's own words (``usage:``, its errors) in the current language, for as long as
    the block builds, parses or prints: argparse is left as it was for the rest of the process."""
    saved = argparse._  # type: ignore[attr-defined]
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = saved  # type: ignore[attr-defined]


class UsageError(ValidationError):
    """A command line that does not parse (exit 2)."""


class Parser(argparse.ArgumentParser):
    """Usage errors become one-line errors raised, not printed: the caller
    prints them like every other error, in the user's language."""

    def error(self, message: str) -> NoReturn:
        raise UsageError("cli.usage_error", detail=message, prog=self.prog)


Actions = argparse._SubParsersAction  # the object ``add_subparsers`` returns


def _global_options(parser: Parser, default: object) -> Parser:
    parser.add_argument("--db", metavar=tr("cli.metavar_path"), help=tr("cli.help_db"), default=default)
    parser.add_argument("--lang", choices=LANGUAGES, help=tr("cli.help_lang"), default=default)
    parser.add_argument(
        "--user", type=member_name, metavar=tr("cli.metavar_name"), help=tr("team.help_user"), default=default
    )
    parser.add_argument(
        "--debug", action="store_true", help=tr("cli.help_debug"), default=False if default is None else default
    )
    return parser


def root_parser() -> Parser:
    """``dialogos`` and its own options, without the commands (all the app's start parses)."""
    root = _global_options(Parser(prog="dialogos", description=tr("cli.description")), None)
    root.add_argument("--version", action="version", version=f"Dialogos {__version__}", help=tr("cli.help_version"))
    root.set_defaults(command=None, action=None)
    return root


@dataclass(frozen=True)
class Subcommands:
    """Where commands are declared: each one named here also takes the program's options.

    The options go before or after the command. Commands get their own copies
    whose default is SUPPRESS, so they never undo a value given before the
    command (argparse shares a parent's actions between parsers).
    """

    actions: Actions[Parser]
    common: Parser

    @classmethod
    def of(cls, root: Parser, action: type[argparse.Action]) -> Subcommands:
        """The commands of ``dialogos`` (``root``), their name stored in ``command``; ``action``
        is the subparsers' class."""
        metavar = tr("cli.metavar_command")
        actions = root.add_subparsers(dest="command", metavar=metavar, parser_class=Parser, action=action)
        return cls(actions, _global_options(Parser(add_help=False), argparse.SUPPRESS))

    def add(self, name: str, help_key: str) -> Parser:
        """A command ``name``, its help and description the message ``help_key``."""
        return self.actions.add_parser(name, help=tr(help_key), description=tr(help_key), parents=[self.common])

    def group(self, name: str, help_key: str, *, metavar_key: str = "cli.metavar_action") -> Subcommands:
        """A command whose actions (``post add``, ``post list``…) must be named."""
        return self.below(self.add(name, help_key), metavar_key=metavar_key)

    def below(self, parser: Parser, *, metavar_key: str = "cli.metavar_action") -> Subcommands:
        """The actions of command ``parser``, one of which must be named."""
        actions = parser.add_subparsers(dest="action", metavar=tr(metavar_key), required=True, parser_class=Parser)
        return Subcommands(actions, self.common)


# -- values ------------------------------------------------------------------------


def integer(text: str) -> int:
    """A whole number, refused in the user's words."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("cli.not_a_number", value=text)) from None


def decimal(text: str) -> float:
    """A number, with a decimal point or comma."""
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(tr("cli.not_a_number", value=text)) from None


def limit(text: str) -> int | None:
    """A number, or none (``none``, ``aucune``, 0 or empty)."""
    return None if text.strip().lower() in ("none", "aucune", "0", "") else integer(text)


def not_empty(message: str) -> Callable[[str], str]:
    """A value that must be there: an empty one (an unset variable in a script) is the error
    ``message`` says, not an idea or the default."""

    def given(text: str) -> str:
        if not text.strip():
            raise argparse.ArgumentTypeError(tr(message))
        return text

    return given


def member_name(text: str) -> str:
    """Who runs the command (``--user``): a member's name, on one line, as long as a name may be."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise argparse.ArgumentTypeError(tr("team.empty_user"))
    if len(cleaned) > MAX_NAME_LENGTH:
        raise argparse.ArgumentTypeError(tr("team.user_too_long", limit=MAX_NAME_LENGTH))
    if _CONTROL.search(cleaned):
        raise argparse.ArgumentTypeError(tr("team.user_control"))
    return cleaned


def status_word(text: str) -> str:
    """A status as typed: ``in-review`` and ``"in review"`` are ``in_review``, as people write it."""
    return "_".join(text.strip().lower().replace("-", " ").replace("_", " ").split())


moment_text = not_empty("cli.empty_moment")
given_text = not_empty("cli.empty_value")


# -- options several commands take ----------------------------------------------------


def formats(sub: Parser) -> None:
    """--format table|json."""
    sub.add_argument("--format", choices=FORMATS, default="table", help=tr("cli.help_format"))


def range_options(sub: Parser) -> None:
    """--week, or --from and --to."""
    when = sub.add_mutually_exclusive_group()
    when.add_argument("--week", metavar=tr("cli.metavar_week"), help=tr("cli.help_week"))
    when.add_argument("--from", dest="date_from", metavar=tr("cli.metavar_date"), help=tr("cli.help_from"))
    sub.add_argument("--to", dest="date_to", metavar=tr("cli.metavar_date"), help=tr("cli.help_to"))


def platform_filter(sub: Parser) -> None:
    """--platform NAME, as many as wanted."""
    sub.add_argument(
        "--platform", action="append", default=[], metavar=tr("cli.metavar_name"), help=tr("cli.help_filter_platform")
    )


def override(sub: Parser) -> None:
    """--force and --reason: a balance rule overridden, and why."""
    sub.add_argument("--force", action="store_true", help=tr("cli.help_force"))
    sub.add_argument("--reason", metavar=tr("cli.metavar_text"), help=tr("cli.help_reason"))


def expect_version(sub: Parser, *, help_key: str = "cli.help_expect_version") -> None:
    """--expect-version V: refused (exit 4) if the post (or what ``help_key`` names) changed since."""
    sub.add_argument("--expect-version", type=integer, metavar="V", help=tr(help_key))
