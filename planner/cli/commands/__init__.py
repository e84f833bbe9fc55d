"""The commands, one module per group (``post``, ``db``, ``export``…), and the parser they make.

Each group's module declares its arguments (``add_parser``) and runs them (``run``). The
table below names them, so a group's module is imported only when its command is parsed
or run: ``dialogos post list`` loads neither the calendars nor the spreadsheets.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, cast

from planner.cli.arguments import Parser, Subcommands, argparse_in_language, root_parser

if TYPE_CHECKING:
    from planner.cli.console import Console
    from planner.service import Planner


class CommandGroup(Protocol):
    """What a module of this package provides."""

    def add_parser(self, parser: Parser, subcommands: Subcommands) -> None:
        """Declare the group's arguments and actions on its command's ``parser``."""

    def run(self, planner: Planner, args: argparse.Namespace, console: Console) -> int:
        """Run the parsed command on an open plan; returns the exit code."""


@dataclass(frozen=True, slots=True)
class Group:
    name: str
    """The command, as typed."""
    module: str
    """Its module in this package."""
    help_key: str
    """The message of its help and description."""


# In the order ``dialogos --help`` lists them.
GROUPS: Sequence[Group] = (
    Group("demo", "demo", "cli.help_demo"),
    Group("platform", "platform", "cli.help_platform"),
    Group("category", "category", "cli.help_category"),
    Group("post", "post", "cli.help_post"),
    Group("team", "team", "team.help_team"),
    Group("followup", "followup", "cli.help_followup"),
    Group("slot", "slot", "cli.help_slot"),
    Group("rules", "rules", "cli.help_rules"),
    Group("balance", "balance", "cli.help_balance"),
    Group("plan", "plan", "cli.help_plan"),
    Group("export", "export", "cli.help_export"),
    Group("import", "import_", "cli.help_import"),
    Group("db", "db", "cli.help_db_all"),
)
_BY_NAME = {group.name: group for group in GROUPS}


def load(command: str) -> CommandGroup:
    """The module of ``command``'s group, imported now if it was not yet."""
    return cast(CommandGroup, importlib.import_module(f"{__name__}.{_BY_NAME[command].module}"))


class _Groups(argparse._SubParsersAction):  # type: ignore[type-arg]
    """The commands, each declared in full only when named on the command line (or asked for)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pending: dict[str, Callable[[], None]] = {}

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:  # fmt: skip
        declare = self.pending.pop(values[0], None)
        if declare is not None:
            declare()
        super().__call__(parser, namespace, values, option_string)


def build_parser(*, commands_too: bool = True, lazily: bool = False) -> Parser:
    """The whole command line; help texts are in the current language, argparse's own words
    too when it parses or prints inside :func:`~planner.cli.arguments.argparse_in_language`.

    Without ``commands_too``, only the options of ``dialogos`` itself (the app's
    start parses no more). ``lazily``, each command's arguments are declared when
    the command is met while parsing, its module imported then: the others' help
    lines are all ``dialogos --help`` shows of them.
    """
    with argparse_in_language():  # the titles argparse gives a parser's options as it makes it
        root = root_parser()
        if not commands_too:
            return root
        subcommands = Subcommands.of(root, _Groups)
        groups = cast(_Groups, subcommands.actions)
        for group in GROUPS:
            parser = subcommands.add(group.name, group.help_key)

            def declare(name: str = group.name, parser: Parser = parser) -> None:
                load(name).add_parser(parser, subcommands)

            if lazily:
                groups.pending[group.name] = declare
            else:
                declare()
        return root
