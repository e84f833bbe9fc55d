"""How one day of the month grid is drawn: its number, its balance mark and its post chips.

Split from :mod:`ui.month.view`, which owns the state, the layout and the input;
this module only paints what it is handed, with the widget's palette and fonts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from planner.model import Post, Side, Status
from ui.context_layer import ContextEventLike
from ui.marks import in_review_mark, paint_review
from ui.palette import SIDE_COLOURS, SIDES, WARNING, blend, swatch_outline
from ui.platform_mark import contrasting, paint_platform_mark, platform_mark


@dataclass
class DaySummary:
    """What a day's balance mark shows: posts counted by side, and the core's breach messages."""

    counts: dict[Side, int] = field(default_factory=lambda: dict.fromkeys(SIDES, 0))
    messages: list[str] = field(default_factory=list)

    @property
    def counted(self) -> int:
        return sum(self.counts.values())

    @property
    def promotion_share(self) -> float | None:
        return self.counts[Side.PROMOTION] / self.counted if self.counted else None


def summarize(posts: Sequence[Post], breaches: Mapping[int, Sequence[str]]) -> DaySummary:
    """Count a day's posts by side (display, not a rule) and gather their breach messages."""
    summary = DaySummary()
    for post in posts:
        if post.side is not None and post.status.counts_in_balance:
            summary.counts[post.side] += 1
        for message in breaches.get(post.id, ()):
            if message not in summary.messages:
                summary.messages.append(message)
    return summary


@dataclass
class DayCell:
    """Where a day and its chips sit in the widget."""

    rect: QRect
    chips: list[tuple[int, QRect]]  # (post id, rect) for the chips that fit
    more: int  # posts left out
    more_rect: QRect


class DayPainter:
    """Paints days on ``painter`` with ``widget``'s palette, fonts, locale and direction."""

    def __init__(
        self,
        widget: QWidget,
        painter: QPainter,
        colours: Mapping[str, QColor],
        time_text: Callable[[Post], str],
        chip_font: QFont,
    ) -> None:
        self._widget, self._painter, self._colours = widget, painter, colours
        self._time_text, self._chip_font = time_text, chip_font
        self._palette = widget.palette()

    def paint(
        self,
        day: date,
        cell: DayCell,
        posts: Sequence[Post],
        summary: DaySummary,
        *,
        in_month: bool,
        today: bool,
        selected_post: int | None,
        context: Sequence[ContextEventLike] = (),
    ) -> None:
        painter, palette, rect = self._painter, self._palette, cell.rect
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base if in_month else QPalette.ColorRole.AlternateBase))
        metrics = self._widget.fontMetrics()
        if context:
            # A context event (a holiday, a launch) tints the day's top strip in its calendar's colour.
            strip = QRect(rect.left() + 1, rect.top() + 1, rect.width() - 2, metrics.height() + 4)
            painter.fillRect(strip, blend(QColor(context[0].colour), palette.color(QPalette.ColorRole.Base), 0.22))
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.topLeft(), rect.topRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())

        group = QPalette.ColorGroup.Active if in_month else QPalette.ColorGroup.Disabled
        text = palette.color(group, QPalette.ColorRole.Text)
        number = str(day.day)
        if day.day == 1:
            # The first of a month names it, so a grid running over two months reads at a glance.
            month_format = QCoreApplication.translate("MonthView", "d MMM", "QLocale format of a month's first day")
            number = self._widget.locale().toString(QDate(day.year, day.month, day.day), month_format)
        rtl = self._widget.isRightToLeft()
        number_rect = QRect(0, rect.top() + 3, metrics.horizontalAdvance(number) + 8, metrics.height())
        if rtl:
            number_rect.moveRight(rect.right() - 4)
        else:
            number_rect.moveLeft(rect.left() + 4)
        if today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            radius = number_rect.height() / 2
            painter.drawRoundedRect(QRectF(number_rect), radius, radius)
            text = palette.color(QPalette.ColorRole.HighlightedText)
        painter.setPen(text)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, number)
        # The mark sits at the far end of the strip beside the number, whichever the direction.
        room = QRectF(number_rect)
        room.setLeft(rect.left() + 4 if rtl else number_rect.right() + 4)
        room.setRight(number_rect.left() - 4 if rtl else rect.right() - 4)
        self._mark(summary, room, rect.width(), rtl)
        if context:
            self._context_name(context, room, rect.width(), rtl)

        painter.setFont(self._chip_font)
        by_id = {post.id: post for post in posts}
        for post_id, chip in cell.chips:
            self._chip(by_id[post_id], chip, in_month, post_id == selected_post)
        if cell.more:
            painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            painter.drawText(
                cell.more_rect.adjusted(4, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
                QCoreApplication.translate(
                    "MonthView", "+{count} more", "posts that do not fit in a day of the month"
                ).format(count=cell.more),
            )
        painter.setFont(self._widget.font())

    def _mark(self, summary: DaySummary, room: QRectF, cell_width: int, rtl: bool) -> None:
        """The day's gauge of sides at the far end of ``room``, a warning triangle beside it on a breach."""
        painter, palette = self._painter, self._palette
        # Sized from the font, so the mark grows with it on large fonts and high DPI.
        width, size, middle = min(40, max(16, cell_width // 4)), room.height() * 0.85, room.center().y()
        if room.width() < width + size + 6:
            return  # too narrow a cell: the tooltip still tells
        thickness = max(6.0, room.height() / 3)
        gauge = QRectF(room.left() if rtl else room.right() - width, middle - thickness / 2, width, thickness)
        if summary.counted:
            painter.setPen(Qt.PenStyle.NoPen)
            done = 0.0
            for side in SIDES:  # stacked as everywhere else, conversation on the reading side
                part = gauge.width() * summary.counts[side] / summary.counted
                left = gauge.right() - done - part if rtl else gauge.left() + done
                painter.setBrush(SIDE_COLOURS[side])
                painter.drawRect(QRectF(left, gauge.top(), part, gauge.height()))
                done += part
            painter.setPen(swatch_outline(palette))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(gauge.adjusted(-0.5, -0.5, 0.5, 0.5))
        if summary.messages:
            near = gauge.right() + 4 + size if rtl else gauge.left() - 4
            self._warning(QRectF(near - size, middle - size / 2, size, size))

    def _context_name(self, context: Sequence[ContextEventLike], room: QRectF, cell_width: int, rtl: bool) -> None:
        """The first context event's name beside the day number, before the gauge; "+N" for the others."""
        gauge = min(40, max(16, cell_width // 4)) + room.height() + 10
        space = room.adjusted(0 if not rtl else gauge, 0, -gauge if not rtl else 0, 0)
        if space.width() < 24:
            return
        painter = self._painter
        font = QFont(self._chip_font)
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(self._palette.color(QPalette.ColorRole.PlaceholderText))
        name = context[0].summary
        if len(context) > 1:
            name = QCoreApplication.translate(
                "MonthView", "{name} +{count}", "a day's first context event and how many more"
            ).format(name=name, count=len(context) - 1)
        text = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, int(space.width()))
        painter.drawText(space, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setFont(self._widget.font())

    def _warning(self, box: QRectF) -> None:
        """An amber triangle with an exclamation mark, as on the week's cards: a post breaches a rule."""
        painter = self._painter
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(WARNING)
        painter.drawPolygon(QPolygonF([QPointF(box.center().x(), box.top()), box.bottomRight(), box.bottomLeft()]))
        painter.setPen(QPen(QColor(Qt.GlobalColor.black), max(1.0, box.width() / 9)))
        x = box.center().x()
        painter.drawLine(QPointF(x, box.top() + box.height() * 0.38), QPointF(x, box.top() + box.height() * 0.68))
        painter.drawPoint(QPointF(x, box.top() + box.height() * 0.84))

    def _chip(self, post: Post, chip: QRect, in_month: bool, selected: bool) -> None:
        """A post: a tint of its platform's colour, a stripe of the colour itself, time and title."""
        painter, palette = self._painter, self._palette
        colour = self._colours.get(post.platform, palette.color(QPalette.ColorRole.Mid))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(blend(colour, palette.color(QPalette.ColorRole.Base), 0.28 if in_month else 0.14))
        painter.drawRoundedRect(QRectF(chip), 3, 3)
        painter.setBrush(colour)
        stripe_left = chip.right() - 3 if self._widget.isRightToLeft() else chip.left()
        painter.drawRect(QRectF(stripe_left, chip.top(), 3, chip.height()))
        if selected:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)

        cancelled = post.status is Status.CANCELLED
        font = QFont(self._chip_font)
        font.setStrikeOut(cancelled)
        painter.setFont(font)
        group = QPalette.ColorGroup.Disabled if cancelled or not in_month else QPalette.ColorGroup.Active
        painter.setPen(palette.color(group, QPalette.ColorRole.Text))
        label = QCoreApplication.translate("MonthView", "{time} {title}", "a post's chip in the month").format(
            time=self._time_text(post), title=post.title
        )
        inner = QRectF(chip.adjusted(7, 0, -4, 0))
        metrics = painter.fontMetrics()
        # The platform's letter leads a chip wide enough for it and a few words (in grey, two blues differ).
        mark = chip.height() * 0.75
        if (
            inner.width()
            >= mark + 3 + metrics.horizontalAdvance(self._time_text(post)) + 6 * metrics.averageCharWidth()
        ):
            rtl = self._widget.isRightToLeft()
            box = QRectF(inner.right() - mark if rtl else inner.left(), inner.center().y() - mark / 2, mark, mark)
            ink = painter.pen().color()
            badge = QFont(self._chip_font)
            badge.setBold(True)
            badge.setPixelSize(max(6, round(mark * 0.78)))
            paint_platform_mark(painter, box, platform_mark(post.platform), colour, ink, contrasting(colour), badge)
            inner.adjust(0 if rtl else mark + 3, 0, -(mark + 3) if rtl else 0, 0)
            painter.setFont(font)
            painter.setPen(ink)
        if in_review_mark(post) and inner.width() >= mark + 3 + 8 * metrics.averageCharWidth():
            # In review or approved: a ring at the chip's end, in the text's ink.
            rtl = self._widget.isRightToLeft()
            box = QRectF(inner.left() if rtl else inner.right() - mark, inner.center().y() - mark / 2, mark, mark)
            paint_review(painter, box, post.status, painter.pen().color())
            inner.adjust(mark + 3 if rtl else 0, 0, 0 if rtl else -(mark + 3), 0)
        label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(inner.width()))
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter, label)
        painter.setFont(self._chip_font)
