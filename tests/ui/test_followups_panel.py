"""The Follow-ups panel beside Balance and Ideas: late first (in red), then due, then kept; ticking
keeps, the menu drops (asking why) or shows the post; Undo opens the follow-up again; the status
bar counts the late ones.

The clock is fixed at Wednesday 10 June 2026, 10:00 in Paris (``tests.helpers.ui.NOW``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu
from pytestqt.qtbot import QtBot

from planner import Planner, Status
from planner.model import Followup, FollowupStatus, Post
from tests.helpers.ui import PARIS
from ui.followups.panel import LATE_COLOUR, FollowupsPanel
from ui.window.main_window import MainWindow

AddPost = Callable[..., Post]
MakeWindow = Callable[[], MainWindow]


@dataclass
class Promises:
    monday: Post
    poll: Post
    thursday: Post
    late: Followup  # Monday's reply window, due Monday 11:00
    results: Followup  # the poll's results, promised for Friday
    answer: Followup  # an answer owed on Thursday
    kept: Followup  # the poll's reply window, kept


@pytest.fixture
def promises(plan: Planner, add_post: AddPost) -> Promises:
    monday = add_post("Your winter book?", 2026, 6, 8, 9, 0, status=Status.PUBLISHED)
    poll = add_post("Which cover?", 2026, 6, 9, 9, 0, status=Status.PUBLISHED, category="Poll")
    thursday = add_post("Ask us anything", 2026, 6, 11, 9, 0)
    late = plan.followups.add(monday.id, "replies", after="2h", duration=90).followups[0]
    results = plan.followups.add(poll.id, "post", after="3d").followups[0]
    answer = plan.followups.add(thursday.id, "answer", after="1h", note="@marie").followups[0]
    replies = plan.followups.add(poll.id, "replies", after="1h").followups[0]
    kept = plan.followups.keep(replies.id).followups[0]
    return Promises(monday, poll, thursday, late, results, answer, kept)


def panel_of(window: MainWindow) -> FollowupsPanel:
    panel = window.followups.panel
    assert panel is not None and window.followups.dock.widget() is panel
    if window.followups.dock.isHidden():
        # Two posts in one hour fold the side panels into the strip at the tests' size: opened as a user does.
        window.followups.dock.toggleViewAction().trigger()
    assert panel.isVisible()
    return panel


def select(qtbot: QtBot, panel: FollowupsPanel, followup: Followup) -> None:
    item = panel.item(followup.id)
    assert item is not None
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.selected() is not None and panel.selected().id == followup.id  # type: ignore[union-attr]


def status_of(plan: Planner, followup: Followup) -> FollowupStatus:
    return plan.followups.get(followup.id).status


def test_late_first_in_red_then_due_then_kept(make_window: MakeWindow, promises: Promises) -> None:
    window = make_window()
    panel = panel_of(window)
    assert panel.sections() == ["Late (1)", "Due (2)", "Kept (1)"]
    late = panel.item(promises.late.id)
    assert late is not None and late.parent() is panel.tree.topLevelItem(0)
    assert late.foreground(0).color() == LATE_COLOUR
    assert "Your winter book?" in late.text(0) and "Reply window, 90 min" in late.text(0)
    due = panel.tree.topLevelItem(1)
    assert [due.child(i).text(0).split("\n")[1] for i in range(due.childCount())] == [
        "Ask us anything",
        "Which cover?",
    ]  # by due instant: Thursday 10:00, then Friday 9:00
    kept = panel.item(promises.kept.id)
    assert kept is not None and kept.checkState(0) is Qt.CheckState.Checked


def test_the_status_bar_counts_the_late_ones(make_window: MakeWindow, promises: Promises) -> None:
    window = make_window()
    assert window.followups.late_label.isVisible()
    assert window.followups.late_label.text() == "1 follow-up late"


def test_nothing_late_says_nothing(plan: Planner, make_window: MakeWindow, add_post: AddPost) -> None:
    post = add_post("Tomorrow's question", 2026, 6, 11, 9, 0)
    plan.followups.add(post.id, "replies", after="2h")
    window = make_window()
    assert not window.followups.late_label.isVisible()
    assert panel_of(window).sections() == ["Due (1)"]


def test_ticking_keeps_and_undo_opens_it_again(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow, promises: Promises
) -> None:
    window = make_window()
    panel = panel_of(window)
    select(qtbot, panel, promises.late)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Space)  # ticks the current row's box
    assert status_of(plan, promises.late) is FollowupStatus.KEPT
    assert panel.sections() == ["Due (2)", "Kept (2)"]
    assert not window.followups.late_label.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status_of(plan, promises.late) is FollowupStatus.LATE
    assert panel.sections() == ["Late (1)", "Due (2)", "Kept (1)"]
    assert window.followups.late_label.text() == "1 follow-up late"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert status_of(plan, promises.late) is FollowupStatus.KEPT


def test_the_keep_button_keeps_the_selected_one(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow, promises: Promises
) -> None:
    window = make_window()
    panel = panel_of(window)
    select(qtbot, panel, promises.answer)
    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    assert status_of(plan, promises.answer) is FollowupStatus.KEPT


def test_a_kept_one_offers_neither_keep_nor_drop(qtbot: QtBot, make_window: MakeWindow, promises: Promises) -> None:
    panel = panel_of(make_window())
    select(qtbot, panel, promises.kept)
    assert not panel.keep_button.isEnabled() and not panel.drop_button.isEnabled()
    assert panel.post_button.isEnabled()


def test_drop_asks_for_a_reason_and_undo_opens_it_again(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow, promises: Promises
) -> None:
    window = make_window()
    panel = panel_of(window)
    select(qtbot, panel, promises.answer)

    def answer_the_question() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        assert "Ask us anything" in dialog.labelText()
        dialog.setTextValue("Marie asked in a direct message instead")
        dialog.accept()

    QTimer.singleShot(50, answer_the_question)
    qtbot.mouseClick(panel.drop_button, Qt.MouseButton.LeftButton)
    dropped = plan.followups.get(promises.answer.id)
    assert dropped.status is FollowupStatus.DROPPED
    assert dropped.reason == "Marie asked in a direct message instead"
    assert panel.item(promises.answer.id) is None  # dropped ones leave the list

    window.activateWindow()  # back from the question, as on a desktop
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status_of(plan, promises.answer) is FollowupStatus.OPEN
    assert panel.item(promises.answer.id) is not None


def test_dropping_without_a_reason_writes_nothing(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow, promises: Promises
) -> None:
    window = make_window()
    asked: list[Followup] = []

    def cancel(_parent: object, followup: Followup) -> None:
        asked.append(followup)

    window.ops.drop_asker = cancel
    panel = panel_of(window)
    select(qtbot, panel, promises.late)
    revision = plan.revision()
    qtbot.mouseClick(panel.drop_button, Qt.MouseButton.LeftButton)
    assert [f.id for f in asked] == [promises.late.id]
    assert status_of(plan, promises.late) is FollowupStatus.LATE
    assert plan.revision() == revision
    assert not window.ops.stack.canUndo()


def test_the_menu_drops_too(qtbot: QtBot, plan: Planner, make_window: MakeWindow, promises: Promises) -> None:
    window = make_window()
    window.ops.drop_asker = lambda _parent, _followup: "The contest was called off"
    panel = panel_of(window)
    item = panel.item(promises.late.id)
    assert item is not None
    point = panel.tree.visualItemRect(item).center()
    panel.tree.customContextMenuRequested.emit(point)  # what Qt sends after a right click on a real screen
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.objectName() == "followup_menu"]
    assert menus and menus[-1].isVisible()
    menu = menus[-1]
    [drop] = [a for a in menu.actions() if a.text() == "Drop…"]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(drop).center())
    assert plan.followups.get(promises.late.id).reason == "The contest was called off"


def test_show_post_selects_it_in_its_week(qtbot: QtBot, make_window: MakeWindow, promises: Promises) -> None:
    window = make_window()
    qtbot.mouseClick(window.week_view, Qt.MouseButton.LeftButton)  # nothing selected
    window.shift(1)  # next week: Monday's late reply window is still listed
    panel = panel_of(window)
    select(qtbot, panel, promises.late)
    qtbot.mouseClick(panel.post_button, Qt.MouseButton.LeftButton)
    assert window.week == (2026, 24)
    assert window.week_view.selected_post() == promises.monday.id


def test_double_click_shows_the_post(qtbot: QtBot, make_window: MakeWindow, promises: Promises) -> None:
    window = make_window()
    panel = panel_of(window)
    item = panel.item(promises.answer.id)
    assert item is not None
    panel.tree.scrollToItem(item)
    point = panel.tree.visualItemRect(item).center()
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)  # a double click's first press
    qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.week_view.selected_post() == promises.thursday.id


def test_a_promised_post_is_kept_by_the_post_chosen(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow, add_post: AddPost, promises: Promises
) -> None:
    results = add_post("The cover you chose", 2026, 6, 12, 9, 0, category="Poll")
    add_post("Elsewhere", 2026, 6, 12, 9, 0, platform="LinkedIn", category="Poll")
    window = make_window()
    offered: list[list[str]] = []

    def choose(_parent: object, _followup: Followup, candidates: list[Post], _zone: str) -> Post:
        offered.append([post.title for post in candidates])
        return next(post for post in candidates if post.id == results.id)

    window.followups.keeper_asker = choose
    panel = panel_of(window)
    select(qtbot, panel, promises.results)
    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    assert offered == [["Your winter book?", "Ask us anything", "The cover you chose"]]  # Instagram only
    linked = plan.followups.get(promises.results.id)
    assert linked.kept_by_post == results.id and linked.status is FollowupStatus.OPEN  # kept once published

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert plan.followups.get(promises.results.id).kept_by_post is None


def test_a_promised_post_with_no_post_to_keep_it_says_so(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow, add_post: AddPost
) -> None:
    poll = add_post("Which cover?", 2026, 6, 9, 9, 0, category="Poll")
    promise = plan.followups.add(poll.id, "post", after="3d").followups[0]
    window = make_window()
    panel = panel_of(window)
    select(qtbot, panel, promise)
    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    assert "plan it, then keep the follow-up with it" in window.statusBar().currentMessage()
    assert plan.followups.get(promise.id).version == promise.version


def test_a_colleagues_keep_shows_with_the_team_refresh(
    qtbot: QtBot, plan: Planner, plan_path, fixed_clock, make_window: MakeWindow, promises: Promises
) -> None:
    window = make_window()
    colleague = Planner.open(plan_path, clock=fixed_clock, user="sami")
    try:
        colleague.followups.keep(promises.late.id)
    finally:
        colleague.close()
    window.watch.check()
    qtbot.waitUntil(lambda: panel_of(window).sections() == ["Due (2)", "Kept (2)"])


def test_read_only_lists_but_changes_nothing(qtbot: QtBot, make_window: MakeWindow, promises: Promises) -> None:
    window = make_window()
    window.present_read_only(True)
    panel = panel_of(window)
    select(qtbot, panel, promises.late)
    assert not panel.keep_button.isEnabled() and not panel.drop_button.isEnabled()


def test_french_labels(promises: Promises, french: None, make_window: MakeWindow) -> None:
    window = make_window()
    panel = panel_of(window)
    assert panel.sections() == ["En retard (1)", "À tenir (2)", "Tenu (1)"]
    assert window.followups.dock.windowTitle() == "Suivis"
    assert panel.keep_button.text() == "Tenir"
    assert window.followups.late_label.text() == "1 suivi en retard"
    late = panel.item(promises.late.id)
    assert late is not None and "Créneau de réponse, 90 min" in late.text(0)


def test_the_due_instant_is_the_planners_wall_clock(make_window: MakeWindow, promises: Promises) -> None:
    panel = panel_of(make_window())
    item = panel.item(promises.late.id)
    assert item is not None
    assert promises.late.due == datetime(2026, 6, 8, 11, 0, tzinfo=PARIS)
    assert "11:00" in item.text(0)
