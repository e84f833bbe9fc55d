"""Every change the app makes to posts and their follow-ups goes through here.

An operation runs the core call, asks the user what the core cannot decide
(a reason to override a rule in block mode, theirs or mine after a conflict),
pushes an undo command only once the change is saved, and tells the window
what changed so it refreshes that and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from planner.balance.verdicts import BalanceRefused
from planner.errors import ConflictError, DatabaseError, DiskFullError, PlannerError
from planner.model import UNSET, Change, Followup, FollowupKind, Post, PostFields, PostPatch, Status
from planner.service import Planner
from ui.once import one_use
from ui.refusals import (
    LateAnswer,
    Refusal,
    RefusalAnswer,
    actionable,
    ask_about_late,
    ask_about_refusal,
    late_followups,
)
from ui.undo import (
    AddFollowupsCommand,
    CoreCommand,
    CreatePostCommand,
    CreatePostsCommand,
    DeletePostCommand,
    EditPostCommand,
    EditPostsCommand,
    History,
    PlanPromisedPostCommand,
    RemoveFollowupCommand,
    drop_command,
    keep_command,
)

if TYPE_CHECKING:
    from planner.sharing.comparison import PostDifference
    from ui.review_operations import ReviewOperations
    from ui.series_operations import SeriesOperations


class Resolution(Enum):
    """What to do with a post someone else changed while you edited it."""

    THEIRS = "theirs"  # keep their version, drop mine
    MINE = "mine"  # save mine over theirs, knowingly
    EDIT = "edit"  # open the editor again on their version


@dataclass(frozen=True, slots=True)
class PutOff:
    """A change a rule refused while the user chose, in the refusal box, to add the conversation post
    that would let it pass first: ``again`` tries it once more, through the same operation."""

    title: str
    moved: bool  # a move (a drag, Move to…, the keyboard), else a save
    again: Callable[[], Post | None]


@dataclass(frozen=True, slots=True)
class Editing:
    """My side of a conflict beyond my changes: the post as I saw it when I began, and whether the
    plan reviews its posts (then overwriting a colleague's approval with my text sends it back)."""

    seen: Post
    review: bool


ReasonAsker = Callable[[QWidget | None, str], str | None]
LateAsker = Callable[[QWidget | None, str], LateAnswer]
DropAsker = Callable[[QWidget | None, Followup], str | None]
Result = TypeVar("Result")
ConflictAsker = Callable[[QWidget | None, Post | None, PostPatch, Editing], Resolution]
SiblingsAsker = Callable[[QWidget | None, int], bool]
RefusalAsker = Callable[[QWidget | None, BalanceRefused], RefusalAnswer]


def ask_reason(parent: QWidget | None, refusal: str) -> str | None:
    """Ask why a rule in block mode should be overridden; None when the user cancels."""
    title = QCoreApplication.translate("PostOperations", "Override a balance rule")
    question = QCoreApplication.translate("PostOperations", "{refusal}\n\nWhy save it anyway? The reason is recorded.")
    text, accepted = QInputDialog.getText(parent, title, question.format(refusal=refusal), QLineEdit.EchoMode.Normal)
    return text.strip() if accepted and text.strip() else None


class CrossPostQuestion(QObject):
    """The words of "apply to the siblings?": a QObject so that its plural is translated (``tr`` with n)."""

    def question(self, count: int) -> str:
        return self.tr("Apply the title and text to the %n other post(s) of this cross-post?", "", count)


def ask_apply_to_siblings(parent: QWidget | None, count: int) -> bool:
    """Whether the text just saved goes to the ``count`` other posts of its cross-post too."""
    title = QCoreApplication.translate("PostOperations", "Cross-post")
    answer = QMessageBox.question(parent, title, CrossPostQuestion().question(count))
    return answer == QMessageBox.StandardButton.Yes


def ask_drop_reason(parent: QWidget | None, followup: Followup) -> str | None:
    """Ask why a follow-up is dropped (kept in the history); None when the user cancels."""
    title = QCoreApplication.translate("PostOperations", "Drop a follow-up")
    question = QCoreApplication.translate(
        "PostOperations", "Why drop the follow-up of “{title}”? The reason is kept in the post's history."
    )
    text, accepted = QInputDialog.getText(parent, title, question.format(title=followup.title))
    return text.strip() if accepted and text.strip() else None


def ask_resolution(parent: QWidget | None, theirs: Post | None, mine: PostPatch, editing: Editing) -> Resolution:
    """The conflict dialog; the window's tests replace it with a fixed answer."""
    from ui.dialogs.conflict import ConflictChoice, ConflictDialog

    with one_use(ConflictDialog(mine, theirs, parent, seen=editing.seen, review=editing.review)) as dialog:
        dialog.exec()
        choice = dialog.choice()
    return {
        ConflictChoice.THEIRS: Resolution.THEIRS,
        ConflictChoice.MINE: Resolution.MINE,
        ConflictChoice.EDIT: Resolution.EDIT,
    }.get(choice, Resolution.THEIRS)


class PostOperations(QObject):
    """Create, edit, move and delete posts with undo, refusals and conflicts handled."""

    changed = Signal(object)  # a planner.model.Change, or None after undo/redo
    stepped = Signal()  # a change was made, undone or redone: what the last action said no longer holds
    warned = Signal(list)  # breach messages of a change saved in warn mode
    failed = Signal(str)  # one line for the user
    noted = Signal(str)  # something the user should know about a change that was saved
    editAgain = Signal(object)  # the post as it is now, after a conflict
    lateRequested = Signal(tuple)  # ids of the late follow-ups a refused change waits behind, to show
    conversationRequested = Signal(str, object)  # a refusal's fix: a conversation post on (platform, instant)

    def __init__(
        self,
        planner: Planner,
        parent: QWidget | None = None,
        *,
        reason_asker: ReasonAsker = ask_reason,
        conflict_asker: ConflictAsker = ask_resolution,
        drop_asker: DropAsker = ask_drop_reason,
        late_asker: LateAsker = ask_about_late,
        siblings_asker: SiblingsAsker = ask_apply_to_siblings,
        refusal_asker: RefusalAsker | None = None,
    ) -> None:
        """``refusal_asker`` offers a refusal's suggestions before a reason is asked; by default the
        refusal box, unless a ``reason_asker`` of one's own answers refusals (the tests')."""
        super().__init__(parent)
        self.siblings_asker = siblings_asker
        self.refusal_asker = refusal_asker or (ask_about_refusal if reason_asker is ask_reason else None)
        self.late_asker = late_asker
        self.drop_asker = drop_asker
        self.planner = planner
        self.window = parent
        self.stack = QUndoStack(self)
        self.reason_asker = reason_asker
        self.conflict_asker = conflict_asker
        self.history = History(
            planner,
            report=self.failed.emit,
            done=self._step_done,
            step_back=lambda undoing: QTimer.singleShot(0, self.stack.redo if undoing else self.stack.undo),
        )
        self.last_error: PlannerError | None = None  # why the last operation saved nothing, if it failed
        self.put_off: PutOff | None = None  # the change put off by the last "Add a conversation post"

    @cached_property
    def series(self) -> SeriesOperations:
        """Series: made, and its modules imported, when a series is first created or touched."""
        from ui.series_operations import SeriesOperations

        return SeriesOperations(self)

    @cached_property
    def review(self) -> ReviewOperations:
        """Review steps and comments: made, and their modules imported, when first used."""
        from ui.review_operations import ReviewOperations

        return ReviewOperations(self)

    def take_put_off(self) -> PutOff | None:
        """The change the last "Add a conversation post" put off, once (None when there is none)."""
        put_off, self.put_off = self.put_off, None
        return put_off

    def file_was_busy(self) -> bool:
        """The last operation failed only because a colleague held the file: the same change can be tried again."""
        error = self.last_error
        return isinstance(error, DatabaseError) and error.key == "error.db_locked"

    def worth_trying_again(self) -> bool:
        """The last operation saved nothing for a passing reason (a colleague held the file, the
        disk was full): what the editor holds is worth keeping, to save it again."""
        return self.file_was_busy() or isinstance(self.last_error, DiskFullError)

    # -- the operations -------------------------------------------------------

    def create(self, fields: PostFields, reason: str | None = None) -> Post | None:
        self.last_error = None
        change = self._with_reason(
            lambda why: self.planner.create_post(fields, reason=why),
            reason,
            lambda at: self.planner.create_post(replace(fields, start=_in_zone_of(at, fields.start))),
            PutOff(fields.title, False, lambda: self.create(fields, reason)),
        )
        if change is None:
            return None
        post = change.posts[0]
        self.history.saw(post)
        self._push(CreatePostCommand(self.history, post), change)
        return post

    def cross_post(self, fields: PostFields, platforms: Sequence[str], reason: str | None = None) -> tuple[Post, ...]:
        """One post of ``fields`` on each of ``platforms``, in one group; one step to undo (all of them)."""
        self.last_error = None
        change = self._with_reason(lambda why: self.planner.create_cross_post(fields, platforms, reason=why), reason)
        if change is None:
            return ()
        text = QCoreApplication.translate("undo", "Cross-post “{title}”").format(title=change.posts[0].title)
        self._push(CreatePostsCommand(self.history, change.posts, text), change)
        return change.posts

    def duplicate(self, post: Post, *, start: datetime | None = None, platform: str | None = None) -> Post | None:
        """A copy of ``post`` (at ``start``, on ``platform`` if given, else where it is); one step to undo."""
        self.last_error = None
        change = self._with_reason(
            lambda why: self.planner.copy_post(post.id, start=start, platform=platform, reason=why), None
        )
        if change is None:
            return None
        copy = change.posts[0]
        self.history.saw(copy)
        command = CreatePostCommand(self.history, copy)
        command.setText(QCoreApplication.translate("undo", "Duplicate “{title}”").format(title=post.title))
        self._push(command, change)
        return copy

    def offer_to_siblings(self, post: Post, siblings: Sequence[Post]) -> bool:
        """Ask once whether ``post``'s title and text (as just saved) go to its ``siblings`` (as the
        user saw them) too; yes applies them, in the same step to undo as the edit that saved ``post``.
        A sibling changed meanwhile is said, nothing applied."""
        if not siblings or not self.siblings_asker(self.window, len(siblings)):
            return False
        self.last_error = None
        try:
            change = self.planner.apply_to_siblings(post.id, {s.id: s.version for s in siblings})
        except PlannerError as error:
            self._fail(error)
            self.changed.emit(None)
            return False
        before = {s.id: s for s in siblings}
        pairs = [(before[after.id], after) for after in change.posts]
        text = QCoreApplication.translate("undo", "Apply the text of “{title}” to its cross-post").format(
            title=post.title
        )
        # One step with the edit just pushed, when it is this post's (EditPostCommand.mergeWith).
        self._push(EditPostsCommand(self.history, pairs, text, source=(post.uid, post.version)), change)
        return True

    def cancel(self, post: Post) -> Post | None:
        """Cancel ``post`` (as the user saw it): its status becomes cancelled, one step to undo."""
        text = QCoreApplication.translate("undo", "Cancel “{title}”").format(title=post.title)
        return self._update(post, PostPatch(status=Status.CANCELLED), None, moved=False, text=text)

    def edit(self, post: Post, patch: PostPatch, reason: str | None = None) -> Post | None:
        return self._update(post, patch, reason, moved=False)

    def move(self, post: Post, start: datetime, reason: str | None = None) -> Post | None:
        """``post`` to ``start`` (a drag, Move to…, the keyboard); for a post of a series, asks
        whether the following or all move too, by the same time. None: not moved."""
        if post.series_uid is not None:
            from planner.series import Scope
            from ui.series_operations import Asking

            scope = self.series.scope_asker(self.window, post, Asking.MOVE)
            if scope is None:
                return None
            if scope is not Scope.THIS:
                self.last_error = None
                return self.series.move(post, start, scope, reason)
        return self._update(post, PostPatch(start=start), reason, moved=True)

    def mark_published(self, post: Post) -> Post | None:
        """Say that ``post`` (as the user saw it) went out: its status becomes published, one step to undo."""
        text = QCoreApplication.translate("undo", "Mark “{title}” published").format(title=post.title)
        return self._update(post, PostPatch(status=Status.PUBLISHED), None, moved=False, text=text)

    def restore(self, post: Post, version: int) -> Post | None:
        """Bring ``post`` (as the user saw it) back to an earlier ``version``: an edit, so undo undoes it."""
        self.last_error = None
        try:
            change = self._with_reason(
                lambda why: self.planner.restore_version(post.id, version, expect_version=post.version, reason=why),
                None,
            )
        except ConflictError as conflict:
            self.failed.emit(conflict.message)
            self.changed.emit(None)
            return None
        if change is None:
            return None
        saved = change.posts[0]
        self.history.saw(saved)
        self._push(EditPostCommand(self.history, post, saved, moved=False), change)
        return saved

    def bring_back(self, copy: Path, difference: PostDifference) -> Post | None:
        """The post of ``difference`` as the ``copy`` file has it, into the plan: an edit of the plan's
        post as the user saw it (or its creation), so undo undoes it."""
        self.last_error = None
        seen, wanted = difference.plan, difference.other
        if wanted is None:
            return None
        expected = seen.version if seen is not None else None
        try:
            brought = self._with_reason(
                lambda why: self.planner.restore_from_copy(copy, wanted.id, expect_version=expected, reason=why), None
            )
        except ConflictError as conflict:
            self.failed.emit(conflict.message)
            self.changed.emit(None)
            return None
        if brought is None:
            return None
        saved = brought.post
        self.history.saw(saved)
        command = (
            CreatePostCommand(self.history, saved)
            if seen is None
            else EditPostCommand(self.history, seen, saved, moved=False)
        )
        command.setText(
            QCoreApplication.translate("undo", "Bring back “{title}” from a copy").format(title=saved.title)
        )
        self._push(command, brought.change)
        for counterpart in brought.counterparts:
            self.noted.emit(counterpart.note)
        return saved

    def delete(self, post: Post) -> bool:
        """Delete ``post``; for a post of a series, asks whether the following or all go too."""
        self.last_error = None
        if post.series_uid is not None:
            from planner.series import Scope
            from ui.series_operations import Asking

            scope = self.series.scope_asker(self.window, post, Asking.DELETE)
            if scope is None:
                return False
            if scope is not Scope.THIS:
                return self.series.delete(post, scope)
        try:
            change = self.planner.delete_post(post.id, expect_version=post.version)
        except ConflictError as conflict:
            self.failed.emit(conflict.message)
            self.changed.emit(None)
            return False
        except PlannerError as error:
            self._fail(error)
            return False
        self.history.saw(change.posts[0])
        self._push(DeletePostCommand(self.history, change.posts[0]), change)
        return True

    def keep_followup(self, followup: Followup, by_post: int | None = None) -> Followup | None:
        """Keep ``followup`` (as the user saw it); a promised post is kept by post ``by_post``.
        One step to undo, which opens it again."""
        self.last_error = None
        try:
            change = self.planner.followups.keep(followup.id, by_post=by_post, expect_version=followup.version)
        except PlannerError as error:
            self._fail(error)
            self.changed.emit(None)  # show it as it is now
            return None
        saved = change.followups[0]
        self._push(keep_command(self.history, saved, by_post), change)
        return saved

    def drop_followup(self, followup: Followup) -> Followup | None:
        """Drop ``followup`` (as the user saw it), asking why first; None when the user cancels.
        One step to undo, which opens it again."""
        self.last_error = None
        reason = self.drop_asker(self.window, followup)
        if reason is None:
            return None
        try:
            change = self.planner.followups.drop(followup.id, reason=reason, expect_version=followup.version)
        except PlannerError as error:
            self._fail(error)
            self.changed.emit(None)
            return None
        saved = change.followups[0]
        self._push(drop_command(self.history, saved, reason), change)
        return saved

    def add_followup(self, post: Post, kind: FollowupKind, **when: Any) -> Followup | None:
        """Add a follow-up of ``kind`` to ``post`` (``after``/``due``, ``duration``, ``owner``,
        ``note`` as :meth:`planner.followups.Followups.add` takes them); one step to undo."""
        text = QCoreApplication.translate("undo", "Add a follow-up to “{title}”").format(title=post.title)

        def add() -> Change:
            return self.planner.followups.add(post.id, kind, **when)

        added = self._add_followups(text, add)
        return added[0] if added else None

    def add_default_followups(self, post: Post, category: str | None) -> tuple[Followup, ...] | None:
        """Add the default follow-ups of ``category`` that ``post`` lacks; one step to undo."""
        text = QCoreApplication.translate("undo", "Add the category's follow-ups to “{title}”").format(title=post.title)
        return self._add_followups(text, lambda: self.planner.followups.add_defaults(post.id, category=category))

    def remove_followup(self, followup: Followup) -> bool:
        """Remove ``followup`` (as the user saw it), added by mistake; one step to undo."""
        self.last_error = None
        try:
            change = self.planner.followups.remove(followup.id, expect_version=followup.version)
        except PlannerError as error:
            self._fail(error)
            self.changed.emit(None)
            return False
        self._push(RemoveFollowupCommand(self.history, change.followups[0]), change)
        return True

    def _add_followups(self, text: str, add: Callable[[], Change]) -> tuple[Followup, ...] | None:
        self.last_error = None
        try:
            change = add()
        except PlannerError as error:
            self._fail(error)
            return None
        if change.followups:
            self._push(AddFollowupsCommand(self.history, text, change.followups, add), change)
        return change.followups

    def plan_promised_post(self, followup: Followup) -> Post | None:
        """Plan the draft that keeps promised post ``followup`` (as the user saw it), linked to it;
        one step to undo. A rule in block mode asks for a reason, as for any new post."""
        self.last_error = None
        try:
            change = self._with_reason(
                lambda why: self.planner.followups.plan_promised_post(
                    followup.id, expect_version=followup.version, reason=why
                ),
                None,
            )
        except ConflictError as conflict:
            self._fail(conflict)
            self.changed.emit(None)  # show it as it is now
            return None
        if change is None:
            return None
        planned = change.posts[0]
        self._push(PlanPromisedPostCommand(self.history, change.followups[0], planned), change)
        return planned

    # -- the plumbing -----------------------------------------------------------

    def _update(
        self, post: Post, patch: PostPatch, reason: str | None, *, moved: bool, text: str | None = None
    ) -> Post | None:
        self.last_error = None
        expected = post.version
        while True:
            try:
                change = self._with_reason(
                    lambda why, version=expected: self.planner.edit_post(  # type: ignore[misc]
                        post.id, patch, expect_version=version, reason=why
                    ),
                    reason,
                    lambda at, version=expected: self.planner.edit_post(  # type: ignore[misc]
                        post.id, _moved(patch, post, at), expect_version=version
                    ),
                    PutOff(post.title, moved, lambda: self._update(post, patch, reason, moved=moved, text=text)),
                )
            except ConflictError as conflict:
                resolution = self.conflict_asker(self.window, conflict.current, patch, self._editing(post))
                if resolution is Resolution.MINE and conflict.current is None:
                    # Deleted meanwhile: "recreate mine" is the post as I saw it, with my changes.
                    return self.create(_patched(post, patch), reason)
                if resolution is Resolution.MINE and conflict.current is not None:
                    expected = conflict.current.version
                    continue
                if resolution is Resolution.EDIT and conflict.current is not None:
                    self.editAgain.emit(conflict.current)
                self.changed.emit(None)  # show theirs
                return None
            if change is None:
                return None
            saved = change.posts[0]
            if change.unchanged:
                return saved  # dropped where it was: nothing written, nothing to undo
            self.history.saw(saved)
            command = EditPostCommand(self.history, post, saved, moved=moved)
            if text is not None:
                command.setText(text)
            self._push(command, change)
            return saved

    def _editing(self, seen: Post) -> Editing:
        """What the conflict dialog shows of my side: the post as I saw it, and whether review is on
        (unknown when the file cannot say: then no line about review)."""
        try:
            review = self.planner.review_settings().review
        except PlannerError:
            review = False
        return Editing(seen, review)

    def judged(self, call: Callable[[str | None], Result], reason: str | None) -> Result | None:
        """Run ``call`` as every operation does: a block-mode refusal asks for a reason and tries
        once more; a failure is said, and None returned."""
        return self._with_reason(call, reason)

    def push(self, command: CoreCommand, change: Change) -> None:
        """Push ``command`` (already done) and say what changed."""
        self._push(command, change)

    def _with_reason(
        self,
        call: Callable[[str | None], Result],
        reason: str | None,
        placed: Callable[[datetime], Result] | None = None,
        put_off: PutOff | None = None,
    ) -> Result | None:
        """Run ``call``; a block-mode refusal asks for a reason and tries once more. With ``placed``
        (the same change at another instant), a refusal that suggests something offers it first:
        a slot saves the change there, a conversation post to add opens the editor on one (and
        ``put_off``, the change to try again once it is saved, is kept in :attr:`put_off`)."""
        try:
            return call(reason)
        except BalanceRefused as refused:
            late = late_followups(refused)
            if not late and placed is not None and self.refusal_asker is not None and actionable(refused):
                offered = self.refusal_asker(self.window, refused)
                if offered.choice is Refusal.MOVE and offered.at is not None:
                    return self._placed(placed, offered.at)
                if offered.choice is Refusal.ADD and offered.at is not None:
                    self.put_off = put_off
                    self.failed.emit(refused.message)
                    # Once this operation is over: the editor opens on a plan where nothing is half done.
                    platform, at = offered.platform, offered.at
                    QTimer.singleShot(0, lambda: self.conversationRequested.emit(platform, at))
                    return None
                if offered.choice is not Refusal.OVERRIDE:
                    self.failed.emit(refused.message)
                    return None
            answer = self.late_asker(self.window, refused.message) if late else LateAnswer.OVERRIDE
            why = self.reason_asker(self.window, refused.message) if answer is LateAnswer.OVERRIDE else None
            if answer is LateAnswer.SHOW:
                self.lateRequested.emit(late)
            if why is None:
                self.failed.emit(refused.message)
                return None
            try:
                return call(why)
            except PlannerError as error:
                self._fail(error)
                return None
        except ConflictError:
            raise
        except PlannerError as error:
            self._fail(error)
            return None

    def _placed(self, placed: Callable[[datetime], Result], at: datetime) -> Result | None:
        """The change at a suggested slot; refused there too (a colleague's post came meanwhile), it
        says so and saves nothing."""
        try:
            return placed(at)
        except PlannerError as error:
            self._fail(error)
            return None

    def _step_done(self) -> None:
        """An undo or redo went through (a failed one reports instead, in one line)."""
        self.stepped.emit()
        self.changed.emit(None)

    def _push(self, command: CoreCommand, change: Change) -> None:
        self.stepped.emit()  # before the warnings this change brings
        self.stack.push(command)
        if change.verdict is not None and change.verdict.breaches:
            self.warned.emit([b.message for b in change.verdict.breaches])
        self.changed.emit(change)

    def _fail(self, error: PlannerError) -> None:
        self.last_error = error
        self.failed.emit(error.message)
        # A busy file is a moment's wait, said in the status bar; a damaged or vanished file needs a box.
        if self.window is not None and error.exit_code == 5 and not self.file_was_busy():
            QMessageBox.critical(self.window, self.tr("Dialogos"), error.message)


def _in_zone_of(at: datetime, start: datetime | None) -> datetime:
    """A suggested instant in the zone the post was given in (the same instant)."""
    return at if start is None or start.tzinfo is None else at.astimezone(start.tzinfo)


def _moved(patch: PostPatch, post: Post, at: datetime) -> PostPatch:
    """``patch`` with the post at the suggested instant, in the post's own zone."""
    start = patch.start if isinstance(patch.start, datetime) else post.start
    return replace(patch, start=_in_zone_of(at, start))


def _patched(post: Post, patch: PostPatch) -> PostFields:
    """``post`` with the fields ``patch`` sets, as fields to create it again."""
    values = {name: getattr(post, name) for name in PostFields.__slots__}  # type: ignore[attr-defined]
    values.update({name: value for name in PostPatch.__slots__ if (value := getattr(patch, name)) is not UNSET})  # type: ignore[attr-defined]
    return PostFields(**values)
