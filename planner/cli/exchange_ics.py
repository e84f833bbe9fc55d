"""`dialogos export ics` and `dialogos import ics`: arguments and handlers."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from planner.cli import ics_import
from planner.cli.parser import UsageError

if TYPE_CHECKING:
    from planner.cli.commands import Console
    from planner.service import Planner


def add_export(actions: Any, command: Any) -> None:
    """Declare `export ics` under the `export` command's actions."""
    command(actions, "ics", "cli.help_export_ics")


def add_import(actions: Any, command: Any) -> None:
    """Declare `import ics` under the `import` command's actions."""
    ics_import.add_import(actions, command)


def export(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    raise UsageError("cli.not_yet", what="export ics")


def import_(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    return ics_import.import_(planner, args, console)
