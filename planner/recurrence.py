"""Repeating events (RFC 5545 ``RRULE``, ``RDATE``, ``EXDATE``), expanded with python-dateutil.

A repeat is expanded in the event's local wall-clock time, then each
occurrence is placed in its zone: a weekly 09:00 event in Paris stays at 09:00
across the change to summer time, as a person reading the rule expects. An
all-day event repeats by dates and never moves to another day.

Stored texts (what :class:`Recurrence` holds):

* ``rule``: the ``RRULE`` value, as :func:`settle_rule` leaves it; its
  ``UNTIL`` is an instant (``…Z``) for a timed event, a date for an all-day
  one, or the local time of the last occurrence (no ``Z``) where it stands for
  a ``COUNT``;
* ``exdates`` and ``rdates``: ISO texts, ``YYYY-MM-DD`` for a day or
  ``YYYY-MM-DDTHH:MM:SSZ`` for an instant. A day excludes every occurrence
  that starts on it (Outlook excludes occurrences of all-day events so). An
  extra date of a timed event given as a period (``RDATE;VALUE=PERIOD``) is
  ``START/END``, two instants: that occurrence has its own length.
* ``more_rules``: the other rules (``RRULE``) of an event that has several (RFC 2445
  allowed it and Lotus Notes, old Evolution and some feeds still write it):
  the occurrences are the union of all rules.

Why our own expansion and not ``recurring-ical-events``: that library expands
a parsed ``icalendar`` calendar held whole in memory, each time a range is
asked. Dialogos stores each event once, with its rule texts, and expands one
row over the range a view shows, from a start moved next to that range (a
minutely series started years ago costs the same as one started yesterday);
keeping every parsed component in memory for that would undo the bounded
memory of the import. Its handling of Outlook's all-day ``UNTIL`` (a local
midnight written in UTC, read here in the file's own zone by the reader) and
of a ``COUNT`` read once at import is ours too. What it does that Dialogos
needs (several RRULEs, periods in ``RDATE``, ``RANGE=THISANDFUTURE``,
see :mod:`planner.exchange.ics.reader`) is done here on the stored texts.

Cost is bounded everywhere: a ``COUNT`` is turned into its ``UNTIL`` by
arithmetic when the rule steps by a fixed length, else by reading its
occurrences against a :class:`Budget` shared by the whole file; where a
series ends is bounded by its ``UNTIL`` without reading it; a range gives at
most ``limit`` occurrences of one event.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from dateutil.rrule import rrule, rruleset, rrulestr

from planner.errors import ValidationError
from planner.timezones import LAST_YEAR

_UNTIL = re.compile(r"(?i)(?<![A-Z])UNTIL=([0-9]{8}(?:T[0-9]{6}Z?)?)")
# Reading a whole bounded rule to know where it ends stops here: past it, the
# event is kept as endless (it is still expanded correctly, only not skipped early).
_LAST_SCAN = 100_000
MAX_COUNT = 100_000
"""The largest ``COUNT`` imported: its occurrences are all read once, at import."""
# Occurrences of one event in one range, at most: a view asking a year of a
# minutely event gets the first ones instead of freezing.
_EXPAND_CAP = 100_000
# The Gregorian calendar repeats itself every 400 years: 146 097 days, whole
# weeks, so the same dates fall on the same weekdays and leap days.
_CYCLE_YEARS = 400
_LAST_DATEUTIL_YEAR = 9999  # dateutil gives up a search there (datetime.MAXYEAR)
_DAY_PARTS = ("BYMONTH", "BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY", "BYEASTER", "WKST")
_DAY_CHOICES = ("BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY", "BYEASTER")
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_STEPS = {
    "WEEKLY": timedelta(weeks=1),
    "DAILY": timedelta(days=1),
    "HOURLY": timedelta(hours=1),
    "MINUTELY": timedelta(minutes=1),
    "SECONDLY": timedelta(seconds=1),
}

Moment = datetime | date


@dataclass(frozen=True, slots=True)
class Recurrence:
    """How an event repeats; empty when it happens once."""

    rule: str | None = None
    exdates: tuple[str, ...] = ()
    rdates: tuple[str, ...] = ()
    more_rules: tuple[str, ...] = ()

    @property
    def rules(self) -> tuple[str, ...]:
        """Every rule of the event, the first one first."""
        return (self.rule, *self.more_rules) if self.rule else self.more_rules

    @property
    def repeats(self) -> bool:
        return bool(self.rules or self.rdates)


class Budget:
    """How many occurrences one file may still have read one by one.

    Turning a ``COUNT`` into an ``UNTIL`` reads the occurrences of a rule
    that does not step by a fixed length; a file of hundreds of such rules
    would read millions. The budget is shared by the file's events, so the
    reading stops, with a refusal, after a bounded time whatever the file.
    """

    def __init__(self, limit: int = MAX_COUNT) -> None:
        self.limit = limit
        self.left = limit

    def spend(self) -> None:
        """One more occurrence read; refuses the file when the budget is spent."""
        self.left -= 1
        if self.left < 0:
            raise ValidationError("error.ics_repeats_too_long", limit=self.limit)


def period_text(start: datetime, end: datetime) -> str:
    """An extra occurrence with its own length, as stored: ``START/END`` (two instants)."""
    return f"{instant_text(start)}/{instant_text(end)}"


def _period_of(text: str) -> tuple[Moment, timedelta | None]:
    """A stored extra date: its start and, for a period, its own length."""
    first, _, last = text.partition("/")
    start = moment_of(first)
    if not last:
        return start, None
    end = moment_of(last)
    assert isinstance(start, datetime) and isinstance(end, datetime)
    return start, max(end - start, timedelta(0))


def instant_text(moment: datetime) -> str:
    """An aware instant as stored: ``YYYY-MM-DDTHH:MM:SSZ``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def moment_of(text: str) -> Moment:
    """The day or the aware instant a stored text names."""
    if len(text) == 10:
        return date.fromisoformat(text)
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def settle_rule(rule: str, first: Moment, budget: Budget | None = None) -> str:
    """``rule`` (an ``RRULE`` value) checked for an event starting at ``first``, as it is stored.

    Raises ``ValueError`` when dateutil cannot read it, and
    :class:`~planner.errors.ValidationError` for a rule that would hang or
    break the expansion: an ``INTERVAL`` below 1, a rule that never gives a
    date (30 February), a ``COUNT`` above :data:`MAX_COUNT` or whose last
    occurrence falls after the last year Dialogos handles. A ``COUNT`` comes
    back as the ``UNTIL`` of its last occurrence (the same dates): a range is
    then expanded from near its start, not counted from the first date. The
    occurrences read to find it are taken from ``budget`` (the file's).
    """
    parts = _parts(rule)
    interval = parts.get("INTERVAL", "1")
    if not (interval.isascii() and interval.isdigit()) or int(interval) < 1:
        raise ValidationError("error.ics_rule_interval", value=interval[:20])
    parsed = _rule(rule, first)
    if not _gives_a_date(parsed, parts, _wall_start(first)):
        raise ValidationError("error.ics_rule_never")
    if "COUNT" not in parts:
        return rule
    if int(parts["COUNT"]) > MAX_COUNT:
        raise ValidationError("error.ics_rule_too_many", count=int(parts["COUNT"]), limit=MAX_COUNT)
    last = _last_by_steps(parts, _wall_start(first)) if _steps_evenly(parts) else _last_read(parsed, budget)
    if last is None:
        return rule
    if last.year > LAST_YEAR:
        raise ValidationError("error.ics_rule_too_late", last=LAST_YEAR)
    # A local time, not an instant: the last occurrence may be a wall time the clocks skip.
    until = last.strftime("%Y%m%d") if not isinstance(first, datetime) else last.strftime("%Y%m%dT%H%M%S")
    kept = [part for part in rule.split(";") if part.split("=", 1)[0].strip().upper() != "COUNT"]
    return ";".join([*kept, f"UNTIL={until}"])


def _steps_evenly(parts: dict[str, str]) -> bool:
    """Whether every occurrence is the previous one plus a fixed length of wall-clock time.

    A secondly to weekly rule that names no days, months or positions does
    (dateutil takes the start's own time and weekday for the parts it leaves
    out); a monthly or yearly one does not (31 January has no 31 February).
    """
    return parts.get("FREQ") in _STEPS and not any(name.startswith("BY") for name in parts)


def _last_by_steps(parts: dict[str, str], start: datetime) -> datetime:
    """The last occurrence of an evenly stepping ``COUNT`` rule, without reading the others."""
    step = _STEPS[parts["FREQ"]] * int(parts.get("INTERVAL", "1") or 1)
    count = int(parts["COUNT"])
    try:
        return start + step * max(count - 1, 0)
    except OverflowError:  # past year 9999: well past the last year Dialogos handles
        raise ValidationError("error.ics_rule_too_late", last=LAST_YEAR) from None


def _last_read(parsed: rrule, budget: Budget | None) -> datetime | None:
    """The last occurrence of a ``COUNT`` rule, read one by one (COUNT of them at most)."""
    last: datetime | None = None
    for wall in parsed:
        if wall.year > LAST_YEAR:
            raise ValidationError("error.ics_rule_too_late", last=LAST_YEAR)
        if budget is not None:
            budget.spend()
        last = wall
    return last


def _gives_a_date(parsed: rrule, parts: dict[str, str], start: datetime) -> bool:
    """Whether the rule gives at least one date, found by a search of bounded cost.

    dateutil looks for the next date period after period until its year 9999:
    for a rule that never matches that is millions of steps. The same rule
    moved by whole 400-year cycles gives the same dates moved by as much, so
    it is searched from 400 to 800 years before dateutil's end, where the
    search stops by itself. A rule repeating daily or faster is first checked
    by the days it may fall on, year by year: the usual impossible rule
    (30 February) is refused in a few hundred steps instead of days.
    """
    cycles = (_LAST_DATEUTIL_YEAR - start.year) // _CYCLE_YEARS - 1
    moved = start.replace(year=start.year + max(cycles, 0) * _CYCLE_YEARS)
    if parts.get("FREQ") not in ("YEARLY", "MONTHLY"):
        days = rrulestr(_days_text(parts, start), dtstart=moved)
        if next(iter(days), None) is None:
            return False
    return next(iter(parsed.replace(dtstart=moved, count=None, until=None)), None) is not None


def _days_text(parts: dict[str, str], start: datetime) -> str:
    """A yearly rule of every day a weekly (or more frequent) rule may fall on, whatever its interval."""
    kept = {name: parts[name] for name in _DAY_PARTS if name in parts}
    if "BYDAY" in kept:  # a weekly or daily rule has no "second Monday": plain weekdays
        kept["BYDAY"] = ",".join(day.strip().lstrip("+-0123456789") for day in kept["BYDAY"].split(","))
    if not any(name in kept for name in _DAY_CHOICES):
        # dateutil gives a rule without days of its own the start's (weekly) or its month and day (yearly).
        chosen = [_WEEKDAYS[start.weekday()]] if parts.get("FREQ") == "WEEKLY" else list(_WEEKDAYS)
        kept["BYDAY"] = ",".join(chosen)
    return ";".join(["FREQ=YEARLY", *(f"{name}={value}" for name, value in kept.items())])


def _parts(rule: str) -> dict[str, str]:
    """The parts of a rule by name (upper case); dateutil checks their values."""
    parts: dict[str, str] = {}
    for part in rule.split(";"):
        name, _, value = part.partition("=")
        parts[name.strip().upper()] = value.strip().upper()
    return parts


def occurrences(
    first: Moment,
    length: timedelta,
    recurrence: Recurrence,
    after: Moment,
    before: Moment,
    *,
    limit: int = _EXPAND_CAP,
) -> list[Moment]:
    """Starts of the occurrences overlapping [after, before), in time order.

    ``first`` is the event's start: an aware datetime in its zone, or a date
    for an all-day event, in which case ``after`` and ``before`` are dates
    too. A timed occurrence comes back aware, in the zone of ``first``. An
    occurrence of no length overlaps the range when it starts inside it.
    """
    return [start for start, _end in spans(first, length, recurrence, after, before, limit=limit)]


def spans(
    first: Moment,
    length: timedelta,
    recurrence: Recurrence,
    after: Moment,
    before: Moment,
    *,
    limit: int = _EXPAND_CAP,
) -> list[tuple[Moment, Moment]]:
    """(start, end) of the occurrences overlapping [after, before), in time order, ``limit`` at most.

    As :func:`occurrences`; each occurrence lasts ``length`` but for an extra
    date given as a period, which lasts its own. Only the occurrences near the
    range are read, never the whole series: what a view of a week asks costs
    a week of occurrences, and at most ``limit`` of them are looked at.
    """
    if isinstance(first, datetime):
        assert isinstance(after, datetime) and isinstance(before, datetime)
        return _timed(first, length, recurrence, after, before, limit)
    assert not isinstance(after, datetime) and not isinstance(before, datetime)
    return _days(first, length, recurrence, after, before, limit)


_CLOCK_SLACK = timedelta(days=1)
"""What :func:`last_end` adds for the clock changes an occurrence's length may run across."""


def last_end(first: Moment, length: timedelta, recurrence: Recurrence) -> Moment | None:
    """A moment no occurrence ends after; None when the series never ends (or ends too far to tell).

    Bounded cost: a rule ending by ``UNTIL`` ends by then (plus an
    occurrence's length), without its occurrences being read; a ``COUNT``
    (not turned into an ``UNTIL`` by :func:`settle_rule`) is read up to
    :data:`_LAST_SCAN` occurrences. Reads only use it to skip series over
    before the range asked, so a bound a little late is as good as the end.
    """
    tz = first.tzinfo if isinstance(first, datetime) else None
    ends: list[datetime] = [_wall_start(first)]
    for rule in recurrence.rules:
        found = _rule_end(rule, first)
        if found is None:
            return None
        ends.append(found)
    longest = length
    for text in recurrence.rdates:
        moment, own = _period_of(text)
        ends.append(_wall_of(moment, tz))
        longest = max(longest, own or length)
    last = max(ends)
    if isinstance(first, datetime):
        assert first.tzinfo is not None
        # An occurrence's length runs on its wall clock (three days end at the same time of day), so
        # across a clock change it ends up to that change later than the instant plus its length: a
        # day more covers any zone's change, and a bound late by a day skips nothing it should read.
        return later(_placed(last, first.tzinfo), longest) + _CLOCK_SLACK
    return last.date() + longest


def _rule_end(rule: str, first: Moment) -> datetime | None:
    """The wall-clock time a rule's occurrences end by; None: never (or too far to tell)."""
    parts = _parts(rule)
    if "UNTIL" in parts:
        local = _local_until(parts["UNTIL"], first.tzinfo if isinstance(first, datetime) else None)
        return datetime.strptime(local[:8], "%Y%m%d") if len(local) == 8 else datetime.strptime(local, "%Y%m%dT%H%M%S")
    if "COUNT" not in parts:
        return None
    if _steps_evenly(parts):
        try:
            return _last_by_steps(parts, _wall_start(first))
        except ValidationError:
            return None
    last: datetime | None = None
    for count, wall in enumerate(_rule(rule, first)):
        if count >= _LAST_SCAN or wall.year > LAST_YEAR:
            return None
        last = wall
    return last or _wall_start(first)


def later(start: datetime, length: timedelta) -> datetime:
    """``length`` after ``start`` in elapsed time, in the zone of ``start``.

    Adding a timedelta to an aware datetime adds wall-clock time: across a
    change of the clocks an hour-long event would last two hours, or none.
    """
    assert start.tzinfo is not None
    return (start.astimezone(UTC) + length).astimezone(start.tzinfo)


def _periods(recurrence: Recurrence, tz: tzinfo | None) -> dict[datetime, timedelta]:
    """The wall-clock starts of the extra dates given as periods, with their own lengths."""
    found: dict[datetime, timedelta] = {}
    for text in recurrence.rdates:
        moment, own = _period_of(text)
        if own is not None:
            found[_wall_of(moment, tz)] = own
    return found


def _timed(
    first: datetime, length: timedelta, recurrence: Recurrence, after: datetime, before: datetime, limit: int
) -> list[tuple[Moment, Moment]]:
    tz = first.tzinfo
    assert tz is not None
    if not recurrence.repeats:
        return [(first, later(first, length))] if _overlaps(first, length, after, before) else []
    periods = _periods(recurrence, tz)
    longest = max([length, *periods.values()])
    low, high = _wall_bounds(after - longest, before, tz)
    skipped_days = {m for m in (_period_of(text)[0] for text in recurrence.exdates) if not isinstance(m, datetime)}
    found: list[tuple[Moment, Moment]] = []
    for wall in _between(_set(first, recurrence, near=low), low, high):
        start = _placed(wall, tz)
        own = periods.get(wall, length)
        if wall.date() in skipped_days or not _overlaps(start, own, after, before):
            continue
        found.append((start, later(start, own)))
        if len(found) >= limit:
            break
    return found


def _wall_bounds(after: datetime, before: datetime, tz: tzinfo) -> tuple[datetime, datetime]:
    """Wall-clock times in ``tz`` between which every occurrence starting in [after, before] lies.

    An instant's wall-clock time is its UTC time plus the zone's offset then.
    Near each end of the range, the offset is one of those in force a day
    either side of it (no zone moves its clocks by more), so the bounds are
    the ends plus the smallest, or the largest, of those. Bounds a whole day
    wider would read a day of a series repeating every second.
    """

    def offsets(moment: datetime) -> list[timedelta]:
        around = (moment - timedelta(days=1), moment, moment + timedelta(days=1))
        return [instant.astimezone(tz).utcoffset() or timedelta(0) for instant in around]

    low = after.astimezone(UTC).replace(tzinfo=None) + min(offsets(after))
    high = before.astimezone(UTC).replace(tzinfo=None) + max(offsets(before))
    return low, high


def _days(
    first: date, length: timedelta, recurrence: Recurrence, after: date, before: date, limit: int
) -> list[tuple[Moment, Moment]]:
    days = max(length, timedelta(days=1))
    if not recurrence.repeats:
        return [(first, first + days)] if first < before and first + days > after else []
    low = datetime.combine(after - days, time())
    high = datetime.combine(before, time())
    found: list[tuple[Moment, Moment]] = []
    for wall in _between(_set(first, recurrence, near=low), low, high):
        day = wall.date()
        if day < before and day + days > after:
            found.append((day, day + days))
            if len(found) >= limit:
                break
    return found


def _between(rules: rruleset, low: datetime, high: datetime) -> Iterator[datetime]:
    """The occurrences in [low, high], at most :data:`_EXPAND_CAP` of them looked at."""
    for count, wall in enumerate(rules):
        if wall > high or count >= _EXPAND_CAP:
            return
        if wall >= low:
            yield wall


def _overlaps(start: datetime, length: timedelta, after: datetime, before: datetime) -> bool:
    if start >= before:
        return False
    return start >= after if not length else later(start, length) > after


def _placed(wall: datetime, tz: tzinfo) -> datetime:
    """A wall-clock time in its zone. A time skipped by a change to summer
    time takes the offset before the gap, and a repeated one its first
    occurrence, as RFC 5545 §3.3.5 says (``fold=0`` does both)."""
    return wall.replace(tzinfo=tz, fold=0)


def _set(first: Moment, recurrence: Recurrence, near: datetime | None = None) -> rruleset:
    """The occurrences as naive wall-clock datetimes (midnights for all-day events).

    With ``near``, the rule itself may start later, a whole number of its
    periods after ``first`` but before ``near``: the occurrences from ``near``
    on are the same, and reaching them costs steps from there, not from the
    first date of a series started years ago.
    """
    start = _wall_start(first)
    tz = first.tzinfo if isinstance(first, datetime) else None
    rules = rruleset()
    for text in recurrence.rules:
        rule = _rule(text, first)
        rules.rrule(rule if near is None else _moved(rule, _parts(text), start, near))
    # DTSTART is always the first occurrence, even when the rule would not give it.
    rules.rdate(start)
    for text in recurrence.rdates:
        rules.rdate(_wall_of(_period_of(text)[0], tz))
    for moment in (_period_of(text)[0] for text in recurrence.exdates):
        if isinstance(moment, datetime) or tz is None:
            rules.exdate(_wall_of(moment, tz))
    return rules


def _moved(rule: rrule, parts: dict[str, str], start: datetime, near: datetime) -> rrule:
    """``rule`` started a whole number of its periods later, at least one period before ``near``.

    A COUNT counts from the first date, so such a rule stays as it is (the
    import turns COUNT into UNTIL). The days dateutil takes from the start
    when a rule names none (a yearly rule's month and day, a monthly rule's
    day) are written out, since the moved start is the first of a month.
    """
    freq = parts.get("FREQ", "")
    interval = int(parts.get("INTERVAL", "1") or 1)
    if "COUNT" in parts or near <= start or interval < 1:
        return rule
    if freq in ("YEARLY", "MONTHLY"):
        months = interval * (12 if freq == "YEARLY" else 1)
        periods = ((near.year - start.year) * 12 + near.month - start.month) // months - 1
        if periods < 1:
            return rule
        index = start.year * 12 + start.month - 1 + periods * months
        moved = start.replace(year=index // 12, month=index % 12 + 1, day=1)
        days: dict[str, int] = {}
        if not any(name in parts for name in _DAY_CHOICES):
            days["bymonthday"] = start.day
            if freq == "YEARLY" and "BYMONTH" not in parts:
                days["bymonth"] = start.month
        return rule.replace(dtstart=moved, **days)
    step = _STEPS[freq] * interval
    periods = (near - start) // step - 1
    return rule.replace(dtstart=start + step * periods) if periods >= 1 else rule


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


# -- RECURRENCE-ID;RANGE=THISANDFUTURE -------------------------------------------------

_MOVED_AT_MOST = 1_000
"""The most occurrences a change "this and future" writes out one by one, when the
rules cannot simply start from the changed occurrence (see :func:`onwards`)."""
_CLOCK_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND")


def cut_before(first: Moment, recurrence: Recurrence, moment: str) -> Recurrence | None:
    """The series without its occurrences from ``moment`` on (a stored day or instant); None: nothing left.

    Each rule ends just before ``moment`` (its ``UNTIL`` earlier, if it had
    one already), and the extra dates from then on go.
    """
    tz = first.tzinfo if isinstance(first, datetime) else None
    cut = _wall_of(moment_of(moment), tz)
    if cut <= _wall_start(first):
        return None
    recurrence = _counts_settled(first, recurrence)
    # The last wall-clock time kept, as a local UNTIL (the kind dateutil compares with DTSTART).
    if tz is None:
        kept_until = (cut - timedelta(days=1)).strftime("%Y%m%d")
    else:
        kept_until = (cut - timedelta(seconds=1)).strftime("%Y%m%dT%H%M%S")
    rules = tuple(_with_until(rule, kept_until, tz) for rule in recurrence.rules)
    rdates = tuple(text for text in recurrence.rdates if _wall_of(_period_of(text)[0], tz) < cut)
    return Recurrence(rules[0] if rules else None, recurrence.exdates, rdates, rules[1:])


def _counts_settled(first: Moment, recurrence: Recurrence) -> Recurrence:
    """The recurrence with each ``COUNT`` as the ``UNTIL`` of its last occurrence: counted
    from a moved start, or cut, a COUNT would give other dates."""
    rules = tuple(settle_rule(rule, first) if "COUNT" in _parts(rule) else rule for rule in recurrence.rules)
    return Recurrence(rules[0] if rules else None, recurrence.exdates, recurrence.rdates, rules[1:])


def _with_until(rule: str, until: str, tz: tzinfo | None) -> str:
    """``rule`` ending by the local ``until`` at the latest."""
    parts = [part for part in rule.split(";") if part.split("=", 1)[0].strip().upper() not in ("UNTIL", "COUNT")]
    current = _parts(rule).get("UNTIL")
    if current is not None:
        local = _local_until(current, tz)
        if len(local) == len(until) and local < until:
            until = local
    return ";".join([*parts, f"UNTIL={until}"])


def onwards(first: Moment, recurrence: Recurrence, moment: str, new_first: Moment) -> Recurrence:
    """The occurrences from ``moment`` on, each moved as the one at ``moment`` moved to ``new_first``.

    RFC 5545 §3.8.4.4 (``RANGE=THISANDFUTURE``): the change of start applies
    to every later occurrence. A rule naming no days or clock times follows
    its start, and so does one whose occurrences stay on their days; any
    other (``BYDAY=MO`` moved to a Tuesday) has its occurrences written out,
    moved, up to :data:`_MOVED_AT_MOST` of them, and an endless one keeps
    its times (Outlook and Google rewrite such a series as two anyway).
    """
    tz = first.tzinfo if isinstance(first, datetime) else None
    recurrence = _counts_settled(first, recurrence)
    at = _wall_of(moment_of(moment), tz)
    moved_to = _wall_start(new_first)
    shift = moved_to - at
    follows = all(_follows_start(rule, shift) for rule in recurrence.rules)
    exdates = tuple(_moved_text(text, shift, tz) for text in recurrence.exdates)
    rdates = tuple(
        _moved_text(text, shift, tz) for text in recurrence.rdates if _wall_of(_period_of(text)[0], tz) >= at
    )
    if follows or not shift:
        rules = tuple(_shifted_until(rule, shift, tz) for rule in recurrence.rules)
        return Recurrence(rules[0] if rules else None, exdates, rdates, rules[1:])
    whole = Recurrence(recurrence.rule, recurrence.exdates, (), recurrence.more_rules)
    written: list[str] = []
    for count, wall in enumerate(_set(first, whole, near=at)):
        if wall < at:
            continue
        if count >= _MOVED_AT_MOST * 4 or len(written) >= _MOVED_AT_MOST:
            # Endless or too long to write out: the occurrences keep their times.
            rules = recurrence.rules
            return Recurrence(rules[0] if rules else None, recurrence.exdates, recurrence.rdates, rules[1:])
        written.append(_stored_wall(wall + shift, tz))
    return Recurrence(None, exdates, (*written, *rdates))


def _follows_start(rule: str, shift: timedelta) -> bool:
    """Whether ``rule`` started at a moved start gives every occurrence moved as much."""
    parts = _parts(rule)
    if not any(name.startswith("BY") for name in parts):
        return True
    # Days named by the rule stay right when the move keeps each occurrence on its day.
    same_day = abs(shift) < timedelta(days=1) and not any(name in parts for name in _CLOCK_PARTS)
    return same_day and parts.get("FREQ") not in ("SECONDLY", "MINUTELY", "HOURLY")


def _shifted_until(rule: str, shift: timedelta, tz: tzinfo | None) -> str:
    until = _parts(rule).get("UNTIL")
    if until is None or not shift:
        return rule
    local = _local_until(until, tz)
    if len(local) == 8:
        moved = (datetime.strptime(local, "%Y%m%d") + timedelta(days=shift.days)).strftime("%Y%m%d")
    else:
        moved = (datetime.strptime(local, "%Y%m%dT%H%M%S") + shift).strftime("%Y%m%dT%H%M%S")
    parts = [part for part in rule.split(";") if part.split("=", 1)[0].strip().upper() != "UNTIL"]
    return ";".join([*parts, f"UNTIL={moved}"])


def _moved_text(text: str, shift: timedelta, tz: tzinfo | None) -> str:
    """A stored date or period moved by ``shift`` of wall-clock time."""
    start, own = _period_of(text)
    if own is None:
        # A day stays a day (it skips every occurrence on it), an instant stays an instant.
        return _stored_wall(_wall_of(start, tz) + shift, tz if isinstance(start, datetime) else None)
    assert tz is not None
    begins = _placed(_wall_of(start, tz) + shift, tz)
    return period_text(begins, later(begins, own))


def _stored_wall(wall: datetime, tz: tzinfo | None) -> str:
    """A wall-clock time as stored: a day for an all-day event, else the instant in ``tz``."""
    if tz is None:
        return wall.date().isoformat()
    return instant_text(_placed(wall, tz))
