"""A post's history tells what happened to its follow-ups: who did what, when, and why."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from planner import Planner, PostFields, PostPatch
from planner.model import ChangeKind, FollowupKind, FollowupStatus, Status

PARIS = ZoneInfo("Europe/Paris")
MONDAY = datetime(2026, 6, 8, 9, 0, tzinfo=PARIS)


def _post(planner: Planner, title: str, at: datetime = MONDAY) -> int:
    return planner.create_post(PostFields(platform="Instagram", title=title, start=at)).ids[0]


def _events(planner: Planner, post: int) -> list[tuple[int | None, str, str | None]]:
    """(version, what happened, the follow-up's status) along the post's history."""
    shown = []
    for v in planner.post_history(post):
        if v.followup is None:
            shown.append((v.version, v.action.value, None))
        else:
            status = None if v.followup.status is None else v.followup.status.value
            shown.append((None, f"{v.followup.event} {v.followup.id}", status))
    return shown


def test_the_history_shows_follow_ups_added_kept_linked_dropped_and_reopened(planner: Planner) -> None:
    poll = _post(planner, "Light or dark roast?")
    results = _post(planner, "Dark roast won", at=MONDAY + timedelta(days=3))
    window = planner.followups.add(poll, FollowupKind.REPLIES, after="2h").ids[0]
    promised = planner.followups.add(poll, "post", after="3d").ids[0]
    answer = planner.followups.add(poll, "answer", after="1d", note="@lea asked about decaf").ids[0]
    planner.followups.keep(window)
    planner.followups.keep(promised, by_post=results)
    planner.followups.drop(answer, reason="Léa found it in the FAQ")
    planner.followups.reopen(answer)

    assert _events(planner, poll) == [
        (1, "create", None),
        (None, f"created {window}", "late"),  # audited as it stood: Monday 11:00 had passed
        (None, f"created {promised}", "open"),
        (None, f"created {answer}", "late"),
        (None, f"kept {window}", "kept"),
        (None, f"linked {promised}", "open"),
        (None, f"dropped {answer}", "dropped"),
        (None, f"reopened {answer}", "late"),
    ]
    history = planner.post_history(poll)
    dropped = next(v for v in history if v.followup and v.followup.event == "dropped")
    assert dropped.followup is not None and dropped.followup.reason == "Léa found it in the FAQ"
    assert dropped.who == "camille" and dropped.at.utcoffset() == timedelta(0)
    added = next(v for v in history if v.followup and v.followup.id == promised)
    assert added.followup is not None and added.followup.kind is FollowupKind.POST
    assert added.followup.due == MONDAY + timedelta(days=3) and added.followup.due.tzinfo is not None
    # Follow-ups make no version of the post: nothing to restore, the post's version is still the current one.
    assert all(not v.restorable and v.version is None for v in history if v.followup is not None)
    assert [v.version for v in history if v.current] == [1]
    # The promised post's own history does not take the poll's follow-ups.
    assert all(v.followup is None for v in planner.post_history(results))


def test_follow_ups_moved_with_their_post_come_after_the_move_and_a_publication_keeps_the_promise(
    planner: Planner,
) -> None:
    poll = _post(planner, "Light or dark roast?")
    results = _post(planner, "Dark roast won", at=MONDAY + timedelta(days=3))
    promised = planner.followups.add(poll, "post", after="3d").ids[0]
    planner.followups.keep(promised, by_post=results)
    planner.move_post(poll, MONDAY + timedelta(hours=1))
    planner.edit_post(results, PostPatch(status=Status.PUBLISHED))

    history = planner.post_history(poll)
    assert [(v.version, v.action, v.followup and v.followup.event) for v in history] == [
        (1, ChangeKind.CREATE, None),
        (None, ChangeKind.CREATE, "created"),
        (None, ChangeKind.EDIT, "linked"),
        (2, ChangeKind.MOVE, None),
        (None, ChangeKind.EDIT, "moved"),
        (None, ChangeKind.EDIT, "kept"),
    ]
    moved, kept = history[-2].followup, history[-1].followup
    assert moved is not None and moved.due == MONDAY + timedelta(days=3, hours=1)
    assert kept is not None and kept.by_post == results and kept.status is FollowupStatus.KEPT


def test_a_cancelled_post_shows_its_follow_ups_withdrawn_and_back_with_it(planner: Planner) -> None:
    poll = _post(planner, "Light or dark roast?", at=MONDAY + timedelta(days=7))
    promised = planner.followups.add(poll, "post", after="3d").ids[0]
    planner.edit_post(poll, PostPatch(status=Status.CANCELLED))
    planner.edit_post(poll, PostPatch(status=Status.SCHEDULED))

    events = [(v.followup.event, v.followup.id) for v in planner.post_history(poll) if v.followup]
    assert events == [("created", promised), ("withdrawn", promised), ("back", promised)]


def test_a_new_post_on_a_reused_id_does_not_inherit_the_old_posts_follow_ups(planner: Planner) -> None:
    old = _post(planner, "Light or dark roast?")
    planner.followups.add(old, "replies", after="2h")
    planner.delete_post(old)
    new = _post(planner, "A brand new question")
    if new == old:  # SQLite may give the id again: the new post's history starts afresh
        assert all(v.followup is None for v in planner.post_history(new))
    deleted_history = planner.post_history(new)
    assert deleted_history[0].action is ChangeKind.CREATE


def test_the_follow_ups_a_category_gives_a_new_post_are_in_its_history_after_its_creation(planner: Planner) -> None:
    planner.edit_category("Question", followups=["replies:2h:60"])
    fields = PostFields(platform="Instagram", title="Book?", start=MONDAY + timedelta(days=7), category="Question")
    post = planner.create_post(fields).ids[0]
    made = planner.followups.list(post_id=post)[0].id
    assert _events(planner, post) == [(1, "create", None), (None, f"created {made}", "open")]
