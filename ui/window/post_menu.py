"""The menu a post opens on a right click (or the menu key): on a card of the week, a chip of the
month, a row of the agenda and an idea of the backlog alike.

Made of the window's shared actions, which act on the menu's post (:mod:`ui.window.post_actions`).
"Mark published" is there, leading, only when the post's time has passed while it is still ready or
scheduled: a post still to come has not gone out.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QMenu, QWidget

from planner.model import Post, Status
from ui.window.actions import Actions

POST_MENU_NAME = "post_menu"
"""The menu's object name: tests find the open menu by it."""


def post_menu(parent: QWidget, actions: Actions, post: Post, now: datetime, *, read_only: bool) -> QMenu:
    """The menu for ``post`` at ``now``; it deletes itself once closed."""
    menu = QMenu(parent)
    menu.setObjectName(POST_MENU_NAME)
    past_due = post.past_due(now) and not read_only
    if past_due:
        menu.addAction(actions.mark_published)
        menu.addSeparator()
    menu.addAction(actions.edit_post)
    if not read_only:
        menu.addAction(actions.duplicate_post)
        menu.addAction(actions.move_post_to)
        if post.status is not Status.CANCELLED:
            menu.addAction(actions.cancel_post)
        menu.addSeparator()
        menu.addAction(actions.delete_post)
    menu.addSeparator()
    menu.addAction(actions.post_history)
    menu.aboutToHide.connect(menu.deleteLater)
    return menu
