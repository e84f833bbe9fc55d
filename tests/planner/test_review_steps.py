"""Round 2 of the review (issue 18): undoing a step, removing a member, who may approve a post,
what a comment mentions, and the steps a demanding user found loose."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from planner import Planner, PostFields, PostPatch, Status, ValidationError
from planner.errors import ConflictError, NotFoundError, PlannerError
from planner.i18n import set_language
from planner.model import Entity, Post, Role, WaitingKind
from planner.storage import models as db
from tests.helpers.review import as_user

PARIS = ZoneInfo("Europe/Paris")


def team(planner: Planner, *, self_approval: bool = False) -> None:
    """camille (the session's user) writes, Léa Martin approves, review on."""
    planner.set_member("camille", Role.EDITOR)
    planner.set_member("Léa Martin", Role.APPROVER)
    planner.set_review(True, self_approval=self_approval)


def draft(planner: Planner, **fields: object) -> Post:
    values: dict[str, object] = {
        "platform": "Instagram",
        "title": "Behind the roaster",
        "start": datetime(2026, 6, 15, 9, tzinfo=PARIS),
    }
    values.update(fields)
    return planner.create_post(PostFields(**values)).posts[0]  # type: ignore[arg-type]


def lines(planner: Planner, post_id: int) -> list[tuple[str, str]]:
    return [(c.kind.value, c.text) for c in planner.comments(post_id)]


# -- undoing a step -----------------------------------------------------------------------------


def test_undoing_an_approval_puts_the_post_back_in_review_and_takes_its_line_back(planner: Planner) -> None:
    team(planner)
    before = planner.submit_post(draft(planner).id).posts[0]
    with as_user(planner, "Léa Martin"):
        after = planner.approve_post(before.id, comment="Lovely").posts[0]
        undone = planner.review.undo_step(after, before).posts[0]
    assert (undone.status, undone.approved_by) == (Status.IN_REVIEW, None)
    assert lines(planner, before.id) == [("submit", "")]
    with as_user(planner, "Léa Martin"):
        assert [w.kind for w in planner.waiting()] == [WaitingKind.REVIEW]
        redone = planner.approve_post(before.id, comment="Lovely", expect_version=undone.version).posts[0]
    assert (redone.status, redone.approved_by) == (Status.APPROVED, "Léa Martin")
    assert lines(planner, before.id) == [("submit", ""), ("approve", "Lovely")]
    set_language("en")
    said = [v.review.words(v.who) for v in planner.post_history(before.id) if v.review is not None]
    assert "Approval undone by Léa Martin" in said
    assert said[-1] == "Approved by Léa Martin: Lovely"


def test_undoing_a_return_brings_the_post_back_to_review_and_nothing_waits_for_its_author(
    planner: Planner,
) -> None:
    team(planner)
    before = planner.submit_post(draft(planner).id).posts[0]
    with as_user(planner, "Léa Martin"):
        after = planner.return_post(before.id, "Shorter, @camille").posts[0]
    assert [w.kind for w in planner.waiting()] == [WaitingKind.RETURNED]
    with as_user(planner, "Léa Martin"):
        undone = planner.review.undo_step(after, before).posts[0]
    assert (undone.status, undone.returned_by) == (Status.IN_REVIEW, None)
    assert planner.waiting() == []
    assert lines(planner, before.id) == [("submit", "")]


def test_undoing_a_submit_after_a_return_leaves_it_returned_to_its_author(planner: Planner) -> None:
    team(planner)
    post = planner.submit_post(draft(planner).id).posts[0]
    with as_user(planner, "Léa Martin"):
        returned = planner.return_post(post.id, "Shorter").posts[0]
    sent = planner.submit_post(post.id).posts[0]
    undone = planner.review.undo_step(sent, returned).posts[0]
    assert (undone.status, undone.returned_by) == (Status.DRAFT, "Léa Martin")
    assert [w.kind for w in planner.waiting()] == [WaitingKind.RETURNED]
    assert lines(planner, post.id) == [("submit", ""), ("return", "Shorter")]


def test_undoing_a_step_on_a_post_changed_since_is_a_conflict(planner: Planner) -> None:
    team(planner)
    before = draft(planner)
    after = planner.submit_post(before.id).posts[0]
    with as_user(planner, "Léa Martin"):
        planner.approve_post(before.id)
    with pytest.raises(ConflictError):
        planner.review.undo_step(after, before)
    assert lines(planner, before.id) == [("submit", ""), ("approve", "")]


# -- removing a member --------------------------------------------------------------------------


def test_removing_a_member_gives_them_back_with_their_role_and_is_audited(planner: Planner) -> None:
    team(planner)
    planner.set_member("Sam", Role.APPROVER)
    removed = planner.review.remove_member("sam")
    assert (removed.name, removed.role) == ("Sam", Role.APPROVER)
    assert [m.name for m in planner.team()] == ["camille", "Léa Martin"]
    with planner.session.reading():
        entry = db.Audit.select().order_by(db.Audit.id.desc()).first()
    assert (entry.entity, entry.entity_id) == (Entity.MEMBER.value, removed.id)
    planner.set_member(removed.name, removed.role)  # what an undo does
    assert planner.review.role_of("Sam") is Role.APPROVER


def test_the_last_approver_and_a_named_author_stay_in_the_team(planner: Planner) -> None:
    team(planner)
    set_language("en")
    revision = planner.revision()
    with pytest.raises(ValidationError) as last:
        planner.review.remove_member("Léa Martin")
    assert last.value.key == "error.review_last_approver"
    planner.set_member("Jean", Role.EDITOR)
    ids = [draft(planner, author="Jean").id for _ in range(3)]
    revision = planner.revision()
    with pytest.raises(ValidationError) as author:
        planner.review.remove_member("Jean")
    assert str(author.value).startswith(f"Jean is the author of 3 posts: {ids[0]}, {ids[1]}, {ids[2]}")
    assert planner.revision() == revision
    with pytest.raises(NotFoundError):
        planner.review.remove_member("Nobody")


# -- who may approve ----------------------------------------------------------------------------


def test_approvers_for_a_post_leave_out_its_author_unless_self_approval_is_on(planner: Planner) -> None:
    team(planner)
    planner.set_member("Jo", Role.APPROVER)
    mine = draft(planner)
    leas = draft(planner, author="Léa Martin")
    assert planner.approvers_for(mine.id) == ["Jo", "Léa Martin"]
    assert planner.approvers_for(leas.id) == ["Jo"]
    planner.review.remove_member("Jo")
    assert planner.approvers_for(leas.id) == []
    planner.set_review(self_approval=True)
    assert planner.approvers_for(leas.id) == ["Léa Martin"]


# -- mentions -----------------------------------------------------------------------------------


def test_a_mention_is_a_full_name_or_a_first_name_of_one_member_whatever_case_and_accents(
    planner: Planner,
) -> None:
    team(planner)
    planner.set_member("Léa Dupont", Role.EDITOR)
    planner.set_member("Sam Roux", Role.EDITOR)
    text = "@sam, @LEA MARTIN and @lea dupont; @Lea alone? @Leah"
    assert planner.review.mentions_in(text) == (("Sam Roux", "Léa Martin", "Léa Dupont"), ("@Leah",))
    assert planner.review.ambiguous_in(text) == {"@Lea": ("Léa Dupont", "Léa Martin")}  # two Léas: whom?
    assert planner.review.mentions_in("mail sam@example.org, @Samuel") == ((), ("@Samuel",))
    post = draft(planner)
    comment = planner.comment_post(post.id, "@sam look")
    assert comment.mentions == ("Sam Roux",)


# -- approving only what is in review ----------------------------------------------------------


def test_only_a_post_in_review_is_approved(planner: Planner) -> None:
    team(planner)
    set_language("en")
    post = draft(planner)
    with as_user(planner, "Léa Martin"), pytest.raises(ValidationError) as never_sent:
        planner.approve_post(post.id)
    assert str(never_sent.value) == f"Post {post.id} is a draft: it must be sent for review first."
    planner.submit_post(post.id)
    with as_user(planner, "Léa Martin"):
        planner.approve_post(post.id)
        with pytest.raises(ValidationError) as twice:
            planner.approve_post(post.id)
    assert "already approved" in str(twice.value)
    assert exit_code(twice.value) == 2


def exit_code(error: Exception) -> int:
    return int(getattr(error, "exit_code"))  # noqa: B009 - every PlannerError has one


def test_two_approvers_who_cross_cannot_both_succeed(planner: Planner, db_path: object, clock: object) -> None:
    team(planner)
    planner.set_member("Jo", Role.APPROVER)
    post = planner.submit_post(draft(planner).id).posts[0]
    with (
        Planner.open(db_path, clock=clock, user="Léa Martin") as lea,  # type: ignore[arg-type]
        Planner.open(db_path, clock=clock, user="Jo") as jo,  # type: ignore[arg-type]
    ):
        assert jo.get_post(post.id).status is Status.IN_REVIEW  # Jo has it open, in review
        lea.return_post(post.id, "Not this week")
        with pytest.raises(ValidationError) as crossed:
            jo.approve_post(post.id)  # no expect_version: the core still sees the return
    assert crossed.value.key == "error.review_not_sent"
    done = planner.get_post(post.id)
    assert (done.status, done.approved_by, done.returned_by) == (Status.DRAFT, None, "Léa Martin")


# -- seen, names, waiving ------------------------------------------------------------------------


def test_seen_on_a_comment_that_does_not_mention_you_is_refused(planner: Planner) -> None:
    team(planner)
    post = draft(planner)
    said = planner.comment_post(post.id, "@camille and no one else")
    with as_user(planner, "Léa Martin"), pytest.raises(ValidationError) as refused:
        planner.review.seen(said.id)
    assert refused.value.key == "error.review_not_mentioned"


def test_a_member_is_written_as_the_team_spells_them(planner: Planner) -> None:
    team(planner)
    set_language("en")
    post = draft(planner, author="Léa Martin")
    planner.submit_post(post.id)
    with as_user(planner, "léa  martin"):
        with pytest.raises(PlannerError) as own:
            planner.approve_post(post.id)
        said = planner.comment_post(post.id, "Mine, sorry")
    assert "Léa Martin’s own" in str(own.value)
    assert said.author == "Léa Martin"
    assert planner.post_history(post.id)[-1].who == "Léa Martin"


@pytest.mark.parametrize("name", ["Léa@home", "Léa\u200bMartin", "Sam\u2066"])
def test_a_member_name_has_no_at_sign_nor_invisible_character(planner: Planner, name: str) -> None:
    revision = planner.revision()
    with pytest.raises(ValidationError):
        planner.set_member(name, Role.EDITOR)
    with pytest.raises(ValidationError):
        draft(planner, author=name)
    assert planner.revision() == revision
    assert planner.team() == []


def test_an_editor_who_skips_review_is_told_only_an_approver_may(planner: Planner) -> None:
    team(planner)
    set_language("en")
    post = draft(planner)
    with planner.review.waived(), pytest.raises(PlannerError) as refused:
        planner.edit_post(post.id, PostPatch(status=Status.SCHEDULED))
    assert (str(refused.value), exit_code(refused.value)) == ("Only an approver can schedule a post without review.", 3)


def test_a_return_that_mentions_its_author_waits_once_and_each_post_once_per_kind(planner: Planner) -> None:
    team(planner)
    first, second = draft(planner), draft(planner, title="Second")
    planner.submit_post(first.id)
    with as_user(planner, "Léa Martin"):
        planner.return_post(first.id, "@camille shorter please")
        planner.comment_post(second.id, "@camille one")
        planner.comment_post(second.id, "@camille two")
    waiting = planner.waiting()
    assert [(w.kind, w.post.id) for w in waiting] == [
        (WaitingKind.RETURNED, first.id),
        (WaitingKind.MENTION, second.id),
    ]
    assert waiting[1].comment is not None and waiting[1].comment.text == "@camille two"
