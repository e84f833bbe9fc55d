"""Adding a follow-up by hand, from the editor: its kind, when it is due (after the post, moving with
it, or at a fixed day and time), a reply window's length, what was promised or to whom, its owner.

The form judges nothing itself: OK asks the window's operations to add it (one undo step), and the
core's refusal, if any, is shown in the form, which stays open to correct it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.defaults import MAX_DURATION_MINUTES
from planner.errors import PlannerError
from planner.model import DEFAULT_REPLY_MINUTES, FollowupKind, Post
from planner.service import Planner
from planner.timezones import localize
from planner.validation import MAX_OFFSET_DAYS
from ui.editor.fields import four_digit_years, select_text, set_error_text
from ui.editor.time_fields import DateTimeField

if TYPE_CHECKING:
    from ui.operations import PostOperations

UNITS = ("m", "h", "d")
"""The units of an offset, as the core reads it ("30m", "2h", "3d")."""


_UNIT_MINUTES = {"m": 1, "h": 60, "d": 24 * 60}


class FollowupForm(QDialog):
    """Add a follow-up to ``post``; OK saves it through ``operations``."""

    def __init__(self, planner: Planner, post: Post, operations: PostOperations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._post = post
        self._ops = operations
        self.setWindowTitle(self.tr("Add a follow-up"))
        self.kind_combo = QComboBox(self)
        for kind, label in (
            (FollowupKind.REPLIES, self.tr("Reply window: read and answer the replies")),
            (FollowupKind.POST, self.tr("Promised post: results, a winner, a selection")),
            (FollowupKind.ANSWER, self.tr("Answer owed to someone")),
        ):
            self.kind_combo.addItem(label, kind.value)
        self.after_radio = QRadioButton(self.tr("A&fter the post"), self)
        self.after_radio.setToolTip(self.tr("Counted from the post's start; it moves with the post"))
        self.at_radio = QRadioButton(self.tr("A&t"), self)
        self.at_radio.setToolTip(self.tr("A fixed day and time, in the post's zone; it stays when the post moves"))
        self.when_group = QButtonGroup(self)
        self.when_group.addButton(self.after_radio)
        self.when_group.addButton(self.at_radio)
        self.after_radio.setChecked(True)
        self.amount_spin = QSpinBox(self)
        self.amount_spin.setRange(1, 999)
        self.amount_spin.setValue(2)
        self.unit_combo = QComboBox(self)
        for unit, label in zip(UNITS, (self.tr("minutes"), self.tr("hours"), self.tr("days")), strict=True):
            self.unit_combo.addItem(label, unit)
        self.unit_combo.setCurrentIndex(1)
        self.unit_combo.currentIndexChanged.connect(self._bound_amount)
        self._bound_amount()
        self.at_edit = DateTimeField(self)
        locale = QLocale()
        self.at_edit.setDisplayFormat(
            four_digit_years(locale.dateFormat(QLocale.FormatType.ShortFormat))
            + " "
            + locale.timeFormat(QLocale.FormatType.ShortFormat)
        )
        self.at_edit.setCalendarPopup(True)
        start = (post.start or planner.now()) + timedelta(days=1)
        self.at_edit.setDateTime(QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute)))
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(1, MAX_DURATION_MINUTES)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setValue(DEFAULT_REPLY_MINUTES)
        self.duration_spin.setSuffix(self.tr(" min", "suffix of a duration in minutes"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("What was promised, or to whom an answer is owed (@handle)"))
        self.owner_combo = QComboBox(self)
        self.owner_combo.setEditable(True)
        self.owner_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner_combo.addItems([member.name for member in planner.members()])
        select_text(self.owner_combo, post.author or planner.user)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        set_error_text(self.error, True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._lay_out()
        self.kind_combo.currentIndexChanged.connect(self._enable)
        self.after_radio.toggled.connect(self._enable)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._enable()

    def _bound_amount(self) -> None:
        """An offset reaches at most as far as the core allows (366 days), in whatever unit."""
        unit = self.unit_combo.currentData() or "h"
        self.amount_spin.setMaximum(MAX_OFFSET_DAYS * 24 * 60 // _UNIT_MINUTES[unit])

    def _lay_out(self) -> None:
        after = QHBoxLayout()
        after.addWidget(self.after_radio)
        after.addWidget(self.amount_spin)
        after.addWidget(self.unit_combo, 1)
        at = QHBoxLayout()
        at.addWidget(self.at_radio)
        at.addWidget(self.at_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("Due:"), after)
        form.addRow("", at)
        form.addRow(self.tr("&Reply window:"), self.duration_spin)
        form.addRow(self.tr("&Note:"), self.note_edit)
        form.addRow(self.tr("&Owner:"), self.owner_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def kind(self) -> FollowupKind:
        return FollowupKind(self.kind_combo.currentData())

    def _enable(self) -> None:
        self.duration_spin.setEnabled(self.kind() is FollowupKind.REPLIES)
        relative = self.after_radio.isChecked()
        self.amount_spin.setEnabled(relative)
        self.unit_combo.setEnabled(relative)
        self.at_edit.setEnabled(not relative)

    def _when(self) -> dict[str, object]:
        if self.after_radio.isChecked():
            return {"after": f"{self.amount_spin.value()}{self.unit_combo.currentData()}"}
        moment = self.at_edit.dateTime()
        day, time = moment.date(), moment.time()
        wall = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        return {"due": localize(wall, self._post.timezone)}

    def accept(self) -> None:
        """Save through the operations; a refusal stays in the form, to correct."""
        kind = self.kind()
        owner = self.owner_combo.currentText().strip() or None
        try:
            when = self._when()
        except PlannerError as error:  # a time the zone skips (the spring's lost hour)
            self._show_error(error.message)
            return
        added = self._ops.add_followup(
            self._post,
            kind,
            **when,
            duration=self.duration_spin.value() if kind is FollowupKind.REPLIES else None,
            owner=owner,
            note=self.note_edit.text(),
        )
        if added is None:
            failure = self._ops.last_error
            self._show_error(failure.message if failure is not None else "")
            return
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
