"""How the week view draws an empty weekly slot, and says what it is.

An empty slot is a place where a platform usually posts and nothing is planned yet. It must
read as room to fill, never as a post (nor as a draft, whose card is dashed too): no stripe, no
side mark, no bold time, only a finely dashed outline in the platform's colour over a wash so
light the grid shows through it, and a small grey italic label ("Instagram · conversation") at
its top. It is painted behind the cards, so a card of another platform at that time covers it:
then a thin dashed tick in the platform's colour still marks its hour in the gutter the cards
leave at the column's right-hand edge (:func:`tick_rect`), where the tooltip and a double-click
find it too.
"""

from __future__ import annotations

import html
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

from planner.model import Side
from planner.slots import SlotTime
from ui.palette import blend

WASH_ALPHA = 0.10
"""How much of the platform's colour tints the slot: enough to tell platforms apart, not a card."""
OUTLINE_AMOUNT = 0.55
"""The dashed outline: the platform's colour this far from the base colour."""


def slot_label(slot: SlotTime) -> str:
    """What the slot says on the calendar: its platform, and its side when it is for one."""
    if slot.side is None:
        return slot.platform
    sides = {
        Side.CONVERSATION: QCoreApplication.translate("WeekView", "conversation", "an empty slot's side"),
        Side.INFORMATION: QCoreApplication.translate("WeekView", "information", "an empty slot's side"),
        Side.PROMOTION: QCoreApplication.translate("WeekView", "promotion", "an empty slot's side"),
    }
    return QCoreApplication.translate("WeekView", "{platform} · {side}", "an empty slot's label").format(
        platform=slot.platform, side=sides[slot.side]
    )


def slot_description(slot: SlotTime, tz: ZoneInfo, locale: QLocale) -> str:
    """ "Empty slot: Instagram, Monday 09:00, for conversation", in plain text."""
    local = slot.start.astimezone(tz)
    day = locale.dayName(local.isoweekday(), QLocale.FormatType.LongFormat)
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if slot.side is Side.CONVERSATION:
        text = QCoreApplication.translate("WeekView", "Empty slot: {platform}, {day} {time}, for conversation")
    elif slot.side is Side.INFORMATION:
        text = QCoreApplication.translate("WeekView", "Empty slot: {platform}, {day} {time}, for information")
    elif slot.side is Side.PROMOTION:
        text = QCoreApplication.translate("WeekView", "Empty slot: {platform}, {day} {time}, for promotion")
    else:
        text = QCoreApplication.translate("WeekView", "Empty slot: {platform}, {day} {time}, for any side")
    return text.format(platform=slot.platform, day=day, time=time)


def slot_tooltip(slot: SlotTime, tz: ZoneInfo, locale: QLocale, *, read_only: bool) -> str:
    """The slot described, then what it offers (nothing on a plan that cannot be changed), as rich text."""
    lines = [slot_description(slot, tz, locale)]
    if not read_only:
        lines.append(
            QCoreApplication.translate(
                "WeekView", "Double-click to plan a post here, or drop an idea near it to put the idea here."
            )
        )
    return "<br>".join(html.escape(line, quote=False) for line in lines)


TICK_WIDTH = 2.5
"""The tick of a covered slot: thin enough to sit in the cards' gutter, beside them."""
CARD_GUTTER = 4.0
"""The room the cards leave at the right-hand edge of their day's column (``WeekGeometry.card_rect``)."""


def tick_rect(column: QRectF, slot: QRectF) -> QRectF:
    """Where a slot a card covers is still marked: its hour, in the gutter the cards leave at the
    right-hand edge of its day's ``column`` (``slot`` is where the slot itself is drawn)."""
    left = column.right() - CARD_GUTTER + (CARD_GUTTER - TICK_WIDTH) / 2
    return QRectF(left, slot.top() + 1, TICK_WIDTH, max(2.0, slot.height() - 2))


class SlotPainter:
    """Paints the empty slots of one paint event: the label's font and the pens are made once."""

    def __init__(self, painter: QPainter, palette: QPalette) -> None:
        self._painter = painter
        self._base = palette.color(QPalette.ColorRole.Base)
        self._ink = blend(palette.color(QPalette.ColorRole.Text), self._base, 0.55)
        self._font = QFont(painter.font())
        self._font.setPointSizeF(max(6.0, self._font.pointSizeF() * 0.85))
        self._font.setItalic(True)
        self._metrics = QFontMetricsF(self._font)

    def paint(self, rect: QRectF, colour: QColor, label: str) -> None:
        painter = self._painter
        painter.save()
        wash = QColor(colour)
        wash.setAlphaF(WASH_ALPHA)
        outline = QPen(blend(colour, self._base, OUTLINE_AMOUNT), 1)
        outline.setDashPattern([3.0, 3.0])
        painter.setPen(outline)
        painter.setBrush(wash)
        inner = rect.adjusted(1.5, 1.5, -1.5, -1.5)
        painter.drawRoundedRect(inner, 3, 3)
        text = inner.adjusted(4, 1, -4, 0)
        if text.height() >= self._metrics.height() and text.width() > 4:
            painter.setFont(self._font)
            painter.setPen(self._ink)
            align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
            shown = self._metrics.elidedText(label, Qt.TextElideMode.ElideRight, text.width())
            painter.drawText(text, align, shown)
        painter.restore()

    def paint_tick(self, rect: QRectF, colour: QColor) -> None:
        """The mark of a slot a card covers (:func:`tick_rect`): a dashed bar in its platform's colour."""
        painter = self._painter
        painter.save()
        pen = QPen(blend(colour, self._base, OUTLINE_AMOUNT * 0.6), rect.width())
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setDashPattern([2.0, 1.0])  # in pen widths: dashed, as the slot's outline is
        painter.setPen(pen)
        x = rect.center().x()
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        painter.restore()
