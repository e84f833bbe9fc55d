"""Insights: the sides of the last weeks as stacked bars, one small chart per platform.

The counts come from :meth:`planner.service.Planner.weekly_sides`; the view
only draws them. Every chart shares one vertical scale, so platforms compare
at a glance (small multiples). Each chart's title row also gives the platform's
"kept on time" over the same weeks (:meth:`planner.service.Planner.kept_on_time`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from planner.balance.verdicts import WeekSides
from planner.model import KeptOnTime
from ui.kept import kept_text, kept_tooltip
from ui.palette import SIDE_COLOURS, SIDES, SideLegend, swatch_outline

__all__ = ["SIDE_COLOURS", "InsightsView"]


@dataclass
class _Bar:
    week: WeekSides
    slot: QRectF  # the bar's whole column: where its tooltip answers
    rect: QRectF  # the painted stack, as tall as its total
    segments: list[tuple[QColor, QRectF]] = field(default_factory=list)


@dataclass
class _Chart:
    platform: str
    frame: QRectF
    plot: QRectF
    bars: list[_Bar]


def _nice_step(top: int) -> int:
    """A round gridline step that gives at most four lines up to ``top``."""
    magnitude = 1
    while True:
        for step in (magnitude, magnitude * 2, magnitude * 5):
            if top / step <= 4:
                return step
        magnitude *= 10


class SmallMultiples(QWidget):
    """The painted grid of charts; as tall as its width needs, inside a scroll area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_platform: dict[str, list[WeekSides]] = {}
        self._colours: dict[str, str] = {}
        self._kept: dict[str, KeptOnTime] = {}
        self._charts: list[_Chart] | None = None  # laid out lazily, again after each resize
        self._scale_top = 1
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_weeks(
        self, weeks: Sequence[WeekSides], colours: Mapping[str, str], kept: Mapping[str, KeptOnTime] | None = None
    ) -> None:
        self._by_platform = {}
        for week in weeks:
            self._by_platform.setdefault(week.platform, []).append(week)
        self._colours = dict(colours)
        self._kept = dict(kept or {})
        self._charts = None
        self.updateGeometry()
        self.update()

    # -- geometry --------------------------------------------------------------

    def _gap(self) -> int:
        return self.fontMetrics().height()

    def _min_chart_size(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("W52") * 12, metrics.height() * 11)

    def _columns(self, width: int) -> int:
        fits = max(1, (width - self._gap()) // (self._min_chart_size().width() + self._gap()))
        return max(1, min(fits, len(self._by_platform)))

    def _rows(self, width: int) -> int:
        columns = self._columns(width)
        return -(-len(self._by_platform) // columns)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = max(1, self._rows(width))
        return rows * (self._min_chart_size().height() + self._gap()) + self._gap()

    def sizeHint(self) -> QSize:
        width = 2 * self._min_chart_size().width() + 3 * self._gap()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._min_chart_size().width() // 2, self._min_chart_size().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._charts = None
        super().resizeEvent(event)

    def _layout(self) -> list[_Chart]:
        if self._charts is not None:
            return self._charts
        metrics = self.fontMetrics()
        gap, line = self._gap(), metrics.height()
        columns, rows = self._columns(self.width()), max(1, self._rows(self.width()))
        width = (self.width() - gap * (columns + 1)) / columns
        # Few platforms fill the page; many keep their minimum height and scroll.
        height = max(self._min_chart_size().height(), (self.height() - gap * (rows + 1)) / rows)
        top_total = max((sum(w.counts.values()) for weeks in self._by_platform.values() for w in weeks), default=0)
        scale_top = max(1, -(-top_total // _nice_step(max(1, top_total))) * _nice_step(max(1, top_total)))
        axis = metrics.horizontalAdvance(QLocale().toString(scale_top)) + line // 2
        charts = []
        for index, (platform, weeks) in enumerate(self._by_platform.items()):
            row, column = divmod(index, columns)
            frame = QRectF(gap + column * (width + gap), gap + row * (height + gap), width, height)
            plot = frame.adjusted(line // 2 + axis, line * 2, -line // 2, -line * 1.6)
            slot_width = plot.width() / max(1, len(weeks))
            bars = []
            for position, week in enumerate(weeks):
                slot = QRectF(plot.left() + position * slot_width, plot.top(), slot_width, plot.height())
                bar_width = slot_width * 0.7
                x = slot.left() + (slot_width - bar_width) / 2
                total = sum(week.counts.values())
                rect = QRectF(x, plot.bottom() - plot.height() * total / scale_top, bar_width, 0)
                rect.setBottom(plot.bottom())
                bar = _Bar(week, slot, rect)
                bottom = plot.bottom()
                for side in SIDES:  # conversation at the bottom, as in the legend's order
                    part = plot.height() * week.counts.get(side.value, 0) / scale_top
                    if part:
                        bar.segments.append((SIDE_COLOURS[side], QRectF(x, bottom - part, bar_width, part)))
                        bottom -= part
                bars.append(bar)
            charts.append(_Chart(platform, frame, plot, bars))
        self._scale_top = scale_top
        self._charts = charts
        return charts

    def platforms(self) -> list[str]:
        return list(self._by_platform)

    def bar_rects(self) -> dict[str, list[QRectF]]:
        """Each platform's painted bars, oldest week first; a bar is as tall as its week's total."""
        return {chart.platform: [QRectF(bar.rect) for bar in chart.bars] for chart in self._layout()}

    # -- painting --------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if not self._by_platform:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            text = self.tr("No platform yet: add one in Planning ▸ Platforms…")
            painter.drawText(QRectF(self.rect()), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
            return
        for chart in self._layout():
            self._paint_chart(painter, palette, chart)

    def _paint_chart(self, painter: QPainter, palette: QPalette, chart: _Chart) -> None:
        metrics = self.fontMetrics()
        line = metrics.height()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(chart.frame.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)

        # Title: the platform's colour, then its name.
        swatch = QRectF(chart.frame.left() + line / 2, chart.frame.top() + line * 0.5, line * 0.75, line * 0.75)
        painter.setPen(swatch_outline(palette))
        painter.setBrush(QColor(self._colours.get(chart.platform, palette.color(QPalette.ColorRole.Mid))))
        painter.drawRoundedRect(swatch, 2, 2)
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title = QRectF(swatch.right() + line / 3, chart.frame.top() + line * 0.25, chart.frame.width(), line * 1.25)
        painter.drawText(title, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), chart.platform)
        painter.setFont(self.font())
        kept = self.kept_text(chart.platform)
        if kept:
            # Beside the name, right-aligned; elided rather than over the name in a narrow chart.
            name_width = QFontMetricsF(title_font).horizontalAdvance(chart.platform) + line
            room = self._kept_area(chart).adjusted(name_width, 0, 0, 0)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            shown = metrics.elidedText(kept, Qt.TextElideMode.ElideRight, int(room.width()))
            painter.drawText(room, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), shown)

        # Gridlines and their numbers, on the shared scale.
        plot, top = chart.plot, self._scale_top
        step = _nice_step(top)
        grid = QColor(palette.color(QPalette.ColorRole.Text))
        grid.setAlphaF(0.15)
        for value in range(0, top + 1, step):
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            label = QRectF(chart.frame.left(), y - line / 2, plot.left() - chart.frame.left() - line / 4, line)
            painter.drawText(label, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(value))

        painter.setPen(Qt.PenStyle.NoPen)
        for bar in chart.bars:
            for colour, rect in bar.segments:
                painter.setBrush(colour)
                painter.drawRect(rect)

        # Week labels: every week when they fit, else every second or third.
        widest = metrics.horizontalAdvance(self._week_label(53)) + line / 4
        slot = plot.width() / max(1, len(chart.bars))
        every = max(1, int(-(-widest // slot)))
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        last = len(chart.bars) - 1
        for position, bar in enumerate(chart.bars):
            if (last - position) % every:
                continue  # counted from the newest week, which always keeps its label
            area = QRectF(bar.slot.center().x() - widest, plot.bottom() + line / 4, widest * 2, line)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                             self._week_label(bar.week.week))  # fmt: skip

    def _kept_area(self, chart: _Chart) -> QRectF:
        """The chart's title row, right of the swatch: where the name and kept on time go."""
        line = self.fontMetrics().height()
        left = chart.frame.left() + line * 1.6
        return QRectF(left, chart.frame.top() + line * 0.25, chart.frame.right() - line / 2 - left, line * 1.25)

    def kept_text(self, platform: str) -> str:
        """ "Kept on time: 78% (7 of 9)" as the platform's chart shows it; "" when none was due."""
        return kept_text(self._kept.get(platform, KeptOnTime()))

    def _week_label(self, week: int) -> str:
        return self.tr("W{week}", "short label of an ISO week under a bar").format(week=week)

    # -- tooltips --------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, point: QPointF) -> str:
        """What the bar under ``point`` counts, what became of the follow-ups on the title row,
        or "" elsewhere."""
        for chart in self._layout():
            if self._kept_area(chart).contains(point):
                return kept_tooltip(self._kept.get(chart.platform, KeptOnTime()))
            for bar in chart.bars:
                if bar.slot.contains(point):
                    return self._tooltip(chart.platform, bar.week)
        return ""

    def _tooltip(self, platform: str, week: WeekSides) -> str:
        first = week.start
        locale = QLocale()
        day_format = self.tr("d MMM", "QLocale format of a week's first and last days")
        counts = {side.value: locale.toString(week.counts.get(side.value, 0)) for side in SIDES}
        text = self.tr(
            "{platform} · week {week} ({first} – {last})\n"
            "Conversation: {conversation}\nInformation: {information}\nPromotion: {promotion}"
        )
        return text.format(
            platform=platform,
            week=week.week,
            first=locale.toString(QDate(first.year, first.month, first.day), day_format),
            last=locale.toString(QDate(first.year, first.month, first.day).addDays(6), day_format),
            **counts,
        )


class InsightsView(QWidget):
    """The last weeks' sides per platform: a legend over a scrolling grid of charts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = SideLegend(self)
        self.charts = SmallMultiples()
        self.charts.setAccessibleName(self.tr("Weekly sides per platform"))
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.charts)
        layout = QVBoxLayout(self)
        gap = self.fontMetrics().height()
        layout.setContentsMargins(0, gap // 2, 0, 0)
        legend_row = QHBoxLayout()
        legend_row.setContentsMargins(gap, 0, gap, 0)
        legend_row.addWidget(self.legend)
        layout.addLayout(legend_row)
        layout.addWidget(self.scroll_area, 1)

    def set_weeks(
        self, weeks: Sequence[WeekSides], colours: Mapping[str, str], kept: Mapping[str, KeptOnTime] | None = None
    ) -> None:
        """Show ``weeks`` (the core's list: per platform, oldest week first) and, per platform,
        ``kept``: kept on time over the same weeks."""
        self.charts.set_weeks(weeks, colours, kept)
        self.legend.setVisible(bool(weeks))

    def bar_rects(self) -> dict[str, list[QRectF]]:
        """Each platform's bars in the charts' coordinates (for tests)."""
        return self.charts.bar_rects()

    def kept_texts(self) -> dict[str, str]:
        """Kept on time as each platform's chart shows it, for those with follow-ups due."""
        return {p: text for p in self.charts.platforms() if (text := self.charts.kept_text(p))}
