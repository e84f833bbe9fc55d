"""Weekly slots: adding, listing and removing them, their occurrences in the planning zone
(across the clock changes), which of them are empty, a new post going to a free one, and an idea
dropped near an empty one snapping to it."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from planner import Planner, PostFields
from planner.errors import NotFoundError, ValidationError
from planner.model import ChangeKind, Entity, Side, Status
from planner.slots import SNAP_DISTANCE, Slot, SlotTime, parse_slot_time, parse_weekday, snap
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
        ("mon", "٣:٣٣", None, "error.slot_bad_time"),
        ("mon", "09:00", "sales", "error.slot_bad_side"),
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
    with pytest.raises(ValidationError) as refused:
        planner.add_slot("instagram", "lundi", "9:00", "promotion")
    assert "Instagram already has a slot on Monday at 09:00" in refused.value.message
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


# -- an idea dropped near an empty slot ---------------------------------------------------


def empty_at(platform: str, *starts: datetime) -> list[SlotTime]:
    """Empty occurrences of ``platform`` at ``starts``, as :meth:`planner.slots.Slots.empty` gives them."""
    return [
        SlotTime(Slot(index, platform, start.weekday(), start.time(), None, 1), start)
        for index, start in enumerate(starts, start=1)
    ]


def paris(day: int, hour: int, minute: int = 0, *, month: int = 6, fold: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=PARIS, fold=fold)


def test_an_idea_dropped_near_an_empty_slot_of_its_platform_goes_to_it(planner: Planner) -> None:
    planner.add_slot("Instagram", "mon", "09:00", "conversation")
    planner.add_slot("Instagram", "mon", "12:30")
    planner.add_slot("LinkedIn", "mon", "10:00")
    start, end = week_range(2026, 25, "Europe/Paris")  # Mon 15 June 2026
    empty = planner.slots.empty(start, end)
    # 10:15 is 75 minutes after 09:00 and 135 before 12:30: the Monday 09:00 slot, not LinkedIn's at 10:00.
    assert snap(paris(15, 10, 15), empty, "instagram") == paris(15, 9)
    assert snap(paris(15, 11, 15), empty, "Instagram") == paris(15, 12, 30)
    assert snap(paris(15, 10, 15), empty, "LinkedIn") == paris(15, 10)
    # A post at 12:45 takes the 12:30 slot: the drop keeps its own time.
    planner.create_post(PostFields(platform="Instagram", title="Q", start=paris(15, 12, 45)))
    assert snap(paris(15, 11, 15), planner.slots.empty(start, end), "Instagram") == paris(15, 11, 15)


def test_a_slot_catches_a_drop_up_to_ninety_minutes_away_and_the_earlier_of_two_as_near() -> None:
    empty = empty_at("Instagram", paris(15, 9), paris(15, 14))
    assert SNAP_DISTANCE == timedelta(minutes=90)
    assert snap(paris(15, 10, 30), empty, "Instagram") == paris(15, 9)  # exactly 90 minutes after
    assert snap(paris(15, 7, 30), empty, "Instagram") == paris(15, 9)  # exactly 90 minutes before
    assert snap(paris(15, 7, 29), empty, "Instagram") == paris(15, 7, 29)
    assert snap(paris(15, 10, 31), empty, "Instagram") == paris(15, 10, 31)
    assert snap(paris(15, 12, 31), empty, "Instagram") == paris(15, 14)  # 89 minutes before 14:00
    assert snap(paris(15, 10), empty, "Instagram", within=timedelta(minutes=30)) == paris(15, 10)
    # Half-way between two: the earlier.
    both = empty_at("Instagram", paris(15, 9), paris(15, 11))
    assert snap(paris(15, 10), both, "Instagram") == paris(15, 9)
    assert snap(paris(15, 10, 1), both, "Instagram") == paris(15, 11)


def test_a_slot_on_another_day_never_catches_a_drop() -> None:
    empty = empty_at("Instagram", paris(16, 0, 15), paris(14, 23, 30))
    assert snap(paris(15, 23, 30), empty, "Instagram") == paris(15, 23, 30)  # Tuesday 00:15 is tomorrow
    assert snap(paris(15, 0, 30), empty, "Instagram") == paris(15, 0, 30)  # Sunday 23:30 was yesterday


def test_on_the_night_paris_springs_forward_a_slot_is_as_far_as_it_looks() -> None:
    # 29 March 2026: 02:00 becomes 03:00. A drop at 01:45 is 75 wall-clock minutes (15 real) from 03:00.
    empty = empty_at("Instagram", paris(29, 3, 0, month=3), paris(29, 4, 0, month=3))
    assert snap(paris(29, 1, 45, month=3), empty, "Instagram") == paris(29, 3, 0, month=3)
    assert snap(paris(29, 1, 15, month=3), empty, "Instagram", within=timedelta(minutes=60)) == paris(
        29, 1, 15, month=3
    )


def test_a_naive_drop_time_is_refused() -> None:
    with pytest.raises(TypeError):
        snap(datetime(2026, 6, 15, 9), empty_at("Instagram", paris(15, 9)), "Instagram")


_MINUTES = st.integers(min_value=0, max_value=24 * 60 - 1)


@given(
    slots=st.lists(st.tuples(st.sampled_from(["Instagram", "LinkedIn"]), _MINUTES), max_size=12),
    dropped=_MINUTES,
    day=st.sampled_from([15, 29]),
    month=st.sampled_from([3, 6, 10]),
)
@example(slots=[("Instagram", 540), ("Instagram", 660)], dropped=600, day=15, month=6)
@example(slots=[("Instagram", 150)], dropped=120, day=29, month=3)
def test_a_drop_goes_to_the_nearest_empty_slot_of_its_platform_within_reach_or_stays(
    slots: list[tuple[str, int]], dropped: int, day: int, month: int
) -> None:
    """Whatever the slots: the idea lands on its own platform's slot on the drop's day, at most 90
    wall-clock minutes away and none nearer (nor as near and earlier), or where it was dropped
    when no slot is in reach. Days of March and October include the nights the clocks change."""
    base = datetime(2026, month, day)

    def at(minutes: int) -> datetime:
        # The instant the calendar reads for a wall-clock time (a skipped one falls after the gap).
        wall = (base + timedelta(minutes=minutes)).replace(tzinfo=PARIS)
        return wall.astimezone(UTC).astimezone(PARIS)

    empty = [
        SlotTime(Slot(i, name, base.weekday(), time(m // 60, m % 60), None, 1), at(m))
        for i, (name, m) in enumerate(slots)
    ]
    drop = at(dropped)
    landed = snap(drop, empty, "instagram")

    def wall(moment: datetime) -> datetime:
        return moment.astimezone(PARIS).replace(tzinfo=None)

    def distance(occurrence: SlotTime) -> timedelta:
        return abs(wall(occurrence.start) - wall(drop))

    reachable = [
        o
        for o in empty
        if o.platform == "Instagram" and wall(o.start).date() == wall(drop).date() and distance(o) <= SNAP_DISTANCE
    ]
    if not reachable:
        assert landed == drop
        return
    chosen = [o for o in reachable if o.start == landed and o.start.utcoffset() == landed.utcoffset()]
    assert chosen, "it lands on a reachable slot"
    nearest = min(distance(o) for o in reachable)
    assert distance(chosen[0]) == nearest
    assert landed.astimezone(UTC) == min(o.start.astimezone(UTC) for o in reachable if distance(o) == nearest)
