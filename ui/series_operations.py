"""Series in the app: creating one, and editing or deleting this post, this and the following,
or all of them; each one undoable step that the core writes in one transaction.

The window's :class:`~ui.operations.PostOperations` holds one (``ops.series``) and asks which
posts a change of a post of a series takes (:func:`ask_scope`, replaced in the tests).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.errors import ConflictError, PlannerError
from planner.model import Change, Post, PostFields, PostPatch
from planner.series import Repeat, Scope
from ui.once import one_use
from ui.undo import CoreCommand, History, Operations


class Asking(enum.Enum):
    """What the user is doing to a post of a series when asked which posts it takes."""

    EDIT = "edit"
    MOVE = "move"  # a drag, Move to… or the keyboard
    DELETE = "delete"


ScopeAsker = Callable[[QWidget | None, Post, Asking], Scope | None]


def ask_scope(parent: QWidget | None, post: Post, asking: Asking) -> Scope | None:
    """Which posts of ``post``'s series an edit, a move or a deletion (``asking``) takes; None: cancel."""
    question = QMessageBox(parent)
    question.setIcon(QMessageBox.Icon.Question)
    if asking is Asking.DELETE:
        question.setWindowTitle(QCoreApplication.translate("SeriesOperations", "Delete a post of a series"))
        text = QCoreApplication.translate("SeriesOperations", "“{title}” is part of a series. Delete:")
    elif asking is Asking.MOVE:
        question.setWindowTitle(QCoreApplication.translate("SeriesOperations", "Move a post of a series"))
        text = QCoreApplication.translate("SeriesOperations", "“{title}” is part of a series. Move by the same time:")
    else:
        question.setWindowTitle(QCoreApplication.translate("SeriesOperations", "Edit a post of a series"))
        text = QCoreApplication.translate("SeriesOperations", "“{title}” is part of a series. Apply the change to:")
    question.setText(text.format(title=post.title))
    choices = {
        question.addButton(
            QCoreApplication.translate("SeriesOperations", "&This post only"), QMessageBox.ButtonRole.AcceptRole
        ): Scope.THIS,
        question.addButton(
            QCoreApplication.translate("SeriesOperations", "This and the &following"), QMessageBox.ButtonRole.AcceptRole
        ): Scope.FOLLOWING,
        question.addButton(
            QCoreApplication.translate("SeriesOperations", "&All posts of the series"),
            QMessageBox.ButtonRole.AcceptRole,
        ): Scope.ALL,
    }
    cancel = question.addButton(QMessageBox.StandardButton.Cancel)
    question.setDefaultButton(next(iter(choices)))  # type: ignore[arg-type]
    question.setEscapeButton(cancel)
    with one_use(question):
        question.exec()
        return choices.get(question.clickedButton())  # type: ignore[call-overload]


class SeriesCommand(CoreCommand):
    """Several posts of a series changed in one write: undo and redo are one write each too.

    ``before`` and ``after`` are the posts as they were and as they are (an empty side: they did
    not exist), matched by uid."""

    def __init__(self, history: History, text: str, before: Sequence[Post], after: Sequence[Post]) -> None:
        super().__init__(history, text)
        self.before = {post.uid: post for post in before}
        self.after = {post.uid: post for post in after}

    def revert(self) -> None:
        self._go(self.after, self.before)

    def apply(self) -> None:
        self._go(self.before, self.after)

    def _go(self, seen: dict[str, Post], wanted: dict[str, Post]) -> None:
        from planner.history import UNDO_REASON  # the history is loaded on the first undo, not at start

        planner = self.planner
        current = planner.posts_by_uid(seen)
        if len(current) != len(seen):
            raise ConflictError("error.conflict_vanished", id=next(iter(seen.values())).id)
        known = {uid: self.history.known.get(uid, post) for uid, post in seen.items()}
        if not wanted:
            change = planner.posts.delete_posts({current[uid].id: known[uid].version for uid in seen})
        elif not seen:
            change = planner.posts.undelete_posts(wanted.values(), reason=UNDO_REASON)
        else:
            patches = {current[uid].id: PostPatch.back_to(wanted[uid]) for uid in seen}
            versions = {current[uid].id: known[uid].version for uid in seen}
            change = planner.posts.edit_posts(patches, versions, reason=UNDO_REASON)
        for post in change.posts:
            self.history.saw(post)


class SeriesOperations:
    """Create a series, edit or delete posts of one, with undo and the refusals of ``ops``."""

    def __init__(self, ops: Operations, *, scope_asker: ScopeAsker = ask_scope) -> None:
        self._ops = ops
        self.scope_asker = scope_asker

    def create(self, fields: PostFields, repeat: Repeat, reason: str | None = None) -> Post | None:
        """Every occurrence, judged in one verdict; the first one back (to reveal it)."""
        planner = self._ops.planner
        change = self._ops.judged(lambda why: planner.create_series(fields, repeat, reason=why), reason)
        if change is None:
            return None
        change = replace(change, posts=planner.series.created_posts(change))
        text = QCoreApplication.translate("undo", "Create the series “{title}” ({count} posts)")
        self._push(text.format(title=fields.title, count=len(change.posts)), (), change)
        return change.posts[0]

    def edit(self, post: Post, patch: PostPatch, scope: Scope, reason: str | None = None) -> Post | None:
        planner = self._ops.planner
        text = QCoreApplication.translate("undo", "Edit {count} posts of the series “{title}”")
        return self._change(
            post,
            scope,
            lambda why: planner.edit_series(post.id, patch, scope, expect_version=post.version, reason=why),
            text,
            reason,
        )

    def move(self, post: Post, start: datetime, scope: Scope, reason: str | None = None) -> Post | None:
        """``post`` to ``start`` and, by ``scope``, the others by the same time: one step to undo."""
        planner = self._ops.planner
        text = QCoreApplication.translate("undo", "Move {count} posts of the series “{title}”")
        return self._change(
            post,
            scope,
            lambda why: planner.move_series(post.id, start, scope, expect_version=post.version, reason=why),
            text,
            reason,
        )

    def _change(
        self, post: Post, scope: Scope, call: Callable[[str | None], Change], text: str, reason: str | None
    ) -> Post | None:
        """Run ``call`` on the posts ``scope`` names from ``post``, judged as any change; pushed as one step."""
        before = self._ops.planner.series_members(post, scope)
        try:
            change = self._ops.judged(call, reason)
        except ConflictError as conflict:
            self._ops.failed.emit(conflict.message)
            self._ops.changed.emit(None)
            return None
        if change is None:
            return None
        if not change.unchanged:  # moved where they all were: nothing to undo
            self._push(text.format(title=post.title, count=len(change.posts)), before, change)
        return next((p for p in change.posts if p.id == post.id), change.posts[0])

    def delete(self, post: Post, scope: Scope) -> bool:
        try:
            change = self._ops.planner.delete_series(post.id, scope, expect_version=post.version)
        except ConflictError as conflict:
            self._ops.failed.emit(conflict.message)
            self._ops.changed.emit(None)
            return False
        except PlannerError as error:
            self._ops.failed.emit(error.message)
            return False
        text = QCoreApplication.translate("undo", "Delete {count} posts of the series “{title}”")
        command = SeriesCommand(self._ops.history, text.format(title=post.title, count=len(change.posts)), (), ())
        command.before = {p.uid: p for p in change.posts}
        for gone in change.posts:
            self._ops.history.saw(gone)
        self._ops.push(command, change)
        return True

    def _push(self, text: str, before: Sequence[Post], change: Change) -> None:
        for saved in change.posts:
            self._ops.history.saw(saved)
        self._ops.push(SeriesCommand(self._ops.history, text, before, change.posts), change)
