"""The window and conflicted copies beside the plan: said once per session for each
copy, a status-bar button while any is there, and a dialog that compares the copy
with the plan and brings a post back (undoable)."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields, PostPatch
from planner.balance.rules import Mode, preset_rule
from planner.model import Post
from tests.helpers.ui import PARIS
from ui.dialogs.copies import CopyDialog
from ui.sharing import copies_warning
from ui.window.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
AddPost = Callable[..., Post]
COPY = "plan (Léa's conflicted copy 2026-06-10).sqlite"


def at(day: int, hour: int) -> datetime:
    return datetime(2026, 6, day, hour, 0, tzinfo=PARIS)


def conflicted_copy(plan: Planner, name: str = COPY) -> Path:
    copy = plan.path.with_name(name)
    shutil.copyfile(plan.path, copy)
    return copy


def told(qtbot: QtBot, window: MainWindow) -> Any:
    """The message about new copies, once the window has looked."""
    qtbot.waitUntil(lambda: window.sharing.copies.box is not None and window.sharing.copies.box.isVisible())
    return window.sharing.copies.box


def looked_again(qtbot: QtBot, window: MainWindow) -> None:
    copies = window.sharing.copies
    copies.look()
    qtbot.waitUntil(lambda: copies._check is None)


def test_a_copy_is_said_once_per_session_and_its_button_stays(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner, add_post: AddPost
) -> None:
    add_post("Which roast?", 2026, 6, 10, 9, 30)
    copy = conflicted_copy(plan)
    window = make_window()

    box = told(qtbot, window)
    assert "1 other version of this plan" in box.text()
    assert f"{copy} looks like a conflicted copy of this plan made by Dropbox for Léa" in box.informativeText()
    assert "move or delete the copy" in box.informativeText()
    later = next(b for b in box.buttons() if "Later" in b.text())
    qtbot.mouseClick(later, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sharing.copies.box is None)
    button = window.sharing.copies.button
    assert button.isVisible() and button.text() == "1 conflicted copy"

    looked_again(qtbot, window)
    assert window.sharing.copies.box is None  # told once in this session
    os.utime(copy, (1_900_000_000, 1_900_000_000))  # written again by the sync tool: news
    looked_again(qtbot, window)
    told(qtbot, window).reject()

    copy.unlink()
    looked_again(qtbot, window)
    assert not button.isVisible()


def test_the_folder_is_looked_at_off_the_windows_thread(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    real = copies_warning.conflict_copies

    def conflict_copies(path: Any) -> Any:
        asked.append(threading.current_thread() is threading.main_thread())
        return real(path)

    monkeypatch.setattr(copies_warning, "conflict_copies", conflict_copies)
    make_window()
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert asked == [False]


def test_compare_then_bring_back_a_post_that_undo_takes_back(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner, add_post: AddPost, monkeypatch: pytest.MonkeyPatch
) -> None:
    post = add_post("Which roast?", 2026, 6, 10, 9, 30)
    copy = conflicted_copy(plan)
    with Planner.open(copy, user="léa", clock=plan.now) as theirs:
        theirs.edit_post(post.id, PostPatch(title="Which roast do you brew?"))
    seen: list[list[str]] = []

    def bring_back_the_title(dialog: CopyDialog) -> int:
        seen.append([dialog.model.value(row).post.title for row in range(dialog.model.rowCount())])
        dialog.select_title("Which roast do you brew?")
        assert dialog.fields.rowCount() == 1 and dialog.bring_back_button.isEnabled()
        qtbot.mouseClick(dialog.bring_back_button, Qt.MouseButton.LeftButton)
        seen.append([dialog.model.value(row).post.title for row in range(dialog.model.rowCount())])
        seen.append([dialog.heading.text()])
        return 0

    monkeypatch.setattr(CopyDialog, "exec", bring_back_the_title)
    window = make_window()
    box = told(qtbot, window)
    qtbot.mouseClick(window.sharing.copies.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 3)

    assert seen[0] == ["Which roast do you brew?"]
    assert seen[1] == [] and "hold the same posts" in seen[2][0]  # compared again: nothing differs now
    assert plan.get_post(post.id).title == "Which roast do you brew?"
    assert plan.post_history(post.id)[-1].from_copy is not None
    assert window.action_set.undo.text() == "&Undo Bring back “Which roast do you brew?” from a copy"
    window.action_set.undo.trigger()
    assert plan.get_post(post.id).title == "Which roast?"
    window.action_set.redo.trigger()
    assert plan.get_post(post.id).title == "Which roast do you brew?"
    assert box is not None


def test_a_post_deleted_here_comes_back_and_undo_deletes_it_again(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner, add_post: AddPost, monkeypatch: pytest.MonkeyPatch
) -> None:
    post = add_post("Tip of the week", 2026, 6, 11, 12, 0)
    copy = conflicted_copy(plan)
    plan.delete_post(post.id)
    notes: list[str] = []

    def bring_it_back(dialog: CopyDialog) -> int:
        dialog.select_title("Tip of the week")
        notes.append(dialog.note.text())
        dialog.bring_back_selected()
        return 0

    monkeypatch.setattr(CopyDialog, "exec", bring_it_back)
    window = make_window()
    told(qtbot, window).reject()
    qtbot.mouseClick(window.sharing.copies.button, Qt.MouseButton.LeftButton)  # the status bar's button

    assert "Someone deleted this post from the plan" in notes[0]
    assert plan.get_post(post.id).title == "Tip of the week"
    window.action_set.undo.trigger()
    assert [p.title for p in plan.list_posts()] == []
    assert copy.exists()


def test_a_refusal_is_said_in_the_dialog_and_saves_nothing(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = conflicted_copy(plan)
    with Planner.open(copy, user="léa", clock=plan.now) as theirs:
        offer = PostFields(platform="Instagram", title="-20% on filters", category="Offer", start=at(12, 9))
        theirs.create_post(offer)
    plan.set_rule(preset_rule("5-3-2", mode=Mode.BLOCK))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("", False))  # no reason given
    messages: list[str] = []

    def try_it(dialog: CopyDialog) -> int:
        dialog.select_title("-20% on filters")
        dialog.bring_back_selected()
        messages.append(dialog.message.text())
        return 0

    monkeypatch.setattr(CopyDialog, "exec", try_it)
    window = make_window()
    told(qtbot, window).reject()
    window.show_copies()

    assert messages[0].startswith("Refused:")
    assert plan.list_posts() == []


def test_file_compare_with_another_copy_takes_any_file_a_backup_too(
    qtbot: QtBot,
    make_window: MakeWindow,
    plan: Planner,
    add_post: AddPost,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    post = add_post("Which roast?", 2026, 6, 10, 9, 30)
    elsewhere = tmp_path / "archive"
    elsewhere.mkdir()
    backup = elsewhere / "plan-may.sqlite"
    shutil.copyfile(plan.path, backup)
    plan.delete_post(post.id)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kwargs: (str(backup), ""))
    shown: list[tuple[str, str]] = []

    def look(dialog: CopyDialog) -> int:
        shown.append((dialog.heading.text(), dialog.model.kind_text(dialog.model.value(0).difference)))
        return 0

    monkeypatch.setattr(CopyDialog, "exec", look)
    window = make_window()
    window.action_set.compare_copy.trigger()

    assert shown == [("plan-may.sqlite: 1 only in the copy, 0 only in the plan, 0 changed.", "Only in the copy")]
    assert window.sharing.copies.box is None  # a copy elsewhere is not a conflicted copy beside the plan


def test_in_french(qtbot: QtBot, french: None, make_window: MakeWindow, plan: Planner) -> None:
    conflicted_copy(plan)
    window = make_window()

    box = told(qtbot, window)

    assert "copie en conflit de ce planning" in box.informativeText()
    assert window.sharing.copies.button.text() == "1 copie en conflit"
