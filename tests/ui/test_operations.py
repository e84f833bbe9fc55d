"""Post changes from the app: undo and redo, refusals with a reason, conflicts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields, PostPatch
from planner.balance.rules import Mode, preset_rule
from planner.history import UNDO_REASON
from planner.model import Post
from tests.helpers.ui import PARIS
from ui.operations import Editing, PostOperations, Resolution


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 6, day, hour, 0, tzinfo=PARIS)


def talk(day: int, title: str = "Which notebook do you use?") -> PostFields:
    return PostFields(platform="LinkedIn", title=title, category="Question", start=at(day))


def operations(plan: Planner, **askers: object) -> PostOperations:
    return PostOperations(plan, None, **askers)  # type: ignore[arg-type]


def titles(plan: Planner) -> list[str]:
    return sorted(p.title for p in plan.list_posts())


def test_create_undo_redo(qtbot: QtBot, plan: Planner) -> None:
    ops = operations(plan)
    created = ops.create(talk(1, "Hello"))
    assert created is not None and titles(plan) == ["Hello"]
    ops.stack.undo()
    assert titles(plan) == []
    ops.stack.redo()
    assert titles(plan) == ["Hello"]
    assert plan.list_posts()[0].uid == created.uid  # the same post, not a copy


def test_edit_and_move_undo_back_to_the_saved_state(qtbot: QtBot, plan: Planner) -> None:
    ops = operations(plan)
    post = ops.create(talk(1, "Before"))
    assert post is not None
    edited = ops.edit(post, PostPatch(title="After"))
    assert edited is not None
    moved = ops.move(edited, at(3, 15))
    assert moved is not None and moved.start_utc == at(3, 15)
    ops.stack.undo()
    assert plan.get_post(post.id).start_utc == at(1)
    ops.stack.undo()
    assert plan.get_post(post.id).title == "Before"
    ops.stack.redo()
    ops.stack.redo()
    again = plan.get_post(post.id)
    assert (again.title, again.start_utc) == ("After", at(3, 15))


def test_delete_then_undo_restores_the_post(qtbot: QtBot, plan: Planner) -> None:
    ops = operations(plan)
    post = ops.create(talk(2, "Keep me"))
    assert post is not None and ops.delete(post)
    assert titles(plan) == []
    ops.stack.undo()
    restored = plan.list_posts()[0]
    assert (restored.uid, restored.title) == (post.uid, "Keep me")
    ops.stack.redo()
    assert titles(plan) == []


def test_a_block_mode_refusal_asks_why_and_records_it(qtbot: QtBot, plan: Planner) -> None:
    plan.set_rule(preset_rule("80-20", platform="LinkedIn", mode=Mode.BLOCK))
    asked: list[str] = []

    def reason(_parent: object, refusal: str) -> str | None:
        asked.append(refusal)
        return "Launch day"

    ops = operations(plan, reason_asker=reason)
    for day in range(1, 5):
        ops.create(talk(day))
    ops.create(PostFields(platform="LinkedIn", title="Offer", category="Offer", start=at(5)))
    with qtbot.waitSignal(ops.warned) as warned:
        saved = ops.create(PostFields(platform="LinkedIn", title="Second offer", category="Offer", start=at(6)))
    assert saved is not None and "2 promotions" in asked[0]
    assert "2 promotions" in warned.args[0][0]
    assert plan.session.audit_log()[-1].reason == "Launch day"
    ops.stack.undo()  # undoing is never refused
    assert "Second offer" not in titles(plan)


def test_a_cancelled_override_saves_nothing_and_pushes_nothing(qtbot: QtBot, plan: Planner) -> None:
    plan.set_rule(preset_rule("thirds", platform="LinkedIn", mode=Mode.BLOCK))
    ops = operations(plan, reason_asker=lambda _parent, _refusal: None)
    ops.create(PostFields(platform="LinkedIn", title="Offer", category="Offer", start=at(1)))
    depth = ops.stack.count()
    with qtbot.waitSignal(ops.failed):
        assert ops.create(PostFields(platform="LinkedIn", title="Again", category="Offer", start=at(2))) is None
    assert ops.stack.count() == depth and "Again" not in titles(plan)


def conflicting(plan_path: Path, post: Post, title: str) -> None:
    """Someone else, in another process, edits the post."""
    with Planner.open(plan_path, user="yanis") as other:
        other.edit_post(post.id, PostPatch(title=title))


def test_a_conflict_keeps_theirs_or_saves_mine_as_chosen(qtbot: QtBot, plan: Planner, plan_path: Path) -> None:
    answers: list[Resolution] = [Resolution.THEIRS, Resolution.MINE]
    seen: list[Post | None] = []

    def resolve(_parent: object, theirs: Post | None, _mine: PostPatch, _editing: Editing) -> Resolution:
        seen.append(theirs)
        return answers.pop(0)

    ops = operations(plan, conflict_asker=resolve)
    post = ops.create(talk(1, "Mine"))
    assert post is not None
    conflicting(plan_path, post, "Theirs")
    assert ops.edit(post, PostPatch(title="Mine again")) is None
    assert seen[0] is not None and seen[0].updated_by == "yanis"
    assert titles(plan) == ["Theirs"]
    assert ops.edit(post, PostPatch(title="Mine again")) is not None
    assert titles(plan) == ["Mine again"]


def test_undo_never_overwrites_someone_elses_change(qtbot: QtBot, plan: Planner, plan_path: Path) -> None:
    ops = operations(plan)
    post = ops.create(talk(1, "Draft"))
    assert post is not None
    edited = ops.edit(post, PostPatch(title="Mine"))
    assert edited is not None
    conflicting(plan_path, edited, "Theirs")
    with qtbot.waitSignal(ops.failed) as failed:
        ops.stack.undo()
    assert failed.args[0] == "Cannot undo: yanis changed “Theirs” since; the step is dropped from Undo."
    assert titles(plan) == ["Theirs"]
    assert UNDO_REASON == "undo"
    assert ops.stack.undoText() == "Create “Draft”"  # the edit's step is gone, as said: no retry that never works


def test_a_redo_after_a_colleague_s_change_says_who_changed_what(qtbot: QtBot, plan: Planner, plan_path: Path) -> None:
    ops = operations(plan)
    post = ops.create(talk(1, "Quiz 2"))
    assert post is not None
    ops.edit(post, PostPatch(title="Quiz 3"))
    ops.stack.undo()  # back to "Quiz 2"
    with Planner.open(plan_path, user="Camille Durand") as other:
        other.edit_post(post.id, PostPatch(body="Their words"))
    with qtbot.waitSignal(ops.failed) as failed:
        ops.stack.redo()
    assert failed.args[0] == "Cannot redo: Camille Durand changed “Quiz 2” since; the step is dropped from Redo."
    assert not ops.stack.canRedo()
    assert titles(plan) == ["Quiz 2"]


@pytest.mark.usefixtures("french")
def test_an_undo_after_a_colleague_s_change_in_french(qtbot: QtBot, plan: Planner, plan_path: Path) -> None:
    ops = operations(plan)
    post = ops.create(talk(1, "Quiz 2"))
    assert post is not None
    with Planner.open(plan_path, user="Camille Durand") as other:
        other.edit_post(post.id, PostPatch(body="Their words"))
    with qtbot.waitSignal(ops.failed) as failed:
        ops.stack.undo()
    assert failed.args[0] == (
        "Impossible d’annuler\u00a0: Camille Durand a modifié «\u00a0Quiz 2\u00a0» entre-temps\u00a0;"
        " cette étape ne peut plus être annulée."
    )
    assert titles(plan) == ["Quiz 2"]


def test_an_undo_of_a_post_deleted_since_says_so_as_before(qtbot: QtBot, plan: Planner, plan_path: Path) -> None:
    ops = operations(plan)
    post = ops.create(talk(1, "Quiz 2"))
    assert post is not None
    edited = ops.edit(post, PostPatch(title="Quiz 3"))
    assert edited is not None
    with Planner.open(plan_path, user="yanis") as other:
        other.delete_post(post.id)
    with qtbot.waitSignal(ops.failed) as failed:
        ops.stack.undo()
    assert failed.args[0] == f"Cannot undo or redo: Post {post.id} was deleted since you last saw it."


def test_operations_report_what_changed(qtbot: QtBot, plan: Planner, add_post: Callable[..., Post]) -> None:
    ops = operations(plan)
    with qtbot.waitSignal(ops.changed) as changed:
        ops.create(talk(1))
    assert changed.args[0].posts[0].title == "Which notebook do you use?"


def test_recreating_mine_after_they_deleted_it(qtbot: QtBot, plan: Planner, plan_path: Path) -> None:
    ops = operations(plan, conflict_asker=lambda _parent, _theirs, _mine, _editing: Resolution.MINE)
    post = ops.create(talk(1, "Mine"))
    assert post is not None
    with Planner.open(plan_path, user="yanis") as other:
        other.delete_post(post.id)
    recreated = ops.edit(post, PostPatch(title="Mine, edited"))
    assert recreated is not None and titles(plan) == ["Mine, edited"]
    assert recreated.uid == post.uid
