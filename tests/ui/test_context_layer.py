"""Context calendars in the week view: all-day events as chips under the day
titles, timed events as bands behind the posts, named by a tooltip, and never
in the way of the posts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from planner.model import Post
from tests.helpers.ui import NOW, PARIS, ShowWeek, centre
from ui.context_layer import place
from ui.month.view import MonthView

NEW_YORK = ZoneInfo("America/New_York")


@dataclass(frozen=True)
class Event:
    """What the core's context events carry, for the view."""

    summary: str
    start: datetime | date
    end: datetime | date
    all_day: bool = False
    calendar: str = "Holidays"
    colour: str = "#2e7d32"


def tooltip_at(view, point: QPoint) -> str:  # type: ignore[no-untyped-def]
    QToolTip.hideText()
    QApplication.sendEvent(view, QHelpEvent(QHelpEvent.Type.ToolTip, point, view.mapToGlobal(point)))
    return QToolTip.text()


def test_an_all_day_event_is_a_chip_under_its_day_and_the_header_makes_room(show_week: ShowWeek) -> None:
    view = show_week()
    header_before = view.day_rect(date(2026, 6, 8)).top()

    view.set_context([Event("Fête de la musique eve", date(2026, 6, 11), date(2026, 6, 12), all_day=True)])

    assert view.day_rect(date(2026, 6, 8)).top() > header_before  # one row of chips
    thursday = view.day_rect(date(2026, 6, 11))
    chip = QPoint(int(thursday.center().x()), int(header_before + 4))
    assert [e.summary for e in view.context_at(chip)] == ["Fête de la musique eve"]
    assert "Holidays: Fête de la musique eve (all day)" in tooltip_at(view, chip)
    wednesday = view.day_rect(date(2026, 6, 10))
    assert view.context_at(QPoint(int(wednesday.center().x()), int(header_before + 4))) == []


def test_a_timed_event_is_a_band_at_its_local_time_behind_the_posts(
    qtbot: QtBot, add_post: Callable[..., Post], show_week: ShowWeek
) -> None:
    post = add_post("Ask the community", 2026, 6, 10, 10, 0)
    view = show_week()
    # A New York launch at 04:00 there is 10:00 in Paris.
    launch = Event(
        "Product Hunt launch",
        datetime(2026, 6, 10, 4, 0, tzinfo=NEW_YORK),
        datetime(2026, 6, 10, 6, 0, tzinfo=NEW_YORK),
        calendar="Launches",
    )
    view.set_context([launch])

    ten = view.position_of(datetime(2026, 6, 10, 10, 0, tzinfo=PARIS))
    eleven_thirty = view.position_of(datetime(2026, 6, 10, 11, 30, tzinfo=PARIS))
    nine = view.position_of(datetime(2026, 6, 10, 9, 0, tzinfo=PARIS))
    assert ten is not None and eleven_thirty is not None and nine is not None
    assert view.context_at(eleven_thirty.toPoint() + QPoint(0, 2)) == [launch]
    assert view.context_at(nine.toPoint()) == []
    # The post on top stays the post: clicking and its tooltip are the post's.
    assert view.post_at(centre(view, post)) == post.id
    assert "Ask the community" in tooltip_at(view, centre(view, post))
    assert "Launches: Product Hunt launch, 10:00–12:00" in tooltip_at(view, eleven_thirty.toPoint() + QPoint(0, 2))


def test_events_over_several_days_and_across_midnight_cover_each_day() -> None:
    monday = date(2026, 6, 8)
    conference = Event("VivaTech", date(2026, 6, 10), date(2026, 6, 13), all_day=True)  # Wed, Thu, Fri
    night = Event(
        "Live stream", datetime(2026, 6, 12, 20, 0, tzinfo=UTC), datetime(2026, 6, 13, 1, 0, tzinfo=UTC)
    )  # Paris: Friday 22:00 to Saturday 03:00
    week = place([conference, night], monday, PARIS)

    assert [len(day) for day in week.all_day] == [0, 0, 1, 1, 1, 0, 0]
    assert [(band.day, band.first_minute, band.last_minute) for band in week.bands] == [
        (4, 22 * 60, 24 * 60),
        (5, 0, 3 * 60),
    ]


def test_a_busy_day_shows_two_rows_and_the_rest_as_more(show_week: ShowWeek) -> None:
    view = show_week()
    day = date(2026, 6, 9)
    events = [Event(f"Day {n}", day, date(2026, 6, 10), all_day=True) for n in range(4)]
    view.set_context(events)
    week = place(events, date(2026, 6, 8), PARIS)
    assert week.chip_rows == 2
    tuesday = view.day_rect(day)
    line = view.fontMetrics().height()
    second_row = QPoint(int(tuesday.center().x()), int(tuesday.top() - line / 2 - 4))
    assert [e.summary for e in view.context_at(second_row)] == ["Day 1", "Day 2", "Day 3"]


def test_no_context_leaves_the_header_as_it_was(show_week: ShowWeek) -> None:
    view = show_week()
    top = view.day_rect(NOW.date()).top()
    view.set_context([])
    assert view.day_rect(NOW.date()).top() == top


def test_the_month_shows_context_events_on_each_of_their_days(qtbot: QtBot) -> None:
    month = MonthView(planning_zone="Europe/Paris")
    qtbot.addWidget(month)
    month.resize(980, 700)
    month.set_month(2026, 6, [], {}, {}, date(2026, 6, 10))
    month.show()
    qtbot.waitExposed(month)

    month.set_context(
        [
            Event("VivaTech", date(2026, 6, 17), date(2026, 6, 20), all_day=True, calendar="Industry"),
            Event("Launch", datetime(2026, 6, 30, 22, 30, tzinfo=UTC), datetime(2026, 6, 30, 23, 0, tzinfo=UTC)),
        ]
    )

    assert [e.summary for e in month.context_of(date(2026, 6, 17))] == ["VivaTech"]
    assert [e.summary for e in month.context_of(date(2026, 6, 19))] == ["VivaTech"]
    assert month.context_of(date(2026, 6, 20)) == []  # an all-day event's end is exclusive
    assert [e.summary for e in month.context_of(date(2026, 7, 1))] == ["Launch"]  # 00:30 in Paris
    point = month.day_rect(date(2026, 6, 18)).center()
    QToolTip.hideText()
    QApplication.sendEvent(month, QHelpEvent(QHelpEvent.Type.ToolTip, point, month.mapToGlobal(point)))
    assert "Industry: VivaTech" in QToolTip.text()
    month.grab()  # paints without error
