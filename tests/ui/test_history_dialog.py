"""The history dialog: a post's versions, what each changed, and "Restore this version"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields, PostPatch
from planner.model import Post
from planner.session import Clock
from tests.helpers.ui import PARIS
from ui.dialogs.history import HistoryDialog, RestoreRequest
from ui.editor.post_editor import PostEditor

AddPost = Callable[..., Post]
LEFT = Qt.MouseButton.LeftButton
CREATED_FIELDS = "Platform, Title, Category, Status, Date and time, Time zone, Duration"


def history_dialog(qtbot: QtBot, plan: Planner, post_id: int) -> HistoryDialog:
    dialog = HistoryDialog(plan, post_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def rows(dialog: HistoryDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def details(dialog: HistoryDialog) -> list[list[str]]:
    model = dialog.changes
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def click_row(qtbot: QtBot, dialog: HistoryDialog, row: int) -> None:
    rect = dialog.table.visualRect(dialog.model.index(row, 0))
    qtbot.mouseClick(dialog.table.viewport(), LEFT, pos=rect.center())


def edited_by_lea(plan: Planner, plan_path: Path, fixed_clock: Clock, add_post: AddPost) -> Post:
    """Camille's post, retitled and moved by Léa an hour later with a reason."""
    post = add_post("Which notebook do you use?", 2026, 6, 11, 9, 30)
    later = fixed_clock() + timedelta(hours=1)
    with Planner.open(plan_path, clock=lambda: later, user="Léa") as lea:
        lea.edit_post(post.id, PostPatch(title="Which notebook do you carry?"))
        lea.move_post(post.id, datetime(2026, 6, 12, 18, 0, tzinfo=PARIS), reason="Evening reach")
    return plan.get_post(post.id)


def test_lists_every_version_with_who_when_what_and_why(
    qtbot: QtBot, plan: Planner, plan_path: Path, fixed_clock: Clock, add_post: AddPost
) -> None:
    post = edited_by_lea(plan, plan_path, fixed_clock, add_post)

    dialog = history_dialog(qtbot, plan, post.id)

    assert dialog.heading.text() == "History of “Which notebook do you carry?”"
    assert rows(dialog) == [
        ["1", "Wed 10 Jun 2026, 10:00", "camille", "Created", CREATED_FIELDS, ""],
        ["2", "Wed 10 Jun 2026, 11:00", "Léa", "Edited", "Title", ""],
        ["3 (now)", "Wed 10 Jun 2026, 11:00", "Léa", "Moved", "Date and time", "Evening reach"],
    ]  # fmt: skip
    # The latest change is selected, and it is the post as it is now: nothing to restore.
    assert details(dialog) == [["Date and time", "Thu 11 Jun 2026, 09:30", "Fri 12 Jun 2026, 18:00"]]
    assert not dialog.restore_button.isEnabled()
    assert dialog.note.text() == "This is the post as it is now."

    click_row(qtbot, dialog, 1)
    assert details(dialog) == [["Title", "Which notebook do you use?", "Which notebook do you carry?"]]
    assert dialog.restore_button.isEnabled()
    click_row(qtbot, dialog, 0)
    assert dialog.changes.headerData(1, Qt.Orientation.Horizontal) == "Value"
    assert ["Title", "Which notebook do you use?"] in details(dialog)


def test_restore_emits_the_edit_that_brings_the_version_back(
    qtbot: QtBot, plan: Planner, plan_path: Path, fixed_clock: Clock, add_post: AddPost
) -> None:
    post = edited_by_lea(plan, plan_path, fixed_clock, add_post)
    first = plan.post_history(post.id)[0].fields
    dialog = history_dialog(qtbot, plan, post.id)
    click_row(qtbot, dialog, 0)

    with qtbot.waitSignal(dialog.restoreRequested) as requested:
        qtbot.mouseClick(dialog.restore_button, LEFT)

    request = requested.args[0]
    assert isinstance(request, RestoreRequest)
    assert (request.post, request.version) == (post, 1)
    assert not dialog.isVisible()  # done: the window saves it through its undo stack
    # The edit the window runs (as the undo stack would) brings version 1 back.
    saved = plan.edit_post(post.id, request.patch, expect_version=request.post.version).posts[0]
    assert PostFields.of(saved) == first


def test_a_post_changed_meanwhile_is_said_and_shown_again(
    qtbot: QtBot, plan: Planner, plan_path: Path, fixed_clock: Clock, add_post: AddPost
) -> None:
    post = edited_by_lea(plan, plan_path, fixed_clock, add_post)
    dialog = history_dialog(qtbot, plan, post.id)
    click_row(qtbot, dialog, 0)
    with Planner.open(plan_path, clock=fixed_clock, user="Sam") as sam:
        sam.delete_post(post.id)

    qtbot.mouseClick(dialog.restore_button, LEFT)

    assert dialog.isVisible()
    assert "was deleted" in dialog.message.text()
    assert rows(dialog)[-1][2:4] == ["Sam", "Deleted"]
    assert dialog.heading.text() == "History of “Which notebook do you carry?”, deleted"
    assert not dialog.restore_button.isEnabled()


def test_versions_saved_before_whole_versions_were_kept_cannot_be_restored(qtbot: QtBot, plan: Planner) -> None:
    many = [
        PostFields(platform="Instagram", title=f"Imported {n}", start=datetime(2026, 6, 15, 9, tzinfo=PARIS))
        for n in range(60)
    ]
    post_id = plan.create_posts(many).ids[0]
    plan.edit_post(post_id, PostPatch(title="Imported, then retitled"))

    dialog = history_dialog(qtbot, plan, post_id)
    click_row(qtbot, dialog, 0)

    assert rows(dialog)[0][3] == "Created with 60 posts at once"
    assert details(dialog) == []
    assert not dialog.restore_button.isEnabled()
    assert "cannot be restored" in dialog.note.text()


def test_the_editor_asks_for_the_history_of_the_post_it_edits(qtbot: QtBot, plan: Planner, add_post: AddPost) -> None:
    post = add_post("Which notebook do you use?", 2026, 6, 11, 9, 30)
    editor = PostEditor(plan, post=post)
    qtbot.addWidget(editor)
    new = PostEditor(plan)
    qtbot.addWidget(new)
    editor.show()

    assert editor.history_button is not None and new.history_button is None  # a new post has no history yet
    with qtbot.waitSignal(editor.historyRequested) as requested:
        qtbot.mouseClick(editor.history_button, LEFT)
    assert requested.args == [post.id]
    assert editor.isVisible()  # the edit in progress stays open


def test_a_deletion_undone_shows_as_the_post_brought_back(
    qtbot: QtBot, plan: Planner, plan_path: Path, fixed_clock: Clock, add_post: AddPost
) -> None:
    post = edited_by_lea(plan, plan_path, fixed_clock, add_post)
    plan.undelete_post(plan.delete_post(post.id).posts[0], reason="undo")

    dialog = history_dialog(qtbot, plan, post.id)

    assert dialog.heading.text() == "History of “Which notebook do you carry?”"
    assert [row[3] for row in rows(dialog)] == [
        "Created",
        "Edited",
        "Moved",
        "Deleted",
        "Brought back (deletion undone)",
    ]
    assert (rows(dialog)[-1][0], rows(dialog)[-1][-1]) == ("4 (now)", "Undo or redo")
    click_row(qtbot, dialog, 1)  # an earlier version, from before the deletion, can be restored
    assert dialog.restore_button.isEnabled()


def promises(plan: Planner, add_post: AddPost) -> tuple[Post, Post]:
    """A poll whose promised results post is linked, its reply window kept, an answer dropped."""
    poll = add_post("Light or dark roast?", 2026, 6, 15, 9, 0)
    results = add_post("Dark roast won", 2026, 6, 18, 9, 0)
    window = plan.followups.add(poll.id, "replies", after="2h").ids[0]
    promised = plan.followups.add(poll.id, "post", after="3d").ids[0]
    answer = plan.followups.add(poll.id, "answer", after="1d").ids[0]
    plan.followups.keep(window)
    plan.followups.keep(promised, by_post=results.id)
    plan.followups.drop(answer, reason="Léa found it in the FAQ")
    return poll, results


def test_shows_what_happened_to_the_posts_follow_ups(qtbot: QtBot, plan: Planner, add_post: AddPost) -> None:
    poll, results = promises(plan, add_post)

    dialog = history_dialog(qtbot, plan, poll.id)

    when = "Wed 10 Jun 2026, 10:00"
    assert rows(dialog)[1:] == [
        ["", when, "camille", "Follow-up 1 added", "Reply window, due Mon 15 Jun 2026, 11:00", ""],
        ["", when, "camille", "Follow-up 2 added", "Promised post, due Thu 18 Jun 2026, 09:00", ""],
        ["", when, "camille", "Follow-up 3 added", "Answer, due Tue 16 Jun 2026, 09:00", ""],
        ["", when, "camille", "Follow-up 1 kept", "Reply window", ""],
        ["", when, "camille", f"Follow-up 2 linked to post {results.id}", "Promised post", ""],
        ["", when, "camille", "Follow-up 3 dropped", "Answer", "Léa found it in the FAQ"],
    ]  # fmt: skip
    # The latest line is a follow-up's: nothing of the post to restore.
    assert details(dialog) == []
    assert not dialog.restore_button.isEnabled()
    assert dialog.note.text() == "A change of one of the post's follow-ups: it makes no version of the post."
    click_row(qtbot, dialog, 0)
    assert dialog.note.text() == "This is the post as it is now."


def test_shows_the_follow_ups_in_french(qtbot: QtBot, plan: Planner, add_post: AddPost, french: None) -> None:
    poll, results = promises(plan, add_post)

    dialog = history_dialog(qtbot, plan, poll.id)

    shown = rows(dialog)
    assert shown[2][3:5] == ["Suivi 2 ajouté", "Publication promise, due le jeu. 18 juin 2026, 09:00"]
    assert shown[5][3] == f"Suivi 2 lié à la publication {results.id}"
    assert shown[6][3:] == ["Suivi 3 abandonné", "Réponse", "Léa found it in the FAQ"]
