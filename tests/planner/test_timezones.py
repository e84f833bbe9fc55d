"""Local times in IANA zones: gaps refused, folds read as their first occurrence."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields, ValidationError
from planner.timezones import (
    day_range,
    environment_first_weekday,
    first_weekday,
    localize,
    moved_by,
    parse_date,
    parse_iso_week,
    parse_local,
    week_containing,
    week_number,
    week_of,
    week_range,
    week_start,
)

ZONES = (
    "Europe/Paris",
    "America/New_York",
    "Australia/Lord_Howe",  # a half-hour shift
    "Asia/Kolkata",  # no shift at all
    "America/Santiago",  # shifts at midnight
    "UTC",
)


def clock_changes(zone_name: str) -> list[datetime]:
    """Where the zone's clocks change in 2000–2040, as wall times read on the old clock."""
    tz = ZoneInfo(zone_name)

    def offset(moment: datetime) -> timedelta | None:
        return moment.astimezone(tz).utcoffset()

    changes = []
    day = datetime(2000, 1, 1, tzinfo=UTC)
    while day.year <= 2040:
        if offset(day) != offset(day + timedelta(days=1)):
            hour = next(
                day + timedelta(hours=h) for h in range(24) if offset(day + timedelta(hours=h + 1)) != offset(day)
            )
            minute = next(
                hour + timedelta(minutes=m) for m in range(1, 61) if offset(hour + timedelta(minutes=m)) != offset(hour)
            )
            changes.append(minute.replace(tzinfo=None) + offset(hour))  # type: ignore[operator]
        day += timedelta(days=1)
    return changes


CLOCK_CHANGES = {name: clock_changes(name) for name in ZONES}

zones = st.sampled_from(ZONES)
walls = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 12, 31, 23, 59))
# Random times seldom fall in the two hours a year that matter: draw half of them there.
near_changes = st.sampled_from([name for name in ZONES if CLOCK_CHANGES[name]]).flatmap(
    lambda name: st.tuples(
        st.builds(
            lambda change, minutes: change + timedelta(minutes=minutes),
            st.sampled_from(CLOCK_CHANGES[name]),
            st.integers(-120, 120),
        ),
        st.just(name),
    )
)
local_times = st.one_of(st.tuples(walls, zones), near_changes)


def instants_showing(wall: datetime, zone_name: str) -> list[datetime]:
    """Every UTC instant whose local time in the zone is ``wall``, earliest first.

    Found from the offsets the zone uses around that day, not from fold
    semantics, so it checks localize() instead of repeating it.
    """
    tz = ZoneInfo(zone_name)
    offsets = {(wall + timedelta(hours=h)).replace(tzinfo=tz).utcoffset() for h in range(-48, 49, 3)}
    candidates = {(wall - offset).replace(tzinfo=UTC) for offset in offsets if offset is not None}
    return sorted(c for c in candidates if c.astimezone(tz).replace(tzinfo=None) == wall)


@given(local_times)
def test_localize_refuses_only_gaps_and_takes_the_first_occurrence(local_time: tuple[datetime, str]) -> None:
    wall, zone_name = local_time
    instants = instants_showing(wall, zone_name)

    if not instants:
        with pytest.raises(ValidationError) as caught:
            localize(wall, zone_name)
        assert caught.value.key == "error.time_in_gap"
        return
    local = localize(wall, zone_name)
    assert local.replace(tzinfo=None) == wall
    assert local.astimezone(UTC) == instants[0]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(local_times)
def test_a_stored_post_comes_back_at_the_same_instant_and_zone(
    planner: Planner, local_time: tuple[datetime, str]
) -> None:
    wall, zone_name = local_time[0].replace(second=0, microsecond=0), local_time[1]
    assume(instants_showing(wall, zone_name))
    start = localize(wall, zone_name)

    post = planner.get_post(planner.create_post(PostFields(platform="X", title="Tip", start=start)).ids[0])

    assert post.timezone == zone_name
    # Compare instants: equal wall times in one zone would hide a wrong fold.
    assert post.start_utc == start.astimezone(UTC)
    assert post.start is not None and post.start.replace(tzinfo=None) == wall


def test_a_time_in_the_spring_gap_is_refused_with_the_gap_named() -> None:
    with pytest.raises(ValidationError) as caught:
        localize(datetime(2027, 3, 28, 2, 30), "Europe/Paris")

    assert caught.value.exit_code == 2
    assert "2027-03-28 02:30 does not exist in Europe/Paris" in caught.value.message
    assert "from 02:00 to 03:00" in caught.value.message


def test_the_autumn_hour_that_happens_twice_means_its_first_occurrence() -> None:
    local = localize(datetime(2026, 10, 25, 2, 30), "Europe/Paris")

    assert local.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # still summer time, UTC+2
    assert local.utcoffset() == timedelta(hours=2)


def test_a_post_in_the_autumn_fold_keeps_its_first_occurrence(planner: Planner) -> None:
    start = parse_local("2026-10-25 02:30", "Europe/Paris")

    post = planner.get_post(planner.create_post(PostFields(platform="X", title="Tip", start=start)).ids[0])

    assert post.start_utc == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert post.end is not None and post.end.astimezone(UTC) == datetime(2026, 10, 25, 1, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("day", "hours"), [(date(2026, 3, 29), 167), (date(2026, 10, 25), 169), (date(2026, 6, 10), 168)]
)
def test_a_week_lasts_one_hour_less_or_more_when_clocks_change(day: date, hours: int) -> None:
    year, week, _ = day.isocalendar()

    start, end = week_range(year, week, "Europe/Paris")

    assert (start.replace(tzinfo=None), end.replace(tzinfo=None)) == (
        datetime.combine(date.fromisocalendar(year, week, 1), datetime.min.time()),
        datetime.combine(date.fromisocalendar(year, week, 7) + timedelta(days=1), datetime.min.time()),
    )
    # Subtract in UTC: aware datetimes sharing a zone subtract as wall times.
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=hours)


@given(year=st.integers(2000, 2040), week=st.integers(1, 52), zone_name=zones)
def test_weeks_follow_each_other_without_gap_or_overlap(year: int, week: int, zone_name: str) -> None:
    start, end = week_range(year, week, zone_name)
    following = date.fromisocalendar(year, week, 1) + timedelta(weeks=1)
    next_start, _ = week_range(*following.isocalendar()[:2], zone_name)

    assert end == next_start
    assert timedelta(hours=166) <= end.astimezone(UTC) - start.astimezone(UTC) <= timedelta(hours=170)


def test_a_day_whose_midnight_does_not_exist_starts_at_the_gap_end() -> None:
    # Chile moved its clocks from 00:00 to 01:00 on Sunday 2026-09-06.
    start, end = day_range(date(2026, 9, 6), date(2026, 9, 6), "America/Santiago")

    assert start.replace(tzinfo=None) == datetime(2026, 9, 6, 1, 0)
    assert end.replace(tzinfo=None) == datetime(2026, 9, 7, 0, 0)
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=23)


def test_parse_local_reads_wall_times_and_explicit_offsets() -> None:
    assert parse_local("2026-06-01 09:30", "Europe/Paris") == localize(datetime(2026, 6, 1, 9, 30), "Europe/Paris")
    assert parse_local(" 2026-06-01T09:30 ", "Europe/Paris").hour == 9
    explicit = parse_local("2026-06-01T10:00+00:00", "Europe/Paris")
    assert (explicit.hour, explicit.tzinfo) == (12, ZoneInfo("Europe/Paris"))


@pytest.mark.parametrize(
    ("text", "zone_name", "key"),
    [
        ("2026-06-01", "Europe/Paris", "error.bad_datetime"),  # a date alone is not a time
        ("tomorrow 9am", "Europe/Paris", "error.bad_datetime"),
        ("2026-13-01 09:30", "Europe/Paris", "error.bad_datetime"),
        ("2026-06-01 09:30", "Europe/Atlantis", "error.unknown_zone"),
        ("2026-06-01 09:30", "../../etc/passwd", "error.unknown_zone"),
        ("2027-03-28 02:30", "Europe/Paris", "error.time_in_gap"),
    ],
)
def test_parse_local_errors(text: str, zone_name: str, key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_local(text, zone_name)

    assert (caught.value.key, caught.value.exit_code) == (key, 2)
    assert text.strip() in caught.value.message or zone_name in caught.value.message


def test_parse_iso_week() -> None:
    assert parse_iso_week("2026-W24") == (2026, 24)
    assert parse_iso_week("2026w05") == (2026, 5)
    assert parse_iso_week("2026-W53") == (2026, 53)  # 2026 has 53 ISO weeks
    for bad in ("2025-W53", "2026-W00", "2026-24", "W24", "2026-W7"):
        with pytest.raises(ValidationError, match="is not a week: write it as YYYY-Www"):
            parse_iso_week(bad)


def test_parse_date() -> None:
    assert parse_date(" 2026-02-28 ") == date(2026, 2, 28)
    for bad in ("2026-02-30", "28/02/2026", ""):
        with pytest.raises(ValidationError, match="is not a date: write it as YYYY-MM-DD"):
            parse_date(bad)


def test_a_day_later_keeps_the_wall_clock_and_minutes_are_elapsed_time() -> None:
    paris = ZoneInfo("Europe/Paris")
    saturday = datetime(2026, 3, 28, 9, 0, tzinfo=paris)  # the clocks go forward on Sunday night
    assert moved_by(saturday, "Europe/Paris", days=1) == datetime(2026, 3, 29, 9, 0, tzinfo=paris)
    with pytest.raises(ValidationError, match="02:00"):
        moved_by(datetime(2026, 3, 28, 2, 30, tzinfo=paris), "Europe/Paris", days=1)  # 02:30 is skipped
    first = datetime(2026, 10, 25, 2, 45, tzinfo=paris)  # 02:45 CEST, then the clocks go back
    later = moved_by(first, "Europe/Paris", minutes=15)
    assert later.timestamp() - first.timestamp() == 15 * 60 and (later.hour, later.minute) == (2, 0)


@given(
    start=st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)),
    days=st.integers(-400, 400),
    minutes=st.integers(-3000, 3000),
    zone_name=st.sampled_from(["Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"]),
)
def test_moving_by_days_keeps_the_time_of_day_and_by_minutes_the_elapsed_time(
    start: datetime, days: int, minutes: int, zone_name: str
) -> None:
    local = start.astimezone(ZoneInfo(zone_name)).replace(second=0, microsecond=0)
    try:
        by_days = moved_by(local, zone_name, days=days)
    except ValidationError:
        return  # that wall time does not exist on the day reached
    assert by_days.date() == local.date() + timedelta(days=days)
    assert (by_days.hour, by_days.minute) == (local.hour, local.minute)
    assert moved_by(local, zone_name, minutes=minutes).timestamp() == local.timestamp() + minutes * 60


# -- week numbers where weeks do not start on Monday ---------------------------------------------


@given(first_weekday=st.integers(1, 7), day=st.dates(date(1901, 1, 1), date(2998, 12, 1)))
def test_a_week_is_numbered_by_the_iso_week_of_most_of_its_days(first_weekday: int, day: date) -> None:
    first = week_containing(day, first_weekday)
    assert first.isoweekday() == first_weekday and first <= day < first + timedelta(days=7)
    year, week = week_number(first, first_weekday)
    days = [(first + timedelta(days=n)).isocalendar()[:2] for n in range(7)]
    assert days.count((year, week)) >= 4
    # And the number names those days back, to the command line's --week as to the calendar.
    assert week_start(year, week, first_weekday) == first


@given(first_weekday=st.integers(1, 7), year=st.integers(1901, 2998), week=st.integers(1, 53))
def test_every_iso_week_number_names_one_week_of_each_first_day(first_weekday: int, year: int, week: int) -> None:
    try:
        date.fromisocalendar(year, week, 1)
    except ValueError:
        return  # a year of 52 weeks has no W53
    first = week_start(year, week, first_weekday)
    assert first.isoweekday() == first_weekday
    assert week_number(first, first_weekday) == (year, week)
    assert week_start(year, week, first_weekday) + timedelta(days=7) == week_start(
        *week_number(first + timedelta(days=7), first_weekday), first_weekday
    )


def test_a_sunday_first_week_takes_the_number_of_its_monday_to_saturday() -> None:
    # Sunday 6 to Saturday 12 December 2026: six of its days are ISO week 50.
    assert week_number(date(2026, 12, 6), 7) == (2026, 50)
    assert week_start(2026, 49, 7) == date(2026, 11, 29)
    start, end = week_range(2026, 50, "America/New_York", first_weekday=7)
    assert (start.date(), end.date()) == (date(2026, 12, 6), date(2026, 12, 13))
    # Across a year: Sunday 27 December 2026 to Saturday 2 January 2027 is 2026-W53.
    assert week_of(datetime(2027, 1, 2, 12, tzinfo=ZoneInfo("America/New_York")), 7) == (2026, 53)


@pytest.mark.parametrize(
    ("name", "first_day"),
    [("en_US.UTF-8", 7), ("fr_FR.UTF-8", 1), ("en_GB", 1), ("ar_EG", 6), ("pt_BR", 7), ("C", 1), ("fr", 1),
     ("dv_MV", 5), ("ja_JP.UTF-8", 7), ("de_DE@euro", 1), ("he-IL", 7)],
)  # fmt: skip
def test_the_first_day_of_the_week_follows_the_locale_territory(name: str, first_day: int) -> None:
    assert first_weekday(name) == first_day


def test_the_environment_first_day_reads_lc_time_before_lang() -> None:
    assert environment_first_weekday({"LANG": "fr_FR.UTF-8", "LC_TIME": "en_US.UTF-8"}) == 7
    assert environment_first_weekday({"LC_ALL": "fr_FR.UTF-8", "LC_TIME": "en_US.UTF-8"}) == 1
    assert environment_first_weekday({}) == 1
