"""The review steps the app takes on a post (send for review, approve, return, comment), each run
through the window's operations: a refusal or a conflict said in one line, one step to undo once
it is saved, the window told what changed (:mod:`ui.review_commands`)."""

from __future__ import annotations

from collections.abc import Callable

from planner.errors import ConflictError, PlannerError
from planner.model import Change, ChangeKind, Comment, Entity, Post
from ui.review_commands import CommentCommand, Step, StepCommand
from ui.undo import Operations


class ReviewOperations:
    """The review steps of ``ops``' plan (``ops.review``)."""

    def __init__(self, ops: Operations) -> None:
        self._ops = ops

    def submit(self, post: Post, comment: str = "") -> Post | None:
        """Send ``post`` (as the user saw it) for review, with an optional comment."""
        review = self._ops.planner.review
        return self._step(
            post, lambda: review.submit(post.id, comment=comment, expect_version=post.version), Step.SUBMIT, comment
        )

    def approve(self, post: Post, comment: str = "") -> Post | None:
        """Approve ``post`` (as the user saw it); the core says who may."""
        review = self._ops.planner.review
        return self._step(
            post, lambda: review.approve(post.id, comment=comment, expect_version=post.version), Step.APPROVE, comment
        )

    def return_post(self, post: Post, comment: str) -> Post | None:
        """Return ``post`` (as the user saw it) to its author with ``comment``, what to change."""
        review = self._ops.planner.review
        return self._step(
            post, lambda: review.return_post(post.id, comment, expect_version=post.version), Step.RETURN, comment
        )

    def comment(self, post: Post, text: str) -> Comment | None:
        """Add ``text`` to ``post``'s thread; one step to undo, which takes it back."""
        ops = self._ops
        ops.last_error = None
        try:
            comment = ops.planner.review.comment(post.id, text)
        except PlannerError as error:
            ops.last_error = error
            ops.failed.emit(error.message)
            return None
        change = Change(ops.planner.revision(), ChangeKind.CREATE, Entity.COMMENT, (comment.id,))
        ops.push(CommentCommand(ops.history, post, comment), change)
        return comment

    def _step(self, post: Post, call: Callable[[], Change], step: Step, comment: str) -> Post | None:
        ops = self._ops
        ops.last_error = None
        try:
            change = ops.judged(lambda _reason: call(), None)
        except ConflictError as conflict:
            ops.last_error = conflict
            ops.failed.emit(conflict.message)
            ops.changed.emit(None)  # show it as it is now
            return None
        if change is None:
            return None
        saved = next((p for p in change.posts if p.id == post.id), change.posts[0])
        ops.history.saw(saved)
        ops.push(StepCommand(ops.history, step, post, saved, comment), change)
        return saved
