"""What the window does to one post besides editing it: Duplicate, Move to…, Cancel, and the
post menu that every place showing posts opens (week cards, month chips, agenda rows, ideas).

Each goes through the window's :class:`~ui.operations.PostOperations`, so it is one step to undo,
refused or warned by the rules and conflict-checked like any other change.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QStatusBar, QWidget

from planner.errors import PlannerError
from planner.model import Post, Status
from ui.once import one_use
from ui.window.parts import PlanWindow

if TYPE_CHECKING:
    from ui.window.actions import Actions


class PostActionsWindow(PlanWindow, Protocol):
    """What these commands use of the main window (:mod:`ui.window.parts`)."""

    action_set: Actions

    @property
    def planning_zone(self) -> str: ...
    def selected_post(self) -> Post | None: ...
    def as_shown(self, post: Post) -> Post: ...
    def reveal(self, post: Post) -> None: ...
    def refused_read_only(self) -> bool: ...
    def statusBar(self) -> QStatusBar: ...
    def now(self) -> datetime: ...
    def set_menu_post(self, post: Post | None) -> None: ...


def _widget(window: PostActionsWindow) -> QWidget:
    return cast(QWidget, window)


def _target(window: PostActionsWindow) -> Post | None:
    """The post the command acts on (the menu's, else the selected one), as the user saw it."""
    post = window.selected_post()
    if post is None or window.refused_read_only():
        return None
    return window.as_shown(post)


def duplicate(window: PostActionsWindow, post: Post | None = None, *, start: datetime | None = None) -> Post | None:
    """Edit ▸ Duplicate (Ctrl+D): a draft copy of the post at its own time (``start`` when dropped
    with Ctrl held), selected where it is shown. One step to undo."""
    post = window.as_shown(post) if post is not None else _target(window)
    if post is None or window.refused_read_only():
        return None
    copy = window.ops.duplicate(post, start=start)
    if copy is not None:
        window.reveal(copy)
    return copy


def move_to(window: PostActionsWindow) -> Post | None:
    """Edit ▸ Move to…: a date and time asked in a small dialog, in the post's zone (an idea is
    scheduled there as a draft). One step to undo."""
    from ui.dialogs.move_to import MoveToDialog

    post = _target(window)
    if post is None:
        return None
    zone_name = post.timezone if post.start is not None else window.planning_zone
    start = post.start or window.planner.next_posting_time(zone_name)
    with one_use(MoveToDialog(post, start, zone_name, _widget(window))) as dialog:
        if not dialog.exec():
            return None
        try:
            chosen = dialog.chosen()
        except PlannerError as error:
            window.statusBar().showMessage(error.message, 10_000)
            return None
    moved = window.ops.move(post, chosen)
    if moved is not None:
        window.reveal(moved)
    return moved


def cancel(window: PostActionsWindow) -> Post | None:
    """Edit ▸ Cancel post: its status becomes cancelled (never refused by a rule). One step to undo."""
    post = _target(window)
    if post is None or post.status is Status.CANCELLED:
        return None
    return window.ops.cancel(post)


def open_post_menu(window: PostActionsWindow, post: Post, where: QPoint) -> None:
    """The post menu for ``post`` at ``where`` (global): its actions act on that post, whatever is
    selected elsewhere, until the menu has done its work."""
    from ui.window.post_menu import post_menu

    window.set_menu_post(post)
    menu = post_menu(_widget(window), window.action_set, post, window.now(), read_only=window.planner.read_only)
    # An action is triggered after the menu hides: forget the menu's post only once that is done.
    menu.aboutToHide.connect(lambda: QTimer.singleShot(0, lambda: window.set_menu_post(None)))
    menu.popup(where)
