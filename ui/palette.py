"""The three sides' colours and names, the widgets that show them, and the platforms' toggles.

The side colours are fixed, not taken from the system palette: a side must look
the same in the balance panel, the insights chart and the calendar. They come
from the Okabe–Ito set, which colour-blind readers tell apart and which reads
on light and dark backgrounds alike.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from planner.model import Side
from ui.labels import side_label

# No palette role means "warning": an amber readable on light and dark bases,
# the same in every view.
WARNING = QColor("#d97706")


def blend(front: QColor, back: QColor, amount: float) -> QColor:
    """``front`` laid over ``back`` at ``amount`` opacity, so tints follow light and dark palettes."""
    return QColor.fromRgbF(
        front.redF() * amount + back.redF() * (1 - amount),
        front.greenF() * amount + back.greenF() * (1 - amount),
        front.blueF() * amount + back.blueF() * (1 - amount),
    )


UNCLASSIFIED = "unclassified"  # the core's key for the posts whose category has no side
SIDES = (Side.CONVERSATION, Side.INFORMATION, Side.PROMOTION)
"""The order sides are stacked in, everywhere: conversation first."""

SIDE_COLOURS: dict[Side, QColor] = {
    Side.CONVERSATION: QColor("#009E73"),  # bluish green
    Side.INFORMATION: QColor("#56B4E9"),  # sky blue
    Side.PROMOTION: QColor("#E69F00"),  # orange
}


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
            label = QLabel(side_label(side), self)
            layout.addWidget(swatch, 0, Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(label)
            layout.addSpacing(self.fontMetrics().averageCharWidth() * 2)
            self.labels[side] = label
        layout.addStretch(1)


class SideGauge(QWidget):
    """Counts by side as one stacked bar. Promotion sits at the right end, so the
    promotion segment should stay right of the marker at the allowed share."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[str, int] = {}
        self._allowed: float | None = None
        self._muted = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, counts: Mapping[str, int], allowed_share: float | None, *, muted: bool = False) -> None:
        """``muted``: promotion drawn in a neutral grey, as context only: its warning orange would
        read as a breach where no rule can judge (fewer posts than the rule's window)."""
        self._counts = dict(counts)
        self._allowed = allowed_share
        self._muted = muted
        self.update()

    def segment_colour(self, key: str) -> QColor:
        """The colour a side's segment is painted in (``unclassified``: the palette's neutral)."""
        if key == UNCLASSIFIED:
            return self.palette().color(QPalette.ColorRole.Mid)
        colour = SIDE_COLOURS[Side(key)]
        if self._muted and key == Side.PROMOTION.value:
            return QColor.fromHslF(0.0, 0.0, colour.lightnessF())  # its grey: no hue, the same lightness
        return QColor(colour)

    @property
    def allowed_share(self) -> float | None:
        return self._allowed

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 30, self._overhang() * 2 + self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 8, self.sizeHint().height())

    def _overhang(self) -> int:
        return max(3, self.fontMetrics().height() // 4)

    def _track(self) -> QRectF:
        margin = self._overhang()
        return QRectF(self.rect()).adjusted(1, margin, -1, -margin)

    def segment_rects(self) -> dict[str, QRectF]:
        """The painted segment of each side with posts, left to right."""
        total = sum(self._counts.values())
        track = self._track()
        found: dict[str, QRectF] = {}
        x = track.left()
        # Posts without a side sit between information and promotion, in a neutral tone.
        for key in (*(side.value for side in SIDES[:2]), UNCLASSIFIED, SIDES[2].value):
            count = self._counts.get(key, 0)
            if count and total:
                width = track.width() * count / total
                found[key] = QRectF(x, track.top(), width, track.height())
                x += width
        return found

    def marker_x(self) -> float | None:
        """The marker's x: promotion beyond it (to its left) is more than the rule allows."""
        if self._allowed is None:
            return None
        track = self._track()
        return track.right() - track.width() * self._allowed

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        track = self._track()
        radius = track.height() / 3
        outline = QPainterPath()
        outline.addRoundedRect(track, radius, radius)
        painter.fillPath(outline, palette.color(QPalette.ColorRole.Base))
        painter.save()
        painter.setClipPath(outline)
        for key, rect in self.segment_rects().items():
            painter.fillRect(rect, self.segment_colour(key))
        painter.restore()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(outline)
        x = self.marker_x()
        if x is not None:
            # A dark-on-light or light-on-dark tick that overhangs the bar, with a notch on top.
            pen = painter.pen()
            pen.setColor(palette.color(QPalette.ColorRole.WindowText))
            pen.setWidthF(2)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            notch = self._overhang()
            painter.setBrush(palette.color(QPalette.ColorRole.WindowText))
            painter.drawPolygon([QPointF(x - notch, 0), QPointF(x + notch, 0), QPointF(x, notch)])


class PlatformToggle(QAction):
    """Show or hide one platform: its swatch when shown; hollow, crossed and struck through when hidden."""

    def __init__(self, name: str, colour: QColor | str, extent: int, ratio: float, parent: QObject) -> None:
        super().__init__(name, parent)
        self.colour = QColor(colour)
        self.setCheckable(True)
        self.setChecked(True)
        self.setIcon(self._icon(extent, ratio))
        self.toggled.connect(self._follow)

    def _icon(self, extent: int, ratio: float) -> QIcon:
        icon = QIcon()
        outline = swatch_outline(QGuiApplication.palette())
        for state in (QIcon.State.On, QIcon.State.Off):
            pixmap = QPixmap(round(extent * ratio), round(extent * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            box = QRectF(0, 0, extent, extent).adjusted(1.5, 1.5, -1.5, -1.5)
            if state is QIcon.State.On:
                painter.setPen(outline)
                painter.setBrush(self.colour)
            else:
                # Hidden: only the outline in the platform's colour, and a stroke across, like "off".
                painter.setPen(QPen(self.colour, max(1.5, extent / 8)))
                painter.drawLine(QPointF(box.left(), box.bottom()), QPointF(box.right(), box.top()))
            painter.drawRoundedRect(box, 2, 2)
            painter.end()
            icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
        return icon

    def _follow(self, shown: bool) -> None:
        font = self.font()
        font.setStrikeOut(not shown)
        self.setFont(font)


ARROW_SIZES = (16, 20, 22, 24, 32, 40, 48, 64)
"""The sizes an arrow is drawn at: a toolbar picks the nearest, at any scale (16 px at 2x uses 32)."""


def arrow_icon(*, forward: bool) -> QIcon:
    """The toolbar's Previous (``forward=False``) or Next chevron, in the palette's button text
    colour (the styles' own arrows are black pictures, lost on a dark theme), pointing the way
    the text reads. Made again when the palette or the direction changes (MainWindow.changeEvent)."""
    palette = QGuiApplication.palette()
    right = forward != (QGuiApplication.layoutDirection() is Qt.LayoutDirection.RightToLeft)
    icon = QIcon()
    for mode, group in (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Normal),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    ):
        colour = palette.color(group, QPalette.ColorRole.ButtonText)
        for size in ARROW_SIZES:
            icon.addPixmap(_chevron(size, colour, right=right), mode)
    return icon


def _chevron(size: int, colour: QColor, *, right: bool) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    box = QRectF(0, 0, size, size).adjusted(size * 0.3, size * 0.2, -size * 0.3, -size * 0.2)
    tip, back = (box.right(), box.left()) if right else (box.left(), box.right())
    pen = QPen(colour, max(1.5, size / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    painter.drawPolyline([QPointF(back, box.top()), QPointF(tip, box.center().y()), QPointF(back, box.bottom())])
    painter.end()
    return pixmap
