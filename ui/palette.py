"""The colours and names of the three sides, shared by every view that shows them.

The side colours are fixed, not taken from the system palette: a side must look
the same in the balance panel, the insights chart and the calendar. They come
from the Okabe–Ito set, which colour-blind readers tell apart and which reads
on light and dark backgrounds alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from planner.model import Side

SIDES = (Side.CONVERSATION, Side.INFORMATION, Side.PROMOTION)
"""The order sides are stacked in, everywhere: conversation first."""

SIDE_COLOURS: dict[Side, QColor] = {
    Side.CONVERSATION: QColor("#009E73"),  # bluish green
    Side.INFORMATION: QColor("#56B4E9"),  # sky blue
    Side.PROMOTION: QColor("#E69F00"),  # orange
}


def side_name(side: Side) -> str:
    """The side's name as a legend or a label shows it."""
    names = {
        Side.CONVERSATION: QCoreApplication.translate("Side", "Conversation"),
        Side.INFORMATION: QCoreApplication.translate("Side", "Information"),
        Side.PROMOTION: QCoreApplication.translate("Side", "Promotion"),
    }
    return names[side]


def swatch_outline(palette: QPalette) -> QColor:
    """A thin outline so that a near-black or near-white colour still shows on any background."""
    return palette.color(QPalette.ColorRole.Mid)


class ColourSwatch(QWidget):
    """A small square of one colour, sized from the font (crisp at any scale)."""

    def __init__(self, colour: QColor | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = QColor(colour)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def colour(self) -> QColor:
        return QColor(self._colour)

    def set_colour(self, colour: QColor | str) -> None:
        self._colour = QColor(colour)
        self.update()

    def sizeHint(self) -> QSize:
        side = max(8, round(self.fontMetrics().height() * 0.75))
        return QSize(side, side)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(swatch_outline(self.palette()))
        painter.setBrush(self._colour)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)


class SideLegend(QWidget):
    """One swatch and name per side, in stacking order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[Side, QLabel] = {}
        for side in SIDES:
            swatch = ColourSwatch(SIDE_COLOURS[side], self)
            label = QLabel(side_name(side), self)
            layout.addWidget(swatch, 0, Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(label)
            layout.addSpacing(self.fontMetrics().averageCharWidth() * 2)
            self.labels[side] = label
        layout.addStretch(1)
