"""Undoable review steps and comments (the editor's Review section), on the window's undo stack.

Sending for review, approving and returning are edits of the post's status (and of its approval):
:class:`~ui.undo.EditPostCommand` puts the post back as it was, and :meth:`PostPatch.back_to`
carries ``approved_by``, so undoing an approval clears it and redoing it puts it back. The line
each step wrote in the thread stays: the thread is what happened. A comment is taken back by
:meth:`planner.review.Review.remove_comment`, and written again on redo.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.model import Comment, Post
from ui.undo import CoreCommand, EditPostCommand, History


def step_command(history: History, before: Post, after: Post, text: str) -> EditPostCommand:
    """The undo of a review step that took ``before`` to ``after`` (already saved), named ``text``
    (a template with ``{title}``)."""
    command = EditPostCommand(history, before, after, moved=False)
    command.setText(text.format(title=after.title))
    return command


def submit_text() -> str:
    return QCoreApplication.translate("ReviewCommands", "Send “{title}” for review")


def approve_text() -> str:
    return QCoreApplication.translate("ReviewCommands", "Approve “{title}”")


def return_text() -> str:
    return QCoreApplication.translate("ReviewCommands", "Return “{title}” to its author")


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
