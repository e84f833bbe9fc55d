"""Follow-ups in the week: reply windows as hatched bands after their post, markers where a
promised post or an answer is due, a clock on the card of a post whose follow-up is late.

The clock is fixed at Wednesday 10 June 2026, 10:00 in Paris (``tests.helpers.ui.NOW``): what
was due before then is late.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from planner import Planner
from planner.model import Followup, FollowupKind, FollowupStatus, Post
from planner.timezones import day_range
from tests.helpers.ui import PARIS, ShowWeek, centre
from ui.marks import PAST_DUE
from ui.ranges import week_days
from ui.week.layout import place_windows
from ui.week.view import WeekView
from ui.window.main_window import MainWindow

AddPost = Callable[..., Post]
ShowFollowups = Callable[..., WeekView]


@pytest.fixture
def show_followups(plan: Planner, show_week: ShowWeek) -> ShowFollowups:
    """The week view around ``anchor`` with its posts and what the core shows of its follow-ups."""

    def show(anchor: date | None = None) -> WeekView:
        view = show_week(anchor)
        first, last = week_days(anchor or date(2026, 6, 10), QLocale())
        start, end = day_range(first, last, "Europe/Paris")
        shown = [card for card in view.layout_rects()]
        view.set_followups(plan.followups.shown_in(start, end), plan.followups.late_of(shown))
        return view

    return show


def band_of(view: WeekView, followup_id: int) -> list[QRectF]:
    return [rect for followup, rect in view.band_rects() if followup.id == followup_id]


def scrolled_to(view: WeekView, rect: QRectF, followup_id: int) -> QRectF:
    """Scroll the week so that the band part at ``rect`` is in sight (as a user would); where it is then."""
    body_top = view.day_rect(view.days()[0]).top()
    parts = band_of(view, followup_id)
    index = parts.index(rect)
    bar = view.verticalScrollBar()
    bar.setValue(int(bar.value() + rect.top() - body_top - 40))
    return band_of(view, followup_id)[index]


def y_of(view: WeekView, moment: datetime) -> float:
    found = view.position_of(moment)
    assert found is not None
    return found.y()


def tooltip_at(view: WeekView, point: QPoint) -> str:
    QToolTip.hideText()
    QApplication.sendEvent(view, QHelpEvent(QHelpEvent.Type.ToolTip, point, view.mapToGlobal(point)))
    return QToolTip.text()


def add_followup(plan: Planner, post: Post, kind: FollowupKind, **when: object) -> Followup:
    return plan.followups.add(post.id, kind, **when).followups[0]  # type: ignore[arg-type]


def test_a_reply_window_is_a_band_at_its_hours_in_its_day_behind_the_post(
    plan: Planner, add_post: AddPost, show_followups: ShowFollowups
) -> None:
    post = add_post("Your winter book?", 2026, 6, 11, 14, 0)
    window = add_followup(plan, post, FollowupKind.REPLIES, after="30m", duration=90)
    view = show_followups()

    [band] = band_of(view, window.id)
    thursday = view.day_rect(date(2026, 6, 11))
    assert band.top() == pytest.approx(y_of(view, datetime(2026, 6, 11, 14, 30, tzinfo=PARIS)), abs=1)
    assert band.bottom() == pytest.approx(y_of(view, datetime(2026, 6, 11, 16, 0, tzinfo=PARIS)), abs=1)
    assert thursday.left() <= band.left() and band.right() <= thursday.right()
    assert band.width() > thursday.width() * 0.9  # the whole day: the card sits on it
    # The card is still the post's: a click on it is the post's, not the window's.
    assert view.followup_at(centre(view, post)) is None


def test_bands_follow_the_wall_clock_on_the_day_paris_springs_forward(
    plan: Planner, add_post: AddPost, show_followups: ShowFollowups
) -> None:
    night = add_post("Night owls' question", 2026, 3, 29, 1, 30)
    afternoon = add_post("Sunday question", 2026, 3, 29, 14, 0)
    # 01:30 in winter time plus 30 minutes is 03:00 in summer time: 02:00 never happens that night.
    across = add_followup(plan, night, FollowupKind.REPLIES, after="30m", duration=60)
    later = add_followup(plan, afternoon, FollowupKind.REPLIES, after="1h", duration=60)
    view = show_followups(date(2026, 3, 29))

    [band] = band_of(view, across.id)
    assert band.top() == pytest.approx(y_of(view, datetime(2026, 3, 29, 3, 0, tzinfo=PARIS)), abs=1)
    assert band.bottom() == pytest.approx(y_of(view, datetime(2026, 3, 29, 4, 0, tzinfo=PARIS)), abs=1)
    [band] = band_of(view, later.id)
    assert band.top() == pytest.approx(y_of(view, datetime(2026, 3, 29, 15, 0, tzinfo=PARIS)), abs=1)
    assert band.bottom() == pytest.approx(y_of(view, datetime(2026, 3, 29, 16, 0, tzinfo=PARIS)), abs=1)
    point = band.center().toPoint()
    assert tooltip_at(view, point).startswith("Reply window of “Sunday question”: 15:00–16:00")


def test_a_window_over_midnight_is_cut_in_two_days_and_one_from_last_week_shows_on_monday(
    plan: Planner, add_post: AddPost, show_followups: ShowFollowups
) -> None:
    late_night = add_post("Midnight poll", 2026, 6, 10, 22, 30)
    sunday = add_post("Sunday night question", 2026, 6, 7, 23, 0)
    over = add_followup(plan, late_night, FollowupKind.REPLIES, after="30m", duration=120)
    from_last_week = add_followup(plan, sunday, FollowupKind.REPLIES, after="30m", duration=90)
    view = show_followups()

    wednesday, thursday = view.day_rect(date(2026, 6, 10)), view.day_rect(date(2026, 6, 11))
    first, second = sorted(band_of(view, over.id), key=lambda rect: rect.left())
    assert wednesday.contains(QPointF(first.center().x(), wednesday.center().y()))
    assert first.top() == pytest.approx(y_of(view, datetime(2026, 6, 10, 23, 0, tzinfo=PARIS)), abs=1)
    assert thursday.contains(QPointF(second.center().x(), thursday.center().y()))
    assert second.top() == pytest.approx(y_of(view, datetime(2026, 6, 11, 0, 0, tzinfo=PARIS)), abs=1)
    assert second.bottom() == pytest.approx(y_of(view, datetime(2026, 6, 11, 1, 0, tzinfo=PARIS)), abs=1)
    assert first.bottom() == pytest.approx(second.top() + 24 * (second.bottom() - second.top()), abs=2)
    # Sunday's window runs into this Monday, from midnight to 01:00; Sunday is last week.
    [monday] = band_of(view, from_last_week.id)
    assert monday.top() == pytest.approx(y_of(view, datetime(2026, 6, 8, 0, 0, tzinfo=PARIS)), abs=1)
    assert monday.bottom() == pytest.approx(y_of(view, datetime(2026, 6, 8, 1, 0, tzinfo=PARIS)), abs=1)
    second = scrolled_to(view, second, over.id)
    text = tooltip_at(view, second.center().toPoint())
    assert text.startswith("Reply window of “Midnight poll”: 10/06/2026 23:00 – 11/06/2026 01:00")


def test_dropped_windows_are_not_drawn_kept_ones_are_and_say_so(
    plan: Planner, add_post: AddPost, show_followups: ShowFollowups
) -> None:
    dropped_post = add_post("Nobody answered", 2026, 6, 9, 9, 0)
    kept_post = add_post("Latte art", 2026, 6, 9, 15, 0)
    dropped = add_followup(plan, dropped_post, FollowupKind.REPLIES, after="1h")
    kept = add_followup(plan, kept_post, FollowupKind.REPLIES, after="1h")
    plan.followups.drop(dropped.id, reason="The post got no comment")
    plan.followups.keep(kept.id)
    view = show_followups()

    assert band_of(view, dropped.id) == []
    [band] = band_of(view, kept.id)
    text = tooltip_at(view, band.center().toPoint())
    assert "Reply window of “Latte art”: 16:00–17:00" in text and "Kept" in text
    assert "Late" not in text


def test_a_late_window_says_the_community_is_waiting(
    plan: Planner, add_post: AddPost, show_followups: ShowFollowups
) -> None:
    post = add_post("Monday question", 2026, 6, 8, 9, 0)
    window = add_followup(plan, post, FollowupKind.REPLIES, after="2h")
    view = show_followups()
    [band] = band_of(view, window.id)
    text = tooltip_at(view, band.center().toPoint())
    assert "11:00–12:00" in text and "Late: the community is waiting" in text and "On Instagram" in text


def test_promised_posts_and_answers_have_a_marker_at_their_due_time(
    plan: Planner, add_post: AddPost, show_followups: ShowFollowups
) -> None:
    poll = add_post("Light or dark roast?", 2026, 6, 8, 9, 0)
    promised = add_followup(plan, poll, FollowupKind.POST, after="3d")  # Thursday 09:00: not yet due
    answer = plan.followups.add(poll.id, "answer", after="1d", note="@lea").followups[0]  # Tuesday: late
    view = show_followups()

    markers = {followup.id: (followup, rect) for followup, rect in view.marker_rects()}
    assert set(markers) == {promised.id, answer.id}
    assert band_of(view, promised.id) == []  # only reply windows are bands
    followup, rect = markers[promised.id]
    thursday = view.day_rect(date(2026, 6, 11))
    assert thursday.contains(QPointF(rect.center().x(), thursday.center().y()))
    assert rect.center().y() == pytest.approx(y_of(view, datetime(2026, 6, 11, 9, 0, tzinfo=PARIS)), abs=1)
    text = tooltip_at(view, rect.center().toPoint())
    assert "Promised post for “Light or dark roast?”" in text and "Due 11/06/2026 09:00 on Instagram" in text
    followup, rect = markers[answer.id]
    assert followup.status is FollowupStatus.LATE
    text = tooltip_at(view, rect.center().toPoint())
    assert "Answer to @lea for “Light or dark roast?”" in text and "Late: the community is waiting" in text
    assert red_pixels(view, rect) > 0  # a late marker is red


def red_pixels(view: WeekView, rect: QRectF) -> int:
    """How many pixels of the late red ``rect`` shows."""
    picture: QImage = view.grab().toImage()
    ratio = picture.devicePixelRatio()
    found = 0
    for x in range(round(rect.left() * ratio), round(rect.right() * ratio)):
        for y in range(round(rect.top() * ratio), round(rect.bottom() * ratio)):
            colour = picture.pixelColor(x, y)
            distance = sum(abs(a - b) for a, b in zip(colour.getRgb()[:3], PAST_DUE.getRgb()[:3], strict=True))
            found += distance < 16
    return found


def test_a_post_whose_follow_up_is_late_carries_a_clock_named_in_its_tooltip(
    plan: Planner, add_post: AddPost, show_followups: ShowFollowups
) -> None:
    owing = add_post("Monday question", 2026, 6, 8, 9, 0)
    on_time = add_post("Friday question", 2026, 6, 12, 9, 0)
    add_followup(plan, owing, FollowupKind.REPLIES, after="2h")
    add_followup(plan, on_time, FollowupKind.REPLIES, after="2h")
    view = show_followups()

    assert view.late_posts() == [owing.id]
    rects = view.layout_rects()
    assert red_pixels(view, rects[owing.id]) > 0
    assert red_pixels(view, rects[on_time.id]) == 0
    text = tooltip_at(view, centre(view, owing))
    assert "⏰ Late: the reply window, due 08/06/2026 11:00" in text
    assert "Late" not in tooltip_at(view, centre(view, on_time))
    view.select_post(owing.id)
    assert "⏰ Late: the reply window" in view.accessibleDescription()


def test_clicking_a_band_selects_its_post(
    qtbot: QtBot, plan: Planner, add_post: AddPost, show_followups: ShowFollowups
) -> None:
    post = add_post("Your winter book?", 2026, 6, 11, 14, 0)
    window = add_followup(plan, post, FollowupKind.REPLIES, after="1h", duration=60)
    view = show_followups()
    [band] = band_of(view, window.id)
    band = scrolled_to(view, band, window.id)
    with qtbot.waitSignal(view.followupClicked) as clicked:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=band.center().toPoint())
    assert clicked.args is not None and clicked.args[0].id == window.id
    assert view.selected_post() == post.id


def test_the_window_draws_the_weeks_follow_ups_and_redraws_them_when_one_is_kept(
    qtbot: QtBot, plan: Planner, add_post: AddPost, make_window: Callable[[], MainWindow]
) -> None:
    post = add_post("Your winter book?", 2026, 6, 11, 14, 0)
    monday = add_post("Monday question", 2026, 6, 8, 9, 0)
    window_id = add_followup(plan, post, FollowupKind.REPLIES, after="1h").id
    late = add_followup(plan, monday, FollowupKind.REPLIES, after="1h")
    window = make_window()
    view = window.week_view

    assert [f.status for f, _ in view.band_rects() if f.id == window_id] == [FollowupStatus.OPEN]
    assert view.late_posts() == [monday.id]
    window.ops.keep_followup(late)
    qtbot.waitUntil(lambda: view.late_posts() == [])
    assert [f.status for f, _ in view.band_rects() if f.id == late.id] == [FollowupStatus.KEPT]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Undo opens it again
    qtbot.waitUntil(lambda: view.late_posts() == [monday.id])
    # Hiding the platform hides its windows too.
    window.filter_platform("Instagram", False)
    assert view.band_rects() == [] and view.late_posts() == []


def test_clicking_a_band_in_the_window_shows_the_follow_up_in_its_panel(
    qtbot: QtBot, plan: Planner, add_post: AddPost, make_window: Callable[[], MainWindow]
) -> None:
    post = add_post("Your winter book?", 2026, 6, 11, 14, 0)
    followup = add_followup(plan, post, FollowupKind.REPLIES, after="1h")
    window = make_window()
    view = window.week_view
    [band] = band_of(view, followup.id)
    band = scrolled_to(view, band, followup.id)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=band.center().toPoint())
    assert view.selected_post() == post.id
    panel = window.followups.panel
    assert panel is not None
    selected = panel.selected()
    assert selected is not None and selected.id == followup.id


def test_tooltips_in_french(french: None, plan: Planner, add_post: AddPost, show_followups: ShowFollowups) -> None:
    post = add_post("Votre livre de l'hiver ?", 2026, 6, 8, 9, 0)
    window = add_followup(plan, post, FollowupKind.REPLIES, after="2h")
    promised = add_followup(plan, post, FollowupKind.POST, after="3d")
    view = show_followups()
    [band] = band_of(view, window.id)
    text = tooltip_at(view, band.center().toPoint())
    assert "Créneau de réponse de « Votre livre de l'hiver ? » : 11:00–12:00" in text
    assert "En retard" in text
    [rect] = [rect for followup, rect in view.marker_rects() if followup.id == promised.id]
    assert "Publication promise pour « Votre livre de l'hiver ? »" in tooltip_at(view, rect.center().toPoint())
    assert "⏰ En retard : le créneau de réponse" in tooltip_at(view, centre(view, post))


def test_another_weeks_follow_ups_are_let_go_with_its_posts(
    plan: Planner, add_post: AddPost, show_followups: ShowFollowups
) -> None:
    post = add_post("Your winter book?", 2026, 6, 11, 14, 0)
    add_followup(plan, post, FollowupKind.REPLIES, after="1h")
    view = show_followups()
    assert view.band_rects() != []
    view.set_week(date(2026, 6, 15), [], {}, {}, None)
    assert view.band_rects() == [] and view.marker_rects() == []
    assert date(2026, 6, 15) + timedelta(days=6) == view.days()[-1]


ZONES = ("Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata")


def _window(due: datetime, minutes: int) -> Followup:
    return Followup(
        id=1,
        post_id=1,
        platform="Instagram",
        kind=FollowupKind.REPLIES,
        title="Question",
        due=due,
        offset=None,
        duration_minutes=minutes,
        owner=None,
        note="",
        status=FollowupStatus.OPEN,
        kept_at=None,
        kept_by=None,
        kept_by_post=None,
        reason=None,
        version=1,
    )


@settings(max_examples=200)
@example(zone_name="Europe/Paris", due=datetime(2026, 6, 10, 20, 0, tzinfo=UTC), minutes=120)  # until midnight
@example(zone_name="Europe/Paris", due=datetime(2026, 10, 25, 0, 45, tzinfo=UTC), minutes=30)  # 02:45 to 02:15
@given(
    zone_name=st.sampled_from(ZONES),
    due=st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(UTC)),
    minutes=st.integers(min_value=1, max_value=3 * 24 * 60),
)
def test_a_window_is_drawn_from_its_local_opening_to_its_local_closing_without_a_gap(
    zone_name: str, due: datetime, minutes: int
) -> None:
    tz = ZoneInfo(zone_name)
    window = _window(due, minutes)
    opens, closes = window.due.astimezone(tz), window.end.astimezone(tz)
    first = opens.date() - timedelta(days=1)
    bands = place_windows([window], first, tz)
    last_day = (closes - timedelta(microseconds=1)).date()  # a window that closes at midnight ends the day before
    days = (last_day - opens.date()).days + 1
    assert [band.day for band in bands] == list(range(1, 1 + min(days, 6)))
    assert bands[0].top_minutes == opens.hour * 60 + opens.minute + opens.second / 60
    for before, after in pairwise(bands):
        assert before.bottom_minutes == 24 * 60 and after.top_minutes == 0
    if days <= 6:
        last = bands[-1]
        wall = closes.hour * 60 + closes.minute + closes.second / 60 if closes.date() == last_day else 24 * 60
        assert last.bottom_minutes == wall or (days == 1 and last.bottom_minutes > last.top_minutes)
    assert all(band.bottom_minutes > band.top_minutes for band in bands)


def ink_in(view: WeekView, rect: QRectF) -> float:
    """How far, on average, ``rect``'s pixels are from the view's base colour: how much it shows."""
    picture: QImage = view.grab().toImage()
    ratio = picture.devicePixelRatio()
    base = view.palette().color(QPalette.ColorRole.Base).getRgb()[:3]
    total, count = 0, 0
    for x in range(round(rect.left() * ratio) + 4, round(rect.right() * ratio) - 2):
        for y in range(round(rect.top() * ratio) + 2, round(rect.bottom() * ratio) - 2):
            colour = picture.pixelColor(x, y).getRgb()[:3]
            total += sum(abs(a - b) for a, b in zip(colour, base, strict=True))
            count += 1
    return total / max(1, count)


def test_a_kept_window_is_fainter_than_an_open_one(
    plan: Planner, add_post: AddPost, show_followups: ShowFollowups
) -> None:
    kept_post = add_post("Tuesday question", 2026, 6, 9, 15, 0)
    open_post = add_post("Thursday question", 2026, 6, 11, 15, 0)
    kept = add_followup(plan, kept_post, FollowupKind.REPLIES, after="1h", duration=120)
    still_open = add_followup(plan, open_post, FollowupKind.REPLIES, after="1h", duration=120)
    plan.followups.keep(kept.id)
    view = show_followups()
    [kept_band], [open_band] = band_of(view, kept.id), band_of(view, still_open.id)
    assert 0 < ink_in(view, kept_band) < ink_in(view, open_band) * 0.7


def test_right_to_left_bands_stay_in_their_day(plan: Planner, add_post: AddPost, show_followups: ShowFollowups) -> None:
    post = add_post("Your winter book?", 2026, 6, 11, 14, 0)
    followup = add_followup(plan, post, FollowupKind.REPLIES, after="1h")
    promised = add_followup(plan, post, FollowupKind.POST, after="1d")
    view = show_followups()
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    [band] = band_of(view, followup.id)
    thursday, friday = view.day_rect(date(2026, 6, 11)), view.day_rect(date(2026, 6, 12))
    assert thursday.left() <= band.left() and band.right() <= thursday.right()
    [marker] = [rect for f, rect in view.marker_rects() if f.id == promised.id]
    assert friday.left() <= marker.left() and marker.right() <= friday.right()
