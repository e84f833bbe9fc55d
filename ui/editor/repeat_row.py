"""The editor's "Repeat" row for a new post: none, daily, weekly or monthly, every N, and how
long (so many times, or until a day). It only gathers the answer; the core works out the
occurrences, refuses a bad repeat and judges the series (:mod:`planner.series`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from planner.series import MAX_OCCURRENCES, Frequency, Repeat
from ui.editor.fields import VALUE_ROLE, four_digit_years

DEFAULT_COUNT = 4
"""A new series' length until the user says: a month of a weekly post."""


class RepeatRow(QWidget):
    """How a new post repeats; :meth:`repeat` is None while it does not."""

    changed = Signal()

    def __init__(self, first_day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frequency_combo = QComboBox(self)
        for label, value in (
            (self.tr("Does not repeat"), ""),
            (self.tr("Daily"), Frequency.DAILY.value),
            (self.tr("Weekly"), Frequency.WEEKLY.value),
            (self.tr("Monthly"), Frequency.MONTHLY.value),
        ):
            self.frequency_combo.addItem(label)
            self.frequency_combo.setItemData(self.frequency_combo.count() - 1, value, VALUE_ROLE)
        self.every_label = QLabel(self.tr("ever&y"), self)
        self.every_spin = QSpinBox(self)
        self.every_spin.setRange(1, 99)
        self.every_label.setBuddy(self.every_spin)
        self.unit_label = QLabel(self)
        self.end_combo = QComboBox(self)
        self.end_combo.addItem(self.tr("times"), "count")
        self.end_combo.addItem(self.tr("until"), "until")
        self.count_spin = QSpinBox(self)
        self.count_spin.setRange(1, MAX_OCCURRENCES)
        self.count_spin.setValue(DEFAULT_COUNT)
        self.until_edit = QDateEdit(self)
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat(four_digit_years(QLocale().dateFormat(QLocale.FormatType.ShortFormat)))
        self.until_edit.setDate(QDate(first_day.year, first_day.month, first_day.day).addMonths(1))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in (
            (self.frequency_combo, 1),
            (self.every_label, 0),
            (self.every_spin, 0),
            (self.unit_label, 0),
            (self.count_spin, 0),
            (self.end_combo, 0),
            (self.until_edit, 0),
        ):
            row.addWidget(widget, stretch)
        for signal in (
            self.frequency_combo.currentIndexChanged,
            self.every_spin.valueChanged,
            self.end_combo.currentIndexChanged,
            self.count_spin.valueChanged,
            self.until_edit.dateChanged,
        ):
            signal.connect(self._update)
        self._update()

    def focus_chain(self) -> list[QWidget]:
        return [self.frequency_combo, self.every_spin, self.count_spin, self.end_combo, self.until_edit]

    def repeat(self) -> Repeat | None:
        """The repeat as chosen, not yet checked (the core says what is wrong with it)."""
        value = self.frequency_combo.currentData(VALUE_ROLE)
        if not value:
            return None
        if self.end_combo.currentData() == "count":
            return Repeat(Frequency(value), every=self.every_spin.value(), count=self.count_spin.value())
        day = self.until_edit.date()
        return Repeat(Frequency(value), every=self.every_spin.value(), until=date(day.year(), day.month(), day.day()))

    def _update(self) -> None:
        value = self.frequency_combo.currentData(VALUE_ROLE)
        repeating = bool(value)
        n = self.every_spin.value()
        units = {
            Frequency.DAILY.value: self.tr("day(s)", "", n),
            Frequency.WEEKLY.value: self.tr("week(s)", "", n),
            Frequency.MONTHLY.value: self.tr("month(s)", "", n),
        }
        self.unit_label.setText(units.get(value, ""))
        by_count = self.end_combo.currentData() == "count"
        for widget in (self.every_label, self.every_spin, self.unit_label, self.end_combo):
            widget.setVisible(repeating)
        self.count_spin.setVisible(repeating and by_count)
        self.until_edit.setVisible(repeating and not by_count)
        self.changed.emit()
