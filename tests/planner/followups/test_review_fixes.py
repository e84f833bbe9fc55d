"""What a careful user found wrong with follow-ups, and now holds: a reply window is late only
once it has ended; a promise loses the post that was to keep it when that post is deleted or
leaves its platform (and gets it back with undo); a promise is kept after it was made; a post
turned back into an idea promises nothing until it is dated again."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner import Planner, PostFields, PostPatch
from planner.errors import ValidationError
from planner.model import FollowupStatus, Status

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 6, 10, 10, 0, tzinfo=PARIS)  # the tests' clock


def _post(planner: Planner, title: str, at: datetime | None, platform: str = "Instagram", **more: object) -> int:
    return planner.create_post(PostFields(platform=platform, title=title, start=at, **more)).ids[0]  # type: ignore[arg-type]


def test_a_reply_window_is_late_only_once_it_has_ended_and_ticked_during_it_is_on_time(planner: Planner) -> None:
    post = _post(planner, "Which roast?", NOW - timedelta(hours=2))
    running = planner.followups.add(post, "replies", after="90m", duration=60).followups[0]  # 09:30–10:30
    ended = planner.followups.add(post, "replies", after="30m", duration=60).followups[0]  # 08:30–09:30
    assert running.status is FollowupStatus.OPEN and ended.status is FollowupStatus.LATE
    assert [f.id for f in planner.followups.list(statuses=["late"])] == [ended.id]
    assert planner.followups.late_count("Instagram", NOW) == 1
    kept = planner.followups.keep(running.id).followups[0]
    assert kept.kept_on_time
    figures = planner.followups.kept_on_time(NOW - timedelta(days=1), NOW + timedelta(days=1))["Instagram"]
    assert (figures.kept_on_time, figures.kept_late, figures.late) == (1, 0, 1)


def test_deleting_the_post_that_keeps_a_promise_opens_it_to_another_and_undo_links_it_again(
    planner: Planner,
) -> None:
    poll = _post(planner, "Which roast?", NOW + timedelta(days=1))
    promise = planner.followups.add(poll, "post", after="3d").ids[0]
    results = planner.followups.plan_promised_post(promise).followups[0].kept_by_post
    assert results is not None

    gone = planner.delete_post(results).posts[0]
    assert planner.followups.get(promise).kept_by_post is None
    assert any('"unlinked"' in e.summary for e in planner.followups.events(poll))

    back = planner.undelete_post(gone).ids[0]
    assert planner.followups.get(promise).kept_by_post == back
    planner.edit_post(back, PostPatch(status=Status.PUBLISHED))
    assert planner.followups.get(promise).status is FollowupStatus.KEPT


def test_a_promise_is_planned_again_once_its_post_is_gone(planner: Planner) -> None:
    poll = _post(planner, "Which roast?", NOW + timedelta(days=1))
    promise = planner.followups.add(poll, "post", after="3d").ids[0]
    first = planner.followups.plan_promised_post(promise).followups[0].kept_by_post
    planner.delete_post(first)  # type: ignore[arg-type]
    again = planner.followups.plan_promised_post(promise).followups[0].kept_by_post
    assert again is not None and planner.get_post(again).status is Status.DRAFT  # a new draft (its id may be reused)


def test_a_post_moved_to_another_platform_drops_the_links_that_now_cross_platforms(planner: Planner) -> None:
    poll = _post(planner, "Which roast?", NOW + timedelta(days=1))
    promise = planner.followups.add(poll, "post", after="3d").ids[0]
    results = _post(planner, "The results", NOW + timedelta(days=4))
    planner.followups.keep(promise, by_post=results)
    planner.edit_post(results, PostPatch(platform="LinkedIn"))
    assert planner.followups.get(promise).kept_by_post is None
    planner.edit_post(results, PostPatch(status=Status.PUBLISHED))
    assert planner.followups.get(promise).status is FollowupStatus.OPEN  # not kept by a post elsewhere


def test_a_promise_is_not_kept_by_a_post_from_before_it_was_made(planner: Planner) -> None:
    earlier = _post(planner, "Last week's news", NOW - timedelta(days=7), status=Status.PUBLISHED)
    poll = _post(planner, "Which roast?", NOW + timedelta(days=1))
    promise = planner.followups.add(poll, "post", after="3d").ids[0]
    revision = planner.revision()
    with pytest.raises(ValidationError) as refused:
        planner.followups.keep(promise, by_post=earlier)
    assert refused.value.exit_code == 2 and "comes before" in refused.value.message
    assert planner.revision() == revision


def test_a_post_turned_back_into_an_idea_promises_nothing_until_dated_again(planner: Planner) -> None:
    post = _post(planner, "Which roast?", NOW - timedelta(days=1))
    late = planner.followups.add(post, "answer", after="2h", note="@lea").ids[0]
    assert planner.followups.late_count("Instagram", NOW) == 1
    planner.edit_post(post, PostPatch(start=None, status=Status.IDEA))
    assert planner.followups.list() == [] and planner.followups.late_count("Instagram", NOW) == 0
    planner.edit_post(post, PostPatch(start=NOW + timedelta(days=2), status=Status.DRAFT))
    back = planner.followups.get(late)
    assert back.status is FollowupStatus.OPEN and back.due == NOW + timedelta(days=2, hours=2)
