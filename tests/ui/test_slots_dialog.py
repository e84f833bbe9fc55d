"""Planning ▸ Slots…: a platform's weekly grid, slots added and removed through the widgets, each
change one step of the window's undo stack (undone in the dialog or, once it is closed, from the
window), and the core's refusals in one line under the grid."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QTableView
from pytestqt.qtbot import QtBot

from planner import Planner
from planner.model import Side
from planner.session import Clock
from ui.dialogs.slots import SlotsDialog
from ui.window.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    return make_window()


@pytest.fixture
def dialog(qtbot: QtBot, plan: Planner, window: MainWindow) -> Iterator[SlotsDialog]:
    """The dialog on the window's undo stack, showing Instagram."""
    opened = SlotsDialog(plan, window.ops.stack, window.ops.history, window, platform="Instagram")
    opened.show()
    qtbot.waitExposed(opened)
    yield opened
    opened.close()
    opened.deleteLater()


def pick(qtbot: QtBot, combo: QComboBox, data: object) -> None:
    """Choose the item holding ``data`` with the keyboard."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.findData(data)):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def add(qtbot: QtBot, dialog: SlotsDialog, weekday: int, hour: int, minute: int, side: Side | None = None) -> None:
    pick(qtbot, dialog.day_combo, weekday)
    dialog.time_edit.setTime(QTime(hour, minute))
    pick(qtbot, dialog.side_combo, None if side is None else side.value)
    qtbot.mouseClick(dialog.add_button, LEFT)


def rows(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def select_rows(dialog: SlotsDialog, *wanted: int) -> None:
    """Select rows as Ctrl+click does."""
    dialog.table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in wanted:
        dialog.table.selectionModel().select(dialog.model.index(row, 0), flags)


def grid(plan: Planner, platform: str = "Instagram") -> list[tuple[int, time, Side | None]]:
    return [(s.weekday, s.at, s.side) for s in plan.slots_of(platform)]


def test_add_shows_the_slot_and_undo_and_redo_take_it_back_and_again(
    qtbot: QtBot, plan: Planner, window: MainWindow, dialog: SlotsDialog
) -> None:
    assert dialog.empty.isVisible() and "Instagram has no slots yet" in dialog.empty.text()

    add(qtbot, dialog, 2, 12, 30, Side.CONVERSATION)

    assert grid(plan) == [(2, time(12, 30), Side.CONVERSATION)]
    assert rows(dialog.table) == [["Wednesday", "12:30", "Conversation"]]
    assert not dialog.empty.isVisible()
    assert window.ops.stack.count() == 1
    assert window.ops.stack.undoText() == "Add the slot Wednesday 12:30 on Instagram"

    qtbot.mouseClick(dialog.undo_button, LEFT)
    assert grid(plan) == [] and rows(dialog.table) == []
    qtbot.mouseClick(dialog.redo_button, LEFT)
    assert grid(plan) == [(2, time(12, 30), Side.CONVERSATION)]
    assert rows(dialog.table) == [["Wednesday", "12:30", "Conversation"]]
    qtbot.mouseClick(dialog.undo_button, LEFT)  # the slot again had a new id: undo follows it
    assert grid(plan) == []


def test_the_grid_is_by_day_and_time_per_platform(qtbot: QtBot, plan: Planner, dialog: SlotsDialog) -> None:
    add(qtbot, dialog, 4, 17, 0, Side.PROMOTION)
    add(qtbot, dialog, 0, 9, 0)
    plan.add_slot("LinkedIn", "tue", "08:30", "information")

    assert rows(dialog.table) == [["Monday", "09:00", "Any side"], ["Friday", "17:00", "Promotion"]]
    pick(qtbot, dialog.platform_combo, "LinkedIn")
    assert rows(dialog.table) == [["Tuesday", "08:30", "Information"]]


def test_removing_several_is_one_step_to_undo(
    qtbot: QtBot, plan: Planner, window: MainWindow, dialog: SlotsDialog
) -> None:
    for weekday, hour in ((0, 9), (2, 12), (4, 17)):
        add(qtbot, dialog, weekday, hour, 0)
    assert dialog.remove_button.isEnabled()  # the slot just added is selected
    select_rows(dialog, 0, 2)

    qtbot.mouseClick(dialog.remove_button, LEFT)

    assert grid(plan) == [(2, time(12, 0), None)]
    assert rows(dialog.table) == [["Wednesday", "12:00", "Any side"]]
    assert window.ops.stack.undoText() == "Remove 2 slots"
    window.ops.stack.undo()
    assert grid(plan) == [(0, time(9, 0), None), (2, time(12, 0), None), (4, time(17, 0), None)]
    assert len(rows(dialog.table)) == 3


def test_the_delete_key_removes_the_selected_slot(
    qtbot: QtBot, plan: Planner, window: MainWindow, dialog: SlotsDialog
) -> None:
    add(qtbot, dialog, 0, 9, 0)
    add(qtbot, dialog, 1, 9, 0)
    select_rows(dialog, 0)
    dialog.table.setFocus()

    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)

    assert grid(plan) == [(1, time(9, 0), None)]
    assert window.ops.stack.undoText() == "Remove the slot Monday 09:00 on Instagram"


def test_a_duplicate_is_refused_in_one_line_and_saves_nothing(
    qtbot: QtBot, plan: Planner, window: MainWindow, dialog: SlotsDialog
) -> None:
    add(qtbot, dialog, 0, 9, 0, Side.CONVERSATION)

    add(qtbot, dialog, 0, 9, 0, Side.PROMOTION)

    assert dialog.message.text() == "Instagram already has a slot on Monday at 09:00."
    assert dialog.message.isVisible()
    assert grid(plan) == [(0, time(9, 0), Side.CONVERSATION)]
    assert window.ops.stack.count() == 1
    add(qtbot, dialog, 0, 9, 15)
    assert dialog.message.text() == ""  # the next change that goes through clears it


def test_a_slot_a_colleague_removed_meanwhile_is_said(
    qtbot: QtBot, plan: Planner, window: MainWindow, dialog: SlotsDialog
) -> None:
    add(qtbot, dialog, 0, 9, 0)
    select_rows(dialog, 0)
    plan.remove_slot(plan.slots_of("Instagram")[0].id)  # as if another window had

    qtbot.mouseClick(dialog.remove_button, LEFT)

    assert dialog.message.text().startswith("No slot has the id ")
    assert rows(dialog.table) == [] and window.ops.stack.count() == 1


def test_an_undo_the_file_no_longer_allows_is_said_and_dropped(
    qtbot: QtBot, plan: Planner, window: MainWindow, dialog: SlotsDialog
) -> None:
    add(qtbot, dialog, 0, 9, 0)
    qtbot.mouseClick(dialog.undo_button, LEFT)
    plan.add_slot("Instagram", "mon", "09:00")  # someone added the same slot meanwhile
    failures: list[str] = []
    window.ops.failed.connect(failures.append)

    qtbot.mouseClick(dialog.redo_button, LEFT)

    assert failures == ["Cannot undo or redo: Instagram already has a slot on Monday at 09:00."]
    assert len(grid(plan)) == 1


def test_a_plan_without_platforms_says_what_to_do_first(qtbot: QtBot, tmp_path: object, window: MainWindow) -> None:
    empty = Planner.open(tmp_path / "empty.sqlite", planning_zone="Europe/Paris")  # type: ignore[operator]
    try:
        dialog = SlotsDialog(empty, window.ops.stack, window.ops.history, window)
        qtbot.addWidget(dialog)
        assert not dialog.add_button.isEnabled()
        assert dialog.empty.text() == "Add a platform first: Planning ▸ Platforms…"
    finally:
        empty.close()


def test_planning_slots_opens_the_dialog_and_edit_undo_works_after_it_is_closed(
    qtbot: QtBot, plan: Planner, window: MainWindow
) -> None:
    [planning] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Planning"]
    assert window.action_set.slots in planning.actions()
    seen: list[str] = []

    def add_and_close() -> None:
        opened = QApplication.activeModalWidget()
        if not isinstance(opened, SlotsDialog):
            QTimer.singleShot(10, add_and_close)
            return
        seen.append(opened.platform() or "")
        add(qtbot, opened, 5, 10, 0)
        opened.reject()

    QTimer.singleShot(0, add_and_close)
    window.action_set.slots.trigger()

    assert seen == ["Instagram"]
    assert grid(plan) == [(5, time(10, 0), None)]
    window.action_set.undo.trigger()
    assert grid(plan) == []
    window.action_set.redo.trigger()
    assert grid(plan) == [(5, time(10, 0), None)]


def test_french_labels(french: None, qtbot: QtBot, plan: Planner, window: MainWindow) -> None:
    plan.add_slot("Instagram", "wed", "12:30")
    plan.add_slot("Instagram", "fri", "17:00", "promotion")

    dialog = SlotsDialog(plan, window.ops.stack, window.ops.history, window, platform="Instagram")
    qtbot.addWidget(dialog)

    assert dialog.windowTitle() == "Créneaux hebdomadaires"
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Jour", "Heure", "Registre"]
    assert rows(dialog.table) == [["mercredi", "12:30", "Tous registres"], ["vendredi", "17:00", "Promotion"]]
    assert dialog.add_button.text() == "&Ajouter le créneau"
    assert window.action_set.slots.text() == "Cré&neaux…"
    # "Annuler" beside "Fermer" would read as Cancel.
    assert [b.defaultAction().text() for b in (dialog.undo_button, dialog.redo_button)] == ["&Défaire", "&Refaire"]
    dialog.show()
    add(qtbot, dialog, 0, 9, 0)
    assert window.action_set.undo.text() == "&Annuler l’ajout du créneau lundi 09:00 sur Instagram"
    assert dialog.undo_button.toolTip() == "Défaire l’ajout du créneau lundi 09:00 sur Instagram"


def test_a_colleagues_slot_refreshes_the_window_with_the_team_refresh(
    qtbot: QtBot,
    plan: Planner,
    plan_path: Path,
    fixed_clock: Clock,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reloads: list[None] = []
    monkeypatch.setattr(window, "reload", lambda: reloads.append(None))
    colleague = Planner.open(plan_path, clock=fixed_clock, user="sami")
    try:
        colleague.add_slot("LinkedIn", "tue", "08:30")
    finally:
        colleague.close()

    window.watch.check()

    assert reloads == [None]
    assert window.statusBar().currentMessage() == "Updated with changes by sami"
