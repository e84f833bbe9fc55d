"""Time handling: local wall-clock times in IANA zones, to and from UTC.

Rules (see the README, "Time"):

* every datetime the core handles is aware; instants are stored in UTC;
* a local time that does not exist in its zone (the spring-forward gap) is
  refused, and the message names the gap;
* an ambiguous local time (the autumn hour that happens twice) means its
  *first* occurrence, as RFC 5545 §3.3.5 says.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.errors import ValidationError

FIRST_YEAR = 1900
LAST_YEAR = 2999
_ZONE_NAME = re.compile(r"^[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*$")


def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name``, or a validation error naming it."""
    if not name or not _ZONE_NAME.match(name) or len(name) > 64:
        raise ValidationError("error.unknown_zone", zone=name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValidationError("error.unknown_zone", zone=name) from None


def system_zone_name() -> str:
    """The IANA name of this machine's zone, ``UTC`` when it cannot be told."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # noqa: BLE001 - any failure means "unknown"
        return "UTC"
    if not name:
        return "UTC"
    try:
        zone(name)
    except ValidationError:
        return "UTC"
    return name


def localize(wall: datetime, zone_name: str) -> datetime:
    """The aware datetime for the naive wall-clock time ``wall`` in ``zone_name``.

    Refuses a time inside a spring-forward gap; takes the first occurrence of
    an ambiguous one.
    """
    if wall.tzinfo is not None:
        raise TypeError("localize() takes a naive wall-clock time")
    tz = zone(zone_name)
    first = wall.replace(tzinfo=tz, fold=0)
    back = first.astimezone(UTC).astimezone(tz)
    if back.replace(tzinfo=None) != wall:
        start, end = gap_around(wall, tz)
        raise ValidationError(
            "error.time_in_gap",
            time=wall.strftime("%Y-%m-%d %H:%M"),
            zone=zone_name,
            gap_start=start.strftime("%H:%M"),
            gap_end=end.strftime("%H:%M"),
        )
    return first


def weekly_instant(day: date, at: time, tz: ZoneInfo) -> datetime:
    """``day`` at the wall-clock time ``at`` in ``tz``, as a weekly slot reads it: a time the
    clocks skip that day falls after the gap (read with the offset before it), a repeated one is
    its first. Unlike :func:`localize`, never refused: a weekly place has a time every week."""
    wall = datetime.combine(day, at, tzinfo=tz)
    return wall.astimezone(UTC).astimezone(tz)


def moved_by(start: datetime, zone_name: str, *, days: int = 0, minutes: int = 0) -> datetime:
    """``start`` moved ``days`` in ``zone_name``'s wall-clock time (09:00 stays 09:00 across a
    change of the clocks; a time they skip that day is refused, as :func:`localize` refuses it),
    then ``minutes`` of elapsed time (steps walk through the night the clocks change)."""
    if days:
        start = localize(start.replace(tzinfo=None, fold=0) + timedelta(days=days), zone_name)
    if minutes:
        start = (start.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(start.tzinfo)
    return start


def gap_around(wall: datetime, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The local times where the gap containing ``wall`` starts and ends."""
    before = wall.replace(tzinfo=tz, fold=0).utcoffset()
    after = wall.replace(tzinfo=tz, fold=1).utcoffset()
    assert before is not None and after is not None
    # Between these two instants the offset switches from `before` to `after`.
    low = (wall - before).replace(tzinfo=UTC) - timedelta(days=1)
    high = (wall - after).replace(tzinfo=UTC) + timedelta(days=1)
    while high - low > timedelta(seconds=1):
        mid = low + (high - low) / 2
        if mid.astimezone(tz).utcoffset() == before:
            low = mid
        else:
            high = mid
    transition = high.replace(microsecond=0)
    start = (transition + before).replace(tzinfo=None)
    end = (transition + after).replace(tzinfo=None)
    return start, end


def within_years(moment: datetime | date, shown: str) -> None:
    """Refuse dates so far away that arithmetic on them would overflow."""
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise ValidationError("error.year_out_of_range", value=shown, first=FIRST_YEAR, last=LAST_YEAR)


def to_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise TypeError("naive datetime: the core only handles aware ones")
    return moment.astimezone(UTC)


def from_timestamp(seconds: int, zone_name: str) -> datetime:
    return datetime.fromtimestamp(seconds, tz=UTC).astimezone(zone(zone_name))


def timestamp(moment: datetime) -> int:
    return int(to_utc(moment).timestamp())


def parse_local(text: str, zone_name: str) -> datetime:
    """Parse ``YYYY-MM-DD HH:MM`` (or ISO ``T``) as a wall-clock time in the zone.

    A text with its own UTC offset (``2026-06-01T10:00+02:00``) is taken as that
    instant, shown in the zone.
    """
    cleaned = text.strip()
    try:
        parsed = datetime.fromisoformat(cleaned)
    except ValueError:
        raise ValidationError("error.bad_datetime", value=text) from None
    within_years(parsed, text)
    if parsed.tzinfo is not None:
        return parsed.astimezone(zone(zone_name))
    if len(cleaned) <= 10:
        # A date alone is not a time to publish at.
        raise ValidationError("error.bad_datetime", value=text)
    return localize(parsed.replace(second=0, microsecond=0), zone_name)


def parse_date(text: str) -> date:
    try:
        parsed = date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("error.bad_date", value=text) from None
    within_years(parsed, text)
    return parsed


def day_start(day: date, zone_name: str) -> datetime:
    """The first instant of ``day`` in the zone (midnight may be in a gap)."""
    tz = zone(zone_name)
    midnight = datetime.combine(day, time(0), tzinfo=tz)
    back = midnight.astimezone(UTC).astimezone(tz)
    if back.replace(tzinfo=None) != midnight.replace(tzinfo=None):
        # Midnight skipped (e.g. America/Santiago): the day starts at the gap's end.
        _, end = gap_around(midnight.replace(tzinfo=None), tz)
        return end.replace(tzinfo=tz)
    return midnight


def day_range(first: date, last: date, zone_name: str) -> tuple[datetime, datetime]:
    """The instants [start of ``first``, start of the day after ``last``)."""
    if last < first:
        raise ValidationError("error.bad_range", start=first.isoformat(), end=last.isoformat())
    return day_start(first, zone_name), day_start(last + timedelta(days=1), zone_name)


_ISO_WEEK = re.compile(r"^(\d{4})-?W(\d{2})$", re.IGNORECASE)


def parse_iso_week(text: str) -> tuple[int, int]:
    match = _ISO_WEEK.match(text.strip())
    if not match:
        raise ValidationError("error.bad_week", value=text)
    year, week = int(match.group(1)), int(match.group(2))
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValidationError("error.bad_week", value=text) from None
    within_years(monday, text)  # 9999-W52 is a week, but its end is past the last date Python knows
    return year, week


def week_start(year: int, week: int, first_weekday: int = 1) -> date:
    """The first day of the week numbered ``year``-W``week`` where weeks start on
    ``first_weekday`` (1 Monday … 7 Sunday, as ``isoweekday``).

    Such a week straddles two ISO weeks unless it starts on a Monday; it takes the
    number of the one that holds most of its days (a Sunday-first week, that of its
    Monday to Saturday), so that "W49" names the same days to the calendar, the
    Insights and the command line. The inverse of :func:`week_number`.
    """
    _check_weekday(first_weekday)
    monday = date.fromisocalendar(year, week, 1)
    # Most of the seven days lie in the ISO week when the first day is at most 3 days from its Monday.
    return monday + timedelta(days=(first_weekday + 2) % 7 - 3)


def week_number(first: date, first_weekday: int = 1) -> tuple[int, int]:
    """The (year, week) number of the week that starts on ``first`` (a ``first_weekday``):
    the ISO week of most of its days, which is always that of its middle (fourth) day."""
    _check_weekday(first_weekday)
    if first.isoweekday() != first_weekday:
        raise ValueError(f"{first} is not a day {first_weekday} of the week")
    iso = (first + timedelta(days=3)).isocalendar()
    return iso.year, iso.week


def week_containing(day: date, first_weekday: int = 1) -> date:
    """The first day of the week (starting on ``first_weekday``) that holds ``day``."""
    _check_weekday(first_weekday)
    return day - timedelta(days=(day.isoweekday() - first_weekday) % 7)


def _check_weekday(first_weekday: int) -> None:
    if not 1 <= first_weekday <= 7:
        raise ValueError(f"first_weekday is 1 (Monday) to 7 (Sunday), not {first_weekday}")


def week_range(year: int, week: int, zone_name: str, first_weekday: int = 1) -> tuple[datetime, datetime]:
    """The instants of the week ``year``-W``week`` in the zone: the ISO week, Monday to
    Monday, or the week so numbered that starts on ``first_weekday`` (see :func:`week_start`)."""
    first = week_start(year, week, first_weekday)
    return day_range(first, first + timedelta(days=6), zone_name)


def week_of(moment: datetime, first_weekday: int = 1) -> tuple[int, int]:
    """The (year, week) number of the week holding ``moment``'s local day."""
    return week_number(week_containing(moment.date(), first_weekday), first_weekday)


# The first day of the week by territory, as the CLDR data in Qt has it (a test compares): the territories
# not listed start their weeks on Monday.
_FIRST_DAY_BY_TERRITORY = {
    5: frozenset({"MV"}),
    6: frozenset("AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY".split()),
    7: frozenset(
        """AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN IS JM JP KE KH KR LA MH MM MO MT MX
        MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW""".split()
    ),
}


def first_weekday(locale_name: str) -> int:
    """The first day of the week (1 Monday … 7 Sunday) in the locale ``locale_name``
    (``en_US.UTF-8``, ``fr_FR``, ``ar_EG``…), by its territory; Monday (ISO) without one."""
    territory = locale_name.split(".")[0].split("@")[0].replace("-", "_").partition("_")[2].upper()
    return next((day for day, places in _FIRST_DAY_BY_TERRITORY.items() if territory in places), 1)


def environment_first_weekday(environ: Mapping[str, str] | None = None) -> int:
    """The first day of the week of the locale in force for dates (``LC_ALL``, ``LC_TIME``, ``LANG``)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        value = env.get(name, "")
        if value:
            return first_weekday(value)
    return 1
