"""Long work in a thread: the window keeps painting and gets the result or the error."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from planner import Planner
from planner.errors import ValidationError
from ui.background import run_in_background
from ui.window.main_window import MainWindow


def test_the_result_comes_back_and_the_gui_kept_responding(qtbot: QtBot) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    gui = threading.get_ident()

    def work() -> int:
        time.sleep(0.3)
        return threading.get_ident()

    worker_thread = run_in_background(None, "Working…", work)
    timer.stop()
    assert worker_thread != gui
    assert len(ticks) >= 5  # the event loop ran while the work did


def test_an_error_is_raised_again_in_the_gui_thread(qtbot: QtBot) -> None:
    def work() -> None:
        raise ValidationError("error.title_required")

    with pytest.raises(ValidationError):
        run_in_background(None, "Working…", work)


def test_the_demo_plan_is_written_without_freezing_the_window(
    qtbot: QtBot, make_window: Callable[[], MainWindow], plan: Planner
) -> None:
    window = make_window()
    window.fill_with_demo()
    assert len(plan.list_posts()) > 40
    assert window.model.rowCount() > 0  # the week was read again
