"""The first window: title, the week's posts, week navigation, other processes' commits, French."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields, Status
from planner.model import Post
from tests.helpers.ui import NOW
from ui import app as ui_app
from ui.agenda.post_table_model import Column, PostTableModel
from ui.app import create_main_window
from ui.window.main_window import MainWindow, View, first_size

AddPost = Callable[..., Post]
MakeWindow = Callable[[], MainWindow]
PARIS = ZoneInfo("Europe/Paris")


def titles(model: PostTableModel) -> list[str]:
    return [model.data(model.index(row, Column.TITLE)) for row in range(model.rowCount())]


def cell(model: PostTableModel, row: int, column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.data(model.index(row, column), role)


@pytest.fixture
def three_weeks(add_post: AddPost) -> None:
    """Posts in W23, W24 (the clock's week) and W25, including both edges of W24 in Paris."""
    add_post("Last week's poll", 2026, 6, 3, 12, 0)
    add_post("Monday question", 2026, 6, 8, 0, 0)  # Sunday 22:00 UTC: still W24 in Paris
    add_post("Midweek tip", 2026, 6, 10, 9, 30, platform="LinkedIn", category="Tip")
    add_post("Sunday late", 2026, 6, 14, 23, 30)
    add_post("Next Monday", 2026, 6, 15, 0, 30)  # Sunday 22:30 UTC, yet W25 in Paris
    add_post("Next week's launch", 2026, 6, 17, 18, 0, category="Launch")


def test_title_names_the_database_file(make_window: MakeWindow) -> None:
    assert make_window().windowTitle() == "Dialogos — plan.sqlite"


@pytest.mark.usefixtures("three_weeks")
def test_shows_the_posts_of_the_clocks_week(make_window: MakeWindow, plan_path: Path) -> None:
    window = make_window()

    assert window.week == (2026, 24)
    assert window.week_label.text() == "Week 24 · 8–14 Jun 2026"
    assert titles(window.model) == ["Monday question", "Midweek tip", "Sunday late"]
    assert window.count_label.text() == "3 posts this week"
    assert str(plan_path) in window.path_label.text()


@pytest.mark.usefixtures("three_weeks")
def test_cells_show_time_in_the_posts_zone_and_translated_words(make_window: MakeWindow) -> None:
    model = make_window().model

    assert cell(model, 1, Column.DAY_TIME) == "Wed 10 Jun 09:30"
    assert cell(model, 1, Column.PLATFORM) == "LinkedIn"
    assert cell(model, 1, Column.CATEGORY) == "Tip"
    assert cell(model, 1, Column.SIDE) == "Conversation"
    assert cell(model, 1, Column.STATUS) == "Draft"
    assert cell(model, 1, Column.AUTHOR) == "—"
    assert cell(model, 1, Column.PLATFORM, Qt.ItemDataRole.DecorationRole).name().upper() == "#0A66C2"
    assert model.headerData(Column.DAY_TIME, Qt.Orientation.Horizontal) == "Day & time"


def test_a_post_planned_in_another_zone_shows_its_own_time(plan: Planner, make_window: MakeWindow) -> None:
    start = datetime(2026, 6, 11, 9, 0, tzinfo=ZoneInfo("America/Toronto"))  # 15:00 in Paris
    plan.create_post(PostFields(platform="Instagram", title="Toronto live", start=start))

    model = make_window().model

    assert cell(model, 0, Column.DAY_TIME) == "Thu 11 Jun 09:00 (Toronto)"
    assert "America/Toronto" in str(cell(model, 0, Column.DAY_TIME, Qt.ItemDataRole.ToolTipRole))


def test_cancelled_posts_are_struck_out(add_post: AddPost, make_window: MakeWindow) -> None:
    add_post("Called off", 2026, 6, 9, 11, 0, status=Status.CANCELLED)

    model = make_window().model

    assert cell(model, 0, Column.STATUS) == "Cancelled"
    assert cell(model, 0, Column.TITLE, Qt.ItemDataRole.FontRole).strikeOut()


@pytest.mark.usefixtures("three_weeks")
def test_week_actions_move_between_weeks(make_window: MakeWindow) -> None:
    window = make_window()

    window.next_week_action.trigger()
    assert window.week == (2026, 25)
    assert titles(window.model) == ["Next Monday", "Next week's launch"]
    assert window.week_label.text() == "Week 25 · 15–21 Jun 2026"

    window.previous_week_action.trigger()
    window.previous_week_action.trigger()
    assert window.week == (2026, 23)
    assert titles(window.model) == ["Last week's poll"]

    window.this_week_action.trigger()
    assert window.week == (2026, 24)


@pytest.mark.usefixtures("three_weeks")
@pytest.mark.parametrize(
    ("key", "modifier", "week"),
    [
        (Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier, 25),
        (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier, 23),
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier, 25),
        (Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier, 23),
    ],
)
def test_shortcuts_move_between_weeks(
    qtbot: QtBot, make_window: MakeWindow, key: Qt.Key, modifier: Qt.KeyboardModifier, week: int
) -> None:
    window = make_window()
    window.table.setFocus()

    qtbot.keyClick(window.table, key, modifier)

    assert window.week == (2026, week)


@pytest.mark.usefixtures("three_weeks")
def test_ctrl_t_comes_back_to_this_week(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    for _ in range(3):
        qtbot.keyClick(window.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.week == (2026, 27)

    qtbot.keyClick(window.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)

    assert window.week == (2026, 24)
    assert titles(window.model) == ["Monday question", "Midweek tip", "Sunday late"]


def test_an_empty_week_says_so(make_window: MakeWindow) -> None:
    window = make_window()

    assert window.model.rowCount() == 0
    assert window.week_view.isVisible() and window.week_view.layout_rects() == {}
    assert window.count_label.text() == "0 posts this week"


def test_weeks_across_months_and_years_are_labelled_in_full(make_window: MakeWindow) -> None:
    window = make_window()

    window.show_week(2026, 27)
    assert window.week_label.text() == "Week 27 · 29 Jun – 5 Jul 2026"
    window.show_week(2026, 53)
    assert window.week_label.text() == "Week 53 · 28 Dec 2026 – 3 Jan 2027"
    window.next_week_action.trigger()
    assert window.week == (2027, 1)


def test_another_process_commit_shows_up(
    qtbot: QtBot, make_window: MakeWindow, plan_path: Path, add_post: AddPost
) -> None:
    add_post("Ours", 2026, 6, 9, 10, 0)
    window = make_window()
    resets: list[object] = []
    window.model.modelReset.connect(lambda: resets.append(None))

    with Planner.open(plan_path, user="dominique") as other:
        other.create_post(
            PostFields(platform="LinkedIn", title="Theirs", start=datetime(2026, 6, 12, 8, 0, tzinfo=PARIS))
        )

    qtbot.waitUntil(lambda: titles(window.model) == ["Ours", "Theirs"], timeout=5000)
    assert window.count_label.text() == "2 posts this week"
    assert len(resets) == 1  # one reload for one commit, not one per poll


def test_french_translation(french: None, add_post: AddPost, make_window: MakeWindow) -> None:
    add_post("Question du mercredi", 2026, 6, 10, 9, 30)

    window = make_window()

    assert window.next_week_action.text().replace("&", "") == "Suivant"
    assert window.week_label.text() == "Semaine 24 · 8–14 juin 2026"
    assert window.count_label.text() == "1 publication cette semaine"
    assert window.model.headerData(Column.PLATFORM, Qt.Orientation.Horizontal) == "Plateforme"
    assert cell(window.model, 0, Column.STATUS) == "Brouillon"
    assert cell(window.model, 0, Column.DAY_TIME) == "mer. 10 juin 09:30"


def test_run_app_reports_an_unusable_file(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    not_ours = tmp_path / "notes.sqlite"
    not_ours.write_text("shopping list\n", encoding="utf-8")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(ui_app.QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))

    code = ui_app.run_app(not_ours, "en")

    assert code == 5
    assert len(shown) == 1
    assert str(not_ours) in shown[0][1]
    assert not_ours.read_text(encoding="utf-8") == "shopping list\n"


def test_run_app_opens_the_window_on_the_file(qapp: QApplication, plan_path: Path) -> None:
    seen: list[str] = []

    def look_and_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:  # the file is still being opened, in the background
            QTimer.singleShot(10, look_and_quit)
            return
        seen.extend(w.windowTitle() for w in windows)
        for window in QApplication.topLevelWidgets():
            window.close()

    QTimer.singleShot(0, look_and_quit)
    code = ui_app.run_app(plan_path, "en")

    assert code == 0
    assert seen == ["Dialogos — plan.sqlite"]
    assert qapp.applicationName() == "Dialogos"
    assert qapp.organizationName() == "Dialogos"


def test_rows_carry_their_post(add_post: AddPost, make_window: MakeWindow) -> None:
    post = add_post("Ours", 2026, 6, 9, 10, 0)

    model = make_window().model

    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole + 1) == post
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_the_first_window_takes_85_percent_of_its_screen(qtbot: QtBot, plan: Planner) -> None:
    window = create_main_window(plan, clock=lambda: NOW)  # nothing saved yet
    qtbot.addWidget(window)
    window.show()

    # The test screen is small: no less than the window's minimum either.
    expected = first_size(window.screen().availableGeometry().size()).expandedTo(window.minimumSize())
    qtbot.waitUntil(lambda: window.size() == expected)


def test_the_window_opens_again_at_the_size_it_was_closed_at(make_window: MakeWindow) -> None:
    first = make_window()
    # Within the test screen (a saved size larger than the screen is fitted to it), and no smaller
    # than the window can be (an empty plan's start panel and the reserved warnings line count).
    wanted = QSize(720, 540).expandedTo(first.minimumSize())
    first.resize(wanted)
    first.close()

    again = make_window()

    assert again.size() == wanted


def test_showing_the_month_the_first_time_keeps_the_window_s_size(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.resize(100, 100)  # narrow: the side panels fold into their strip…
    qtbot.waitUntil(window.side_strip.is_folded)
    window.resize(100, 100)  # … and the window goes as small as it can
    qtbot.waitUntil(lambda: window.size() == window.minimumSize().expandedTo(window.minimumSizeHint()))
    smallest = window.size()

    window.show_view(View.MONTH)  # the month page is made now
    QApplication.processEvents()

    assert window.size() == smallest


def test_a_colleague_s_commit_keeps_the_selected_post_and_the_scroll(
    qtbot: QtBot, make_window: MakeWindow, plan_path: Path, add_post: AddPost
) -> None:
    ours = add_post("Ours", 2026, 6, 9, 18, 0)
    window = make_window()
    view = window.week_view
    view.select_post(ours.id)  # the evening, scrolled into view
    scrolled = view.verticalScrollBar().value()
    assert scrolled > 0
    shown: list[int] = []
    window.model.modelReset.connect(lambda: shown.append(window.model.rowCount()))

    with Planner.open(plan_path, user="dominique") as other:
        other.create_post(
            PostFields(platform="LinkedIn", title="Theirs", start=datetime(2026, 6, 12, 8, 0, tzinfo=PARIS))
        )
    qtbot.waitUntil(lambda: shown == [2], timeout=5000)

    assert view.selected_post() == ours.id
    assert view.verticalScrollBar().value() == scrolled


@pytest.mark.usefixtures("three_weeks")
def test_dialogs_are_gone_once_answered(qtbot: QtBot, make_window: MakeWindow) -> None:
    """An editor or a dialog opened many times a day is not kept until the window closes."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QDialog

    window = make_window()
    window.week_view.select_post(next(iter(window.week_view.layout_rects())))
    actions = window.action_set
    opened: list[str] = []

    def cancel_when_shown() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        if not shown:
            QTimer.singleShot(10, cancel_when_shown)
            return
        opened.append(type(shown[0]).__name__)
        shown[0].reject()

    for action in (
        actions.new_post,
        actions.edit_post,
        actions.post_history,
        actions.export,
        actions.rules,
        actions.shortcuts,
        actions.about,
    ):
        QTimer.singleShot(0, cancel_when_shown)
        action.trigger()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert window.findChildren(QDialog) == [], action.text()
    assert opened == [
        "PostEditor",
        "PostEditor",
        "HistoryDialog",
        "ExportDialog",
        "RulesDialog",
        "ShortcutsDialog",
        "AboutDialog",
    ]


@pytest.mark.usefixtures("three_weeks")
def test_where_weeks_start_on_sunday_insights_count_the_weeks_the_calendar_shows(make_window: MakeWindow) -> None:
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        window = make_window()
        assert window.week_label.text() == "Week 24 · 7–13 Jun 2026"  # Sunday 7 to Saturday 13 June
        window.show_view(View.INSIGHTS)
        charts = window.insights.charts
        last = window.insights.bar_rects()["Instagram"][-1]
        tip = charts.tooltip_at(last.center())
    finally:
        QLocale.setDefault(previous)
    # Sunday late (the 14th) opens the next week: only Monday's question counts, as in the week view.
    assert "week 24 (7 Jun – 13 Jun)" in tip and "Conversation: 1" in tip
