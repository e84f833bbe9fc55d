"""Planning ▸ Platforms…: the platforms of the plan, added, edited and removed.

The dialog only asks and shows: names, kinds, limits and whether a platform
may be removed are the core's to decide, and its refusals are shown as they
come (already in the user's language).
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner.defaults import PLATFORM_KINDS, guess_kind
from planner.errors import PlannerError
from planner.model import UNSET, Platform, _Unset
from planner.service import Planner
from ui.dialogs import AnyIndex, InlineMessage, NamedRowsModel, ReferenceDialog
from ui.dialogs.fitting import fit_dialog
from ui.labels import kind_label

# The core accepts text limits up to a million characters (validation.text_limit).
MAX_TEXT_LIMIT = 1_000_000


class Column(enum.IntEnum):
    NAME = 0
    KIND = 1
    COLOUR = 2
    TEXT_LIMIT = 3
    ACTIVE = 4


def limit_text(limit: int | None) -> str:
    """A text limit as people read it: "2,200 characters" or "No limit"."""
    if limit is None:
        return QCoreApplication.translate("PlatformsDialog", "No limit")
    # The count with the locale's digit grouping ("2,200", "2 200"); limits are never 1 in practice,
    # and lupdate does not see plurals whose count is not a literal in translate().
    count = QLocale().toString(limit)
    return QCoreApplication.translate("PlatformsDialog", "{count} characters").format(count=count)


class PlatformTableModel(NamedRowsModel[Platform]):
    """The platforms of the plan, one per row, display only."""

    def platform(self, row: int) -> Platform:
        return self.item(row)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.NAME: self.tr("Name"),
            Column.KIND: self.tr("Kind"),
            Column.COLOUR: self.tr("Colour"),
            Column.TEXT_LIMIT: self.tr("Text limit"),
            Column.ACTIVE: self.tr("Active"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        platform = self._item_at(index)
        if platform is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case Column.NAME:
                    return platform.name
                case Column.KIND:
                    return kind_label(platform.kind)
                case Column.COLOUR:
                    return platform.colour
                case Column.TEXT_LIMIT:
                    return limit_text(platform.text_limit)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == Column.COLOUR:
            return QColor(platform.colour)  # the view draws it as a swatch
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.ACTIVE:
            return Qt.CheckState.Checked if platform.active else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.ACTIVE:
            return self.tr("Active") if platform.active else self.tr("Inactive")
        return None


def _swatch(colour: str, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class PlatformForm(QDialog):
    """Add a platform (``platform`` None) or edit one; saves through the core on OK."""

    def __init__(self, planner: Planner, platform: Platform | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._planner = planner
        self._platform = platform
        self.saved: Platform | None = None
        # A new platform's kind follows its name as it is typed ("Facebook" is facebook)
        # until the user picks one; an empty name is "other", never the first of the list.
        unnamed_kind = guess_kind("")
        self._colour = platform.colour if platform else PLATFORM_KINDS[unnamed_kind].colour
        # Untouched fields follow the kind's defaults, in the form and in the core.
        self._colour_touched = False
        self._limit_touched = False
        self._kind_touched = platform is not None
        self._guessing = False
        self.setWindowTitle(self.tr("Edit platform") if platform else self.tr("Add a platform"))

        self.name_edit = QLineEdit(platform.name if platform else "", self)
        self.kind_combo = QComboBox(self)
        for key, kind in PLATFORM_KINDS.items():
            if kind.text_limit is None:
                text = self.tr("{kind} (no text limit)").format(kind=kind_label(key))
            else:
                text = self.tr("{kind} ({limit})", "a platform kind and its default text limit").format(
                    kind=kind_label(key), limit=limit_text(kind.text_limit)
                )
            self.kind_combo.addItem(text, key)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(platform.kind if platform else unnamed_kind))
        self.colour_button = QPushButton(self.tr("C&hoose…"), self)
        self.limit_spin = QSpinBox(self)
        self.limit_spin.setRange(0, MAX_TEXT_LIMIT)
        self.limit_spin.setSpecialValueText(self.tr("No limit"))  # shown at 0
        self.limit_spin.setGroupSeparatorShown(True)
        self.limit_spin.setSuffix(self.tr(" characters", "suffix of the text limit"))
        self.active_check = QCheckBox(self.tr("Active: offered in filters and in the post editor"), self)
        self.active_check.setChecked(platform.active if platform else True)
        self.error = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Colour:"), self.colour_button)
        form.addRow(self.tr("&Text limit:"), self.limit_spin)
        form.addRow("", self.active_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._show_limit(platform.text_limit if platform else PLATFORM_KINDS[unnamed_kind].text_limit)
        self._show_colour()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.name_edit.textChanged.connect(self._guess_kind)
        self.limit_spin.valueChanged.connect(self._limit_edited)
        self.colour_button.clicked.connect(self._choose_colour)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.setFocus()

    # -- fields ---------------------------------------------------------------

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: QColor | str) -> None:
        """Use ``colour`` for the platform, as if picked in the colour dialog."""
        value = QColor(colour)
        if value.isValid():
            self._colour = value.name().upper()
            self._colour_touched = True
            self._show_colour()

    def text_limit(self) -> int | None:
        return self.limit_spin.value() or None

    def _show_limit(self, limit: int | None) -> None:
        self.limit_spin.blockSignals(True)  # a default shown is not a choice made
        self.limit_spin.setValue(limit or 0)
        self.limit_spin.blockSignals(False)

    def _show_colour(self) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.colour_button.setIcon(_swatch(self._colour, size))
        self.colour_button.setToolTip(self._colour)
        self.colour_button.setAccessibleDescription(self._colour)

    def _guess_kind(self, name: str) -> None:
        """The kind the name says, while the user has not picked one (the core's guess)."""
        if self._kind_touched:
            return
        self._guessing = True
        try:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(guess_kind(name)))
        finally:
            self._guessing = False

    def _kind_changed(self) -> None:
        if not self._guessing:
            self._kind_touched = True  # picked by the user: the name no longer decides
        kind = PLATFORM_KINDS[self.kind()]
        if not self._limit_touched:
            self._show_limit(kind.text_limit)
        if self._platform is None and not self._colour_touched:
            self._colour = kind.colour
            self._show_colour()

    def _limit_edited(self) -> None:
        self._limit_touched = True

    def _choose_colour(self) -> None:
        chooser = QColorDialog(QColor(self._colour), self)
        chooser.setWindowTitle(self.tr("Colour of the platform"))
        chooser.colorSelected.connect(self.set_colour)
        chooser.open()

    # -- saving ---------------------------------------------------------------

    def accept(self) -> None:
        try:
            self.saved = self._add() if self._platform is None else self._edit(self._platform)
        except PlannerError as error:
            self.error.show_message(error.message)
            return
        super().accept()

    def _add(self) -> Platform:
        limit: int | _Unset | None = self.text_limit() if self._limit_touched else UNSET
        colour = self._colour if self._colour_touched else None
        added = self._planner.add_platform(self.name_edit.text(), self.kind(), colour=colour, text_limit=limit)
        if not self.active_check.isChecked():
            # The core adds platforms active; making it inactive is a second step.
            added = self._planner.edit_platform(added.name, active=False, expect_version=added.version)
        return added

    def _edit(self, platform: Platform) -> Platform:
        name = self.name_edit.text()
        kind_changed = self.kind() != platform.kind
        limit_changed = self._limit_touched and (kind_changed or self.text_limit() != platform.text_limit)
        return self._planner.edit_platform(
            platform.name,
            new_name=name if name.strip() != platform.name else UNSET,
            kind=self.kind() if kind_changed else UNSET,
            colour=self._colour if self._colour != platform.colour else UNSET,
            text_limit=self.text_limit() if limit_changed else UNSET,
            active=self.active_check.isChecked() if self.active_check.isChecked() != platform.active else UNSET,
            expect_version=platform.version,
        )


class PlatformsDialog(ReferenceDialog[Platform]):
    """The platforms of the plan with Add, Edit and Remove; ``changed`` after each save."""

    def __init__(self, planner: Planner, parent: QWidget | None = None) -> None:
        super().__init__(PlatformTableModel(), parent)
        self.model.setParent(self)
        self._planner = planner
        self.setWindowTitle(self.tr("Platforms"))
        self.reload()
        fit_dialog(self)

    def _load(self) -> list[Platform]:
        return self._planner.platforms()

    def _make_form(self, item: Platform | None) -> PlatformForm:
        return PlatformForm(self._planner, item, self)

    def _confirm_text(self, item: Platform) -> tuple[str, str, str]:
        return (
            self.tr("Remove a platform"),
            self.tr("Remove the platform “{name}”?").format(name=item.name),
            self.tr("A platform that still has posts cannot be removed: make it inactive instead."),
        )

    def _remove(self, item: Platform) -> None:
        self._planner.remove_platform(item.name)
