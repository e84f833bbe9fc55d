"""Planning ▸ Team…: the plan's members and their roles, and its review settings.

The dialog only asks and shows: whether a change is allowed (review on needs an approver; the last
approver stays one while review is on) is the core's to decide, and its refusal is said in one line
under the form, the control put back as it was (a refusal meant for the command line, "name an
approver first", is said in the dialog's own words). Each change is saved at once, one step on the
window's undo stack (:mod:`ui.team_commands`). This is coordination inside a trusted team, not
security: the dialog says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.model import Member, ReviewSettings, Role
from planner.service import Planner
from ui.dialogs import InlineMessage
from ui.dialogs.fitting import fit_dialog
from ui.dialogs.stack_buttons import StackButtons
from ui.team_commands import RemoveMemberCommand, ReviewSettingsCommand, RoleCommand, role_words
from ui.undo import CoreCommand, History

Result = TypeVar("Result")


def role_combo(parent: QWidget | None, role: Role) -> QComboBox:
    """Editor or Approver, ``role`` chosen."""
    combo = QComboBox(parent)
    for choice in Role:
        combo.addItem(role_words(choice), choice.value)
    combo.setCurrentIndex(combo.findData(role.value))
    return combo


class TeamDialog(QDialog):
    """The plan's team and review; ``changed`` after each change this dialog saves."""

    changed = Signal()

    def __init__(self, planner: Planner, stack: QUndoStack, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._planner = planner
        self._stack = stack
        self._history = history
        self._members: list[Member] = []
        self._settings = ReviewSettings()
        self.setWindowTitle(self.tr("Team and review"))
        self.intro = QLabel(
            self.tr(
                "Who writes and who approves. With review on, a post is approved by an approver before it "
                "is scheduled. This coordinates a team that trusts each other on one plan; it is not a "
                "permission system."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.review_check = QCheckBox(self.tr("Re&view posts before they are scheduled"), self)
        self.self_approval_check = QCheckBox(self.tr("Approvers may approve their &own posts"), self)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Role"), ""])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The role choosers and Remove buttons are cell widgets, which the header does not measure:
        # their columns are sized to them whenever rows change (_fit_columns).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.table.setAccessibleName(self.tr("Members of the plan"))
        self.empty = QLabel(self.tr("No members yet: add one below, or write a post with an author."), self)
        self.empty.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.new_role = role_combo(self, Role.EDITOR)
        self.add_button = QPushButton(self.tr("&Add member"), self)
        self.add_button.setAutoDefault(False)
        self.message = InlineMessage(self)
        # The window's Edit menu is out of reach while the dialog is open: Undo and Redo are here.
        self.stack_buttons = StackButtons(self, stack)
        self.undo_button, self.redo_button = self.stack_buttons.undo_button, self.stack_buttons.redo_button
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self._lay_out(close)

        self.review_check.toggled.connect(self._review_toggled)
        self.self_approval_check.toggled.connect(self._self_approval_toggled)
        self.add_button.clicked.connect(self.add_member)
        self.name_edit.returnPressed.connect(self.add_member)
        self.name_edit.textChanged.connect(lambda text: self.add_button.setEnabled(bool(text.strip())))
        # An undo or redo (here or in the window) changes the team: show it as it is now.
        stack.indexChanged.connect(self._stack_moved)
        self._following = True
        self.reload()
        fit_dialog(self)

    def _lay_out(self, close: QDialogButtonBox) -> None:
        add_row = QHBoxLayout()
        caption = QLabel(self.tr("&New member:"), self)
        caption.setBuddy(self.name_edit)
        add_row.addWidget(caption)
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.new_role)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.review_check)
        layout.addWidget(self.self_approval_check)
        side_buttons = QVBoxLayout()
        side_buttons.addWidget(self.undo_button)
        side_buttons.addWidget(self.redo_button)
        side_buttons.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side_buttons)
        layout.addLayout(middle, 1)
        layout.addWidget(self.empty)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addWidget(close)

    def done(self, result: int) -> None:
        # The window's stack outlives the dialog: it no longer tells a closed dialog its steps.
        if self._following:
            self._following = False
            self._stack.indexChanged.disconnect(self._stack_moved)
        super().done(result)

    # -- what is shown -------------------------------------------------------------

    def members(self) -> list[Member]:
        """The members shown, in their order."""
        return list(self._members)

    def role_combo_of(self, name: str) -> QComboBox | None:
        """The role chooser on ``name``'s row."""
        widget = self._cell_widget(name, 1)
        return widget if isinstance(widget, QComboBox) else None

    def remove_button_of(self, name: str) -> QPushButton | None:
        """The Remove button on ``name``'s row."""
        widget = self._cell_widget(name, 2)
        return widget if isinstance(widget, QPushButton) else None

    def _cell_widget(self, name: str, column: int) -> QWidget | None:
        for row, member in enumerate(self._members):
            if member.name == name:
                return self.table.cellWidget(row, column)
        return None

    def reload(self, *_news: object) -> None:
        """Read the team and the settings again (after a change here, an undo, or a colleague's)."""
        review = self._planner.review
        try:
            self._members = review.team()
            self._settings = review.settings()
        except PlannerError as error:
            self.message.show_message(error.message)
        with QSignalBlocker(self.review_check), QSignalBlocker(self.self_approval_check):
            self.review_check.setChecked(self._settings.review)
            self.self_approval_check.setChecked(self._settings.self_approval)
        self._show_members()
        self.empty.setVisible(not self._members)
        self.add_button.setEnabled(bool(self.name_edit.text().strip()))

    def _show_members(self) -> None:
        """A row per member with its role's chooser; the same members keep their choosers (only
        their roles are set again), so a refresh does not take the focus from one."""
        shown = [item.text() for row in range(self.table.rowCount()) if (item := self.table.item(row, 0))]
        if shown == [member.name for member in self._members]:
            for member in self._members:
                combo = self.role_combo_of(member.name)
                if combo is not None:
                    with QSignalBlocker(combo):
                        combo.setCurrentIndex(combo.findData(member.role.value))
            return
        for row in range(self.table.rowCount()):
            self.table.removeCellWidget(row, 1)
            self.table.removeCellWidget(row, 2)
        self.table.setRowCount(len(self._members))
        for row, member in enumerate(self._members):
            item = QTableWidgetItem(member.name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            combo = role_combo(self.table.viewport(), member.role)
            combo.setAccessibleName(self.tr("Role of {name}").format(name=member.name))
            combo.currentIndexChanged.connect(
                lambda _index, name=member.name, chooser=combo: self._role_chosen(name, chooser)
            )
            self.table.setCellWidget(row, 1, combo)
            remove = QPushButton(self.tr("Remove"), self.table.viewport())
            remove.setAutoDefault(False)
            remove.setAccessibleName(self.tr("Remove {name} from the team").format(name=member.name))
            remove.setToolTip(remove.accessibleName())
            remove.clicked.connect(lambda _checked=False, name=member.name: self.remove_member(name))
            self.table.setCellWidget(row, 2, remove)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The Role and Remove columns as wide as their widgets want (the longest role's name and the
        chooser's arrow), never less than their header: a role is never cut to "A ▾"."""
        header = self.table.horizontalHeader()
        # Measured on widgets of no window (never shown), with the dialog's font and style.
        chooser = role_combo(None, Role.EDITOR)  # every role's name is in it: its hint fits the longest
        remove = QPushButton(self.tr("Remove"))
        for column, widget in ((1, chooser), (2, remove)):
            widget.setFont(self.font())
            wanted = max(widget.sizeHint().width(), header.sectionSizeHint(column)) + 6
            header.resizeSection(column, wanted)
        row_height = max(chooser.sizeHint().height(), remove.sizeHint().height())
        chooser.deleteLater()
        remove.deleteLater()
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(max(row_height, rows.minimumSectionSize()))

    def _stack_moved(self, _index: int) -> None:
        self.message.clear()
        self.reload()
        self.stack_buttons.show_stack()

    # -- changes -------------------------------------------------------------------

    def add_member(self) -> None:
        """The name typed, with the role chosen, in the team (or that member given that role)."""
        name = self.name_edit.text().strip()
        if not name:
            return
        role = Role(self.new_role.currentData())
        before = next((m.role for m in self._members if m.name.casefold() == name.casefold()), None)
        if self._run(lambda: self._planner.review.set_member(name, role)) is None:
            return
        # Ready for the next one: no name, the usual role.
        self.name_edit.clear()
        self.new_role.setCurrentIndex(self.new_role.findData(Role.EDITOR.value))
        self._done(RoleCommand(self._history, name, before, role))

    def remove_member(self, name: str) -> None:
        """``name`` out of the team, unless the core refuses (the last approver, an author or owner)."""
        removed = self._run(lambda: self._planner.review.remove_member(name))
        if removed is not None:
            self._done(RemoveMemberCommand(self._history, removed))

    def _role_chosen(self, name: str, combo: QComboBox) -> None:
        role = Role(combo.currentData())
        before = next((m.role for m in self._members if m.name == name), Role.EDITOR)
        if role is before:
            return
        if self._run(lambda: self._planner.review.set_member(name, role)) is None:
            with QSignalBlocker(combo):
                combo.setCurrentIndex(combo.findData(before.value))  # put back: the core said no
            return
        self._done(RoleCommand(self._history, name, before, role))

    def _review_toggled(self, on: bool) -> None:
        self._set_settings(ReviewSettings(on, self._settings.self_approval), self.review_check)

    def _self_approval_toggled(self, on: bool) -> None:
        self._set_settings(ReviewSettings(self._settings.review, on), self.self_approval_check)

    def _set_settings(self, wanted: ReviewSettings, check: QCheckBox) -> None:
        before = self._settings
        saved = self._run(lambda: self._planner.review.set_review(wanted.review, self_approval=wanted.self_approval))
        if saved is None:
            with QSignalBlocker(check):
                check.setChecked(not check.isChecked())  # put back: the core said no
            return
        self._done(ReviewSettingsCommand(self._history, before, saved))

    def _run(self, call: Callable[[], Result]) -> Result | None:
        """The core's change, its refusal said in one line (None then)."""
        self.message.clear()
        try:
            return call()
        except PlannerError as error:
            self.message.show_message(self._said(error))
            return None

    def _said(self, error: PlannerError) -> str:
        """The core's refusal in one line; the one that names a shell command, in this dialog's words."""
        if error.key == "error.review_no_approver":
            return self.tr("Make someone an approver first (below).")
        return error.message

    def _done(self, command: CoreCommand) -> None:
        self._stack.push(command)  # already done: the push records it (its first redo does nothing)
        self.reload()
        self.changed.emit()
