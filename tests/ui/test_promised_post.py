"""The Follow-ups panel's "Plan the promised post…": a draft on the promise's platform at its due
time, linked to it, opened in the editor; one step to undo.

The clock is fixed at Wednesday 10 June 2026, 10:00 in Paris (``tests.helpers.ui.NOW``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from planner import Planner, Status
from planner.model import Followup, FollowupStatus, Post
from tests.helpers.ui import PARIS
from ui.followups.panel import FollowupsPanel
from ui.window.main_window import MainWindow

AddPost = Callable[..., Post]
MakeWindow = Callable[[], MainWindow]


def _menu_of(qtbot: QtBot, panel: FollowupsPanel, followup: Followup) -> QMenu:
    for earlier in QApplication.topLevelWidgets():
        if isinstance(earlier, QMenu) and earlier.objectName() == "followup_menu":
            earlier.close()
    item = panel.item(followup.id)
    assert item is not None
    panel.tree.scrollToItem(item)
    panel.tree.customContextMenuRequested.emit(panel.tree.visualItemRect(item).center())  # a right click
    [menu] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    return menu


def _click(qtbot: QtBot, menu: QMenu, text: str) -> None:
    [action] = [a for a in menu.actions() if a.text() == text]
    assert action.isEnabled()
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_plan_the_promised_post_makes_the_draft_opens_it_and_undo_takes_it_away(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow, add_post: AddPost
) -> None:
    poll = add_post("Which cover?", 2026, 6, 9, 9, 0, status=Status.PUBLISHED)
    promise = plan.followups.add(poll.id, "post", after="3d").followups[0]
    window = make_window()
    opened: list[Post | None] = []
    window.edit_post = opened.append  # type: ignore[method-assign]  # the editor itself is tested apart
    panel = window.followups.panel
    assert panel is not None
    _click(qtbot, _menu_of(qtbot, panel, promise), "Plan the promised post…")

    linked = plan.followups.get(promise.id)
    assert linked.kept_by_post is not None and linked.status is FollowupStatus.OPEN
    [planned] = opened
    assert planned is not None and planned.id == linked.kept_by_post
    assert planned.title == "Results: Which cover?" and planned.platform == "Instagram"
    assert planned.start == datetime(2026, 6, 12, 9, 0, tzinfo=PARIS) and planned.status is Status.DRAFT

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert plan.followups.get(promise.id).kept_by_post is None
    assert plan.posts_by_uid([planned.uid]) == {}
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    again = plan.posts_by_uid([planned.uid])[planned.uid]
    assert plan.followups.get(promise.id).kept_by_post == again.id


def test_only_an_open_promised_post_with_no_post_yet_offers_it(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow, add_post: AddPost
) -> None:
    poll = add_post("Which cover?", 2026, 6, 9, 9, 0, status=Status.PUBLISHED)
    replies = plan.followups.add(poll.id, "replies", after="3d").followups[0]
    promise = plan.followups.add(poll.id, "post", after="3d").followups[0]
    linked = plan.followups.plan_promised_post(plan.followups.add(poll.id, "post", after="4d").ids[0])
    window = make_window()
    panel = window.followups.panel
    assert panel is not None
    texts = [a.text() for a in _menu_of(qtbot, panel, replies).actions()]
    assert "Plan the promised post…" not in texts
    [offered] = [a for a in _menu_of(qtbot, panel, promise).actions() if a.text() == "Plan the promised post…"]
    assert offered.isEnabled()
    [done] = [a for a in _menu_of(qtbot, panel, linked.followups[0]).actions() if a.text() == "Plan the promised post…"]
    assert not done.isEnabled()
