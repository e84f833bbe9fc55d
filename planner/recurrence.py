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
  that starts on it (Outlook excludes occurrences of all-day events so).
"""

from __future__ import annotations

import re
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


def settle_rule(rule: str, first: Moment) -> str:
    """``rule`` (an ``RRULE`` value) checked for an event starting at ``first``, as it is stored.

    Raises ``ValueError`` when dateutil cannot read it, and
    :class:`~planner.errors.ValidationError` for a rule that would hang or
    break the expansion: an ``INTERVAL`` below 1, a rule that never gives a
    date (30 February), a ``COUNT`` above :data:`MAX_COUNT` or whose last
    occurrence falls after the last year Dialogos handles. A ``COUNT`` comes
    back as the ``UNTIL`` of its last occurrence (the same dates): a range is
    then expanded from near its start, not counted from the first date.
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
    last: datetime | None = None
    for wall in parsed:  # COUNT occurrences at most, each within the years checked
        if wall.year > LAST_YEAR:
            raise ValidationError("error.ics_rule_too_late", last=LAST_YEAR)
        last = wall
    if last is None:
        return rule
    # A local time, not an instant: the last occurrence may be a wall time the clocks skip.
    until = last.strftime("%Y%m%d") if not isinstance(first, datetime) else last.strftime("%Y%m%dT%H%M%S")
    kept = [part for part in rule.split(";") if part.split("=", 1)[0].strip().upper() != "COUNT"]
    return ";".join([*kept, f"UNTIL={until}"])


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
        if count >= _LAST_SCAN or wall.year > LAST_YEAR:
            return None
        last = wall
    if last is None:  # every occurrence excluded
        return later(first, length) if isinstance(first, datetime) else first + length
    if isinstance(first, datetime):
        assert first.tzinfo is not None
        return later(_placed(last, first.tzinfo), length)
    return last.date() + length


def later(start: datetime, length: timedelta) -> datetime:
    """``length`` after ``start`` in elapsed time, in the zone of ``start``.

    Adding a timedelta to an aware datetime adds wall-clock time: across a
    change of the clocks an hour-long event would last two hours, or none.
    """
    assert start.tzinfo is not None
    return (start.astimezone(UTC) + length).astimezone(start.tzinfo)


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
    for wall in _between(_set(first, recurrence, near=low), low, high):
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
    for wall in _between(_set(first, recurrence, near=low), low, high):
        day = wall.date()
        if day < before and day + days > after:
            found.append(day)
    return found


def _between(rules: rruleset, low: datetime, high: datetime) -> list[datetime]:
    """The occurrences in [low, high], at most :data:`_EXPAND_CAP` of them looked at."""
    found: list[datetime] = []
    for count, wall in enumerate(rules):
        if wall > high or count >= _EXPAND_CAP:
            break
        if wall >= low:
            found.append(wall)
    return found


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
    if recurrence.rule:
        rule = _rule(recurrence.rule, first)
        rules.rrule(rule if near is None else _moved(rule, _parts(recurrence.rule), start, near))
    # DTSTART is always the first occurrence, even when the rule would not give it.
    rules.rdate(start)
    for text in recurrence.rdates:
        rules.rdate(_wall_of(moment_of(text), tz))
    for moment in map(moment_of, recurrence.exdates):
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
