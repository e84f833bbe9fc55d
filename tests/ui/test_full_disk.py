"""The app on a full disk: the editor says the disk is full and where, in its
verdict area and when saving, keeps what was typed, and saves it once there is room.

The window's connection is given no room to grow (SQLite's own "database or
disk is full"); the save is driven through the editor's real widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner import Planner
from tests.helpers.disk import BIG_BODY, fill_up
from ui.editor.post_editor import PostEditor
from ui.window.main_window import MainWindow

TITLE = "Roasting notes, typed on a full disk"


def open_editor() -> PostEditor | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, PostEditor) and w.isVisible()]
    return shown[0] if shown else None


def test_the_editor_says_the_disk_is_full_keeps_what_was_typed_and_saves_it_once_there_is_room(
    qtbot: QtBot, make_window: Callable[[], MainWindow], plan: Planner, plan_path: Path, modal_boxes: list[str]
) -> None:
    window = make_window()
    free_some_space = fill_up(plan)
    seen: dict[str, Any] = {"stage": "typing", "ticks": 0}

    def act() -> None:
        editor = open_editor()
        seen["ticks"] += 1
        if editor is None:
            pass
        elif seen["ticks"] > 500:  # ten seconds without the expected step: give up rather than hang
            seen["stage"] = "retried"
            editor.reject()
        elif seen["stage"] == "typing":
            qtbot.keyClicks(editor.title_edit, TITLE)
            editor.body_edit.setPlainText(BIG_BODY)  # pasted
            seen["stage"] = "previewing"
        elif seen["stage"] == "previewing" and "disk is full" in editor.verdict_panel.message():
            seen["verdict"] = editor.verdict_panel.message()
            seen["save enabled"] = editor.save_button.isEnabled()
            seen["stage"] = "saved once"
            qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        elif seen["stage"] == "saved once" and modal_boxes:
            # The save failed: the editor is on screen again, with what was typed.
            seen["kept"] = (editor.title_edit.text(), editor.body_edit.toPlainText() == BIG_BODY)
            free_some_space()
            seen["stage"] = "retried"
            qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
            if editor.isVisible():
                editor.reject()  # never leave a modal editor behind
        if seen["stage"] != "retried":
            QTimer.singleShot(20, act)

    QTimer.singleShot(0, act)
    window.new_post()

    said = f"No room left to save {plan_path}: the disk is full. Nothing was saved; free some space, then try again."
    assert seen["verdict"] == said  # in the editor's verdict area, before saving
    assert seen["save enabled"]  # the fields are fine: only the disk is not
    assert modal_boxes == [said]  # the save said it once, in a box
    assert seen["kept"] == (TITLE, True), "the editor closed on a full disk: what was typed is lost"
    assert [(post.title, post.body == BIG_BODY) for post in plan.list_posts()] == [(TITLE, True)]
