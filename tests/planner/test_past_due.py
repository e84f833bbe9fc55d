"""Posts past due to publish: their start has passed while they are still ready or scheduled.

"Was it published?" is asked of them in the app; saying yes is the ordinary edit of the
status, judged like any other (publishing a post changes nothing of the balance).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields, PostPatch, Status
from planner.balance.rules import Mode, preset_rule
from planner.history import UNDO_REASON
from planner.timezones import localize, week_range
from tests.helpers.backends import each_backend, planner_on_each_backend  # noqa: F401 - fixtures on both backends
from tests.helpers.fixed import NOW

WEEK = week_range(2026, 24, "Europe/Paris")  # 8 to 14 June 2026; NOW is Wednesday 10 June, 10:00 in Paris


def paris(*wall: int) -> datetime:
    return localize(datetime(*wall), "Europe/Paris")


def add(planner: Planner, title: str, start: datetime, status: Status, **fields: object) -> int:
    values: dict[str, object] = {"platform": "Instagram", **fields}
    post = PostFields(title=title, start=start, status=status, **values)  # type: ignore[arg-type]
    return planner.create_post(post).ids[0]


def test_the_posts_whose_start_passed_while_ready_or_scheduled(planner: Planner) -> None:
    add(planner, "Monday, scheduled", paris(2026, 6, 8, 9, 0), Status.SCHEDULED)
    add(planner, "Tuesday, ready", paris(2026, 6, 9, 9, 0), Status.READY)
    add(planner, "Tuesday, published", paris(2026, 6, 9, 12, 0), Status.PUBLISHED)
    add(planner, "Tuesday, still a draft", paris(2026, 6, 9, 15, 0), Status.DRAFT)
    add(planner, "Tuesday, cancelled", paris(2026, 6, 9, 18, 0), Status.CANCELLED)
    add(planner, "Wednesday 9:45, scheduled", paris(2026, 6, 10, 9, 45), Status.SCHEDULED)
    add(planner, "Wednesday 10:00, scheduled", paris(2026, 6, 10, 10, 0), Status.SCHEDULED)  # NOW: not yet past
    add(planner, "Thursday, scheduled", paris(2026, 6, 11, 9, 0), Status.SCHEDULED)
    add(planner, "Last week, scheduled", paris(2026, 6, 5, 9, 0), Status.SCHEDULED)

    found = planner.posts.past_due(*WEEK)

    assert [post.title for post in found] == ["Monday, scheduled", "Tuesday, ready", "Wednesday 9:45, scheduled"]
    assert all(post.past_due(NOW) for post in found)


def test_a_range_after_now_has_none(planner: Planner) -> None:
    add(planner, "Thursday, scheduled", paris(2026, 6, 11, 9, 0), Status.SCHEDULED)

    assert planner.posts.past_due(paris(2026, 6, 11, 0, 0), paris(2026, 6, 12, 0, 0)) == []


def test_only_the_platforms_asked_for(planner: Planner) -> None:
    add(planner, "Instagram", paris(2026, 6, 9, 9, 0), Status.SCHEDULED)
    add(planner, "LinkedIn", paris(2026, 6, 9, 9, 0), Status.SCHEDULED, platform="LinkedIn")

    assert [p.title for p in planner.posts.past_due(*WEEK, platforms=["linkedin"])] == ["LinkedIn"]


def test_marking_one_published_is_the_edit_of_its_status(planner: Planner) -> None:
    post_id = add(planner, "Monday, scheduled", paris(2026, 6, 8, 9, 0), Status.SCHEDULED)
    before = planner.get_post(post_id)

    change = planner.edit_post(post_id, PostPatch(status=Status.PUBLISHED), expect_version=1)

    [saved] = change.posts
    assert (saved.status, saved.version) == (Status.PUBLISHED, 2)
    assert not saved.past_due(NOW)
    assert planner.posts.past_due(*WEEK) == []
    assert change.verdict is not None and not change.verdict.breaches
    # The app's undo puts every field back as before: the question is asked again.
    planner.edit_post(post_id, PostPatch.back_to(before), expect_version=2, reason=UNDO_REASON)
    assert [p.id for p in planner.posts.past_due(*WEEK)] == [post_id]


def test_publishing_inside_a_breached_window_in_block_mode_is_not_refused(planner: Planner) -> None:
    """The window broke the rule already (the demo's way: saved unjudged); saying a post of it went
    out changes nothing of the balance, so the block-mode rule neither refuses it nor asks why."""
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    days = range(1, 7)
    posts = [
        PostFields(platform="Instagram", title=f"Launch {day}", category="Launch", start=paris(2026, 6, day, 9, 0),
                   status=Status.SCHEDULED)
        for day in days
    ]  # fmt: skip
    ids = planner.create_posts(posts, judge=False).ids
    assert planner.reports.breached_posts(paris(2026, 6, 1, 0, 0), paris(2026, 6, 8, 0, 0))

    change = planner.edit_post(ids[-1], PostPatch(status=Status.PUBLISHED), expect_version=1)

    assert change.verdict is not None and not change.verdict.breaches
    assert change.posts[0].status is Status.PUBLISHED


def test_a_naive_now_is_refused(planner: Planner) -> None:
    post = planner.get_post(add(planner, "Monday", paris(2026, 6, 8, 9, 0), Status.SCHEDULED))

    with pytest.raises(TypeError):
        post.past_due(datetime(2026, 6, 10, 8, 0))


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    status=st.sampled_from([s for s in Status if s is not Status.IDEA]),
    minutes=st.integers(min_value=-3 * 24 * 60, max_value=3 * 24 * 60),
)
def test_the_read_and_the_posts_own_answer_agree(planner: Planner, status: Status, minutes: int) -> None:
    """Whatever its status and wherever it starts around now, a post is listed exactly when it says it is past due."""
    start = (NOW + timedelta(minutes=minutes)).astimezone(paris(2026, 6, 1, 0, 0).tzinfo)
    post_id = add(planner, "A post", start, status)
    post = planner.get_post(post_id)
    listed = post_id in {p.id for p in planner.posts.past_due(NOW - timedelta(days=4), NOW + timedelta(days=4))}

    assert listed == post.past_due(NOW) == (status in (Status.READY, Status.SCHEDULED) and minutes < 0)
