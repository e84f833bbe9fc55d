"""The window's post dialogs: the editor (new post, new idea, edit), a post's history, the
comparison with a copy, and the demo plan.

Each opens a dialog over the window and hands what it returns to the window's
:class:`~ui.operations.PostOperations` (undo, refusals, conflicts); the window
keeps its methods (``new_post``, ``edit_post``…) and calls these. The texts keep the main
window's translation context ("MainWindow"), where they were written first.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from planner.errors import PlannerError
from planner.model import UNSET, Post, Side
from planner.timezones import day_range
from ui import settings
from ui.background import run_in_background
from ui.once import one_use
from ui.window.parts import PlanWindow

if TYPE_CHECKING:
    from ui.editor.post_editor import PostEditor
    from ui.sharing.team_watch import TeamWatch


class EditingWindow(PlanWindow, Protocol):
    """What the dialogs use of the main window (:mod:`ui.window.parts`)."""

    @property
    def planning_zone(self) -> str: ...
    def visible_days(self) -> tuple[date, date]: ...
    def hidden_platforms(self) -> set[str]: ...
    def selected_post(self) -> Post | None: ...
    def reveal(self, post: Post) -> None: ...
    def refused_read_only(self) -> bool: ...
    def history_from_editor(self, editor: QDialog, post_id: int) -> None: ...
    def polling_paused(self) -> AbstractContextManager[None]: ...
    def show_late_followups(self, ids: Sequence[int]) -> None: ...

    @property
    def watch(self) -> TeamWatch: ...


def _widget(window: EditingWindow) -> QWidget:
    """The window as the widget it is, to parent the dialogs (the protocol names only what is used)."""
    return cast(QWidget, window)


def new_post(
    window: EditingWindow,
    *,
    start: datetime | None = None,
    idea: bool = False,
    platform: str | None = None,
    side: Side | None = None,
) -> Post | None:
    """The editor on a new post (or idea); saved, the post is selected where it is shown (and
    returned; None when nothing was saved).

    Unless told, the post starts on the platform filtered to or last used, at the next free
    hour on it (in the shown range when it can); a time given (a double-click) is kept."""
    from ui.editor.post_editor import PostEditor

    if window.refused_read_only():
        return None
    platform, start = _defaults(window, platform, start, when=not idea)
    editor = PostEditor(
        window.planner,
        start=start,
        idea=idea,
        platform=platform,
        side=side,
        parent=_widget(window),
        operations=window.ops,
    )
    editor.lateRequested.connect(window.show_late_followups)
    editor.conversationRequested.connect(lambda platform, at: add_conversation(window, editor, platform, at))
    # On a busy file or a full disk the editor comes back with everything typed, to save again.
    with one_use(editor):
        while editor.exec():
            repeat = editor.result_repeat()
            platforms = editor.result_platforms()
            with _review_waived(window, editor):
                if repeat is not None:
                    created = window.ops.series.create(editor.result_fields(), repeat, editor.override_reason())
                elif len(platforms) > 1:  # a cross-post: one post on each platform checked, one step to undo
                    made = window.ops.cross_post(editor.result_fields(), platforms, editor.override_reason())
                    created = made[0] if made else None
                else:
                    created = window.ops.create(editor.result_fields(), editor.override_reason())
            if created is not None:
                settings.LAST_PLATFORM.set(created.platform)
                window.reveal(created)
                return created
            if not _editor_again(window, editor):
                return None
    return None


@contextmanager
def _review_waived(window: EditingWindow, editor: QDialog) -> Iterator[None]:
    """The save as the editor asks it: inside the review's waiver when an approver chose "Schedule
    without review" (the core records it), as any save otherwise."""
    waived = getattr(editor, "waived_review", lambda: False)()
    with window.planner.review.waived() if waived else nullcontext():
        yield


def _editor_again(window: EditingWindow, editor: QDialog) -> bool:
    """Whether the editor comes back after a save that saved nothing: the file was busy or the disk
    full (to save again), or the post needs approval first (said in the editor, where an approver
    may schedule it without review)."""
    from planner.review import ReviewRefused

    error = window.ops.last_error
    if isinstance(error, ReviewRefused):
        show = getattr(editor, "show_review_refusal", None)
        if show is not None:
            show(error.message)
            return True
    return window.ops.worth_trying_again()


def _defaults(
    window: EditingWindow, platform: str | None, start: datetime | None, *, when: bool
) -> tuple[str | None, datetime | None]:
    """The new post's platform and start where not given, as the core places them
    (:mod:`planner.new_posts`); ``when`` False leaves the start to the editor. On a file
    that cannot be read now the editor's own defaults stand."""
    try:
        if platform is None:
            hidden = window.hidden_platforms()
            shown = [p.name for p in window.planner.platforms() if p.name not in hidden] if hidden else None
            platform = window.planner.new_post_platform(settings.LAST_PLATFORM.get(), shown)
        if start is None and when:
            shown_range = day_range(*window.visible_days(), window.planning_zone)
            start = window.planner.new_post_start(platform, shown=shown_range)
    except PlannerError:
        pass
    return platform, start


def edit_post(window: EditingWindow, post: Post | None = None) -> None:
    """The editor on ``post`` (else the selected one); for a post of a series, saving asks
    whether the change takes this post, this and the following, or all of them."""
    from ui.editor.post_editor import PostEditor

    post = post or window.selected_post()
    if post is None:
        return
    editor = PostEditor(window.planner, post=post, parent=_widget(window), operations=window.ops)
    editor.lateRequested.connect(window.show_late_followups)
    editor.historyRequested.connect(lambda post_id: window.history_from_editor(editor, post_id))
    editor.conversationRequested.connect(lambda platform, at: add_conversation(window, editor, platform, at))
    # A colleague's comment or step shows in the thread while the editor is open.
    thread = editor.review_section
    if thread is not None:
        window.watch.changedElsewhere.connect(thread.reload)
    try:
        _edit_in(window, editor, post)
    finally:
        if thread is not None:
            window.watch.changedElsewhere.disconnect(thread.reload)


def _edit_in(window: EditingWindow, editor: PostEditor, post: Post) -> None:
    """Run the editor on ``post`` until it is saved or left."""
    from planner.series import Scope
    from ui.series_operations import Asking

    # On a busy file or a full disk the editor comes back with everything typed, to save again.
    with one_use(editor):
        while editor.exec():
            post = editor.post() or post  # a review step in the editor saved a newer version
            patch = editor.result_patch()
            if patch.is_empty():
                return
            asking = window.ops.series.scope_asker
            scope = asking(editor, post, Asking.EDIT) if post.series_uid is not None else None
            if post.series_uid is not None and scope is None:
                continue  # back to the editor, what was typed kept
            with _review_waived(window, editor):
                if scope is None or scope is Scope.THIS:
                    saved = window.ops.edit(post, patch, editor.override_reason())
                else:
                    saved = window.ops.series.edit(post, patch, scope, editor.override_reason())
            if saved is not None:
                if patch.title is not UNSET or patch.body is not UNSET:
                    # Its cross-post's other posts may take the new title and text too: asked once.
                    window.ops.offer_to_siblings(saved, editor.siblings)
                window.reveal(saved)
                return
            if not _editor_again(window, editor):
                return


def add_conversation(window: EditingWindow, editor: QDialog, platform: str, at: datetime) -> None:
    """A refused post's fix, from its editor: the editor on a new conversation post there (saved,
    one step to undo); back in the first editor, its verdict is judged again on the plan with it."""
    new_post(window, start=at, platform=platform, side=Side.CONVERSATION)
    refresh = getattr(editor, "refresh_verdict", None)
    if refresh is not None:
        refresh()


def show_history(window: EditingWindow, post: Post | None = None) -> None:
    """Edit ▸ Post history: who changed what and when; a version can be brought back (and undone)."""
    from ui.dialogs.history import HistoryDialog

    post = post or window.selected_post()
    if post is None:
        return
    with one_use(HistoryDialog(window.planner, post.id, _widget(window))) as dialog:
        dialog.restoreRequested.connect(lambda request: window.ops.restore(request.post, request.version))
        dialog.exec()


def show_copies(window: EditingWindow, copy: Path | None = None) -> None:
    """The posts that differ between the plan and a conflicted copy beside it (or ``copy``, any other
    copy of the plan), each with "Bring back", which Undo takes back."""
    from ui.dialogs.copies import CopyDialog

    found = window.sharing.copies.found
    paths = [copy] if copy is not None else [c.path for c in found]
    if not paths:
        return
    explanations = {str(c.path): c.summary(window.planning_zone) for c in found}
    with one_use(CopyDialog(window.planner, paths, _widget(window), explanations=explanations)) as dialog:
        dialog.bringBackRequested.connect(lambda request: window.ops.bring_back(request.copy, request.difference))
        # What stops a post coming back is said in the dialog, where the user is looking.
        window.ops.failed.connect(dialog.message.show_message)
        try:
            dialog.exec()
        finally:
            window.ops.failed.disconnect(dialog.message.show_message)


def history_from_editor(window: EditingWindow, editor: QDialog, post_id: int) -> None:
    """The editor's History button: restoring a version replaces what the editor shows, so it closes."""
    from ui.dialogs.history import HistoryDialog, RestoreRequest

    chosen: list[RestoreRequest] = []
    with one_use(HistoryDialog(window.planner, post_id, editor)) as dialog:
        dialog.restoreRequested.connect(chosen.append)
        dialog.exec()
    typed = getattr(editor, "result_patch", None)
    if chosen and typed is not None and not typed().is_empty():
        answer = QMessageBox.question(
            editor,
            QCoreApplication.translate("MainWindow", "Restore a version"),
            QCoreApplication.translate(
                "MainWindow", "Restoring replaces what you changed in the editor. Restore anyway?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    if chosen:
        editor.reject()
        request = chosen[0]
        window.ops.restore(request.post, request.version)


def fill_with_demo(window: EditingWindow) -> None:
    """Write the demo plan (13 weeks around today) without freezing the window."""
    from planner.demo import plan_demo

    with window.polling_paused():
        try:
            run_in_background(
                _widget(window),
                QCoreApplication.translate("MainWindow", "Writing the demo plan…"),
                lambda: plan_demo(window.planner, weeks=13),
            )
        except PlannerError as error:
            QMessageBox.warning(_widget(window), QCoreApplication.translate("MainWindow", "Demo plan"), error.message)
    window.reload()
