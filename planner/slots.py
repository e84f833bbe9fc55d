"""Weekly slots: the places where a platform usually posts (Monday 09:00 on Instagram, for
conversation), the grid that filling a week uses and where a new post goes first.

A slot is a weekday and a wall-clock time in the planning zone, for one side or for any. Its
occurrences in a range are read in that zone, so a Monday 09:00 slot stays at 09:00 across the
change to summer time. A wall-clock time the clocks skip that day (02:30 on the last Sunday of
March in Paris) is read with the offset before the change, so it falls at 03:30, as a series'
occurrence does (:mod:`planner.series`); one the clocks repeat is its first.

An occurrence is *empty* when no post on its platform holds its time: no dated post (ideas and
cancelled posts aside) overlaps the hour from its start, as for a new post's place
(:mod:`planner.new_posts`). The week view draws the empty ones, and filling a week fills them.
An idea dropped on the calendar near an empty slot of its platform goes to it (:func:`snap`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from planner import validation as check
from planner.errors import NotFoundError, ValidationError
from planner.i18n import Term
from planner.model import ChangeKind, Entity, PostQuery, Side
from planner.posts import Posts
from planner.reference import ReferenceData
from planner.session import Session
from planner.storage import models as db
from planner.timezones import weekly_instant, zone

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""The weekdays as the command line writes them, Monday first (``weekday`` 0)."""

SLOT_LENGTH = timedelta(hours=1)
"""How long a slot holds its place: a post overlapping the hour from its start takes it."""

SNAP_DISTANCE = timedelta(minutes=90)
"""How far from where an idea is dropped an empty slot of its platform still catches it."""

_LONGEST_POST = timedelta(days=7)
"""A post may last up to a week: one started that long before a slot may still cover it."""

_DAY_NAMES: dict[str, int] = {}
for _index, _names in enumerate(
    (
        ("mon", "monday", "lun", "lundi"),
        ("tue", "tuesday", "mar", "mardi"),
        ("wed", "wednesday", "mer", "mercredi"),
        ("thu", "thursday", "jeu", "jeudi"),
        ("fri", "friday", "ven", "vendredi"),
        ("sat", "saturday", "sam", "samedi"),
        ("sun", "sunday", "dim", "dimanche"),
    )
):
    for _name in _names:
        _DAY_NAMES[_name] = _index

_TIME = re.compile(r"([0-9]{1,2})\s*(?::|[hH])\s*([0-9]{2})?")


@dataclass(frozen=True, slots=True)
class Slot:
    """A weekly place of a platform: ``weekday`` (0 Monday … 6 Sunday) at ``at``, wall-clock
    time in the planning zone, for ``side`` (None: any side)."""

    id: int
    platform: str
    weekday: int
    at: time
    side: Side | None
    version: int

    @property
    def day(self) -> str:
        """The weekday as the command line writes it: ``mon`` … ``sun``."""
        return WEEKDAYS[self.weekday]


@dataclass(frozen=True, slots=True)
class SlotTime:
    """One occurrence of a slot: the slot, and the instant it starts at (in the planning zone)."""

    slot: Slot
    start: datetime

    @property
    def platform(self) -> str:
        return self.slot.platform

    @property
    def side(self) -> Side | None:
        return self.slot.side


def parse_weekday(value: str | int) -> int:
    """``mon`` … ``sun`` (``monday``, ``lun``, ``lundi`` too, letter case aside) as 0 … 6."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 6:
        return value
    found = _DAY_NAMES.get(str(value).strip().casefold().rstrip("."))
    if found is None:
        raise ValidationError("error.slot_bad_day", value=str(value)[:40], known="|".join(WEEKDAYS))
    return found


def parse_slot_time(value: str | time) -> time:
    """``09:00``, ``9:30``, ``9h30`` or ``9h``: a wall-clock time to the minute."""
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    text = str(value).strip()
    found = _TIME.fullmatch(text)
    if found is None or int(found.group(1)) > 23 or int(found.group(2) or 0) > 59:
        raise ValidationError("error.slot_bad_time", value=text[:40])
    return time(int(found.group(1)), int(found.group(2) or 0))


def snap(at: datetime, empty: Iterable[SlotTime], platform: str, within: timedelta = SNAP_DISTANCE) -> datetime:
    """Where an idea of ``platform`` dropped at ``at`` goes: the start of the empty slot of that
    platform (``empty``, as :meth:`Slots.empty` gives them) nearest to ``at`` when one starts at
    most ``within`` away on the same day, the earlier of two as near (:func:`nearest_empty`);
    else ``at`` itself. Dropping near a slot is aiming at it; dropping far from any is choosing
    that time."""
    found = nearest_empty(at, empty, platform, within)
    return at if found is None else found.start


def nearest_empty(
    at: datetime, empty: Iterable[SlotTime], platform: str, within: timedelta = SNAP_DISTANCE
) -> SlotTime | None:
    """The empty slot of ``platform`` in ``empty`` nearest to ``at``, starting at most ``within``
    away on the same day (the earlier of two as near); None when no slot is that close.

    Day and distance are read on the wall clock of ``at``'s zone: give ``at`` in the planning
    zone, as the calendar draws it. A slot just past midnight does not catch a drop late the
    evening before, and on the night the clocks change a slot is as far as it looks on screen."""
    if at.tzinfo is None:
        raise TypeError("naive datetime: the core only handles aware ones")
    wanted, wall = platform.strip().casefold(), at.replace(tzinfo=None)
    near: list[tuple[timedelta, datetime, SlotTime]] = []
    for occurrence in empty:
        if occurrence.platform.casefold() != wanted:
            continue
        slot_wall = occurrence.start.astimezone(at.tzinfo).replace(tzinfo=None)
        if slot_wall.date() == wall.date() and abs(slot_wall - wall) <= within:
            near.append((abs(slot_wall - wall), occurrence.start.astimezone(UTC), occurrence))
    return min(near, key=lambda found: found[:2])[2] if near else None


class Slots:
    """The weekly slots of the open plan (``planner.slots``)."""

    def __init__(self, session: Session, reference: ReferenceData, posts: Posts) -> None:
        self._session = session
        self._reference = reference
        self._posts = posts

    # -- reading ----------------------------------------------------------------

    def slots(self, platform: str | None = None) -> list[Slot]:
        """The slots of ``platform`` (every platform's when None), by platform, weekday and time."""
        with self._session.reading():
            query = db.Slot.select(db.Slot, db.Platform).join(db.Platform)
            if platform is not None:
                query = query.where(db.Slot.platform == self._reference.platform_row(platform).id)
            rows = query.order_by(db.Platform.name, db.Slot.weekday, db.Slot.minute)
            return [_slot(row) for row in rows]

    def get_slot(self, slot_id: int) -> Slot:
        with self._session.reading():
            row = self._row(slot_id)
            return _slot(row)

    def occurrences(self, start: datetime, end: datetime, platforms: Collection[str] | None = None) -> list[SlotTime]:
        """The slots' occurrences starting in [``start``, ``end``), of ``platforms`` (all when
        None or empty), in time order, then by platform name."""
        slots = self._of(platforms)
        if not slots:
            return []
        tz = zone(self._session.planning_zone)
        by_day: dict[int, list[Slot]] = {}
        for slot in slots:
            by_day.setdefault(slot.weekday, []).append(slot)
        found: list[SlotTime] = []
        day: date = start.astimezone(tz).date() - timedelta(days=1)
        last: date = end.astimezone(tz).date() + timedelta(days=1)
        while day <= last:
            for slot in by_day.get(day.weekday(), ()):
                at = weekly_instant(day, slot.at, tz)
                if start <= at < end:
                    found.append(SlotTime(slot, at))
            day += timedelta(days=1)
        found.sort(key=lambda occurrence: (occurrence.start, occurrence.platform.casefold(), occurrence.slot.id))
        return found

    def empty(self, start: datetime, end: datetime, platforms: Collection[str] | None = None) -> list[SlotTime]:
        """The occurrences of :meth:`occurrences` no post holds: no dated post on the slot's
        platform (ideas and cancelled posts aside) overlaps the hour from its start."""
        occurrences = self.occurrences(start, end, platforms)
        if not occurrences:
            return []
        names = sorted({o.platform for o in occurrences})
        query = PostQuery(start - _LONGEST_POST, end + SLOT_LENGTH, tuple(names))
        taken: dict[str, list[tuple[datetime, datetime]]] = {}
        for post in self._posts.list_posts(query):
            if post.start is not None and post.end is not None and post.status.counts_in_balance:
                taken.setdefault(post.platform.casefold(), []).append((post.start, post.end))
        return [
            o
            for o in occurrences
            if not any(s < o.start + SLOT_LENGTH and o.start < e for s, e in taken.get(o.platform.casefold(), ()))
        ]

    def times(self, platform: str | None, start: datetime, end: datetime) -> list[datetime]:
        """The starts of the slots of ``platform`` (every platform's when None) in [start, end):
        the hook :class:`planner.new_posts.NewPostPlaces` puts a new post in first."""
        return [o.start for o in self.occurrences(start, end, None if platform is None else (platform,))]

    # -- writing ----------------------------------------------------------------

    def add_slot(self, platform: str, day: str | int, at: str | time, side: str | Side | None = None) -> Slot:
        """A new slot of ``platform`` on ``day`` at ``at`` (planning zone) for ``side`` (None:
        any). A platform has one slot at a given weekday and time."""
        weekday = parse_weekday(day)
        wall = parse_slot_time(at)
        clean_side = None if side is None or str(side).strip() == "" else _slot_side(side)
        with self._session.writing() as tx:
            platform_row = self._reference.platform_row(platform)
            minute = wall.hour * 60 + wall.minute
            if (
                db.Slot.select()
                .where(
                    (db.Slot.platform == platform_row.id) & (db.Slot.weekday == weekday) & (db.Slot.minute == minute)
                )
                .exists()
            ):
                raise ValidationError(
                    "error.slot_exists",
                    platform=platform_row.name,
                    day=Term(f"slot.day.{WEEKDAYS[weekday]}"),
                    time=f"{wall:%H:%M}",
                )
            row = db.Slot.create(
                platform=platform_row.id,
                weekday=weekday,
                minute=minute,
                side=None if clean_side is None else clean_side.value,
                created_at=tx.now_ts,
                created_by=tx.who,
            )
            summary = {
                "platform": platform_row.name,
                "day": WEEKDAYS[weekday],
                "time": f"{wall:%H:%M}",
                "side": None if clean_side is None else clean_side.value,
            }
            self._session.audit(tx, ChangeKind.CREATE, Entity.SLOT, row.id, summary)
            return _slot(db.Slot.select(db.Slot, db.Platform).join(db.Platform).where(db.Slot.id == row.id).get())

    def remove_slot(self, slot_id: int) -> Slot:
        """Remove the slot ``slot_id``; returns it as it was (adding it back undoes it)."""
        with self._session.writing() as tx:
            slot = _slot(self._row(slot_id))
            db.Slot.delete_by_id(slot.id)
            summary = {
                "platform": slot.platform,
                "day": slot.day,
                "time": f"{slot.at:%H:%M}",
                "side": None if slot.side is None else slot.side.value,
            }
            self._session.audit(tx, ChangeKind.DELETE, Entity.SLOT, slot.id, summary)
            return slot

    # -- helpers ----------------------------------------------------------------

    def _row(self, slot_id: int) -> db.Slot:
        row = (
            db.Slot.select(db.Slot, db.Platform).join(db.Platform).where(db.Slot.id == slot_id).first()
            if db.storable(slot_id)
            else None
        )
        if row is None:
            raise NotFoundError("error.unknown_slot", id=slot_id)
        return row

    def _of(self, platforms: Collection[str] | None) -> list[Slot]:
        if not platforms:
            return self.slots()
        wanted = {name.strip().casefold() for name in platforms}
        return [slot for slot in self.slots() if slot.platform.casefold() in wanted]


def _slot(row: db.Slot) -> Slot:
    return Slot(
        id=row.id,
        platform=row.platform.name,
        weekday=row.weekday,
        at=time(row.minute // 60, row.minute % 60),
        side=None if row.side is None else Side(row.side),
        version=row.version,
    )


def _slot_side(side: str | Side) -> Side:
    """A slot's side; a wrong one is said with every side a slot may have, "any" included."""
    try:
        return check.side(side)
    except ValidationError:
        raise ValidationError("error.slot_bad_side", value=str(side)[:40]) from None
