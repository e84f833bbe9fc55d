"""Context calendars: imported once, shown behind the plan, repeats expanded in local time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from itertools import chain, pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from hypothesis import assume, given
from hypothesis import strategies as st

from planner import Planner
from planner.errors import NotFoundError, ValidationError
from planner.exchange.ics.importer import import_context, read_calendar
from planner.model import ChangeKind, Entity
from planner.recurrence import Recurrence, occurrences, settle_rule
from planner.timezones import day_range
from tests.helpers.fixed import NOW
from tests.helpers.ics_samples import calendar, event, fixture

PARIS = ZoneInfo("Europe/Paris")


def read(data: bytes, source: str = "cal.ics"):  # type: ignore[no-untyped-def]
    return read_calendar(data, source=source, floating_zone="Europe/Paris")


def days(planner: Planner, first: date, last: date):  # type: ignore[no-untyped-def]
    return planner.context_events(*day_range(first, last, planner.planning_zone))


def test_outlook_fortnightly_all_day_series_shows_on_its_days_without_the_excluded_one(planner: Planner) -> None:
    import_context(planner, read(fixture("outlook-exchange-2010.ics"), "outlook.ics"))
    reviews = [e for e in days(planner, date(2026, 2, 1), date(2026, 5, 31)) if e.all_day]
    # Every other Monday from 2 March; 16 March excluded; 13 April, the last local day, included.
    assert [(e.start, e.end) for e in reviews] == [
        (date(2026, 3, 2), date(2026, 3, 3)),
        (date(2026, 3, 30), date(2026, 3, 31)),
        (date(2026, 4, 13), date(2026, 4, 14)),
    ]
    assert {e.calendar for e in reviews} == {"Trade fairs"}


def test_windows_zone_events_show_at_their_instants(planner: Planner) -> None:
    import_context(planner, read(fixture("outlook-exchange-2010.ics")))
    timed = [e for e in days(planner, date(2026, 3, 1), date(2026, 4, 30)) if not e.all_day]
    assert [e.start for e in timed] == [
        datetime(2026, 3, 5, 9, 30, tzinfo=UTC),
        datetime(2026, 4, 9, 8, 30, tzinfo=UTC),
    ]
    assert all(e.timezone == "Europe/London" for e in timed)


def test_all_day_events_stay_on_their_day_whatever_the_planning_zone(tmp_path: Path) -> None:
    # Chatham is 12:45 ahead of UTC: an all-day event stored as an instant would move a day.
    with Planner.open(tmp_path / "far.sqlite", planning_zone="Pacific/Chatham", clock=lambda: NOW) as far:
        import_context(far, read(fixture("google-calendar.ics")))
        found = days(far, date(2026, 6, 21), date(2026, 6, 21))
    assert [(e.summary, e.start, e.end, e.all_day) for e in found] == [
        ("Fête de la musique", date(2026, 6, 21), date(2026, 6, 22), True)
    ]


def test_google_calendar_shows_its_utc_times_and_leaves_out_cancelled_events(planner: Planner) -> None:
    report = import_context(planner, read(fixture("google-calendar.ics")))
    assert report.created == 2 and [s.why for s in report.skipped] == ["cancelled"]
    found = days(planner, date(2026, 6, 1), date(2026, 6, 30))
    assert [(e.summary, e.start) for e in found] == [
        ("Press day", datetime(2026, 6, 4, 18, 15, tzinfo=UTC)),
        ("Fête de la musique", date(2026, 6, 21)),
    ]


def test_reimporting_a_calendar_replaces_its_events(planner: Planner) -> None:
    parsed = read(fixture("google-calendar.ics"))
    first = import_context(planner, parsed)
    again = import_context(planner, parsed)
    assert (first.replaced, again.replaced) == (None, 2)
    assert [c.event_count for c in planner.context_calendars()] == [2]
    assert len(days(planner, date(2026, 6, 1), date(2026, 6, 30))) == 2

    smaller = calendar(event("one@x", "Only one", "DTSTART:20260605T100000Z", ""), head="X-WR-CALNAME:industry DAYS")
    replaced = import_context(planner, read(smaller))
    # The same name, whatever its letter case, is the same calendar.
    assert replaced.replaced == 2 and replaced.calendar is not None and replaced.calendar.name == "Industry days"
    assert [e.summary for e in days(planner, date(2026, 6, 1), date(2026, 6, 30))] == ["Only one"]
    actions = [e.action for e in planner.session.audit_log(entity=Entity.CONTEXT)]
    assert actions == [ChangeKind.CREATE, ChangeKind.EDIT, ChangeKind.EDIT]


def test_calendars_are_named_by_the_user_the_file_or_its_file_name(planner: Planner) -> None:
    nameless = calendar(event())
    import_context(planner, read(nameless, "Launch dates.ics"))
    import_context(planner, read(fixture("google-calendar.ics")), name="Salons", colour="#336699")
    import_context(planner, read(fixture("outlook-exchange-2010.ics")))
    calendars = {c.name: c for c in planner.context_calendars()}
    assert sorted(calendars) == ["Launch dates", "Salons", "Trade fairs"]
    assert calendars["Salons"].colour == "#336699" and calendars["Salons"].source == "cal.ics"
    assert calendars["Launch dates"].imported_at == NOW


def test_a_hidden_calendar_leaves_the_views_until_shown_again(planner: Planner) -> None:
    report = import_context(planner, read(fixture("google-calendar.ics")))
    assert report.calendar is not None
    calendar_id = report.calendar.id
    change = planner.set_context_visible(calendar_id, False)
    assert change.entity is Entity.CONTEXT and change.ids == (calendar_id,)
    start, end = day_range(date(2026, 6, 1), date(2026, 6, 30), "Europe/Paris")
    assert planner.context_events(start, end) == []
    assert len(planner.context_events(start, end, visible_only=False)) == 2
    assert planner.context_calendars()[0].visible is False
    planner.set_context_visible(calendar_id, True)
    assert len(planner.context_events(start, end)) == 2


def test_removing_a_calendar_removes_its_events_only(planner: Planner) -> None:
    google = import_context(planner, read(fixture("google-calendar.ics"))).calendar
    import_context(planner, read(fixture("outlook-exchange-2010.ics")))
    assert google is not None
    planner.remove_context_calendar(google.id)
    assert [c.name for c in planner.context_calendars()] == ["Trade fairs"]
    assert days(planner, date(2026, 6, 1), date(2026, 6, 30)) == []
    with pytest.raises(NotFoundError):
        planner.remove_context_calendar(google.id)
    with pytest.raises(NotFoundError):
        planner.context_calendar("Industry days")


def test_an_occurrence_changed_on_its_own_replaces_the_one_of_the_series(planner: Planner) -> None:
    series = event(
        "standup@x", "Stand-up", "DTSTART;TZID=Europe/Paris:20260316T090000", "DTEND;TZID=Europe/Paris:20260316T091500",
        "RRULE:FREQ=WEEKLY;COUNT=4",
    )  # fmt: skip
    moved = event(
        "standup@x", "Stand-up (late)", "DTSTART;TZID=Europe/Paris:20260323T113000",
        "DTEND;TZID=Europe/Paris:20260323T114500", "RECURRENCE-ID;TZID=Europe/Paris:20260323T090000",
    )  # fmt: skip
    import_context(planner, read(calendar(series, moved)))
    found = days(planner, date(2026, 3, 1), date(2026, 4, 30))
    assert [(e.summary, e.start.astimezone(PARIS).strftime("%d %H:%M")) for e in found] == [  # type: ignore[union-attr]
        ("Stand-up", "16 09:00"),
        ("Stand-up (late)", "23 11:30"),
        ("Stand-up", "30 09:00"),
        ("Stand-up", "06 09:00"),
    ]


def test_rdate_and_exdate_across_the_change_to_summer_time(planner: Planner) -> None:
    series = event(
        "r@x", "Webinar", "DTSTART;TZID=Europe/Paris:20260319T180000", "DTEND;TZID=Europe/Paris:20260319T190000",
        "RRULE:FREQ=WEEKLY;UNTIL=20260409T160000Z", "EXDATE;TZID=Europe/Paris:20260326T180000",
        "RDATE;TZID=Europe/Paris:20260328T100000",
    )  # fmt: skip
    import_context(planner, read(calendar(series)))
    found = days(planner, date(2026, 3, 1), date(2026, 4, 30))
    local = [e.start.astimezone(PARIS) for e in found]  # type: ignore[union-attr]
    assert local == [
        datetime(2026, 3, 19, 18, 0, tzinfo=PARIS),
        datetime(2026, 3, 28, 10, 0, tzinfo=PARIS),
        datetime(2026, 4, 2, 18, 0, tzinfo=PARIS),
        datetime(2026, 4, 9, 18, 0, tzinfo=PARIS),  # UNTIL is 18:00 in Paris that day: included
    ]
    assert [e.end - e.start for e in found] == [timedelta(hours=1)] * 4  # type: ignore[operator]


def test_an_event_overlapping_the_range_edge_is_shown_and_one_outside_is_not(planner: Planner) -> None:
    night = event(
        "n@x", "Night shift", "DTSTART;TZID=Europe/Paris:20260614T220000", "DTEND;TZID=Europe/Paris:20260615T060000"
    )
    import_context(planner, read(calendar(night)))
    assert [e.summary for e in days(planner, date(2026, 6, 15), date(2026, 6, 15))] == ["Night shift"]
    assert days(planner, date(2026, 6, 16), date(2026, 6, 16)) == []


def test_an_endless_series_is_expanded_only_over_the_range_asked(planner: Planner) -> None:
    daily = event("d@x", "Daily", "DTSTART;TZID=Europe/Paris:20200101T080000", "", "RRULE:FREQ=DAILY")
    import_context(planner, read(calendar(daily)))
    found = days(planner, date(2026, 6, 1), date(2026, 6, 7))
    assert len(found) == 7 and found[0].start == datetime(2026, 6, 1, 8, 0, tzinfo=PARIS)


def test_series_started_in_2005_show_the_right_dates_in_2026(planner: Planner) -> None:
    series = [
        ("daily", "DTSTART;TZID=Europe/Paris:20050103T073000", "RRULE:FREQ=DAILY;INTERVAL=3"),
        ("weekly", "DTSTART;TZID=Europe/Paris:20050105T120000", "RRULE:FREQ=WEEKLY;BYDAY=MO,WE"),
        ("last friday", "DTSTART;VALUE=DATE:20050128", "RRULE:FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1"),
        ("birthday", "DTSTART;VALUE=DATE:20050610", "RRULE:FREQ=YEARLY"),
        ("counted", "DTSTART;TZID=Europe/Paris:20050101T180000", "RRULE:FREQ=DAILY;COUNT=7850"),
        ("hourly", "DTSTART:20050101T000000Z", "RRULE:FREQ=HOURLY;INTERVAL=5;BYDAY=SA"),
    ]
    events = [event(f"{name}@x", name.title(), start, "", rule) for name, start, rule in series]
    events.append(event("ex@x", "Excluded", "DTSTART;VALUE=DATE:20050101", "", "RRULE:FREQ=DAILY",
                        "EXDATE;VALUE=DATE:20260611"))  # fmt: skip
    import_context(planner, read(calendar(*events)))

    found = days(planner, date(2026, 6, 8), date(2026, 6, 14))
    by_name: dict[str, list[str]] = {}
    for e in found:
        shown = e.start.isoformat() if e.all_day else e.start.astimezone(PARIS).strftime("%d %H:%M")  # type: ignore[union-attr]
        by_name.setdefault(e.summary, []).append(shown)
    # 2005-01-03 plus a multiple of 3 days: 9 and 12 June 2026.
    assert by_name["Daily"] == ["09 07:30", "12 07:30"]
    assert by_name["Weekly"] == ["08 12:00", "10 12:00"]
    assert by_name["Birthday"] == ["2026-06-10"]
    # 7850 days from 1 January 2005: the last is 29 June 2026.
    assert by_name["Counted"] == [f"{d:02d} 18:00" for d in range(8, 15)]
    counted = [e.start for e in days(planner, date(2026, 6, 28), date(2026, 7, 5)) if e.summary == "Counted"]
    assert counted == [datetime(2026, 6, d, 18, 0, tzinfo=PARIS) for d in (28, 29)]
    # Every fifth hour from midnight 1 January 2005 UTC, on Saturday 13 June 2026 (UTC).
    hours = sorted(e.start.astimezone(UTC).hour for e in found if e.summary == "Hourly")  # type: ignore[union-attr]
    first = (datetime(2026, 6, 13, tzinfo=UTC) - datetime(2005, 1, 1, tzinfo=UTC)).total_seconds() // 3600 % 5
    assert hours == list(range((5 - int(first)) % 5, 24, 5))
    assert by_name["Excluded"] == [f"2026-06-{d:02d}" for d in (8, 9, 10, 12, 13, 14)]
    assert "Last Friday" not in by_name
    assert [e.start for e in days(planner, date(2026, 6, 26), date(2026, 6, 26)) if e.summary == "Last Friday"] == [
        date(2026, 6, 26)
    ]


def test_a_repeat_until_a_far_year_shows_like_an_endless_one(planner: Planner) -> None:
    far = event("far@x", "Far", "DTSTART;VALUE=DATE:20260101", "", "RRULE:FREQ=MONTHLY;UNTIL=99991231")
    import_context(planner, read(calendar(far)))
    assert [e.start for e in days(planner, date(2026, 6, 1), date(2026, 6, 30))] == [date(2026, 6, 1)]
    assert [e.start for e in days(planner, date(2999, 12, 1), date(2999, 12, 31))] == [date(2999, 12, 1)]


def test_a_count_ending_in_the_hour_the_clocks_skip_keeps_its_count(planner: Planner) -> None:
    # 00:30, 01:30, then 02:30, which does not exist on 29 March 2026 in Paris: it is at 01:30 UTC
    # (03:30 summer time), the instant the next hourly wall time (03:30) also names; that one is not the third.
    night = event("n@x", "Night", "DTSTART;TZID=Europe/Paris:20260329T003000", "", "RRULE:FREQ=HOURLY;COUNT=3")
    import_context(planner, read(calendar(night)))
    found = days(planner, date(2026, 3, 28), date(2026, 3, 30))
    assert [e.start.astimezone(UTC).strftime("%d %H:%M") for e in found] == ["28 23:30", "29 00:30", "29 01:30"]  # type: ignore[union-attr]


# -- expanding from near the range gives what expanding from the first date gives ------

RULE_DAYS = st.sampled_from(
    [
        "",
        ";BYDAY=MO,TH",
        ";BYDAY=-1FR",
        ";BYDAY=2TU,SU",
        ";BYMONTHDAY=1,15,-1",
        ";BYMONTHDAY=31",
        ";BYMONTH=2,11",
        ";BYMONTH=3;BYDAY=SU;BYSETPOS=-1",
        ";BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1",
        ";BYYEARDAY=1,-1,100",
        ";BYWEEKNO=1,53;BYDAY=MO",
    ]
)
RULE_ENDS = st.sampled_from(["", ";COUNT=7", ";COUNT=400", ";UNTIL=20240229", ";UNTIL=20270101T120000Z"])


def reference(rule: str, first: datetime, after: datetime, before: datetime) -> list[datetime]:
    """Occurrence starts in [after, before), counted from the first date (wall times placed with fold=0)."""
    tz = first.tzinfo
    assert tz is not None
    until = rule.split("UNTIL=")[1] if "UNTIL=" in rule else None
    if until and until.endswith("Z"):  # as Dialogos reads it: the instant, as a wall time in the zone
        instant = datetime.strptime(until, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).astimezone(tz)
        rule = rule.replace(until, instant.strftime("%Y%m%dT%H%M%S"))
    elif until:
        rule = rule.replace(until, until + "T235959")
    found = []
    for wall in chain([first.replace(tzinfo=None)], rrulestr(rule, dtstart=first.replace(tzinfo=None))):
        start = wall.replace(tzinfo=tz, fold=0)
        if start >= before + timedelta(days=2):
            break
        if after <= start < before and start not in found:
            found.append(start)
    return sorted(found)


@given(
    freq=st.sampled_from(["YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY"]),
    interval=st.integers(min_value=1, max_value=5),
    by=RULE_DAYS,
    ends=RULE_ENDS,
    first_day=st.dates(min_value=date(2005, 1, 1), max_value=date(2026, 12, 31)),
    hour=st.sampled_from([0, 2, 9, 23]),
    zone_name=st.sampled_from(["UTC", "Europe/Paris", "America/New_York"]),
    offset=st.integers(min_value=-30, max_value=8000),
    span=st.integers(min_value=1, max_value=60),
)
def test_a_range_far_from_the_first_date_gives_the_same_occurrences(
    freq: str, interval: int, by: str, ends: str, first_day: date, hour: int, zone_name: str, offset: int, span: int
) -> None:
    tz = ZoneInfo(zone_name)
    first = datetime.combine(first_day, time(hour, 30), tzinfo=tz)
    rule = f"FREQ={freq};INTERVAL={interval}{by}{ends}"
    if freq == "HOURLY":  # a few days of an hourly rule, within four years: the reference counts every hour
        span, offset = min(span, 3), offset % 1500
    try:
        stored = settle_rule(rule, first)
    except (ValidationError, ValueError):
        assume(False)  # a rule Dialogos refuses, tested apart
    after = datetime.combine(first_day + timedelta(days=offset), time(), tzinfo=tz)
    before = after + timedelta(days=span)
    found = occurrences(first, timedelta(0), Recurrence(rule=stored), after, before)
    assert found == reference(rule, first, after, before)


@given(
    freq=st.sampled_from(["YEARLY", "MONTHLY", "WEEKLY", "DAILY"]),
    interval=st.integers(min_value=1, max_value=5),
    by=RULE_DAYS,
    ends=RULE_ENDS,
    first=st.dates(min_value=date(2005, 1, 1), max_value=date(2026, 12, 31)),
    offset=st.integers(min_value=-30, max_value=8000),
    span=st.integers(min_value=1, max_value=60),
)
def test_an_all_day_series_far_from_its_first_day_gives_the_same_days(
    freq: str, interval: int, by: str, ends: str, first: date, offset: int, span: int
) -> None:
    rule = f"FREQ={freq};INTERVAL={interval}{by}{ends}"
    try:
        stored = settle_rule(rule, first)
    except (ValidationError, ValueError):
        assume(False)
    after = first + timedelta(days=offset)
    before = after + timedelta(days=span)
    found = occurrences(first, timedelta(days=1), Recurrence(rule=stored), after, before)
    # An all-day series ends on the day its UNTIL names.
    until = rule.split("UNTIL=")[1] if "UNTIL=" in rule else None
    counted = rule.replace(until, until[:8]) if until else rule
    expected = set()
    for wall in chain([datetime.combine(first, time())], rrulestr(counted, dtstart=datetime.combine(first, time()))):
        if wall.date() >= before:
            break
        if wall.date() >= after:
            expected.add(wall.date())
    assert found == sorted(expected)


# -- a weekly event keeps its wall-clock time ------------------------------------------

ZONES = ("Europe/Paris", "America/New_York", "Australia/Sydney", "Europe/London", "America/Santiago", "Asia/Tehran")


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Planner]:
    """One plan for every example hypothesis tries (each replaces the calendar)."""
    with Planner.open(tmp_path_factory.mktemp("weekly") / "plan.sqlite", planning_zone="Europe/Paris") as opened:
        yield opened


@given(
    first=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    zone_name=st.sampled_from(ZONES),
    hour=st.integers(min_value=6, max_value=21),
    minute=st.sampled_from((0, 15, 30, 45)),
)
def test_a_weekly_event_keeps_its_wall_clock_time_across_dst_changes(
    shared: Planner, first: date, zone_name: str, hour: int, minute: int
) -> None:
    wall = datetime.combine(first, time(hour, minute))
    weekly = event(
        "weekly@x", "Weekly", f"DTSTART;TZID={zone_name}:{wall:%Y%m%dT%H%M%S}", "", "RRULE:FREQ=WEEKLY;COUNT=60"
    )
    import_context(shared, read(calendar(weekly)), name="Weekly")
    start = datetime.combine(first, time(), tzinfo=UTC) - timedelta(days=2)
    found = shared.context_events(start, start + timedelta(days=7 * 60 + 4))
    tz = ZoneInfo(zone_name)
    local = [e.start.astimezone(tz) for e in found]  # type: ignore[union-attr]
    assert len(local) == 60
    assert {(d.hour, d.minute) for d in local} == {(hour, minute)}
    assert [(b.date() - a.date()).days for a, b in pairwise(local)] == [7] * 59
