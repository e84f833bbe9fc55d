"""What runs before every command on an open plan: a warning about a risky place, one about
conflicted copies beside the plan, and, before a command that writes, the day's backup."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from planner.cli import copies
from planner.i18n import tr
from planner.sharing.places import warn_once

if TYPE_CHECKING:
    from planner.cli.console import Console
    from planner.service import Planner

# Commands that only read take no automatic backup: a `post list` on a file a
# colleague has open is not slowed by a copy. Any other command writes, and
# the first one of the day backs the file up before it changes anything.
READING = frozenset(
    {
        ("post", "list"),
        ("post", "show"),
        ("post", "history"),
        ("platform", "list"),
        ("category", "list"),
        ("rules", "list"),
        ("rules", "presets"),
        ("balance", None),
        ("export", "ics"),
        ("export", "csv"),
        ("db", "info"),
        ("db", "check"),
        ("db", "backup"),
        ("db", "backups"),
        ("db", "restore"),
        ("db", "compare"),
    }
)


def before_command(planner: Planner, args: argparse.Namespace, console: Console) -> None:
    """The one-time warnings about a risky place and about conflicted copies beside the
    plan, then, for a command that writes, the day's automatic backup.

    Either speaks in one line on stderr; neither ever stops the command, but a
    backup that finds the file damaged raises that damage (exit 5).
    """
    place = None if planner.on_server else warn_once(planner.path)
    if place is not None:
        print(tr("cli.warning", message=place.message), file=console.err)
    copies.warn_about_new_copies(planner, console.err)
    if (args.command, args.action) in READING:
        return
    made = planner.auto_backup()
    if made.problem is not None:
        print(tr("cli.warning", message=made.problem), file=console.err)
