"""The window's side panels as a user sees them: balance sections as tall as
their wrapped text, a balance dock that gets most of the height, and platform
toggles that name their platform and look off when off."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QToolButton, QWidget
from pytestqt.qtbot import QtBot

from planner import Planner
from planner.balance.rules import Mode
from planner.errors import DatabaseError
from planner.model import Post, PostFields, PostQuery, Status
from planner.session import Clock
from tests.helpers.rules import eighty_twenty_asking_conversation
from tests.helpers.ui import NOW
from ui.app import create_main_window
from ui.balance_panel import BalancePanel
from ui.window.main_window import START_FALLBACK_MS, MainWindow

AddPost = Callable[..., Post]
MakeWindow = Callable[[], MainWindow]


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[None]:
    """QSettings in a temporary folder: a layout saved by an earlier run must not resize the docks."""
    default = Path(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "o", "a").fileName()).parent.parent
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(default))
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


@pytest.fixture
def crowded_week(plan: Planner, add_post: AddPost) -> None:
    """Too many promotions on Instagram and LinkedIn in 2026-W24: long breaches and suggested slots."""
    for platform in ("Instagram", "LinkedIn"):
        plan.set_rule(eighty_twenty_asking_conversation(platform, Mode.WARN))
        for day, category in ((8, "Question"), (9, "Launch"), (10, "Offer"), (11, "Tip"), (12, "Offer")):
            add_post(f"{category} {day}", 2026, 6, day, 9, 0, platform=platform, category=category)


def _visible_notes(section: QWidget) -> list[QWidget]:
    return [w for w in section.findChildren(QWidget) if w.isVisible() and w.y() > section.gauge.y()]


@pytest.mark.usefixtures("crowded_week")
def test_sections_are_as_tall_as_their_wrapped_text(qtbot: QtBot, plan: Planner) -> None:
    panel = BalancePanel()
    qtbot.addWidget(panel)
    panel.resize(panel.minimumSizeHint().width(), 250)  # narrow and short: the text wraps, the panel scrolls
    panel.show()
    qtbot.waitExposed(panel)
    colours = {p.name: p.colour for p in plan.platforms()}
    start, end = NOW.replace(day=8, hour=0), NOW.replace(day=15, hour=0)

    # Shown twice while visible: the second report replaces every note, and must not wait for the event loop.
    panel.set_report(plan.balance_report(start, end), colours)
    panel.set_report(plan.balance_report(start, end), colours)

    sections = panel.sections()
    assert all(section.breach_labels and section.suggestion_buttons for section in sections)
    for section in sections:
        assert section.height() >= section.heightForWidth(section.width())
        notes = _visible_notes(section)
        assert len([w for w in notes if w in section.breach_labels]) == len(section.breach_labels)  # no leftovers
        for widget in notes:
            assert widget.height() >= (widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else 0)
        for first, second in combinations(notes, 2):
            assert not first.geometry().intersects(second.geometry()), "notes overlap"
    assert panel.scroll_area.verticalScrollBar().maximum() > 0  # scrolls rather than squeezes


def test_the_balance_dock_gets_most_of_the_height(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.balance_dock.height() > 2 * window.backlog_dock.height())

    assert window.balance_panel.width() >= window.balance_panel.minimumSizeHint().width()
    assert window.balance_panel.minimumSizeHint().width() >= window.fontMetrics().averageCharWidth() * 50


def test_platform_toggles_name_their_platform_and_look_off(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    toggle = window.platform_actions["LinkedIn"]
    button = window.filter_bar.widgetForAction(toggle)
    assert isinstance(button, QToolButton)
    assert button.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert button.text() == "LinkedIn"
    extent = window.filter_bar.iconSize()
    on = toggle.icon().pixmap(extent, 1.0, QIcon.Mode.Normal, QIcon.State.On).toImage()
    off = toggle.icon().pixmap(extent, 1.0, QIcon.Mode.Normal, QIcon.State.Off).toImage()
    assert on != off  # hidden, the swatch is hollow and crossed out

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert not toggle.isChecked() and not button.isChecked()
    assert button.font().strikeOut()
    assert "LinkedIn" not in {section.platform for section in window.balance_panel.sections()}
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert toggle.isChecked() and not button.font().strikeOut()
    assert extent == QSize(window.fontMetrics().height(), window.fontMetrics().height())


def test_hiding_every_platform_says_so(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    for toggle in window.platform_actions.values():
        qtbot.mouseClick(window.filter_bar.widgetForAction(toggle), Qt.MouseButton.LeftButton)

    assert window.balance_panel.sections() == []
    assert window.balance_panel.empty_label.isVisible()
    assert "hidden" in window.balance_panel.empty_label.text()  # not "no platform yet": there are two


@pytest.mark.usefixtures("crowded_week")
def test_the_week_is_painted_first_and_the_side_panels_follow_at_once(
    qtbot: QtBot, plan: Planner, fixed_clock: Clock
) -> None:
    plan.create_post(PostFields(platform="Instagram", title="Ask about summer plans", category="Question"))
    window = create_main_window(plan, clock=fixed_clock)
    qtbot.addWidget(window)
    seen_at_first_paint: list[tuple[int, list[str], int]] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not seen_at_first_paint:
                seen = (len(window.week_view.layout_rects()), [s.platform for s in window.balance_panel.sections()])
                seen_at_first_paint.append((*seen, window.backlog.model.rowCount()))
            return False

    spy = FirstPaint()
    window.week_view.installEventFilter(spy)
    window.show()
    qtbot.waitUntil(window.is_started)
    # The first paint had the week's ten posts (with their marks), not yet the panels...
    assert seen_at_first_paint == [(10, [], 0)]
    # ...which were filled right after, without another read of the week.
    assert [section.platform for section in window.balance_panel.sections()] == ["Instagram", "LinkedIn"]
    assert window.backlog.model.rowCount() == 1
    assert "balance warning" in window.balance_label.line()
    window.close()


def test_a_window_closed_before_its_start_finished_starts_nothing_more(
    qtbot: QtBot, plan: Planner, fixed_clock: Clock
) -> None:
    window = create_main_window(plan, clock=fixed_clock)
    qtbot.addWidget(window)
    window.show()
    window.close()  # before any event was delivered: the week was never painted
    qtbot.wait(START_FALLBACK_MS + 100)
    assert not window.is_started()
    assert plan.present(everyone=True) == []  # it never joined the file (the window shares this planner)


@pytest.mark.usefixtures("crowded_week")
def test_when_the_ideas_cannot_be_read_the_balance_is_shown_all_the_same(
    qtbot: QtBot, plan: Planner, fixed_clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = create_main_window(plan, clock=fixed_clock)
    qtbot.addWidget(window)
    read = plan.list_posts

    def ideas_fail(query: PostQuery | None = None) -> list[Post]:
        if query is not None and query.statuses == (Status.IDEA,):
            raise DatabaseError("error.db_locked", path=plan.path)
        return read(query)

    monkeypatch.setattr(plan, "list_posts", ideas_fail)
    window.show()
    qtbot.waitUntil(window.is_started)

    assert [section.platform for section in window.balance_panel.sections()] == ["Instagram", "LinkedIn"]
    assert window.statusBar().currentMessage()  # the failed read is said
    assert window.backlog.model.rowCount() == 0
    window.close()
