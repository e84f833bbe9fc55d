"""The start panel: on a plan with no post, add the usual platforms, pick a rule, or try the demo;
it goes once the plan has a post."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from planner import Planner
from planner.defaults import PLATFORM_KINDS
from planner.model import Post
from ui.start_panel import StartPanel
from ui.window.main_window import MainWindow

AddPost = Callable[..., Post]
MakeWindow = Callable[[], MainWindow]


def panel_of(window: MainWindow) -> StartPanel:
    assert window.start_panel is not None and window.start_panel.isVisible()
    return window.start_panel


def test_an_empty_plan_shows_the_start_panel_with_the_platforms_it_has(make_window: MakeWindow) -> None:
    panel = panel_of(make_window())

    locked = {key for key, box in panel.kinds.items() if box.isChecked() and not box.isEnabled()}
    assert locked == {"instagram", "linkedin"}  # the plan's own, ticked and locked
    assert panel.preset_combo.currentData() == "80-20"


def test_ticked_platforms_are_added_with_their_kind_s_defaults(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow
) -> None:
    window = make_window()
    panel = panel_of(window)

    assert not panel.add_button.isEnabled()  # nothing new ticked yet
    panel.kinds["facebook"].setChecked(True)
    panel.kinds["newsletter"].setChecked(True)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    added = {p.name: p for p in plan.platforms()}
    assert added["Facebook"].kind == "facebook"
    assert added["Facebook"].colour.casefold() == PLATFORM_KINDS["facebook"].colour.casefold()
    assert added["Newsletter"].kind == "newsletter"
    assert not panel.kinds["facebook"].isEnabled()
    assert not panel.add_button.isEnabled()
    assert window.statusBar().currentMessage() == "Platforms added: Facebook, Newsletter"
    assert "Facebook" in window.platform_actions  # the toolbar's toggles know it at once


def test_the_chosen_preset_becomes_the_default_rule(qtbot: QtBot, plan: Planner, make_window: MakeWindow) -> None:
    window = make_window()
    panel = panel_of(window)

    panel.preset_combo.setCurrentIndex(panel.preset_combo.findData("4-1-1"))
    qtbot.mouseClick(panel.rule_button, Qt.MouseButton.LeftButton)

    default = plan.rules()[0]
    assert (default.platform, default.preset, default.window, default.min_conversation) == (None, "4-1-1", 6, 4)
    assert window.statusBar().currentMessage() == "Balance rule for every platform: 4-1-1"


def test_try_the_demo_runs_file_demo(qtbot: QtBot, plan: Planner) -> None:
    demo = QAction("Demo")
    panel = StartPanel(plan, demo)
    qtbot.addWidget(panel)

    with qtbot.waitSignal(demo.triggered):
        qtbot.mouseClick(panel.demo_button, Qt.MouseButton.LeftButton)


def test_it_goes_once_a_post_exists(add_post: AddPost, make_window: MakeWindow) -> None:
    window = make_window()
    panel_of(window)

    add_post("Your questions on decaf", 2026, 9, 1, 9, 30)  # another week than the one shown
    window.reload()

    assert window.start_panel is None


def test_a_plan_with_posts_has_no_start_panel(add_post: AddPost, make_window: MakeWindow) -> None:
    add_post("Your questions on decaf", 2026, 6, 10, 9, 30)

    assert make_window().start_panel is None


def test_it_speaks_french(french: None, make_window: MakeWindow) -> None:
    panel = panel_of(make_window())

    assert panel.add_button.text().replace("&", "") == "Ajouter ces plateformes"
    assert panel.demo_button.text().replace("&", "") == "Essayer le planning de démonstration"
