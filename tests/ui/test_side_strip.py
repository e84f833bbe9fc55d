"""The side strip keeps the user's choice: a panel opened from it in a narrow window stays open at the
next start and when the panels fold again; and a window widened a lot (maximised) gets the panels back
as soon as the week's cards read beside them, whatever the margin kept against a few pixels' flicker."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from planner import Planner
from planner.demo import plan_demo
from planner.model import Post, PostFields, PostQuery
from tests.helpers.cards import SIZES, readable, shown_week, time_text
from tests.helpers.ui import NOW, PARIS
from ui.window.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
AddPost = Callable[..., Post]

NARROW = QSize(1024, 700)
"""A small laptop's window: the side panels start folded into the strip."""


def _others(window: MainWindow) -> list[QDockWidget]:
    return [window.balance_dock, window.followups.dock, window.for_me.dock]


def test_a_panel_opened_from_the_strip_is_open_again_at_the_next_start(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow
) -> None:
    plan_demo(plan, weeks=3, seed=7, today=NOW.date())
    window = make_window()
    shown_week(qtbot, window, NARROW)
    assert window.side_strip.is_folded() and window.backlog_dock.isHidden()

    window.backlog_dock.toggleViewAction().trigger()  # Ideas, from the strip: to drag ideas onto the week
    assert window.backlog_dock.isVisible()
    window.close()

    again = make_window()  # the app started again, on the same settings: the same size
    drawn = shown_week(qtbot, again, NARROW)

    assert again.side_strip.is_folded()  # the other panels are still folded in the strip
    assert again.backlog_dock.isVisible()
    assert all(dock.isHidden() for dock in _others(again))
    shown = {p.id: p for p in plan.list_posts(PostQuery()) if p.id in drawn}
    assert shown and all(readable(drawn[i], time_text(p), p.title) for i, p in shown.items())


def test_a_panel_opened_from_the_strip_stays_open_when_the_panels_fold_again(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow
) -> None:
    plan_demo(plan, weeks=3, seed=7, today=NOW.date())
    window = make_window()
    shown_week(qtbot, window, NARROW)
    window.backlog_dock.toggleViewAction().trigger()

    shown_week(qtbot, window, QSize(1366, 768))  # wide: every panel back
    qtbot.waitUntil(lambda: not window.side_strip.is_folded())
    shown_week(qtbot, window, NARROW)  # narrow again: the others fold, not the one the user opened

    qtbot.waitUntil(window.side_strip.is_folded)
    assert window.backlog_dock.isVisible()
    assert all(dock.isHidden() for dock in _others(window))


def test_a_panel_the_user_closes_again_folds_with_the_others_at_the_next_start(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow
) -> None:
    plan_demo(plan, weeks=3, seed=7, today=NOW.date())
    window = make_window()
    shown_week(qtbot, window, NARROW)
    ideas = window.backlog_dock.toggleViewAction()
    ideas.trigger()  # opened from the strip…
    ideas.trigger()  # …and closed there again
    window.close()

    again = make_window()
    shown_week(qtbot, again, NARROW)

    assert again.side_strip.is_folded()
    assert again.backlog_dock.isHidden()


def test_a_panel_closed_from_its_title_bar_is_no_longer_kept_open(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow
) -> None:
    window = make_window()
    shown_week(qtbot, window, NARROW)
    window.backlog_dock.toggleViewAction().trigger()
    assert window.side_strip.kept_open() == [window.backlog_dock]

    window.backlog_dock.close()  # its title bar's close button

    assert window.side_strip.kept_open() == []


@pytest.mark.usefixtures("us_english")
def test_a_us_window_maximised_on_a_laptop_gets_its_panels_back_beside_a_cross_post(
    qtbot: QtBot,
    plan: Planner,
    add_post: AddPost,
    make_window: MakeWindow,
) -> None:
    plan.add_platform("Facebook", "facebook")
    for day, hour, title in [(8, 9, "Which book are you reading?"), (9, 8, "We are hiring a barista")]:
        add_post(title, 2026, 6, day, hour, 0)
    for day, hour, title in [(10, 12, "Behind the counter"), (12, 9, "Poll: light or dark roast?")]:
        add_post(title, 2026, 6, day, hour, 0, platform="LinkedIn")
    add_post("Saturday reading", 2026, 6, 13, 11, 0)
    coupon = datetime(2026, 6, 11, 18, 0, tzinfo=PARIS)  # the week's only two posts in one hour: a cross-post
    plan.create_cross_post(
        PostFields(platform="", title="-10% coupon on Saturday", category="Offer", start=coupon),
        ["Instagram", "Facebook"],
    )
    window = make_window()
    shown_week(qtbot, window, SIZES[0])  # the first window on a 1366×768 screen: too narrow beside the panels
    assert window.side_strip.is_folded()

    shown_week(qtbot, window, QSize(1366, 768))  # maximised

    qtbot.waitUntil(lambda: not window.side_strip.is_folded())
    drawn = shown_week(qtbot, window, QSize(1366, 768))
    assert all(dock.isVisible() for dock in [window.balance_dock, window.followups.dock, window.backlog_dock])
    posts = plan.list_posts(PostQuery())
    assert {p.id for p in posts} == set(drawn)
    for post in posts:
        assert readable(drawn[post.id], time_text(post), post.title), drawn[post.id]
