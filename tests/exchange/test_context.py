"""Context calendars: imported once, shown behind the plan, repeats expanded in local time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner import Planner
from planner.errors import NotFoundError
from planner.exchange.ics_import import import_context, read_calendar
from planner.model import ChangeKind, Entity
from planner.timezones import day_range
from tests.conftest import NOW
from tests.exchange.ics_samples import calendar, event, fixture

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
    actions = [e.action for e in planner.audit_log(entity=Entity.CONTEXT)]
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
