"""The clock and the current user: where "now" and "who" come from.

A leaf: it imports nothing of the project. The planner takes a :data:`Clock`
(tests pass a fixed one) and a user name; when none is given, these are the
defaults.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]
"""Gives the current instant, an aware datetime."""


def system_clock() -> datetime:
    """The current instant in UTC, from the system's clock."""
    return datetime.now(UTC)


def current_user() -> str:
    """Who is making changes: ``$DIALOGOS_USER``, else the system login."""
    name = os.environ.get("DIALOGOS_USER", "").strip()
    if name:
        return name[:60]
    try:
        return getpass.getuser()[:60] or "?"
    except (OSError, KeyError):
        return "?"
