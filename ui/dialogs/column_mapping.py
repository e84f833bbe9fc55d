"""The import dialog's mapping step: what each column of another tool's spreadsheet holds.

The core guesses (:func:`planner.exchange.csv.guess_layout`); this box shows
the guess as one combo per column of the file, beside its header and its
first value, and hands the corrected mapping back. Choosing for one column
what another holds moves it (two columns never hold the same thing), as
``--map`` does on the command line. When nothing in the file tells whether
its slashed dates are day or month first (the core's guess says so), a line
under the month-first box says which date reads two ways and that it is read
day first unless ticked: the command line's note, before the import rather
than after. A Dialogos export needs no mapping: the box stays hidden for it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.exchange.csv import TARGETS, ColumnMapping, CsvLayout

_SAMPLE_CHARS = 40
_ROWS_SHOWN = 8  # columns shown at once; another planner's export of twenty columns scrolls (1024×700 screens)


class ColumnMappingBox(QGroupBox):
    """A combo per column of the file, set to the core's guess."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Columns of the file"), parent)
        self.layout_: CsvLayout | None = None
        self.combos: list[QComboBox] = []
        self.month_first = QCheckBox(self.tr("Dates are &month first (06/13/2026)"), self)
        self.month_first.toggled.connect(self.changed)
        self.order_hint = QLabel(self)
        # Two lines of its own, not word wrap: a dialog sized before the box appears would not make room.
        self.order_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.order_hint.hide()
        self._inner = inner = QWidget(self)
        self._grid = QGridLayout(inner)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._scroll = QScrollArea(self)
        self._scroll.setWidget(inner)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.addWidget(self._scroll)
        outer.addWidget(self.month_first)
        outer.addWidget(self.order_hint)
        self._rows: list[QWidget] = []

    def _labels(self) -> dict[str | None, str]:
        """What a column can hold, in the user's words (the core's target names are data)."""
        return {
            None: self.tr("Leave out"),
            "date": self.tr("Date"),
            "time": self.tr("Time"),
            "datetime": self.tr("Date and time"),
            "title": self.tr("Title"),
            "body": self.tr("Text"),
            "link": self.tr("Link"),
            "platform": self.tr("Platform"),
            "category": self.tr("Category"),
            "status": self.tr("Status"),
            "author": self.tr("Author"),
            "campaign": self.tr("Campaign"),
            "notes": self.tr("Notes"),
            "timezone": self.tr("Time zone"),
            "utc_offset": self.tr("UTC offset"),
            "duration_minutes": self.tr("Duration (minutes)"),
            "uid": self.tr("Identifier"),
        }

    def show_layout(self, layout: CsvLayout) -> None:
        """One row per column of the file: its name, its first value, and what it holds."""
        for widget in self._rows:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._rows, self.combos = [], []
        self.layout_ = layout
        labels = self._labels()
        headings = (self.tr("Column"), self.tr("First value"), self.tr("Holds"))
        for column, heading in enumerate(headings):
            label = QLabel(f"<b>{heading}</b>", self)
            self._grid.addWidget(label, 0, column)
            self._rows.append(label)
        for index in range(layout.width):
            name = QLabel(layout.name(index), self)
            sample = QLabel(self._sample(layout, index), self)
            sample.setTextFormat(Qt.TextFormat.PlainText)
            combo = QComboBox(self)
            combo.setAccessibleName(self.tr("What column {name} holds").format(name=layout.name(index)))
            for target in (None, *TARGETS):
                combo.addItem(labels[target], target)
            combo.setCurrentIndex(combo.findData(layout.guess.targets[index]))
            combo.currentIndexChanged.connect(lambda _i, moved=combo: self._moved(moved))
            name.setBuddy(combo)
            for column, widget in enumerate((name, sample, combo)):
                self._grid.addWidget(widget, index + 1, column)
            self._rows += [name, sample, combo]
            self.combos.append(combo)
        self._grid.setColumnStretch(1, 1)
        self._grid.setRowStretch(layout.width + 1, 1)
        self.month_first.setChecked(layout.guess.month_first)
        self._show_order_hint(layout)
        self._fit(min(layout.width, _ROWS_SHOWN) + 1)

    def _fit(self, rows: int) -> None:
        """As tall as its rows, up to :data:`_ROWS_SHOWN` of them; more scroll, the bar beside the combos."""
        self._inner.adjustSize()
        row = max(self.combos[0].sizeHint().height() if self.combos else 0, self.fontMetrics().lineSpacing())
        spacing = max(self._grid.verticalSpacing(), 0)
        self._scroll.setMinimumHeight(rows * (row + spacing))
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        self._scroll.setMinimumWidth(self._inner.sizeHint().width() + bar)

    def _show_order_hint(self, layout: CsvLayout) -> None:
        """Say which date could be either way when nothing in the file tells (Hootsuite's file without header)."""
        cell = " ".join(layout.unsettled_date.split())[:_SAMPLE_CHARS]
        self.order_hint.setText(
            self.tr(
                "Nothing in the file says whether {date} is day or month first:\n"
                "it is read day first unless you tick the box above."
            ).format(date=cell)
        )
        self.order_hint.setVisible(bool(cell))

    @staticmethod
    def _sample(layout: CsvLayout, index: int) -> str:
        first = next((row[index] for row in layout.samples if row[index].strip()), "")
        line = " ".join(first.split())
        return line if len(line) <= _SAMPLE_CHARS else line[: _SAMPLE_CHARS - 1] + "…"

    def _moved(self, moved: QComboBox) -> None:
        """What one column now holds, no other column does."""
        target = moved.currentData()
        if target is not None:
            for combo in self.combos:
                if combo is not moved and combo.currentData() == target:
                    combo.setCurrentIndex(0)
        self.changed.emit()

    def mapping(self) -> ColumnMapping | None:
        """The mapping as the combos say, None before a file is read."""
        if self.layout_ is None:
            return None
        targets = tuple(combo.currentData() for combo in self.combos)
        month_first = self.month_first.isChecked()
        # Left unticked over a guess that had nothing to go on, day first is still an assumption: the report says so.
        assumed = self.layout_.guess.day_first_assumed and not month_first
        return ColumnMapping(
            targets, header=self.layout_.guess.header, month_first=month_first, day_first_assumed=assumed
        )

    def holds(self, target: str) -> bool:
        return any(combo.currentData() == target for combo in self.combos)
