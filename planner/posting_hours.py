"""Posting hours: when in the day suggestions may put posts, and where a new post starts."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from planner.errors import ValidationError
from planner.model import ChangeKind, Entity
from planner.session import Session
from planner.storage import models as db
from planner.timezones import localize, zone


class PostingHours:
    """The plan's posting hours (``planner.posting_hours``).

    Calling it gives them, as ``planner.posting_hours()`` always did.
    """

    def __init__(self, session: Session) -> None:
        self._session = session

    def __call__(self) -> tuple[int, int]:
        """:meth:`get`."""
        return self.get()

    def get(self) -> tuple[int, int]:
        """Minutes after local midnight between which suggestions may put posts."""
        with self._session.reading():
            meta = db.Meta.get_by_id(1)
            return int(meta.posting_start), int(meta.posting_end)

    def set(self, start_minute: int, end_minute: int) -> None:
        """New posting hours, in minutes after local midnight (``start_minute`` < ``end_minute``)."""
        if not 0 <= start_minute < end_minute <= 24 * 60:
            raise ValidationError("error.bad_posting_hours")
        with self._session.writing() as tx:
            db.Meta.update(posting_start=start_minute, posting_end=end_minute).where(db.Meta.id == 1).execute()
            self._session.audit(
                tx, ChangeKind.EDIT, Entity.DATABASE, None, {"posting_hours": [start_minute, end_minute]}
            )

    def next_time(self, zone_name: str | None = None) -> datetime:
        """Where a new post starts unless told: the next full hour, within the posting hours,
        in ``zone_name`` (the planning zone's by default). Before them, their start that day;
        from their end, their start the next day. A wall time the clocks skip goes an hour on."""
        tz_name = zone_name or self._session.planning_zone
        first, last = self.get()
        now = self._session.now().astimezone(zone(tz_name))
        wall = now.replace(tzinfo=None, fold=0, minute=0, second=0, microsecond=0) + timedelta(hours=1)
        minute = wall.hour * 60 + wall.minute
        if minute < first or minute >= last:
            day = wall.date() if minute < first else wall.date() + timedelta(days=1)
            wall = datetime.combine(day, time(first // 60, first % 60))
        try:
            return localize(wall, tz_name)
        except ValidationError:
            return localize(wall + timedelta(hours=1), tz_name)
