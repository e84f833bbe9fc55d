"""The Edit menu's post entries are greyed with no post selected, and work again once one is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from planner.model import Post
from ui.window.actions import Actions
from ui.window.main_window import MainWindow

AddPost = Callable[..., Post]
MakeWindow = Callable[[], MainWindow]


def post_entries(actions: Actions) -> dict[str, bool]:
    names = ("edit_post", "post_history", "delete_post", "duplicate_post", "cancel_post", "move_post_to", "move_later")
    return {name: getattr(actions, name).isEnabled() for name in names}


def open_edit_menu(qtbot: QtBot, window: MainWindow) -> QMenu:
    menu = window.menus.edit
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    return menu


def test_nothing_selected_greys_edit_and_move(qtbot: QtBot, add_post: AddPost, make_window: MakeWindow) -> None:
    add_post("Your questions on decaf", 2026, 6, 10, 9, 30)
    window = make_window()
    window.week_view.select_post(None)

    menu = open_edit_menu(qtbot, window)

    assert set(post_entries(window.action_set).values()) == {False}
    assert window.action_set.new_post.isEnabled()
    menu.hide()


def test_a_selected_post_enables_them(qtbot: QtBot, add_post: AddPost, make_window: MakeWindow) -> None:
    post = add_post("Your questions on decaf", 2026, 6, 10, 9, 30)
    window = make_window()
    window.week_view.select_post(post.id)

    menu = open_edit_menu(qtbot, window)

    assert set(post_entries(window.action_set).values()) == {True}
    menu.hide()


def test_shortcuts_still_act_on_a_post_selected_after_the_menu_closed(
    qtbot: QtBot, add_post: AddPost, make_window: MakeWindow
) -> None:
    post = add_post("Your questions on decaf", 2026, 6, 10, 9, 30)
    window = make_window()
    window.week_view.select_post(None)
    open_edit_menu(qtbot, window).hide()

    window.week_view.select_post(post.id)

    assert set(post_entries(window.action_set).values()) == {True}
