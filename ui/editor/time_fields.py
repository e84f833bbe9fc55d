"""Date and time fields that take a typed value whole.

Qt's date and time edits are made of parts (day, month, year; hours, minutes) and treat each
keystroke within one part: with the whole text selected (Ctrl+A), "09:30" lands in the part under
the cursor and gives 08:30; a separator typed after a full part skips the next one, which Qt has
already moved to; and Tab walks the parts before it leaves the field. People type a time or a date
in one go and press Tab once: these fields read them so.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget


def _typed(field: QDateTimeEdit, event: QKeyEvent) -> bool:
    """Prepare ``field`` for the typed key; True when the key has nothing left to do."""
    if (
        event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
    ):
        # Qt's date edits move between their parts on Tab (as on a separator, which still does).
        forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        QWidget.focusNextPrevChild(field, forward)
        return True
    text = event.text()
    if not text or not text.isprintable():
        return False
    line = field.lineEdit()
    if text.isalnum():
        if line.hasSelectedText() and line.selectedText() == line.text():
            # All selected: a new value starts, from its first part, over a date that takes any
            # day (a 31st, a 29 February) while the rest is typed.
            if field.displayedSections() & QDateTimeEdit.Section.DateSections_Mask:
                field.setDate(QDate(2000, 1, 1))
            field.setCurrentSectionIndex(0)
            field.setSelectedSection(field.sectionAt(0))
        return False
    index = _part_at(line.text(), line.selectionStart() if line.hasSelectedText() else line.cursorPosition())
    if line.hasSelectedText() and line.selectedText() == field.sectionText(field.sectionAt(index)):
        # After a full part Qt has moved on and selected the next one: the separator typed
        # after the full part is done already, and must not skip this part too.
        return True
    if index + 1 < field.sectionCount():
        field.setCurrentSectionIndex(index + 1)
        field.setSelectedSection(field.sectionAt(index + 1))
    return True


def _part_at(text: str, position: int) -> int:
    """The index of the part of ``text`` (parts are separated by anything but letters and digits) at ``position``."""
    index, in_part = 0, False
    for char in text[:position]:
        if char.isalnum():
            in_part = True
        elif in_part:
            index, in_part = index + 1, False
    return index


class DateField(QDateEdit):
    """A date typed whole ("25/12/2027"), left with one Tab."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _typed(self, event):
            event.accept()
            return
        super().keyPressEvent(event)


class TimeField(QTimeEdit):
    """A time typed whole ("09:30"), left with one Tab."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _typed(self, event):
            event.accept()
            return
        super().keyPressEvent(event)


class DateTimeField(QDateTimeEdit):
    """A date and time typed whole ("25/12/2027 09:30"), left with one Tab."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _typed(self, event):
            event.accept()
            return
        super().keyPressEvent(event)
