"""Undoable review steps and comments (the editor's Review section), on the window's undo stack.

Undoing a step (send for review, approve, return) is the core's
:meth:`~planner.review.Review.undo_step`: the post is put back as it was (status and approval) and
the line the step wrote in the thread is withdrawn, in one write; a step undone is not something
that happened. Redo takes the step again, with the same comment: a fresh line, a proper history
entry. A comment is taken back by :meth:`planner.review.Review.remove_comment`, and written again
on redo.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from planner.model import Change, Comment, Post
from ui.undo import CoreCommand, History, PostCommand


class Step(Enum):
    """The review steps a command takes again on redo."""

    SUBMIT = "submit"
    APPROVE = "approve"
    RETURN = "return"


def step_text(step: Step) -> str:
    """The undo stack's name of ``step`` (a template with ``{title}``)."""
    if step is Step.SUBMIT:
        return QCoreApplication.translate("ReviewCommands", "Send “{title}” for review")
    if step is Step.APPROVE:
        return QCoreApplication.translate("ReviewCommands", "Approve “{title}”")
    return QCoreApplication.translate("ReviewCommands", "Return “{title}” to its author")


class StepCommand(PostCommand):
    """A review ``step`` that took ``before`` to ``after`` (already saved) with ``comment``: undo puts
    the post back and withdraws the step's line; redo takes the step again."""

    def __init__(self, history: History, step: Step, before: Post, after: Post, comment: str) -> None:
        super().__init__(history, after.uid, step_text(step).format(title=after.title))
        self.step = step
        self.before = before
        self.comment = comment

    def revert(self) -> None:
        change = self.planner.review.undo_step(self.current, self.before)
        self._saw(change)

    def apply(self) -> None:
        review, post_id, version = self.planner.review, self._target(), self.current.version
        if self.step is Step.SUBMIT:
            change = review.submit(post_id, comment=self.comment, expect_version=version)
        elif self.step is Step.APPROVE:
            change = review.approve(post_id, comment=self.comment, expect_version=version)
        else:
            change = review.return_post(post_id, self.comment, expect_version=version)
        self._saw(change)

    def _saw(self, change: Change) -> None:
        for post in change.posts:
            if post.uid == self.uid:
                self.history.saw(post)


class CommentCommand(CoreCommand):
    """A comment on a post: undo takes it back, redo writes the same text again (a new line)."""

    def __init__(self, history: History, post: Post, comment: Comment) -> None:
        text = QCoreApplication.translate("ReviewCommands", "Comment on “{title}”").format(title=post.title)
        super().__init__(history, text)
        self.comment = comment

    def revert(self) -> None:
        self.planner.review.remove_comment(self.comment.id)

    def apply(self) -> None:
        self.comment = self.planner.review.comment(self.comment.post_id, self.comment.text)
