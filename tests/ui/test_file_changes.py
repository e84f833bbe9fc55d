"""The window when its file changes under it: replaced or overwritten by an older copy (said, and
read again), deleted (saved again, restored, or left), made read-only mid-session (and back)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields
from planner.model import Post
from planner.sharing.backups import SoundBackup
from planner.storage.journal import journal_of
from tests.helpers.journal import crash_mid_transaction
from tests.helpers.ui import PARIS
from ui.sharing.file_changes import FileChanges, WayBack
from ui.window.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
AddPost = Callable[..., Post]


def shown_titles(window: MainWindow) -> list[str]:
    """The posts the window shows for its week (the agenda's model follows every range)."""
    return sorted(post.title for post in window.model.posts())


def titles_in(path: Path) -> list[str]:
    with Planner.open(path, create=False) as reader:
        return sorted(post.title for post in reader.list_posts())


def changing_actions(window: MainWindow) -> list[bool]:
    actions = window.action_set
    return [action.isEnabled() for action in (actions.new_post, actions.delete_post, actions.platforms)]


def thursday(hour: int) -> datetime:
    return datetime(2026, 6, 11, hour, 0, tzinfo=PARIS)


@pytest.fixture
def way_back(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What the user answers when the file is gone (the test appends its answer first); records what was offered."""
    script: list[object] = []

    def answer(_parent: object, message: str, backup: SoundBackup | None) -> WayBack:
        script.append((message, backup))
        return script.pop(0)  # type: ignore[return-value]

    monkeypatch.setattr(FileChanges, "way_back_asker", staticmethod(answer))
    return script


def deleted_and_answered(
    window: MainWindow, plan_path: Path, way_back: list[object], answer: WayBack
) -> tuple[str, SoundBackup | None]:
    """Delete the file under the window, which asks what to do: ``answer``. What it said and offered."""
    way_back.append(answer)
    plan_path.unlink()
    window.watch.check()
    [(message, offered)] = way_back
    return message, offered  # type: ignore[return-value]


@pytest.fixture
def writable_again(plan_path: Path) -> Iterator[None]:
    """The test makes the file read-only; it is writable again for the clean-up."""
    yield
    if plan_path.exists():
        plan_path.chmod(0o644)


def test_a_file_renamed_into_place_is_said_within_the_team_refresh_and_shown(
    qtbot: QtBot, make_window: MakeWindow, add_post: AddPost, plan: Planner, plan_path: Path, tmp_path: Path
) -> None:
    add_post("In both", 2026, 6, 10, 9, 0)
    copy = plan.backup(tmp_path / "synced.sqlite")
    with Planner.open(copy, user="sync") as elsewhere:
        elsewhere.create_post(PostFields(platform="Instagram", title="Only in the copy", start=thursday(9)))
    moved = add_post("Only in the file", 2026, 6, 10, 11, 0)
    window = make_window()
    window.ops.move(moved, thursday(11))
    assert window.ops.stack.count() == 1
    assert shown_titles(window) == ["In both", "Only in the file"]

    os.replace(copy, plan_path)  # a sync tool writes beside, then renames into place

    # The team refresh's own timer notices it (it asks every second).
    qtbot.waitUntil(lambda: shown_titles(window) == ["In both", "Only in the copy"], timeout=5000)
    assert window.statusBar().currentMessage() == (
        f"{plan_path} was replaced by another file: the plan is read again from it."
    )
    assert window.ops.stack.count() == 0  # what could be undone was done in the plan that is gone
    assert window.windowTitle() == "Dialogos — plan.sqlite"
    window.ops.create(PostFields(platform="Instagram", title="Saved in the new file", start=thursday(15)))
    assert titles_in(plan_path) == ["In both", "Only in the copy", "Saved in the new file"]


def test_an_older_copy_written_over_the_file_is_said_and_shown(
    make_window: MakeWindow, add_post: AddPost, plan: Planner, plan_path: Path, tmp_path: Path
) -> None:
    add_post("Old", 2026, 6, 10, 9, 0)
    older = plan.backup(tmp_path / "older.sqlite")
    add_post("New", 2026, 6, 10, 11, 0)
    window = make_window()
    assert shown_titles(window) == ["New", "Old"]

    shutil.copyfile(older, plan_path)  # `cp older.sqlite plan.sqlite`: the same file, older pages
    window.watch.check()

    assert shown_titles(window) == ["Old"]
    assert window.statusBar().currentMessage().startswith(f"{plan_path} was overwritten by an older copy (revision ")


def test_a_deleted_file_is_saved_again_from_what_the_window_shows(
    make_window: MakeWindow, add_post: AddPost, plan_path: Path, way_back: list[object]
) -> None:
    add_post("Still here", 2026, 6, 10, 9, 0)
    window = make_window()

    message, _offered = deleted_and_answered(window, plan_path, way_back, WayBack.SAVE_AGAIN)

    assert message == f"{plan_path} was deleted or moved away: nothing can be saved to it any more."
    assert plan_path.exists()
    assert window.statusBar().currentMessage() == f"The plan was saved again to {plan_path}."
    assert window.windowTitle() == "Dialogos — plan.sqlite" and all(changing_actions(window))
    window.ops.create(PostFields(platform="Instagram", title="After", start=thursday(9)))
    assert titles_in(plan_path) == ["After", "Still here"]


def test_a_deleted_file_is_restored_from_its_newest_sound_backup(
    make_window: MakeWindow, add_post: AddPost, plan: Planner, plan_path: Path, way_back: list[object]
) -> None:
    add_post("Backed up", 2026, 6, 10, 9, 0)
    kept = plan.backup()  # beside the file, as File ▸ Backup… names it
    add_post("Not backed up", 2026, 6, 10, 11, 0)
    window = make_window()

    _message, offered = deleted_and_answered(window, plan_path, way_back, WayBack.RESTORE)

    assert isinstance(offered, SoundBackup) and offered.path == kept
    assert shown_titles(window) == ["Backed up"]
    assert window.statusBar().currentMessage().startswith("The plan was restored from the backup of ")
    assert titles_in(plan_path) == ["Backed up"]
    assert window.windowTitle() == "Dialogos — plan.sqlite" and all(changing_actions(window))


def test_a_deleted_file_left_as_it_is_shows_the_plan_read_only(
    qtbot: QtBot, make_window: MakeWindow, add_post: AddPost, plan: Planner, plan_path: Path, way_back: list[object]
) -> None:
    post = add_post("Look only", 2026, 6, 10, 9, 0)
    window = make_window()

    _message, offered = deleted_and_answered(window, plan_path, way_back, WayBack.LEAVE)

    assert offered is None  # no backup yet: none to offer
    gone = f"{plan_path} was deleted or moved away: nothing can be saved to it any more."
    assert window.windowTitle() == "Dialogos — plan.sqlite (read-only)"
    assert changing_actions(window) == [False, False, False]
    assert window.read_only_label.isVisibleTo(window) and window.read_only_label.toolTip() == gone
    assert shown_titles(window) == ["Look only"]  # still read from the open connection
    window.week_view.setFocus()
    window.week_view.select_post(post.id)
    qtbot.keyClick(window.week_view, Qt.Key.Key_Delete)
    assert window.statusBar().currentMessage() == gone
    window.watch.check()  # said once
    assert len(way_back) == 1 and not plan_path.exists()


@pytest.mark.usefixtures("writable_again")
def test_a_file_made_read_only_mid_session_is_shown_read_only_then_changeable_again(
    make_window: MakeWindow, add_post: AddPost, plan_path: Path
) -> None:
    add_post("Planned", 2026, 6, 10, 9, 0)
    window = make_window()
    assert all(changing_actions(window)) and not window.read_only_label.isVisibleTo(window)

    plan_path.chmod(0o444)
    window.watch.check()

    assert window.statusBar().currentMessage() == (
        f"{plan_path} became read-only: you can look at the plan, not change it."
    )
    assert window.windowTitle() == "Dialogos — plan.sqlite (read-only)"
    assert changing_actions(window) == [False, False, False]
    assert window.read_only_label.isVisibleTo(window) and not window.week_view.acceptDrops()

    plan_path.chmod(0o644)
    window.watch.check()

    assert window.statusBar().currentMessage() == f"{plan_path} can be written again: the plan can be changed."
    assert window.windowTitle() == "Dialogos — plan.sqlite"
    assert all(changing_actions(window)) and not window.read_only_label.isVisibleTo(window)
    assert window.week_view.acceptDrops()


@pytest.mark.usefixtures("writable_again")
def test_a_save_on_a_file_made_read_only_before_the_refresh_noticed_is_refused(
    make_window: MakeWindow, add_post: AddPost, plan: Planner, plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    post = add_post("Stays put", 2026, 6, 10, 9, 0)
    window = make_window()
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: boxes.append(text))
    plan_path.chmod(0o444)
    before = plan_path.read_bytes()

    assert window.ops.move(post, thursday(9)) is None

    refused = f"{plan_path} is read-only: nothing was saved."
    assert window.statusBar().currentMessage() == refused and boxes == [refused]
    assert plan_path.read_bytes() == before
    assert window.windowTitle() == "Dialogos — plan.sqlite (read-only)"  # at once, not at the next refresh
    assert plan.get_post(post.id).start == post.start


def test_a_journal_another_copy_brings_while_the_window_is_open_is_set_aside_and_said(
    make_window: MakeWindow,
    add_post: AddPost,
    plan: Planner,
    plan_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_post("In both", 2026, 6, 10, 9, 0)
    elsewhere = tmp_path / "elsewhere" / "plan.sqlite"
    elsewhere.parent.mkdir()
    shutil.copyfile(plan_path, elsewhere)
    add_post("Only here", 2026, 6, 10, 11, 0)
    crash_mid_transaction(elsewhere, "UPDATE post SET title = 'from elsewhere', body = hex(randomblob(3000))")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    window = make_window()

    shutil.copyfile(journal_of(elsewhere), journal_of(plan_path))  # the sync tool, mid-session
    window.watch.check()

    assert len(shown) == 1 and "set aside" in shown[0]
    assert "set aside" in window.statusBar().currentMessage()
    assert shown_titles(window) == ["In both", "Only here"]
    assert plan.check() == [] and not journal_of(plan_path).exists()
