"""File ▸ Import… says what it left out of a calendar file, as the command line does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner import Planner
from tests.helpers.ics_samples import FIXTURES
from ui.dialogs.import_dialog import ImportDialog


def imported(qtbot: QtBot, plan: Planner, path: Path) -> ImportDialog:
    dialog = ImportDialog(plan, first_day=date(2026, 6, 8), last_day=date(2026, 6, 14))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(path))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return dialog


def test_a_holiday_feed_with_empty_rrules_imports_and_the_dialog_lists_the_notes(qtbot: QtBot, plan: Planner) -> None:
    # Calendar Labs' public holiday feeds write a bare "RRULE:" in every event.
    dialog = imported(qtbot, plan, FIXTURES / "holidays-empty-rrule.ics")

    assert "now has 2 events" in dialog.result_label.text()
    assert dialog.details.isVisible()
    assert dialog.details.toPlainText().splitlines() == [
        "Note: Line 15: RRULE is empty and was left out.",
        "Note: Line 28: RRULE is empty and was left out.",
    ]
    assert [c.event_count for c in plan.context_calendars()] == [2]


def test_broken_components_a_calendar_app_ignores_are_listed_after_the_import(qtbot: QtBot, plan: Planner) -> None:
    # A desktop client's store: a VALARM never closed, a VTODO, a VJOURNAL and a VFREEBUSY with a broken line.
    dialog = imported(qtbot, plan, FIXTURES / "unused-components-broken.ics")

    details = dialog.details.toPlainText()
    assert "now has 2 events" in dialog.result_label.text()
    assert all(f"a {name}" in details for name in ("VALARM", "VTODO", "VJOURNAL", "VFREEBUSY"))


def test_an_unreadable_value_is_quoted_in_the_one_line_refusal(qtbot: QtBot, plan: Planner) -> None:
    dialog = imported(qtbot, plan, FIXTURES / "rdate-date-with-z.ics")

    assert dialog.report is None
    assert "line 10: the value of RDATE, “20131210Z”, cannot be read" in dialog.message.text()
    assert plan.context_calendars() == []
