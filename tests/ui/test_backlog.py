"""The ideas backlog against the core's ideas: listing, dragging an id out,
double-click and Enter to edit, Delete to remove, a button for a new idea."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields
from planner.model import Post, PostQuery, Status
from ui.backlog import PLATFORM_MIME_TYPE, POST_MIME_TYPE, BacklogView, IdeaRole
from ui.week.view import PLATFORM_MIME


@pytest.fixture
def ideas(plan: Planner) -> list[Post]:
    """Three ideas, one without a category."""
    for fields in (
        PostFields(platform="Instagram", title="Ask about summer plans", category="Poll"),
        PostFields(platform="LinkedIn", title="Workshop behind the scenes", category="Behind the scenes"),
        PostFields(platform="Instagram", title="Untitled thought"),
    ):
        plan.create_post(fields)
    return plan.list_posts(PostQuery(statuses=(Status.IDEA,)))


def show_backlog(qtbot: QtBot, plan: Planner, ideas: list[Post]) -> BacklogView:
    view = BacklogView()
    qtbot.addWidget(view)
    view.set_ideas(ideas, {platform.name: platform.colour for platform in plan.platforms()})
    view.resize(320, 360)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def row_centre(view: BacklogView, row: int) -> QPoint:
    return view.list.visualRect(view.model.index(row)).center()


def test_lists_the_ideas(qtbot: QtBot, plan: Planner, ideas: list[Post]) -> None:
    view = show_backlog(qtbot, plan, ideas)
    model = view.model

    assert [model.index(row).data() for row in range(model.rowCount())] == [
        "Ask about summer plans",
        "Workshop behind the scenes",
        "Untitled thought",
    ]
    assert model.index(0).data(IdeaRole.DETAILS) == "Instagram · Poll"
    assert model.index(2).data(IdeaRole.DETAILS) == "Instagram · no category"
    colour = {platform.name: platform.colour for platform in plan.platforms()}["LinkedIn"]
    assert model.index(1).data(IdeaRole.COLOUR).name().lower() == colour.lower()
    assert view.list.visualRect(model.index(0)).height() >= 2 * view.fontMetrics().height()


def test_a_dragged_idea_carries_its_id_and_platform(qtbot: QtBot, plan: Planner, ideas: list[Post]) -> None:
    view = show_backlog(qtbot, plan, ideas)
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(view, 1))

    assert view.selected_idea() == ideas[1].id
    assert view.model.flags(view.model.index(1)) & Qt.ItemFlag.ItemIsDragEnabled
    assert view.list.dragEnabled()
    mime = view.model.mimeData(view.list.selectedIndexes())
    assert mime.formats()[0] == POST_MIME_TYPE == "application/x-dialogos-post"
    assert bytes(mime.data(POST_MIME_TYPE).data()) == str(ideas[1].id).encode("ascii")
    # The platform lets the week snap the idea to an empty slot of it (ui.week.view).
    assert PLATFORM_MIME_TYPE == PLATFORM_MIME
    assert bytes(mime.data(PLATFORM_MIME_TYPE).data()).decode("utf-8") == ideas[1].platform


def test_double_click_asks_to_edit(qtbot: QtBot, plan: Planner, ideas: list[Post]) -> None:
    view = show_backlog(qtbot, plan, ideas)

    with qtbot.waitSignal(view.editRequested) as signal:
        # A real double-click starts with a press; QTest's mouseDClick sends only the second half.
        qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(view, 2))
        qtbot.mouseDClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(view, 2))

    assert signal.args == [ideas[2].id]


def test_keyboard_selects_edits_and_deletes(qtbot: QtBot, plan: Planner, ideas: list[Post]) -> None:
    view = show_backlog(qtbot, plan, ideas)
    view.new_button.setFocus()
    qtbot.keyClick(view.new_button, Qt.Key.Key_Tab)
    assert view.list.hasFocus()
    view.list.setCurrentIndex(view.model.index(0))

    qtbot.keyClick(view.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.editRequested) as edit:
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    with qtbot.waitSignal(view.deleteRequested) as delete:
        qtbot.keyClick(view.list, Qt.Key.Key_Delete)

    assert edit.args == [ideas[1].id]
    assert delete.args == [ideas[1].id]


def test_delete_reaches_the_list_despite_a_window_shortcut(qtbot: QtBot, plan: Planner, ideas: list[Post]) -> None:
    """In the main window, Delete is also an action's shortcut: the focused list keeps the key."""
    window = QWidget()
    qtbot.addWidget(window)
    view = BacklogView(window)
    QVBoxLayout(window).addWidget(view)
    stolen: list[bool] = []
    action = QAction(window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    action.triggered.connect(lambda: stolen.append(True))
    window.addAction(action)
    view.set_ideas(ideas, {})
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(0))

    with qtbot.waitSignal(view.deleteRequested) as delete:
        qtbot.keyClick(view.list, Qt.Key.Key_Delete)

    assert delete.args == [ideas[0].id]
    assert stolen == []


def test_new_idea_button(qtbot: QtBot, plan: Planner, ideas: list[Post]) -> None:
    view = show_backlog(qtbot, plan, ideas)

    with qtbot.waitSignal(view.newIdeaRequested):
        qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)


def test_selection_survives_a_refresh(qtbot: QtBot, plan: Planner, ideas: list[Post]) -> None:
    view = show_backlog(qtbot, plan, ideas)
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(view, 2))

    plan.create_post(PostFields(platform="LinkedIn", title="Another idea"))
    view.set_ideas(plan.list_posts(PostQuery(statuses=(Status.IDEA,))), {})

    assert view.model.rowCount() == 4
    assert view.selected_idea() == ideas[2].id


def test_no_key_signal_without_a_selection(qtbot: QtBot, plan: Planner) -> None:
    view = show_backlog(qtbot, plan, [])
    view.list.setFocus()
    with qtbot.assertNotEmitted(view.deleteRequested), qtbot.assertNotEmitted(view.editRequested):
        qtbot.keyClick(view.list, Qt.Key.Key_Delete)
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert view.selected_idea() is None
