"""The editor's date and time fields take a value typed whole, and one Tab leaves them (issue 17, point 7)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from planner import Planner
from ui.editor.post_editor import PostEditor
from ui.editor.time_fields import DateField, DateTimeField, TimeField

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def editor(qtbot: QtBot, plan: Planner) -> PostEditor:
    shown = PostEditor(plan)
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def retype(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Select all the field holds (Ctrl+A), type ``text`` over it and leave with Tab, as a user does."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not field


def test_ctrl_a_then_a_whole_time_replaces_the_time(qtbot: QtBot, editor: PostEditor) -> None:
    editor.time_edit.setTime(QTime(8, 0))
    retype(qtbot, editor.time_edit, "09:30")
    assert editor.time_edit.time() == QTime(9, 30)
    retype(qtbot, editor.time_edit, "7:05")
    assert editor.time_edit.time() == QTime(7, 5)


def test_ctrl_a_then_a_whole_date_replaces_the_date(qtbot: QtBot, editor: PostEditor) -> None:
    editor.date_edit.setDate(QDate(2026, 6, 10))
    assert editor.date_edit.displayFormat() == "dd/MM/yyyy"  # British dates in the tests
    retype(qtbot, editor.date_edit, "25/12/2027")
    assert editor.date_edit.date() == QDate(2027, 12, 25)
    retype(qtbot, editor.date_edit, "3/4/2028")
    assert editor.date_edit.date() == QDate(2028, 4, 3)
    # A day the shown month or year does not have (a 31st over June, a 29 February) is typed too.
    editor.date_edit.setDate(QDate(2026, 6, 10))
    retype(qtbot, editor.date_edit, "31/12/2027")
    assert editor.date_edit.date() == QDate(2027, 12, 31)
    retype(qtbot, editor.date_edit, "29/02/2028")
    assert editor.date_edit.date() == QDate(2028, 2, 29)


def test_one_tab_leaves_the_date_and_one_the_time(qtbot: QtBot, editor: PostEditor) -> None:
    editor.date_edit.setFocus()
    qtbot.keyClick(editor.date_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.time_edit
    qtbot.keyClick(editor.time_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() not in (editor.date_edit, editor.time_edit)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is editor.time_edit
    qtbot.keyClick(editor.time_edit, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is editor.date_edit


@pytest.fixture
def fields(qtbot: QtBot) -> Iterator[tuple[DateField, TimeField]]:
    """A date and a time field in French formats, between two other fields."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    day, hour = DateField(form), TimeField(form)
    day.setDisplayFormat("dd/MM/yyyy")
    hour.setDisplayFormat("HH:mm")
    for widget in (QLineEdit(form), day, hour, QLineEdit(form)):
        layout.addWidget(widget)
    form.show()
    qtbot.waitExposed(form)
    yield day, hour
    QLocale.setDefault(previous)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(
    was=st.times(), typed=st.times(), padded=st.booleans(),
    day_was=st.dates(date(1990, 1, 1), date(2090, 12, 31)), day_typed=st.dates(date(1990, 1, 1), date(2090, 12, 31)),
)  # fmt: skip
def test_any_value_typed_whole_over_any_other_is_the_value_typed(
    qtbot: QtBot, fields: tuple[DateField, TimeField], was: time, typed: time, padded: bool, day_was: date,
    day_typed: date,
) -> None:  # fmt: skip
    day, hour = fields
    hour.setTime(QTime(was.hour, was.minute))
    retype(qtbot, hour, f"{typed.hour:02d}:{typed.minute:02d}" if padded else f"{typed.hour}:{typed.minute}")
    assert hour.time() == QTime(typed.hour, typed.minute)
    day.setDate(QDate(day_was.year, day_was.month, day_was.day))
    text = f"{day_typed:%d/%m/%Y}" if padded else f"{day_typed.day}/{day_typed.month}/{day_typed.year}"
    retype(qtbot, day, text)
    assert day.date() == QDate(day_typed.year, day_typed.month, day_typed.day)


def test_a_promised_follow_ups_due_date_and_time_typed_whole(qtbot: QtBot) -> None:
    field = DateTimeField()
    field.setDisplayFormat("dd/MM/yyyy HH:mm")
    field.setDateTime(QDateTime(QDate(2026, 6, 10), QTime(8, 0)))
    after = QLineEdit()
    form = QWidget()
    layout = QVBoxLayout(form)
    layout.addWidget(field)
    layout.addWidget(after)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    retype(qtbot, field, "3/7/2026 9:05")
    assert field.dateTime() == QDateTime(QDate(2026, 7, 3), QTime(9, 5))
    assert QApplication.focusWidget() is after
