"""Follow-ups through ``planner.followups``: the rules a community manager relies on."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields, PostPatch
from planner.errors import ConflictError, NotFoundError, ValidationError
from planner.model import Entity, FollowupKind, FollowupStatus, Status

PARIS = ZoneInfo("Europe/Paris")
MONDAY = datetime(2026, 6, 8, 9, 0, tzinfo=PARIS)  # NOW is Wednesday 10 June, 10:00 in Paris
THURSDAY = datetime(2026, 6, 11, 9, 0, tzinfo=PARIS)


def _post(planner: Planner, title: str = "Your winter book?", at: datetime | None = MONDAY, **more: object) -> int:
    return planner.create_post(PostFields(platform="Instagram", title=title, start=at, **more)).ids[0]  # type: ignore[arg-type]


def test_a_relative_follow_up_is_due_after_its_post_and_late_once_past(planner: Planner) -> None:
    post = _post(planner)
    soon = planner.followups.add(post, FollowupKind.REPLIES, after="2h").followups[0]
    promised = planner.followups.add(post, "post", after="4d").followups[0]
    assert soon.due == MONDAY + timedelta(hours=2) and soon.duration_minutes == 60
    assert soon.status is FollowupStatus.LATE  # Monday 11:00 has passed
    assert promised.status is FollowupStatus.OPEN and promised.offset == timedelta(days=4)
    assert promised.owner == "camille"  # the post has no author: whoever added it
    assert [f.id for f in planner.followups.list(statuses=["late"])] == [soon.id]


def test_a_fixed_due_instant_before_its_post_is_refused_and_nothing_is_written(planner: Planner) -> None:
    post = _post(planner)
    revision = planner.revision()
    with pytest.raises(ValidationError) as refused:
        planner.followups.add(post, "answer", due=MONDAY - timedelta(minutes=1), note="@lea")
    assert refused.value.exit_code == 2 and "before" in refused.value.message
    with pytest.raises(ValidationError):
        planner.followups.add(post, "answer", after="2h", due=MONDAY)
    with pytest.raises(NotFoundError):
        planner.followups.add(9999, "answer", after="2h")
    assert planner.revision() == revision


def test_an_idea_or_a_cancelled_post_promises_nothing(planner: Planner) -> None:
    with pytest.raises(ValidationError):
        planner.followups.add(_post(planner, at=None), "replies", after="2h")
    cancelled = _post(planner, status=Status.CANCELLED)
    with pytest.raises(ValidationError):
        planner.followups.add(cancelled, "replies", after="2h")


def test_an_open_relative_follow_up_moves_with_its_post_a_fixed_or_kept_one_does_not(planner: Planner) -> None:
    post = _post(planner)
    moving = planner.followups.add(post, "post", after="3d").ids[0]
    fixed = planner.followups.add(post, "answer", due=MONDAY + timedelta(days=1)).ids[0]
    kept = planner.followups.add(post, "replies", after="2h").ids[0]
    planner.followups.keep(kept)
    planner.move_post(post, MONDAY + timedelta(days=2))
    assert planner.followups.get(moving).due == MONDAY + timedelta(days=5)
    assert planner.followups.get(fixed).due == MONDAY + timedelta(days=1)
    assert planner.followups.get(kept).due == MONDAY + timedelta(hours=2)
    events = [e.summary for e in planner.followups.events(post)]
    assert any('"moved"' in e for e in events) and any('"kept"' in e for e in events)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moves=st.lists(st.integers(min_value=-60 * 24 * 30, max_value=60 * 24 * 30), min_size=1, max_size=4))
def test_an_open_relative_follow_up_keeps_its_distance_from_its_post_under_any_move(
    planner: Planner, moves: list[int]
) -> None:
    post = _post(planner)
    followup = planner.followups.add(post, "post", after="3d").ids[0]
    for minutes in moves:
        planner.move_post(post, MONDAY + timedelta(minutes=minutes))
        start = planner.get_post(post).start
        assert start is not None
        assert planner.followups.get(followup).due - start == timedelta(days=3)


def test_keeping_ticks_replies_and_answers_and_a_dropped_one_says_why(planner: Planner) -> None:
    post = _post(planner)
    replies = planner.followups.add(post, "replies", after="2h").followups[0]
    kept = planner.followups.keep(replies.id, expect_version=replies.version).followups[0]
    assert kept.status is FollowupStatus.KEPT and kept.kept_by == "camille" and kept.version == 2
    assert kept.kept_at == planner.now()
    answer = planner.followups.add(post, "answer", after="3d", note="@lea").ids[0]
    with pytest.raises(ValidationError):
        planner.followups.drop(answer, reason="  ")
    dropped = planner.followups.drop(answer, reason="She answered herself").followups[0]
    assert (dropped.status, dropped.reason) == (FollowupStatus.DROPPED, "She answered herself")
    with pytest.raises(ValidationError):
        planner.followups.keep(answer)  # already dropped
    reopened = planner.followups.reopen(answer).followups[0]
    assert reopened.status is FollowupStatus.OPEN and reopened.reason is None


def test_a_stale_version_is_a_conflict_and_writes_nothing(planner: Planner) -> None:
    post = _post(planner)
    followup = planner.followups.add(post, "replies", after="2h").ids[0]
    planner.followups.keep(followup)
    with pytest.raises(ConflictError) as conflict:
        planner.followups.drop(followup, reason="late", expect_version=1)
    assert conflict.value.exit_code == 4
    assert planner.followups.get(followup).status is FollowupStatus.KEPT


def test_a_promised_post_is_kept_by_a_post_on_its_platform_once_that_one_is_published(planner: Planner) -> None:
    post = _post(planner)
    promise = planner.followups.add(post, "post", after="4d").ids[0]
    friday = _post(planner, "Your selection", MONDAY + timedelta(days=4))
    elsewhere = planner.create_post(PostFields(platform="LinkedIn", title="x", start=MONDAY)).ids[0]
    idea = _post(planner, "Later", None)
    for wrong in (elsewhere, idea, post):
        with pytest.raises(ValidationError):
            planner.followups.keep(promise, by_post=wrong)
    with pytest.raises(ValidationError):
        planner.followups.keep(promise)  # which post keeps it?
    linked = planner.followups.keep(promise, by_post=friday).followups[0]
    assert linked.status is FollowupStatus.OPEN and linked.kept_by_post == friday
    planner.edit_post(friday, PostPatch(status=Status.PUBLISHED))
    assert planner.followups.get(promise).status is FollowupStatus.KEPT


def test_open_follow_ups_go_with_a_deleted_or_cancelled_post_and_come_back_with_undo(planner: Planner) -> None:
    post = _post(planner)
    open_one = planner.followups.add(post, "post", after="3d").ids[0]
    kept = planner.followups.add(post, "replies", after="2h").ids[0]
    planner.followups.keep(kept)
    planner.edit_post(post, PostPatch(status=Status.CANCELLED))
    assert [f.id for f in planner.followups.list(post_id=post)] == [kept]
    planner.edit_post(post, PostPatch(status=Status.DRAFT))
    assert {f.id for f in planner.followups.list(post_id=post)} == {open_one, kept}
    gone = planner.delete_post(post).posts[0]
    assert planner.followups.list() == []
    planner.undelete_post(gone)
    assert {f.id for f in planner.followups.list(post_id=post)} == {open_one, kept}


def test_category_defaults_come_when_a_post_gets_a_date_and_only_once(planner: Planner) -> None:
    planner.edit_category("Poll", followups=["replies:2h:90", "post:3d"])
    idea = _post(planner, "Which roast?", None, category="Poll")
    assert planner.followups.list(post_id=idea) == []
    planner.edit_post(idea, PostPatch(start=THURSDAY))
    made = planner.followups.list(post_id=idea)
    assert [(f.kind, f.due - THURSDAY, f.duration_minutes) for f in made] == [
        (FollowupKind.REPLIES, timedelta(hours=2), 90),
        (FollowupKind.POST, timedelta(days=3), None),
    ]
    planner.edit_post(idea, PostPatch(status=Status.IDEA))
    planner.edit_post(idea, PostPatch(start=THURSDAY + timedelta(days=1)))
    assert len(planner.followups.list(post_id=idea)) == 2
    dated = _post(planner, "Tea or coffee?", THURSDAY, category="Poll")
    assert len(planner.followups.list(post_id=dated)) == 2
    assert next(c.followups for c in planner.categories() if c.name == "Poll")[1].text == "post:3d"


def test_a_post_of_the_past_gets_no_promise_that_would_be_late_the_moment_it_is_made(planner: Planner) -> None:
    """Entering last year's history floods nothing: of a category's defaults, a dated post gets
    only those whose deadline is still to come (Monday's window ended; Thursday's promise has not)."""
    planner.edit_category("Poll", followups=["replies:2h:90", "post:3d"])
    old = _post(planner, "Last year's poll", datetime(2025, 6, 1, 10, 0, tzinfo=PARIS), category="Poll",
                status=Status.PUBLISHED)  # fmt: skip
    monday = _post(planner, "Which roast?", MONDAY, category="Poll")
    assert planner.followups.list(post_id=old) == []
    assert [f.kind for f in planner.followups.list(post_id=monday)] == [FollowupKind.POST]
    assert planner.followups.list(statuses=["late"]) == []
    assert [f.kind for f in planner.followups.add_defaults(old).followups] == [FollowupKind.REPLIES, FollowupKind.POST]


def test_a_week_lists_the_follow_ups_due_in_it_by_platform(planner: Planner) -> None:
    post = _post(planner)
    other = planner.create_post(PostFields(platform="LinkedIn", title="x", start=MONDAY)).ids[0]
    inside = planner.followups.add(post, "post", after="2d").ids[0]
    planner.followups.add(post, "post", after="9d")
    planner.followups.add(other, "post", after="2d")
    week = planner.followups.list(MONDAY, MONDAY + timedelta(days=7), platforms=["instagram"])
    assert [f.id for f in week] == [inside]
    change = planner.followups.add(post, "replies", after="1h")
    assert change.entity is Entity.FOLLOWUP and planner.changes_since(change.revision - 1)[-1].entity is Entity.FOLLOWUP


def test_the_panel_shows_a_range_and_every_promise_still_late_from_before_it(planner: Planner) -> None:
    """``due_or_late``: due in the range, and late ones however old, on the platforms asked (all by default)."""
    old = _post(planner, "Last month's poll", MONDAY - timedelta(days=30))
    late_long_ago = planner.followups.add(old, "post", after="3d").ids[0]
    kept_long_ago = planner.followups.add(old, "answer", after="1d").ids[0]
    planner.followups.keep(kept_long_ago)
    post = _post(planner)
    this_week = planner.followups.add(post, "replies", after="2h").ids[0]
    planner.followups.add(post, "post", after="9d")  # next week: not shown
    linkedin = planner.create_post(PostFields(platform="LinkedIn", title="x", start=MONDAY - timedelta(days=20))).ids[0]
    late_elsewhere = planner.followups.add(linkedin, "answer", after="1d").ids[0]
    week = (MONDAY, MONDAY + timedelta(days=7))
    assert {f.id for f in planner.followups.due_or_late(*week)} == {late_long_ago, this_week, late_elsewhere}
    shown = planner.followups.due_or_late(*week, platforms=["Instagram"])
    assert [f.id for f in shown] == [late_long_ago, this_week] and all(f.late for f in shown)
