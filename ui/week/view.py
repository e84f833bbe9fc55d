"""The week view: seven painted day columns with hours, posts as cards.

The host gives the first day (from the locale's first day of the week), the
posts, the platform colours and the core's breach messages; the view lays them
out once per week (see :mod:`ui.week.layout`) and only paints what is visible.
The follow-ups the host read with the week are drawn with it: reply windows as hatched bands
behind the cards, promised posts and owed answers as markers at their due time, and a clock on
the card of a post whose follow-up is late. So are the week's empty weekly slots, faintly behind
the cards (:mod:`ui.week.empty_slots`): double-clicking one asks for a post there, and an idea
dropped near one of its platform's lands on it (:func:`planner.slots.nearest_empty`).
Every change is asked for by a signal: the view never calls the core.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLineF,
    QLocale,
    QMimeData,
    QPoint,
    QPointF,
    QRectF,
    QSignalBlocker,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QScrollBar, QSizePolicy, QToolTip, QWidget

from planner.model import Followup, FollowupKind, Post
from planner.slots import SlotTime, nearest_empty
from planner.timezones import zone
from ui import context_layer
from ui.context_layer import ContextEventLike, WeekContext
from ui.platform_mark import platform_mark
from ui.week.empty_slots import SlotPainter, slot_label, slot_tooltip, tick_rect
from ui.week.layout import (
    DAYS,
    Band,
    Card,
    EmptySlot,
    Marker,
    WeekGeometry,
    aware_start,
    most_lanes,
    neighbour,
    place_cards,
    place_markers,
    place_slots,
    place_windows,
    reading_order,
    snap,
)
from ui.week.paint import (
    CardPainter,
    DrawnCard,
    band_tooltip,
    card_description,
    card_tooltip,
    card_width_for_time,
    marker_tooltip,
    paint_band,
    paint_due_line,
    paint_grid,
    paint_gutter,
    paint_header,
    paint_marker,
    paint_now,
    paint_selection,
    paint_target,
)

POST_MIME = "application/x-dialogos-post"
"""A post id as ASCII text: what the ideas backlog drags onto the week."""
PLATFORM_MIME = "application/x-dialogos-platform"
"""The dragged idea's platform as UTF-8 text, with :data:`POST_MIME`: where it may snap to a slot."""
FIRST_HOUR, LAST_HOUR = 7, 22  # the hours shown without scrolling, when the view is tall enough


@dataclass
class _Press:
    post_id: int
    point: QPoint
    content_y: float  # where the press was in the scrolled content, so autoscroll keeps the grab
    dragging: bool = False


class WeekView(QWidget):
    """A week of posts; click, drag, double-click, or use the keyboard (arrows, Tab, Enter, Delete)."""

    postSelected = Signal(int)
    editRequested = Signal(int)
    deleteRequested = Signal(int)
    moveRequested = Signal(int, object)  # post id, new aware start
    copyRequested = Signal(int, object)  # post id dragged with Ctrl held, the copy's aware start
    createRequested = Signal(object)  # aware start
    scheduleRequested = Signal(int, object)  # post id dropped (POST_MIME), aware start
    followupClicked = Signal(object)  # the Followup of a band or a marker clicked
    slotRequested = Signal(object)  # the SlotTime of an empty slot double-clicked: a new post there
    dragStarted = Signal()  # a card is picked up: a new action, what the last one said goes

    def __init__(self, parent: QWidget | None = None, *, planning_zone: str) -> None:
        super().__init__(parent)
        self._zone_name = planning_zone
        self._tz = zone(planning_zone)
        self._first = date.today()
        self._posts: list[Post] = []
        self._colours: dict[str, QColor] = {}
        self._breaches: dict[int, list[str]] = {}
        self._followups: list[Followup] = []
        self._late: dict[int, list[Followup]] = {}  # by post id
        self._also_on: dict[int, list[str]] = {}  # a cross-post's other platforms, by post id
        self._bands: list[Band] = []
        self._markers: list[Marker] = []
        self._empty: list[SlotTime] = []
        self._slots: list[EmptySlot] = []
        self._now: datetime | None = None
        self._placed: dict[int, Card] = {}
        self._lanes = 1  # the most posts side by side in the shown week, were there room for them all
        self._drawn: dict[int, DrawnCard] = {}  # what the paints since the last placing showed of each card
        self._stale = True  # the cards need placing again: done once, when first needed
        self._context_events: list[ContextEventLike] = []
        self._context = WeekContext()
        self._selected: int | None = None
        self._hour = 0.0  # pixels per hour, fitted to the height
        self._margins = (0.0, 0.0)  # header height and hour gutter width, measured once per layout
        self._press: _Press | None = None
        self._read_only = False
        self._target: tuple[int, int] | None = None  # (day, minutes) under a drag or a drop
        self._scroll = QScrollBar(Qt.Orientation.Vertical, self)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.valueChanged.connect(self.update)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        # A right click selects the post under it (mousePressEvent); the window offers what to do with it.
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAccessibleName(self.tr("Week"))

    # -- content --------------------------------------------------------------

    def set_week(
        self,
        first_day: date,
        posts: list[Post],
        colours: dict[str, str],
        breaches: dict[int, list[str]],
        now: datetime | None,
    ) -> None:
        """Show the seven days from ``first_day`` with ``posts`` (others are ignored), platform
        ``colours`` (``#RRGGBB``), the core's breach messages by post id, and ``now`` (aware).

        Another week's follow-ups and empty slots are let go: :meth:`set_followups` and
        :meth:`set_empty_slots` give this one's."""
        if first_day != self._first:
            self._followups, self._late, self._empty = [], {}, []
        self._first, self._posts, self._now = first_day, list(posts), now
        self._colours = {name: QColor(value) for name, value in colours.items()}
        self._breaches = {post_id: list(found) for post_id, found in breaches.items() if found}
        self._stale = True
        shown = {post.id for post in self._posts}
        if self._selected not in shown:
            self._selected = None
        if self._press is not None and self._press.post_id not in shown:
            self._press, self._target = None, None  # a refresh took the dragged post away
            self.unsetCursor()
        self._describe_selection()
        self.update()

    def set_followups(self, followups: Sequence[Followup], late: Sequence[Followup]) -> None:
        """Show the week's follow-ups: ``followups`` what the core shows of the week (reply windows
        running in it, promises due in it), ``late`` the late follow-ups of its posts whenever they
        were due (a clock on their cards)."""
        self._followups = list(followups)
        self._late = {}
        for followup in late:
            self._late.setdefault(followup.post_id, []).append(followup)
        self._stale = True
        self._describe_selection()
        self.update()

    def set_empty_slots(self, empty: Sequence[SlotTime]) -> None:
        """Show the week's empty weekly slots (:meth:`planner.slots.Slots.empty` of the shown
        platforms), faintly behind the cards."""
        self._empty = list(empty)
        self._stale = True
        self.update()

    def set_cross_posts(self, also_on: Mapping[int, Sequence[str]]) -> None:
        """Mark the shown cross-posts: ``also_on`` the platforms of each one's other posts, by post id."""
        self._also_on = {post_id: list(names) for post_id, names in also_on.items() if names}
        self._describe_selection()
        self.update()

    def set_context(self, events: Sequence[ContextEventLike]) -> None:
        """Show the visible context calendars' events (expanded by the core) behind the posts."""
        self._context_events = list(events)
        self._stale = True
        self.update()

    def context_at(self, point: QPoint) -> list[ContextEventLike]:
        """The context events under ``point`` (a chip under the day titles, or a band)."""
        line = self.fontMetrics().height()
        return context_layer.events_at(QPointF(point), self._geometry(), self._context, self._title_height(), line)

    def _title_height(self) -> float:
        return self.fontMetrics().height() + 12.0

    def days(self) -> list[date]:
        return [self._first + timedelta(days=offset) for offset in range(DAYS)]

    def selected_post(self) -> int | None:
        return self._selected

    def past_due_posts(self) -> list[int]:
        """The shown posts marked "was it published?" (:meth:`planner.model.Post.past_due` at the view's now)."""
        return [post.id for post in self._posts if self._past_due(post)]

    def _past_due(self, post: Post) -> bool:
        return self._now is not None and post.past_due(self._now)

    def _describe_selection(self) -> None:
        """The selected card in words, for screen readers: what its tooltip says, marks included."""
        post = next((p for p in self._posts if p.id == self._selected), None)
        if post is None or post.start is None:
            self.setAccessibleDescription("")
            return
        messages, late = self._breaches.get(post.id, []), self._late.get(post.id, [])
        also_on = self._also_on.get(post.id, [])
        lines = card_description(
            post, self._tz, self.locale(), messages, past_due=self._past_due(post), late=late, also_on=also_on
        )
        self.setAccessibleDescription("\n".join(lines))

    def select_post(self, post_id: int | None) -> None:
        """Select a post of the week (None clears) and scroll it into view."""
        self._select(post_id, reveal=True)

    def _select(self, post_id: int | None, *, reveal: bool) -> None:
        if post_id is not None and post_id not in self._cards:
            return
        changed = post_id != self._selected
        self._selected = post_id
        if changed:
            self._describe_selection()
        if post_id is not None and reveal:
            self._ensure_visible(self._cards[post_id])
        if post_id is not None and changed:
            self.postSelected.emit(post_id)
        self.update()

    def set_read_only(self, read_only: bool) -> None:
        """On a plan that cannot be changed, posts are not dragged and nothing is dropped or created."""
        self._read_only = read_only
        self.setAcceptDrops(not read_only)

    def verticalScrollBar(self) -> QScrollBar:
        return self._scroll

    # -- geometry (widget coordinates at the current scroll) -------------------

    def layout_rects(self) -> dict[int, QRectF]:
        """Each shown post's card; a card scrolled out of sight lies outside the body."""
        geometry = self._geometry()
        return {post_id: geometry.card_rect(card) for post_id, card in self._cards.items()}

    def lanes_fit(self, width: float) -> bool:
        """Whether, ``width`` pixels wide, the shown week's posts side by side in one hour each get a
        lane wide enough for their time and the start of their title: the window folds its side
        panels when they would not (see :class:`ui.window.side_strip.SideStrip`)."""
        if self._stale:
            self._relayout()
        return self._lanes <= self._lanes_room(width - self._margins[1] - self._scroll.sizeHint().width())

    def _lanes_room(self, body_width: float) -> int:
        """How many cards side by side a day's column of a ``body_width`` wide week has room for,
        each showing its time, its platform's letter and three letters of its title (as
        :meth:`WeekGeometry.card_rect` places a lane's card)."""
        font, samples = self.font(), (QTime(10, 59), QTime(12, 59), QTime(23, 59))
        needed = max(card_width_for_time(font, self._time_text(time)) for time in samples)
        return max(1, int((body_width / DAYS - 6) // (needed + 1)))

    def drawn_cards(self) -> dict[int, DrawnCard]:
        """What the cards painted since the week was last placed show, by post id: their time, the
        title's lines as elided, the platform's letter (a card scrolled out of sight is not painted)."""
        return dict(self._drawn)

    def day_rect(self, day: date) -> QRectF:
        """The visible part of a day's column, below the header."""
        index = (day - self._first).days
        return self._geometry().column(index) if 0 <= index < DAYS else QRectF()

    def current_time_line(self) -> QLineF | None:
        """The current-time line across today's column, when today is shown."""
        if self._now is None:
            return None
        local = self._now.astimezone(self._tz)
        index = (local.date() - self._first).days
        if not 0 <= index < DAYS:
            return None
        geometry = self._geometry()
        y = geometry.minutes_y(local.hour * 60 + local.minute + local.second / 60)
        left = geometry.column_left(index)
        return QLineF(left, y, left + geometry.column_width, y)

    def position_of(self, moment: datetime) -> QPointF | None:
        """The middle of ``moment``'s day column at its wall-clock time (planning zone); None outside the week."""
        local = moment.astimezone(self._tz)
        index = (local.date() - self._first).days
        if not 0 <= index < DAYS:
            return None
        geometry = self._geometry()
        return QPointF(geometry.column(index).center().x(), geometry.minutes_y(local.hour * 60 + local.minute))

    def late_posts(self) -> list[int]:
        """The shown posts whose card carries the late-follow-up clock."""
        return [post.id for post in self._posts if post.id in self._late and post.id in self._cards]

    def band_rects(self) -> list[tuple[Followup, QRectF]]:
        """Each reply window's part on each day it runs, where it is drawn (cut at midnight)."""
        geometry = self._geometry()
        return [(band.followup, geometry.band_rect(band)) for band in self._placed_bands]

    def marker_rects(self) -> list[tuple[Followup, QRectF]]:
        """Each promised post's or owed answer's marker, where it is drawn."""
        geometry, extent = self._geometry(), self._marker_extent()
        return [(marker.followup, geometry.marker_rect(marker, extent)) for marker in self._placed_markers]

    def drop_target(self) -> datetime | None:
        """Where the post being dragged or dropped would land now (drawn as a highlighted place), if anywhere."""
        if self._target is None:
            return None
        day, minutes = self._target
        return aware_start(self._first + timedelta(days=day), minutes, self._zone_name)

    def slot_rects(self) -> list[tuple[SlotTime, QRectF]]:
        """Each empty slot of the week, where it is drawn (behind the cards)."""
        geometry = self._geometry()
        return [(placed.slot, geometry.slot_rect(placed)) for placed in self._placed_slots]

    def slot_tick_rects(self) -> list[tuple[SlotTime, QRectF]]:
        """Each empty slot a card covers (of another platform, at that time), and where its tick
        marks it beside the cards."""
        geometry = self._geometry()
        found = []
        for placed in self._placed_slots:
            rect = geometry.slot_rect(placed)
            cards = (geometry.card_rect(card) for card in self._cards.values() if card.day == placed.day)
            if any(card.intersects(rect) for card in cards):
                found.append((placed.slot, tick_rect(geometry.column(placed.day), rect)))
        return found

    def slot_at(self, point: QPoint) -> SlotTime | None:
        """The empty slot under ``point`` where no card is: its tick first, when a card covers it."""
        spot = QPointF(point)
        if not self._geometry().body.contains(spot) or self.post_at(point) is not None:
            return None
        for slot, tick in self.slot_tick_rects():
            if tick.adjusted(-1, 0, 1, 0).contains(spot):  # a pixel either side: the tick is thin
                return slot
        return next((slot for slot, rect in reversed(self.slot_rects()) if rect.contains(spot)), None)

    def followup_at(self, point: QPoint) -> Followup | None:
        """The follow-up under ``point``: a marker (drawn over the cards), else a band where no card is."""
        spot = QPointF(point)
        if not self._geometry().body.contains(spot):
            return None
        for followup, rect in reversed(self.marker_rects()):
            if rect.adjusted(-2, -2, 2, 2).contains(spot):
                return followup
        if self.post_at(point) is not None:
            return None
        for followup, rect in reversed(self.band_rects()):
            if rect.contains(spot):
                return followup
        return None

    def _marker_extent(self) -> float:
        return max(8.0, round(self.fontMetrics().height() * 0.7))

    @property
    def _placed_bands(self) -> list[Band]:
        if self._stale:
            self._relayout()
        return self._bands

    @property
    def _placed_markers(self) -> list[Marker]:
        if self._stale:
            self._relayout()
        return self._markers

    @property
    def _placed_slots(self) -> list[EmptySlot]:
        if self._stale:
            self._relayout()
        return self._slots

    def post_at(self, point: QPoint) -> int | None:
        geometry = self._geometry()
        if not geometry.body.contains(QPointF(point)):
            return None
        # Last painted is on top: search backwards.
        for card in reversed(self._cards.values()):
            if geometry.card_rect(card).contains(QPointF(point)):
                return card.post.id
        return None

    def time_at(self, point: QPoint) -> datetime | None:
        """The quarter hour under ``point``, aware in the planning zone; None outside the days."""
        slot = self._geometry().slot_at(QPointF(point), down=True)
        return aware_start(self._first + timedelta(days=slot[0]), slot[1], self._zone_name) if slot else None

    @property
    def _cards(self) -> dict[int, Card]:
        """The shown posts' cards, in painting order (placed again first if the week, size or font changed)."""
        if self._stale:
            self._relayout()
        return self._placed

    def _geometry(self) -> WeekGeometry:
        if self._stale:
            self._relayout()
        header, gutter = self._margins
        return WeekGeometry(
            width=self.width(),
            height=self.height(),
            header=header,
            gutter=gutter,
            bar=self._scroll.sizeHint().width(),
            hour=self._hour or 1.0,
            scroll=self._scroll.value(),
            rtl=self.isRightToLeft(),
        )

    def _measure(self) -> tuple[float, float]:
        """The header's height (day titles and context chips) and the hour gutter's width."""
        metrics = self.fontMetrics()
        samples = (QTime(0, 0), QTime(12, 0), QTime(23, 0))
        gutter = max(metrics.horizontalAdvance(self._time_text(time)) for time in samples) + 12
        self._context = context_layer.place(self._context_events, self._first, self._tz)
        chips = self._context.chip_rows * context_layer.chip_height(metrics.height())
        return self._title_height() + chips + (4 if chips else 0), float(gutter)

    def _relayout(self) -> None:
        """Fit the hours to the height (keeping the time at the top) and place the cards."""
        self._stale = False
        top_minutes = FIRST_HOUR * 60 if not self._hour else self._scroll.value() * 60 / self._hour
        self._margins = self._measure()
        geometry = self._geometry()
        body, line = geometry.body, self.fontMetrics().height()
        self._hour = max(2.0 * line + 6, body.height() / (LAST_HOUR - FIRST_HOUR))
        # Two lines at least: the time on the first, the start of the title below it, however short the post.
        cards = place_cards(self._posts, self._first, self._tz, self._hour, 2 * line + 6)
        self._lanes = most_lanes(cards)
        room = self._lanes_room(body.width())
        if self._lanes > room:  # too many side by side even for the time: the last go below the first
            cards = place_cards(self._posts, self._first, self._tz, self._hour, 2 * line + 6, max_lanes=room)
        self._placed = {card.post.id: card for card in reading_order(cards)}  # kept in painting order
        self._drawn = {}
        self._bands = place_windows(self._followups, self._first, self._tz)
        self._markers = place_markers(self._followups, self._first, self._tz)
        self._slots = place_slots(self._empty, self._first, self._tz)
        bar = int(geometry.bar)
        self._scroll.setGeometry(0 if geometry.rtl else self.width() - bar, int(body.top()), bar, int(body.height()))
        # Placing may happen on the way to a paint: the view is painted as placed, not asked to paint again.
        with QSignalBlocker(self._scroll):
            self._scroll.setRange(0, max(0, round(24 * self._hour - body.height())))
            self._scroll.setPageStep(max(1, int(body.height())))
            self._scroll.setSingleStep(max(1, round(self._hour / 4)))
            self._scroll.setValue(round(top_minutes * self._hour / 60))

    def _ensure_visible(self, card: Card) -> None:
        margin, height = self._hour / 4, self._geometry().body.height()
        if card.top < self._scroll.value():
            self._scroll.setValue(int(card.top - margin))
        elif card.top + card.height > self._scroll.value() + height:
            self._scroll.setValue(int(min(card.top, card.top + card.height - height + margin)))

    # -- painting ---------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(self.layoutDirection())  # "leading" means the widget's, not the app's
        palette, geometry, dirty = self.palette(), self._geometry(), QRectF(event.rect())
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.Base))
        painter.save()
        painter.setClipRect(geometry.body)
        workdays = {day.value for day in self.locale().weekdays()}
        days_off = [index for index, day in enumerate(self.days()) if day.isoweekday() not in workdays]
        paint_grid(painter, palette, geometry, days_off)
        context_layer.paint_bands(painter, palette, geometry, self._context.bands)
        mid = palette.color(QPalette.ColorRole.Mid)
        self._paint_followups_behind(painter, palette, geometry, dirty, mid)
        self._paint_empty_slots(painter, palette, geometry, dirty, mid)
        dragged = self._press.post_id if self._press is not None and self._press.dragging else None
        cards = CardPainter(painter, palette, rtl=geometry.rtl)
        times: dict[int, str] = {}
        marks: dict[str, str] = {}
        drawn = self._drawn
        top, bottom = geometry.to_content(dirty.top()), geometry.to_content(dirty.bottom())
        for card in self._cards.values():
            if card.top > bottom or card.top + card.height < top:
                continue  # only what is visible: a week may hold many posts
            rect = geometry.card_rect(card)
            if not rect.intersects(dirty):
                continue
            painter.setOpacity(0.35 if card.post.id == dragged else 1.0)
            colour = self._colours.get(card.post.platform, mid)
            time_text = times.get(card.minutes)
            if time_text is None:
                time_text = times[card.minutes] = self._time_text(QTime(card.minutes // 60, card.minutes % 60))
            warned, past_due = card.post.id in self._breaches, self._past_due(card.post)
            late, linked = card.post.id in self._late, card.post.id in self._also_on
            mark = marks.get(card.post.platform)
            if mark is None:
                mark = marks[card.post.platform] = platform_mark(card.post.platform)
            drawn[card.post.id] = cards.paint(
                rect,
                card,
                colour,
                time_text=time_text,
                warned=warned,
                past_due=past_due,
                late=late,
                linked=linked,
                platform_mark=mark,
            )
        painter.setOpacity(1.0)
        extent = self._marker_extent()
        for marker in self._placed_markers:
            box = geometry.marker_rect(marker, extent)
            if box.intersects(dirty):
                colour = self._colours.get(marker.followup.platform, mid)
                paint_marker(painter, box, marker.followup.kind, colour, marker.followup.status)
        if self._selected in self._cards:
            paint_selection(painter, palette, geometry.card_rect(self._cards[self._selected]), self.hasFocus())
        if self._target is not None:
            day, minutes = self._target
            dragged_card = self._cards.get(self._press.post_id) if self._press else None
            height = dragged_card.height if dragged_card else max(self.fontMetrics().height() + 6, self._hour / 2)
            column = geometry.column(day)
            rect = QRectF(column.left() + 2, geometry.minutes_y(minutes), column.width() - 6, height)
            paint_target(painter, palette, rect, self._time_text(QTime(minutes // 60, minutes % 60)))
        if (line := self.current_time_line()) is not None:
            paint_now(painter, line, geometry.rtl)
        painter.restore()
        today = (self._now.astimezone(self._tz).date() - self._first).days if self._now else None
        day_format = self.tr("ddd d MMM", "QLocale format of a day's header in the week")
        titles = [self.locale().toString(QDate(day.year, day.month, day.day), day_format) for day in self.days()]
        paint_header(painter, palette, geometry, titles, today, self._title_height())
        context_layer.paint_chips(painter, palette, geometry, self._context, self._title_height())
        paint_gutter(painter, palette, geometry, [self._time_text(QTime(hour, 0)) for hour in range(24)])
        painter.end()

    def _paint_followups_behind(
        self, painter: QPainter, palette: QPalette, geometry: WeekGeometry, dirty: QRectF, mid: QColor
    ) -> None:
        """The reply windows' bands and the due times' lines, under the cards."""
        for band in self._placed_bands:
            rect = geometry.band_rect(band)
            if rect.intersects(dirty):
                colour = self._colours.get(band.followup.platform, mid)
                paint_band(painter, palette, rect, colour, band.followup.status)
        for marker in self._placed_markers:
            column = geometry.column(marker.day)
            y = round(geometry.minutes_y(marker.minutes)) + 0.5
            if dirty.top() - 1 <= y <= dirty.bottom() + 1:
                colour = self._colours.get(marker.followup.platform, mid)
                paint_due_line(painter, column.left() + 1, column.right() - 1, y, colour)

    def _paint_empty_slots(
        self, painter: QPainter, palette: QPalette, geometry: WeekGeometry, dirty: QRectF, mid: QColor
    ) -> None:
        """The empty slots, over the bands and under the cards; a tick beside the cards for each
        one a card covers."""
        slots = SlotPainter(painter, palette)
        for placed in self._placed_slots:
            rect = geometry.slot_rect(placed)
            if rect.intersects(dirty):
                slots.paint(rect, self._colours.get(placed.slot.platform, mid), slot_label(placed.slot))
        for slot, tick in self.slot_tick_rects():
            if tick.intersects(dirty):
                slots.paint_tick(tick, self._colours.get(slot.platform, mid))

    def _time_text(self, moment: QTime) -> str:
        return self.locale().toString(moment, QLocale.FormatType.ShortFormat)

    # -- Qt events --------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    def minimumSizeHint(self) -> QSize:
        header, gutter = self._measure() if self._stale else self._margins  # the cards need not be placed
        return QSize(int(gutter) + self._scroll.sizeHint().width() + DAYS * 40, int(header) + 120)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._stale = True
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LocaleChange, QEvent.Type.LayoutDirectionChange):
            self._stale = True
            self.update()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            post_id = self.post_at(event.pos())
            followup = self.followup_at(event.pos())
            slot = self.slot_at(event.pos())
            if slot is not None and (followup is None or followup.kind is FollowupKind.REPLIES):
                # The slot sits on a reply window's band: the slot is what a double-click acts on.
                text = slot_tooltip(slot, self._tz, self.locale(), read_only=self._read_only)
                QToolTip.showText(event.globalPos(), text, self)
            elif followup is not None:
                text = (band_tooltip if followup.kind is FollowupKind.REPLIES else marker_tooltip)(
                    followup, self._tz, self.locale()
                )
                QToolTip.showText(event.globalPos(), text, self)
            elif post_id is None and (context := self.context_at(event.pos())):
                QToolTip.showText(event.globalPos(), context_layer.tooltip(context, self._tz, self.locale()), self)
            elif post_id is None:
                QToolTip.hideText()
            else:
                post, rect = self._cards[post_id].post, self._geometry().card_rect(self._cards[post_id]).toRect()
                messages, late = self._breaches.get(post_id, []), self._late.get(post_id, [])
                also_on = self._also_on.get(post_id, [])
                text = card_tooltip(
                    post, self._tz, self.locale(), messages, past_due=self._past_due(post), late=late, also_on=also_on
                )
                QToolTip.showText(event.globalPos(), text, self, rect)
            return True
        return super().event(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        QApplication.sendEvent(self._scroll, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and (followup := self.followup_at(point)) is not None:
            self._press = None
            self._select(followup.post_id if followup.post_id in self._cards else None, reveal=False)
            self.followupClicked.emit(followup)
            return
        post_id = self.post_at(point)
        if event.button() != Qt.MouseButton.LeftButton:
            if event.button() == Qt.MouseButton.RightButton and post_id is not None:
                self._select(post_id, reveal=False)  # the context menu acts on the post under the mouse
            super().mousePressEvent(event)
            return
        self._select(post_id, reveal=False)  # no scrolling under the mouse
        content_y = self._geometry().to_content(point.y())
        self._press = _Press(post_id, point, content_y) if post_id is not None and not self._read_only else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        # The press, not event.buttons(), says a drag is on: test drivers do not always carry buttons.
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        point = event.position().toPoint()
        if not self._press.dragging:
            if (point - self._press.point).manhattanLength() < QApplication.startDragDistance():
                return
            self._press.dragging = True
            self.dragStarted.emit()
        copying = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self.setCursor(Qt.CursorShape.DragCopyCursor if copying else Qt.CursorShape.ClosedHandCursor)
        body = self._geometry().body
        # Near the top or the bottom edge the week scrolls, so any hour is reachable in one drag.
        if point.y() < body.top() + 16:
            self._scroll.setValue(self._scroll.value() - self._scroll.singleStep())
        elif point.y() > body.bottom() - 16:
            self._scroll.setValue(self._scroll.value() + self._scroll.singleStep())
        card = self._cards[self._press.post_id]
        geometry = self._geometry()  # after the autoscroll
        moved = geometry.to_content(point.y()) - self._press.content_y
        self._target = (geometry.day_at(point.x()), snap((card.top + moved) * 60 / self._hour, down=False))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, target = self._press, self._target
        self._press, self._target = None, None
        if press is None or not press.dragging or target is None:
            super().mouseReleaseEvent(event)
            return
        self.unsetCursor()
        self.update()
        start = aware_start(self._first + timedelta(days=target[0]), target[1], self._zone_name)
        post = self._cards[press.post_id].post
        if post.start is not None and start == post.start:
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.copyRequested.emit(press.post_id, start)  # Ctrl held on release: a copy, the post stays
        else:
            self.moveRequested.emit(press.post_id, start)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        point = event.position().toPoint()
        self._press = None
        post_id = self.post_at(point)
        if post_id is not None:
            self.editRequested.emit(post_id)
        elif self._read_only:
            return
        elif (slot := self.slot_at(point)) is not None:
            self.slotRequested.emit(slot)
        elif (start := self.time_at(point)) is not None:
            self.createRequested.emit(start)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        forward = -1 if self.isRightToLeft() else 1
        moves = {Qt.Key.Key_Left: (-forward, 0), Qt.Key.Key_Right: (forward, 0)}
        moves |= {Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        current = self._cards.get(self._selected) if self._selected is not None else None
        if key in moves and plain:
            found = neighbour(list(self._cards.values()), current, *moves[key])
            if found is not None:
                self.select_post(found.post.id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self.editRequested.emit(current.post.id)
        elif key == Qt.Key.Key_Delete and current is not None:
            self.deleteRequested.emit(current.post.id)
        elif key == Qt.Key.Key_Escape and self._press is not None:
            self._press, self._target = None, None  # a drag given up
            self.unsetCursor()
            self.update()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = self._scroll.pageStep() * (1 if key == Qt.Key.Key_PageDown else -1)
            self._scroll.setValue(self._scroll.value() + step)
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab walks through the week's posts, then leaves the view (no keyboard trap)."""
        ordered = list(self._cards)
        if self.hasFocus() and ordered:
            if self._selected in ordered:
                index = ordered.index(self._selected) + (1 if next else -1)
            else:
                index = 0 if next else len(ordered) - 1
            if 0 <= index < len(ordered):
                self.select_post(ordered[index])
                return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()  # the selection's outline thickens with focus
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # -- drops from elsewhere (the ideas backlog) -------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(POST_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Shows where the idea would land: on an empty slot of its platform near the mouse, else under it."""
        start = self._drop_time(event.position(), event.mimeData()) if event.mimeData().hasFormat(POST_MIME) else None
        self._target = self._day_and_minutes(start) if start is not None else None
        if self._target is None:
            event.ignore()
        else:
            event.acceptProposedAction()
        self.update()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._target = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._target = None
        self.update()
        try:
            post_id = int(bytes(event.mimeData().data(POST_MIME).data()).decode("ascii").strip())
        except (UnicodeDecodeError, ValueError):
            event.ignore()
            return
        start = self._drop_time(event.position(), event.mimeData())
        if start is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.scheduleRequested.emit(post_id, start)

    def _drop_time(self, point: QPointF, mime: QMimeData) -> datetime | None:
        """Where an idea dropped at ``point`` goes: the nearest empty slot of its platform (named
        in the drag) starting within 90 minutes of the point on its day, else the quarter hour
        under it; None outside the days."""
        geometry = self._geometry()
        start = self.time_at(point.toPoint())
        if start is None or not mime.hasFormat(PLATFORM_MIME):
            return start
        platform = bytes(mime.data(PLATFORM_MIME).data()).decode("utf-8", "replace")
        day = self._first + timedelta(days=geometry.day_at(point.x()))
        pointed = geometry.to_content(point.y()) * 60 / self._hour  # to the minute, not the quarter
        at = aware_start(day, int(min(max(pointed, 0), 24 * 60 - 1)), self._zone_name)
        found = nearest_empty(at, self._empty, platform)
        return start if found is None else found.start

    def _day_and_minutes(self, start: datetime) -> tuple[int, int] | None:
        """The (day column, wall-clock minutes) of ``start`` in the week; None outside it."""
        local = start.astimezone(self._tz)
        day = (local.date() - self._first).days
        return (day, local.hour * 60 + local.minute) if 0 <= day < DAYS else None
