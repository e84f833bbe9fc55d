"""Context calendars behind the posts: holidays, launches, industry days.

The core expands each imported calendar's events over the range shown
(:meth:`planner.service.Planner.context_events`); this module places them in
the week (all-day events as chips under the day titles, timed ones as tinted
bands behind the cards) and paints them. They are read-only: no click,
drag or key acts on them; a tooltip names them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen

from ui.palette import blend
from ui.week.layout import DAYS, WeekGeometry

_CHIP_ALIGN = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading
MAX_CHIP_ROWS = 2
"""All-day rows under the day titles; more events on a day show as "+N"."""


class ContextEventLike(Protocol):
    """What the views need of the core's context events."""

    @property
    def calendar(self) -> str: ...
    @property
    def colour(self) -> str: ...
    @property
    def summary(self) -> str: ...
    @property
    def start(self) -> datetime | date: ...
    @property
    def end(self) -> datetime | date: ...
    @property
    def all_day(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class Band:
    """A timed event's part in one day column, in minutes after midnight."""

    day: int
    first_minute: float
    last_minute: float
    event: ContextEventLike


@dataclass
class WeekContext:
    """The context events of one week, placed."""

    all_day: list[list[ContextEventLike]] = field(default_factory=lambda: [[] for _ in range(DAYS)])
    bands: list[Band] = field(default_factory=list)

    @property
    def chip_rows(self) -> int:
        return min(MAX_CHIP_ROWS, max((len(day) for day in self.all_day), default=0))


def days_of(event: ContextEventLike, tz: ZoneInfo) -> tuple[date, date]:
    """The first and last local day an event covers (an all-day event's end is exclusive)."""
    if event.all_day:
        first = _as_date(event.start)
        last = _as_date(event.end) - timedelta(days=1)
        return first, max(first, last)
    start, end = _local(event.start, tz), _local(event.end, tz)
    last = (end - timedelta(microseconds=1)).date() if end > start else start.date()
    return start.date(), last


def place(events: Iterable[ContextEventLike], first_day: date, tz: ZoneInfo) -> WeekContext:
    """Spread ``events`` over the seven days from ``first_day``, in the zone ``tz``."""
    week = WeekContext()
    for event in events:
        first, last = days_of(event, tz)
        for index in range(DAYS):
            day = first_day + timedelta(days=index)
            if not first <= day <= last:
                continue
            if event.all_day:
                week.all_day[index].append(event)
                continue
            start, end = _local(event.start, tz), _local(event.end, tz)
            begin = 0.0 if start.date() < day else start.hour * 60 + start.minute
            finish = 24 * 60.0 if end.date() > day else end.hour * 60 + end.minute
            week.bands.append(Band(index, begin, max(finish, begin + 15), event))
    return week


def _as_date(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _local(value: datetime | date, tz: ZoneInfo) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(tz)
    return datetime(value.year, value.month, value.day, tzinfo=tz)


def chip_height(line: float) -> float:
    return line + 4


def band_rect(geometry: WeekGeometry, band: Band) -> QRectF:
    column = geometry.column(band.day)
    top = geometry.minutes_y(band.first_minute)
    return QRectF(column.left() + 1, top, column.width() - 2, geometry.minutes_y(band.last_minute) - top)


def chip_rect(geometry: WeekGeometry, day: int, row: int, title_height: float, line: float) -> QRectF:
    left = geometry.column_left(day)
    return QRectF(left + 2, title_height + row * chip_height(line), geometry.column_width - 4, chip_height(line) - 2)


def events_at(
    point: QPointF, geometry: WeekGeometry, week: WeekContext, title_height: float, line: float
) -> list[ContextEventLike]:
    """The context events under ``point``: a chip in the header or bands in the days."""
    if point.y() < geometry.header:
        for day, events in enumerate(week.all_day):
            for row in range(min(len(events), week.chip_rows)):
                if chip_rect(geometry, day, row, title_height, line).contains(point):
                    # The last row may stand for several ("+N"): name them all.
                    return events[row:] if row == week.chip_rows - 1 else [events[row]]
        return []
    return [band.event for band in week.bands if band_rect(geometry, band).contains(point)]


def paint_bands(painter: QPainter, palette: QPalette, geometry: WeekGeometry, bands: Sequence[Band]) -> None:
    """Timed context events: tinted bands with their name, behind the cards."""
    base = palette.color(QPalette.ColorRole.Base)
    ink = palette.color(QPalette.ColorRole.PlaceholderText)
    font = QFont(painter.font())
    font.setItalic(True)
    painter.save()
    painter.setFont(font)
    for band in bands:
        rect = band_rect(geometry, band)
        if not rect.intersects(geometry.body):
            continue
        colour = QColor(band.event.colour)
        painter.fillRect(rect, blend(colour, base, 0.14))
        painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), blend(colour, base, 0.6))
        painter.setPen(ink)
        text = painter.fontMetrics().elidedText(band.event.summary, Qt.TextElideMode.ElideRight, int(rect.width()) - 8)
        painter.drawText(rect.adjusted(6, 1, -2, 0), Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop, text)
    painter.restore()


def paint_chips(
    painter: QPainter, palette: QPalette, geometry: WeekGeometry, week: WeekContext, title_height: float
) -> None:
    """All-day context events as chips under the day titles; "+N" when a day has more."""
    rows = week.chip_rows
    if not rows:
        return
    line = painter.fontMetrics().height()
    base = palette.color(QPalette.ColorRole.Base)
    text_colour = palette.color(QPalette.ColorRole.Text)
    for day, events in enumerate(week.all_day):
        shown = events if len(events) <= rows else events[: rows - 1]
        for row, event in enumerate(shown):
            rect = chip_rect(geometry, day, row, title_height, line)
            colour = QColor(event.colour)
            painter.setPen(QPen(blend(colour, base, 0.7), 1))
            painter.setBrush(blend(colour, base, 0.25))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(text_colour)
            text = painter.fontMetrics().elidedText(event.summary, Qt.TextElideMode.ElideRight, int(rect.width()) - 8)
            painter.drawText(rect.adjusted(4, 0, -4, 0), _CHIP_ALIGN, text)
        if len(events) > rows:
            rect = chip_rect(geometry, day, rows - 1, title_height, line)
            more = QCoreApplication.translate("WeekView", "+{count} more", "context events that do not fit").format(
                count=len(events) - rows + 1
            )
            painter.setPen(text_colour)
            painter.drawText(rect.adjusted(4, 0, -4, 0), _CHIP_ALIGN, more)


def tooltip(events: Sequence[ContextEventLike], tz: ZoneInfo, locale: QLocale) -> str:
    """The calendar and name of each event, with its times when it has some."""
    lines = []
    for event in events:
        if event.all_day:
            lines.append(
                QCoreApplication.translate("WeekView", "{calendar}: {summary} (all day)").format(
                    calendar=event.calendar, summary=event.summary
                )
            )
            continue
        start, end = _local(event.start, tz), _local(event.end, tz)
        lines.append(
            QCoreApplication.translate("WeekView", "{calendar}: {summary}, {start}–{end}").format(
                calendar=event.calendar,
                summary=event.summary,
                start=locale.toString(QTime(start.hour, start.minute), QLocale.FormatType.ShortFormat),
                end=locale.toString(QTime(end.hour, end.minute), QLocale.FormatType.ShortFormat),
            )
        )
    return "\n".join(lines)
