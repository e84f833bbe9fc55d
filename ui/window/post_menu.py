"""The menu a post's card opens on a right click (or the menu key) in the week.

Made of the window's shared actions, which act on the selected post: the click selected it.
"Mark published" leads when the post's time has passed while it is still ready or scheduled.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QMenu, QWidget

from planner.model import Post
from ui.window.actions import Actions

POST_MENU_NAME = "post_menu"
"""The menu's object name: tests find the open menu by it."""


def post_menu(parent: QWidget, actions: Actions, post: Post, now: datetime, *, read_only: bool) -> QMenu:
    """The menu for ``post`` at ``now``; it deletes itself once closed."""
    menu = QMenu(parent)
    menu.setObjectName(POST_MENU_NAME)
    if post.past_due(now) and not read_only:
        menu.addAction(actions.mark_published)
        menu.addSeparator()
    menu.addAction(actions.edit_post)
    menu.addAction(actions.post_history)
    if not read_only:
        menu.addSeparator()
        menu.addAction(actions.delete_post)
    menu.aboutToHide.connect(menu.deleteLater)
    return menu
