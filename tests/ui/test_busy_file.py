"""The app on a shared file that a colleague is writing to: busy files and conflicting moves.

A colleague's connection holds the write lock (``BEGIN IMMEDIATE``) longer
than the window's planner waits (``busy_timeout=0.2`` here, 5 s in the app).
Saving a post in the editor or dragging a card must then say "the file is
busy, try again" without a modal box, and lose nothing: the editor comes
back with what was typed, a dragged card stays where the file has it, and
the same change goes through once the colleague is done.
A drag of a card a colleague moved a moment ago (before the window's next
poll) is a conflict, never a silent overwrite of their move.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner import Planner, PostPatch
from planner.model import Post
from planner.session import Clock
from tests.helpers.ui import PARIS
from ui.editor.post_editor import PostEditor
from ui.operations import Editing, Resolution
from ui.window.main_window import MainWindow

AddPost = Callable[..., Post]
TYPED = "Typed while Sam was saving"


@pytest.fixture
def impatient(plan: Planner, plan_path: Path, fixed_clock: Clock) -> Iterator[Planner]:
    """The window's planner: the file of ``plan``, waiting at most 0.2 s for a colleague's write."""
    opened = Planner.open(plan_path, clock=fixed_clock, user="camille", busy_timeout=0.2)
    yield opened
    opened.close()


@pytest.fixture
def conflicts() -> list[Post | None]:
    """The posts the conflict dialog was shown with (it answers "keep theirs")."""
    return []


@pytest.fixture
def window(qtbot: QtBot, impatient: Planner, fixed_clock: Clock, conflicts: list[Post | None]) -> Iterator[MainWindow]:
    def theirs(_parent: object, current: Post | None, _mine: PostPatch, _editing: Editing) -> Resolution:
        conflicts.append(current)
        return Resolution.THEIRS

    shown = MainWindow(impatient, clock=fixed_clock, reason_asker=lambda *_: None, conflict_asker=theirs)
    shown.resize(1200, 800)
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    qtbot.waitUntil(shown.is_started)  # the side panels too
    yield shown
    shown.close()


@pytest.fixture
def status_messages(window: MainWindow) -> list[str]:
    """Every message the window's status bar showed."""
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    return messages


@contextmanager
def colleague_saving(path: Path) -> Iterator[sqlite3.Connection]:
    """Another connection in the middle of a write, holding the lock until it commits or rolls back."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    finally:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        connection.close()


def at(day: int, hour: int) -> datetime:
    return datetime(2026, 6, day, hour, 0, tzinfo=PARIS)


def drag(qtbot: QtBot, window: MainWindow, post_id: int, day: date) -> None:
    """Drag a card of the week view to another day, at the same height."""
    view = window.week_view
    grab = view.layout_rects()[post_id].center().toPoint()
    drop = QPoint(round(view.day_rect(day).center().x()), grab.y())
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(view, grab + QPoint(15, 15))
    qtbot.mouseMove(view, drop)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=drop)


def shown_on(window: MainWindow, post_id: int) -> date | None:
    """The day whose column the post's card is drawn in."""
    card = window.week_view.layout_rects()[post_id]
    for offset in range(7):
        day = date(2026, 6, 8 + offset)
        if window.week_view.day_rect(day).contains(card.center()):
            return day
    return None


def said_busy(messages: list[str]) -> bool:
    return any("locked" in message and "Try again" in message for message in messages)


def test_saving_a_post_on_a_busy_file_keeps_what_was_typed_and_saves_it_on_retry(
    qtbot: QtBot,
    window: MainWindow,
    add_post: AddPost,
    plan: Planner,
    plan_path: Path,
    modal_boxes: list[str],
    status_messages: list[str],
) -> None:
    post = add_post("Launch", 2026, 6, 10, 9, 0)
    post = window.planner.get_post(post.id)
    seen: dict[str, Any] = {"stage": "typing"}

    with colleague_saving(plan_path) as colleague:

        def act() -> None:
            editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, PostEditor) and w.isVisible()]
            if seen["stage"] == "typing" and editors:
                editor = editors[0]
                editor.title_edit.selectAll()
                qtbot.keyClicks(editor.title_edit, TYPED)
                seen["stage"] = "saved once"
                qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
            elif seen["stage"] == "saved once" and editors:
                # The save failed: the editor is (still, or again) on screen with what was typed.
                editor = editors[0]
                seen["kept"] = editor.title_edit.text()
                seen["said busy"] = said_busy(status_messages)
                colleague.execute("ROLLBACK")  # the colleague is done
                seen["stage"] = "retried"
                qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
                if editor.isVisible():
                    editor.reject()  # never leave a modal editor behind
            if seen["stage"] not in ("retried", "over"):
                QTimer.singleShot(20, act)

        QTimer.singleShot(0, act)
        window.edit_post(post)
        seen.setdefault("kept", None)
        seen["stage"] = "over"

    assert said_busy(status_messages), status_messages  # one line in the status bar: busy, try again
    assert modal_boxes == []  # and no box to click away
    assert seen["kept"] == TYPED, "the editor closed on a failed save: what was typed is lost"
    assert seen["said busy"]
    saved = plan.get_post(post.id)
    assert (saved.title, saved.version) == (TYPED, 2)


def test_dragging_a_card_on_a_busy_file_leaves_it_in_place_and_the_drag_can_be_done_again(
    qtbot: QtBot,
    window: MainWindow,
    add_post: AddPost,
    plan: Planner,
    plan_path: Path,
    modal_boxes: list[str],
    status_messages: list[str],
) -> None:
    post = add_post("Launch", 2026, 6, 10, 9, 0)
    window.reload()
    undo_depth = window.ops.stack.count()

    with colleague_saving(plan_path):
        drag(qtbot, window, post.id, date(2026, 6, 12))
        qtbot.waitUntil(lambda: said_busy(status_messages), timeout=3000)

    assert modal_boxes == []
    assert plan.get_post(post.id).start == at(10, 9)
    assert shown_on(window, post.id) == date(2026, 6, 10)  # drawn where the file has it
    assert window.ops.stack.count() == undo_depth  # nothing to undo: nothing was done

    drag(qtbot, window, post.id, date(2026, 6, 12))  # the colleague is done: the same drag again
    assert plan.get_post(post.id).start == at(12, 9)
    assert shown_on(window, post.id) == date(2026, 6, 12)


def test_dragging_a_card_a_colleague_just_moved_is_a_conflict_not_an_overwrite(
    qtbot: QtBot, window: MainWindow, add_post: AddPost, plan: Planner, plan_path: Path, conflicts: list[Post | None]
) -> None:
    """Sam moves the post; before the window's next poll (at most a second), Camille drags the card she still sees."""
    post = add_post("Launch", 2026, 6, 10, 9, 0)
    window.reload()
    window.watch.stop()  # the window has not polled yet
    with Planner.open(plan_path, user="sam") as sam:
        sam.move_post(post.id, at(11, 9), expect_version=1)

    drag(qtbot, window, post.id, date(2026, 6, 12))

    # Camille is shown Sam's move (the dialog answers "keep theirs") and Sam's move stays.
    assert [theirs.start if theirs else None for theirs in conflicts] == [at(11, 9)]
    moved = plan.get_post(post.id)
    assert (moved.start, moved.updated_by) == (at(11, 9), "sam")


def test_an_undo_on_a_busy_file_can_be_asked_again_once_the_colleague_is_done(
    qtbot: QtBot, window: MainWindow, add_post: AddPost, plan: Planner, plan_path: Path, modal_boxes: list[str]
) -> None:
    post = add_post("Launch", 2026, 6, 10, 9, 0)
    window.reload()
    drag(qtbot, window, post.id, date(2026, 6, 12))
    assert plan.get_post(post.id).start == at(12, 9)

    with colleague_saving(plan_path), qtbot.waitSignal(window.ops.failed) as failed:
        window.action_set.undo.trigger()
    assert "Try again" in failed.args[0] and modal_boxes == []
    assert plan.get_post(post.id).start == at(12, 9)

    qtbot.waitUntil(window.action_set.undo.isEnabled, timeout=2000)  # the undo is still there
    window.action_set.undo.trigger()  # the same undo, now that the file is free
    assert plan.get_post(post.id).start == at(10, 9)
