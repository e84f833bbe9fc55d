"""Filling a week in the app: the core's proposal applied as one undoable step.

The core writes every placement in one transaction (:meth:`planner.service.Planner.apply_fill`);
undo puts every placed idea back in the backlog (an idea with no start) in one write, and redo
places them again, each expecting the version the last step left: a post someone changed
meanwhile is a conflict said in one line, and nothing of the step is half done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from planner.model import Change
from ui.series_operations import SeriesCommand
from ui.undo import Operations

if TYPE_CHECKING:
    from planner.fill import FillProposal


def apply_fill(ops: Operations, proposal: FillProposal) -> Change:
    """Write ``proposal`` and push its undo step; the window refreshes from the change.

    A :class:`~planner.errors.PlannerError` (a conflict: an idea edited or a slot taken since the
    proposal) comes back to the caller with nothing written; the window shows the plan as it is now."""
    from planner.errors import PlannerError

    try:
        change = ops.planner.apply_fill(proposal)
    except PlannerError:
        ops.changed.emit(None)
        raise
    for placed in change.posts:
        ops.history.saw(placed)
    ideas = [placement.idea for placement in proposal.placements]
    text = QCoreApplication.translate("undo", "Fill the week")
    # Several posts edited in one write, undone and redone in one write each: as a series' edit.
    ops.push(SeriesCommand(ops.history, text, ideas, change.posts), change)
    return change
