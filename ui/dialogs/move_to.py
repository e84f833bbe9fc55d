"""Move to…: a small dialog asking a post's new date and time, in the post's own zone."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QTimeEdit, QWidget

from planner.model import Post
from planner.timezones import localize
from ui.editor.fields import four_digit_years


class MoveToDialog(QDialog):
    """The date and time ``post`` moves to, shown and read in its zone (``zone_name`` for an idea)."""

    def __init__(self, post: Post, start: datetime, zone_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone_name = zone_name
        self.setWindowTitle(self.tr("Move “{title}”").format(title=post.title))
        locale = QLocale()
        self.date_edit = QDateEdit(QDate(start.year, start.month, start.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(four_digit_years(locale.dateFormat(QLocale.FormatType.ShortFormat)))
        self.time_edit = QTimeEdit(QTime(start.hour, start.minute), self)
        self.time_edit.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self._buddy(self.tr("&Date"), self.date_edit), self.date_edit)
        form.addRow(self._buddy(self.tr("&Time"), self.time_edit), self.time_edit)
        form.addRow(self.tr("Zone"), QLabel(zone_name, self))
        form.addRow(buttons)

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    def chosen(self) -> datetime:
        """The instant chosen; the core's ValidationError for a time the clocks skip that day."""
        day, time = self.date_edit.date(), self.time_edit.time()
        wall = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        return localize(wall, self._zone_name)
