"""Weekly slots: adding, listing and removing them, their occurrences in the planning zone
(across the clock changes), which of them are empty, and a new post going to a free one."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner import Planner, PostFields
from planner.errors import ConflictError, NotFoundError, ValidationError
from planner.model import ChangeKind, Entity, Side, Status
from planner.slots import parse_slot_time, parse_weekday
from planner.timezones import week_range
from tests.helpers.backends import each_backend, planner_on_each_backend  # noqa: F401 - fixtures on both backends

PARIS = ZoneInfo("Europe/Paris")


def test_slots_are_added_listed_by_platform_day_and_time_then_removed(planner: Planner) -> None:
    planner.add_slot("LinkedIn", "tue", "12:30", "information")
    monday = planner.add_slot("instagram", "Monday", "9h", "conversation")
    planner.add_slot("Instagram", "fri", time(17, 0))
    listed = planner.slots_of()
    assert [(s.platform, s.day, s.at, s.side) for s in listed] == [
        ("Instagram", "mon", time(9, 0), Side.CONVERSATION),
        ("Instagram", "fri", time(17, 0), None),
        ("LinkedIn", "tue", time(12, 30), Side.INFORMATION),
    ]
    assert [s.day for s in planner.slots_of("LinkedIn")] == ["tue"]
    removed = planner.remove_slot(monday.id)
    assert removed == monday
    assert [s.day for s in planner.slots_of("Instagram")] == ["fri"]
    said = [(e.action, e.entity) for e in planner.session.audit_log(entity=Entity.SLOT)]
    assert said == [(ChangeKind.CREATE, Entity.SLOT)] * 3 + [(ChangeKind.DELETE, Entity.SLOT)]


@pytest.mark.parametrize(
    ("day", "at", "side", "key"),
    [
        ("someday", "09:00", None, "error.slot_bad_day"),
        ("mon", "25:00", None, "error.slot_bad_time"),
        ("mon", "9:75", None, "error.slot_bad_time"),
        ("mon", "noon", None, "error.slot_bad_time"),
        ("mon", "09:00", "sales", "error.unknown_side"),
    ],
)
def test_a_slot_that_does_not_parse_is_refused_and_nothing_is_written(
    planner: Planner, day: str, at: str, side: str | None, key: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        planner.add_slot("Instagram", day, at, side)
    assert refused.value.key == key
    assert planner.slots_of() == []


def test_a_platform_has_one_slot_at_a_given_day_and_time(planner: Planner) -> None:
    planner.add_slot("Instagram", "mon", "09:00")
    with pytest.raises(ConflictError) as refused:
        planner.add_slot("instagram", "lundi", "9:00", "promotion")
    assert "Instagram already has a slot on mon at 09:00" in refused.value.message
    planner.add_slot("LinkedIn", "mon", "09:00")  # another platform may
    with pytest.raises(NotFoundError):
        planner.add_slot("Pinterest", "mon", "09:00")
    with pytest.raises(NotFoundError):
        planner.remove_slot(999)
    with pytest.raises(NotFoundError):
        planner.remove_slot(2**70)


def test_a_removed_platform_takes_its_slots_with_it(planner: Planner) -> None:
    planner.add_slot("X", "wed", "18:00")
    planner.remove_platform("X")
    assert planner.slots_of() == []


def test_occurrences_keep_their_wall_time_across_the_change_to_summer_time(planner: Planner) -> None:
    planner.add_slot("Instagram", "sun", "02:30")
    planner.add_slot("Instagram", "sat", "09:00")
    start = datetime(2026, 3, 27, tzinfo=PARIS)
    found = planner.slots.occurrences(start, start + timedelta(days=3))
    # Saturday before the change at 09:00 (UTC+1); the skipped 02:30 on Sunday falls at 03:30 (UTC+2).
    assert [o.start.isoformat() for o in found] == ["2026-03-28T09:00:00+01:00", "2026-03-29T03:30:00+02:00"]


def test_every_week_of_a_year_has_each_slot_once_on_its_day(planner: Planner) -> None:
    planner.add_slot("Instagram", "mon", "09:00")
    planner.add_slot("Instagram", "sun", "02:30")
    planner.add_slot("LinkedIn", "sat", "23:59")
    for week in range(1, 53):
        start, end = week_range(2026, week, "Europe/Paris")
        found = planner.slots.occurrences(start, end)
        assert len(found) == 3
        assert [o.start.astimezone(PARIS).weekday() for o in found] == [0, 5, 6]
        assert all(start <= o.start < end for o in found)
        assert found == sorted(found, key=lambda o: o.start)


def test_empty_slots_are_those_no_post_holds(planner: Planner) -> None:
    planner.add_slot("Instagram", "mon", "09:00")
    planner.add_slot("Instagram", "tue", "09:00")
    planner.add_slot("Instagram", "wed", "09:00")
    planner.add_slot("LinkedIn", "mon", "09:00")
    start, end = week_range(2026, 25, "Europe/Paris")  # Mon 15 June 2026
    # A post at 09:30 on Monday holds Instagram's Monday slot, not LinkedIn's.
    planner.create_post(PostFields(platform="Instagram", title="Q", start=datetime(2026, 6, 15, 9, 30, tzinfo=PARIS)))
    # A cancelled post and an idea hold nothing.
    planner.create_post(
        PostFields(
            platform="Instagram",
            title="Gone",
            start=datetime(2026, 6, 16, 9, tzinfo=PARIS),
            status=Status.CANCELLED,
        )
    )
    planner.create_post(PostFields(platform="Instagram", title="Idea", status=Status.IDEA))
    # A long post from the evening before covers Wednesday's.
    planner.create_post(
        PostFields(
            platform="Instagram",
            title="Live",
            start=datetime(2026, 6, 16, 22, tzinfo=PARIS),
            duration_minutes=12 * 60,
        )
    )
    empty = planner.slots.empty(start, end)
    assert [(o.platform, o.start.astimezone(PARIS).strftime("%a %H:%M")) for o in empty] == [
        ("LinkedIn", "Mon 09:00"),
        ("Instagram", "Tue 09:00"),
    ]
    assert [o.platform for o in planner.slots.empty(start, end, ["linkedin"])] == ["LinkedIn"]


def test_a_new_post_goes_to_the_next_free_slot_of_its_platform(planner: Planner) -> None:
    # Now is Wednesday 10 June 2026, 10:00 in Paris.
    planner.add_slot("Instagram", "fri", "11:00")
    planner.create_post(PostFields(platform="Instagram", title="Q", start=datetime(2026, 6, 12, 11, tzinfo=PARIS)))
    start = planner.new_post_start("Instagram")
    assert start.astimezone(PARIS) == datetime(2026, 6, 19, 11, tzinfo=PARIS)
    assert start.astimezone(UTC).tzinfo is UTC


def test_weekdays_and_times_parse_in_english_and_french() -> None:
    assert [parse_weekday(d) for d in ("mon", "Tuesday", "mer", "JEUDI", "fri.", "sam", "sun")] == list(range(7))
    assert [parse_slot_time(t) for t in ("9:05", "09h", "18h30", "23:59")] == [
        time(9, 5),
        time(9),
        time(18, 30),
        time(23, 59),
    ]
