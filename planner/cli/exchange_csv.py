"""`dialogos export csv` and `dialogos import csv`: arguments and handlers."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from planner.cli.parser import UsageError

if TYPE_CHECKING:
    from planner.cli.commands import Console
    from planner.service import Planner


def add_export(actions: Any, command: Any) -> None:
    """Declare `export csv` under the `export` command's actions."""
    command(actions, "csv", "cli.help_export_csv")


def add_import(actions: Any, command: Any) -> None:
    """Declare `import csv` under the `import` command's actions."""
    command(actions, "csv", "cli.help_import_csv")


def export(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    raise UsageError("cli.not_yet", what="export csv")


def import_(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    raise UsageError("cli.not_yet", what="import csv")
