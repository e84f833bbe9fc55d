"""Fixtures of the desktop app's tests: a planner on a temporary file, a fixed
clock, a fixed Qt locale and language, and the main window on them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields
from planner.i18n import language, set_language
from planner.model import Post, PostQuery
from planner.session import Clock
from planner.timezones import day_range
from tests.helpers.ui import NOW, PARIS, ShowWeek
from ui import settings
from ui.app import create_main_window, install_translators, remove_translators
from ui.ranges import week_days
from ui.week.view import WeekView
from ui.window import windows
from ui.window.main_window import MainWindow


@pytest.fixture
def fixed_clock() -> Clock:
    return lambda: NOW


@pytest.fixture(autouse=True)
def qt_english(qapp: QApplication) -> Iterator[None]:
    """The app in English with British dates (24-hour clock), whatever the machine's locale."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    translators = install_translators(qapp, "en")  # plural forms come from the English catalogue
    yield
    remove_translators(qapp, translators)
    QLocale.setDefault(previous)


@pytest.fixture(autouse=True)
def discard_answers(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The editor's "lose what you typed?" answered Discard (a test may append False first to keep editing);
    a modal question nobody answers would hang the run."""
    answers: list[bool] = []

    def answer(_parent: object) -> bool:
        return answers.pop(0) if answers else True

    from ui.editor.post_editor import PostEditor

    monkeypatch.setattr(PostEditor, "discard_asker", staticmethod(answer))
    return answers


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings (window layout, recent files) in a folder of the test run, never the user's."""
    folder = tmp_path_factory.mktemp("settings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))


@pytest.fixture
def modal_boxes(qtbot: QtBot) -> Iterator[list[str]]:
    """The text of every message box the app opens; each is closed at once, so a test never hangs on one."""
    texts: list[str] = []

    def close_boxes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            texts.append(box.text())
            box.done(int(QMessageBox.StandardButton.Ok))

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(close_boxes)
    timer.start()
    yield texts
    timer.stop()


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The app in French, as `run_app(path, "fr")` sets it up; English again afterwards."""
    previous = language()
    set_language("fr")
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    translators = install_translators(qapp, "fr")
    yield
    remove_translators(qapp, translators)
    set_language(previous)


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return tmp_path / "plan.sqlite"


@pytest.fixture
def plan(plan_path: Path, fixed_clock: Clock) -> Iterator[Planner]:
    """A fresh file planned in Europe/Paris, with Instagram and LinkedIn."""
    opened = Planner.open(plan_path, planning_zone="Europe/Paris", clock=fixed_clock, user="camille")
    opened.add_platform("Instagram", "instagram")
    opened.add_platform("LinkedIn", "linkedin")
    yield opened
    opened.close()


@pytest.fixture
def add_post(plan: Planner) -> Callable[..., Post]:
    """Create a post at a Paris wall-clock time: ``add_post("Title", 2026, 6, 10, 9, 30)``."""

    def add(
        title: str,
        year: int,
        month: int,
        day: int,
        hour: int,
        minute: int,
        *,
        platform: str = "Instagram",
        **fields: Any,
    ) -> Post:
        start = datetime(year, month, day, hour, minute, tzinfo=PARIS)
        fields.setdefault("category", "Question")
        change = plan.create_post(PostFields(platform=platform, title=title, start=start, **fields))
        return change.posts[0]

    return add


TEST_WINDOW = (1100, 650)
"""The tests' first window's size."""


@pytest.fixture
def make_window(qtbot: QtBot, plan: Planner, fixed_clock: Clock) -> Iterator[Callable[[], MainWindow]]:
    """Build the main window (after the test has added its posts) and show it."""
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        first = settings.WINDOW_GEOMETRY.get() is None
        window = create_main_window(plan, clock=fixed_clock)
        qtbot.addWidget(window)
        if first:
            # One size whatever the test screen (a first window takes 85 % of it): where the tests click.
            window.resize(*TEST_WINDOW)
        window.show()
        # Shortcuts only reach the active window, as on a desktop.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(window.is_started)  # the side panels too
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()  # stops polling before the planner closes


@pytest.fixture
def other_windows() -> Iterator[list[MainWindow]]:
    """The windows File ▸ New, Open, Open recent or Open a plan on a server opened; closed after the test."""
    yield windows.WINDOWS.others
    for window in list(windows.WINDOWS.others):
        window.close()
    QApplication.processEvents()


@pytest.fixture
def show_week(qtbot: QtBot, plan: Planner) -> ShowWeek:
    """The view at 1000x650 on the week around ``anchor``, from the locale's first day, with the plan's posts."""

    def show(anchor: date | None = None, now: datetime | None = NOW, breaches: dict[int, list[str]] | None = None):
        first, last = week_days(anchor or NOW.date(), QLocale())
        start, end = day_range(first, last, "Europe/Paris")
        view = WeekView(planning_zone="Europe/Paris")
        qtbot.addWidget(view)
        view.resize(1000, 650)
        colours = {platform.name: platform.colour for platform in plan.platforms()}
        view.set_week(first, plan.list_posts(PostQuery(start, end)), colours, breaches or {}, now)
        view.show()
        # Keys only reach the active window, as on a desktop.
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow)
        view.setFocus()
        return view

    return show


@pytest.fixture
def us_english() -> Iterator[None]:
    """English as in the United States: a 12-hour clock ("9:15 AM"), wider than "09:15"."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)
