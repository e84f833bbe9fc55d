"""The ``VTIMEZONE`` of a zone over the years an export uses, written as yearly rules.

Each observance (``STANDARD`` or ``DAYLIGHT``) is a ``DTSTART`` and an
``RRULE:FREQ=YEARLY;BYMONTH=…;BYDAY=…``, as tzurl.org and libical's built-in
zones write them, and not a ``DTSTART`` with a list of ``RDATE``s: ical.js
(Thunderbird's parser) and older libical ignore the ``DTSTART`` of an
observance that has ``RDATE``s, so a summer post of the first year came out
an hour off there, and Outlook mishandles long ``RDATE`` lists.

The rules are found in the zoneinfo data: the zone's changes from the last
one before the span to the end of the year after it, each pinned to the
second. Changes alike (same kind, offsets, name and wall time of onset) in
consecutive years on the same weekday of the same month (its first…fourth,
or its last) make one observance; when the zone's rules change within the
span, each period is an observance of its own, closed by an ``UNTIL``. A
change that follows no such rule (a date that moves, as Morocco's around
Ramadan) is an observance with its ``DTSTART`` alone, which every reader
places right; so no ``RDATE`` is ever written. A period that still runs after
the span has no ``UNTIL``: the zone's current rules, as tzurl.org gives them.

Each onset is the wall time *before* the change (RFC 5545 §3.6.5: 02:00 for
the spring change in Paris, 03:00 for the autumn one), and the observance in
force when the span begins is included, so no instant of the span falls
before the first onset (ical.js places such an instant in UTC).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from functools import lru_cache

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

from planner.timezones import zone

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
SAMPLE = timedelta(hours=12)
"""How far apart the zone is looked at for changes: no zone changes twice within twelve hours."""
EPOCH = datetime(1970, 1, 1)
"""The onset of the one observance of a zone that does not change over the span, as tzurl.org writes it."""

Pattern = tuple[int, int, int]
"""A yearly rule: (month, weekday 0-6, the nth such weekday of the month, -1 for the last)."""


@dataclass(frozen=True, slots=True)
class State:
    """What a zone says at an instant: its offset from UTC, the name of that time, and its summer
    shift (zoneinfo's ``dst()``: negative in Europe/Dublin's winter, whose summer time is its standard)."""

    offset: timedelta
    name: str
    summer: timedelta


@dataclass(frozen=True, slots=True)
class Change:
    """A change of the zone at the UTC instant ``at``, from the offset ``before`` to ``after``."""

    at: datetime
    before: timedelta
    after: State

    @property
    def onset(self) -> datetime:
        """The wall time of the change, read on the clock before it (RFC 5545 §3.6.5)."""
        return (self.at + self.before).replace(tzinfo=None)

    @property
    def kind(self) -> tuple[timedelta, State, time]:
        """What changes alike share: they may make one yearly rule."""
        return (self.before, self.after, self.onset.time())

    @property
    def patterns(self) -> set[Pattern]:
        """The yearly rules this change's date follows: its nth weekday of the month, and the last one."""
        day = self.onset.date()
        weekday = day.weekday()
        found = {(day.month, weekday, (day.day - 1) // 7 + 1)}
        if day.day + 7 > calendar.monthrange(day.year, day.month)[1]:
            found.add((day.month, weekday, -1))
        return found


@dataclass(frozen=True, slots=True)
class Observance:
    """One ``STANDARD`` or ``DAYLIGHT``: from ``first``, yearly on ``pattern`` until ``until`` (UTC)."""

    first: datetime
    before: timedelta
    after: State
    daylight: bool
    pattern: Pattern | None = None
    until: datetime | None = None


@lru_cache(maxsize=64)
def vtimezone(zone_name: str, first_year: int, last_year: int) -> Timezone:
    """The ``VTIMEZONE`` of a zone, right for every instant from January of ``first_year`` to the end of ``last_year``.

    Cached: the live file rebuilds the same zones at every write. Shared
    between calendars, so never change the returned component.
    """
    component = Timezone()
    component.add("TZID", zone_name)
    for observance in observances(zone_name, first_year, last_year):
        component.add_component(_component(observance))
    return component


def observances(zone_name: str, first_year: int, last_year: int) -> list[Observance]:
    """The observances of the zone over the span, in the order of their first onset."""
    span_start = datetime(first_year, 1, 1, tzinfo=UTC) - timedelta(days=1)
    span_end = datetime(last_year + 1, 1, 1, tzinfo=UTC) + timedelta(days=1)
    # From a year before the span (the change in force at its start) to a year after it
    # (whether the last rules go on).
    changes = list(_changes(zone_name, datetime(first_year - 1, 1, 1, tzinfo=UTC), span_end + timedelta(days=366)))
    # A zone whose summer shift is negative in winter (Europe/Dublin) has its summer time as
    # standard time in zoneinfo: calendar apps expect it as DAYLIGHT, beside one STANDARD.
    negative = any(change.after.summer < timedelta(0) for change in changes)

    def daylight(state: State) -> bool:
        return state.summer > timedelta(0) or (negative and state.summer == timedelta(0))

    earlier = [index for index, change in enumerate(changes) if change.at < span_start]
    found: list[Observance] = []
    if earlier:
        changes = changes[earlier[-1] :]
    else:
        state = _state(zone(zone_name), span_start)
        onset = min(EPOCH, datetime(first_year - 1, 1, 1))
        found.append(Observance(onset, state.offset, state, daylight(state)))
    for run, pattern in _runs(changes):
        first, last = run[0], run[-1]
        if first.at >= span_end:
            continue  # after the span: looked at only to know whether the rules go on
        until = None if pattern is None or last.at >= span_end else _until(last)
        found.append(Observance(first.onset, first.before, first.after, daylight(first.after), pattern, until))
    return sorted(found, key=lambda observance: observance.first)


def _runs(changes: list[Change]) -> Iterator[tuple[list[Change], Pattern | None]]:
    """Changes alike in consecutive years on one yearly rule, with that rule (None for a change alone)."""
    by_kind: dict[tuple[timedelta, State, time], list[Change]] = {}
    for change in changes:
        by_kind.setdefault(change.kind, []).append(change)
    for alike in by_kind.values():
        run, shared = [alike[0]], alike[0].patterns
        for change in alike[1:]:
            common = shared & change.patterns
            if change.onset.year == run[-1].onset.year + 1 and common:
                run.append(change)
                shared = common
                continue
            yield run, _chosen(run, shared)
            run, shared = [change], change.patterns
        yield run, _chosen(run, shared)


def _chosen(run: list[Change], patterns: set[Pattern]) -> Pattern | None:
    """The rule of a run of several changes: "the last Sunday" when it fits, as zones are usually defined."""
    if len(run) < 2:
        return None
    return min(patterns, key=lambda pattern: pattern[2] != -1)


def _until(last: Change) -> datetime:
    """The ``UNTIL`` of a rule whose last change is ``last``: its instant in UTC, as RFC 5545 wants.

    Some readers (icalendar's, dateutil's) compare it with the onsets' wall
    times as if it were one: east of Greenwich the change's wall time is later
    than its UTC instant, and they would drop the last year. The later of the
    two includes it for every reader; the rule's next date is a year away.
    """
    return max(last.at, last.onset.replace(tzinfo=UTC))


def _changes(zone_name: str, start: datetime, end: datetime) -> Iterator[Change]:
    """The zone's changes between two UTC instants, each at the second it happens."""
    tz = zone(zone_name)
    moment, state = start, _state(tz, start)
    while moment < end:
        following = moment + SAMPLE
        local = following.astimezone(tz)
        # Most samples see no change: compare the bare values before building a State.
        if local.utcoffset() != state.offset or local.dst() != state.summer or local.tzname() != state.name:
            new = _state(tz, following)
            yield Change(_pinned(tz, moment, following, state), state.offset, new)
            state = new
        moment = following


def _pinned(tz: tzinfo, low: datetime, high: datetime, before: State) -> datetime:
    """The first second after ``low`` at which the zone no longer says ``before``."""
    while high - low > timedelta(seconds=1):
        middle = low + timedelta(seconds=(high - low).total_seconds() // 2)
        if _state(tz, middle) == before:
            low = middle
        else:
            high = middle
    return high


def _state(tz: tzinfo, moment: datetime) -> State:
    local = moment.astimezone(tz)
    offset, summer = local.utcoffset(), local.dst()
    assert offset is not None and summer is not None, "zoneinfo zones always have offsets"
    return State(offset, local.tzname() or "", summer)


def _component(observance: Observance) -> TimezoneStandard | TimezoneDaylight:
    component = TimezoneDaylight() if observance.daylight else TimezoneStandard()
    component.add("DTSTART", observance.first)
    component.add("TZOFFSETFROM", observance.before)
    component.add("TZOFFSETTO", observance.after.offset)
    if observance.after.name:
        component.add("TZNAME", observance.after.name)
    if observance.pattern is not None:
        month, weekday, nth = observance.pattern
        rule = vRecur(FREQ="YEARLY", BYMONTH=month, BYDAY=f"{nth}{WEEKDAYS[weekday]}")
        if observance.until is not None:
            rule["UNTIL"] = observance.until
        component.add("RRULE", rule)
    return component
