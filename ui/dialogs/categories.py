"""Planning ▸ Categories…: what posts do, each on one side, added, edited and removed.

Whether a category may be removed (no post uses it) is the core's call; its
refusal is shown as it comes.
"""

from __future__ import annotations

import enum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from planner.defaults import MAX_DURATION_MINUTES
from planner.errors import PlannerError
from planner.model import DEFAULT_REPLY_MINUTES, UNSET, Category, FollowupDefault, FollowupKind, Side
from planner.service import Planner
from ui.dialogs import AnyIndex, InlineMessage, NamedRowsModel, ReferenceDialog
from ui.labels import offset_words, side_label

Cell = TypeVar("Cell", bound=QWidget)


class Column(enum.IntEnum):
    NAME = 0
    SIDE = 1
    FOLLOWUPS = 2


UNIT_MINUTES = {"m": 1, "h": 60, "d": 24 * 60}
"""The units of an offset, as the core reads them ("30m", "2h", "3d"), in minutes."""


class CategoryTableModel(NamedRowsModel[Category]):
    """The categories of the plan, one per row, display only."""

    def category(self, row: int) -> Category:
        return self.item(row)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {Column.NAME: self.tr("Name"), Column.SIDE: self.tr("Side"), Column.FOLLOWUPS: self.tr("Follow-ups")}
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        category = self._item_at(index)
        if category is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == Column.FOLLOWUPS:
            return defaults_text(category)
        return category.name if index.column() == Column.NAME else side_label(category.side)


def defaults_text(category: Category) -> str:
    """A category's default follow-ups and offer flag in words: "reply window 2 h, promised post 3 d"."""
    kinds = {
        FollowupKind.REPLIES: QCoreApplication.translate("CategoryTableModel", "reply window {after}"),
        FollowupKind.POST: QCoreApplication.translate("CategoryTableModel", "promised post {after}"),
        FollowupKind.ANSWER: QCoreApplication.translate("CategoryTableModel", "answer {after}"),
    }
    parts = [kinds[d.kind].format(after=offset_words(d.after)) for d in category.followups]
    if category.offer:
        parts.append(QCoreApplication.translate("CategoryTableModel", "offer"))
    return QCoreApplication.translate("CategoryTableModel", ", ", "between the follow-ups of a category").join(parts)


class DefaultsTable(QTableWidget):
    """A category's default follow-ups, one a row: kind, offset after the post, a reply window's length."""

    def __init__(self, defaults: tuple[FollowupDefault, ...], parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("After the post"), "", self.tr("Reply window")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAccessibleName(self.tr("Default follow-ups"))
        for default in defaults:
            self.add_row(default)

    def add_row(self, default: FollowupDefault | None = None) -> None:
        """A row (a reply window of 2 h, unless ``default`` says otherwise), selected."""
        row = self.rowCount()
        self.insertRow(row)
        kind = QComboBox(self)
        for value, label in (
            (FollowupKind.REPLIES, self.tr("Reply window")),
            (FollowupKind.POST, self.tr("Promised post")),
            (FollowupKind.ANSWER, self.tr("Answer")),
        ):
            kind.addItem(label, value.value)
        amount = QSpinBox(self)
        amount.setRange(1, 999)
        unit = QComboBox(self)
        for code, label in (("m", self.tr("minutes")), ("h", self.tr("hours")), ("d", self.tr("days"))):
            unit.addItem(label, code)
        minutes = QSpinBox(self)
        minutes.setRange(1, MAX_DURATION_MINUTES)
        minutes.setSingleStep(15)
        minutes.setSuffix(self.tr(" min", "suffix of a duration in minutes"))
        after = int(default.after.total_seconds()) // 60 if default is not None else 120
        code = next(c for c in ("d", "h", "m") if after % UNIT_MINUTES[c] == 0)
        amount.setValue(after // UNIT_MINUTES[code])
        unit.setCurrentIndex(unit.findData(code))
        kind.setCurrentIndex(kind.findData((default.kind if default is not None else FollowupKind.REPLIES).value))
        minutes.setValue((default.duration_minutes if default is not None else None) or DEFAULT_REPLY_MINUTES)
        kind.currentIndexChanged.connect(lambda: minutes.setEnabled(kind.currentData() == FollowupKind.REPLIES.value))
        minutes.setEnabled(kind.currentData() == FollowupKind.REPLIES.value)
        for column, widget in enumerate((kind, amount, unit, minutes)):
            self.setCellWidget(row, column, widget)
        self.selectRow(row)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.selectedIndexes()}, reverse=True)
        for row in rows:
            self.removeRow(row)

    def texts(self) -> list[str]:
        """The rows as the core reads them: ``replies:2h:90``, ``post:3d``."""
        found = []
        for row in range(self.rowCount()):
            kind = self._cell(row, 0, QComboBox).currentData()
            after = f"{self._cell(row, 1, QSpinBox).value()}{self._cell(row, 2, QComboBox).currentData()}"
            text = f"{kind}:{after}"
            if kind == FollowupKind.REPLIES.value:
                text += f":{self._cell(row, 3, QSpinBox).value()}"
            found.append(text)
        return found

    def _cell(self, row: int, column: int, kind: type[Cell]) -> Cell:
        widget = self.cellWidget(row, column)
        assert isinstance(widget, kind)
        return widget


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
        self.offer_check = QCheckBox(self.tr("An &offer: coupon, discount, giveaway"), self)
        self.offer_check.setChecked(category.offer if category else False)
        self.offer_check.setToolTip(self.tr("Offers are counted by the offer habit of the balance rules"))
        self.defaults_table = DefaultsTable(category.followups if category else (), self)
        self.add_default_button = QPushButton(self.tr("Add a &follow-up"), self)
        self.add_default_button.setAutoDefault(False)
        self.add_default_button.clicked.connect(lambda: self.defaults_table.add_row())
        self.remove_default_button = QPushButton(self.tr("Re&move"), self)
        self.remove_default_button.setAutoDefault(False)
        self.remove_default_button.clicked.connect(self.defaults_table.remove_selected)
        self.error = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Side:"), self.side_combo)
        form.addRow("", self.offer_check)
        defaults_label = QLabel(self.tr("Follow-ups its posts get once dated:"), self)
        defaults_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add_default_button)
        row.addWidget(self.remove_default_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(defaults_label)
        layout.addWidget(self.defaults_table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def side(self) -> Side:
        return Side(self.side_combo.currentData())

    def accept(self) -> None:
        try:
            defaults = self.defaults_table.texts()
            offer = self.offer_check.isChecked()
            if self._category is None:
                self.saved = self._planner.add_category(
                    self.name_edit.text(), self.side(), followups=defaults, offer=offer
                )
            else:
                current = self._category
                name = self.name_edit.text()
                self.saved = self._planner.edit_category(
                    current.name,
                    new_name=name if name.strip() != current.name else UNSET,
                    side=self.side() if self.side() is not current.side else UNSET,
                    followups=defaults if defaults != [d.text for d in current.followups] else UNSET,
                    offer=offer if offer != current.offer else UNSET,
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
        # The follow-ups column reads on one line: "reply window 2 h, promised post 3 d".
        self.table.horizontalHeader().setStretchLastSection(True)
        hint = self.sizeHint()
        self.resize(max(hint.width(), self.fontMetrics().averageCharWidth() * 90), hint.height())

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
