"""Planning ▸ Slots…: the weekly grid of one platform at a time, slots added and removed.

The dialog only asks and shows: whether a slot may be added (a platform has one slot at a given
weekday and time) is the core's to decide, and its refusal is shown in one line under the grid.
Each change is one step on the window's undo stack, so Edit ▸ Undo takes it back after the
dialog is closed too; Undo and Redo are at hand in the dialog while it is open.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

from PySide6.QtCore import QItemSelectionModel, QLocale, QSignalBlocker, QSize, Qt, QTime, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.model import Side
from planner.service import Planner
from planner.slots import WEEKDAYS, Slot
from ui.dialogs import InlineMessage, RowsModel
from ui.dialogs.stack_buttons import StackButtons
from ui.labels import side_label
from ui.slot_commands import add_slot_command, remove_slots_command
from ui.undo import CoreCommand, History


def day_name(weekday: int) -> str:
    """Monday … Sunday (0 … 6) in the user's locale."""
    return QLocale().standaloneDayName(weekday + 1, QLocale.FormatType.LongFormat)  # Qt counts from 1, Monday


def time_text(slot: Slot) -> str:
    return QLocale().toString(QTime(slot.at.hour, slot.at.minute), QLocale.FormatType.ShortFormat)


class SlotRowsModel(RowsModel[Slot]):
    """The slots of one platform, a row each, by weekday and time."""

    def titles(self) -> list[str]:
        return [self.tr("Day"), self.tr("Time"), self.tr("Side")]

    def cell(self, value: Slot, column: int) -> str:
        if column == 0:
            return day_name(value.weekday)
        if column == 1:
            return time_text(value)
        return self.tr("Any side") if value.side is None else side_label(value.side)

    def slot(self, row: int) -> Slot:
        return self.value(row)


class SlotsDialog(QDialog):
    """The weekly slots of the plan's platforms; ``changed`` after each change this dialog saves."""

    changed = Signal()

    def __init__(
        self,
        planner: Planner,
        stack: QUndoStack,
        history: History,
        parent: QWidget | None = None,
        *,
        platform: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._stack = stack
        self._history = history
        self.setWindowTitle(self.tr("Weekly slots"))

        self.platform_combo = QComboBox(self)
        self.intro = QLabel(
            self.tr(
                "The places where this platform usually posts, every week. A new post goes to a free one "
                "first, and filling the week fills them: a side keeps a slot for conversation, information "
                "or promotion."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.model = SlotRowsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the form
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)

        self.day_combo = QComboBox(self)
        for weekday in range(len(WEEKDAYS)):
            self.day_combo.addItem(day_name(weekday), weekday)
        self.time_edit = QTimeEdit(QTime(9, 0), self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.side_combo = QComboBox(self)
        self.side_combo.addItem(self.tr("Any side"), None)
        for side in Side:
            self.side_combo.addItem(side_label(side), side.value)
        self.add_button = QPushButton(self.tr("&Add slot"), self)
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setAutoDefault(False)
        # Undo and Redo of the window's stack, under short names: the step they take is their tooltip.
        self.stack_buttons = StackButtons(self, stack)
        self.undo_button, self.redo_button = self.stack_buttons.undo_button, self.stack_buttons.redo_button
        self.message = InlineMessage(self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        self._lay_out(close)
        remove_key = QAction(self.remove_button.text(), self.table)
        remove_key.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Delete))
        remove_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.triggered.connect(self.remove_selected)
        self.table.addAction(remove_key)
        self.platform_combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        # An undo or redo (here or in the window) changes the grid: show it as it is now.
        stack.indexChanged.connect(self._stack_moved)
        self._following = True
        close.rejected.connect(self.reject)

        self._fill_platforms(platform)
        self.reload()
        self.stack_buttons.show_stack()
        self.resize(self.sizeHint().expandedTo(QSize(560, 440)))

    def done(self, result: int) -> None:
        # The window's stack outlives the dialog: it no longer tells a closed dialog its steps.
        if self._following:
            self._following = False
            self._stack.indexChanged.disconnect(self._stack_moved)
        super().done(result)

    def _lay_out(self, close: QDialogButtonBox) -> None:
        top = QFormLayout()
        top.addRow(self.tr("&Platform:"), self.platform_combo)
        add_row = QHBoxLayout()
        for label, widget in (
            (self.tr("&Day:"), self.day_combo),
            (self.tr("&Time:"), self.time_edit),
            (self.tr("&Side:"), self.side_combo),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            add_row.addWidget(caption)
            add_row.addWidget(widget)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        side_buttons = QVBoxLayout()
        for button in (self.remove_button, self.undo_button, self.redo_button):
            side_buttons.addWidget(button)
        side_buttons.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side_buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.empty)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addWidget(close)

    # -- what is shown -------------------------------------------------------------

    def _fill_platforms(self, wanted: str | None) -> None:
        try:
            platforms = [p for p in self._planner.platforms() if p.active or p.name == wanted]
        except PlannerError as error:
            platforms = []
            self.message.show_message(error.message)
        with QSignalBlocker(self.platform_combo):
            for platform in platforms:
                self.platform_combo.addItem(platform.name, platform.name)
            found = self.platform_combo.findData(wanted) if wanted else -1
            self.platform_combo.setCurrentIndex(max(found, 0) if platforms else -1)

    def platform(self) -> str | None:
        name = self.platform_combo.currentData()
        return None if name is None else str(name)

    def slots(self) -> list[Slot]:
        """The slots shown, in their order."""
        return [self.model.slot(row) for row in range(self.model.rowCount())]

    def reload(self, select: Sequence[int] = ()) -> None:
        """Read the platform's slots again, selecting those of the ids ``select``."""
        name = self.platform()
        try:
            slots = self._planner.slots_of(name) if name is not None else []
        except PlannerError as error:
            slots = []
            self.message.show_message(error.message)
        self.model.set_rows(slots)
        for row, slot in enumerate(slots):
            if slot.id in select:
                rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                self.table.selectionModel().select(self.model.index(row, 0), rows)
        if name is None:
            self.empty.setText(self.tr("Add a platform first: Planning ▸ Platforms…"))
        else:
            self.empty.setText(self.tr("{platform} has no slots yet: add one below.").format(platform=name))
        self.empty.setVisible(not slots)
        self.add_button.setEnabled(name is not None)
        self._update_buttons()

    def selected(self) -> list[Slot]:
        return [self.model.slot(index.row()) for index in self.table.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.selected()))

    def _stack_moved(self, _index: int) -> None:
        self.message.clear()
        self.reload()
        self.stack_buttons.show_stack()

    # -- changes -------------------------------------------------------------------

    def add(self) -> None:
        """A slot at the day, time and side chosen, on the platform shown."""
        name = self.platform()
        if name is None:
            return
        self.message.clear()
        at = self.time_edit.time()
        side = self.side_combo.currentData()
        try:
            added = self._planner.add_slot(name, int(self.day_combo.currentData()), time(at.hour(), at.minute()), side)
        except PlannerError as error:
            self.message.show_message(error.message)
            return
        self._done(add_slot_command(self._history, added), select=[added.id])

    def remove_selected(self) -> None:
        """Remove the selected slots, in one step to undo."""
        chosen = self.selected()
        if not chosen:
            return
        self.message.clear()
        removed: list[Slot] = []
        refused: PlannerError | None = None
        try:
            for slot in chosen:
                removed.append(self._planner.remove_slot(slot.id))
        except PlannerError as error:
            refused = error  # a colleague removed it meanwhile: said, and the grid shown as it is
        if removed:
            self._done(remove_slots_command(self._history, removed))
        else:
            self.reload()
        if refused is not None:
            self.message.show_message(refused.message)

    def _done(self, command: CoreCommand, select: Sequence[int] = ()) -> None:
        self._stack.push(command)  # already done: the push records it (its first redo does nothing)
        self.reload(select)
        self.changed.emit()
