"""Plan the promised post: the draft that keeps a promise, made and linked in one step."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner import Planner, PostFields, PostPatch
from planner.errors import ConflictError, ValidationError
from planner.i18n import set_language
from planner.model import FollowupStatus, Status

PARIS = ZoneInfo("Europe/Paris")
MONDAY = datetime(2026, 6, 8, 9, 0, tzinfo=PARIS)  # NOW is Wednesday 10 June, 10:00 in Paris


def _poll(planner: Planner, title: str = "Your winter book?") -> int:
    fields = PostFields(platform="Instagram", title=title, start=MONDAY, timezone="Europe/Paris", author="camille")
    return planner.create_post(fields).ids[0]


def test_the_promised_post_is_a_draft_on_its_platform_at_the_due_instant_linked_to_the_promise(
    planner: Planner,
) -> None:
    poll = _poll(planner)
    promise = planner.followups.add(poll, "post", after="4d", note="the five books you chose").followups[0]
    change = planner.followups.plan_promised_post(promise.id, expect_version=promise.version)
    planned = change.posts[0]
    assert planned.platform == "Instagram" and planned.status is Status.DRAFT
    assert planned.start == MONDAY + timedelta(days=4) and planned.timezone == "Europe/Paris"
    assert planned.title == "Results: Your winter book?"
    assert planned.body == "the five books you chose"
    assert "Your winter book?" in planned.notes and str(poll) in planned.notes
    linked = planner.followups.get(promise.id)
    assert linked.kept_by_post == planned.id and linked.status is FollowupStatus.OPEN
    assert change.followups == (linked,)


def test_the_promise_is_kept_once_the_planned_post_is_published(planner: Planner) -> None:
    promise = planner.followups.add(_poll(planner), "post", after="1d").followups[0]
    planned = planner.followups.plan_promised_post(promise.id).posts[0]
    planner.edit_post(planned.id, PostPatch(status=Status.PUBLISHED))
    kept = planner.followups.get(promise.id)
    assert kept.status is FollowupStatus.KEPT and kept.kept_by_post == planned.id


def test_the_title_follows_the_plan_language_or_the_one_given(planner: Planner) -> None:
    poll = _poll(planner)
    first = planner.followups.add(poll, "post", after="3d").ids[0]
    second = planner.followups.add(poll, "post", after="5d").ids[0]
    set_language("fr")
    try:
        assert planner.followups.plan_promised_post(first).posts[0].title == "Résultats : Your winter book?"
    finally:
        set_language("en")
    assert planner.followups.plan_promised_post(second, title="The winners").posts[0].title == "The winners"


def test_only_an_open_promised_post_with_no_post_yet_can_be_planned_and_a_refusal_writes_nothing(
    planner: Planner,
) -> None:
    poll = _poll(planner)
    replies = planner.followups.add(poll, "replies", after="2h").ids[0]
    dropped = planner.followups.add(poll, "post", after="2d").ids[0]
    planner.followups.drop(dropped, reason="the poll was cancelled on air")
    linked = planner.followups.add(poll, "post", after="3d").ids[0]
    planner.followups.plan_promised_post(linked)
    revision = planner.revision()
    posts = len(planner.list_posts())
    for followup_id in (replies, dropped, linked):
        with pytest.raises(ValidationError) as refused:
            planner.followups.plan_promised_post(followup_id)
        assert refused.value.exit_code == 2
    assert planner.revision() == revision and len(planner.list_posts()) == posts


def test_a_stale_version_is_a_conflict_and_nothing_is_written(planner: Planner) -> None:
    promise = planner.followups.add(_poll(planner), "post", after="3d").followups[0]
    planner.followups.plan_promised_post(promise.id)
    planner.followups.unplan_promised_post(promise.id)
    posts = len(planner.list_posts())
    with pytest.raises(ConflictError) as conflict:
        planner.followups.plan_promised_post(promise.id, expect_version=promise.version)
    assert conflict.value.exit_code == 4 and len(planner.list_posts()) == posts


def test_undo_takes_the_planned_post_away_and_redo_brings_the_same_post_back(planner: Planner) -> None:
    promise = planner.followups.add(_poll(planner), "post", after="3d").followups[0]
    change = planner.followups.plan_promised_post(promise.id)
    planned, linked = change.posts[0], change.followups[0]
    undone = planner.followups.unplan_promised_post(linked.id, expect_version=linked.version)
    reopened = undone.followups[0]
    assert reopened.kept_by_post is None and reopened.status is FollowupStatus.OPEN
    assert planner.posts_by_uid([planned.uid]) == {}
    again = planner.followups.plan_promised_post(reopened.id, expect_version=reopened.version, again=undone.posts[0])
    assert again.posts[0].uid == planned.uid
    assert planner.followups.get(promise.id).kept_by_post == again.posts[0].id


def test_the_post_s_history_says_the_promise_was_linked_to_the_planned_post(planner: Planner) -> None:
    poll = _poll(planner)
    promise = planner.followups.add(poll, "post", after="3d").ids[0]
    planned = planner.followups.plan_promised_post(promise).posts[0]
    events = [json.loads(e.summary) for e in planner.followups.events(poll)]
    assert [(e["event"], e.get("by_post")) for e in events] == [("created", None), ("linked", planned.id)]
