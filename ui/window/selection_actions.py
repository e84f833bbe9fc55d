"""The Edit menu's post entries follow the selection: with no post selected they show greyed.

They are enabled again once the menu closes, so that their shortcuts (Ctrl+E, Shift+arrows…)
keep working for a post selected later: each command already does nothing without a post,
and the read-only state, which does disable them for good, is restored as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ui.window.actions import Actions


def _post_actions(actions: Actions) -> tuple[list[QAction], list[QAction]]:
    """The entries that act on one post: those that only read it, and those that change it."""
    reading = [actions.edit_post, actions.post_history]  # the editor opens read-only to read a post
    changing = [
        actions.delete_post,
        actions.duplicate_post,
        actions.mark_published,
        actions.cancel_post,
        actions.move_post_to,
        actions.move_day_earlier,
        actions.move_day_later,
        actions.move_earlier,
        actions.move_later,
    ]
    return reading, changing


def follow_selection(
    menu: QMenu, actions: Actions, *, has_post: Callable[[], bool], read_only: Callable[[], bool]
) -> None:
    """While ``menu`` is open, its post entries are enabled only if ``has_post()``."""
    reading, changing = _post_actions(actions)

    def show(selected: bool) -> None:
        for action in reading:
            action.setEnabled(selected)
        for action in changing:
            action.setEnabled(selected and not read_only())

    menu.aboutToShow.connect(lambda: show(has_post()))
    menu.aboutToHide.connect(lambda: show(True))
