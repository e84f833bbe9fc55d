"""The main flows of the desktop app, driven through the real widgets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields, PostPatch
from planner.balance.rules import Mode, preset_rule
from planner.model import Post, Side
from planner.session import Clock
from tests.helpers.rules import eighty_twenty_asking_conversation
from tests.helpers.ui import PARIS
from ui.dialogs.move_to import MoveToDialog
from ui.editor.post_editor import PostEditor
from ui.operations import Resolution
from ui.week.view import WeekView
from ui.window.main_window import MainWindow, View

AddPost = Callable[..., Post]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=PARIS)


@pytest.fixture
def answers() -> dict[str, object]:
    """What the dialogs the window would open answer, set by each test."""
    return {"reason": "Launch day", "resolution": Resolution.THEIRS}


@pytest.fixture
def window(
    qtbot: QtBot, plan: Planner, fixed_clock: Clock, answers: dict[str, object]
) -> Iterator[Callable[[], MainWindow]]:
    made: list[MainWindow] = []

    def make() -> MainWindow:
        shown = MainWindow(
            plan,
            clock=fixed_clock,
            reason_asker=lambda _parent, _refusal: answers["reason"],  # type: ignore[return-value]
            conflict_asker=lambda _parent, _theirs, _mine, _editing: answers["resolution"],  # type: ignore[return-value]
        )
        shown.resize(1200, 800)
        qtbot.addWidget(shown)
        shown.show()
        shown.activateWindow()
        qtbot.waitUntil(shown.isActiveWindow)
        qtbot.waitUntil(shown.is_started)  # the side panels too
        made.append(shown)
        return shown

    yield make
    for shown in made:
        shown.close()


def answer_editor(qtbot: QtBot, fill: Callable[[PostEditor], None], problems: list[str]) -> None:
    """When the editor opens (it is modal), fill it and save with the keyboard."""

    def act() -> None:
        editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, PostEditor) and w.isVisible()]
        if not editors:
            QTimer.singleShot(20, act)  # not shown yet
            return
        editor = editors[0]
        fill(editor)
        editor.refresh_verdict()
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        if editor.isVisible():  # the save was refused: never leave a modal dialog open
            problems.append(editor.error_message() or "still open")
            editor.reject()

    QTimer.singleShot(0, act)


def card_centre(view: object, post_id: int) -> QPoint:
    return view.layout_rects()[post_id].center().toPoint()  # type: ignore[attr-defined]


def drag_to_day(qtbot: QtBot, view: WeekView, post_id: int, day: date) -> QPoint:
    """Drag a post's card with the mouse to the same hour of ``day``; where it was grabbed."""
    grab = card_centre(view, post_id)
    drop = QPoint(round(view.day_rect(day).center().x()), grab.y())
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(view, grab + QPoint(15, 15))
    qtbot.mouseMove(view, drop)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=drop)
    return grab


def test_create_a_post_in_the_editor(qtbot: QtBot, window: Callable[[], MainWindow], plan: Planner) -> None:
    shown = window()

    def fill(editor: PostEditor) -> None:
        editor.title_edit.setText("Which notebook do you use?")

    problems: list[str] = []
    answer_editor(qtbot, fill, problems)
    shown.new_post(start=at(11, 10))
    assert problems == []
    posts = plan.list_posts()
    assert [p.title for p in posts] == ["Which notebook do you use?"]
    assert posts[0].start_utc == at(11, 10)
    assert posts[0].id in shown.week_view.layout_rects()


def test_a_post_saved_out_of_sight_is_selected_and_scrolled_into_view(
    qtbot: QtBot, window: Callable[[], MainWindow], plan: Planner
) -> None:
    shown = window()
    view = shown.week_view
    view.verticalScrollBar().setValue(0)  # the morning at the top: 22:00 is out of sight
    late = datetime(2026, 6, 11, 22, 0, tzinfo=PARIS)

    answer_editor(qtbot, lambda editor: editor.title_edit.setText("Night owls' question"), [])
    shown.new_post(start=late)

    (post,) = plan.list_posts()
    assert view.selected_post() == post.id
    assert view.day_rect(date(2026, 6, 11)).contains(view.layout_rects()[post.id])  # below the day titles


def test_drag_a_card_to_another_day_then_undo_and_redo(
    qtbot: QtBot, window: Callable[[], MainWindow], add_post: AddPost, plan: Planner
) -> None:
    post = add_post("Move me", 2026, 6, 10, 9, 0)
    shown = window()
    view = shown.week_view
    drag_to_day(qtbot, view, post.id, date(2026, 6, 12))
    moved = plan.get_post(post.id)
    assert moved.start.date() == date(2026, 6, 12) and moved.start.hour == 9
    qtbot.keyClick(shown, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert plan.get_post(post.id).start_utc == at(10, 9)
    shown.action_set.redo.trigger()
    assert plan.get_post(post.id).start.date() == date(2026, 6, 12)


def test_block_mode_refusal_then_override_with_a_reason(
    qtbot: QtBot, window: Callable[[], MainWindow], add_post: AddPost, plan: Planner, answers: dict[str, object]
) -> None:
    plan.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    for day in (8, 9, 10, 11):
        add_post(f"Question {day}", 2026, 6, day, 9, 0)
    add_post("Offer", 2026, 6, 12, 9, 0, category="Offer")
    shown = window()
    answers["reason"] = None  # first the user cancels: nothing saved
    assert (
        shown.ops.create(PostFields(platform="Instagram", title="Launch", category="Launch", start=at(13, 9))) is None
    )
    assert "Launch" not in [p.title for p in plan.list_posts()]
    answers["reason"] = "Launch day"
    assert shown.ops.create(PostFields(platform="Instagram", title="Launch", category="Launch", start=at(13, 9)))
    assert plan.session.audit_log()[-1].reason == "Launch day"
    assert shown.balance_label.isVisible()


def test_the_balance_panel_follows_a_move(
    qtbot: QtBot, window: Callable[[], MainWindow], add_post: AddPost, plan: Planner
) -> None:
    for day in (8, 9, 10, 11):
        add_post(f"Question {day}", 2026, 6, day, 9, 0)
    add_post("Offer", 2026, 6, 12, 9, 0, category="Offer")
    second = add_post("Second offer", 2026, 6, 13, 9, 0, category="Offer")
    shown = window()

    def instagram_breaches() -> int:
        return sum(len(s.breach_labels) for s in shown.balance_panel.sections() if s.platform == "Instagram")

    assert instagram_breaches() > 0
    # Before the four questions, the two offers are five posts apart: no breach left.
    shown.ops.move(second, at(1, 9))
    assert instagram_breaches() == 0


def test_a_commit_from_another_connection_shows_up(
    qtbot: QtBot, window: Callable[[], MainWindow], plan_path: Path
) -> None:
    shown = window()
    with Planner.open(plan_path, user="yanis") as colleague:
        colleague.create_post(
            PostFields(platform="LinkedIn", title="From Yanis", category="Question", start=at(10, 15))
        )
    qtbot.waitUntil(lambda: shown.model.rowCount() == 1, timeout=4000)
    assert "yanis" in shown.statusBar().currentMessage()


def test_a_conflict_asks_theirs_or_mine(
    qtbot: QtBot, window: Callable[[], MainWindow], add_post: AddPost, plan: Planner, plan_path: Path,
    answers: dict[str, object],
) -> None:  # fmt: skip
    post = add_post("Mine", 2026, 6, 10, 9, 0)
    shown = window()
    with Planner.open(plan_path, user="yanis") as colleague:
        colleague.edit_post(post.id, PostPatch(title="Theirs"))
    answers["resolution"] = Resolution.THEIRS
    assert shown.ops.edit(post, PostPatch(title="Mine, edited")) is None
    assert plan.get_post(post.id).title == "Theirs"
    answers["resolution"] = Resolution.MINE
    assert shown.ops.edit(post, PostPatch(title="Mine, edited")) is not None
    assert plan.get_post(post.id).title == "Mine, edited"


def test_switching_views_with_the_keyboard(qtbot: QtBot, window: Callable[[], MainWindow], add_post: AddPost) -> None:
    add_post("In June", 2026, 6, 10, 9, 0)
    shown = window()
    for key, view, page in (
        (Qt.Key.Key_2, View.MONTH, shown.month_view),
        (Qt.Key.Key_3, View.AGENDA, shown.agenda),
        (Qt.Key.Key_4, View.INSIGHTS, shown.insights),
        (Qt.Key.Key_1, View.WEEK, shown.week_view),
    ):
        qtbot.keyClick(shown, key, Qt.KeyboardModifier.ControlModifier)
        assert shown.view is view and shown.pages.currentWidget() is page
    assert shown.week_label.text().startswith("Week 24")
    qtbot.keyClick(shown, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert shown.week_label.text() == "June 2026"


def test_keyboard_only_select_delete_and_undo(
    qtbot: QtBot, window: Callable[[], MainWindow], add_post: AddPost, plan: Planner
) -> None:
    add_post("First", 2026, 6, 9, 9, 0)
    add_post("Second", 2026, 6, 10, 9, 0)
    shown = window()
    shown.week_view.setFocus()
    qtbot.keyClick(shown.week_view, Qt.Key.Key_Tab)
    selected_id = shown.week_view.selected_post()
    assert selected_id is not None
    selected = plan.get_post(selected_id)
    qtbot.keyClick(shown.week_view, Qt.Key.Key_Delete)
    assert len(plan.list_posts()) == 1
    qtbot.keyClick(shown, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(plan.list_posts()) == 2
    # The same post is back: its id, and its history going on through the deletion.
    back = plan.get_post(selected.id)
    assert (back.uid, back.title) == (selected.uid, selected.title)
    assert [v.action.value for v in plan.post_history(selected.id)] == ["create", "delete", "create"]
    assert plan.post_history(selected.id)[-1].undeleted


def test_platform_toggles_hide_a_platform(qtbot: QtBot, window: Callable[[], MainWindow], add_post: AddPost) -> None:
    add_post("On Instagram", 2026, 6, 10, 9, 0)
    add_post("On LinkedIn", 2026, 6, 10, 11, 0, platform="LinkedIn")
    shown = window()
    assert shown.model.rowCount() == 2
    shown.platform_actions["LinkedIn"].trigger()
    assert [shown.model.post(row).title for row in range(shown.model.rowCount())] == ["On Instagram"]


def test_in_the_agenda_a_post_saved_elsewhere_leaves_the_selection_alone(
    qtbot: QtBot, window: Callable[[], MainWindow], add_post: AddPost, plan: Planner
) -> None:
    listed = add_post("Listed this week", 2026, 6, 10, 9, 0)
    shown = window()
    shown.show_view(View.AGENDA)
    assert shown.agenda.select_post(listed.id)

    answer_editor(qtbot, lambda editor: editor.title_edit.setText("In July"), [])
    shown.new_post(start=at(10, 9).replace(month=7, day=20))

    assert [p.title for p in plan.list_posts()] == ["Listed this week", "In July"]
    assert shown.agenda.selected_post() == listed.id


@pytest.fixture
def read_only_window(qtbot: QtBot, plan: Planner, plan_path: Path, fixed_clock: Clock) -> Iterator[MainWindow]:
    """The window on the test's plan, opened from a file nobody may write (a read-only share)."""
    plan_path.chmod(0o444)
    reader = Planner.open(plan_path, clock=fixed_clock, user="lea")
    shown = MainWindow(reader, clock=fixed_clock)
    shown.resize(1200, 800)
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    qtbot.waitUntil(shown.is_started)
    yield shown
    shown.close()
    reader.close()
    plan_path.chmod(0o644)


def test_a_read_only_plan_is_said_and_nothing_offers_to_change_it(
    qtbot: QtBot, add_post: AddPost, plan: Planner, request: pytest.FixtureRequest
) -> None:
    post = add_post("Look, do not touch", 2026, 6, 10, 9, 0)
    shown: MainWindow = request.getfixturevalue("read_only_window")
    view = shown.week_view

    assert shown.windowTitle() == "Dialogos — plan.sqlite (read-only)"
    assert not shown.action_set.new_post.isEnabled() and not shown.action_set.delete_post.isEnabled()
    assert not view.acceptDrops()
    # A drag moves nothing; Delete and a double-click on an empty hour change nothing either.
    grab = drag_to_day(qtbot, view, post.id, date(2026, 6, 12))
    view.setFocus()
    view.select_post(post.id)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert shown.statusBar().currentMessage() == "This plan is read-only here: you can look at it, not change it."
    empty = QPoint(round(view.day_rect(date(2026, 6, 11)).center().x()), grab.y())
    with qtbot.assertNotEmitted(view.createRequested):
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=empty)

    # The editor still opens, to read the post; it says itself that nothing can be saved.
    problems: list[str] = []
    answer_editor(qtbot, lambda editor: editor.title_edit.setText("Touched"), problems)
    shown.edit_post(plan.get_post(post.id))
    assert len(problems) == 1 and problems[0].endswith("plan.sqlite is read-only: nothing was saved.")

    assert [(p.title, p.start, p.version) for p in plan.list_posts()] == [(post.title, post.start, 1)]


def test_a_balance_suggestion_opens_a_conversation_post_on_its_platform_at_its_slot(
    qtbot: QtBot, window: Callable[[], MainWindow], add_post: AddPost, plan: Planner
) -> None:
    plan.set_rule(eighty_twenty_asking_conversation("LinkedIn", Mode.BLOCK))
    for day in (11, 12):  # after "now" (Wednesday 10 June): the slot between them is ahead
        add_post(f"News {day}", 2026, 6, day, 9, 0, platform="LinkedIn", category="News")
    add_post("Offer", 2026, 6, 12, 15, 0, platform="LinkedIn", category="Offer")
    plan.create_post(
        PostFields(platform="LinkedIn", title="Legal notice", category="News", start=at(12, 17)), reason="Required"
    )
    add_post("More news", 2026, 6, 12, 19, 0, platform="LinkedIn", category="Question")
    shown = window()
    [section] = [s for s in shown.balance_panel.sections() if s.platform == "LinkedIn"]
    button = section.suggestion_buttons[0]
    slot = button.suggestion.at
    seen: list[PostFields] = []

    def fill(editor: PostEditor) -> None:
        editor.title_edit.setText("What would you ask us?")
        seen.append(editor.result_fields())

    problems: list[str] = []
    answer_editor(qtbot, fill, problems)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert problems == []
    [given] = seen
    sides = {category.name: category.side for category in plan.categories()}
    assert (given.platform, sides[given.category], given.start) == ("LinkedIn", Side.CONVERSATION, slot)
    [saved] = [p for p in plan.list_posts() if p.title == "What would you ask us?"]
    assert (saved.platform, saved.side, saved.start) == ("LinkedIn", Side.CONVERSATION, slot)


def test_keyboard_only_move_a_post_by_a_day_and_a_quarter_hour_then_undo(
    qtbot: QtBot, window: Callable[[], MainWindow], add_post: AddPost, plan: Planner
) -> None:
    post = add_post("Monday question", 2026, 6, 8, 9, 0)
    shown = window()
    shown.week_view.setFocus()
    qtbot.keyClick(shown.week_view, Qt.Key.Key_Tab)
    assert shown.week_view.selected_post() == post.id

    qtbot.keyClick(shown.week_view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(shown.week_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(shown.week_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)

    assert plan.get_post(post.id).start == at(9, 9, 30)
    assert shown.week_view.selected_post() == post.id  # still selected: it can go on moving
    for _ in range(3):
        qtbot.keyClick(shown, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert plan.get_post(post.id).start == at(8, 9)


def test_a_day_later_keeps_the_wall_clock_time_across_the_change_to_summer_time(
    qtbot: QtBot, window: Callable[[], MainWindow], add_post: AddPost, plan: Planner
) -> None:
    post = add_post("Saturday tip", 2026, 3, 28, 9, 0)  # the clocks go forward on Sunday 29 March
    gap = add_post("Late Saturday", 2026, 3, 28, 2, 30)
    shown = window()
    shown.show_week(2026, 13)

    shown.week_view.select_post(post.id)
    shown.action_set.move_day_later.trigger()
    shown.week_view.select_post(gap.id)
    shown.action_set.move_day_later.trigger()  # 02:30 does not exist on the 29th

    assert plan.get_post(post.id).start == datetime(2026, 3, 29, 9, 0, tzinfo=PARIS)
    assert plan.get_post(gap.id).start == gap.start
    assert "02:00" in shown.statusBar().currentMessage() and "03:00" in shown.statusBar().currentMessage()


def test_platform_filters_are_in_the_view_menu_for_the_keyboard(
    qtbot: QtBot, window: Callable[[], MainWindow], add_post: AddPost
) -> None:
    add_post("On Instagram", 2026, 6, 10, 9, 0)
    add_post("On LinkedIn", 2026, 6, 10, 11, 0, platform="LinkedIn")
    shown = window()
    [view_menu] = [a.menu() for a in shown.menuBar().actions() if a.text() == "&View"]
    [platforms] = [a.menu() for a in view_menu.actions() if a.text() == "P&latforms shown"]

    platforms.aboutToShow.emit()
    toggles = {action.text(): action for action in platforms.actions()}
    toggles["LinkedIn"].trigger()

    assert list(toggles) == ["Instagram", "LinkedIn"]
    assert [shown.model.post(row).title for row in range(shown.model.rowCount())] == ["On Instagram"]
    assert not shown.platform_actions["LinkedIn"].isChecked()  # the toolbar's toggle is the same action


def test_a_post_moved_out_of_the_week_by_keyboard_is_followed(
    qtbot: QtBot, window: Callable[[], MainWindow], add_post: AddPost, plan: Planner
) -> None:
    post = add_post("Sunday reading", 2026, 6, 14, 9, 0)
    shown = window()
    shown.week_view.select_post(post.id)
    shown.week_view.setFocus()

    qtbot.keyClick(shown.week_view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)

    assert plan.get_post(post.id).start == at(15, 9)
    assert shown.week == (2026, 25) and shown.week_view.selected_post() == post.id
    qtbot.keyClick(shown.week_view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)  # and it can come back
    assert plan.get_post(post.id).start == at(14, 9) and shown.week == (2026, 24)


def test_a_card_dropped_or_moved_to_where_it_was_writes_nothing_and_pushes_no_undo_step(
    qtbot: QtBot, window: Callable[[], MainWindow], add_post: AddPost, plan: Planner
) -> None:
    post = add_post("Stay here", 2026, 6, 10, 9, 0)
    shown = window()
    revision = plan.revision()
    drag_to_day(qtbot, shown.week_view, post.id, date(2026, 6, 10))
    assert plan.get_post(post.id).version == post.version
    assert plan.revision() == revision
    assert not shown.action_set.undo.isEnabled()
    assert len(plan.post_history(post.id)) == 1

    def keep() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MoveToDialog) and w.isVisible()]
        if not found:
            QTimer.singleShot(20, keep)
            return
        found[0].accept()  # the date and time it opens on: where the post already is

    shown.week_view.select_post(post.id)
    QTimer.singleShot(0, keep)
    shown.action_set.move_post_to.trigger()
    assert plan.revision() == revision
    assert not shown.action_set.undo.isEnabled()
