"""The app's dialogs: the Planning editors (platforms, categories, balance
rules), the conflict dialog and the Help dialogs.

This module holds the small pieces they share: translated names of the core's
values and an inline message line for the core's refusals. Each dialog lives
in its own module and is imported from there (``ui.dialogs.rules``…), so
opening one does not load the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from ui.dialogs.fitting import fit_table, free_room

AnyIndex = QModelIndex | QPersistentModelIndex


class _HasName(Protocol):
    @property
    def name(self) -> str: ...


Named = TypeVar("Named", bound=_HasName)


def without_mnemonic(text: str) -> str:
    """An action's text as read: "&Open…" gives "Open…", "R&&D" gives "R&D"."""
    return "&".join(part.replace("&", "") for part in text.split("&&"))


class InlineMessage(QWidget):
    """A warning icon and a wrapped sentence under a form; hidden when empty.

    The core's refusals are shown here, next to what the user typed, rather
    than in a box that hides the form.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(warning.pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.show_message("")

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()


Row = TypeVar("Row")


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A read-only table with a row per value of the core: a subclass names the columns
    (:meth:`titles`) and words each cell (:meth:`cell`), also as its tooltip."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def value(self, row: int) -> Row:
        return self._rows[row]

    def titles(self) -> list[str]:
        raise NotImplementedError

    def cell(self, value: Row, column: int) -> str:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self.titles())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell(self._rows[index.row()], index.column()) or None
        return None


@dataclass(frozen=True, slots=True)
class RowsAndDetails:
    """The widgets of a dialog that lists rows to pick one from and details the picked one
    (a post's versions, the posts that differ from a copy); the dialog lays them out."""

    heading: QLabel
    table: QTableView
    details: QTableView
    note: QLabel
    message: InlineMessage
    buttons: QDialogButtonBox
    action: QPushButton


def rows_and_details(
    dialog: QDialog,
    rows: QAbstractItemModel,
    details: QAbstractItemModel,
    action: str,
    above: Sequence[QWidget] = (),
) -> RowsAndDetails:
    """Lay out in ``dialog``, under the widgets ``above``: a bold heading, the table of ``rows`` (one
    picked at a time), the table of the picked row's ``details`` (wrapped text), a note, an inline
    message, and Close beside the ``action`` button."""
    heading = QLabel(dialog)
    heading.setTextFormat(Qt.TextFormat.PlainText)
    heading.setWordWrap(True)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    table = QTableView(dialog)
    table.setModel(rows)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the details and the buttons
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    shown = QTableView(dialog)
    shown.setModel(details)
    shown.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    shown.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    shown.setWordWrap(True)
    shown.verticalHeader().hide()
    shown.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    shown.horizontalHeader().sectionResized.connect(shown.resizeRowsToContents)
    note = QLabel(dialog)
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    button = QPushButton(action, dialog)
    button.setAutoDefault(False)  # Enter closes; the action is always a deliberate click
    buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    buttons.rejected.connect(dialog.reject)
    message = InlineMessage(dialog)
    layout = QVBoxLayout(dialog)
    for widget in above:
        layout.addWidget(widget)
    layout.addWidget(heading)
    layout.addWidget(table, 3)
    layout.addWidget(shown, 2)
    for widget in (note, message, buttons):
        layout.addWidget(widget)
    return RowsAndDetails(heading, table, shown, note, message, buttons, button)


class NamedRowsModel(QAbstractTableModel, Generic[Named]):
    """A read-only table over named values of the core (platforms, categories)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Named] = []

    def set_items(self, items: Sequence[Named]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Named:
        return self._items[row]

    def row_of(self, name: str) -> int:
        """The row of the value called ``name``, or -1."""
        return next((row for row, item in enumerate(self._items) if item.name == name), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._items)

    def _item_at(self, index: AnyIndex) -> Named | None:
        valid = index.isValid() and 0 <= index.row() < len(self._items)
        return self._items[index.row()] if valid else None


# The rows a reference dialog (platforms, categories) shows without scrolling, when it has them.
REFERENCE_ROWS = 12


class ReferenceDialog(QDialog, Generic[Named]):
    """A table of named values with Add, Edit and Remove, saved through the core.

    Subclasses give the model, the form that adds or edits one value (a
    dialog that saves on OK and keeps the saved value in ``saved``), and the
    removal. Forms and the confirmation open window-modal without blocking,
    so keyboard users and tests reach them as ``form`` and ``confirmation``.
    """

    changed = Signal()

    def __init__(self, model: NamedRowsModel[Named], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.form: QDialog | None = None
        self.confirmation: QMessageBox | None = None

        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(QCoreApplication.translate("ReferenceDialog", "&Add…"), self)
        self.edit_button = QPushButton(QCoreApplication.translate("ReferenceDialog", "&Edit…"), self)
        self.remove_button = QPushButton(QCoreApplication.translate("ReferenceDialog", "&Remove…"), self)
        self.message = InlineMessage(self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)  # Enter in the table edits, it does not add
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)

        remove_key = QAction(self.remove_button.text(), self.table)
        remove_key.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Delete))
        remove_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.triggered.connect(self.remove_selected)
        self.table.addAction(remove_key)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.activated.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        close.rejected.connect(self.reject)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the table edits the row (the table's own activation); it must
        # not also reach the dialog, whose default button would close it.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            event.accept()
            return
        super().keyPressEvent(event)

    # -- what subclasses give ----------------------------------------------------

    def _load(self) -> Sequence[Named]:
        raise NotImplementedError

    def _make_form(self, item: Named | None) -> QDialog:
        raise NotImplementedError

    def _confirm_text(self, item: Named) -> tuple[str, str, str]:
        """The confirmation's title, question and explanation."""
        raise NotImplementedError

    def _remove(self, item: Named) -> None:
        raise NotImplementedError

    # -- selection ---------------------------------------------------------------

    def selected(self) -> Named | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def select(self, name: str) -> None:
        row = self.model.row_of(name)
        if row >= 0:
            self.table.selectRow(row)

    def reload(self, select: str | None = None) -> None:
        """Read the values again, keeping (or moving) the selection."""
        current = self.selected()
        self.model.set_items(self._load())
        name = select or (current.name if current else None)
        if name is not None and self.model.row_of(name) >= 0:
            self.select(name)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()
        self._fit_table()

    def _fit_table(self) -> None:
        """Every column whole and up to a dozen rows in view, as far as the screen allows."""
        # Beside the table: the buttons' column; under it: the message and Close.
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutRightMargin)
        beside = self.add_button.sizeHint().width() + 3 * margin
        under = 4 * self.add_button.sizeHint().height()
        fit_table(self.table, REFERENCE_ROWS, free_room(self) - QSize(beside, under))

    def _update_buttons(self) -> None:
        has_one = self.selected() is not None
        self.edit_button.setEnabled(has_one)
        self.remove_button.setEnabled(has_one)

    # -- actions -----------------------------------------------------------------

    def add(self) -> None:
        self._open_form(None)

    def edit_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self._open_form(item)

    def _open_form(self, item: Named | None) -> None:
        self.message.clear()
        form = self._make_form(item)
        form.accepted.connect(lambda: self._saved(getattr(form, "saved", None)))
        self.form = form
        form.open()

    def _saved(self, saved: Named | None) -> None:
        self.form = None
        self.reload(select=saved.name if saved is not None else None)
        self.changed.emit()

    def remove_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        self.message.clear()
        title, question, explanation = self._confirm_text(item)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(explanation)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # removing is never the default
        box.finished.connect(lambda result: self._confirmed(item, result))
        self.confirmation = box
        box.open()

    def _confirmed(self, item: Named, result: int) -> None:
        self.confirmation = None
        if result != QMessageBox.StandardButton.Yes:
            return
        try:
            self._remove(item)
        except PlannerError as error:
            # The core's refusal (still in use…) stays in view under the table.
            self.message.show_message(error.message)
            self.reload(select=item.name)
            return
        self.reload()
        self.changed.emit()
