"""Repeats other calendar apps write, honoured (issue 16, point 7): several RRULEs in one
event, extra dates with their own length (RDATE;VALUE=PERIOD), and a change to "this and
all later occurrences" (RECURRENCE-ID;RANGE=THISANDFUTURE)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from planner import Planner
from planner.context import ContextEvent
from planner.exchange.ics.importer import import_context, import_posts, read_calendar
from planner.recurrence import Recurrence, occurrences, onwards
from planner.timezones import day_range
from tests.helpers.backends import each_backend, planner_on_each_backend  # noqa: F401 - fixtures: SQLite and PostgreSQL
from tests.helpers.ics_samples import calendar, event, fixture

PARIS = ZoneInfo("Europe/Paris")
# Shapes reproduced by hand after the app whose fixture shows them: the PRODID says so.
HAND_AFTER_EVOLUTION = "-//Dialogos tests//Hand-made after Evolution//EN"
HAND_AFTER_ZIMBRA = "-//Dialogos tests//Hand-made after Zimbra//EN"


def read(data: bytes, source: str = "cal.ics"):  # type: ignore[no-untyped-def]
    return read_calendar(data, source=source, floating_zone="Europe/Paris")


def shown(planner: Planner, first: date, last: date) -> list[ContextEvent]:
    return planner.context_events(*day_range(first, last, planner.planning_zone))


def paris(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=PARIS)  # type: ignore[misc]


# -- several RRULEs ------------------------------------------------------------------


def test_an_event_with_two_rules_happens_on_the_dates_of_both(planner: Planner) -> None:
    # Lotus Notes (and Evolution before 3.x) write one RRULE per pattern: weekly on Mondays
    # until the end of June, and on the 15th three months running; the EXDATE skips one Monday.
    import_context(planner, read(fixture("several-rrules-lotus-notes.ics"), "notes.ics"))
    starts = [e.start for e in shown(planner, date(2026, 6, 1), date(2026, 8, 31))]
    mondays = [
        paris(2026, 6, 1, 9, 30),
        paris(2026, 6, 15, 9, 30),
        paris(2026, 6, 22, 9, 30),
        paris(2026, 6, 29, 9, 30),
    ]
    fifteenths = [paris(2026, 7, 15, 9, 30), paris(2026, 8, 15, 9, 30)]  # 15 June is a Monday already
    assert starts == mondays + fifteenths
    assert all(e.end - e.start == timedelta(minutes=30) for e in shown(planner, date(2026, 6, 1), date(2026, 8, 31)))


def test_two_rules_are_kept_on_every_storage_backend(planner: Planner) -> None:
    import_context(planner, read(fixture("several-rrules-lotus-notes.ics"), "notes.ics"))
    # Read back from the database (a fresh read), far from the first date: both rules still apply.
    august = [e.start for e in shown(planner, date(2026, 8, 1), date(2026, 8, 31))]
    assert august == [paris(2026, 8, 15, 9, 30)]
    assert planner.context_calendar("Team rituals").event_count == 1


def test_two_rules_become_posts_on_the_dates_of_both(planner: Planner) -> None:
    start, end = day_range(date(2026, 6, 1), date(2026, 7, 31), planner.planning_zone)
    report = import_posts(
        planner,
        read(fixture("several-rrules-lotus-notes.ics")),
        platform="LinkedIn",
        category=None,
        start=start,
        end=end,
    )
    starts = sorted(p.start for p in planner.list_posts() if p.id in report.post_ids)
    assert [s.astimezone(PARIS).date() for s in starts] == [
        date(2026, 6, 1),
        date(2026, 6, 15),
        date(2026, 6, 22),
        date(2026, 6, 29),
        date(2026, 7, 15),
    ]


# -- RDATE;VALUE=PERIOD --------------------------------------------------------------


def test_an_extra_date_given_as_a_period_lasts_its_own_length(planner: Planner) -> None:
    # Zimbra and Exchange write an extra occurrence of another length as a PERIOD: an end, or a duration.
    import_context(planner, read(fixture("rdate-periods-zimbra.ics"), "zimbra.ics"))
    found = [
        (e.start.astimezone(UTC), e.end.astimezone(UTC)) for e in shown(planner, date(2026, 6, 1), date(2026, 6, 30))
    ]
    assert found == [
        (datetime(2026, 6, 10, 8, 0, tzinfo=UTC), datetime(2026, 6, 10, 9, 0, tzinfo=UTC)),
        (datetime(2026, 6, 12, 13, 0, tzinfo=UTC), datetime(2026, 6, 12, 17, 0, tzinfo=UTC)),
        (datetime(2026, 6, 14, 8, 0, tzinfo=UTC), datetime(2026, 6, 14, 8, 30, tzinfo=UTC)),
        (datetime(2026, 6, 16, 8, 0, tzinfo=UTC), datetime(2026, 6, 16, 9, 0, tzinfo=UTC)),
    ]


def test_a_long_period_shows_in_a_range_it_overlaps_but_does_not_start_in(planner: Planner) -> None:
    """Hand-made after the shape Zimbra writes (``rdate-periods-zimbra.ics``: an extra occurrence of its own
    length as an RDATE PERIOD): a conference booked as one extra two-day period among one-hour occurrences."""
    period = "RDATE;VALUE=PERIOD:20260612T080000Z/20260614T080000Z"
    conference = event("conf@example.org", "Conference", "DTSTART:20260601T080000Z", "DTEND:20260601T090000Z", period)
    import_context(planner, read(calendar(conference, prodid=HAND_AFTER_ZIMBRA)))
    assert [e.summary for e in shown(planner, date(2026, 6, 13), date(2026, 6, 13))] == ["Conference"]


def test_a_period_becomes_a_post_of_its_own_length(planner: Planner) -> None:
    start, end = day_range(date(2026, 6, 1), date(2026, 6, 30), planner.planning_zone)
    report = import_posts(
        planner, read(fixture("rdate-periods-zimbra.ics")), platform="X", category=None, start=start, end=end
    )
    durations = sorted(
        (p.start.astimezone(UTC).day, p.duration_minutes) for p in planner.list_posts() if p.id in report.post_ids
    )
    assert durations == [(10, 60), (12, 240), (14, 30), (16, 60)]


# -- RECURRENCE-ID;RANGE=THISANDFUTURE ------------------------------------------------


def test_a_change_to_this_and_later_occurrences_moves_them_all(planner: Planner) -> None:
    # Evolution writes "this and future" changes as RANGE=THISANDFUTURE: from 5 June on,
    # the daily review is at 11:00 for an hour, in a new room (its own summary).
    import_context(planner, read(fixture("this-and-future-evolution.ics"), "evolution.ics"))
    found = [(e.start, e.end - e.start, e.summary) for e in shown(planner, date(2026, 6, 1), date(2026, 6, 30))]
    before = [(paris(2026, 6, day, 9), timedelta(minutes=30), "Newsletter review") for day in range(1, 5)]
    after = [(paris(2026, 6, day, 11), timedelta(hours=1), "Newsletter review (new room)") for day in range(5, 11)]
    assert found == before + after  # ten occurrences in all, as COUNT=10 says


def test_a_change_from_the_first_occurrence_replaces_the_whole_series(planner: Planner) -> None:
    """Hand-made after the shape Evolution writes (``this-and-future-evolution.ics``: a change to "this and
    later occurrences" as RANGE=THISANDFUTURE), made from the very first occurrence."""
    series = event(
        "s@example.org", "Old", "DTSTART:20260601T080000Z", "DTEND:20260601T090000Z", "RRULE:FREQ=WEEKLY;COUNT=3"
    )
    change = event(
        "s@example.org",
        "New",
        "DTSTART:20260601T100000Z",
        "DTEND:20260601T110000Z",
        "RECURRENCE-ID;RANGE=THISANDFUTURE:20260601T080000Z",
    )
    import_context(planner, read(calendar(series, change, prodid=HAND_AFTER_EVOLUTION)))
    found = [(e.start.astimezone(UTC).hour, e.summary) for e in shown(planner, date(2026, 6, 1), date(2026, 6, 30))]
    assert found == [(10, "New"), (10, "New"), (10, "New")]


def test_a_weekday_series_moved_to_another_day_keeps_its_rhythm_on_the_new_day(planner: Planner) -> None:
    """Hand-made after the shape Evolution writes (RANGE=THISANDFUTURE, ``this-and-future-evolution.ics``):
    Mondays and Wednesdays, moved one day later from 10 June (a Wednesday) on: Tuesdays and Thursdays."""
    series = event(
        "w@example.org",
        "Standup",
        "DTSTART:20260601T080000Z",
        "DTEND:20260601T081500Z",
        "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260630T235959Z",
    )
    change = event(
        "w@example.org",
        "Standup",
        "DTSTART:20260611T080000Z",
        "DTEND:20260611T081500Z",
        "RECURRENCE-ID;RANGE=THISANDFUTURE:20260610T080000Z",
    )
    import_context(planner, read(calendar(series, change, prodid=HAND_AFTER_EVOLUTION)))
    days = [e.start.astimezone(UTC).day for e in shown(planner, date(2026, 6, 1), date(2026, 7, 31))]
    assert days == [1, 3, 8, 11, 16, 18, 23, 25, 30]  # the 29 June moved to the 30th: the series still ends then


def test_a_single_change_after_a_this_and_future_one_still_applies(planner: Planner) -> None:
    """Hand-made after the shape Evolution writes (RANGE=THISANDFUTURE, ``this-and-future-evolution.ics``),
    with one later occurrence then moved on its own (a plain RECURRENCE-ID, as every calendar app writes)."""
    series = event(
        "t@example.org", "Call", "DTSTART:20260601T080000Z", "DTEND:20260601T090000Z", "RRULE:FREQ=DAILY;COUNT=6"
    )
    future = event(
        "t@example.org",
        "Call",
        "DTSTART:20260603T080000Z",
        "DTEND:20260603T083000Z",
        "RECURRENCE-ID;RANGE=THISANDFUTURE:20260603T080000Z",
    )
    single = event(
        "t@example.org",
        "Call (moved)",
        "DTSTART:20260605T150000Z",
        "DTEND:20260605T153000Z",
        "RECURRENCE-ID:20260605T080000Z",
    )
    import_context(planner, read(calendar(series, future, single, prodid=HAND_AFTER_EVOLUTION)))
    found = [
        (e.start.astimezone(UTC).day, e.start.astimezone(UTC).hour, e.summary)
        for e in shown(planner, date(2026, 6, 1), date(2026, 6, 30))
    ]
    assert found == [
        (1, 8, "Call"),
        (2, 8, "Call"),
        (3, 8, "Call"),
        (4, 8, "Call"),
        (5, 15, "Call (moved)"),
        (6, 8, "Call"),
    ]


@given(
    count=st.integers(min_value=2, max_value=30),
    cut=st.integers(min_value=1, max_value=29),
    shift_minutes=st.integers(min_value=-600, max_value=600),
    freq=st.sampled_from(["DAILY", "WEEKLY", "HOURLY"]),
)
def test_this_and_future_splits_a_series_into_the_same_number_of_occurrences_moved(
    count: int, cut: int, shift_minutes: int, freq: str
) -> None:
    first = paris(2026, 3, 20, 9)
    rule = f"FREQ={freq};COUNT={count}"
    whole = Recurrence(rule=rule)
    far = (first - timedelta(days=400), first + timedelta(days=400))
    every = occurrences(first, timedelta(0), whole, *far)
    cut = min(cut, count - 1)
    at = every[cut]
    moved_first = at + timedelta(minutes=shift_minutes)
    text = at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    later_part = onwards(first, whole, text, moved_first.astimezone(PARIS))
    moved = occurrences(moved_first.astimezone(PARIS), timedelta(0), later_part, *far)
    # Moved in wall-clock time, as the person who moved one occurrence meant the others.
    expected = [(o.replace(tzinfo=None) + timedelta(minutes=shift_minutes)).replace(tzinfo=PARIS) for o in every[cut:]]
    assert [m.replace(tzinfo=None) for m in moved] == [e.replace(tzinfo=None) for e in expected]
