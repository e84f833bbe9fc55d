"""The Insights view against the core's weekly counts: twelve stacked bars per
platform on one shared scale, a tooltip per bar."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, QRectF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from planner import Planner
from planner.balance.verdicts import WeekSides
from planner.model import Post, Status
from ui.insights import SIDE_COLOURS, InsightsView
from ui.window.main_window import MainWindow, View

AddPost = Callable[..., Post]


@pytest.fixture
def twelve_weeks(add_post: AddPost) -> None:
    """2026-W13 to W24: Instagram busy in W24 and W22, LinkedIn once in W20."""
    add_post("Question", 2026, 6, 8, 9, 0)
    add_post("Tip", 2026, 6, 9, 9, 0, category="Tip")
    add_post("Launch", 2026, 6, 10, 9, 0, category="Launch")
    add_post("Poll", 2026, 5, 26, 9, 0, category="Poll")  # W22
    add_post("News", 2026, 5, 13, 9, 0, platform="LinkedIn", category="News")  # W20
    add_post("Too old", 2026, 3, 20, 9, 0)  # W12: outside the twelve weeks


def show_insights(qtbot: QtBot, plan: Planner, width: int = 900) -> tuple[InsightsView, list[WeekSides]]:
    weeks = plan.weekly_sides(2026, 24, weeks=12)
    view = InsightsView()
    qtbot.addWidget(view)
    view.set_weeks(weeks, {platform.name: platform.colour for platform in plan.platforms()})
    view.resize(width, 600)
    view.show()
    qtbot.waitExposed(view)
    return view, weeks


def totals(weeks: list[WeekSides], platform: str) -> list[int]:
    return [sum(week.counts.values()) for week in weeks if week.platform == platform]


@pytest.mark.usefixtures("twelve_weeks")
def test_twelve_bars_per_platform(qtbot: QtBot, plan: Planner) -> None:
    view, _weeks = show_insights(qtbot, plan)

    bars = view.bar_rects()
    assert list(bars) == ["Instagram", "LinkedIn"]
    assert [len(rects) for rects in bars.values()] == [12, 12]
    for rects in bars.values():  # oldest week on the left
        assert [rect.left() for rect in rects] == sorted(rect.left() for rect in rects)


@pytest.mark.usefixtures("twelve_weeks")
def test_bar_heights_follow_the_counts_on_one_scale(qtbot: QtBot, plan: Planner) -> None:
    view, weeks = show_insights(qtbot, plan)
    bars = view.bar_rects()

    assert totals(weeks, "Instagram") == [0] * 9 + [1, 0, 3]
    instagram, linkedin = bars["Instagram"], bars["LinkedIn"]
    assert instagram[-1].height() == pytest.approx(3 * instagram[9].height())
    # LinkedIn's one post is as tall as Instagram's: every chart shares the scale.
    assert linkedin[7].height() == pytest.approx(instagram[9].height())
    assert all(
        rect.height() == 0 for rect, total in zip(instagram, totals(weeks, "Instagram"), strict=True) if not total
    )
    assert all(rect.height() > 0 for rect in (instagram[9], instagram[11], linkedin[7]))


@pytest.mark.usefixtures("twelve_weeks")
def test_charts_fit_the_width(qtbot: QtBot, plan: Planner) -> None:
    view, _weeks = show_insights(qtbot, plan, width=900)
    wide = view.bar_rects()
    assert wide["LinkedIn"][0].left() > wide["Instagram"][-1].right()  # side by side

    view.resize(420, 600)
    qtbot.waitUntil(lambda: view.bar_rects()["LinkedIn"][0].top() > view.bar_rects()["Instagram"][0].bottom())
    narrow = view.bar_rects()
    charts = view.charts
    assert all(0 <= rect.left() and rect.right() <= charts.width() for rects in narrow.values() for rect in rects)


@pytest.mark.usefixtures("twelve_weeks")
def test_a_bar_tells_its_week_and_counts(qtbot: QtBot, plan: Planner) -> None:
    view, _weeks = show_insights(qtbot, plan)
    charts = view.charts
    bar = view.bar_rects()["Instagram"][-1]
    point = QPoint(round(bar.center().x()), round(bar.center().y()))

    QApplication.sendEvent(charts, QHelpEvent(QEvent.Type.ToolTip, point, charts.mapToGlobal(point)))

    assert QToolTip.isVisible()
    text = QToolTip.text()
    assert "Instagram · week 24 (8 Jun – 14 Jun)" in text
    assert "Conversation: 2" in text and "Information: 0" in text and "Promotion: 1" in text
    assert charts.tooltip_at(QRectF(charts.rect()).topLeft()) == ""  # off the bars, none
    QToolTip.hideText()


def test_no_platform(qtbot: QtBot) -> None:
    view = InsightsView()
    qtbot.addWidget(view)
    view.set_weeks([], {})
    view.show()

    assert view.bar_rects() == {}
    assert not view.legend.isVisible()


def test_the_side_colours_are_shared_and_distinct() -> None:
    assert len({colour.name() for colour in SIDE_COLOURS.values()}) == 3


def test_the_status_line_counts_what_the_charts_count(
    add_post: Callable[..., Post], make_window: Callable[[], MainWindow]
) -> None:
    add_post("Your questions on decaf", 2026, 6, 10, 9, 30)
    add_post("Tasting evening", 2026, 6, 11, 18, 0, status=Status.CANCELLED)
    window = make_window()

    window.show_view(View.INSIGHTS)

    assert window.count_label.text() == "1 post shown"
