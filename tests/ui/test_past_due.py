"""Was it published? A post whose time has passed while it is still ready or scheduled carries a mark in
the week and a question in the agenda, is counted in the status bar, and is marked published in one
click (its card's menu, Edit ▸ Mark published, or the editor), which Undo takes back.

The clock is fixed at Wednesday 10 June 2026, 10:00 in Paris (``tests.helpers.ui.NOW``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from planner import Planner, Status
from planner.model import Post, PostPatch
from tests.helpers.ui import ShowWeek, centre
from ui.agenda.post_table_model import PAST_DUE_ROLE, Column
from ui.editor.post_editor import PostEditor
from ui.marks import PAST_DUE
from ui.week.view import WeekView
from ui.window.main_window import MainWindow
from ui.window.post_menu import POST_MENU_NAME

AddPost = Callable[..., Post]
MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def week_posts(add_post: AddPost) -> dict[str, Post]:
    """Monday's scheduled post and Tuesday's ready one have passed; the others are out or still to come."""
    return {
        "monday": add_post("Monday question", 2026, 6, 8, 9, 0, status=Status.SCHEDULED),
        "tuesday": add_post("Tuesday poll", 2026, 6, 9, 9, 0, status=Status.READY, category="Poll"),
        "published": add_post("Tuesday tip", 2026, 6, 9, 15, 0, status=Status.PUBLISHED, category="Tip"),
        "draft": add_post("Tuesday draft", 2026, 6, 9, 18, 0, category="Tip"),
        "thursday": add_post("Thursday question", 2026, 6, 11, 9, 0, status=Status.SCHEDULED),
    }


def mark_pixels(view: WeekView, post: Post) -> int:
    """How many pixels of the mark's red the post's card shows."""
    picture: QImage = view.grab().toImage()
    ratio = picture.devicePixelRatio()
    rect: QRectF = view.layout_rects()[post.id]
    found = 0
    for x in range(round(rect.left() * ratio), round(rect.right() * ratio)):
        for y in range(round(rect.top() * ratio), round(rect.bottom() * ratio)):
            colour = picture.pixelColor(x, y)
            distance = sum(abs(a - b) for a, b in zip(colour.getRgb()[:3], PAST_DUE.getRgb()[:3], strict=True))
            found += distance < 16
    return found


def open_menu(qtbot: QtBot, window: MainWindow, post: Post) -> QMenu:
    """Right-click the post's card; the menu it opens."""
    view = window.week_view
    point = centre(view, post)
    qtbot.mouseClick(view, Qt.MouseButton.RightButton, pos=point)
    view.customContextMenuRequested.emit(point)  # what Qt sends after a right click on a real screen
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.objectName() == POST_MENU_NAME]
    assert menus and menus[-1].isVisible()
    return menus[-1]


def click_entry(qtbot: QtBot, menu: QMenu, text: str) -> None:
    [action] = [a for a in menu.actions() if a.text() == text]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


# -- the mark -----------------------------------------------------------------------


def test_the_mark_is_on_past_ready_or_scheduled_posts_only(show_week: ShowWeek, week_posts: dict[str, Post]) -> None:
    view = show_week()

    assert set(view.past_due_posts()) == {week_posts["monday"].id, week_posts["tuesday"].id}
    assert mark_pixels(view, week_posts["monday"]) > 10
    assert mark_pixels(view, week_posts["tuesday"]) > 10
    for unmarked in ("published", "draft", "thursday"):
        assert mark_pixels(view, week_posts[unmarked]) == 0, unmarked


def test_the_mark_reads_on_a_dark_palette_too(show_week: ShowWeek, week_posts: dict[str, Post]) -> None:
    view = show_week()
    palette = view.palette()
    for role, colour in (
        (palette.ColorRole.Base, Qt.GlobalColor.black),
        (palette.ColorRole.Text, Qt.GlobalColor.white),
    ):
        palette.setColor(role, colour)
    view.setPalette(palette)

    assert mark_pixels(view, week_posts["monday"]) > 10
    assert mark_pixels(view, week_posts["thursday"]) == 0


def test_without_a_clock_nothing_is_marked(show_week: ShowWeek, week_posts: dict[str, Post]) -> None:
    assert show_week(now=None).past_due_posts() == []


def test_the_tooltip_and_the_screen_reader_ask_the_question(
    qtbot: QtBot, show_week: ShowWeek, week_posts: dict[str, Post]
) -> None:
    view = show_week()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(view, week_posts["monday"]))

    question = "Was it published? Its time has passed and it is still scheduled."
    assert question in view.accessibleDescription().splitlines()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(view, week_posts["tuesday"]))
    assert "Was it published? Its time has passed and it is still ready." in view.accessibleDescription()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(view, week_posts["thursday"]))
    assert "Was it published?" not in view.accessibleDescription()
    assert "Thursday question" in view.accessibleDescription()


# -- marking it published -----------------------------------------------------------------


def test_mark_published_from_the_cards_menu_then_undo(
    qtbot: QtBot, plan: Planner, week_posts: dict[str, Post], make_window: MakeWindow
) -> None:
    window = make_window()
    monday = week_posts["monday"]
    assert window.confirm_label.isVisible() and window.confirm_label.text() == "2 posts to confirm"

    menu = open_menu(qtbot, window, monday)
    assert menu.actions()[0].text() == "Mark &published"
    click_entry(qtbot, menu, "Mark &published")

    assert plan.get_post(monday.id).status is Status.PUBLISHED
    assert window.week_view.past_due_posts() == [week_posts["tuesday"].id]
    assert window.confirm_label.text() == "1 post to confirm"
    assert window.action_set.undo.text() == "&Undo Mark “Monday question” published"

    qtbot.keyClick(window.week_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert plan.get_post(monday.id).status is Status.SCHEDULED
    assert set(window.week_view.past_due_posts()) == {monday.id, week_posts["tuesday"].id}
    assert window.confirm_label.text() == "2 posts to confirm"


def test_a_post_still_to_come_has_no_such_entry(
    qtbot: QtBot, week_posts: dict[str, Post], make_window: MakeWindow
) -> None:
    window = make_window()

    menu = open_menu(qtbot, window, week_posts["thursday"])

    assert "Mark &published" not in [action.text() for action in menu.actions()]
    assert "&Edit post…" in [action.text() for action in menu.actions()]
    menu.close()


def test_edit_menu_mark_published_acts_on_the_selected_post(
    qtbot: QtBot, plan: Planner, week_posts: dict[str, Post], make_window: MakeWindow
) -> None:
    window = make_window()
    view = window.week_view
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(view, week_posts["thursday"]))

    window.action_set.mark_published.trigger()

    assert plan.get_post(week_posts["thursday"].id).status is Status.SCHEDULED  # its time has not come
    assert "can be marked published" in window.statusBar().currentMessage()

    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(view, week_posts["tuesday"]))
    window.action_set.mark_published.trigger()

    assert plan.get_post(week_posts["tuesday"].id).status is Status.PUBLISHED
    assert view.selected_post() == week_posts["tuesday"].id


def test_when_nothing_waits_the_status_bar_says_nothing(add_post: AddPost, make_window: MakeWindow) -> None:
    add_post("Thursday question", 2026, 6, 11, 9, 0, status=Status.SCHEDULED)

    window = make_window()

    assert not window.confirm_label.isVisible()


def test_the_status_bar_counts_in_french(french: None, add_post: AddPost, make_window: MakeWindow) -> None:
    add_post("Question du lundi", 2026, 6, 8, 9, 0, status=Status.SCHEDULED)
    add_post("Question du mardi", 2026, 6, 9, 9, 0, status=Status.READY)

    window = make_window()

    assert window.confirm_label.text() == "2 publications à confirmer"
    assert window.action_set.mark_published.text() == "Marquer &publiée"


# -- the agenda -----------------------------------------------------------------------------


def test_the_agenda_asks_in_its_status_column(
    qtbot: QtBot, week_posts: dict[str, Post], make_window: MakeWindow
) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    model = window.model
    rows = {model.post(row).title: row for row in range(model.rowCount())}

    assert sorted(model.post(row).title for row in model.past_due_rows()) == ["Monday question", "Tuesday poll"]
    monday = model.index(rows["Monday question"], Column.STATUS)
    assert monday.data() == "Scheduled · published?"
    assert isinstance(monday.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert (
        monday.data(Qt.ItemDataRole.ToolTipRole) == "Was it published? Its time has passed and it is still scheduled."
    )
    assert monday.data(PAST_DUE_ROLE) is True
    thursday = model.index(rows["Thursday question"], Column.STATUS)
    assert thursday.data() == "Scheduled"
    assert thursday.data(Qt.ItemDataRole.DecorationRole) is None
    assert thursday.data(PAST_DUE_ROLE) is False


def test_mark_published_from_the_agenda_then_undo(
    qtbot: QtBot, plan: Planner, week_posts: dict[str, Post], make_window: MakeWindow
) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    window.agenda.select_post(week_posts["tuesday"].id)

    window.action_set.mark_published.trigger()

    assert plan.get_post(week_posts["tuesday"].id).status is Status.PUBLISHED
    assert [window.model.post(row).title for row in window.model.past_due_rows()] == ["Monday question"]
    window.action_set.undo.trigger()
    assert plan.get_post(week_posts["tuesday"].id).status is Status.READY


# -- the editor -----------------------------------------------------------------------------


def test_the_editor_asks_and_marks_it_published_in_one_click(
    qtbot: QtBot, plan: Planner, week_posts: dict[str, Post]
) -> None:
    editor = PostEditor(plan, post=week_posts["monday"])
    qtbot.addWidget(editor)
    assert editor.past_due_label is not None and editor.mark_published_button is not None
    assert editor.past_due_label.text() == "Was it published? Its time has passed and it is still scheduled."

    qtbot.mouseClick(editor.mark_published_button, Qt.MouseButton.LeftButton)

    assert editor.result() == QDialog.DialogCode.Accepted
    assert editor.result_patch() == PostPatch(status=Status.PUBLISHED)


def test_the_editor_does_not_ask_of_a_post_still_to_come_or_out(plan: Planner, week_posts: dict[str, Post]) -> None:
    for name in ("thursday", "published", "draft"):
        editor = PostEditor(plan, post=week_posts[name])
        assert editor.mark_published_button is None and editor.past_due_label is None, name
        editor.deleteLater()


def test_marking_published_from_the_window_editor_is_undone_in_one_step(
    qtbot: QtBot, plan: Planner, week_posts: dict[str, Post], make_window: MakeWindow
) -> None:
    window = make_window()
    monday = week_posts["monday"]

    def click_when_open() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, PostEditor) and editor.mark_published_button is not None
        qtbot.mouseClick(editor.mark_published_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click_when_open)
    qtbot.mouseDClick(window.week_view, Qt.MouseButton.LeftButton, pos=centre(window.week_view, monday))

    assert plan.get_post(monday.id).status is Status.PUBLISHED
    assert monday.id not in window.week_view.past_due_posts()
    window.action_set.undo.trigger()
    assert plan.get_post(monday.id).status is Status.SCHEDULED
    assert monday.id in window.week_view.past_due_posts()
