"""The week view driven as a user does: clicks, drags, double-clicks, keys and drops."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QHelpEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QToolTip, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields
from planner.model import Post, PostQuery, Status
from planner.timezones import day_range
from tests.helpers.ui import NOW, PARIS, ShowWeek, centre
from ui.ranges import week_days
from ui.week.paint import NOW_COLOUR
from ui.week.view import POST_MIME, WeekView


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A Paris wall-clock time in June 2026."""
    return datetime(2026, 6, day, hour, minute, tzinfo=PARIS)


def column_of(view: WeekView, post: Post) -> date:
    point = QPointF(centre(view, post))
    return next(day for day in view.days() if view.day_rect(day).contains(point))


def test_french_weeks_start_on_monday(french: None, add_post: Callable[..., Post], show_week: ShowWeek) -> None:
    sunday_before = add_post("Dimanche", 2026, 6, 7, 10, 0)
    monday = add_post("Lundi", 2026, 6, 8, 9, 0)
    saturday = add_post("Samedi", 2026, 6, 13, 11, 0)
    view = show_week()
    assert view.days()[0] == date(2026, 6, 8)
    assert column_of(view, monday) == date(2026, 6, 8)
    assert column_of(view, saturday) == date(2026, 6, 13)
    assert view.day_rect(date(2026, 6, 8)).left() < view.day_rect(date(2026, 6, 13)).left()
    assert sunday_before.id not in view.layout_rects()  # the previous week


def test_american_weeks_start_on_sunday(us_english: None, add_post: Callable[..., Post], show_week: ShowWeek) -> None:
    sunday = add_post("Sunday", 2026, 6, 7, 10, 0)
    monday = add_post("Monday", 2026, 6, 8, 9, 0)
    next_sunday = add_post("Next Sunday", 2026, 6, 14, 11, 0)
    view = show_week()
    assert view.days()[0] == date(2026, 6, 7)
    assert column_of(view, sunday) == date(2026, 6, 7)
    assert column_of(view, monday) == date(2026, 6, 8)
    assert view.day_rect(date(2026, 6, 7)).right() <= view.day_rect(date(2026, 6, 8)).left() + 1
    assert next_sunday.id not in view.layout_rects()


def test_overlapping_posts_sit_side_by_side(add_post: Callable[..., Post], show_week: ShowWeek) -> None:
    long = add_post("Long", 2026, 6, 10, 15, 0, duration_minutes=60)
    later = add_post("Later", 2026, 6, 10, 15, 30, platform="LinkedIn")
    alone = add_post("Alone", 2026, 6, 10, 18, 0)
    view = show_week()
    rects = view.layout_rects()
    assert rects[long.id].right() <= rects[later.id].left()
    assert rects[long.id].top() < rects[later.id].top() < rects[long.id].bottom()
    column = view.day_rect(date(2026, 6, 10))
    assert rects[long.id].width() < column.width() / 2
    assert rects[alone.id].width() > column.width() * 0.9


def test_dragging_a_card_asks_to_move_it_to_the_snapped_time(
    qtbot: QtBot, add_post: Callable[..., Post], show_week: ShowWeek
) -> None:
    post = add_post("Move me", 2026, 6, 10, 9, 0)
    view = show_week()
    grab = centre(view, post)
    hour = view.position_of(at(10, 10)).y() - view.position_of(at(10, 9)).y()
    # One day to the right and a little more than an hour down: Thursday at 10:00 on the quarter hour.
    drop = QPoint(round(view.day_rect(date(2026, 6, 11)).center().x()), round(grab.y() + hour * 1.1))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=grab)
    assert view.selected_post() == post.id
    with qtbot.waitSignal(view.moveRequested) as moved:
        qtbot.mouseMove(view, grab + QPoint(20, 20))
        qtbot.mouseMove(view, drop)
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=drop)
    assert moved.args == [post.id, at(11, 10)]
    assert moved.args[1].utcoffset() == timedelta(hours=2)


def test_a_click_without_moving_does_not_move(qtbot: QtBot, add_post: Callable[..., Post], show_week: ShowWeek) -> None:
    post = add_post("Stay", 2026, 6, 10, 9, 0)
    view = show_week()
    with qtbot.assertNotEmitted(view.moveRequested):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(view, post))
    assert view.selected_post() == post.id


def test_double_clicks_edit_a_post_or_create_one(
    qtbot: QtBot, add_post: Callable[..., Post], show_week: ShowWeek
) -> None:
    post = add_post("Edit me", 2026, 6, 10, 9, 0)
    view = show_week()
    with qtbot.waitSignal(view.editRequested) as edit:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=centre(view, post))
    assert edit.args == [post.id]

    empty = view.position_of(at(12, 14, 20))  # Friday, within the 14:15 quarter
    assert empty is not None and view.post_at(empty.toPoint()) is None
    with qtbot.waitSignal(view.createRequested) as create:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=empty.toPoint() + QPoint(0, 2))
    assert create.args == [at(12, 14, 15)]


def test_keys_walk_between_posts_edit_and_delete(
    qtbot: QtBot, add_post: Callable[..., Post], show_week: ShowWeek
) -> None:
    early = add_post("Early", 2026, 6, 8, 9, 0)
    late = add_post("Late", 2026, 6, 8, 13, 0)
    tuesday = add_post("Tuesday", 2026, 6, 9, 12, 30)
    view = show_week()
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(view, early))

    with qtbot.waitSignal(view.postSelected) as selected:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert selected.args == [late.id]
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the nearest in time on Tuesday
    assert view.selected_post() == tuesday.id
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected_post() == late.id
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.selected_post() == early.id

    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected_post() == late.id
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected_post() == tuesday.id
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_post() == late.id

    with qtbot.waitSignal(view.editRequested) as edit:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert edit.args == [late.id]
    with qtbot.waitSignal(view.deleteRequested) as delete:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert delete.args == [late.id]


def test_dropping_an_idea_asks_to_schedule_it(qtbot: QtBot, show_week: ShowWeek) -> None:
    view = show_week()
    target = view.position_of(at(12, 16, 5))
    assert target is not None
    mime = QMimeData()
    mime.setData(POST_MIME, b"42")
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(target.toPoint(), actions, mime, buttons, keys)
    QApplication.sendEvent(view, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(view, QDragMoveEvent(target.toPoint(), actions, mime, buttons, keys))
    drop = QDropEvent(target, actions, mime, buttons, keys)
    with qtbot.waitSignal(view.scheduleRequested) as scheduled:
        QApplication.sendEvent(view, drop)
    assert drop.isAccepted()
    assert scheduled.args == [42, at(12, 16)]


def test_other_drops_are_refused(qtbot: QtBot, show_week: ShowWeek) -> None:
    view = show_week()
    mime = QMimeData()
    mime.setText("not a post")
    enter = QDragEnterEvent(
        QPoint(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(view, enter)
    assert not enter.isAccepted()


def test_the_current_time_line_is_on_today(show_week: ShowWeek) -> None:
    view = show_week()  # today is Wednesday 10 June, 10:00
    line = view.current_time_line()
    assert line is not None
    wednesday = view.day_rect(date(2026, 6, 10))
    assert line.x1() == pytest.approx(wednesday.left()) and line.x2() == pytest.approx(wednesday.right())
    assert line.y1() == pytest.approx(view.position_of(NOW).y())
    picture = view.grab().toImage()
    ratio = picture.devicePixelRatio()
    y = round(line.y1() * ratio)
    painted = picture.pixelColor(round(wednesday.center().x() * ratio), y)
    elsewhere = picture.pixelColor(round(view.day_rect(date(2026, 6, 11)).center().x() * ratio), y)
    assert painted.name() == NOW_COLOUR.name()
    assert elsewhere.name() != NOW_COLOUR.name()


def test_no_current_time_line_on_another_week(show_week: ShowWeek) -> None:
    view = show_week(anchor=date(2026, 6, 17))
    assert view.current_time_line() is None


def test_the_autumn_night_shows_half_past_two_twice(
    plan: Planner, add_post: Callable[..., Post], show_week: ShowWeek
) -> None:
    # Paris goes from 03:00 summer time back to 02:00 on Sunday 25 October 2026: 02:30 happens twice.
    first = add_post("First 02:30", 2026, 10, 25, 2, 30)
    again = datetime(2026, 10, 25, 2, 30, tzinfo=PARIS, fold=1)
    fields = PostFields(platform="LinkedIn", title="Second 02:30", category="Question", start=again)
    second = plan.create_post(fields).posts[0]
    assert second.start_utc == first.start_utc + timedelta(hours=1)
    view = show_week(anchor=date(2026, 10, 25), now=None)
    view.select_post(first.id)  # scrolls the night into view
    rects = view.layout_rects()
    half_past_two = view.position_of(first.start)
    assert half_past_two is not None
    assert column_of(view, first) == column_of(view, second) == date(2026, 10, 25)  # Sunday, last in en_GB
    assert rects[first.id].top() == pytest.approx(half_past_two.y())
    assert rects[second.id].top() == pytest.approx(half_past_two.y())
    assert rects[first.id].right() <= rects[second.id].left()
    pointed = view.time_at(half_past_two.toPoint() + QPoint(0, 1))
    assert pointed == first.start and pointed.utcoffset() == timedelta(hours=2)  # the first occurrence


def test_tooltip_tells_the_post_and_its_breaches(
    qtbot: QtBot, add_post: Callable[..., Post], show_week: ShowWeek
) -> None:
    post = add_post("Ask the community", 2026, 6, 10, 9, 0, status=Status.SCHEDULED)
    view = show_week(breaches={post.id: ["On Instagram, 2 promotions in 5 consecutive posts."]})
    point = centre(view, post)
    QApplication.sendEvent(view, QHelpEvent(QHelpEvent.Type.ToolTip, point, view.mapToGlobal(point)))
    text = QToolTip.text()
    for part in (
        "Ask the community",
        "09:00",
        "09:30",
        "Instagram",
        "Question",
        "Conversation",
        "Scheduled",
        "2 promotions",
    ):
        assert part in text


def test_the_day_starts_at_seven_and_scrolls_to_midnight(show_week: ShowWeek) -> None:
    view = show_week()
    top = view.day_rect(date(2026, 6, 10)).topLeft().toPoint() + QPoint(5, 1)
    assert view.time_at(top) == at(10, 7)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    bottom = view.day_rect(date(2026, 6, 10)).bottomLeft().toPoint() + QPoint(5, -1)
    assert view.time_at(bottom) == at(10, 23, 45)


def test_tab_after_the_last_post_leaves_the_view(qtbot: QtBot, plan: Planner, add_post: Callable[..., Post]) -> None:
    only = add_post("Only", 2026, 6, 10, 9, 0)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    view = WeekView(window, planning_zone="Europe/Paris")
    after = QLineEdit(window)
    layout.addWidget(view)
    layout.addWidget(after)
    first, last = week_days(NOW.date(), QLocale())
    view.set_week(first, plan.list_posts(PostQuery(*day_range(first, last, "Europe/Paris"))), {}, {}, NOW)
    window.resize(900, 700)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected_post() == only.id and view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert after.hasFocus()
