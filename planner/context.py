"""Context calendars: imported calendars shown behind the plan, read-only.

Holidays, launches, industry days: a team plans around them but never edits
them. Each imported calendar can be hidden or removed as a whole; importing a
calendar again under the same name replaces its events. Repeating events are
stored once, with their rule, and expanded over the range a view asks for
(:mod:`planner.recurrence`).
"""

from __future__ import annotations

import calendar as _calendar
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import cast

import peewee as pw

from planner import validation as check
from planner.errors import NotFoundError
from planner.model import Change, ChangeKind, Entity
from planner.recurrence import Moment, Recurrence, last_end, spans
from planner.session import Session
from planner.storage import models as db
from planner.timezones import day_start, from_timestamp, timestamp, zone

CONTEXT_COLOURS = ("#90A4AE", "#A1887F", "#9FA8DA", "#80CBC4", "#CE93D8", "#BCAAA4", "#B0BEC5")
"""Muted colours for the background layer, given in turn to new calendars."""

SHOWN_PER_EVENT = 2_000
"""The most occurrences of one event a range gives: a month of an hourly event fits."""
SHOWN_AT_MOST = 10_000
"""The most occurrences a range gives in all, whatever the calendars hold."""

# Stored all-day dates are UTC midnights; a day lies within 14 hours of it in
# any zone, so reads widen their range by more than that.
_MARGIN = 2 * 24 * 3600


@dataclass(frozen=True, slots=True)
class ContextCalendar:
    """An imported calendar: its name, colour, whether it shows, and where it came from."""

    id: int
    name: str
    colour: str
    visible: bool
    source: str
    event_count: int
    imported_at: datetime


@dataclass(frozen=True, slots=True)
class ContextEvent:
    """One occurrence of a context event, ready to draw.

    A timed event's ``start`` and ``end`` are aware, in its own zone (UTC when
    the file gave none); an all-day event's are dates, ``end`` excluded.
    """

    calendar_id: int
    calendar: str
    colour: str
    uid: str
    summary: str
    description: str
    location: str
    start: datetime | date
    end: datetime | date
    all_day: bool
    timezone: str | None


@dataclass(frozen=True, slots=True)
class ContextEventData:
    """An event to store in a context calendar, as an import read it.

    ``start`` and ``end`` are aware datetimes in ``timezone`` (None: UTC), or
    dates for an all-day event (``end`` excluded).
    """

    uid: str
    summary: str
    start: datetime | date
    end: datetime | date
    timezone: str | None = None
    description: str = ""
    location: str = ""
    recurrence: Recurrence = field(default_factory=Recurrence)
    status: str = ""

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)


@dataclass(frozen=True, slots=True)
class ContextSaved:
    """What saving a context calendar did: the calendar, and how many events it replaced (None: it is new)."""

    calendar: ContextCalendar
    replaced: int | None
    change: Change


class ContextCalendars:
    """The context calendars of the open plan (``planner.context``)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    # -- reading ------------------------------------------------------------

    def context_calendars(self) -> list[ContextCalendar]:
        """Every context calendar, by name."""
        with self._session.reading():
            grouped = (
                db.ContextEvent.select(db.ContextEvent.calendar, pw.fn.COUNT(db.ContextEvent.id))
                .group_by(db.ContextEvent.calendar)
                .tuples()
            )
            counts = {int(calendar): int(count) for calendar, count in cast(Iterable[tuple[int, int]], grouped)}
            rows = sorted(db.ContextCalendar.select(), key=lambda row: row.name.casefold())
            return [_calendar_of(row, counts.get(row.id, 0)) for row in rows]

    def context_calendar(self, name: str) -> ContextCalendar:
        """The context calendar called ``name`` (letter case aside)."""
        with self._session.reading():
            row = self._context_row(name)
            return _calendar_of(row, _count(row.id))

    def context_events(self, start: datetime, end: datetime, *, visible_only: bool = True) -> list[ContextEvent]:
        """The occurrences overlapping [start, end), repeats expanded, sorted by start.

        All-day events are placed on their days in the planning zone; with
        ``visible_only`` (the views' case), hidden calendars are left out.
        Only the range is expanded, and a range gives at most
        :data:`SHOWN_PER_EVENT` occurrences of one event and
        :data:`SHOWN_AT_MOST` in all: a calendar repeating every second shows
        its first ones instead of freezing the view.
        """
        if start.tzinfo is None or end.tzinfo is None:
            raise TypeError("naive datetime: the core only handles aware ones")
        if end <= start:
            return []
        zone_name = self._session.planning_zone
        low, high = timestamp(start), timestamp(end)
        with self._session.reading():
            query = (
                db.ContextEvent.select(db.ContextEvent, db.ContextCalendar)
                .join(db.ContextCalendar)
                .where(
                    (db.ContextEvent.start_ts < high + _MARGIN)
                    & (db.ContextEvent.until_ts.is_null() | (db.ContextEvent.until_ts > low - _MARGIN))
                )
            )
            if visible_only:
                query = query.where(db.ContextCalendar.visible == True)  # noqa: E712 - SQL comparison
            rows = list(query)
        found: list[tuple[tuple[datetime, int, str, str], ContextEvent]] = []
        # All-day events are found by days of the planning zone, then kept if their days overlap the range.
        first_day = start.astimezone(zone(zone_name)).date()
        last_day = end.astimezone(zone(zone_name)).date() + timedelta(days=1)
        left = SHOWN_AT_MOST
        for row in rows:
            if left <= 0:
                break  # a wall of repeats already fills the range: the rest would not be readable
            first, length = _first_of(row)
            recurrence = _recurrence_of(row)
            cap = min(left, SHOWN_PER_EVENT)
            if row.all_day:
                for day, until in spans(first, length, recurrence, first_day, last_day, limit=cap):
                    assert isinstance(day, date) and isinstance(until, date)
                    begins = day_start(day, zone_name)
                    if begins < end and day_start(until, zone_name) > start:
                        event = _event_of(row, day, until)
                        found.append(((begins, 0, row.calendar.name.casefold(), row.summary), event))
                        left -= 1
            else:
                for moment, until in spans(first, length, recurrence, start, end, limit=cap):
                    assert isinstance(moment, datetime)
                    event = _event_of(row, moment, until)
                    found.append(((moment, 1, row.calendar.name.casefold(), row.summary), event))
                    left -= 1
        found.sort(key=lambda pair: pair[0])
        return [event for _, event in found]

    def _context_row(self, name: str) -> db.ContextCalendar:
        row = _named(name)
        if row is None:
            known = ", ".join(sorted((r.name for r in db.ContextCalendar.select()), key=str.casefold))
            raise NotFoundError("error.context_not_found", name=name[:60], known=known or "—")
        return row

    # -- writing ------------------------------------------------------------

    def save_context_calendar(
        self,
        name: str,
        events: Iterable[ContextEventData],
        *,
        source: str,
        colour: str | None = None,
    ) -> ContextSaved:
        """Store a calendar's events in one transaction.

        A calendar already called ``name`` (letter case aside) has its events
        replaced, keeping its colour (unless one is given) and visibility.
        ``events`` may be a generator: they are read once, as they are stored.
        """
        clean_name = check.name(name, what="context_calendar")
        clean_colour = check.colour(colour) if colour else None
        source_name = " ".join(source.split())[:255]
        with self._session.writing() as tx:
            row = _named(clean_name)
            replaced: int | None = None
            if row is None:
                count = db.ContextCalendar.select().count()
                row = db.ContextCalendar.create(
                    name=clean_name,
                    colour=clean_colour or CONTEXT_COLOURS[count % len(CONTEXT_COLOURS)],
                    visible=True,
                    source=source_name,
                    imported_at=tx.now_ts,
                    imported_by=tx.who,
                )
                kind = ChangeKind.CREATE
            else:
                replaced = db.ContextEvent.delete().where(db.ContextEvent.calendar == row.id).execute()
                changes: dict[str, object] = {"source": source_name, "imported_at": tx.now_ts, "imported_by": tx.who}
                if clean_colour:
                    changes["colour"] = clean_colour
                db.ContextCalendar.update(**changes).where(db.ContextCalendar.id == row.id).execute()
                kind = ChangeKind.EDIT
            # Rows are made and written 500 at a time: a big calendar never has all its rows in memory.
            stored = 0
            for chunk in _chunks(events, 500):
                _insert_rows([{"calendar": row.id, **_stored(event)} for event in chunk])
                stored += len(chunk)
            summary = {"name": row.name, "source": source_name, "events": stored, "replaced": replaced}
            self._session.audit(tx, kind, Entity.CONTEXT, row.id, summary)
            saved = _calendar_of(db.ContextCalendar.get_by_id(row.id), stored)
            return ContextSaved(saved, replaced, Change(tx.revision, kind, Entity.CONTEXT, (row.id,)))

    def set_context_visible(self, calendar_id: int, visible: bool) -> Change:
        """Show or hide a context calendar in the views."""
        with self._session.writing() as tx:
            row = self._context_by_id(calendar_id)
            if bool(row.visible) != visible:
                db.ContextCalendar.update(visible=visible).where(db.ContextCalendar.id == row.id).execute()
                self._session.audit(tx, ChangeKind.EDIT, Entity.CONTEXT, row.id, {"name": row.name, "visible": visible})
            return Change(tx.revision, ChangeKind.EDIT, Entity.CONTEXT, (row.id,))

    def remove_context_calendar(self, calendar_id: int) -> Change:
        """Remove a context calendar and its events; the plan's posts are not touched."""
        with self._session.writing() as tx:
            row = self._context_by_id(calendar_id)
            events = _count(row.id)
            row.delete_instance()  # its events go with it (ON DELETE CASCADE)
            self._session.audit(tx, ChangeKind.DELETE, Entity.CONTEXT, row.id, {"name": row.name, "events": events})
            return Change(tx.revision, ChangeKind.DELETE, Entity.CONTEXT, (row.id,))

    def _context_by_id(self, calendar_id: int) -> db.ContextCalendar:
        row = db.ContextCalendar.get_or_none(db.ContextCalendar.id == calendar_id)
        if row is None:
            raise NotFoundError("error.context_id_not_found", id=calendar_id)
        return row


def _named(name: str) -> db.ContextCalendar | None:
    """The calendar called ``name``: NOCASE folds ASCII only, so compare casefolded too."""
    clean = " ".join(name.split())
    row = db.ContextCalendar.get_or_none(db.ContextCalendar.name == clean)
    if row is None:
        folded = clean.casefold()
        row = next((other for other in db.ContextCalendar.select() if other.name.casefold() == folded), None)
    return row


def _chunks(events: Iterable[ContextEventData], size: int) -> Iterator[list[ContextEventData]]:
    chunk: list[ContextEventData] = []
    for event in events:
        chunk.append(event)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _insert_rows(rows: list[dict[str, object]]) -> None:
    """Insert rows of one shape with one statement prepared once (``executemany``).

    peewee's ``insert_many`` builds the SQL of every value in Python: for a
    calendar of tens of thousands of events that took most of the import.
    """
    if not rows:
        return
    database = db.ContextEvent._meta.database
    fields = db.ContextEvent._meta.fields
    names = list(rows[0])
    columns = ", ".join(f'"{fields[name].column_name}"' for name in names)
    marks = ", ".join([database.param] * len(names))
    sql = f'INSERT INTO "{db.ContextEvent._meta.table_name}" ({columns}) VALUES ({marks})'  # noqa: S608 - the model's own names; values are bound
    values = [[fields[name].db_value(row[name]) for name in names] for row in rows]
    database.cursor().executemany(sql, values)


def _count(calendar_id: int) -> int:
    return int(db.ContextEvent.select().where(db.ContextEvent.calendar == calendar_id).count())


def _calendar_of(row: db.ContextCalendar, count: int) -> ContextCalendar:
    return ContextCalendar(
        id=row.id,
        name=row.name,
        colour=row.colour,
        visible=bool(row.visible),
        source=row.source,
        event_count=count,
        imported_at=from_timestamp(row.imported_at, "UTC"),
    )


def _day_ts(day: date) -> int:
    return _calendar.timegm(day.timetuple())


def _ts(moment: Moment) -> int:
    return timestamp(moment) if isinstance(moment, datetime) else _day_ts(moment)


def _stored(event: ContextEventData) -> dict[str, object]:
    """The stored row of one event."""
    if isinstance(event.start, datetime) != isinstance(event.end, datetime):
        raise TypeError("an event starts and ends with the same kind of value: two dates or two datetimes")
    if isinstance(event.start, datetime) and event.start.tzinfo is None:
        raise TypeError("naive datetime: the core only handles aware ones")
    length = _length(event.start, event.end)
    ends = last_end(event.start, length, event.recurrence) if event.recurrence.repeats else event.end
    return {
        "uid": event.uid,
        "summary": event.summary,
        "description": event.description,
        "location": event.location,
        "all_day": event.all_day,
        "start_ts": _ts(event.start),
        "end_ts": _ts(event.end),
        "until_ts": None if ends is None else _ts(ends),
        "timezone": event.timezone,
        "rrule": _rules_text(event.recurrence.rules),
        "exdates": json.dumps(list(event.recurrence.exdates)),
        "rdates": json.dumps(list(event.recurrence.rdates)),
        "status": event.status,
    }


def _length(start: Moment, end: Moment) -> timedelta:
    if isinstance(start, datetime) and isinstance(end, datetime):
        return max(end.astimezone(UTC) - start.astimezone(UTC), timedelta(0))
    assert not isinstance(start, datetime) and not isinstance(end, datetime)
    return max(end - start, timedelta(days=1))


def _first_of(row: db.ContextEvent) -> tuple[Moment, timedelta]:
    """The stored first occurrence and the length of every occurrence."""
    if row.all_day:
        first = datetime.fromtimestamp(row.start_ts, UTC).date()
        last = datetime.fromtimestamp(row.end_ts, UTC).date()
        return first, max(last - first, timedelta(days=1))
    start = from_timestamp(row.start_ts, row.timezone or "UTC")
    return start, timedelta(seconds=max(row.end_ts - row.start_ts, 0))


def _rules_text(rules: tuple[str, ...]) -> str | None:
    """The ``rrule`` column: one rule as its text (as ever), several as a JSON list of texts.

    A rule never starts with ``[``, so both read back unambiguously, and rows
    stored before several rules were kept read as they always did.
    """
    if not rules:
        return None
    return rules[0] if len(rules) == 1 else json.dumps(list(rules))


def _recurrence_of(row: db.ContextEvent) -> Recurrence:
    text: str | None = row.rrule
    rules: tuple[str, ...] = tuple(json.loads(text)) if text and text.startswith("[") else (text,) if text else ()
    return Recurrence(
        rule=rules[0] if rules else None,
        exdates=tuple(json.loads(row.exdates)),
        rdates=tuple(json.loads(row.rdates)),
        more_rules=rules[1:],
    )


def _event_of(row: db.ContextEvent, start: Moment, end: Moment) -> ContextEvent:
    return ContextEvent(
        calendar_id=row.calendar.id,
        calendar=row.calendar.name,
        colour=row.calendar.colour,
        uid=row.uid,
        summary=row.summary,
        description=row.description,
        location=row.location,
        start=start,
        end=end,
        all_day=bool(row.all_day),
        timezone=row.timezone,
    )
