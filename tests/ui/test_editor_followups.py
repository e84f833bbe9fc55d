"""The editor's Follow-ups section: a post's follow-ups listed (late in red), added by hand or from the
category's defaults, kept, dropped with a reason, removed; each one step to undo. A new post shows
what its category will give it.

The clock is fixed at Wednesday 10 June 2026, 10:00 in Paris (``tests.helpers.ui.NOW``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from planner import Planner, Status
from planner.model import Followup, FollowupKind, FollowupStatus, Post
from tests.helpers.ui import PARIS
from ui.editor.followup_form import FollowupForm
from ui.editor.followups_section import FOLLOWUP_ROLE, FollowupsSection
from ui.editor.post_editor import PostEditor
from ui.marks import PAST_DUE
from ui.operations import PostOperations

AddPost = Callable[..., Post]
OpenEditor = Callable[..., PostEditor]


@pytest.fixture
def ops(plan: Planner) -> PostOperations:
    return PostOperations(plan, None, drop_asker=lambda _parent, _followup: "The poll was called off")


@pytest.fixture
def open_editor(qtbot: QtBot, plan: Planner, ops: PostOperations) -> Iterator[OpenEditor]:
    def open_(**options: Any) -> PostEditor:
        editor = PostEditor(plan, operations=ops, **options)
        qtbot.addWidget(editor)
        editor.resize(1024, 700)
        editor.show()
        return editor

    yield open_


def rows(section: FollowupsSection) -> list[list[str]]:
    found = (section.tree.topLevelItem(i) for i in range(section.tree.topLevelItemCount()))
    return [[item.text(c) for c in range(4)] for item in found if item is not None]


def select(qtbot: QtBot, section: FollowupsSection, followup: Followup) -> None:
    section.toggle.setChecked(True)
    for row in range(section.tree.topLevelItemCount()):
        item = section.tree.topLevelItem(row)
        if item is not None and item.data(0, FOLLOWUP_ROLE) == followup.id:
            section.tree.scrollToItem(item)
            point = section.tree.visualItemRect(item).center()
            qtbot.mouseClick(section.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
            assert section.selected() == followup
            return
    raise AssertionError(f"follow-up {followup.id} not listed")


def click(qtbot: QtBot, button: Any) -> None:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_post_s_follow_ups_are_listed_late_in_red_and_open_when_one_is_late(
    plan: Planner, add_post: AddPost, open_editor: OpenEditor
) -> None:
    post = add_post("Your winter book?", 2026, 6, 10, 7, 0, status=Status.PUBLISHED)
    plan.followups.add(post.id, "replies", after="2h", duration=30)  # 9:00–9:30: ended half an hour ago
    plan.followups.add(post.id, "post", after="2d", note="your selection")
    editor = open_editor(post=post)
    section = editor.followups_section
    assert section.body.isVisible()  # something is late: not folded away
    assert section.toggle.text() == "Follow-ups (2)" and section.summary.text() == "1 late"
    assert rows(section) == [
        ["Reply window, 30 min", "1 h ago", "late", "camille"],
        ["Promised post: your selection", "Fri 12 Jun 07:00", "open", "camille"],
    ]
    late = section.tree.topLevelItem(0)
    assert isinstance(late, QTreeWidgetItem) and late.foreground(2).color() == PAST_DUE


def test_nothing_late_folds_the_section_away(plan: Planner, add_post: AddPost, open_editor: OpenEditor) -> None:
    post = add_post("Ask us anything", 2026, 6, 11, 9, 0)
    plan.followups.add(post.id, "replies", after="2h")
    section = open_editor(post=post).followups_section
    assert not section.body.isVisible() and section.toggle.text() == "Follow-ups (1)"


def test_add_by_hand_then_undo(
    qtbot: QtBot, plan: Planner, add_post: AddPost, open_editor: OpenEditor, ops: PostOperations
) -> None:
    post = add_post("Ask us anything", 2026, 6, 11, 9, 0)
    section = open_editor(post=post).followups_section
    section.toggle.setChecked(True)

    def fill_the_form() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, FollowupForm)
        form.kind_combo.setCurrentIndex(form.kind_combo.findData("answer"))
        assert not form.duration_spin.isEnabled()  # only a reply window lasts
        form.amount_spin.setValue(1)
        form.unit_combo.setCurrentIndex(form.unit_combo.findData("d"))
        qtbot.keyClicks(form.note_edit, "@marie")
        click(qtbot, form.buttons.button(form.buttons.StandardButton.Ok))

    QTimer.singleShot(0, fill_the_form)
    click(qtbot, section.add_button)
    [added] = plan.followups.list(post_id=post.id)
    assert added.kind is FollowupKind.ANSWER and added.note == "@marie"
    assert added.due == datetime(2026, 6, 12, 9, 0, tzinfo=PARIS) and added.offset == timedelta(days=1)
    assert rows(section) == [["Answer to @marie", "Fri 12 Jun 09:00", "open", "camille"]]
    ops.stack.undo()
    assert plan.followups.list(post_id=post.id) == []


def test_a_fixed_due_time_before_the_post_is_refused_in_the_form(
    qtbot: QtBot, plan: Planner, add_post: AddPost, open_editor: OpenEditor
) -> None:
    post = add_post("Ask us anything", 2026, 6, 11, 9, 0)
    section = open_editor(post=post).followups_section
    section.toggle.setChecked(True)
    said: list[str] = []

    def too_early() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, FollowupForm)
        form.at_radio.setChecked(True)
        form.at_edit.setDateTime(form.at_edit.dateTime().addDays(-3))
        form.accept()
        said.append(form.error.text())
        form.reject()

    QTimer.singleShot(0, too_early)
    click(qtbot, section.add_button)
    assert "before its post starts" in said[0]
    assert plan.followups.list(post_id=post.id) == []


def test_add_the_category_s_defaults_it_lacks(
    qtbot: QtBot, plan: Planner, add_post: AddPost, open_editor: OpenEditor, ops: PostOperations
) -> None:
    post = add_post("Which cover?", 2026, 6, 11, 9, 0)
    plan.edit_category("Poll", followups=["replies:2h", "post:3d"])
    plan.followups.add(post.id, "replies", after="2h")
    editor = open_editor(post=post)
    section = editor.followups_section
    section.toggle.setChecked(True)
    assert not section.defaults_button.isEnabled()  # no category yet
    editor.category_combo.setCurrentIndex(editor.category_combo.findText("Poll"))
    click(qtbot, section.defaults_button)
    assert [(f.kind.value, f.offset) for f in plan.followups.list(post_id=post.id)] == [
        ("replies", timedelta(hours=2)),
        ("post", timedelta(days=3)),
    ]
    assert not section.defaults_button.isEnabled()  # nothing missing any more
    ops.stack.undo()
    assert len(plan.followups.list(post_id=post.id)) == 1


def test_keep_drop_with_a_reason_and_remove(
    qtbot: QtBot, plan: Planner, add_post: AddPost, open_editor: OpenEditor, ops: PostOperations
) -> None:
    post = add_post("Ask us anything", 2026, 6, 9, 9, 0, status=Status.PUBLISHED)
    replies = plan.followups.add(post.id, "replies", after="2h").followups[0]
    answer = plan.followups.add(post.id, "answer", after="1d", note="@lea").followups[0]
    mistake = plan.followups.add(post.id, "answer", after="3d").followups[0]
    section = open_editor(post=post).followups_section
    select(qtbot, section, replies)
    click(qtbot, section.keep_button)
    assert plan.followups.get(replies.id).status is FollowupStatus.KEPT
    select(qtbot, section, answer)
    click(qtbot, section.drop_button)
    dropped = plan.followups.get(answer.id)
    assert dropped.status is FollowupStatus.DROPPED and dropped.reason == "The poll was called off"
    assert [r[2] for r in rows(section)][:2] == ["kept", "dropped: The poll was called off"]
    select(qtbot, section, mistake)
    click(qtbot, section.remove_button)
    assert len(plan.followups.list(post_id=post.id)) == 2
    ops.stack.undo()
    assert len(plan.followups.list(post_id=post.id)) == 3
    ops.stack.undo()
    assert plan.followups.get(answer.id).status is FollowupStatus.LATE


def test_a_colleague_s_change_meanwhile_is_said_and_shown(
    qtbot: QtBot, plan: Planner, add_post: AddPost, open_editor: OpenEditor
) -> None:
    post = add_post("Ask us anything", 2026, 6, 11, 9, 0)
    replies = plan.followups.add(post.id, "replies", after="2h").followups[0]
    section = open_editor(post=post).followups_section
    select(qtbot, section, replies)
    plan.followups.drop(replies.id, reason="done live on stage")  # a colleague, meanwhile
    click(qtbot, section.keep_button)
    assert "changed since you saw it" in section.message.text() and section.message.isVisible()
    assert [r[2] for r in rows(section)] == ["dropped: done live on stage"]


def test_a_new_post_shows_what_its_category_will_give_it(plan: Planner, open_editor: OpenEditor) -> None:
    plan.edit_category("Poll", followups=["replies:2h:90", "post:3d"])
    editor = open_editor(start=datetime(2026, 6, 11, 9, 0, tzinfo=PARIS))
    section = editor.followups_section
    assert rows(section) == []
    editor.category_combo.setCurrentIndex(editor.category_combo.findText("Poll"))
    section.toggle.setChecked(True)
    assert rows(section) == [
        ["Reply window, 90 min", "2 h after the post", "when saved with a date", ""],
        ["Promised post", "3 d after the post", "when saved with a date", ""],
    ]
    assert not section.add_button.isVisible()


def test_the_form_never_offers_an_offset_the_core_refuses(
    qtbot: QtBot, plan: Planner, add_post: AddPost, ops: PostOperations
) -> None:
    form = FollowupForm(plan, add_post("Ask us anything", 2026, 6, 11, 9, 0), ops)
    qtbot.addWidget(form)
    for unit, most in (("d", 366), ("h", 366 * 24), ("m", 366 * 24 * 60)):
        form.unit_combo.setCurrentIndex(form.unit_combo.findData(unit))
        form.amount_spin.setValue(999_999)
        assert form.amount_spin.value() == most
