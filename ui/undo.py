"""Undoable changes of posts and follow-ups: each command calls the core and remembers what it did.

A command is pushed only after its first run succeeded (the operation runs it,
then pushes it), so a refusal or a conflict never leaves a command on the
stack. Commands name posts by uid and share a :class:`History` of the last
state they saw of each post: undo and redo expect that version, so if someone
else changed the post since, nothing of theirs is overwritten; the command is
dropped from the stack and the user told why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtGui import QUndoCommand

from planner.errors import ConflictError, DatabaseError, PlannerError
from planner.model import Change, Followup, Post, PostPatch
from planner.service import Planner

# Undo puts back a state the user had before; if that state breaks a rule in
# block mode, the undo goes through and the audit log says why (UNDO_REASON).


@dataclass
class History:
    """What the undo stack knows: the last state seen of each post, by uid."""

    planner: Planner
    report: Callable[[str], None]  # a failed undo or redo, in one line
    done: Callable[[], None]  # an undo or redo went through
    # Puts the stack back after an undo (True) or redo (False) the busy file stopped, without running it.
    step_back: Callable[[bool], None] = lambda _undoing: None
    known: dict[str, Post] = field(default_factory=dict)

    def saw(self, post: Post) -> None:
        self.known[post.uid] = post


def failure(error: PlannerError, *, undoing: bool) -> str:
    """The one line of an undo or redo that failed. A post someone changed since is said as what
    it is: the window has read their change already and the step is gone, so the core's "reload it
    and try again" would send the user round in circles."""
    changed = error.current if isinstance(error, ConflictError) else None
    if changed is None:
        return QCoreApplication.translate("undo", "Cannot undo or redo: {error}").format(error=error.message)
    if changed.updated_by:
        if undoing:
            text = QCoreApplication.translate(
                "undo", "Cannot undo: {who} changed “{title}” since; the step is dropped from Undo."
            )
        else:
            text = QCoreApplication.translate(
                "undo", "Cannot redo: {who} changed “{title}” since; the step is dropped from Redo."
            )
        return text.format(who=changed.updated_by, title=changed.title)
    if undoing:
        text = QCoreApplication.translate(
            "undo", "Cannot undo: “{title}” was changed since; the step is dropped from Undo."
        )
    else:
        text = QCoreApplication.translate(
            "undo", "Cannot redo: “{title}” was changed since; the step is dropped from Redo."
        )
    return text.format(title=changed.title)


class CoreCommand(QUndoCommand):
    """Shared plumbing: the first redo is the operation itself, already done; a failed
    undo or redo is said in one line, and the command dropped unless the file was only busy."""

    def __init__(self, history: History, text: str) -> None:
        super().__init__(text)
        self.history = history
        self._skip_first_redo = True
        self._skip_next_undo = False

    @property
    def planner(self) -> Planner:
        return self.history.planner

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._run(self.apply, undoing=False)

    def undo(self) -> None:
        if self._skip_next_undo:
            self._skip_next_undo = False
            return
        self._run(self.revert, undoing=True)

    def _run(self, action: Callable[[], None], *, undoing: bool) -> None:
        try:
            action()
        except PlannerError as error:
            if isinstance(error, DatabaseError) and error.key == "error.db_locked":
                # Nothing was done and the command still holds: the stack steps
                # back (skipping the command) so the same undo or redo can be asked again.
                if undoing:
                    self._skip_first_redo = True
                else:
                    self._skip_next_undo = True
                self.history.step_back(undoing)
            else:
                # The stack drops an obsolete command: the history never points
                # at a state that could not be reached.
                self.setObsolete(True)
            self.history.report(failure(error, undoing=undoing))
            return
        self.history.done()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class PostCommand(CoreCommand):
    """A change of one post, named by its uid."""

    def __init__(self, history: History, uid: str, text: str) -> None:
        super().__init__(history, text)
        self.uid = uid

    @property
    def current(self) -> Post:
        return self.history.known[self.uid]

    def _recreate(self) -> None:
        from planner.history import UNDO_REASON  # the history is loaded on the first undo, not at start

        post = self.planner.undelete_post(self.current, reason=UNDO_REASON).posts[0]
        self.history.saw(post)

    def _target(self) -> int:
        """The id of *this* post now, found by its uid: after a restore an id may
        name another post, which an undo must never touch."""
        found = self.planner.posts_by_uid([self.uid]).get(self.uid)
        if found is None:
            raise ConflictError("error.conflict_vanished", id=self.current.id)
        return found.id

    def _delete(self) -> None:
        self.planner.delete_post(self._target(), expect_version=self.current.version)

    def _put_back(self, state: Post) -> None:
        from planner.history import UNDO_REASON

        patch = PostPatch.back_to(state)
        change = self.planner.edit_post(self._target(), patch, expect_version=self.current.version, reason=UNDO_REASON)
        self.history.saw(change.posts[0])


class CreatePostCommand(PostCommand):
    """Undo deletes the post; redo brings it back with the same uid."""

    def __init__(self, history: History, post: Post) -> None:
        super().__init__(
            history, post.uid, QCoreApplication.translate("undo", "Create “{title}”").format(title=post.title)
        )

    def revert(self) -> None:
        self._delete()

    def apply(self) -> None:
        self._recreate()


CROSS_POST_EDIT = 1015
"""The :meth:`QUndoCommand.id` of an edit and of its text applied to its cross-post's other posts
right after: the stack merges the two into one step (:meth:`EditPostCommand.mergeWith`)."""


class EditPostCommand(PostCommand):
    """Undo puts every field back as before; redo as after. Moves are edits of the start.

    The edit's text applied to its siblings right after (yes to "apply to the other posts?") joins
    this step: one undo puts the post and its siblings back, in one transaction."""

    def __init__(self, history: History, before: Post, after: Post, *, moved: bool) -> None:
        text = (
            QCoreApplication.translate("undo", "Move “{title}”")
            if moved
            else QCoreApplication.translate("undo", "Edit “{title}”")
        )
        super().__init__(history, after.uid, text.format(title=after.title))
        self.before = before
        self.after = after
        self.siblings: list[tuple[Post, Post]] = []  # (before, after) of the siblings that took its text

    def id(self) -> int:
        return CROSS_POST_EDIT

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Take in ``other`` when it applies this very edit (this post at this version) to the siblings."""
        if self.siblings or not isinstance(other, EditPostsCommand) or other.source != (self.uid, self.after.version):
            return False
        self.siblings = list(other.pairs)
        text = QCoreApplication.translate("undo", "Edit “{title}” and its cross-post")
        self.setText(text.format(title=self.after.title))
        return True

    def revert(self) -> None:
        if self.siblings:
            self._all_back([(self.before, self.after), *self.siblings], undoing=True)
        else:
            self._put_back(self.before)

    def apply(self) -> None:
        if self.siblings:
            self._all_back([(self.before, self.after), *self.siblings], undoing=False)
        else:
            self._put_back(self.after)

    def _all_back(self, pairs: Sequence[tuple[Post, Post]], *, undoing: bool) -> None:
        from planner.history import UNDO_REASON

        known = self.history.known
        states = [(known[after.uid], before if undoing else after) for before, after in pairs]
        for post in self.planner.crossposts.put_back(states, reason=UNDO_REASON).posts:
            self.history.saw(post)


class DeletePostCommand(PostCommand):
    """Undo recreates the post with its uid; redo deletes it again."""

    def __init__(self, history: History, post: Post) -> None:
        super().__init__(
            history, post.uid, QCoreApplication.translate("undo", "Delete “{title}”").format(title=post.title)
        )

    def revert(self) -> None:
        self._recreate()

    def apply(self) -> None:
        self._delete()


class CreatePostsCommand(CoreCommand):
    """Several posts made at once (a cross-post): undo deletes them all in one transaction,
    redo brings them all back with their uids (and their group)."""

    def __init__(self, history: History, posts: Sequence[Post], text: str) -> None:
        super().__init__(history, text)
        self.uids = [post.uid for post in posts]
        for post in posts:
            history.saw(post)

    def revert(self) -> None:
        found = self.planner.posts_by_uid(self.uids)
        known = self.history.known
        for uid in self.uids:
            if uid not in found:
                raise ConflictError("error.conflict_vanished", id=known[uid].id)
        change = self.planner.posts.delete_posts({found[uid].id: known[uid].version for uid in self.uids})
        for post in change.posts:
            self.history.saw(post)

    def apply(self) -> None:
        from planner.history import UNDO_REASON

        posts = [self.history.known[uid] for uid in self.uids]
        for post in self.planner.posts.undelete_posts(posts, reason=UNDO_REASON).posts:
            self.history.saw(post)


class EditPostsCommand(CoreCommand):
    """Several posts edited at once (a text applied to the siblings of a cross-post): undo puts
    each back as it was, redo as it became, in one transaction, expecting the version last seen."""

    def __init__(
        self, history: History, pairs: Sequence[tuple[Post, Post]], text: str, *, source: tuple[str, int] | None = None
    ) -> None:
        """``source``: the uid and version of the post whose edit these posts took (its step takes them in)."""
        super().__init__(history, text)
        self.pairs = list(pairs)
        self.source = source
        for _before, after in pairs:
            history.saw(after)

    def id(self) -> int:
        return CROSS_POST_EDIT if self.source is not None else -1

    def _put_all_back(self, *, undoing: bool) -> None:
        from planner.history import UNDO_REASON

        known = self.history.known
        states = [(known[after.uid], before if undoing else after) for before, after in self.pairs]
        for post in self.planner.crossposts.put_back(states, reason=UNDO_REASON).posts:
            self.history.saw(post)

    def revert(self) -> None:
        self._put_all_back(undoing=True)

    def apply(self) -> None:
        self._put_all_back(undoing=False)


class FollowupCommand(CoreCommand):
    """Keeping or dropping a follow-up; undo opens it again, redo keeps or drops it again.

    Each step expects the version the last one left, so a colleague's change meanwhile is a
    conflict said in one line, never overwritten."""

    def __init__(self, history: History, text: str, after: Followup, again: Callable[[Followup], Change]) -> None:
        super().__init__(history, text)
        self.seen = after
        self._again = again  # keeps or drops it once more, expecting the version it is given

    def revert(self) -> None:
        change = self.planner.followups.reopen(self.seen.id, expect_version=self.seen.version)
        self.seen = change.followups[0]

    def apply(self) -> None:
        self.seen = self._again(self.seen).followups[0]


def keep_command(history: History, after: Followup, by_post: int | None) -> FollowupCommand:
    """Undo of keeping ``after`` (as the keep left it), kept again by ``by_post`` on redo."""
    text = QCoreApplication.translate("undo", "Keep the follow-up of “{title}”").format(title=after.title)

    def again(seen: Followup) -> Change:
        return history.planner.followups.keep(seen.id, by_post=by_post, expect_version=seen.version)

    return FollowupCommand(history, text, after, again)


def drop_command(history: History, after: Followup, reason: str) -> FollowupCommand:
    """Undo of dropping ``after`` (as the drop left it) for ``reason``, dropped again on redo."""
    text = QCoreApplication.translate("undo", "Drop the follow-up of “{title}”").format(title=after.title)

    def again(seen: Followup) -> Change:
        return history.planner.followups.drop(seen.id, reason=reason, expect_version=seen.version)

    return FollowupCommand(history, text, after, again)


class PlanPromisedPostCommand(CoreCommand):
    """ "Plan the promised post": undo takes the planned draft away and opens the promise with no post
    linked, in one transaction; redo brings the same draft back (its uid) and links it again."""

    def __init__(self, history: History, after: Followup, planned: Post) -> None:
        text = QCoreApplication.translate("undo", "Plan the promised post of “{title}”").format(title=after.title)
        super().__init__(history, text)
        self.seen = after
        self.uid = planned.uid
        history.saw(planned)

    def revert(self) -> None:
        post = self.history.known[self.uid]
        change = self.planner.followups.unplan_promised_post(
            self.seen.id, expect_version=self.seen.version, post_version=post.version
        )
        self.seen = change.followups[0]
        self.history.saw(change.posts[0])

    def apply(self) -> None:
        from planner.history import UNDO_REASON

        change = self.planner.followups.plan_promised_post(
            self.seen.id, expect_version=self.seen.version, again=self.history.known[self.uid], reason=UNDO_REASON
        )
        self.seen = change.followups[0]
        self.history.saw(change.posts[0])


class AddFollowupsCommand(CoreCommand):
    """Follow-ups added to a post (by hand, or its category's defaults): undo removes them in one
    transaction, redo adds them again (as new follow-ups)."""

    def __init__(self, history: History, text: str, added: tuple[Followup, ...], again: Callable[[], Change]) -> None:
        super().__init__(history, text)
        self.seen = added
        self._again = again

    def revert(self) -> None:
        self.planner.followups.remove_all(self.seen)

    def apply(self) -> None:
        self.seen = self._again().followups


class RemoveFollowupCommand(CoreCommand):
    """An open follow-up removed (added by mistake): undo adds it again as it was, redo removes it again."""

    def __init__(self, history: History, removed: Followup) -> None:
        text = QCoreApplication.translate("undo", "Remove a follow-up of “{title}”").format(title=removed.title)
        super().__init__(history, text)
        self.seen = removed

    def revert(self) -> None:
        gone = self.seen
        change = self.planner.followups.add(
            gone.post_id,
            gone.kind,
            after=gone.offset,
            due=None if gone.offset is not None else gone.due,
            duration=gone.duration_minutes,
            owner=gone.owner,
            note=gone.note,
        )
        self.seen = change.followups[0]

    def apply(self) -> None:
        self.planner.followups.remove(self.seen.id, expect_version=self.seen.version)


Result = TypeVar("Result")


class Operations(Protocol):
    """What the operations of a part of the app (series, filling, review) use of the window's
    :class:`~ui.operations.PostOperations`: the plan, the undo history, a call judged by the
    balance rules, and a command pushed once its first run succeeded."""

    planner: Planner
    history: History
    last_error: PlannerError | None

    @property
    def failed(self) -> SignalInstance: ...

    @property
    def changed(self) -> SignalInstance: ...

    def judged(self, call: Callable[[str | None], Result], reason: str | None) -> Result | None: ...

    def push(self, command: CoreCommand, change: Change) -> None: ...
