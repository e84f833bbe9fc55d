"""The editor's Review section and the review's lines before saving: a post's thread (a colleague's
comment, a mention emphasised), commenting (one step to undo), Send for review / Approve / Return…
enabled by role, status and the plan's settings (a disabled button says why), approving undone,
returning asking what to change, "Saving sends it back to review", and "Schedule without review"
offered to an approver only.

The clock is fixed at Wednesday 10 June 2026, 10:00 in Paris (``tests.helpers.ui.NOW``). "camille"
is an editor; "lea", on the same file, an approver.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner import Planner, Status
from planner.model import CommentKind, Post, Role
from planner.session import Clock
from ui.app import create_main_window
from ui.editor.fields import VALUE_ROLE
from ui.editor.post_editor import PostEditor
from ui.editor.review_section import ReturnDialog, ReviewSection
from ui.operations import PostOperations
from ui.window import editing

AddPost = Callable[..., Post]


@pytest.fixture
def lea(plan_path: Path, plan: Planner, fixed_clock: Clock) -> Iterator[Planner]:
    """The approver, on the same file."""
    plan.review.set_member("lea", Role.APPROVER)
    other = Planner.open(plan_path, create=False, planning_zone="Europe/Paris", clock=fixed_clock, user="lea")
    yield other
    other.close()


@pytest.fixture
def draft(add_post: AddPost) -> Post:
    return add_post("Which notebook do you use?", 2026, 6, 12, 9, 0, status=Status.DRAFT, author="camille")


def open_editor(qtbot: QtBot, planner: Planner, post: Post, ops: PostOperations | None = None) -> PostEditor:
    editor = PostEditor(planner, post=post, operations=ops or PostOperations(planner, None))
    qtbot.addWidget(editor)
    editor.resize(1024, 700)
    editor.show()
    return editor


def section(editor: PostEditor) -> ReviewSection:
    assert editor.review_section is not None
    editor.review_section.toggle.setChecked(True)
    return editor.review_section


def choose_status(editor: PostEditor, status: Status) -> None:
    editor.status_combo.setCurrentIndex(editor.status_combo.findData(status.value, VALUE_ROLE))
    editor.refresh_verdict()


def test_the_status_list_has_in_review_and_approved(qtbot: QtBot, plan: Planner, draft: Post) -> None:
    editor = open_editor(qtbot, plan, draft)
    shown = [editor.status_combo.itemText(i) for i in range(editor.status_combo.count())]
    assert shown[:6] == ["Idea", "Draft", "Ready", "In review", "Approved", "Scheduled"]


def test_a_new_post_has_no_review_section(qtbot: QtBot, plan: Planner) -> None:
    editor = PostEditor(plan, operations=PostOperations(plan, None))
    qtbot.addWidget(editor)
    assert editor.review_section is None


def test_the_thread_shows_a_colleagues_comment_with_the_mention_emphasised(
    qtbot: QtBot, plan: Planner, lea: Planner, draft: Post
) -> None:
    lea.review.comment(draft.id, "@camille could the question be shorter?")
    editor = open_editor(qtbot, plan, draft)
    review = section(editor)
    thread = review.thread_view.toPlainText()
    assert "lea" in thread
    assert "@camille could the question be shorter?" in thread
    assert "Wed 10 Jun 10:00" in thread  # the time, in the planning zone
    assert emphasised(review) == ["@camille"]


def emphasised(review: ReviewSection) -> list[str]:
    """The thread's words in italics (the mentions)."""
    found = []
    block = review.thread_view.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().fontItalic():
                found.append(fragment.text())
            fragments += 1
        block = block.next()
    return found


def test_commenting_adds_a_line_and_undo_takes_it_back(qtbot: QtBot, plan: Planner, draft: Post) -> None:
    ops = PostOperations(plan, None)
    editor = open_editor(qtbot, plan, draft, ops)
    review = section(editor)
    assert not review.comment_button.isEnabled()  # nothing typed yet
    review.comment_box.setFocus()
    qtbot.keyClicks(review.comment_box, "Photo by Sam, credit him")
    qtbot.keyClick(review.comment_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible()  # Ctrl+Enter in the box comments, it does not save the post
    assert [c.text for c in plan.comments(draft.id)] == ["Photo by Sam, credit him"]
    assert "Photo by Sam, credit him" in review.thread_view.toPlainText()
    assert review.comment_box.toPlainText() == ""
    ops.stack.undo()
    assert plan.comments(draft.id) == []


def test_an_empty_comment_is_not_sent(qtbot: QtBot, plan: Planner, draft: Post) -> None:
    editor = open_editor(qtbot, plan, draft)
    review = section(editor)
    qtbot.keyClicks(review.comment_box, "   ")
    assert not review.comment_button.isEnabled()
    review.send_comment()
    assert plan.comments(draft.id) == []


def test_an_editor_sends_for_review_but_may_not_approve(qtbot: QtBot, plan: Planner, lea: Planner, draft: Post) -> None:
    editor = open_editor(qtbot, plan, draft)
    review = section(editor)
    assert review.submit_button.isEnabled()
    assert not review.approve_button.isEnabled()
    assert review.approve_button.toolTip() == "Only an approver can approve"
    assert not review.return_button.isEnabled()
    qtbot.mouseClick(review.submit_button, Qt.MouseButton.LeftButton)
    assert plan.get_post(draft.id).status is Status.IN_REVIEW
    assert editor.status_combo.currentData(VALUE_ROLE) == Status.IN_REVIEW.value  # the editor follows
    assert not review.submit_button.isEnabled()
    assert "Sent for review" in review.thread_view.toPlainText()


def test_an_approver_may_not_approve_their_own_post_unless_the_plan_allows_it(
    qtbot: QtBot, lea: Planner, add_post: AddPost
) -> None:
    own = lea.create_post(_fields(add_post, "Behind the scenes", author="lea", status=Status.IN_REVIEW)).posts[0]
    editor = open_editor(qtbot, lea, own)
    review = section(editor)
    assert not review.approve_button.isEnabled()
    assert review.approve_button.toolTip() == "You wrote this post: the plan asks another approver"
    lea.set_review(self_approval=True)
    review.reload()
    assert review.approve_button.isEnabled()


def _fields(add_post: AddPost, title: str, **fields: Any) -> Any:
    """The fields of a post like ``add_post``'s, to be created by another planner."""
    from datetime import datetime

    from planner import PostFields
    from tests.helpers.ui import PARIS

    return PostFields(
        platform="Instagram", title=title, category="Question", start=datetime(2026, 6, 12, 11, 0, tzinfo=PARIS),
        **fields,
    )  # fmt: skip


def test_approve_then_undo(qtbot: QtBot, plan: Planner, lea: Planner, draft: Post) -> None:
    sent = plan.review.submit(draft.id).posts[0]
    ops = PostOperations(lea, None)
    editor = open_editor(qtbot, lea, sent, ops)
    review = section(editor)
    assert review.approve_button.isEnabled()
    qtbot.mouseClick(review.approve_button, Qt.MouseButton.LeftButton)
    approved = lea.get_post(draft.id)
    assert (approved.status, approved.approved_by) == (Status.APPROVED, "lea")
    assert review.summary.text() == "Approved by lea"
    assert "Approved" in review.thread_view.toPlainText()
    assert ops.stack.undoText() == "Approve “Which notebook do you use?”"
    ops.stack.undo()
    back = lea.get_post(draft.id)
    assert (back.status, back.approved_by) == (Status.IN_REVIEW, None)
    assert steps(lea, draft) == [CommentKind.SUBMIT]  # the approval's line went with the undo
    ops.stack.redo()
    assert lea.get_post(draft.id).approved_by == "lea"
    assert steps(lea, draft) == [CommentKind.SUBMIT, CommentKind.APPROVE]
    told = [v.review.words(v.who) for v in lea.post_history(draft.id) if v.review is not None]
    assert told[-1] == "Approved by lea"


def steps(planner: Planner, post: Post) -> list[CommentKind]:
    """The review steps the post's thread shows, in order."""
    return [c.kind for c in planner.comments(post.id) if c.kind is not CommentKind.COMMENT]


@pytest.mark.parametrize("step", ["submit", "return"])
def test_undoing_a_step_takes_its_line_out_of_the_thread_and_redo_writes_it_again(
    qtbot: QtBot, plan: Planner, lea: Planner, draft: Post, step: str
) -> None:
    if step == "submit":
        ops = PostOperations(plan, None)
        editor = open_editor(qtbot, plan, draft, ops)
        review = section(editor)
        qtbot.keyClicks(review.comment_box, "Ready when you are")
        qtbot.mouseClick(review.submit_button, Qt.MouseButton.LeftButton)
        kind, status_before = CommentKind.SUBMIT, Status.DRAFT
    else:
        sent = plan.review.submit(draft.id).posts[0]
        ops = PostOperations(lea, None)
        editor = open_editor(qtbot, lea, sent, ops)
        review = section(editor)
        review.return_asker = lambda _parent, _post: "Ready when you are"
        qtbot.mouseClick(review.return_button, Qt.MouseButton.LeftButton)
        kind, status_before = CommentKind.RETURN, Status.IN_REVIEW
    said = [c for c in plan.comments(draft.id) if c.kind is kind]
    assert [c.text for c in said] == ["Ready when you are"]
    ops.stack.undo()
    assert plan.get_post(draft.id).status is status_before
    assert [c for c in plan.comments(draft.id) if c.kind is kind] == []
    ops.stack.redo()
    assert [c.text for c in plan.comments(draft.id) if c.kind is kind] == ["Ready when you are"]


def test_approve_and_return_wait_until_the_post_is_sent_for_review(
    qtbot: QtBot, plan: Planner, lea: Planner, draft: Post
) -> None:
    editor = open_editor(qtbot, lea, draft)  # the approver, on a draft
    review = section(editor)
    for button in (review.approve_button, review.return_button):
        assert not button.isEnabled()
        assert button.toolTip() == "Send it for review first"
    plan.review.submit(draft.id)
    theirs = section(open_editor(qtbot, lea, lea.get_post(draft.id)))
    assert theirs.approve_button.isEnabled() and theirs.return_button.isEnabled()
    approved = lea.review.approve(draft.id).posts[0]
    after = section(open_editor(qtbot, lea, approved))
    assert not after.approve_button.isEnabled()
    assert after.return_button.isEnabled()  # an approved post may still be returned


def test_a_post_no_one_may_approve_says_so_and_may_still_be_sent(qtbot: QtBot, plan: Planner, draft: Post) -> None:
    ops = PostOperations(plan, None)
    editor = open_editor(qtbot, plan, draft, ops)
    review = section(editor)  # no approver in the team
    assert not review.no_approver.isVisible()  # review off, not sent: nothing waits
    qtbot.mouseClick(review.submit_button, Qt.MouseButton.LeftButton)
    assert plan.get_post(draft.id).status is Status.IN_REVIEW
    assert review.no_approver.isVisible()
    assert review.no_approver.text().startswith("No one can approve this post: ")
    review.comment_box.setPlainText("@Leah?")  # the mention hint shows too
    editor.resize(1024, 700)
    qtbot.wait(1)
    assert editor.minimumSizeHint().height() <= 700
    assert editor.save_button.isVisible()


def test_only_an_approver_who_wrote_it_says_no_one_else_can_approve(
    qtbot: QtBot, lea: Planner, add_post: AddPost
) -> None:
    lea.set_review(True)
    own = lea.create_post(_fields(add_post, "Behind the scenes", author="lea", status=Status.DRAFT)).posts[0]
    review = section(open_editor(qtbot, lea, own, PostOperations(lea, None)))
    assert review.no_approver.isVisible()
    assert "author" in review.no_approver.text()
    qtbot.mouseClick(review.submit_button, Qt.MouseButton.LeftButton)  # sending it still works
    assert lea.get_post(own.id).status is Status.IN_REVIEW
    assert review.no_approver.isVisible()
    lea.set_review(self_approval=True)
    review.reload()
    assert not review.no_approver.isVisible()


def test_the_comment_box_says_whom_it_mentions(qtbot: QtBot, plan: Planner, lea: Planner, draft: Post) -> None:
    review = section(open_editor(qtbot, plan, draft))
    assert not review.mention_hint.isVisible()
    review.comment_box.setPlainText("@lea could you look?")
    assert review.mention_hint.isVisible()
    assert review.mention_hint.text() == "Mentions lea"
    review.comment_box.setPlainText("@Leah could you look?")
    assert review.mention_hint.text() == "@Leah matches no member"
    review.comment_box.setPlainText("@lea and @Leah")
    assert review.mention_hint.text() == "Mentions lea · @Leah matches no member"
    review.comment_box.setPlainText("no one")
    assert not review.mention_hint.isVisible()
    plan.set_member("Zoé Martin", Role.EDITOR)
    plan.set_member("Zoe Dupont", Role.EDITOR)
    review.comment_box.setPlainText("@zoe could you look?")
    assert review.mention_hint.text() == "@zoe could be Zoe Dupont or Zoé Martin: write the full name"


def test_return_asks_what_to_change_and_refuses_an_empty_answer(
    qtbot: QtBot, plan: Planner, lea: Planner, draft: Post
) -> None:
    sent = plan.review.submit(draft.id).posts[0]
    editor = open_editor(qtbot, lea, sent, PostOperations(lea, None))
    review = section(editor)
    refused: list[bool] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReturnDialog):
            QTimer.singleShot(20, answer)
            return
        qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)  # nothing typed
        refused.append(dialog.isVisible() and dialog.message.isVisible())
        qtbot.keyClicks(dialog.text_edit, "The link is missing")
        qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(review.return_button, Qt.MouseButton.LeftButton)
    assert refused == [True]
    returned = lea.get_post(draft.id)
    assert returned.status is Status.DRAFT
    assert returned.returned_by == "lea"
    assert "The link is missing" in review.thread_view.toPlainText()
    assert "Returned" in review.thread_view.toPlainText()


def test_cancelling_the_return_changes_nothing(qtbot: QtBot, plan: Planner, lea: Planner, draft: Post) -> None:
    sent = plan.review.submit(draft.id).posts[0]
    editor = open_editor(qtbot, lea, sent, PostOperations(lea, None))
    review = section(editor)
    review.return_asker = lambda _parent, _post: None
    review.return_post()
    assert lea.get_post(draft.id).status is Status.IN_REVIEW


def test_editing_the_text_of_an_approved_post_says_it_goes_back_to_review(
    qtbot: QtBot, plan: Planner, lea: Planner, draft: Post
) -> None:
    lea.set_review(True)
    plan.review.submit(draft.id)
    approved = lea.review.approve(draft.id).posts[0]
    editor = open_editor(qtbot, plan, approved)
    assert not editor.review_note.isVisible()
    editor.campaign_edit.setText("Back to school")  # not its text: the approval holds
    editor.refresh_verdict()
    assert not editor.review_note.isVisible()
    editor.title_edit.setText("Which notebook do you write in?")
    editor.refresh_verdict()
    assert editor.review_note.isVisible()
    assert editor.review_note.text() == "Saving sends it back to review: its approval goes."
    editor.title_edit.setText(approved.title)
    editor.refresh_verdict()
    assert not editor.review_note.isVisible()


def test_schedule_without_review_is_offered_to_an_approver_only(
    qtbot: QtBot, plan: Planner, lea: Planner, draft: Post
) -> None:
    lea.set_review(True)
    editor = open_editor(qtbot, plan, draft)  # camille, an editor
    choose_status(editor, Status.SCHEDULED)
    assert not editor.save_button.isEnabled()
    assert editor.error_message()  # the core's refusal, shown where the verdict is
    assert not editor.waive_button.isVisible()

    theirs = open_editor(qtbot, lea, lea.get_post(draft.id))
    choose_status(theirs, Status.SCHEDULED)
    assert not theirs.save_button.isEnabled()
    assert theirs.waive_button.isVisible()
    qtbot.mouseClick(theirs.waive_button, Qt.MouseButton.LeftButton)
    assert theirs.waived_review()
    assert theirs.result() == PostEditor.DialogCode.Accepted


def test_the_window_schedules_without_review_inside_the_waiver(
    qtbot: QtBot, lea: Planner, draft: Post, fixed_clock: Clock
) -> None:
    lea.set_review(True)
    window = create_main_window(lea, clock=fixed_clock)  # the approver's window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_started)

    def act() -> None:
        editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, PostEditor) and w.isVisible()]
        if not editors:
            QTimer.singleShot(20, act)
            return
        choose_status(editors[0], Status.SCHEDULED)
        qtbot.mouseClick(editors[0].waive_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)
    editing.edit_post(window, lea.get_post(draft.id))
    saved = lea.get_post(draft.id)
    window.close()
    assert saved.status is Status.SCHEDULED
    assert saved.approved_by is None


def test_the_section_folds_and_leaves_the_fields_their_room(qtbot: QtBot, plan: Planner, draft: Post) -> None:
    for size in ((1366, 768), (1024, 700)):
        editor = open_editor(qtbot, plan, draft)
        editor.resize(*size)
        review = section(editor)
        review.toggle.setChecked(True)
        qtbot.wait(1)
        assert editor.body_edit.height() >= 2 * editor.fontMetrics().lineSpacing()
        assert editor.save_button.isVisible()
        assert editor.minimumSizeHint().height() <= 700


def test_the_follow_ups_and_the_review_unfold_one_at_a_time(qtbot: QtBot, plan: Planner, draft: Post) -> None:
    editor = open_editor(qtbot, plan, draft)
    review = section(editor)
    assert review.body.isVisible()
    editor.followups_section.toggle.setChecked(True)
    assert not review.body.isVisible()
    review.toggle.setChecked(True)
    assert not editor.followups_section.body.isVisible()


def test_in_french(qtbot: QtBot, french: None, plan: Planner, lea: Planner, draft: Post) -> None:
    editor = open_editor(qtbot, plan, draft)
    review = section(editor)
    assert review.submit_button.text().replace("&", "") == "Envoyer en relecture"
    assert review.approve_button.toolTip() == "Seul un membre du rôle Approbation peut approuver"
    review.comment_box.setPlainText("@lea et @Leah")
    assert review.mention_hint.text() == "Mentionne lea · @Leah ne correspond à aucun membre"
    theirs = section(open_editor(qtbot, lea, draft))
    assert theirs.return_button.text().replace("&", "") == "Demander des modifications…"
    assert theirs.approve_button.toolTip() == "Envoyez-la d’abord en relecture"
    lea.review.submit(draft.id)
    lea.review.return_post(draft.id, "Plus court")
    returned = section(open_editor(qtbot, plan, plan.get_post(draft.id)))
    assert returned.summary.text() == "Modifications demandées par lea"
    assert "[Modifications demandées]" in returned.thread_view.toPlainText()


def test_a_colleagues_comment_shows_in_the_open_editor(
    qtbot: QtBot, plan: Planner, lea: Planner, draft: Post, fixed_clock: Clock
) -> None:
    window = create_main_window(plan, clock=fixed_clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_started)
    seen: list[str] = []

    def act() -> None:
        editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, PostEditor) and w.isVisible()]
        if not editors:
            QTimer.singleShot(20, act)
            return
        lea.review.comment(draft.id, "Lovely photo")
        window.watch.check()
        seen.append(section(editors[0]).thread_view.toPlainText())
        editors[0].reject()

    QTimer.singleShot(0, act)
    editing.edit_post(window, draft)
    window.close()
    assert "Lovely photo" in seen[0]


def test_typing_at_offers_the_teams_names(qtbot: QtBot, plan: Planner, lea: Planner, draft: Post) -> None:
    editor = open_editor(qtbot, plan, draft)
    review = section(editor)
    review.comment_box.setFocus()
    qtbot.keyClicks(review.comment_box, "Thanks @l")
    completer = review.comment_box.completer
    assert completer.currentCompletion() == "lea"
    completer.activated.emit("lea")
    assert review.comment_box.toPlainText() == "Thanks @lea "


def test_a_new_post_made_scheduled_needs_approval_too(qtbot: QtBot, plan: Planner, lea: Planner) -> None:
    lea.set_review(True)
    for planner, offered in ((plan, False), (lea, True)):
        editor = PostEditor(planner, operations=PostOperations(planner, None))
        qtbot.addWidget(editor)
        editor.show()
        editor.title_edit.setText("Poll: spiral or stitched?")
        choose_status(editor, Status.SCHEDULED)
        assert not editor.save_button.isEnabled()
        assert editor.waive_button.isVisible() is offered


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=60).filter(
        lambda text: text.strip() == text and text.strip()
    )
)
def test_a_comment_reads_in_the_thread_as_it_was_typed(qtbot: QtBot, plan: Planner, draft: Post, text: str) -> None:
    """Whatever it holds (<, &, quotes, runs of spaces, an @ of no one), the thread shows the words as typed."""
    comment = plan.review.comment(draft.id, text)
    review = ReviewSection(plan, draft, None, "Europe/Paris")
    qtbot.addWidget(review)
    # Qt's plain text of a document gives a no-break space as a space: on screen they look alike.
    assert review.thread_view.toPlainText().splitlines()[-1] == comment.text.replace("\xa0", " ")


@pytest.mark.parametrize(
    ("text", "mentioned"),
    [
        ("@lea look", ["@lea"]),
        ("@LEA look", ["@LEA"]),
        ("@leandra is not her", []),
        ("write to camille@lea.org", []),
        ("<b>@lea</b> & co", ["@lea"]),
    ],
)
def test_only_whole_mentions_are_emphasised(
    qtbot: QtBot, plan: Planner, lea: Planner, draft: Post, text: str, mentioned: list[str]
) -> None:
    plan.review.comment(draft.id, text)
    editor = open_editor(qtbot, plan, draft)
    assert emphasised(section(editor)) == mentioned
    assert text in section(editor).thread_view.toPlainText()


def test_a_member_mentioned_by_first_name_is_emphasised(qtbot: QtBot, plan: Planner, draft: Post) -> None:
    plan.review.set_member("Léa Martin", Role.APPROVER)
    plan.review.comment(draft.id, "@lea look, and @Léa Martin too, not @Léandre")
    assert emphasised(section(open_editor(qtbot, plan, draft))) == ["@lea", "@Léa Martin"]


def test_saving_the_changed_text_sends_it_back_and_the_thread_says_so(
    qtbot: QtBot, plan: Planner, lea: Planner, draft: Post
) -> None:
    lea.set_review(True)
    plan.review.submit(draft.id)
    approved = lea.review.approve(draft.id).posts[0]
    ops = PostOperations(plan, None)
    editor = open_editor(qtbot, plan, approved, ops)
    editor.title_edit.setText("Which notebook do you write in?")
    editor.refresh_verdict()
    saved = ops.edit(approved, editor.result_patch())
    assert saved is not None
    assert (saved.status, saved.approved_by) == (Status.IN_REVIEW, None)
    again = open_editor(qtbot, plan, saved)
    assert "Back to review" in section(again).thread_view.toPlainText()
    assert section(again).summary.text() == "In review"


@pytest.mark.usefixtures("french")
def test_edit_undo_names_each_review_step_in_french(
    qtbot: QtBot, plan: Planner, lea: Planner, draft: Post, add_post: AddPost, fixed_clock: Clock
) -> None:
    """Edit ▸ Undo reads "Annuler" then what it undoes, a noun phrase as "Annuler la modification de « … »"."""
    plan.review.set_member("camille", Role.APPROVER)
    theirs = add_post("Quiz 2", 2026, 6, 11, 9, 0, status=Status.DRAFT, author="lea")
    other = add_post("Quiz 3", 2026, 6, 11, 12, 0, status=Status.DRAFT, author="lea")
    for post in (theirs, other):
        lea.review.submit(post.id)
    window = create_main_window(plan, clock=fixed_clock)
    qtbot.addWidget(window)
    undo = window.action_set.undo
    review = window.ops.review

    assert review.submit(plan.get_post(draft.id)) is not None
    assert undo.text() == "&Annuler l’envoi de «\u00a0Which notebook do you use?\u00a0» en relecture"
    assert review.comment(plan.get_post(draft.id), "Plus court ?") is not None
    assert undo.text() == "&Annuler le commentaire sur «\u00a0Which notebook do you use?\u00a0»"
    assert review.approve(plan.get_post(theirs.id)) is not None
    assert undo.text() == "&Annuler l’approbation de «\u00a0Quiz 2\u00a0»"
    assert review.return_post(plan.get_post(other.id), "La date manque") is not None
    assert undo.text() == "&Annuler la demande de modifications sur «\u00a0Quiz 3\u00a0»"
