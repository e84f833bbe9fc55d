"""Where the week view's days, hours and cards go on screen.

Placement works on wall-clock time in the planning zone: a card's top is its
local start (so 02:30 on the autumn night when 02:30 happens twice is drawn at
02:30, whichever occurrence), its height the post's real duration. Cards that
overlap on screen share their column side by side, and so do empty slots.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF

from planner.errors import ValidationError
from planner.model import Followup, FollowupKind, FollowupStatus, Post
from planner.slots import SLOT_LENGTH, SlotTime
from planner.timezones import gap_around, localize

DAYS = 7
DAY_MINUTES = 24 * 60
SNAP_MINUTES = 15


@dataclass(frozen=True, slots=True)
class Card:
    """A post placed in the week: its day column, wall-clock minutes and lane."""

    post: Post
    day: int  # column, 0 = the first day shown
    minutes: int  # local start, minutes after midnight
    top: float  # content pixels from midnight
    height: float
    lane: int = 0
    lanes: int = 1


# -- placement ----------------------------------------------------------------


def place_cards(
    posts: list[Post],
    first_day: date,
    tz: ZoneInfo,
    hour_height: float,
    min_height: float,
    *,
    max_lanes: int | None = None,
) -> list[Card]:
    """The cards of the posts dated within the seven days from ``first_day``, lanes assigned (at most
    ``max_lanes`` side by side in a day: see :func:`_assign_lanes`)."""
    by_day: dict[int, list[Card]] = {}
    for post in posts:
        if post.start is None:
            continue  # ideas have no place on a calendar
        local = post.start.astimezone(tz)
        day = (local.date() - first_day).days
        if not 0 <= day < DAYS:
            continue
        minutes = local.hour * 60 + local.minute
        top = minutes * hour_height / 60
        # The real duration, not end minus start on the wall clock (which is wrong across a DST change).
        height = max(min_height, post.duration_minutes * hour_height / 60)
        height = min(height, max(min_height, 24 * hour_height - top))
        by_day.setdefault(day, []).append(Card(post, day, minutes, top, height))
    placed: list[Card] = []
    for day in sorted(by_day):
        ordered = sorted(by_day[day], key=lambda card: (card.top, -card.height, card.post.id))
        placed += _assign_lanes(ordered, max(1, max_lanes) if max_lanes is not None else None)
    return placed


def most_lanes(cards: list[Card]) -> int:
    """The most cards side by side anywhere in ``cards`` (1 for a week with no overlap, or none)."""
    return max((card.lanes for card in cards), default=1)


def _assign_lanes(cards: list[Card], max_lanes: int | None = None) -> list[Card]:
    """Side by side within each cluster of cards that overlap on screen (first free lane).

    With ``max_lanes`` (the lanes a day's column has room for, each card showing its time), a card
    that finds them all taken goes below the card that ends first, in its lane: it leaves its hour's
    line by the height of the cards before it, but keeps its time written on it and the whole lane's
    width to say it, rather than a sliver with neither.
    """
    result: list[Card] = []
    cluster: list[tuple[Card, int]] = []
    lane_ends: list[float] = []
    cluster_end = float("-inf")
    for card in [*cards, None]:
        if card is None or (cluster and card.top >= cluster_end):
            # The cluster is over: every card in it shares the column between its lanes.
            result += [Card(c.post, c.day, c.minutes, c.top, c.height, lane, len(lane_ends)) for c, lane in cluster]
            cluster, lane_ends, cluster_end = [], [], float("-inf")
        if card is None:
            break
        lane = next((i for i, end in enumerate(lane_ends) if end <= card.top), len(lane_ends))
        if lane == len(lane_ends) and max_lanes is not None and lane >= max_lanes:
            lane = min(range(len(lane_ends)), key=lambda i: (lane_ends[i], i))
            card = Card(card.post, card.day, card.minutes, lane_ends[lane], card.height)  # stacked below
        if lane == len(lane_ends):
            lane_ends.append(0.0)
        lane_ends[lane] = card.top + card.height
        cluster.append((card, lane))
        cluster_end = max(cluster_end, card.top + card.height)
    return result


@dataclass(frozen=True, slots=True)
class Band:
    """A reply window's part on one day of the week: wall-clock minutes in the planning zone."""

    followup: Followup
    day: int
    top_minutes: float
    bottom_minutes: float


@dataclass(frozen=True, slots=True)
class Marker:
    """A promised post or an owed answer, at its due time on its day."""

    followup: Followup
    day: int
    minutes: float


def _wall_minutes(local: datetime) -> float:
    return local.hour * 60 + local.minute + local.second / 60


def place_windows(followups: list[Followup], first_day: date, tz: ZoneInfo) -> list[Band]:
    """The reply windows' parts on the seven days from ``first_day``, cut at each midnight.

    Like a card, a band is drawn on the wall clock: from its local opening time to its local
    closing time, whatever the day's length (a DST change in the window lengthens or shortens it
    on screen, as it does on the clock)."""
    bands: list[Band] = []
    for followup in followups:
        if followup.kind is not FollowupKind.REPLIES or followup.status is FollowupStatus.DROPPED:
            continue
        opens, closes = followup.due.astimezone(tz), followup.end.astimezone(tz)
        day = opens.date()
        while day <= closes.date():
            index = (day - first_day).days
            top = _wall_minutes(opens) if day == opens.date() else 0.0
            bottom = _wall_minutes(closes) if day == closes.date() else float(DAY_MINUTES)
            if day == opens.date() == closes.date() and bottom <= top:
                # The clock went back inside the window: it still takes its real time on screen.
                # (Timestamps: two datetimes of one zone subtract on the wall clock.)
                bottom = min(float(DAY_MINUTES), top + (closes.timestamp() - opens.timestamp()) / 60)
            if 0 <= index < DAYS and bottom > top:
                bands.append(Band(followup, index, top, bottom))
            day += timedelta(days=1)
    return bands


def place_markers(followups: list[Followup], first_day: date, tz: ZoneInfo) -> list[Marker]:
    """The promised posts and owed answers due within the seven days from ``first_day`` (not dropped)."""
    markers: list[Marker] = []
    for followup in followups:
        if followup.kind is FollowupKind.REPLIES or followup.status is FollowupStatus.DROPPED:
            continue
        local = followup.due.astimezone(tz)
        index = (local.date() - first_day).days
        if 0 <= index < DAYS:
            markers.append(Marker(followup, index, _wall_minutes(local)))
    return markers


@dataclass(frozen=True, slots=True)
class EmptySlot:
    """An empty weekly slot in the week: its day column, wall-clock minutes and lane (slots of
    several platforms at one time share the column, as cards do)."""

    slot: SlotTime
    day: int
    minutes: int
    lane: int = 0
    lanes: int = 1

    @property
    def bottom_minutes(self) -> int:
        """Where the hour it holds ends on screen, kept within its day."""
        return min(DAY_MINUTES, self.minutes + int(SLOT_LENGTH.total_seconds() // 60))


def place_slots(empty: list[SlotTime], first_day: date, tz: ZoneInfo) -> list[EmptySlot]:
    """The empty slots starting within the seven days from ``first_day``, lanes assigned, in
    time order (a slot is drawn for the hour it holds, at its wall-clock start)."""
    by_day: dict[int, list[EmptySlot]] = {}
    for occurrence in empty:
        local = occurrence.start.astimezone(tz)
        day = (local.date() - first_day).days
        if 0 <= day < DAYS:
            by_day.setdefault(day, []).append(EmptySlot(occurrence, day, local.hour * 60 + local.minute))
    placed: list[EmptySlot] = []
    for day in sorted(by_day):
        ordered = sorted(by_day[day], key=lambda s: (s.minutes, s.slot.platform.casefold(), s.slot.slot.id))
        placed += _slot_lanes(ordered)
    return placed


def _slot_lanes(slots: list[EmptySlot]) -> list[EmptySlot]:
    """Side by side within each run of slots whose hours overlap (first free lane)."""
    result: list[EmptySlot] = []
    cluster: list[tuple[EmptySlot, int]] = []
    lane_ends: list[int] = []
    for slot in [*slots, None]:
        if slot is None or (cluster and all(end <= slot.minutes for end in lane_ends)):
            result += [EmptySlot(s.slot, s.day, s.minutes, lane, len(lane_ends)) for s, lane in cluster]
            cluster, lane_ends = [], []
        if slot is None:
            break
        lane = next((i for i, end in enumerate(lane_ends) if end <= slot.minutes), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(0)
        lane_ends[lane] = slot.bottom_minutes
        cluster.append((slot, lane))
    return result


def aware_start(day: date, minutes: int, zone_name: str) -> datetime:
    """The instant of wall-clock ``minutes`` on ``day``: the first of an ambiguous time, the end of a gap."""
    wall = datetime.combine(day, time(0)) + timedelta(minutes=minutes)
    try:
        return localize(wall, zone_name)
    except ValidationError:
        # A time the zone skips (spring forward): the first time that exists after it.
        _, end = gap_around(wall, ZoneInfo(zone_name))
        return localize(end, zone_name)


def snap(minutes: float, *, down: bool) -> int:
    """``minutes`` on the quarter hour (down, or to the nearest), kept within the day."""
    quarters = minutes // SNAP_MINUTES if down else round(minutes / SNAP_MINUTES)
    return int(min(max(quarters * SNAP_MINUTES, 0), DAY_MINUTES - SNAP_MINUTES))


# -- keyboard navigation ------------------------------------------------------


def reading_order(cards: list[Card]) -> list[Card]:
    """Day by day, top to bottom, lane by lane: what Tab walks through."""
    return sorted(cards, key=lambda card: (card.day, card.top, card.lane, card.post.id))


def neighbour(cards: list[Card], current: Card | None, days: int, steps: int) -> Card | None:
    """The card ``steps`` away in the same day, or the nearest in time on the next day with posts ``days`` away."""
    ordered = reading_order(cards)
    if not ordered:
        return None
    if current is None:
        return ordered[0]
    if steps:
        same_day = [card for card in ordered if card.day == current.day]
        index = same_day.index(current) + steps
        return same_day[index] if 0 <= index < len(same_day) else current
    day = current.day + days
    while 0 <= day < DAYS:
        candidates = [card for card in ordered if card.day == day]
        if candidates:
            return min(candidates, key=lambda card: (abs(card.top - current.top), card.lane))
        day += days
    return current


# -- geometry -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WeekGeometry:
    """The view's coordinates at one size and scroll: a header on top, an hour gutter
    on the leading side, a scroll bar on the trailing side, the seven days between.

    "Content" y counts pixels from midnight; widget y is what is on screen.
    """

    width: float
    height: float
    header: float
    gutter: float
    bar: float  # the scroll bar's width
    hour: float  # pixels per hour
    scroll: float
    rtl: bool

    @property
    def body(self) -> QRectF:
        """Where the days are drawn, below the header."""
        left = self.bar if self.rtl else self.gutter
        return QRectF(left, self.header, self.width - self.gutter - self.bar, self.height - self.header)

    @property
    def column_width(self) -> float:
        return self.body.width() / DAYS

    def column_left(self, day: int) -> float:
        body = self.body
        return body.right() - (day + 1) * self.column_width if self.rtl else body.left() + day * self.column_width

    def column(self, day: int) -> QRectF:
        body = self.body
        return QRectF(self.column_left(day), body.top(), self.column_width, body.height())

    def day_at(self, x: float) -> int:
        """The day column under ``x``, the nearest one when outside the days."""
        body = self.body
        offset = body.right() - x if self.rtl else x - body.left()
        return int(min(max(offset // self.column_width, 0), DAYS - 1))

    def to_widget(self, content_y: float) -> float:
        return self.header + content_y - self.scroll

    def to_content(self, widget_y: float) -> float:
        return widget_y - self.header + self.scroll

    def minutes_y(self, minutes: float) -> float:
        """The widget y of wall-clock ``minutes`` after midnight."""
        return self.to_widget(minutes * self.hour / 60)

    def slot_at(self, point: QPointF, *, down: bool) -> tuple[int, int] | None:
        """The (day, quarter hour) under ``point``, None outside the days."""
        if not self.body.contains(point):
            return None
        return self.day_at(point.x()), snap(self.to_content(point.y()) * 60 / self.hour, down=down)

    def card_rect(self, card: Card) -> QRectF:
        body = self.body  # once: this runs for every card of every paint
        column_width = body.width() / DAYS
        width = (column_width - 6) / card.lanes
        lane = card.lanes - 1 - card.lane if self.rtl else card.lane
        column_left = (
            body.right() - (card.day + 1) * column_width if self.rtl else body.left() + card.day * column_width
        )
        left = column_left + 2 + lane * width
        return QRectF(left, self.to_widget(card.top), width - (1 if card.lanes > 1 else 0), card.height)

    def band_rect(self, band: Band) -> QRectF:
        """A reply window's part: the whole width of its day's column (the cards sit on it)."""
        left = self.column_left(band.day)
        top = self.minutes_y(band.top_minutes)
        return QRectF(left + 1, top, self.column_width - 2, max(2.0, self.minutes_y(band.bottom_minutes) - top))

    def slot_rect(self, slot: EmptySlot) -> QRectF:
        """An empty slot: the hour from its start, across its lane of its day's column (a card
        at that time sits on it)."""
        width = (self.column_width - 2) / slot.lanes
        lane = slot.lanes - 1 - slot.lane if self.rtl else slot.lane
        top = self.minutes_y(slot.minutes)
        left = self.column_left(slot.day) + 1 + lane * width
        return QRectF(left, top, width - (1 if slot.lanes > 1 else 0), self.minutes_y(slot.bottom_minutes) - top)

    def marker_rect(self, marker: Marker, extent: float) -> QRectF:
        """A due marker, ``extent`` pixels square, centred on its time at its column's trailing edge
        (where the cards leave a margin)."""
        left = self.column_left(marker.day)
        x = left + 1 if self.rtl else left + self.column_width - extent - 1
        return QRectF(x, self.minutes_y(marker.minutes) - extent / 2, extent, extent)

    def visible_hours(self) -> range:
        """The hours whose line or label may show at this scroll."""
        first = int(self.scroll // self.hour)
        return range(first, min(24, int((self.scroll + self.body.height()) // self.hour)) + 1)
