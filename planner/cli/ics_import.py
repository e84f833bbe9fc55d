"""`dialogos import ics`: arguments and handler."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from planner.cli.parser import UsageError

if TYPE_CHECKING:
    from planner.cli.commands import Console
    from planner.service import Planner


def add_import(actions: Any, command: Any) -> None:
    """Declare `import ics` under the `import` command's actions."""
    command(actions, "ics", "cli.help_import_ics")


def import_(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    raise UsageError("cli.not_yet", what="import ics")
