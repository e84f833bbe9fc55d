"""Planning ▸ Categories…: a category's default follow-ups (kind, offset, a reply window's length)
and its offer flag, edited in the form and saved through the core; shown in the table."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QSpinBox, QTableView
from pytestqt.qtbot import QtBot

from planner import Planner
from planner.model import FollowupDefault, FollowupKind
from ui.dialogs.categories import CategoriesDialog, CategoryForm

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def dialog(qtbot: QtBot, plan: Planner) -> CategoriesDialog:
    shown = CategoriesDialog(plan)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def open_form(qtbot: QtBot, dialog: CategoriesDialog, name: str) -> CategoryForm:
    table: QTableView = dialog.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(model.index(row, 0)).center())
    qtbot.mouseClick(dialog.edit_button, LEFT)
    form = dialog.form
    assert isinstance(form, CategoryForm)
    return form


def cell(form: CategoryForm, row: int, column: int) -> QComboBox | QSpinBox:
    widget = form.defaults_table.cellWidget(row, column)
    assert isinstance(widget, (QComboBox, QSpinBox))
    return widget


def test_default_follow_ups_and_the_offer_flag_round_trip(
    qtbot: QtBot, plan: Planner, dialog: CategoriesDialog
) -> None:
    form = open_form(qtbot, dialog, "Poll")
    assert form.defaults_table.rowCount() == 0 and not form.offer_check.isChecked()
    qtbot.mouseClick(form.add_default_button, LEFT)  # a reply window of 2 h
    duration = cell(form, 0, 3)
    assert isinstance(duration, QSpinBox)
    duration.setValue(90)
    qtbot.mouseClick(form.add_default_button, LEFT)
    kind, amount, unit = cell(form, 1, 0), cell(form, 1, 1), cell(form, 1, 2)
    assert isinstance(kind, QComboBox) and isinstance(amount, QSpinBox) and isinstance(unit, QComboBox)
    kind.setCurrentIndex(kind.findData("post"))
    assert not cell(form, 1, 3).isEnabled()  # only a reply window has a length
    amount.setValue(3)
    unit.setCurrentIndex(unit.findData("d"))
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    poll = next(c for c in plan.categories() if c.name == "Poll")
    assert poll.followups == (
        FollowupDefault(FollowupKind.REPLIES, timedelta(hours=2), 90),
        FollowupDefault(FollowupKind.POST, timedelta(days=3)),
    )
    model = dialog.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Poll")
    assert model.index(row, 2).data() == "reply window 2 h, promised post 3 d"

    form = open_form(qtbot, dialog, "Poll")  # as saved, to remove one
    assert form.defaults_table.rowCount() == 2 and cell(form, 1, 2).currentData() == "d"
    form.defaults_table.selectRow(0)
    qtbot.mouseClick(form.remove_default_button, LEFT)
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    poll = next(c for c in plan.categories() if c.name == "Poll")
    assert poll.followups == (FollowupDefault(FollowupKind.POST, timedelta(days=3)),)

    form = open_form(qtbot, dialog, "Offer")
    qtbot.mouseClick(form.offer_check, LEFT)
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert next(c for c in plan.categories() if c.name == "Offer").offer


def test_a_refused_default_is_said_in_the_form_and_nothing_saved(
    qtbot: QtBot, plan: Planner, dialog: CategoriesDialog
) -> None:
    form = open_form(qtbot, dialog, "Question")
    qtbot.mouseClick(form.add_default_button, LEFT)
    amount, unit = cell(form, 0, 1), cell(form, 0, 2)
    assert isinstance(amount, QSpinBox) and isinstance(unit, QComboBox)
    amount.setValue(999)
    unit.setCurrentIndex(unit.findData("d"))
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert form.isVisible() and "at most" in form.error.label.text()
    assert next(c for c in plan.categories() if c.name == "Question").followups == ()
