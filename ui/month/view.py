"""The month view: a painted grid of six weeks with post chips and a balance mark per day.

The grid starts on the locale's first day of the week. Each day shows its posts
as chips in their platform's colour (time and title, "+N more" when crowded)
and a small gauge of the day's sides. The gauge only counts what it is given;
the breaches it flags come from the core, passed in by the host.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, QTime, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from planner.model import Post, Side
from ui.context_layer import ContextEventLike, days_of
from ui.month.cells import DayCell, DayPainter, DaySummary, summarize
from ui.ranges import MIN_DAY_CELL, MONTH_WEEKS, month_header_height, month_minimum_height

DAYS = 7
WEEKS = MONTH_WEEKS


class MonthView(QWidget):
    """Six weeks around a month; select a day with the mouse or the arrows, Enter activates it."""

    dayActivated = Signal(object)  # a datetime.date
    editRequested = Signal(int)
    postSelected = Signal(int)
    postMenuRequested = Signal(int, QPoint)  # a chip's post id, where its menu opens (global)

    def __init__(self, parent: QWidget | None = None, *, planning_zone: str) -> None:
        super().__init__(parent)
        self._zone = ZoneInfo(planning_zone)
        today = date.today()
        self._year, self._month = today.year, today.month
        self._today: date | None = None
        self._first = self._grid_start()
        self._posts_by_day: dict[date, list[Post]] = {}
        self._context_by_day: dict[date, list[ContextEventLike]] = {}
        self._colours: dict[str, QColor] = {}
        self._breaches: dict[int, list[str]] = {}
        self._selected_day = date(self._year, self._month, 1)
        self._selected_post: int | None = None
        self._layout: dict[date, DayCell] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Month"))

    # -- content ------------------------------------------------------------

    def set_month(
        self,
        year: int,
        month: int,
        posts: Sequence[Post],
        colours: Mapping[str, str],
        breaches: Mapping[int, Sequence[str]],
        today: date | None,
    ) -> None:
        """Show ``month`` with ``posts`` (any on the grid's 42 days are drawn), platform
        ``colours`` (``#RRGGBB``), the core's breach messages by post id, and ``today``."""
        self._year, self._month, self._today = year, month, today
        self._first = self._grid_start()
        self._colours = {name: QColor(value) for name, value in colours.items()}
        self._breaches = {post_id: list(found) for post_id, found in breaches.items() if found}
        self._posts_by_day = {}
        self._context_by_day = {}
        dated = [post for post in posts if post.start is not None]
        for post in sorted(dated, key=lambda post: (post.start_utc, post.id)):
            self._posts_by_day.setdefault(self.day_of(post), []).append(post)
        # A refresh of the same month keeps the selected day; another month starts on today or the 1st.
        if (self._selected_day.year, self._selected_day.month) != (year, month):
            in_month = today is not None and (today.year, today.month) == (year, month)
            self._selected_day = today if today is not None and in_month else date(year, month, 1)
        if self._selected_post is not None and not any(
            post.id == self._selected_post for day in self._posts_by_day.values() for post in day
        ):
            self._selected_post = None
        self._relayout()
        self.update()

    def set_context(self, events: Sequence[ContextEventLike]) -> None:
        """Show the visible context calendars' events (holidays, launches…) on their days."""
        self._context_by_day = {}
        grid = set(self.grid_days())
        for event in events:
            first, last = days_of(event, self._zone)
            day = max(first, self._first)
            while day <= last and day in grid:
                self._context_by_day.setdefault(day, []).append(event)
                day += timedelta(days=1)
        self.update()

    def context_of(self, day: date) -> list[ContextEventLike]:
        return list(self._context_by_day.get(day, []))

    def day_of(self, post: Post) -> date:
        """The day a post falls on in the planning zone (not in UTC, nor in the post's own zone)."""
        assert post.start is not None
        return post.start.astimezone(self._zone).date()

    def grid_days(self) -> list[date]:
        """The 42 days shown, row by row."""
        return [self._first + timedelta(days=offset) for offset in range(WEEKS * DAYS)]

    def weekday_names(self) -> list[str]:
        """The column titles, from the locale's first day of the week."""
        return [self.locale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat) for day in self.grid_days()[:7]]

    def selected_day(self) -> date:
        return self._selected_day

    def set_selected_day(self, day: date) -> None:
        """Select ``day`` if it is on the grid."""
        if self._on_grid(day) and day != self._selected_day:
            self._selected_day = day
            self._selected_post = None
            self.update()

    def selected_post(self) -> int | None:
        return self._selected_post

    def posts_on(self, day: date) -> list[Post]:
        """The posts of a day, in time order."""
        return list(self._posts_by_day.get(day, []))

    def day_summary(self, day: date) -> DaySummary:
        """The counts and breach messages behind a day's balance mark."""
        return summarize(self._posts_by_day.get(day, []), self._breaches)

    # -- geometry (public for tests and for the host's drag targets) ----------

    def day_rect(self, day: date) -> QRect:
        found = self._layout.get(day)
        return QRect(found.rect) if found else QRect()

    def chip_rect(self, post_id: int) -> QRect:
        """Where a post's chip is drawn; empty when it is hidden under "+N more"."""
        for found in self._layout.values():
            for chip_id, rect in found.chips:
                if chip_id == post_id:
                    return QRect(rect)
        return QRect()

    def hidden_count(self, day: date) -> int:
        """How many of the day's posts "+N more" stands for."""
        found = self._layout.get(day)
        return found.more if found else 0

    def day_at(self, point: QPoint) -> date | None:
        return next((day for day, found in self._layout.items() if found.rect.contains(point)), None)

    def post_at(self, point: QPoint) -> int | None:
        day = self.day_at(point)
        chips = self._layout[day].chips if day else []
        return next((post_id for post_id, rect in chips if rect.contains(point)), None)

    # -- layout -------------------------------------------------------------

    def _grid_start(self) -> date:
        first = date(self._year, self._month, 1)
        first_weekday = self.locale().firstDayOfWeek().value  # Qt.DayOfWeek: Monday is 1, as isoweekday
        return first - timedelta(days=(first.isoweekday() - first_weekday) % 7)

    def _on_grid(self, day: date) -> bool:
        return 0 <= (day - self._first).days < WEEKS * DAYS

    def _chip_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        return font

    def _header_height(self) -> int:
        return month_header_height(self.fontMetrics().height())

    def _relayout(self) -> None:
        """Place the days and the chips that fit; painting and hit tests share this."""
        self._layout = {}
        header = self._header_height()
        width, height = self.width(), self.height() - header
        day_line = self.fontMetrics().height() + 6
        chip_height = QFontMetrics(self._chip_font()).height() + 4
        step = chip_height + 2
        for index, day in enumerate(self.grid_days()):
            row, column = divmod(index, DAYS)
            if self.isRightToLeft():
                column = DAYS - 1 - column
            left, right = round(column * width / DAYS), round((column + 1) * width / DAYS)
            top, bottom = header + round(row * height / WEEKS), header + round((row + 1) * height / WEEKS)
            rect = QRect(left, top, right - left, bottom - top)
            posts = self._posts_by_day.get(day, [])
            room = max(0, (rect.height() - day_line - 3) // step)
            shown = len(posts) if len(posts) <= room else max(0, room - 1)
            chips = [
                (post.id, QRect(left + 3, top + day_line + i * step, rect.width() - 6, chip_height))
                for i, post in enumerate(posts[:shown])
            ]
            more_rect = QRect(left + 3, top + day_line + shown * step, rect.width() - 6, chip_height)
            self._layout[day] = DayCell(rect, chips, len(posts) - shown, more_rect)

    # -- painting -----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_header(painter, palette)
        cells = DayPainter(self, painter, self._colours, self._time, self._chip_font())
        for day, cell in self._layout.items():
            if cell.rect.intersects(event.rect()):
                posts = self._posts_by_day.get(day, [])
                cells.paint(
                    day,
                    cell,
                    posts,
                    summarize(posts, self._breaches),
                    context=self._context_by_day.get(day, ()),
                    in_month=(day.year, day.month) == (self._year, self._month),
                    today=day == self._today,
                    selected_post=self._selected_post,
                )
        # The selection last, so neighbouring cells do not paint over its border.
        selected = self._layout.get(self._selected_day)
        if selected:
            pen_width = 2 if self.hasFocus() else 1
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(selected.rect).adjusted(1, 1, -pen_width, -pen_width))
        painter.end()

    def _paint_header(self, painter: QPainter, palette: QPalette) -> None:
        header = QRect(0, 0, self.width(), self._header_height())
        painter.fillRect(header, palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        for name, day in zip(self.weekday_names(), self.grid_days()[:7], strict=True):
            cell = self._layout[day].rect
            painter.drawText(QRect(cell.left(), 0, cell.width(), header.height()), Qt.AlignmentFlag.AlignCenter, name)

    def _time(self, post: Post) -> str:
        assert post.start is not None
        local = post.start.astimezone(self._zone)
        return self.locale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)

    # -- tooltips -----------------------------------------------------------

    def _tooltip(self, day: date) -> str:
        """The day, its posts, its mix of sides and its breach messages, as escaped rich text."""
        locale = self.locale()
        heading = locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
        lines = [f"<b>{html.escape(heading)}</b>"]
        for event in self._context_by_day.get(day, []):
            lines.append(f"<i>{html.escape(f'{event.calendar}: {event.summary}')}</i>")
        posts = self._posts_by_day.get(day, [])
        if not posts:
            lines.append(html.escape(self.tr("Nothing planned")))
        for post in posts:
            line = self.tr("{time} · {platform} · {title}", "a post in a day's tooltip").format(
                time=self._time(post), platform=post.platform, title=post.title
            )
            lines.append(html.escape(line))
        summary = self.day_summary(day)
        if summary.counted:
            share = summary.promotion_share or 0.0
            mix = self.tr("Conversation {conversation}, information {information}, promotion {promotion}").format(
                conversation=summary.counts[Side.CONVERSATION],
                information=summary.counts[Side.INFORMATION],
                promotion=summary.counts[Side.PROMOTION],
            )
            percent = self.tr("{percent} % promotion").format(percent=locale.toString(round(share * 100)))
            lines.append(html.escape(self.tr("{mix} ({percent})").format(mix=mix, percent=percent)))
        lines += [html.escape(self.tr("⚠ {message}").format(message=message)) for message in summary.messages]
        return "<br>".join(lines)

    # -- Qt events ----------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(760, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(DAYS * MIN_DAY_CELL, month_minimum_height(self.fontMetrics().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._relayout()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LocaleChange, QEvent.Type.LayoutDirectionChange):
            self._first = self._grid_start()
            self._relayout()
            self.update()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._tooltip(day), self, self.day_rect(day))
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        day = self.day_at(point)
        if day is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._selected_day = day
        post_id = self.post_at(point)
        if post_id != self._selected_post:
            self._selected_post = post_id
            if post_id is not None:
                self.postSelected.emit(post_id)
        self.update()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The post menu of the chip under the mouse (the selected chip from the keyboard), selected."""
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        post_id = self._selected_post if keyboard else self.post_at(event.pos())
        if post_id is None or (keyboard and self.chip_rect(post_id).isEmpty()):
            return
        point = self.chip_rect(post_id).center() if keyboard else event.pos()
        day = self.day_at(point)
        if day is not None:
            self._selected_day = day
        if post_id != self._selected_post:
            self._selected_post = post_id
            self.postSelected.emit(post_id)
        self.update()
        self.postMenuRequested.emit(post_id, self.mapToGlobal(point))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        day = self.day_at(point)
        if day is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        post_id = self.post_at(point)
        if post_id is not None:
            self.editRequested.emit(post_id)
        else:
            self.dayActivated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        forward = -1 if self.isRightToLeft() else 1
        steps = {
            Qt.Key.Key_Left: -forward,
            Qt.Key.Key_Right: forward,
            Qt.Key.Key_Up: -DAYS,
            Qt.Key.Key_Down: DAYS,
        }
        key = Qt.Key(event.key())
        if key in steps and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.set_selected_day(self._selected_day + timedelta(days=steps[key]))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.dayActivated.emit(self._selected_day)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()  # the selected day's border thickens with focus
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
