"""The month view: the locale's first weekday, posts on their planning-zone day,
"+N more" when a day is crowded, the breach mark, the mouse and the keyboard."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields
from planner.model import Post, Side
from ui.month.cells import WARNING
from ui.month.view import MonthView

AddPost = Callable[..., Post]
NEW_YORK = ZoneInfo("America/New_York")
TODAY = date(2026, 6, 10)


@pytest.fixture
def month(qtbot: QtBot) -> Iterator[MonthView]:
    view = MonthView(planning_zone="Europe/Paris")
    qtbot.addWidget(view)
    view.resize(980, 700)
    view.show()
    qtbot.waitExposed(view)
    yield view


def show(
    view: MonthView,
    plan: Planner,
    posts: Sequence[Post],
    year: int = 2026,
    month: int = 6,
    breaches: dict[int, list[str]] | None = None,
) -> None:
    colours = {platform.name: platform.colour for platform in plan.platforms()}
    view.set_month(year, month, list(posts), colours, breaches or {}, TODAY)


def inside(inner: QRect, outer: QRect) -> bool:
    return not inner.isEmpty() and outer.contains(inner)


def test_grid_starts_on_monday_in_french(french: None, qtbot: QtBot) -> None:
    view = MonthView(planning_zone="Europe/Paris")
    qtbot.addWidget(view)
    view.set_month(2026, 7, [], {}, {}, TODAY)

    # 1 July 2026 is a Wednesday: the grid opens on Monday 29 June.
    assert view.grid_days()[0] == date(2026, 6, 29)
    assert view.grid_days()[-1] == date(2026, 8, 9)
    assert view.weekday_names()[0] == QLocale().dayName(1, QLocale.FormatType.ShortFormat)
    assert view.weekday_names()[0].startswith("lun")


def test_grid_starts_on_sunday_in_american_english(qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))  # undone by qt_english
    view = MonthView(planning_zone="Europe/Paris")
    qtbot.addWidget(view)
    view.set_month(2026, 7, [], {}, {}, TODAY)

    assert view.grid_days()[0] == date(2026, 6, 28)
    assert view.weekday_names() == ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]


def test_posts_sit_on_their_day_in_the_planning_zone(month: MonthView, plan: Planner, add_post: AddPost) -> None:
    early = add_post("Early bird", 2026, 7, 1, 0, 30)  # 30 June 22:30 in UTC
    late = add_post("Night owl", 2026, 6, 30, 23, 30)
    # 20:00 in New York on 30 June is 02:00 on 1 July in Paris, the planning zone.
    evening = plan.create_post(
        PostFields(platform="LinkedIn", title="New York evening", start=datetime(2026, 6, 30, 20, 0, tzinfo=NEW_YORK))
    ).posts[0]
    show(month, plan, [late, early, evening], month=7)

    first, last_of_june = month.day_rect(date(2026, 7, 1)), month.day_rect(date(2026, 6, 30))
    assert inside(month.chip_rect(early.id), first)
    assert inside(month.chip_rect(evening.id), first)
    assert inside(month.chip_rect(late.id), last_of_june)
    # In time order within the day: 00:30 before 02:00.
    assert month.chip_rect(early.id).top() < month.chip_rect(evening.id).top()
    assert [post.title for post in month.posts_on(date(2026, 7, 1))] == ["Early bird", "New York evening"]


def test_a_crowded_day_says_how_many_more(month: MonthView, plan: Planner, add_post: AddPost) -> None:
    posts = [add_post(f"Post {hour}", 2026, 6, 17, hour, 0) for hour in range(8, 16)]
    month.resize(700, 480)
    show(month, plan, posts)
    day = date(2026, 6, 17)

    shown = [post for post in posts if not month.chip_rect(post.id).isEmpty()]
    assert 0 < len(shown) < len(posts)
    assert month.hidden_count(day) == len(posts) - len(shown)
    assert shown == posts[: len(shown)]  # the earliest ones are the ones shown
    assert all(inside(month.chip_rect(post.id), month.day_rect(day)) for post in shown)

    # More room, more chips: the layout follows the widget's size.
    month.resize(980, 1400)
    assert month.hidden_count(day) == 0
    assert all(inside(month.chip_rect(post.id), month.day_rect(day)) for post in posts)


def test_the_tooltip_lists_the_days_posts(month: MonthView, plan: Planner, add_post: AddPost) -> None:
    posts = [add_post(f"Post {hour}", 2026, 6, 17, hour, 0) for hour in range(8, 16)]
    month.resize(700, 480)
    show(month, plan, posts)

    centre = month.day_rect(date(2026, 6, 17)).center()
    QApplication.sendEvent(month, QHelpEvent(QEvent.Type.ToolTip, centre, month.mapToGlobal(centre)))

    text = QToolTip.text()
    assert "Wednesday, 17 June 2026" in text or "Wednesday 17 June 2026" in text
    for post in posts:  # also those hidden under "+N more"
        assert post.title in text
    assert "08:00" in text


def test_breach_mark_on_a_day_with_breach_messages(month: MonthView, plan: Planner, add_post: AddPost) -> None:
    question = add_post("Tell us", 2026, 6, 11, 9, 0)
    offer = add_post("Flash sale", 2026, 6, 11, 18, 0, category="Offer")
    quiet = add_post("Quiet tip", 2026, 6, 12, 9, 0, category="Tip")
    message = "Instagram: 2 promotions in 5 consecutive posts, at most 1."
    show(month, plan, [question, offer, quiet], breaches={offer.id: [message]})

    marked, calm = month.day_summary(date(2026, 6, 11)), month.day_summary(date(2026, 6, 12))
    assert marked.messages == [message]
    assert marked.counts[Side.CONVERSATION] == 1 and marked.counts[Side.PROMOTION] == 1
    assert marked.promotion_share == 0.5
    assert calm.messages == [] and calm.promotion_share == 0.0

    image = month.grab().toImage()
    assert warning_pixels(image, month.day_rect(date(2026, 6, 11))) > 0
    assert warning_pixels(image, month.day_rect(date(2026, 6, 12))) == 0


def warning_pixels(image: QImage, rect: QRect) -> int:
    """Pixels of the warning colour in the top strip of a day, where its mark is drawn."""
    wanted = WARNING.rgb()
    strip = range(rect.top(), rect.top() + 30)
    return sum(1 for x in range(rect.left(), rect.right() + 1) for y in strip if image.pixel(x, y) == wanted)


def test_clicks_select_and_double_clicks_edit_or_activate(
    month: MonthView, plan: Planner, add_post: AddPost, qtbot: QtBot
) -> None:
    post = add_post("Tell us", 2026, 6, 11, 9, 0)
    show(month, plan, [post])
    chip = month.chip_rect(post.id).center()

    with qtbot.waitSignal(month.postSelected) as selected:
        qtbot.mouseClick(month, Qt.MouseButton.LeftButton, pos=chip)
    assert selected.args == [post.id]
    assert month.selected_post() == post.id and month.selected_day() == date(2026, 6, 11)

    with qtbot.waitSignal(month.editRequested) as edit:
        qtbot.mouseDClick(month, Qt.MouseButton.LeftButton, pos=chip)
    assert edit.args == [post.id]

    empty_spot = month.day_rect(date(2026, 6, 20)).bottomRight() - QPoint(5, 5)
    with qtbot.waitSignal(month.dayActivated) as activated:
        qtbot.mouseDClick(month, Qt.MouseButton.LeftButton, pos=empty_spot)
    assert activated.args == [date(2026, 6, 20)]


def test_arrows_move_the_day_and_enter_activates_it(month: MonthView, plan: Planner, qtbot: QtBot) -> None:
    show(month, plan, [])
    month.setFocus()
    assert month.selected_day() == TODAY  # today is in the month shown

    for key, expected in (
        (Qt.Key.Key_Right, date(2026, 6, 11)),
        (Qt.Key.Key_Down, date(2026, 6, 18)),
        (Qt.Key.Key_Left, date(2026, 6, 17)),
        (Qt.Key.Key_Up, date(2026, 6, 10)),
    ):
        qtbot.keyClick(month, key)
        assert month.selected_day() == expected

    with qtbot.waitSignal(month.dayActivated) as activated:
        qtbot.keyClick(month, Qt.Key.Key_Return)
    assert activated.args == [date(2026, 6, 10)]

    # The grid's edge stops the selection instead of leaving the days shown.
    for _ in range(8):
        qtbot.keyClick(month, Qt.Key.Key_Up)
    assert month.selected_day() == date(2026, 6, 3)


def test_a_refresh_keeps_the_selected_day_and_post(
    month: MonthView, plan: Planner, add_post: AddPost, qtbot: QtBot
) -> None:
    post = add_post("Tell us", 2026, 6, 22, 9, 0)
    show(month, plan, [post])
    qtbot.mouseClick(month, Qt.MouseButton.LeftButton, pos=month.chip_rect(post.id).center())

    show(month, plan, [post, add_post("Another", 2026, 6, 23, 9, 0)])
    assert month.selected_day() == date(2026, 6, 22)
    assert month.selected_post() == post.id

    show(month, plan, [], month=7)  # another month starts on its first day
    assert month.selected_day() == date(2026, 7, 1)
    assert month.selected_post() is None
