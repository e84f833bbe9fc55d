"""Week numbers where weeks start on Sunday (issue 17, point 6): the title, the Insights and the
command line number a week by the ISO week of most of its days, its Monday to Saturday."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from planner.model import Post
from planner.timezones import first_weekday
from ui.window.main_window import MainWindow, View

MakeWindow = Callable[[], MainWindow]


@pytest.mark.usefixtures("us_english")
def test_a_sunday_first_week_is_titled_by_the_iso_week_of_its_monday_to_saturday(make_window: MakeWindow) -> None:
    window = make_window()
    window.show_week(2026, 49)
    assert window.week_label.text() == "Week 49 · 29 Nov – 5 Dec 2026"
    assert window.visible_days()[0].isoformat() == "2026-11-29"
    window.next_week_action.trigger()  # now Sunday 6 December: the day is ISO week 49, the week is 50
    assert window.week == (2026, 50)
    assert window.week_label.text() == "Week 50 · 6–12 Dec 2026"
    assert window.visible_days()[0].isoformat() == "2026-12-06"


@pytest.mark.usefixtures("us_english")
def test_the_insights_last_week_has_the_number_of_the_title(
    qtbot: QtBot, make_window: MakeWindow, add_post: Callable[..., Post]
) -> None:
    add_post("Sunday question", 2026, 6, 7, 10, 0)  # Sunday 7 June opens the week of 8–13 June, W24
    window = make_window()
    assert window.week == (2026, 24)
    window.show_view(View.INSIGHTS)
    charts = window.insights.charts
    charts.resize(900, 600)
    last_bar = charts.bar_rects()["Instagram"][-1]
    tooltip = charts.tooltip_at(last_bar.center())
    assert tooltip.startswith("Instagram · week 24 (7 Jun – 13 Jun)")
    assert "Conversation: 1" in tooltip


def test_the_core_knows_the_first_day_of_the_week_as_qt_does() -> None:
    """The command line has no Qt: its table of first days agrees with Qt's locales (CLDR)."""
    differ = []
    for locale in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    ):
        name = locale.name()
        if "_" not in name:
            continue
        if first_weekday(name) != locale.firstDayOfWeek().value:
            differ.append((name, locale.firstDayOfWeek().value))
    assert differ == []
