"""Cross-posts (one post on several platforms, one group) and copies of a post."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields, PostPatch, Status, ValidationError
from planner.balance.rules import Mode, preset_rule
from planner.balance.verdicts import BalanceRefused
from planner.errors import ConflictError
from planner.model import FollowupKind
from tests.helpers.backends import each_backend, planner_on_each_backend  # noqa: F401 - fixtures on both backends

PARIS = ZoneInfo("Europe/Paris")


def at(day: int, hour: int = 9) -> datetime:
    """A time in June 2026 (Monday the 1st), in Paris."""
    return datetime(2026, 6, day, hour, 0, tzinfo=PARIS)


def coupon(**changes: Any) -> PostFields:
    fields = PostFields(
        platform="Instagram", title="-10% on Saturday", body="Show this post", start=at(4), category="Offer"
    )
    return replace(fields, **changes)


# -- creating a cross-post ---------------------------------------------------------------------


def test_a_cross_post_is_one_post_per_platform_in_one_group(planner: Planner) -> None:
    revision = planner.revision()
    change = planner.create_cross_post(coupon(), ["Instagram", "LinkedIn", "X"])

    assert [p.platform for p in change.posts] == ["Instagram", "LinkedIn", "X"]
    assert len({p.group_uid for p in change.posts}) == 1 and change.posts[0].group_uid
    assert len({p.uid for p in change.posts}) == 3
    assert {(p.title, p.body, p.start) for p in change.posts} == {("-10% on Saturday", "Show this post", at(4))}
    assert planner.revision() > revision
    first = change.posts[0]
    assert [p.platform for p in planner.siblings(first.id)] == ["LinkedIn", "X"]


def test_one_platform_makes_a_plain_post_without_a_group(planner: Planner) -> None:
    change = planner.create_cross_post(coupon(), ["Instagram"])
    assert change.posts[0].group_uid is None
    assert planner.siblings(change.ids[0]) == []


def test_the_siblings_of_many_posts_come_in_one_read_wherever_they_are(planner: Planner) -> None:
    """A week marks its cross-posts with where else they go: a sibling moved to another week too."""
    launch = planner.create_cross_post(coupon(), ["Instagram", "LinkedIn", "X"]).posts
    planner.move_post(launch[2].id, at(25))  # X in another week
    alone = planner.create_post(coupon(platform="X", start=at(5))).posts[0]
    found = planner.siblings_of([launch[0], launch[1], alone])
    assert {post_id: [p.platform for p in others] for post_id, others in found.items()} == {
        launch[0].id: ["LinkedIn", "X"],
        launch[1].id: ["Instagram", "X"],
    }
    assert planner.siblings_of([alone]) == {} and planner.siblings_of([]) == {}


@pytest.mark.parametrize("twice", [["Instagram", "Instagram"], ["Instagram", "X", "instagram"], ["X", " x "]])
def test_a_platform_named_twice_is_refused_and_nothing_is_written(planner: Planner, twice: list[str]) -> None:
    revision = planner.revision()
    with pytest.raises(ValidationError) as refused:
        planner.create_cross_post(coupon(), twice)
    assert refused.value.exit_code == 2
    assert "named twice" in refused.value.message
    assert planner.list_posts() == [] and planner.revision() == revision


def test_a_block_rule_on_one_platform_refuses_the_whole_cross_post_and_names_it(planner: Planner) -> None:
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    planner.create_post(coupon(start=at(3), title="Yesterday's coupon"))

    with pytest.raises(BalanceRefused) as refused:
        planner.create_cross_post(coupon(), ["LinkedIn", "Instagram"])

    assert "Instagram" in refused.value.message
    assert {b.platform for b in refused.value.verdict.blocking} == {"Instagram"}
    assert [p.title for p in planner.list_posts()] == ["Yesterday's coupon"]  # not even LinkedIn's


def test_each_sibling_is_judged_by_its_own_platform_rule_in_one_verdict(planner: Planner) -> None:
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.WARN))
    planner.set_rule(preset_rule("80-20", platform="X", mode=Mode.WARN))
    planner.create_post(coupon(start=at(3)))
    planner.create_post(coupon(start=at(3), platform="X"))

    change = planner.create_cross_post(coupon(), ["Instagram", "LinkedIn", "X"])

    assert {b.platform for b in change.verdict.breaches} == {"Instagram", "X"}
    assert len(planner.list_posts()) == 5


def test_a_block_refusal_can_be_overridden_with_a_reason(planner: Planner) -> None:
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    planner.create_post(coupon(start=at(3)))
    change = planner.create_cross_post(coupon(), ["Instagram", "X"], reason="Launch week")
    assert len(change.posts) == 2


def test_the_text_limit_of_each_platform_applies_and_names_it(planner: Planner) -> None:
    long_text = "a" * 300  # over X's 280, within Instagram's limit
    with pytest.raises(ValidationError) as refused:
        planner.create_cross_post(coupon(body=long_text, status=Status.READY), ["Instagram", "X"])
    assert "X" in refused.value.message and "280" in refused.value.message
    assert planner.list_posts() == []


def test_an_unknown_platform_writes_nothing(planner: Planner) -> None:
    with pytest.raises(ValidationError):
        planner.create_cross_post(coupon(), ["Instagram", "Myspace"])
    assert planner.list_posts() == []


def test_each_sibling_gets_its_category_follow_ups(planner: Planner) -> None:
    planner.edit_category("Question", followups=["replies:2h:60"])
    change = planner.create_cross_post(coupon(category="Question", start=at(15)), ["Instagram", "X"])  # ahead
    for post in change.posts:
        made = planner.followups.list(post_id=post.id)
        assert [(f.kind, f.platform) for f in made] == [(FollowupKind.REPLIES, post.platform)]


# -- applying an edit to the siblings -------------------------------------------------------------


def test_an_edited_text_goes_to_every_sibling_in_one_step(planner: Planner) -> None:
    posts = planner.create_cross_post(coupon(), ["Instagram", "LinkedIn", "X"]).posts
    edited = planner.edit_post(posts[0].id, PostPatch(title="-15% on Saturday", body="New text")).posts[0]

    change = planner.apply_to_siblings(edited.id, {p.id: p.version for p in posts[1:]})

    assert [p.platform for p in change.posts] == ["LinkedIn", "X"]
    now = {p.platform: (p.title, p.body) for p in planner.list_posts()}
    assert set(now.values()) == {("-15% on Saturday", "New text")}


def test_a_sibling_changed_meanwhile_is_a_conflict_and_nothing_is_applied(planner: Planner) -> None:
    posts = planner.create_cross_post(coupon(), ["Instagram", "LinkedIn", "X"]).posts
    planner.edit_post(posts[0].id, PostPatch(body="Mine"))
    planner.edit_post(posts[2].id, PostPatch(body="A colleague's"))  # X changed since I saw it

    with pytest.raises(ConflictError):
        planner.apply_to_siblings(posts[0].id, {p.id: p.version for p in posts[1:]})

    bodies = {p.platform: p.body for p in planner.list_posts()}
    assert bodies == {"Instagram": "Mine", "LinkedIn": "Show this post", "X": "A colleague's"}


# -- copies -------------------------------------------------------------------------------------


def test_a_copy_is_a_new_draft_elsewhere_outside_the_group(planner: Planner) -> None:
    source = planner.create_cross_post(coupon(status=Status.SCHEDULED), ["Instagram", "LinkedIn"]).posts[0]

    copy = planner.copy_post(source.id, start=at(11, 18), platform="X").posts[0]

    assert (copy.platform, copy.start, copy.status, copy.group_uid) == ("X", at(11, 18), Status.DRAFT, None)
    assert (copy.title, copy.body, copy.category) == (source.title, source.body, source.category)
    assert copy.uid != source.uid
    assert len(planner.siblings(source.id)) == 1


def test_a_copy_without_a_time_lands_where_the_source_is(planner: Planner) -> None:
    source = planner.create_post(coupon()).posts[0]
    copy = planner.copy_post(source.id).posts[0]
    assert (copy.platform, copy.start, copy.timezone) == (source.platform, source.start, source.timezone)


def test_a_copy_asked_in_the_group_joins_the_source_s_cross_post(planner: Planner) -> None:
    source = planner.create_post(coupon()).posts[0]
    copy = planner.copy_post(source.id, platform="LinkedIn", in_group=True).posts[0]
    assert [p.id for p in planner.siblings(source.id)] == [copy.id]


def test_a_copy_in_the_group_on_a_platform_it_already_has_is_refused(planner: Planner) -> None:
    source = planner.create_cross_post(coupon(), ["Instagram", "LinkedIn"]).posts[0]
    with pytest.raises(ValidationError):
        planner.copy_post(source.id, platform="linkedin", in_group=True)
    with pytest.raises(ValidationError):
        planner.copy_post(source.id, in_group=True)  # its own platform
    assert len(planner.list_posts()) == 2


def test_a_copy_of_an_idea_is_an_idea_unless_given_a_time(planner: Planner) -> None:
    idea = planner.create_post(PostFields(platform="Instagram", title="Behind the counter")).posts[0]
    assert planner.copy_post(idea.id).posts[0].status is Status.IDEA
    dated = planner.copy_post(idea.id, start=at(9, 10)).posts[0]
    assert (dated.status, dated.start) == (Status.DRAFT, at(9, 10))


def test_a_copy_gets_its_category_follow_ups(planner: Planner) -> None:
    planner.edit_category("Question", followups=["replies:2h:60"])
    source = planner.create_post(coupon(category="Question")).posts[0]
    copy = planner.copy_post(source.id, start=at(15, 12)).posts[0]  # ahead: its window is still to come
    made = planner.followups.list(post_id=copy.id)
    assert [(f.kind, f.due) for f in made] == [(FollowupKind.REPLIES, at(15, 14))]


def test_a_copy_is_judged_like_a_new_post(planner: Planner) -> None:
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    source = planner.create_post(coupon()).posts[0]
    with pytest.raises(BalanceRefused):
        planner.copy_post(source.id, start=at(5))
    assert len(planner.list_posts()) == 1


def test_a_copy_s_history_says_which_post_it_copies(planner: Planner) -> None:
    source = planner.create_post(coupon()).posts[0]
    copy = planner.copy_post(source.id, start=at(12)).posts[0]
    assert [v.copied_from for v in planner.post_history(copy.id)] == [source.id]
    assert [v.copied_from for v in planner.post_history(source.id)] == [None]


def test_undoing_a_cross_post_deletes_and_brings_back_all_siblings_at_once(planner: Planner) -> None:
    posts = planner.create_cross_post(coupon(), ["Instagram", "LinkedIn"]).posts
    gone = planner.posts.delete_posts({p.id: p.version for p in posts})
    assert planner.list_posts() == []
    back = planner.posts.undelete_posts(gone.posts)
    assert {p.uid for p in back.posts} == {p.uid for p in posts}
    assert len({p.group_uid for p in planner.list_posts()}) == 1


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.sampled_from(["Instagram", "LinkedIn", "X", "instagram", "x"]), min_size=1, max_size=5))
def test_a_cross_post_saves_each_platform_once_or_nothing(planner: Planner, names: list[str]) -> None:
    before = len(planner.list_posts())
    distinct = {n.casefold() for n in names}
    try:
        change = planner.create_cross_post(coupon(start=at(1) + timedelta(hours=before)), names)
    except ValidationError:
        assert len(distinct) < len(names)
        assert len(planner.list_posts()) == before
        return
    assert len(distinct) == len(names)
    assert {p.platform.casefold() for p in change.posts} == distinct
    assert len(planner.list_posts()) == before + len(names)
