"""Planning ▸ Categories…: what posts do, each on one side, added, edited and removed.

Whether a category may be removed (no post uses it) is the core's call; its
refusal is shown as it comes.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from planner.errors import PlannerError
from planner.model import UNSET, Category, Side
from planner.service import Planner
from ui.dialogs import AnyIndex, InlineMessage, NamedRowsModel, ReferenceDialog
from ui.labels import side_label


class Column(enum.IntEnum):
    NAME = 0
    SIDE = 1


class CategoryTableModel(NamedRowsModel[Category]):
    """The categories of the plan, one per row, display only."""

    def category(self, row: int) -> Category:
        return self.item(row)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {Column.NAME: self.tr("Name"), Column.SIDE: self.tr("Side")}
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        category = self._item_at(index)
        if category is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return category.name if index.column() == Column.NAME else side_label(category.side)


class CategoryForm(QDialog):
    """Add a category (``category`` None) or edit one; saves through the core on OK."""

    def __init__(self, planner: Planner, category: Category | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._planner = planner
        self._category = category
        self.saved: Category | None = None
        self.setWindowTitle(self.tr("Edit category") if category else self.tr("Add a category"))

        self.name_edit = QLineEdit(category.name if category else "", self)
        self.side_combo = QComboBox(self)
        for side in Side:
            self.side_combo.addItem(side_label(side), side.value)
        self.side_combo.setCurrentIndex(self.side_combo.findData(category.side if category else Side.CONVERSATION))
        self.side_combo.setToolTip(
            self.tr("Conversation: dialogue, value. Information: your own news. Promotion: offers, launches, sales.")
        )
        self.error = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Side:"), self.side_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def side(self) -> Side:
        return Side(self.side_combo.currentData())

    def accept(self) -> None:
        try:
            if self._category is None:
                self.saved = self._planner.add_category(self.name_edit.text(), self.side())
            else:
                current = self._category
                name = self.name_edit.text()
                self.saved = self._planner.edit_category(
                    current.name,
                    new_name=name if name.strip() != current.name else UNSET,
                    side=self.side() if self.side() is not current.side else UNSET,
                    expect_version=current.version,
                )
        except PlannerError as error:
            self.error.show_message(error.message)
            return
        super().accept()


class CategoriesDialog(ReferenceDialog[Category]):
    """The categories of the plan with Add, Edit and Remove; ``changed`` after each save."""

    def __init__(self, planner: Planner, parent: QWidget | None = None) -> None:
        super().__init__(CategoryTableModel(), parent)
        self.model.setParent(self)
        self._planner = planner
        self.setWindowTitle(self.tr("Categories"))
        self.reload()
        self.resize(self.sizeHint())

    def _load(self) -> list[Category]:
        return self._planner.categories()

    def _make_form(self, item: Category | None) -> CategoryForm:
        return CategoryForm(self._planner, item, self)

    def _confirm_text(self, item: Category) -> tuple[str, str, str]:
        return (
            self.tr("Remove a category"),
            self.tr("Remove the category “{name}”?").format(name=item.name),
            self.tr("A category that posts still use cannot be removed."),
        )

    def _remove(self, item: Category) -> None:
        self._planner.remove_category(item.name)
