"""What the window's helpers use of the main window, which imports them.

:mod:`ui.window.commands` and :mod:`ui.window.editing` take the window as one
of these protocols rather than importing :class:`ui.window.main_window.MainWindow`
(which would be an import cycle); each protocol names only what its module uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from planner.service import Planner
    from ui.operations import PostOperations
    from ui.sharing.team import Sharing


class PlanWindow(Protocol):
    """A window over an open plan: the plan, its undoable operations, the team's sharing, reading it again."""

    planner: Planner
    ops: PostOperations
    sharing: Sharing

    def reload(self) -> None: ...
