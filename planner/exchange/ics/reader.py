"""Reading an iCalendar file (RFC 5545) into plain values, checked line by line.

Nothing here touches a database: :func:`read_calendar` either returns every
event of the file, each with its instants and zone settled, or raises one
:class:`CalendarFileError` naming the file, the line and the problem. The
``icalendar`` library parses the values; a first pass of our own over the
lines (:mod:`planner.exchange.ics.lines`) tells where each component and
property is, since the library keeps no line numbers, and finds what it
would let through or report without a line (a file cut short, an event
without a start).

What a calendar app shrugs off is left out instead, and said in a
:class:`FileNote` of the result (an empty RRULE, what follows END:VCALENDAR,
a broken to-do or alarm, a file in Windows-1252 rather than UTF-8…). An
event without UID gets one made of its summary and start (:func:`content_uid`).
"""

from __future__ import annotations

import codecs
import dataclasses
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, cast

import icalendar

from planner.errors import ValidationError
from planner.exchange import matching
from planner.exchange.ics import fields as ics_fields
from planner.exchange.ics.lines import (
    UNREADABLE,
    Block,
    CalendarFileError,
    FileNote,
    first_unreadable,
    kept_text,
    layout_of,
    leave_out_unreadable,
    parsed,
    shown,
)
from planner.exchange.ics.zones import ResolvedZone, ZoneResolver, iana_name
from planner.recurrence import Budget, Recurrence, cut_before, instant_text, onwards, period_text, settle_rule
from planner.timezones import LAST_YEAR, within_years, zone

DIALOGOS_PROPERTIES = (
    ics_fields.X_PLATFORM,
    ics_fields.X_TITLE,
    ics_fields.X_BODY,
    ics_fields.X_CATEGORY,
    ics_fields.X_SIDE,
    ics_fields.X_STATUS,
    ics_fields.X_CAMPAIGN,
    ics_fields.X_AUTHOR,
    ics_fields.X_VERSION,
    ics_fields.X_TIMEZONE,
)
"""The properties that carry a post's own fields in Dialogos' export."""

Progress = Callable[[int, int], None]
"""Told how far a long read is: (events done, events in all)."""
_PROGRESS_EVERY = 250

# RFC 5545 §3.3.11: the only escapes of a TEXT value; any other backslash is itself.
_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")


@dataclass(frozen=True, slots=True)
class ParsedEvent:
    """One ``VEVENT`` as Dialogos keeps it.

    ``start`` and ``end`` are aware datetimes in ``timezone`` (None: UTC), or
    dates for an all-day event (``end`` excluded). ``recurrence_id`` marks an
    occurrence of a repeating event changed on its own (the occurrence it
    replaces, stored as in :mod:`planner.recurrence`); the repeating event's
    own dates then skip it. ``dialogos`` holds the ``X-DIALOGOS-*``
    properties present, with their text as the export wrote it (unescaped).
    An event without ``UID`` gets one made of its summary and start
    (:func:`content_uid`), the same at every import of the file.
    """

    uid: str
    line: int
    summary: str
    start: datetime | date
    end: datetime | date
    timezone: str | None = None
    description: str = ""
    location: str = ""
    url: str = ""
    status: str = ""
    recurrence: Recurrence = field(default_factory=Recurrence)
    recurrence_id: str | None = None
    dialogos: Mapping[str, str] = field(default_factory=dict)
    this_and_future: bool = False
    """The change at ``recurrence_id`` applies to the later occurrences too (``RANGE=THISANDFUTURE``)."""

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)

    @property
    def cancelled(self) -> bool:
        return self.status.upper() == "CANCELLED"


@dataclass(frozen=True, slots=True)
class ParsedCalendar:
    """A whole file: where it came from, the name it gives itself (``X-WR-CALNAME``), its events."""

    source: str
    name: str | None
    events: tuple[ParsedEvent, ...]
    followups: int = 0
    """Reply windows of Dialogos follow-ups the file holds, left out of :attr:`events`."""
    notes: tuple[FileNote, ...] = ()
    """What was left out or read its own way, in the file's order (an empty RRULE, a trailing line…)."""


# -- reading -------------------------------------------------------------------------


def read_calendar(
    data: bytes, *, source: str, floating_zone: str = "UTC", progress: Progress | None = None
) -> ParsedCalendar:
    """Parse and check an iCalendar file; raises :class:`CalendarFileError` on the first problem.

    ``source`` names the file in messages. Times without a zone ("floating")
    are read in the file's ``X-WR-TIMEZONE``, else in ``floating_zone`` (the
    planning zone, for the command line and the app). ``progress``, if given,
    is called with the events read so far and the events in the file, now
    and then (the app's progress bar).
    """
    _check_event_count(data, source)
    text, decoding = _decoded(data, source)
    layout = layout_of(text, source)
    if layout.problems:
        line, key, params = min(layout.problems, key=lambda p: p[0])
        raise CalendarFileError(source, line, key, more=len(layout.problems) - 1, **params)
    try:
        calendars = parsed(_parsed_part(kept_text(text, layout), source))
    except UNREADABLE:
        # The library refuses a whole file for a value it cannot read in a to-do or an alarm
        # (in an event it keeps it aside): those components are left out, and the file read again.
        leave_out_unreadable(text, layout)
        try:
            calendars = parsed(_parsed_part(kept_text(text, layout), source))
        except UNREADABLE:
            unreadable = first_unreadable(text, layout)
            if unreadable is None:
                raise CalendarFileError(source, None, "error.ics_unreadable") from None
            raise CalendarFileError(
                source, unreadable[0], "error.ics_unreadable_line", text=shown(unreadable[1])
            ) from None
    components = [event for cal in calendars for event in cal.walk("VEVENT")]
    if len(components) != len(layout.events):  # pragma: no cover - both passes read the same lines
        raise CalendarFileError(source, None, "error.ics_unreadable")
    reader = _Reader(source, calendars, floating_zone)
    # A follow-up's reply window (Dialogos' own export with --followups) is no event of its own:
    # it comes back with its post, never as a post or a context event.
    pairs = [
        (component, block)
        for component, block in zip(components, layout.events, strict=True)
        if not ics_fields.is_followup_uid(str(component.get("UID", "")))
    ]
    events: list[ParsedEvent | None] = []
    for component, block in pairs:
        events.append(reader.event(cast(icalendar.Event, component), block))
        if progress is not None and (len(events) % _PROGRESS_EVERY == 0 or len(events) == len(pairs)):
            progress(len(events), len(pairs))
    if reader.problems:
        line, key, params = reader.problems[0]
        raise CalendarFileError(source, line, key, more=len(reader.problems) - 1, **params)
    name = next((_text(cal, "X-WR-CALNAME").strip() or _text(cal, "NAME").strip() for cal in calendars), "")
    return ParsedCalendar(
        source=source,
        name=name or None,
        events=_with_overrides(events),
        followups=len(components) - len(pairs),
        notes=tuple(sorted((*decoding, *layout.notes, *reader.notes()), key=lambda note: note.line or 0)),
    )


MAX_EVENTS = 10_000
"""The most events one file may hold: years of a busy calendar (a holiday feed
holds hundreds). Past it a file is refused before it is parsed, in a fraction
of a second: parsing costs about half a millisecond an event, so a 20 MB file
of tiny events (over 300 000) took minutes and most of a gigabyte, while
10 000 events import in a few seconds (``benchmarks/bench_ics_import.py``)."""

MAX_PARSED_BYTES = 4 * 1024 * 1024
"""The most calendar text parsed, once the properties Dialogos never reads are
set aside: the parser reads about two megabytes a second. A file of long
descriptions past it is refused at once; Outlook's inline attachments and HTML
copies of descriptions, which make most big real files big, are not counted."""

# Properties never read, often huge: attachments inline in base64 (Outlook,
# Exchange), the HTML copy of a description (Outlook's X-ALT-DESC), pictures,
# meeting attendees by the hundred. Set aside before parsing, with their folded lines.
_UNREAD = re.compile(r"(?im)^(?:ATTACH|IMAGE|X-ALT-DESC|ATTENDEE)[;:][^\r\n]*(?:\r?\n[ \t][^\r\n]*)*(?:\r?\n|$)")

_EVENT_BEGIN = re.compile(rb"(?im)^[ \t]*BEGIN[ \t]*:[ \t]*VEVENT[ \t]*\r?$")


def _check_event_count(data: bytes, source: str) -> None:
    """Refuse a file of more than :data:`MAX_EVENTS` events, counted in the bytes before any parsing."""
    count = sum(1 for _ in _EVENT_BEGIN.finditer(data))
    if count > MAX_EVENTS:
        raise CalendarFileError(source, None, "error.ics_too_many_events", count=count, limit=MAX_EVENTS)


def _parsed_part(text: str, source: str) -> str:
    """The text the parser reads: the file without the properties Dialogos never reads,
    refused when it is still more than :data:`MAX_PARSED_BYTES`."""
    kept = _UNREAD.sub("", text)
    if len(kept) > MAX_PARSED_BYTES:
        size, limit = round(len(kept) / (1024 * 1024), 1), MAX_PARSED_BYTES // (1024 * 1024)
        raise CalendarFileError(source, None, "error.ics_too_much_text", size=size, limit=limit)
    return kept


_CALENDAR_START = re.compile(rb"\s*BEGIN:VCALENDAR\s*$", re.IGNORECASE | re.MULTILINE)


def _decoded(data: bytes, source: str) -> tuple[str, tuple[FileNote, ...]]:
    """The file's text, and a note naming the lines that were not UTF-8 (as RFC 5545 says) but read as
    Windows-1252.

    Older Windows apps (Outlook 2003 is the one most reported) save a calendar
    in Windows' own code page on a Western machine, so its accented letters
    are single bytes that are not UTF-8; a calendar pasted together from such a
    file and a newer one is half and half. A file that starts like a calendar
    is read line by line, UTF-8 where a line is, Windows-1252 elsewhere, with a
    note (a wrong letter is easier to fix than a refused file); any other file
    that is not UTF-8 is refused, as it is most likely not a calendar at all.
    Windows' "Unicode" saves (Notepad, some export tools) are UTF-16 with a byte
    order mark: read as such.
    """
    if not data.strip():
        raise CalendarFileError(source, None, "error.ics_empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")  # the mark says which byte order
        except UnicodeDecodeError:
            raise CalendarFileError(source, None, "error.ics_bad_utf16") from None
        if "\x00" in text:
            raise CalendarFileError(source, None, "error.ics_binary")
        _check_event_count(text.encode("utf-8"), source)  # the count before decoding saw no UTF-8 bytes
        return text, ()
    if b"\x00" in data:
        raise CalendarFileError(source, None, "error.ics_binary")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as exc:
        if not _CALENDAR_START.match(data.removeprefix(codecs.BOM_UTF8), 0, 64 * 1024):
            line = data[: exc.start].count(b"\n") + 1
            raise CalendarFileError(source, line, "error.ics_not_utf8") from None
    return _decoded_by_line(data.removeprefix(codecs.BOM_UTF8), source)


_NAMED_LINES = 5
"""Lines read as Windows-1252 a note names; the others are counted."""


def _decoded_by_line(data: bytes, source: str) -> tuple[str, tuple[FileNote, ...]]:
    """A file that is not all UTF-8, each line read as UTF-8 when it is, else as Windows-1252.

    A line break is the same byte in both and never inside a character, so a
    line is a whole unit either way; the note names the Windows-1252 lines."""
    parts: list[str] = []
    ansi: list[int] = []
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        try:
            parts.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                parts.append(line.decode("cp1252"))
            except UnicodeDecodeError:  # five bytes mean nothing in Windows-1252 either
                raise CalendarFileError(source, number, "error.ics_neither_utf8_nor_ansi") from None
            ansi.append(number)
    if len(ansi) == 1:
        return "".join(parts), (FileNote(ansi[0], "ics_import.note_windows_1252"),)
    named = ", ".join(str(number) for number in ansi[:_NAMED_LINES])
    key = "ics_import.note_windows_1252_lines" if len(ansi) <= _NAMED_LINES else "ics_import.note_windows_1252_more"
    params = {"lines": named, "more": len(ansi) - _NAMED_LINES}
    return "".join(parts), (FileNote(ansi[0], key, params),)


def _with_overrides(events: list[ParsedEvent | None]) -> tuple[ParsedEvent, ...]:
    """Every event, a repeating one skipping the occurrences changed on their own."""
    kept = _this_and_future([event for event in events if event is not None])
    changed: dict[str, list[str]] = {}
    for event in kept:
        if event.recurrence_id is not None:
            changed.setdefault(event.uid, []).append(event.recurrence_id)
    result = []
    for event in kept:
        skip = changed.get(event.uid) if event.recurrence_id is None and event.recurrence.repeats else None
        if skip:
            recurrence = event.recurrence
            exdates = tuple(dict.fromkeys((*recurrence.exdates, *skip)))
            event = dataclasses.replace(event, recurrence=Recurrence(recurrence.rule, exdates, recurrence.rdates))
        result.append(event)
    return tuple(result)


def _this_and_future(events: list[ParsedEvent]) -> list[ParsedEvent]:
    """A change "this and future" (``RECURRENCE-ID;RANGE=THISANDFUTURE``, as Evolution,
    Lotus Notes and some CalDAV servers write) splits its series in two: the series ends
    before it, and the changed event repeats from there on, every occurrence moved as
    that one was. Later changes apply in turn, each to the part it falls in."""
    changes = sorted(
        (event for event in events if event.this_and_future and event.recurrence_id is not None),
        key=lambda event: (event.uid, _order(event.recurrence_id or "")),
    )
    if not changes:
        return events
    result = [event for event in events if not (event.this_and_future and event.recurrence_id is not None)]
    for change in changes:
        at = change.recurrence_id
        assert at is not None
        series = [
            index
            for index, event in enumerate(result)
            if event.uid == change.uid
            and event.recurrence_id is None
            and event.recurrence.repeats
            and _order(_stored_text(event.start)) <= _order(at)
        ]
        if not series:  # no series to change (or it is not in the file): the change stands on its own
            result.append(change)
            continue
        index = max(series, key=lambda i: _order(_stored_text(result[i].start)))
        parent = result[index]
        recurrence = change.recurrence
        if not recurrence.repeats:  # the usual case: the change carries no rule of its own
            recurrence = onwards(parent.start, parent.recurrence, at, change.start)
        following = dataclasses.replace(change, recurrence=recurrence, recurrence_id=None, this_and_future=False)
        before = cut_before(parent.start, parent.recurrence, at)
        if before is None:
            result[index] = following
        else:
            result[index] = dataclasses.replace(parent, recurrence=before)
            result.append(following)
    return result


def _stored_text(moment: datetime | date) -> str:
    return instant_text(moment) if isinstance(moment, datetime) else moment.isoformat()


def _order(text: str) -> str:
    """A stored day or instant as a text that sorts by time (a day before the instants of its day)."""
    return text if len(text) > 10 else text + "T"


class _Problem(Exception):
    """A problem in one event; ``where`` is the property it is in (None: the event as a whole),
    ``line`` its line when known better than by the property's first line."""

    def __init__(self, where: str | None, key: str, /, **params: object) -> None:
        super().__init__(key)
        self.where = where
        self.key = key
        self.line: int | None = None
        self.params = params


def _unreadable(component: icalendar.Event, block: Block, prop: str | None) -> _Problem:
    """The refusal of a value the library could not read, quoting it as written, with its own line.

    A property given several times (RDATE, EXDATE) is named by the line of the
    occurrence that is broken, not the first one.
    """
    if prop is None:  # a line the first pass let through and the library could not split
        return _Problem(None, "error.ics_unreadable_event")
    found = component.get(prop)
    values = found if isinstance(found, list) else [found]
    lines = block.lines_of(prop.upper())
    for index, value in enumerate(values):
        if isinstance(value, icalendar.prop.vBroken):
            problem = _Problem(prop, "error.ics_bad_value", prop=prop, value=shown(str(value), 60))
            problem.line = lines[index] if index < len(lines) else None
            return problem
    return _Problem(prop, "error.ics_bad_value", prop=prop, value=shown(_written(values[0]), 60))


def _written(value: Any) -> str:
    """A property's value as the file has it, as near as the library gives it back."""
    if hasattr(value, "to_ical"):
        raw = value.to_ical()
        return raw.decode(errors="replace") if isinstance(raw, bytes) else str(raw)
    return str(value)


def content_uid(summary: str, start: datetime | date, recurrence_id: Any = None) -> str:
    """A ``UID`` for an event that has none: made of its summary and start (and the occurrence it
    changes), so importing the same file again finds the same events and duplicates none.

    Context calendars need no UID; posts do, and the import makes a post's uid
    of this one with the platform, as for any other event (:mod:`planner.exchange.matching`).
    """
    return matching.content_uid(summary, start, _written(recurrence_id) if recurrence_id is not None else "")


class _Reader:
    """Turns each VEVENT into a :class:`ParsedEvent`, collecting problems with their lines."""

    def __init__(self, source: str, calendars: list[icalendar.Calendar], floating_zone: str) -> None:
        self.source = source
        self.problems: list[tuple[int, str, dict[str, object]]] = []
        # Occurrences read to settle the file's COUNTs, for the whole file: its reading time is bounded.
        self.budget = Budget()
        definitions: dict[str, tzinfo] = {}
        declared: str | None = None
        for cal in calendars:
            for vtimezone in cal.walk("VTIMEZONE"):
                try:
                    definitions[str(vtimezone["TZID"])] = cast(icalendar.Timezone, vtimezone).to_tz(lookup_tzid=False)
                except (KeyError, ValueError, TypeError, AttributeError):
                    continue  # a zone definition we cannot read: its TZID will be unknown if used
            declared = declared or iana_name(str(cal.get("X-WR-TIMEZONE", "")).strip())
        self.zones = ZoneResolver(definitions)
        # Floating times mean the file's own zone when it says one (Google, Apple).
        self.floating = declared or floating_zone
        zone(self.floating)
        self._declared = declared
        self._calendars = calendars
        self._home: str | None = None
        self._without_uid: list[int] = []

    def notes(self) -> list[FileNote]:
        """The events without UID, in one note: a re-import knows them by their summary and start."""
        if not self._without_uid:
            return []
        count = len(self._without_uid)
        return [FileNote(self._without_uid[0], "ics_import.note_no_uid", {"count": count})]

    def home(self, year: int) -> str:
        """The file's own zone, where an all-day event's day is read from an instant: ``X-WR-TIMEZONE``,
        else the one zone a file uses (Outlook ends all-day series at a local midnight written in UTC),
        else the zone of floating times."""
        if self._home is None:
            used = {str(tzid) for cal in self._calendars for tzid in cal.get_used_tzids()}
            found = self.zones.resolve(used.pop(), year) if len(used) == 1 else None
            self._home = self._declared or (found.name if found else None) or self.floating
        return self._home

    def event(self, component: icalendar.Event, block: Block) -> ParsedEvent | None:
        try:
            return self._event(component, block)
        except _Problem as problem:
            line = problem.line or block.properties.get(problem.where or "", block.line)
            if self.budget.left < 0:  # the file's repeats are too long to read: no use going on
                raise CalendarFileError(self.source, line, problem.key, limit=self.budget.limit) from None
            self.problems.append((line, problem.key, problem.params))
        except ValidationError as error:
            self.problems.append((block.line, error.key, error.params))
        return None

    def _event(self, component: icalendar.Event, block: Block) -> ParsedEvent:
        for prop, _english in component.errors:
            if prop is None or prop.upper() in _USED:
                # The library's own words are English: the message quotes the value as the file has it.
                raise _unreadable(component, block, prop)
        summary = _text(component, "SUMMARY")
        start, zone_name = self._moment(component, "DTSTART")
        uid = _text(component, "UID").strip()
        if not uid:
            self._without_uid.append(block.line)
            uid = content_uid(summary, start, component.get("RECURRENCE-ID"))
        end = self._end(component, start, zone_name)
        recurrence = self._recurrence(component, start)
        recurrence_id = None
        this_and_future = False
        if component.get("RECURRENCE-ID") is not None:
            recurrence_id = self._stored_moment(component, "RECURRENCE-ID", start)
            reach = _single(component.get("RECURRENCE-ID")).params.get("RANGE", "")
            this_and_future = str(reach).strip().upper() == "THISANDFUTURE"
        dialogos = {name: _text(component, name) for name in DIALOGOS_PROPERTIES if component.get(name) is not None}
        return ParsedEvent(
            uid=uid,
            line=block.line,
            summary=summary,
            start=start,
            end=end,
            timezone=zone_name,
            description=_text(component, "DESCRIPTION"),
            location=_text(component, "LOCATION"),
            url=_text(component, "URL").strip(),
            status=_text(component, "STATUS").strip().upper(),
            recurrence=recurrence,
            recurrence_id=recurrence_id,
            dialogos=dialogos,
            this_and_future=this_and_future,
        )

    # -- dates and times ---------------------------------------------------------

    def _moment(self, component: icalendar.Event, prop: str) -> tuple[datetime | date, str | None]:
        """A date, or an aware datetime with the IANA zone of its wall-clock time (None: UTC)."""
        value = _single(component.get(prop))
        if value is None:
            raise _Problem(prop, "error.ics_no_start")
        return self._placed(prop, value.dt, value.params.get("TZID"))

    def _placed(self, prop: str, raw: Any, tzid: str | None) -> tuple[datetime | date, str | None]:
        if isinstance(raw, tuple):  # a PERIOD: its start
            raw = raw[0]
        if not isinstance(raw, date):
            raise _Problem(prop, "error.ics_bad_value", prop=prop, value=str(raw)[:60])
        try:
            within_years(raw, raw.isoformat())
        except ValidationError as error:
            raise _Problem(prop, error.key, **error.params) from None
        if not isinstance(raw, datetime):
            return raw, None
        wall = raw.replace(tzinfo=None)
        if tzid:
            found = self.zones.resolve(str(tzid), raw.year)
            if found is None:
                raise _Problem(prop, "error.ics_unknown_zone", zone=str(tzid)[:60])
            return _in_zone(wall, found)
        if raw.tzinfo is not None:
            return raw.astimezone(UTC), None
        return wall.replace(tzinfo=zone(self.floating), fold=0), self.floating

    def _end(self, component: icalendar.Event, start: datetime | date, zone_name: str | None) -> datetime | date:
        if component.get("DTEND") is not None:
            end, _ = self._moment(component, "DTEND")
            if isinstance(end, datetime) != isinstance(start, datetime):
                raise _Problem("DTEND", "error.ics_end_kind")
            if end < start:  # type: ignore[operator]  # both dates or both aware datetimes
                raise _Problem("DTEND", "error.ics_end_before_start")
            return end
        duration = _single(component.get("DURATION"))
        if duration is not None:
            length = duration.dt
            if not isinstance(length, timedelta) or length < timedelta(0):
                raise _Problem("DURATION", "error.ics_bad_value", prop="DURATION", value=shown(_written(duration), 60))
            if not isinstance(start, datetime):
                return start + timedelta(days=max(length.days, 1))
            # Days are calendar days (the same wall-clock time), hours are exact.
            wall = start.replace(tzinfo=None) + timedelta(days=length.days)
            assert start.tzinfo is not None
            placed = wall.replace(tzinfo=start.tzinfo, fold=0).astimezone(UTC) + timedelta(seconds=length.seconds)
            return placed.astimezone(start.tzinfo)
        # RFC 5545: an all-day event without an end lasts its day; a timed one has no length.
        return start if isinstance(start, datetime) else start + timedelta(days=1)

    def _stored_moment(self, component: icalendar.Event, prop: str, start: datetime | date) -> str:
        value = _single(component.get(prop))
        assert value is not None
        return self._as_stored(prop, value.dt, value.params.get("TZID"), start)

    def _as_stored(self, prop: str, raw: Any, tzid: str | None, start: datetime | date) -> str:
        """A date or instant of EXDATE, RDATE or RECURRENCE-ID as :mod:`planner.recurrence` stores it.

        A period (``RDATE;VALUE=PERIOD``, as Exchange and Zimbra write an extra occurrence
        of another length) keeps its own end for a timed event: ``START/END``.
        """
        if isinstance(raw, tuple) and isinstance(start, datetime) and prop == "RDATE":
            return self._period(raw, tzid)
        if isinstance(raw, tuple):
            raw = raw[0]
        if not isinstance(start, datetime):
            # All-day: the day the value names where it was written (Outlook writes local midnights).
            if isinstance(raw, datetime) and raw.tzinfo is not None and not tzid:
                raw = raw.astimezone(zone(self.home(raw.year)))
            if not isinstance(raw, date):
                raise _Problem(prop, "error.ics_bad_value", prop=prop, value=str(raw)[:60])
            day = raw.date() if isinstance(raw, datetime) else raw
            within_years(day, day.isoformat())
            return day.isoformat()
        if not isinstance(raw, datetime) and isinstance(raw, date):
            if prop == "RDATE":  # an extra day of a timed event: at its usual time
                wall = datetime.combine(raw, start.replace(tzinfo=None).time())
                return instant_text(wall.replace(tzinfo=start.tzinfo, fold=0))
            return raw.isoformat()
        moment, _ = self._placed(prop, raw, tzid)
        assert isinstance(moment, datetime)
        return instant_text(moment)

    def _period(self, raw: tuple[Any, Any], tzid: str | None) -> str:
        """A period's start and end (an end, or a length from its start) as stored."""
        begins, _ = self._placed("RDATE", raw[0], tzid)
        if not isinstance(begins, datetime) or not isinstance(raw[1], datetime | timedelta):
            raise _Problem("RDATE", "error.ics_bad_value", prop="RDATE", value=str(raw)[:60])
        if isinstance(raw[1], timedelta):
            ends = begins.astimezone(UTC) + raw[1]
        else:
            placed, _ = self._placed("RDATE", raw[1], tzid)
            assert isinstance(placed, datetime)
            ends = placed
        if ends < begins:
            raise _Problem("RDATE", "error.ics_end_before_start")
        return period_text(begins, ends)

    # -- repeats -----------------------------------------------------------------

    def _recurrence(self, component: icalendar.Event, start: datetime | date) -> Recurrence:
        # Several RRULEs (RFC 2445; Lotus Notes and old Evolution write them): the union of their dates.
        values = component.get("RRULE")
        found = values if isinstance(values, list) else [] if values is None else [values]
        rules = tuple(dict.fromkeys(self._rule(value, start) for value in found))
        exdates = tuple(self._dates(component, "EXDATE", start))
        rdates = tuple(self._dates(component, "RDATE", start))
        return Recurrence(
            rule=rules[0] if rules else None,
            exdates=tuple(dict.fromkeys(exdates)),
            rdates=tuple(dict.fromkeys(rdates)),
            more_rules=rules[1:],
        )

    def _rule(self, value: Any, start: datetime | date) -> str:
        rule = icalendar.vRecur(value)
        until = (rule.get("UNTIL") or [None])[0]
        if isinstance(until, date) and until.year > LAST_YEAR:
            # Past the last year Dialogos shows, "until" is "for ever" (some apps write 9999).
            del rule["UNTIL"]
        elif until is not None:
            if isinstance(until, date):
                try:
                    within_years(until, until.isoformat())
                except ValidationError as error:
                    raise _Problem("RRULE", error.key, **error.params) from None
            rule["UNTIL"] = [self._until(until, start)]
        text = rule.to_ical().decode()
        try:
            return settle_rule(text, start, self.budget)
        except ValidationError as error:
            raise _Problem("RRULE", error.key, **error.params) from None
        except (ValueError, TypeError, OverflowError):
            raise _Problem("RRULE", "error.ics_bad_rule", value=text[:60]) from None

    def _until(self, until: Any, start: datetime | date) -> date | datetime:
        """``UNTIL`` as stored: a date for an all-day event, an instant (UTC) for a timed one."""
        if not isinstance(start, datetime):
            if isinstance(until, datetime):
                local = until.astimezone(zone(self.home(until.year))) if until.tzinfo else until
                return local.date()
            return until
        if isinstance(until, datetime):
            if until.tzinfo is None:
                until = until.replace(tzinfo=start.tzinfo, fold=0)
            return until.astimezone(UTC)
        return until if isinstance(until, date) else start

    def _dates(self, component: icalendar.Event, prop: str, start: datetime | date) -> Iterator[str]:
        values = component.get(prop)
        if values is None:
            return
        for group in values if isinstance(values, list) else [values]:
            group_tzid = group.params.get("TZID") if hasattr(group, "params") else None
            for item in getattr(group, "dts", []):
                tzid = item.params.get("TZID") or group_tzid
                try:
                    yield self._as_stored(prop, item.dt, tzid, start)
                except ValidationError as error:
                    raise _Problem(prop, error.key, **error.params) from None


_USED = {"UID", "DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RDATE", "RECURRENCE-ID"}
"""Properties whose broken value stops an import; others (a bad PRIORITY, say) are ignored."""


def _in_zone(wall: datetime, found: ResolvedZone) -> tuple[datetime, str | None]:
    # fold=0: a skipped wall time takes the offset before the gap, a repeated one its
    # first occurrence (RFC 5545 §3.3.5).
    placed = wall.replace(tzinfo=found.tz, fold=0)
    if found.name is None:
        return placed.astimezone(UTC), None
    if found.name == "UTC":
        return placed.astimezone(UTC), None
    return placed, found.name


def _single(value: Any) -> Any:
    """A property that may appear several times: the first one."""
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _text(component: icalendar.Component, prop: str) -> str:
    """A property's value as text.

    icalendar unescapes the values it knows as TEXT (SUMMARY, DESCRIPTION,
    any property written with VALUE=TEXT) but hands the others back as
    written: X-DIALOGOS-*, X-WR-CALNAME and NAME are TEXT too, so they are
    unescaped here, once.
    """
    value = _single(component.get(prop))
    if value is None:
        return ""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if isinstance(value, icalendar.vUnknown):
        return unescaped(str(value))
    return str(value)


def unescaped(raw: str) -> str:
    r"""An iCalendar TEXT value as written back to its text (RFC 5545 §3.3.11), in one pass.

    ``\\`` is a backslash, ``\;`` and ``\,`` are ``;`` and ``,``, ``\n`` and
    ``\N`` a line break; any other backslash stays as it is. One pass, so an
    escaped backslash before an ``n`` stays a backslash and an ``n``.
    """
    return _TEXT_ESCAPE.sub(lambda match: "\n" if match.group(1) in "nN" else match.group(1), raw)
