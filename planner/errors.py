"""Typed errors of the core. Each carries a user-facing message in the current
language and the exit code the command line gives for it: 2 invalid input,
3 refused by a balance rule, 4 conflict, 5 database problem (the README's
"A short tour" lists them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.i18n import tr
from planner.printable import visible

if TYPE_CHECKING:
    from planner.model import Post


class PlannerError(Exception):
    """Base of every error the core raises on purpose."""

    exit_code = 2

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    @property
    def message(self) -> str:
        # A name, a path or a driver's words inside the sentence stay on its line and show what they
        # hold, as tables show them: no terminal commands, no rest of the line turned backwards.
        shown = {name: visible(value) if type(value) is str else value for name, value in self.params.items()}
        return tr(self.key, **shown)

    def __str__(self) -> str:
        return self.message


class ValidationError(PlannerError):
    """Invalid input: a bad date, an unknown platform, a too long text (exit 2)."""

    exit_code = 2


class NotFoundError(ValidationError):
    """The thing named does not exist (exit 2: the input was wrong)."""


class ConflictError(PlannerError):
    """The row changed or vanished since the version the caller saw (exit 4).

    ``current`` is the post as it is now, or None when it was deleted, so a
    caller can show both sides instead of overwriting silently.
    """

    exit_code = 4

    def __init__(self, key: str, /, current: Post | None = None, **params: object) -> None:
        super().__init__(key, **params)
        self.current = current


class DatabaseError(PlannerError):
    """The database cannot be used: not ours, damaged, newer, read-only, locked (exit 5)."""

    exit_code = 5


class DiskFullError(DatabaseError):
    """No room left to write: the disk is full, a quota is used up, or a file would pass the
    largest size allowed (exit 5). Nothing was saved; once there is room, the same change can be saved."""
