"""Help ▸ About Dialogos and Help ▸ Keyboard shortcuts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import planner
from ui.dialogs import AnyIndex, without_mnemonic


class AboutDialog(QDialog):
    """The app's name, version and what it is for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Dialogos"))
        self.title = QLabel(self.tr("Dialogos {version}").format(version=planner.__version__), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description = QLabel(
            self.tr(
                "An editorial planner for community managers that keeps conversation ahead of promotion, because dialogue creates expectations."  # noqa: E501
            ),
            self,
        )
        self.description.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.sizeHint().height())


class ShortcutTableModel(QAbstractTableModel):
    """Each action that has a shortcut: its text and its keys in the platform's own notation."""

    def __init__(self, actions: list[QAction], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = [
            (without_mnemonic(action.text()), self._keys(action))
            for action in actions
            if action.text() and not action.isSeparator() and action.shortcuts()
        ]

    def _keys(self, action: QAction) -> str:
        # The keys a keyboard has: not the Undo, Open or F14 keys of old Sun keyboards that the
        # platform's standard bindings add (Ctrl+Z, F14, Undo), which only lengthen the list.
        # PySide6's stubs lack QKeySequence.__getitem__ (Qt's operator[]), which PySide6 has.
        typable = [
            key
            for key in action.shortcuts()
            if key.count() and key[0].key().value < Qt.Key.Key_F13.value  # type: ignore[index]
        ]
        native = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in typable or action.shortcuts()]
        separator = self.tr(", ", "between two shortcuts of one action")
        return separator.join(native)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Action"), self.tr("Shortcut"))[section] if section in (0, 1) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][index.column()]
        return None


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts of ``actions``, with a filter to find one."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = ShortcutTableModel(actions, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)  # an action's name or its keys
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Find an action or a key"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        rows = min(max(self.model.rowCount(), 6), 20)
        height = self.table.verticalHeader().defaultSectionSize() * rows
        # Wide enough for every action and all its keys: nothing cut short by an ellipsis.
        self.table.resizeColumnsToContents()
        margins = layout.contentsMargins()
        room = self.fontMetrics().averageCharWidth() * 4  # the stretched column's own margin
        width = header.length() + self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth()
        width += margins.left() + margins.right() + room
        self.resize(max(width, self.fontMetrics().averageCharWidth() * 60), height + self.sizeHint().height() // 2)

    def shortcut_of(self, action_text: str) -> str | None:
        """The shortcut text listed for the action called ``action_text`` (without &), or None."""
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data() == action_text:
                return str(self.model.index(row, 1).data())
        return None
