"""Where a new post goes unless told: the next free hour on its platform, in the posting hours."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields, Status
from planner.timezones import week_range
from tests.helpers.fixed import PLANNING_ZONE

PARIS = ZoneInfo("Europe/Paris")


def paris(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=PARIS)  # type: ignore[misc]


def post(planner: Planner, start: datetime, platform: str = "Instagram", **values: object) -> None:
    planner.create_post(PostFields(platform=platform, title="Taken", start=start, **values))  # type: ignore[arg-type]


def test_a_new_post_goes_to_the_next_full_hour_when_it_is_free(planner: Planner) -> None:
    # The planner's clock: Wednesday 10 June 2026, 10:00 in Paris.
    assert planner.new_post_start("Instagram") == paris(2026, 6, 10, 11, 0)


def test_taken_hours_on_the_platform_are_skipped(planner: Planner) -> None:
    post(planner, paris(2026, 6, 10, 11, 0))
    post(planner, paris(2026, 6, 10, 12, 30))  # within the 12:00 hour: that hour is taken too
    post(planner, paris(2026, 6, 10, 13, 0), duration_minutes=90)  # runs into 14:00
    assert planner.new_post_start("Instagram") == paris(2026, 6, 10, 15, 0)


def test_other_platforms_posts_leave_the_hour_free(planner: Planner) -> None:
    post(planner, paris(2026, 6, 10, 11, 0), platform="LinkedIn")
    assert planner.new_post_start("Instagram") == paris(2026, 6, 10, 11, 0)
    assert planner.new_post_start(None) == paris(2026, 6, 10, 12, 0)  # no platform: any post takes it


def test_cancelled_posts_do_not_hold_their_hour(planner: Planner) -> None:
    post(planner, paris(2026, 6, 10, 11, 0), status=Status.CANCELLED)
    assert planner.new_post_start("Instagram") == paris(2026, 6, 10, 11, 0)


def test_the_posting_hours_are_respected(planner: Planner) -> None:
    planner.posting_hours.set(9 * 60 + 30, 12 * 60)  # 09:30 to 12:00: 09:30, 10:00, 11:00
    post(planner, paris(2026, 6, 10, 11, 0))
    assert planner.new_post_start("Instagram") == paris(2026, 6, 11, 9, 30)


def test_the_shown_week_is_preferred_when_it_is_ahead(planner: Planner) -> None:
    shown = week_range(2026, 25, PLANNING_ZONE)  # next week, Monday to Monday
    post(planner, paris(2026, 6, 15, 8, 0))
    assert planner.new_post_start("Instagram", shown=shown) == paris(2026, 6, 15, 9, 0)


def test_a_week_in_the_past_gives_the_next_free_hour_from_now(planner: Planner) -> None:
    shown = week_range(2026, 23, PLANNING_ZONE)
    assert planner.new_post_start("Instagram", shown=shown) == paris(2026, 6, 10, 11, 0)


def test_a_full_shown_range_gives_the_next_free_hour_after_it(planner: Planner) -> None:
    planner.posting_hours.set(9 * 60, 11 * 60)  # 09:00 and 10:00 each day
    shown = (paris(2026, 6, 11, 0, 0), paris(2026, 6, 12, 0, 0))
    post(planner, paris(2026, 6, 11, 9, 0))
    post(planner, paris(2026, 6, 11, 10, 0))
    # Thursday is full: the first free start from now, Friday 09:00 (today's hours are over).
    assert planner.new_post_start("Instagram", shown=shown) == paris(2026, 6, 12, 9, 0)


def test_a_start_in_another_zone_uses_that_zones_posting_hours(planner: Planner) -> None:
    new_york = ZoneInfo("America/New_York")  # 04:00 there: the posting hours start at 08:00
    assert planner.new_post_start("Instagram", zone_name="America/New_York") == datetime(
        2026, 6, 10, 8, 0, tzinfo=new_york
    )


def test_the_hour_the_clocks_skip_in_paris_is_never_offered(db_path: Path) -> None:
    """29 March 2026: 02:00 becomes 03:00 in Paris."""
    now = paris(2026, 3, 29, 0, 30)
    with Planner.open(db_path, planning_zone=PLANNING_ZONE, clock=lambda: now) as planner:
        planner.add_platform("Instagram")
        planner.posting_hours.set(0, 4 * 60)
        post(planner, paris(2026, 3, 29, 1, 0))
        start = planner.new_post_start("Instagram")
    assert start == paris(2026, 3, 29, 3, 0)
    assert start.utcoffset() == timedelta(hours=2)


def test_the_hour_the_clocks_repeat_in_paris_is_offered_once(db_path: Path) -> None:
    """25 October 2026: 03:00 goes back to 02:00; the first 02:00 is taken, the next free is 03:00."""
    now = paris(2026, 10, 25, 1, 30)
    with Planner.open(db_path, planning_zone=PLANNING_ZONE, clock=lambda: now) as planner:
        planner.add_platform("Instagram")
        planner.posting_hours.set(0, 4 * 60)
        post(planner, paris(2026, 10, 25, 2, 0))
        start = planner.new_post_start("Instagram")
    assert (start.hour, start.utcoffset()) == (3, timedelta(hours=1))


def test_slots_come_first_once_they_exist(planner: Planner) -> None:
    """The hook the weekly slots use: a free slot later beats a free hour sooner."""

    def slots(platform: str | None, start: datetime, end: datetime) -> Iterable[datetime]:
        return [paris(2026, 6, 11, 18, 0), paris(2026, 6, 11, 17, 0)]

    planner.new_posts.slot_times = slots
    assert planner.new_post_start("Instagram") == paris(2026, 6, 11, 17, 0)
    post(planner, paris(2026, 6, 11, 17, 0))
    post(planner, paris(2026, 6, 11, 18, 0))
    assert planner.new_post_start("Instagram") == paris(2026, 6, 10, 11, 0)  # slots full: the hours


def _starts_of_the_day(first: int, last: int) -> list[int]:
    return [first, *range((first // 60 + 1) * 60, last, 60)]


@settings(max_examples=40)
@given(
    minutes=st.integers(0, 366 * 24 * 60),
    hours=st.tuples(st.integers(0, 23 * 60), st.integers(30, 12 * 60)),
    taken=st.lists(st.integers(0, 72), max_size=25),
    zone_name=st.sampled_from(["Europe/Paris", "America/New_York", "Australia/Lord_Howe"]),
)
def test_the_start_is_the_first_free_one_after_now_within_the_posting_hours(
    minutes: int, hours: tuple[int, int], taken: list[int], zone_name: str
) -> None:
    now = datetime(2026, 1, 1, 0, 7, tzinfo=UTC) + timedelta(minutes=minutes)
    first, last = hours[0], min(24 * 60, hours[0] + hours[1])
    tz = ZoneInfo(zone_name)
    with (
        tempfile.TemporaryDirectory() as folder,
        Planner.open(Path(folder) / "plan.sqlite", planning_zone=zone_name, clock=lambda: now) as planner,
    ):
        planner.add_platform("Instagram")
        planner.posting_hours.set(first, last)
        base = now.replace(minute=0, second=0, microsecond=0)
        for offset in taken:
            post(planner, (base + timedelta(hours=offset)).astimezone(tz))
        start = planner.new_post_start("Instagram")
        posts = [p for p in planner.list_posts() if p.start is not None]

    local = start.astimezone(tz)
    assert start > now  # never in the past
    assert local.hour * 60 + local.minute in _starts_of_the_day(first, last)
    busy = [(p.start, p.end) for p in posts]
    assert not any(s < start + timedelta(hours=1) and start < e for s, e in busy)  # type: ignore[operator]
    # Every posting start between now and it was taken.
    day = now.astimezone(tz).date()
    while day <= local.date():
        for minute in _starts_of_the_day(first, last):
            wall = datetime.combine(day, time(minute // 60, minute % 60))
            at = wall.replace(tzinfo=tz)
            if at.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != wall:
                continue  # skipped by the clocks
            if now < at < start:
                assert any(s < at + timedelta(hours=1) and at < e for s, e in busy), wall  # type: ignore[operator]
        day += timedelta(days=1)


# -- the platform ----------------------------------------------------------------------


def test_the_platform_is_the_last_used_not_the_alphabetically_first(planner: Planner) -> None:
    assert planner.new_post_platform() == "Instagram"
    assert planner.new_post_platform("LinkedIn") == "LinkedIn"
    assert planner.new_post_platform("linkedin") == "LinkedIn"  # as remembered, any case


def test_the_only_platform_filtered_to_wins(planner: Planner) -> None:
    assert planner.new_post_platform("LinkedIn", shown=["X"]) == "X"
    assert planner.new_post_platform("LinkedIn", shown=["X", "LinkedIn"]) == "LinkedIn"
    assert planner.new_post_platform("LinkedIn", shown=["X", "Instagram"]) == "Instagram"  # the last one hidden


def test_a_last_used_platform_gone_or_inactive_is_passed_over(planner: Planner) -> None:
    assert planner.new_post_platform("Myspace") == "Instagram"
    linkedin = planner.platform("LinkedIn")
    planner.edit_platform("LinkedIn", active=False, expect_version=linkedin.version)
    assert planner.new_post_platform("LinkedIn") == "Instagram"


def test_everything_hidden_still_gives_a_platform(planner: Planner) -> None:
    assert planner.new_post_platform("X", shown=[]) == "X"


def test_a_plan_without_platforms_gives_none(db_path: Path) -> None:
    with Planner.open(db_path, planning_zone=PLANNING_ZONE) as planner:
        assert planner.new_post_platform("Instagram") is None


@settings(max_examples=30)
@given(minutes=st.integers(0, 366 * 24 * 60), weeks_ahead=st.integers(-3, 8), platform=st.sampled_from(["X", None]))
@example(minutes=3353, weeks_ahead=0, platform="X")  # now exactly on a posting hour: the next one is an hour on
def test_an_empty_shown_week_ahead_gets_its_first_posting_start(
    minutes: int, weeks_ahead: int, platform: str | None
) -> None:
    """With a day or more of the shown week still to come, the start is in it: its first posting
    start after now; a week already over gives the first one after now."""
    now = datetime(2026, 1, 1, 0, 7, tzinfo=UTC) + timedelta(minutes=minutes)
    year, week, _ = (now.astimezone(PARIS).date() + timedelta(weeks=weeks_ahead)).isocalendar()
    shown = week_range(year, week, PLANNING_ZONE)
    with (
        tempfile.TemporaryDirectory() as folder,
        Planner.open(Path(folder) / "plan.sqlite", planning_zone=PLANNING_ZONE, clock=lambda: now) as planner,
    ):
        planner.add_platform("X")
        start = planner.new_post_start(platform, shown=shown)
        next_from_now = planner.next_posting_time()

    begin = max(now, shown[0])
    if shown[1] - begin >= timedelta(days=1):
        assert shown[0] <= start < shown[1] and start > now
        local = start.astimezone(PARIS)
        assert (local.hour, local.minute) == (8, 0) or start - begin <= timedelta(hours=1)
    if shown[1] <= now:
        assert start == next_from_now
