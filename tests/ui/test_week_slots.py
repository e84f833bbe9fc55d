"""Empty weekly slots in the week: drawn faintly behind the cards where nothing is planned, said
in a tooltip, double-clicked for a new post there; an idea dropped near one of its platform's
lands on it, and Undo takes it back to the ideas.

The clock is fixed at Wednesday 10 June 2026, 10:00 in Paris (``tests.helpers.ui.NOW``): the
week shown runs from Monday 8 to Sunday 14 June.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields
from planner.model import Post, Side, Status
from planner.session import Clock
from planner.slots import Slot, SlotTime
from tests.helpers.ui import PARIS, centre
from ui.backlog import IdeaRole
from ui.editor.post_editor import PostEditor
from ui.week.layout import WeekGeometry, place_slots
from ui.week.view import WeekView
from ui.window.main_window import MainWindow

AddPost = Callable[..., Post]
MakeWindow = Callable[[], MainWindow]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A Paris wall-clock time in June 2026."""
    return datetime(2026, 6, day, hour, minute, tzinfo=PARIS)


def shown_slots(view: WeekView) -> list[tuple[str, datetime]]:
    return [(slot.platform, slot.start) for slot, _rect in view.slot_rects()]


def rect_of(view: WeekView, platform: str, start: datetime) -> QRectF:
    [rect] = [rect for slot, rect in view.slot_rects() if (slot.platform, slot.start) == (platform, start)]
    return rect


def in_sight(view: WeekView, moment: datetime) -> QPointF:
    """Scroll the week so that ``moment`` is in sight (as a user would); where it is in its day's column."""
    body = view.day_rect(view.days()[0])
    found = view.position_of(moment)
    assert found is not None
    bar = view.verticalScrollBar()
    bar.setValue(int(bar.value() + found.y() - body.center().y()))
    found = view.position_of(moment)
    assert found is not None and body.top() < found.y() < body.bottom()
    return found


def tooltip_at(view: WeekView, point: QPoint) -> str:
    QToolTip.hideText()
    QApplication.sendEvent(view, QHelpEvent(QHelpEvent.Type.ToolTip, point, view.mapToGlobal(point)))
    return QToolTip.text()


def picture(view: WeekView) -> QImage:
    return view.grab().toImage()


def pixel(image: QImage, point: QPointF) -> str:
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(point.x() * ratio), round(point.y() * ratio)).name()


def idea(plan: Planner, title: str, platform: str = "Instagram") -> Post:
    fields = PostFields(platform=platform, title=title, status=Status.IDEA, category="Question")
    return plan.create_post(fields).posts[0]


def drop_idea(window: MainWindow, post: Post, moment: datetime) -> datetime | None:
    """Drag ``post`` from the ideas list and drop it on the week at ``moment``'s place, as the mouse
    would; where the week showed it would land, just before the drop."""
    model = window.backlog.model
    [row] = [row for row in range(model.rowCount()) if model.index(row).data(IdeaRole.POST_ID) == post.id]
    mime: QMimeData = model.mimeData([model.index(row)])
    view = window.week_view
    point = in_sight(view, moment)
    actions, buttons, keys = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(view, QDragEnterEvent(point.toPoint(), actions, mime, buttons, keys))
    QApplication.sendEvent(view, QDragMoveEvent(point.toPoint(), actions, mime, buttons, keys))
    shown = view.drop_target()
    drop = QDropEvent(point, actions, mime, buttons, keys)
    QApplication.sendEvent(view, drop)
    assert drop.isAccepted()
    assert view.drop_target() is None
    return shown


def opened_editor(qtbot: QtBot, open_it: Callable[[], None]) -> dict[str, object]:
    """What the new post's editor shows when it opens (then it is closed unsaved)."""
    seen: dict[str, object] = {}

    def look() -> None:
        editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, PostEditor) and w.isVisible()]
        if not editors:
            QTimer.singleShot(20, look)
            return
        editor = editors[0]
        wall = datetime.combine(editor.date_edit.date().toPython(), editor.time_edit.time().toPython())
        seen["platform"] = editor.platform_combo.currentText()
        seen["start"] = wall.replace(tzinfo=PARIS)
        seen["category"] = editor.category_combo.currentText()
        editor.reject()

    QTimer.singleShot(0, look)
    open_it()
    qtbot.waitUntil(lambda: bool(seen))
    return seen


@pytest.fixture
def slots(plan: Planner) -> None:
    """Instagram on Monday 09:00 for conversation and Friday 09:00 for any side, Thursday 12:30
    too; LinkedIn on Friday 11:00 for information."""
    plan.add_slot("Instagram", "mon", "09:00", "conversation")
    plan.add_slot("Instagram", "thu", "12:30")
    plan.add_slot("Instagram", "fri", "09:00")
    plan.add_slot("LinkedIn", "fri", "11:00", "information")


# -- drawn ---------------------------------------------------------------------------------


def test_each_empty_slot_is_drawn_for_its_hour_in_its_day_and_a_taken_one_is_not(
    slots: None, add_post: AddPost, make_window: MakeWindow
) -> None:
    add_post("Lunch question", 2026, 6, 11, 12, 15)  # holds Instagram's Thursday 12:30 slot
    add_post("Hiring news", 2026, 6, 8, 9, 0, platform="LinkedIn")  # another platform: Monday's stays empty
    window = make_window()
    view = window.week_view

    assert shown_slots(view) == [("Instagram", at(8, 9)), ("Instagram", at(12, 9)), ("LinkedIn", at(12, 11))]
    monday = rect_of(view, "Instagram", at(8, 9))
    in_monday = view.day_rect(date(2026, 6, 8))
    assert in_monday.left() <= monday.left() and monday.right() <= in_monday.right()
    assert monday.top() == pytest.approx(view.position_of(at(8, 9)).y(), abs=1)  # type: ignore[union-attr]
    assert monday.bottom() == pytest.approx(view.position_of(at(8, 10)).y(), abs=1)  # type: ignore[union-attr]


def test_a_slot_is_faint_and_behind_the_cards(
    qtbot: QtBot, plan: Planner, add_post: AddPost, make_window: MakeWindow
) -> None:
    plan.add_slot("Instagram", "mon", "09:00", "conversation")
    plan.add_slot("Instagram", "fri", "15:00")
    hiring = add_post("Hiring news", 2026, 6, 8, 9, 0, platform="LinkedIn")
    window = make_window()
    view = window.week_view
    in_sight(view, at(8, 9))
    friday = rect_of(view, "Instagram", at(12, 15))
    with_slots = picture(view)
    card, under = QPointF(centre(view, hiring)), QPointF(friday.center().x(), friday.bottom() - 4)

    view.set_empty_slots([])
    without = picture(view)

    assert view.slot_at(centre(view, hiring)) is None  # the card is what is under the mouse
    assert pixel(with_slots, card) == pixel(without, card)  # the slot never shows over a card
    assert pixel(with_slots, under) != pixel(without, under)  # where nothing is planned, it shows


def test_a_slot_a_card_covers_still_shows_as_a_tick_beside_the_card(
    qtbot: QtBot, plan: Planner, add_post: AddPost, make_window: MakeWindow
) -> None:
    plan.add_slot("LinkedIn", "mon", "09:00", "conversation")
    plan.add_slot("LinkedIn", "fri", "15:00")
    question = add_post("Which book?", 2026, 6, 8, 9, 0, platform="Instagram")  # over LinkedIn's Monday slot
    window = make_window()
    view = window.week_view
    in_sight(view, at(8, 9))

    [(slot, tick)] = view.slot_tick_rects()  # Friday's slot is in plain sight: no tick

    assert (slot.platform, slot.start) == ("LinkedIn", at(8, 9))
    card = view.layout_rects()[question.id]
    assert not tick.intersects(card) and card.right() <= tick.left()  # beside the card, never over it
    assert card.top() <= tick.top() < card.bottom()  # at the slot's time
    spot = tick.center().toPoint()
    assert view.post_at(spot) is None and view.slot_at(spot) == slot
    assert "Empty slot: LinkedIn" in tooltip_at(view, spot)
    with_slots = picture(view)
    view.set_empty_slots([])
    without = picture(view)
    drawn = [QPointF(tick.center().x(), y) for y in range(int(tick.top()) + 1, int(tick.bottom()))]
    assert any(pixel(with_slots, point) != pixel(without, point) for point in drawn)


def test_slots_at_one_time_on_two_platforms_share_the_column(plan: Planner, make_window: MakeWindow) -> None:
    plan.add_slot("Instagram", "thu", "09:00")
    plan.add_slot("LinkedIn", "thu", "09:30")
    window = make_window()
    view = window.week_view

    instagram, linkedin = rect_of(view, "Instagram", at(11, 9)), rect_of(view, "LinkedIn", at(11, 9, 30))
    thursday = view.day_rect(date(2026, 6, 11))
    assert instagram.right() <= linkedin.left()  # side by side, not one over the other
    assert thursday.left() <= instagram.left() and linkedin.right() <= thursday.right()


_SLOT_MINUTES = st.one_of(st.integers(0, 1439), st.integers(9 * 60, 11 * 60))
"""Any time of day, or a crowded morning (where slots overlap)."""


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["Instagram", "LinkedIn", "Newsletter"]), st.integers(0, 6), _SLOT_MINUTES),
        max_size=20,
        unique_by=lambda slot: slot,
    ),
    st.booleans(),
)
def test_slots_never_overlap_on_screen_and_each_stays_in_its_day(slots: list[tuple[str, int, int]], rtl: bool) -> None:
    """However many slots share a morning, each is drawn once, in its own day's column from its
    wall-clock time, and none covers another (left to right, or right to left)."""
    first = date(2026, 3, 23)  # the week Paris springs forward, on Sunday 29 March
    empty = []
    for index, (platform, day, minutes) in enumerate(slots):
        wall = datetime(2026, 3, 23 + day, minutes // 60, minutes % 60, tzinfo=PARIS)
        start = wall.astimezone(UTC).astimezone(PARIS)  # a skipped time falls after the gap
        empty.append(SlotTime(Slot(index, platform, day, wall.time(), None, 1), start))
    geometry = WeekGeometry(width=1000, height=2000, header=40, gutter=50, bar=12, hour=60, scroll=0, rtl=rtl)

    placed = place_slots(empty, first, PARIS)

    assert sorted(p.slot.slot.id for p in placed) == list(range(len(slots)))
    rects = [(p, geometry.slot_rect(p)) for p in placed]
    for p, rect in rects:
        column = geometry.column(p.day)
        local = p.slot.start.astimezone(PARIS)
        assert p.day == (local.date() - first).days
        assert rect.top() == pytest.approx(geometry.minutes_y(local.hour * 60 + local.minute))
        assert column.left() <= rect.left() < rect.right() <= column.right()
    for (one, a), (other, b) in itertools.combinations(rects, 2):
        assert not a.intersects(b), (one, other)


def test_a_hidden_platforms_slots_are_not_drawn(slots: None, make_window: MakeWindow) -> None:
    window = make_window()
    view = window.week_view

    window.platform_actions["LinkedIn"].trigger()  # the toolbar's toggle: LinkedIn hidden
    assert [platform for platform, _ in shown_slots(view)] == ["Instagram", "Instagram", "Instagram"]
    window.platform_actions["Instagram"].trigger()
    assert shown_slots(view) == []
    window.platform_actions["LinkedIn"].trigger()
    assert shown_slots(view) == [("LinkedIn", at(12, 11))]


def test_a_slot_added_by_a_colleague_shows_with_the_team_refresh(
    qtbot: QtBot, plan_path: Path, fixed_clock: Clock, make_window: MakeWindow
) -> None:
    window = make_window()
    assert shown_slots(window.week_view) == []
    colleague = Planner.open(plan_path, clock=fixed_clock, user="sami")
    try:
        colleague.add_slot("Instagram", "sat", "10:00", "conversation")
    finally:
        colleague.close()

    window.watch.check()

    qtbot.waitUntil(lambda: shown_slots(window.week_view) == [("Instagram", at(13, 10))])
    assert "sami" in window.statusBar().currentMessage()


# -- said --------------------------------------------------------------------------------


def test_the_tooltip_says_whose_slot_it_is_when_and_for_what(slots: None, make_window: MakeWindow) -> None:
    window = make_window()
    view = window.week_view
    in_sight(view, at(8, 9))

    monday = rect_of(view, "Instagram", at(8, 9)).center().toPoint()
    said = tooltip_at(view, monday)
    assert said.startswith("Empty slot: Instagram, Monday 09:00, for conversation<br>")
    assert "Double-click to plan a post here" in said
    in_sight(view, at(12, 11))
    assert tooltip_at(view, rect_of(view, "LinkedIn", at(12, 11)).center().toPoint()).startswith(
        "Empty slot: LinkedIn, Friday 11:00, for information"
    )
    assert tooltip_at(view, rect_of(view, "Instagram", at(12, 9)).center().toPoint()).startswith(
        "Empty slot: Instagram, Friday 09:00, for any side"
    )
    window.present_read_only(True)
    assert "Double-click" not in tooltip_at(view, rect_of(view, "Instagram", at(12, 9)).center().toPoint())


def test_the_tooltip_in_french(slots: None, french: None, make_window: MakeWindow) -> None:
    window = make_window()
    view = window.week_view
    in_sight(view, at(8, 9))

    said = tooltip_at(view, rect_of(view, "Instagram", at(8, 9)).center().toPoint())

    assert said.startswith("Créneau libre\xa0: Instagram, lundi 09:00, pour la conversation<br>")
    assert "Double-cliquez" in said


# -- double-clicked ------------------------------------------------------------------------


def test_double_clicking_an_empty_slot_opens_a_new_post_on_its_platform_at_its_time(
    qtbot: QtBot, slots: None, make_window: MakeWindow
) -> None:
    window = make_window()
    view = window.week_view
    in_sight(view, at(8, 9))
    point = rect_of(view, "Instagram", at(8, 9)).center().toPoint()
    assert view.time_at(point) == at(8, 9, 30)  # the middle of the slot's hour…

    seen = opened_editor(qtbot, lambda: qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=point))

    # … and the post starts at the slot's time, on its platform, in a category of its side.
    assert {key: seen[key] for key in ("platform", "start")} == {"platform": "Instagram", "start": at(8, 9)}
    conversation = [c.name for c in window.planner.categories() if c.side is Side.CONVERSATION]
    assert seen["category"] in conversation


def test_double_clicking_beside_a_slot_keeps_the_time_clicked(
    qtbot: QtBot, slots: None, make_window: MakeWindow
) -> None:
    window = make_window()
    view = window.week_view
    point = in_sight(view, at(10, 15)).toPoint()  # Wednesday has no slot

    seen = opened_editor(qtbot, lambda: qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=point))

    assert seen["start"] == view.time_at(point)


# -- an idea dropped -----------------------------------------------------------------------


def test_an_idea_dropped_near_an_empty_slot_of_its_platform_lands_on_it_and_undo_makes_it_an_idea_again(
    qtbot: QtBot, plan: Planner, slots: None, make_window: MakeWindow
) -> None:
    poetry = idea(plan, "Poetry evening: which poem?")
    window = make_window()
    view = window.week_view
    assert ("Instagram", at(12, 9)) in shown_slots(view)

    # 75 minutes after Friday's 09:00 slot: while dragged, the idea already shows there.
    assert drop_idea(window, poetry, at(12, 10, 15)) == at(12, 9)

    planned = plan.get_post(poetry.id)
    assert planned.start == at(12, 9) and planned.status is not Status.IDEA
    assert ("Instagram", at(12, 9)) not in shown_slots(view)  # taken now
    assert poetry.id in view.layout_rects()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    back = plan.get_post(poetry.id)
    assert back.status is Status.IDEA and back.start is None
    assert ("Instagram", at(12, 9)) in shown_slots(view)


def test_an_idea_dropped_far_from_a_slot_or_near_another_platforms_keeps_the_time_dropped(
    plan: Planner, slots: None, make_window: MakeWindow
) -> None:
    far = idea(plan, "Staff picks")
    other = idea(plan, "We are hiring a barista", platform="LinkedIn")
    window = make_window()

    assert drop_idea(window, far, at(12, 13, 0)) == at(12, 13)  # four hours after Friday's 09:00 Instagram slot
    # By Instagram's 09:00 slot, 105 minutes before LinkedIn's 11:00: no slot of LinkedIn in reach.
    drop_idea(window, other, at(12, 9, 15))

    assert plan.get_post(far.id).start == at(12, 13)
    assert plan.get_post(other.id).start == at(12, 9, 15)
    assert ("Instagram", at(12, 9)) in shown_slots(window.week_view)
