"""Repeating events (RFC 5545 ``RRULE``, ``RDATE``, ``EXDATE``), expanded with python-dateutil.

A repeat is expanded in the event's local wall-clock time, then each
occurrence is placed in its zone: a weekly 09:00 event in Paris stays at 09:00
across the change to summer time, as a person reading the rule expects. An
all-day event repeats by dates and never moves to another day.

Stored texts (what :class:`Recurrence` holds):

* ``rule``: the ``RRULE`` value; its ``UNTIL`` is an instant (``…Z``) for a
  timed event, a date for an all-day one;
* ``exdates`` and ``rdates``: ISO texts, ``YYYY-MM-DD`` for a day or
  ``YYYY-MM-DDTHH:MM:SSZ`` for an instant. A day excludes every occurrence
  that starts on it (Outlook excludes occurrences of all-day events so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from dateutil.rrule import rrule, rruleset, rrulestr

_UNTIL = re.compile(r"(?i)(?<![A-Z])UNTIL=([0-9]{8}(?:T[0-9]{6}Z?)?)")
# Reading a whole bounded rule to know where it ends stops here: past it, the
# event is kept as endless (it is still expanded correctly, only not skipped early).
_LAST_SCAN = 100_000

Moment = datetime | date


@dataclass(frozen=True, slots=True)
class Recurrence:
    """How an event repeats; empty when it happens once."""

    rule: str | None = None
    exdates: tuple[str, ...] = ()
    rdates: tuple[str, ...] = ()

    @property
    def repeats(self) -> bool:
        return bool(self.rule or self.rdates)


def instant_text(moment: datetime) -> str:
    """An aware instant as stored: ``YYYY-MM-DDTHH:MM:SSZ``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def moment_of(text: str) -> Moment:
    """The day or the aware instant a stored text names."""
    if len(text) == 10:
        return date.fromisoformat(text)
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def check_rule(rule: str, first: Moment) -> None:
    """Raise ``ValueError`` when dateutil cannot expand ``rule`` from ``first``."""
    parsed = _rule(rule, first)
    # Some mistakes only show when the first occurrence is computed.
    next(iter(parsed), None)


def occurrences(
    first: Moment, length: timedelta, recurrence: Recurrence, after: Moment, before: Moment
) -> list[Moment]:
    """Starts of the occurrences overlapping [after, before), in time order.

    ``first`` is the event's start: an aware datetime in its zone, or a date
    for an all-day event, in which case ``after`` and ``before`` are dates
    too. A timed occurrence comes back aware, in the zone of ``first``. An
    occurrence of no length overlaps the range when it starts inside it.
    """
    if isinstance(first, datetime):
        assert isinstance(after, datetime) and isinstance(before, datetime)
        return _timed(first, length, recurrence, after, before)
    assert not isinstance(after, datetime) and not isinstance(before, datetime)
    return _days(first, length, recurrence, after, before)


def last_end(first: Moment, length: timedelta, recurrence: Recurrence) -> Moment | None:
    """Where the last occurrence ends; None when the rule never ends (or ends too far to count)."""
    if recurrence.rule and not re.search(r"(?i)(?<![A-Z])(COUNT|UNTIL)=", recurrence.rule):
        return None
    rules = _set(first, recurrence)
    last: datetime | None = None
    for count, wall in enumerate(rules):
        if count >= _LAST_SCAN:
            return None
        last = wall
    if last is None:  # every occurrence excluded
        return _later(first, length) if isinstance(first, datetime) else first + length
    if isinstance(first, datetime):
        assert first.tzinfo is not None
        return _later(_placed(last, first.tzinfo), length)
    return last.date() + length


def _timed(
    first: datetime, length: timedelta, recurrence: Recurrence, after: datetime, before: datetime
) -> list[Moment]:
    tz = first.tzinfo
    assert tz is not None
    if not recurrence.repeats:
        return [first] if _overlaps(first, length, after, before) else []
    # Wall-clock bounds a day wider than the instants: offsets differ by less.
    low = (after - length).astimezone(tz).replace(tzinfo=None) - timedelta(days=1)
    high = before.astimezone(tz).replace(tzinfo=None) + timedelta(days=1)
    skipped_days = {m for m in map(moment_of, recurrence.exdates) if not isinstance(m, datetime)}
    found: list[Moment] = []
    for wall in _set(first, recurrence).between(low, high, inc=True):
        start = _placed(wall, tz)
        if wall.date() in skipped_days or not _overlaps(start, length, after, before):
            continue
        found.append(start)
    return found


def _days(first: date, length: timedelta, recurrence: Recurrence, after: date, before: date) -> list[Moment]:
    days = max(length, timedelta(days=1))
    if not recurrence.repeats:
        return [first] if first < before and first + days > after else []
    low = datetime.combine(after - days, time())
    high = datetime.combine(before, time())
    found: list[Moment] = []
    for wall in _set(first, recurrence).between(low, high, inc=True):
        day = wall.date()
        if day < before and day + days > after:
            found.append(day)
    return found


def _overlaps(start: datetime, length: timedelta, after: datetime, before: datetime) -> bool:
    if start >= before:
        return False
    return start >= after if not length else _later(start, length) > after


def _later(start: datetime, length: timedelta) -> datetime:
    """``length`` after ``start`` in elapsed time (adding to an aware datetime adds wall-clock time)."""
    assert start.tzinfo is not None
    return (start.astimezone(UTC) + length).astimezone(start.tzinfo)


def _placed(wall: datetime, tz: tzinfo) -> datetime:
    """A wall-clock time in its zone. A time skipped by a change to summer
    time takes the offset before the gap, and a repeated one its first
    occurrence, as RFC 5545 §3.3.5 says (``fold=0`` does both)."""
    return wall.replace(tzinfo=tz, fold=0)


def _set(first: Moment, recurrence: Recurrence) -> rruleset:
    """The occurrences as naive wall-clock datetimes (midnights for all-day events)."""
    start = _wall_start(first)
    tz = first.tzinfo if isinstance(first, datetime) else None
    rules = rruleset()
    if recurrence.rule:
        rules.rrule(_rule(recurrence.rule, first))
    # DTSTART is always the first occurrence, even when the rule would not give it.
    rules.rdate(start)
    for text in recurrence.rdates:
        rules.rdate(_wall_of(moment_of(text), tz))
    for moment in map(moment_of, recurrence.exdates):
        if isinstance(moment, datetime) or tz is None:
            rules.exdate(_wall_of(moment, tz))
    return rules


def _rule(text: str, first: Moment) -> rrule:
    tz = first.tzinfo if isinstance(first, datetime) else None
    local = _UNTIL.sub(lambda match: "UNTIL=" + _local_until(match.group(1), tz), text)
    parsed = rrulestr(local, dtstart=_wall_start(first))
    if not isinstance(parsed, rrule):  # pragma: no cover - one RRULE gives one rule
        raise ValueError(text)
    return parsed


def _local_until(value: str, tz: tzinfo | None) -> str:
    """``UNTIL`` as a wall-clock time where the rule is expanded (dateutil wants the same kind as DTSTART)."""
    if tz is None:
        return value[:8]  # all-day: a date
    if len(value) == 8:
        return value + "T235959"  # a day includes its last second
    if value.endswith("Z"):
        instant = datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        return instant.astimezone(tz).strftime("%Y%m%dT%H%M%S")
    return value


def _wall_start(first: Moment) -> datetime:
    if isinstance(first, datetime):
        return first.replace(tzinfo=None)
    return datetime.combine(first, time())


def _wall_of(moment: Moment, tz: tzinfo | None) -> datetime:
    if isinstance(moment, datetime):
        if tz is None:
            return datetime.combine(moment.astimezone(UTC).date(), time())
        return moment.astimezone(tz).replace(tzinfo=None)
    return datetime.combine(moment, time())
