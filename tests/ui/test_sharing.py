"""The main window for a team: who else has the file open, the daily backup,
the user's name, a post's history with an undoable restore, and one warning
when the file sits in a risky place."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields, PostPatch
from planner.model import Post
from planner.sharing import places as places_module
from planner.storage.journal import journal_of
from tests.helpers.disk import needs_posix
from tests.helpers.journal import crash_mid_transaction
from tests.helpers.ui import PARIS
from ui.app import create_main_window
from ui.dialogs.history import HistoryDialog
from ui.sharing import team as sharing
from ui.window.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
AddPost = Callable[..., Post]


def test_the_status_bar_names_a_colleague_who_opens_the_file(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner
) -> None:
    window = make_window()
    assert not window.sharing.presence.isVisible()
    with Planner.open(plan.path, user="sam", clock=plan.now) as colleague:
        colleague.join("Sam")
        window.sharing.presence.beat()
        qtbot.waitUntil(window.sharing.presence.isVisible)
        assert "Sam" in window.sharing.presence.text()
        assert [p.name for p in colleague.present()] == ["camille"]  # the window joined as the planner's user
    window.close()
    with Planner.open(plan.path, user="sam", clock=plan.now) as colleague:
        assert colleague.present() == []  # closing the window left at once


def test_today_s_backup_is_taken_when_the_window_opens(qtbot: QtBot, plan: Planner) -> None:
    plan.add_platform("Bluesky", "bluesky")  # made yesterday: a plan is not backed up on the day it is made
    tomorrow = plan.now() + timedelta(days=1)
    with Planner.open(plan.path, clock=lambda: tomorrow) as planner:
        window = create_main_window(planner)
        qtbot.addWidget(window)
        window.show()
        folder = plan.path.parent / f"{plan.path.name}.backups"
        qtbot.waitUntil(lambda: folder.is_dir() and any(folder.iterdir()), timeout=5000)
        qtbot.waitUntil(lambda: "backup" in window.statusBar().currentMessage())
        window.close()


@needs_posix
def test_a_link_planted_as_the_backup_folder_is_said_in_the_status_bar_and_nothing_goes_through_it(
    qtbot: QtBot, plan: Planner, tmp_path: Path
) -> None:
    plan.add_platform("Bluesky", "bluesky")
    elsewhere = tmp_path / "readable-by-someone-else"
    elsewhere.mkdir()
    link = plan.path.parent / f"{plan.path.name}.backups"
    link.symlink_to(elsewhere, target_is_directory=True)
    tomorrow = plan.now() + timedelta(days=1)
    with Planner.open(plan.path, clock=lambda: tomorrow) as planner:
        window = create_main_window(planner)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: "symbolic link" in window.statusBar().currentMessage(), timeout=5000)
        assert str(link) in window.statusBar().currentMessage()
        window.close()
    assert list(elsewhere.iterdir()) == []


def test_your_name_is_what_colleagues_see_and_the_history_records(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner, add_post: AddPost, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("  Camille   Martin ", True))
    window.action_set.your_name.trigger()

    assert sharing.user_name() == "Camille Martin" and plan.user == "Camille Martin"
    post = add_post("Named", 2026, 6, 10, 9, 30)
    assert plan.post_history(post.id)[-1].who == "Camille Martin"
    with Planner.open(plan.path, user="sam", clock=plan.now) as colleague:
        assert [p.name for p in colleague.present()] == ["Camille Martin"]
    again = make_window()  # the name is remembered
    assert again.planner.user == "Camille Martin"


def test_restoring_a_version_from_the_history_is_an_edit_that_undo_takes_back(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner, add_post: AddPost, monkeypatch: pytest.MonkeyPatch
) -> None:
    post = add_post("First title", 2026, 6, 10, 9, 30)
    plan.edit_post(post.id, PostPatch(title="Second title"))
    window = make_window()
    window.week_view.select_post(post.id)

    def choose_first_version(dialog: HistoryDialog) -> int:
        dialog.select_version(1)
        dialog.restore_selected()
        return 0

    monkeypatch.setattr(HistoryDialog, "exec", choose_first_version)
    window.action_set.post_history.trigger()

    assert plan.get_post(post.id).title == "First title"
    window.action_set.undo.trigger()
    assert plan.get_post(post.id).title == "Second title"
    window.action_set.redo.trigger()
    assert plan.get_post(post.id).title == "First title"


def test_a_synced_folder_is_said_once(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (plan.path.parent / ".stfolder").mkdir()  # Syncthing marks the folders it syncs so
    store = tmp_path / "warned"

    asked: list[bool] = []  # for each look at the place: was it on the window's thread?

    def warn_once(path: Any) -> Any:
        asked.append(threading.current_thread() is threading.main_thread())
        return places_module.warn_once(path, store=store, mountinfo="")

    monkeypatch.setattr(sharing, "warn_once", warn_once)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    make_window()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "Syncthing" in shown[0]
    make_window()
    qtbot.waitUntil(lambda: len(asked) == 2)  # the second window looked at the place too
    assert len(shown) == 1  # once per file
    assert asked == [False, False]  # a slow share's folders are looked at off the window's thread


def test_the_automatic_backups_go_to_the_chosen_folder(
    qtbot: QtBot, plan: Planner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    plan.add_platform("Bluesky", "bluesky")
    chosen = tmp_path / "all-backups"
    chosen.mkdir()
    tomorrow = plan.now() + timedelta(days=1)
    with Planner.open(plan.path, clock=lambda: tomorrow) as planner:
        window = create_main_window(planner)
        qtbot.addWidget(window)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args, **_kwargs: str(chosen))
        window.action_set.backup_folder.trigger()
        assert sharing.chosen_backup_folder() == str(chosen)
        assert planner.backup_folder is not None and planner.backup_folder.parent == chosen
        window.sharing.back_up()
        qtbot.waitUntil(lambda: planner.backup_folder.is_dir() and any(planner.backup_folder.iterdir()), timeout=5000)
        assert not (plan.path.parent / f"{plan.path.name}.backups").exists()
        window.close()


def test_undo_never_touches_another_post_that_got_the_same_id(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner
) -> None:
    """Camille creates a post; Sam deletes it and creates another, which SQLite gives the
    freed id (at version 1 too). Camille's undo of her creation must leave Sam's post alone."""
    window = make_window()
    fields = PostFields(platform="Instagram", title="Camille's", start=plan.now().astimezone(PARIS))
    mine = window.ops.create(fields)
    assert mine is not None
    with Planner.open(plan.path, user="sam", clock=plan.now) as sam:
        sam.delete_post(mine.id)
        theirs = sam.create_post(PostFields(platform="Instagram", title="Sam's", start=fields.start)).posts[0]
    assert (theirs.id, theirs.version) == (mine.id, mine.version)

    window.action_set.undo.trigger()

    assert [p.title for p in plan.list_posts()] == ["Sam's"]
    assert "Cannot undo" in window.statusBar().currentMessage()


def test_restoring_from_the_editor_asks_before_dropping_what_was_typed(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner, add_post: AddPost, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from ui.editor.post_editor import PostEditor

    post = add_post("First title", 2026, 6, 10, 9, 30)
    plan.edit_post(post.id, PostPatch(title="Second title"))
    window = make_window()
    editor = PostEditor(plan, post=plan.get_post(post.id), parent=window)
    qtbot.addWidget(editor)
    editor.historyRequested.connect(lambda post_id: window.history_from_editor(editor, post_id))
    editor.show()
    editor.title_edit.setText("Typed, not saved")

    def choose_first_version(dialog: HistoryDialog) -> int:
        dialog.select_version(1)
        dialog.restore_selected()
        return 0

    monkeypatch.setattr(HistoryDialog, "exec", choose_first_version)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: answers.pop(0))

    qtbot.mouseClick(editor.history_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.title_edit.text() == "Typed, not saved"
    assert plan.get_post(post.id).title == "Second title"

    qtbot.mouseClick(editor.history_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert plan.get_post(post.id).title == "First title"


def test_a_stray_journal_set_aside_when_the_plan_opened_is_said_in_the_window(
    qtbot: QtBot, plan: Planner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "elsewhere" / "plan.sqlite"
    other.parent.mkdir()
    shutil.copyfile(plan.path, other)
    plan.add_platform("Mastodon", "mastodon")  # this copy moves on
    crash_mid_transaction(other, "UPDATE platform SET name = name || ' (B)'")
    shutil.copyfile(journal_of(other), journal_of(plan.path))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    with Planner.open(plan.path, clock=plan.now) as planner:
        window = create_main_window(planner)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: len(shown) == 1)
        assert "set aside" in shown[0] and str(planner.session.journal_set_aside) in shown[0]
        assert {p.name for p in planner.platforms()} == {"Instagram", "LinkedIn", "Mastodon"}
        window.close()
