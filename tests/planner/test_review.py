"""Review before it goes out: roles, the plan's setting, submitting, approving, returning, the
gate on every write of a post, comments and mentions, what waits for whom (issue 18)."""

from __future__ import annotations

import contextlib
import json
import unicodedata
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields, PostPatch, Status, ValidationError
from planner.errors import ConflictError, NotFoundError, PlannerError
from planner.i18n import set_language
from planner.model import CommentKind, Entity, Post, ReviewSettings, Role, WaitingKind
from planner.review import ReviewRefused, ambiguous_mentions, mention_spans, mentioned
from planner.series import Frequency, Repeat, Scope
from planner.storage import models as db
from tests.helpers.backends import each_backend, planner_on_each_backend  # noqa: F401 - fixtures on both backends
from tests.helpers.review import as_user

PARIS = ZoneInfo("Europe/Paris")


def at(day: int, hour: int = 9) -> datetime:
    """A time in June 2026 (Monday the 1st), in Paris."""
    return datetime(2026, 6, day, hour, 0, tzinfo=PARIS)


def team(planner: Planner, *, review: bool = True, self_approval: bool = False) -> None:
    """Camille (the session's user) writes; Léa approves; Sam writes too."""
    planner.set_member("camille", Role.EDITOR)
    planner.set_member("Léa", Role.APPROVER)
    planner.set_member("Sam", Role.EDITOR)
    planner.set_review(review, self_approval=self_approval)


def draft(planner: Planner, day: int = 15, **fields: object) -> Post:
    values: dict[str, object] = {"platform": "Instagram", "title": "Behind the roaster", "start": at(day)}
    values.update(fields)
    return planner.create_post(PostFields(**values)).posts[0]  # type: ignore[arg-type]


def approved(planner: Planner, day: int = 15, **fields: object) -> Post:
    post = draft(planner, day, **fields)
    planner.submit_post(post.id)
    with as_user(planner, "Léa"):
        return planner.approve_post(post.id).posts[0]


def snapshot(planner: Planner) -> tuple[int, list[Post], int]:
    """What a refused step must leave as it was: the revision, every post, every thread line."""
    with planner.session.reading():
        lines = db.Comment.select().count()
    return planner.revision(), planner.list_posts(), lines


def refused(planner: Planner, error: type[PlannerError], key: str, step: object) -> PlannerError:
    before = snapshot(planner)
    with pytest.raises(error) as caught:
        step()  # type: ignore[operator]
    assert caught.value.key == key
    assert snapshot(planner) == before, "a refused step writes nothing"
    return caught.value


# -- the plan's setting and its team --------------------------------------------------------------


def test_a_new_plan_has_review_off_and_everyone_an_editor(planner: Planner) -> None:
    assert planner.review_settings() == ReviewSettings(review=False, self_approval=False)
    assert planner.review.role_of() is Role.EDITOR
    assert planner.review.role_of("nobody at all") is Role.EDITOR


def test_review_cannot_be_turned_on_without_an_approver_and_says_how(planner: Planner) -> None:
    error = refused(planner, ValidationError, "error.review_no_approver", lambda: planner.set_review(True))
    assert error.exit_code == 2
    assert error.message == "Name an approver first: dialogos team add NAME --role approver"
    set_language("fr")
    assert "Donnez d’abord le rôle approbation à quelqu’un" in ValidationError("error.review_no_approver").message


def test_team_add_gives_roles_and_the_team_lists_them(planner: Planner) -> None:
    lea = planner.set_member("Léa", "approver")
    assert (lea.name, lea.role, lea.initials) == ("Léa", Role.APPROVER, "LÉ")
    planner.set_member("Sam", Role.EDITOR)
    planner.set_member("léa", Role.EDITOR)  # the same member, whatever the case
    assert [(m.name, m.role) for m in planner.team()] == [("Léa", Role.EDITOR), ("Sam", Role.EDITOR)]
    assert planner.review.role_of("LÉA") is Role.EDITOR
    entries = planner.session.audit_log(entity=Entity.MEMBER)
    assert any(json.loads(e.summary).get("role") == ["editor", "approver"] for e in entries)


def test_an_unknown_role_is_refused(planner: Planner) -> None:
    refused(planner, ValidationError, "error.review_bad_role", lambda: planner.set_member("Léa", "boss"))


def test_the_last_approver_stays_one_while_review_is_on(planner: Planner) -> None:
    team(planner)
    error = refused(
        planner, ValidationError, "error.review_last_approver", lambda: planner.set_member("Léa", Role.EDITOR)
    )
    assert "Léa" in error.message
    planner.set_review(False)
    assert planner.set_member("Léa", Role.EDITOR).role is Role.EDITOR


def test_setting_review_is_audited_and_self_approval_kept_apart(planner: Planner) -> None:
    team(planner)
    assert planner.set_review(self_approval=True) == ReviewSettings(True, True)
    assert planner.set_review(False) == ReviewSettings(False, True)
    summaries = [json.loads(e.summary) for e in planner.session.audit_log(entity=Entity.DATABASE)]
    assert {"review": {"review": [False, True]}} in summaries
    assert {"review": {"self_approval": [False, True]}} in summaries


# -- the flow -------------------------------------------------------------------------------------


def test_submit_approve_then_schedule(planner: Planner) -> None:
    team(planner)
    post = draft(planner)
    sent = planner.submit_post(post.id, comment="Ready when you are", expect_version=post.version)
    assert sent.posts[0].status is Status.IN_REVIEW
    with as_user(planner, "Léa"):
        change = planner.approve_post(post.id, comment="Lovely", expect_version=sent.posts[0].version)
    ok = change.posts[0]
    assert (ok.status, ok.approved_by, ok.approved_at) == (Status.APPROVED, "Léa", planner.now())
    scheduled = planner.edit_post(post.id, PostPatch(status=Status.SCHEDULED)).posts[0]
    assert (scheduled.status, scheduled.approved_by) == (Status.SCHEDULED, "Léa")
    thread = planner.comments(post.id)
    assert [(c.kind, c.author, c.text) for c in thread] == [
        (CommentKind.SUBMIT, "camille", "Ready when you are"),
        (CommentKind.APPROVE, "Léa", "Lovely"),
    ]


def test_scheduling_an_unapproved_post_is_refused_with_review_on(planner: Planner) -> None:
    team(planner)
    post = draft(planner)
    error = refused(
        planner,
        ReviewRefused,
        "error.review_needs_approval",
        lambda: planner.edit_post(post.id, PostPatch(status=Status.SCHEDULED)),
    )
    assert error.exit_code == 3 and "needs approval" in error.message
    planner.submit_post(post.id)
    waiting = refused(
        planner,
        ReviewRefused,
        "error.review_needs_approval_in_review",
        lambda: planner.edit_post(post.id, PostPatch(status=Status.SCHEDULED)),
    )
    assert waiting.message.endswith("it is in review, waiting for an approver.")  # not "send it for review"
    new = refused(
        planner,
        ReviewRefused,
        "error.review_new_needs_approval",
        lambda: planner.create_post(PostFields("X", "Launch", start=at(16), status=Status.SCHEDULED)),
    )
    assert new.exit_code == 3 and new.message.startswith("“Launch” needs approval")
    refused(
        planner,
        ReviewRefused,
        "error.review_new_needs_approval",
        lambda: planner.create_post(PostFields("X", "Done", start=at(3), status=Status.PUBLISHED)),
    )
    set_language("fr")
    assert (
        error.key == "error.review_needs_approval"
        and "doit être approuvée" in ReviewRefused(error.key, id=post.id, title=post.title).message
    )


def test_with_review_off_nothing_is_refused(planner: Planner) -> None:
    team(planner, review=False)
    post = draft(planner)
    assert planner.edit_post(post.id, PostPatch(status=Status.SCHEDULED)).posts[0].status is Status.SCHEDULED
    other = draft(planner, 16)
    marked = planner.edit_post(other.id, PostPatch(status=Status.APPROVED)).posts[0]
    assert (marked.status, marked.approved_by) == (Status.APPROVED, "camille")


def test_approving_and_returning_need_an_approver_even_with_review_off(planner: Planner) -> None:
    team(planner, review=False)
    post = draft(planner)
    planner.submit_post(post.id)
    error = refused(planner, ReviewRefused, "error.review_not_approver", lambda: planner.approve_post(post.id))
    assert error.exit_code == 3 and "camille" in error.message
    refused(planner, ReviewRefused, "error.review_not_approver", lambda: planner.return_post(post.id, "No"))


def test_an_approver_may_not_approve_their_own_post_unless_the_plan_allows_it(planner: Planner) -> None:
    team(planner)
    with as_user(planner, "Léa"):
        mine = draft(planner)
        planner.submit_post(mine.id)
        refused(planner, ReviewRefused, "error.review_own_post", lambda: planner.approve_post(mine.id))
        assert [w.post.id for w in planner.waiting()] == []
    planner.set_review(self_approval=True)
    with as_user(planner, "Léa"):
        assert [w.post.id for w in planner.waiting()] == [mine.id]
        assert planner.approve_post(mine.id).posts[0].approved_by == "Léa"


def test_an_own_post_is_its_authors_or_else_its_creators(planner: Planner) -> None:
    team(planner)
    with as_user(planner, "Léa"):
        for_sam = draft(planner, author="Sam")
        planner.submit_post(for_sam.id)
        assert planner.approve_post(for_sam.id).posts[0].status is Status.APPROVED


def test_a_plain_edit_to_approved_is_approving(planner: Planner) -> None:
    team(planner)
    post = draft(planner)
    refused(
        planner,
        ReviewRefused,
        "error.review_not_approver",
        lambda: planner.edit_post(post.id, PostPatch(status=Status.APPROVED)),
    )
    with as_user(planner, "Léa"):
        change = planner.edit_post(post.id, PostPatch(status=Status.APPROVED))
    assert change.posts[0].approved_by == "Léa"


def test_an_idea_cannot_be_sent_for_review(planner: Planner) -> None:
    team(planner)
    idea = planner.create_post(PostFields("Instagram", "Someday")).posts[0]
    error = refused(planner, ValidationError, "error.review_submit_idea", lambda: planner.submit_post(idea.id))
    assert error.exit_code == 2


def test_approving_a_post_already_scheduled_is_refused(planner: Planner) -> None:
    team(planner)
    post = approved(planner)
    planner.edit_post(post.id, PostPatch(status=Status.SCHEDULED))
    with as_user(planner, "Léa"):
        error = refused(planner, ValidationError, "error.review_already_out", lambda: planner.approve_post(post.id))
    assert "already scheduled" in error.message


def test_returning_needs_a_comment_and_a_post_in_review(planner: Planner) -> None:
    team(planner)
    post = draft(planner)
    with as_user(planner, "Léa"):
        refused(planner, ValidationError, "error.review_not_in_review", lambda: planner.return_post(post.id, "x"))
        planner.session.user = "camille"
    planner.submit_post(post.id)
    with as_user(planner, "Léa"):
        refused(
            planner, ValidationError, "error.review_return_needs_comment", lambda: planner.return_post(post.id, "  ")
        )
        back = planner.return_post(post.id, "  The photo is blurry  ").posts[0]
    assert (back.status, back.returned_by) == (Status.DRAFT, "Léa")
    assert planner.comments(post.id)[-1].text == "The photo is blurry"
    again = planner.submit_post(post.id).posts[0]
    assert (again.status, again.returned_by) == (Status.IN_REVIEW, None)


def test_a_step_on_a_stale_version_is_a_conflict_and_writes_nothing(planner: Planner) -> None:
    team(planner)
    post = draft(planner)
    planner.edit_post(post.id, PostPatch(title="Behind the roaster, again"))
    error = refused(
        planner,
        ConflictError,
        "error.conflict_post_version",
        lambda: planner.submit_post(post.id, expect_version=post.version),
    )
    assert error.exit_code == 4


def test_a_missing_post_is_not_found(planner: Planner) -> None:
    team(planner)
    for step in (lambda: planner.submit_post(999), lambda: planner.comment_post(999, "Hello")):
        error = refused(planner, NotFoundError, "error.post_not_found", step)
        assert error.exit_code == 2


# -- an approval holds, and goes -------------------------------------------------------------------


def test_an_edit_of_an_approved_posts_text_sends_it_back_to_review(planner: Planner) -> None:
    team(planner)
    post = approved(planner)
    scheduled = planner.edit_post(post.id, PostPatch(status=Status.SCHEDULED)).posts[0]
    change = planner.edit_post(post.id, PostPatch(body="A new caption"), expect_version=scheduled.version)
    back = change.posts[0]
    assert (back.status, back.approved_by, back.approved_at) == (Status.IN_REVIEW, None, None)
    assert planner.comments(post.id)[-1].kind is CommentKind.REOPEN
    last = planner.session.audit_log(entity=Entity.POST, entity_id=post.id)[-1]
    assert json.loads(last.summary)["review"] == "reopened"


def test_moving_an_approved_post_keeps_its_approval(planner: Planner) -> None:
    team(planner)
    post = approved(planner)
    moved = planner.move_post(post.id, at(17, 11)).posts[0]
    assert (moved.status, moved.approved_by) == (Status.APPROVED, "Léa")
    scheduled = planner.edit_post(post.id, PostPatch(status=Status.SCHEDULED, category="Question")).posts[0]
    assert scheduled.approved_by == "Léa"


def test_leaving_the_approved_statuses_clears_the_approval(planner: Planner) -> None:
    team(planner)
    post = approved(planner)
    back = planner.edit_post(post.id, PostPatch(status=Status.DRAFT)).posts[0]
    assert back.approved_by is None
    refused(
        planner,
        ReviewRefused,
        "error.review_needs_approval",
        lambda: planner.edit_post(post.id, PostPatch(status=Status.SCHEDULED)),
    )


def test_with_review_off_a_text_edit_keeps_the_approval(planner: Planner) -> None:
    team(planner)
    post = approved(planner)
    planner.set_review(False)
    kept = planner.edit_post(post.id, PostPatch(title="New title")).posts[0]
    assert (kept.status, kept.approved_by) == (Status.APPROVED, "Léa")


def test_undoing_an_approval_puts_it_back_as_it_was(planner: Planner) -> None:
    team(planner)
    post = draft(planner)
    before = planner.submit_post(post.id).posts[0]
    with as_user(planner, "Léa"):
        after = planner.approve_post(post.id).posts[0]
        undone = planner.edit_post(post.id, PostPatch.back_to(before), reason="undo").posts[0]
        assert (undone.status, undone.approved_by) == (Status.IN_REVIEW, None)
    redone = planner.edit_post(post.id, PostPatch.back_to(after), reason="undo").posts[0]
    assert (redone.status, redone.approved_by) == (Status.APPROVED, "Léa")


def test_undoing_a_reopening_edit_brings_the_approval_back(planner: Planner) -> None:
    team(planner)
    post = approved(planner)
    planner.edit_post(post.id, PostPatch(title="Changed"))
    undone = planner.edit_post(post.id, PostPatch.back_to(post), reason="undo").posts[0]
    assert (undone.title, undone.status, undone.approved_by) == (post.title, Status.APPROVED, "Léa")


def test_an_approver_may_schedule_an_unapproved_post_on_purpose(planner: Planner) -> None:
    team(planner)
    post = draft(planner)
    with planner.review.waived():
        refused(
            planner,
            ReviewRefused,
            "error.review_waive_not_approver",
            lambda: planner.edit_post(post.id, PostPatch(status=Status.SCHEDULED)),
        )
    with as_user(planner, "Léa"), planner.review.waived():
        done = planner.edit_post(post.id, PostPatch(status=Status.SCHEDULED)).posts[0]
    assert (done.status, done.approved_by) == (Status.SCHEDULED, None)
    last = planner.session.audit_log(entity=Entity.POST, entity_id=post.id)[-1]
    assert json.loads(last.summary)["review"] == "waived"
    # Once out, it moves and goes out like any scheduled post.
    assert planner.move_post(post.id, at(18)).posts[0].status is Status.SCHEDULED


def test_restoring_an_old_version_never_restores_an_approval(planner: Planner) -> None:
    """An approval is given, not brought back: a version that was approved or scheduled comes back
    in review, its words restored, whoever restores it (review on); with review off, as it was."""
    team(planner)
    post = approved(planner)
    scheduled = planner.edit_post(post.id, PostPatch(status=Status.SCHEDULED)).posts[0]
    planner.edit_post(post.id, PostPatch(title="Behind the roaster, take two"))  # back to review
    planner.edit_post(post.id, PostPatch(status=Status.DRAFT, title="Something else"))

    for version in (post.version, scheduled.version):
        restored = planner.restore_version(post.id, version).posts[0]
        assert (restored.status, restored.approved_by, restored.title) == (
            Status.IN_REVIEW,
            None,
            "Behind the roaster",
        )
        planner.edit_post(post.id, PostPatch(status=Status.DRAFT, title="Something else"))

    words = [v.review.words(v.who) for v in planner.post_history(post.id) if v.review is not None]
    assert words[-1] == "Back in review: an approval is given, not restored with a version"
    # An approver who means it schedules the version at once.
    planner.edit_post(post.id, PostPatch(status=Status.DRAFT, title="Something else"))
    with as_user(planner, "Léa"), planner.review.waived():
        assert planner.restore_version(post.id, scheduled.version).posts[0].status is Status.SCHEDULED

    planner.edit_post(post.id, PostPatch(status=Status.DRAFT, title="Something else"))
    planner.set_review(False)
    restored = planner.restore_version(post.id, scheduled.version).posts[0]
    assert (restored.status, restored.approved_by) == (Status.SCHEDULED, None)


def test_restoring_keeps_the_approval_the_post_holds(planner: Planner) -> None:
    team(planner)
    post = approved(planner)
    later = planner.edit_post(post.id, PostPatch(status=Status.SCHEDULED)).posts[0]
    moved = planner.move_post(post.id, at(16)).posts[0]
    assert moved.approved_by == "Léa"

    restored = planner.restore_version(post.id, later.version).posts[0]  # its first time, same words

    assert (restored.status, restored.approved_by, restored.start) == (Status.SCHEDULED, "Léa", later.start)


# -- the gate in every write -----------------------------------------------------------------------


def test_a_series_of_scheduled_posts_is_refused_without_approval(planner: Planner) -> None:
    team(planner)
    fields = PostFields("Instagram", "Weekly tips", start=at(15), status=Status.SCHEDULED)
    refused(
        planner,
        ReviewRefused,
        "error.review_new_needs_approval",
        lambda: planner.create_series(fields, Repeat(Frequency.WEEKLY, count=3)),
    )
    assert planner.list_posts() == []


def test_editing_a_series_text_sends_its_approved_posts_back_to_review(planner: Planner) -> None:
    team(planner)
    series = planner.create_series(
        PostFields("Instagram", "Weekly tips", start=at(15)), Repeat(Frequency.WEEKLY, count=3)
    ).posts
    for post in series:
        planner.submit_post(post.id)
    with as_user(planner, "Léa"):
        for post in series[:2]:
            planner.approve_post(post.id)
    change = planner.edit_series(series[0].id, PostPatch(title="Weekly tip"), Scope.ALL)
    assert [(p.status, p.approved_by) for p in change.posts] == [(Status.IN_REVIEW, None)] * 3
    reopened = [p.id for p in series if planner.comments(p.id)[-1].kind is CommentKind.REOPEN]
    assert reopened == [p.id for p in series[:2]]


def test_a_cross_post_scheduled_at_once_is_refused_and_a_copy_holds_no_approval(planner: Planner) -> None:
    team(planner)
    fields = PostFields("Instagram", "Launch day", start=at(15), status=Status.SCHEDULED)
    refused(
        planner,
        ReviewRefused,
        "error.review_new_needs_approval",
        lambda: planner.create_cross_post(fields, ["Instagram", "LinkedIn"]),
    )
    post = approved(planner)
    (copy,) = planner.copy_post(post.id, platform="LinkedIn", in_group=True).posts
    assert (copy.platform, copy.status, copy.approved_by) == ("LinkedIn", Status.DRAFT, None)


def test_deleting_a_post_withdraws_its_thread_and_undoing_brings_it_back(planner: Planner) -> None:
    team(planner)
    post = draft(planner)
    planner.comment_post(post.id, "Ask @Léa about the photo")
    planner.submit_post(post.id)
    with as_user(planner, "Léa"):
        assert {w.kind for w in planner.waiting()} == {WaitingKind.REVIEW, WaitingKind.MENTION}
    gone = planner.delete_post(post.id).posts[0]
    with as_user(planner, "Léa"):
        assert planner.waiting() == []
    with pytest.raises(NotFoundError):
        planner.comments(post.id)
    back = planner.posts.undelete_post(gone, reason="undo").posts[0]
    assert [c.text for c in planner.comments(back.id)] == ["Ask @Léa about the photo", ""]
    with as_user(planner, "Léa"):
        assert {w.kind for w in planner.waiting()} == {WaitingKind.REVIEW, WaitingKind.MENTION}


def test_undeleting_an_approved_post_keeps_its_approval(planner: Planner) -> None:
    team(planner)
    post = approved(planner)
    scheduled = planner.edit_post(post.id, PostPatch(status=Status.SCHEDULED)).posts[0]
    gone = planner.delete_post(post.id).posts[0]
    back = planner.posts.undelete_post(gone, reason="undo").posts[0]
    assert (back.status, back.approved_by) == (Status.SCHEDULED, "Léa")
    assert back.approved_at == scheduled.approved_at


_STEPS = st.lists(
    st.tuples(
        st.sampled_from(["camille", "Léa"]),
        st.one_of(
            st.sampled_from(list(Status)).filter(lambda s: s is not Status.IDEA).map(lambda s: ("status", s)),
            st.sampled_from(["New title", "Other title"]).map(lambda t: ("title", t)),
            st.sampled_from(["submit", "approve", "return"]).map(lambda step: ("step", step)),
        ),
    ),
    max_size=8,
)


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=_STEPS)
def test_whatever_anyone_does_a_post_goes_out_only_approved(planner: Planner, steps: list[tuple[str, object]]) -> None:
    """With review on, after any edits and steps by an editor and an approver (refused or not), a
    post out is approved, and only a post holding an approval names its approver."""
    if not planner.team():
        team(planner)
    post = draft(planner)
    for who, (what, value) in steps:  # type: ignore[misc]
        with as_user(planner, who):
            # A refused step is one of the outcomes drawn: the property holds after it as after any other.
            with contextlib.suppress(ReviewRefused, ValidationError):
                if what == "status":
                    planner.edit_post(post.id, PostPatch(status=value))
                elif what == "title":
                    planner.edit_post(post.id, PostPatch(title=value))
                elif value == "submit":
                    planner.submit_post(post.id)
                elif value == "approve":
                    planner.approve_post(post.id)
                else:
                    planner.return_post(post.id, "Again")
        now = planner.get_post(post.id)
        if now.status in (Status.SCHEDULED, Status.PUBLISHED, Status.APPROVED):
            assert now.approved_by == "Léa", now
        else:
            assert now.approved_by is None and now.approved_at is None, now
    planner.delete_post(post.id)


# -- comments and mentions -------------------------------------------------------------------------


def test_a_comment_is_trimmed_and_mentions_members(planner: Planner) -> None:
    team(planner)
    planner.set_member("Léa Martin", Role.EDITOR)
    post = draft(planner)
    revision = planner.revision()
    line = planner.comment_post(post.id, "  @léa martin and @Sam, see @Nobody?  ")
    assert line.text == "@léa martin and @Sam, see @Nobody?"
    assert line.mentions == ("Léa Martin", "Sam")
    assert (line.author, line.at, line.kind) == ("camille", planner.now(), CommentKind.COMMENT)
    assert planner.comments(post.id) == [line]
    # The team's refresh sees it as a change of the post's thread.
    (entry,) = planner.changes_since(revision)
    assert (entry.entity, entry.entity_id, entry.who) == (Entity.COMMENT, post.id, "camille")


def test_an_empty_or_too_long_comment_is_refused(planner: Planner) -> None:
    post = draft(planner)
    refused(planner, ValidationError, "error.review_empty_comment", lambda: planner.comment_post(post.id, " \n "))
    refused(planner, ValidationError, "error.field_too_long", lambda: planner.comment_post(post.id, "x" * 100_001))


def test_one_takes_back_only_ones_own_comment(planner: Planner) -> None:
    team(planner)
    post = draft(planner)
    mine = planner.comment_post(post.id, "Typo")
    with as_user(planner, "Léa"):
        theirs = planner.comment_post(post.id, "Nice")
        refused(planner, ValidationError, "error.review_not_your_comment", lambda: planner.remove_comment(mine.id))
    sent = planner.submit_post(post.id)
    step = planner.comments(post.id)[-1]
    assert step.kind is CommentKind.SUBMIT and sent.posts[0].status is Status.IN_REVIEW
    refused(planner, ValidationError, "error.review_step_stays", lambda: planner.remove_comment(step.id))
    planner.remove_comment(mine.id)
    assert [c.id for c in planner.comments(post.id)] == [theirs.id, step.id]
    refused(planner, NotFoundError, "error.review_comment_not_found", lambda: planner.remove_comment(mine.id))


def test_a_mention_waits_until_seen_or_acted_on(planner: Planner) -> None:
    team(planner)
    post = draft(planner)
    first = planner.comment_post(post.id, "@Sam can you check the link?")
    with as_user(planner, "Sam"):
        (waiting,) = planner.waiting()
        assert (waiting.kind, waiting.post.id, waiting.comment) == (WaitingKind.MENTION, post.id, first)
        planner.review.seen(first.id)
        assert planner.waiting() == []
        revision = planner.revision()
        planner.review.seen(first.id)  # seen already: nothing written
        assert planner.revision() == revision
    planner.comment_post(post.id, "@Sam and the date?")
    with as_user(planner, "Sam"):
        planner.comment_post(post.id, "Both fine")  # answering on the post sees it
        assert planner.waiting() == []


def test_an_approver_acting_on_the_post_sees_its_mentions(planner: Planner) -> None:
    team(planner)
    post = draft(planner)
    planner.comment_post(post.id, "@Léa please look")
    planner.submit_post(post.id)
    with as_user(planner, "Léa"):
        planner.approve_post(post.id)
        assert planner.waiting() == []


@settings(max_examples=80)
@given(
    names=st.lists(
        st.text(st.characters(categories=("L", "N", "Zs")), min_size=1, max_size=12).map(str.strip).filter(bool),
        min_size=1,
        max_size=5,
    ),
    before=st.text(max_size=20),
    after=st.text(st.characters(categories=("P", "Zs")), max_size=5),
)
def test_a_mention_names_the_member_it_spells_unless_a_longer_one_fits(
    names: list[str], before: str, after: str
) -> None:
    chosen = names[0]
    found = mentioned(f"{before} @{chosen}{after}", names)
    assert set(found) <= set(names)
    said = plain(chosen)
    longer = [key for key in mention_keys(names) if len(key) > len(said) and key.startswith(said)]
    if not longer:
        assert any(plain(f) == said for f in found)


@settings(max_examples=60)
@given(
    first=st.text(st.characters(categories=("L",)), min_size=1, max_size=8),
    last=st.text(st.characters(categories=("L",)), min_size=1, max_size=8),
    others=st.lists(st.text(st.characters(categories=("L", "Zs")), min_size=1, max_size=12), max_size=3),
)
@example(first="ı", last="A", others=[])
def test_a_first_name_mentions_the_one_member_who_has_it(first: str, last: str, others: list[str]) -> None:
    member = f"{first} {last}"
    names = [member, *others]
    # In capitals, unless a capital is another letter once folded (the dotless ı is I, which folds to i).
    typed = first.upper() if plain(first.upper()) == plain(first) else first
    found = mentioned(f"Look @{typed}!", names)
    alone = sum(1 for n in names if n.split() and plain(n.split()[0]) == plain(first)) == 1
    if alone and not any(plain(" ".join(n.split())) == plain(first) for n in others):
        assert found and plain(" ".join(found[0].split())) in {plain(first), plain(member)} | {plain(n) for n in others}


def plain(text: str) -> str:
    """A name as a mention reads it: no accents, no case, single spaces (NFKD folding)."""
    folded = unicodedata.normalize("NFKD", " ".join(text.split()))
    return "".join(c for c in folded if not unicodedata.combining(c)).casefold()


def mention_keys(names: list[str]) -> set[str]:
    """Every name a mention may say: full names, and first names one member alone has."""
    keys = {plain(n) for n in names if n.strip()}
    firsts = [plain(n.split()[0]) for n in names if len(n.split()) > 1]
    return keys | {f for f in firsts if firsts.count(f) == 1}


def test_the_longest_name_wins_and_a_longer_word_is_no_mention() -> None:
    names = ["Léa", "Léa Martin", "Sam"]
    assert mentioned("Hi @Léa Martin!", names) == ("Léa Martin",)
    assert mentioned("@léa, @LÉA MARTIN and @Léa again", names) == ("Léa", "Léa Martin")
    assert mentioned("@Léanne and @Samuel", names) == ()
    assert mentioned("mail me at lea@Sam.org", names) == ()


def test_a_first_name_two_members_share_mentions_no_one_and_says_whom_it_could_be() -> None:
    names = ["Léa Martin", "Lea Dupont", "Sam"]
    text = "@lea look, @Léa Martin agrees, @sam too, @Zed not"
    assert mentioned(text, names) == ("Léa Martin", "Sam")
    assert ambiguous_mentions(text, names) == {"@lea": ("Lea Dupont", "Léa Martin")}
    # A member named just "Lea" is whom "@lea" names: nothing is ambiguous.
    assert ambiguous_mentions(text, [*names, "Lea"]) == {}
    assert mentioned(text, [*names, "Lea"])[0] == "Lea"


def test_the_spans_of_mentions_are_where_the_text_says_them_as_typed() -> None:
    """A thread emphasises what the core read: each span is the "@" and the name as typed (accents,
    case, a decomposed é), an unknown @word has no member."""
    text = "Hi @LE\u0301A martin, @sam and @Leah: mail lea@sam.org"
    spans = mention_spans(text, ["Léa Martin", "Sam"])
    assert [(text[start:end], name) for start, end, name in spans] == [
        ("@LE\u0301A martin", "Léa Martin"),
        ("@sam", "Sam"),
        ("@Leah", None),
    ]


@settings(max_examples=60)
@given(before=st.text(max_size=15), name=st.sampled_from(["Léa Martin", "Sam", "Zoé"]), after=st.text(max_size=15))
def test_every_span_starts_at_an_at_sign_and_names_what_scan_counts(before: str, name: str, after: str) -> None:
    text = f"{before} @{name} {after}"
    names = ["Léa Martin", "Sam", "Zoé"]
    spans = mention_spans(text, names)
    assert all(text[start] in "@＠﹫" and start < end <= len(text) for start, end, _ in spans)
    assert [n for _, _, n in spans if n is not None] and set(mentioned(text, names)) == {
        n for _, _, n in spans if n is not None
    }


@given(text=st.text(alphabet=st.characters(blacklist_characters="@"), max_size=40))
def test_no_at_sign_no_mention(text: str) -> None:
    assert mentioned(text, ["Léa", "Sam"]) == ()


# -- what waits for whom ---------------------------------------------------------------------------


def test_what_waits_for_each_member(planner: Planner) -> None:
    team(planner)
    later = draft(planner, 20)
    sooner = draft(planner, 16)
    idea = planner.create_post(PostFields("X", "Someday")).posts[0]
    planner.submit_post(later.id)
    planner.submit_post(sooner.id)
    planner.comment_post(idea.id, "@Léa for later")
    with as_user(planner, "Léa"):
        assert [(w.kind, w.post.id) for w in planner.waiting()] == [
            (WaitingKind.REVIEW, sooner.id),
            (WaitingKind.REVIEW, later.id),
            (WaitingKind.MENTION, idea.id),
        ]
        returned = planner.return_post(sooner.id, "Not this week")
    (back,) = planner.waiting()
    assert (back.kind, back.post, back.comment and back.comment.text) == (
        WaitingKind.RETURNED,
        returned.posts[0],
        "Not this week",
    )
    assert planner.waiting("Sam") == []
    assert planner.waiting("nobody") == []


def test_an_editor_has_nothing_to_review(planner: Planner) -> None:
    team(planner)
    with as_user(planner, "Sam"):
        post = draft(planner)
        planner.submit_post(post.id)
    assert planner.waiting() == []
    assert [w.post.id for w in planner.waiting("Léa")] == [post.id]


# -- both backends ----------------------------------------------------------------------------------


@pytest.mark.usefixtures("db_location")
def test_the_flow_on_each_backend(planner: Planner) -> None:
    team(planner)
    post = draft(planner)
    planner.comment_post(post.id, "@Léa have a look")
    planner.submit_post(post.id)
    with as_user(planner, "Léa"):
        assert [w.kind for w in planner.waiting()] == [WaitingKind.REVIEW, WaitingKind.MENTION]
        planner.approve_post(post.id)
        assert planner.waiting() == []
    done = planner.edit_post(post.id, PostPatch(status=Status.SCHEDULED)).posts[0]
    assert (done.status, done.approved_by) == (Status.SCHEDULED, "Léa")
    assert [c.kind for c in planner.comments(post.id)] == [
        CommentKind.COMMENT,
        CommentKind.SUBMIT,
        CommentKind.APPROVE,
    ]


# -- the history tells it --------------------------------------------------------------------------


def test_a_posts_history_tells_each_step_in_words(planner: Planner) -> None:
    team(planner)
    post = draft(planner)
    planner.comment_post(post.id, "Is the photo sharp enough?")
    planner.submit_post(post.id)
    with as_user(planner, "Léa"):
        planner.return_post(post.id, "Blurry")
    planner.submit_post(post.id, comment="New photo")
    with as_user(planner, "Léa"):
        planner.approve_post(post.id)
    planner.edit_post(post.id, PostPatch(body="Fresh caption"))
    with as_user(planner, "Léa"), planner.review.waived():
        planner.edit_post(post.id, PostPatch(status=Status.SCHEDULED))
    told = [v.review.words(v.who) for v in planner.post_history(post.id) if v.review is not None]
    assert told == [
        "Comment by camille: Is the photo sharp enough?",
        "Sent for review by camille",
        "Returned by Léa: Blurry",
        "Sent for review by camille: New photo",
        "Approved by Léa",
        "Back to review: its text changed after approval",
        "Scheduled without review by Léa",
    ]
    set_language("fr")
    french = [v.review.words(v.who) for v in planner.post_history(post.id) if v.review is not None]
    assert french[2] == "Modifications demandées par Léa : Blurry"
    assert french[5] == "Retour en relecture : son texte a changé après l’approbation"


def test_a_comment_is_no_version_and_a_step_is_one(planner: Planner) -> None:
    team(planner)
    post = draft(planner)
    line = planner.comment_post(post.id, "Hello")
    sent = planner.submit_post(post.id).posts[0]
    planner.remove_comment(line.id)
    history = planner.post_history(post.id)
    assert [(v.version, v.review and v.review.step) for v in history] == [
        (1, None),
        (None, "comment"),
        (2, "submit"),
        (None, "removed"),
    ]
    assert history[2].current and sent.version == 2


# -- the demo ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_demo_has_a_team_and_posts_in_review_with_review_off(planner: Planner, lang: str) -> None:
    from planner.demo import plan_demo

    set_language(lang)
    plan_demo(planner, seed=7)
    assert planner.review_settings() == ReviewSettings(review=False, self_approval=False)
    roles = {m.name: m.role for m in planner.team()}
    approver = "Alex Morgan" if lang == "en" else "Camille Martin"
    assert [name for name, role in roles.items() if role is Role.APPROVER] == [approver]
    statuses = {p.status for p in planner.list_posts()}
    assert {Status.IN_REVIEW, Status.APPROVED} <= statuses
    waiting = planner.waiting(approver)
    assert [w.kind for w in waiting] == [WaitingKind.REVIEW, WaitingKind.MENTION]
    (approved_post,) = [p for p in planner.list_posts() if p.status is Status.APPROVED]
    assert approved_post.approved_by == approver
    assert [c.kind for c in planner.comments(approved_post.id)] == [CommentKind.SUBMIT, CommentKind.APPROVE]
