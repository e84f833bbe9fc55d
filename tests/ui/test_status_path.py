"""The status bar's "Database: …" line on a laptop's window: the path elided in its middle to the
room left, the file's name kept, the whole path in the tooltip."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from planner import Planner
from ui.window.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    folder = tmp_path / "plans-of-the-coffee-shop-kept-in-a-folder-with-a-rather-long-name" / "this-year"
    folder.mkdir(parents=True)
    return folder / "our-coffee-shop-plan.sqlite"


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


@pytest.mark.parametrize("size", [(1024, 700), (900, 640)])
def test_a_long_path_is_elided_in_its_middle_within_the_bar_with_the_whole_path_in_its_tooltip(
    make_window: MakeWindow, plan: Planner, size: tuple[int, int]
) -> None:
    window = make_window()
    window.count_label.setText("16 posts this week")
    window.confirm_label.setText("2 posts to confirm")
    window.confirm_label.show()
    window.resize(*size)
    settle()
    label = window.path_label
    shown = label.shown_text()  # as drawn; text() keeps the whole line
    assert shown.startswith("Database: /") and shown.endswith("/our-coffee-shop-plan.sqlite")
    assert "…" in shown and plan.location not in shown
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.geometry().right() <= window.statusBar().width()
    assert label.toolTip() == plan.location
    assert label.text() == f"Database: {plan.location}"
