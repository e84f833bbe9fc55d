"""Week cards a community manager can read at ordinary window sizes: each shows its time and the
start of its title, and a letter that names its platform besides its colour (so two blues, or grey,
still tell apart)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPalette
from pytestqt.qtbot import QtBot

from planner import Planner
from planner.demo import plan_demo
from planner.model import Post, PostQuery, Side, Status
from tests.helpers.cards import SIZES, letters, readable, shown_week, time_text
from tests.helpers.ui import NOW
from ui.screenshots import CROWDED_TITLES
from ui.week.layout import Card, most_lanes, place_cards
from ui.week.paint import card_width_for_time, paint_card
from ui.window.main_window import SIDE_SHARE, MainWindow, first_size

MakeWindow = Callable[[], MainWindow]
AddPost = Callable[..., Post]


def test_the_first_window_takes_most_of_a_laptop_screen() -> None:
    assert first_size(QSize(1366, 768)) == QSize(1161, 653)
    assert first_size(QSize(1600, 1000)) == QSize(1360, 850)


@pytest.mark.parametrize("language", ["en", "fr", "en_US"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_card_of_the_demo_week_shows_its_time_and_the_start_of_its_title(
    qtbot: QtBot, request: pytest.FixtureRequest, plan: Planner, make_window: MakeWindow, language: str, size: QSize
) -> None:
    if language != "en":
        request.getfixturevalue({"fr": "french", "en_US": "us_english"}[language])
    plan_demo(plan, weeks=3, seed=7, today=NOW.date())
    window = make_window()
    first, last = window.visible_days()
    week = [p for p in plan.list_posts(PostQuery()) if p.start is not None]
    shown = {p.id: p for p in week if first <= p.start.astimezone(NOW.tzinfo).date() <= last}
    assert len(shown) > 10  # the demo's busy week, cards side by side included

    drawn = shown_week(qtbot, window, size)

    assert set(drawn) == set(shown)
    for post_id, post in shown.items():
        assert readable(drawn[post_id], time_text(post), post.title), (post.title, drawn[post_id])


@pytest.mark.parametrize(("lanes", "size"), [(2, QSize(1024, 700)), (3, QSize(1366, 768))])
def test_cards_side_by_side_keep_their_time_and_title(
    qtbot: QtBot, add_post: AddPost, make_window: MakeWindow, lanes: int, size: QSize
) -> None:
    posts = [add_post(f"Question {n}", 2026, 6, 11, 9, 15 * n, platform="LinkedIn") for n in range(lanes)]
    window = make_window()

    drawn = shown_week(qtbot, window, size)

    rects = window.week_view.layout_rects()
    assert len({round(rects[p.id].left()) for p in posts}) == lanes  # side by side, each in its lane
    for post in posts:
        assert readable(drawn[post.id], time_text(post), post.title), drawn[post.id]


def test_each_card_carries_its_platform_s_letter(qtbot: QtBot, add_post: AddPost, make_window: MakeWindow) -> None:
    on_instagram = add_post("Which book?", 2026, 6, 9, 10, 0)
    on_linkedin = add_post("Our new blend", 2026, 6, 9, 14, 0, platform="LinkedIn")
    window = make_window()

    drawn = shown_week(qtbot, window, QSize(1366, 768))

    assert drawn[on_instagram.id].platform_mark == "I"
    assert drawn[on_linkedin.id].platform_mark == "L"


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("size", [QSize(1366, 768), QSize(1024, 700)], ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_card_of_the_crowded_week_carries_its_platform_s_letter(
    qtbot: QtBot,
    request: pytest.FixtureRequest,
    plan: Planner,
    add_post: AddPost,
    make_window: MakeWindow,
    language: str,
    size: QSize,
) -> None:
    """The screenshots' crowded week: three posts in one hour on Thursday, four on Friday, on three
    platforms two of which are blue; narrow lanes keep the letter that tells them apart."""
    if language == "fr":
        request.getfixturevalue("french")
    plan.add_platform("Facebook", "facebook")
    platforms = ("Instagram", "LinkedIn", "Facebook")
    starts = [(11, 9, 15 * n) for n in range(3)] + [(12, 18, 10 * n) for n in range(4)]
    posts = [
        add_post(title, 2026, 6, day, hour, minute, platform=platforms[n % 3])
        for n, ((day, hour, minute), title) in enumerate(zip(starts, CROWDED_TITLES[language], strict=True))
    ]
    window = make_window()

    drawn = shown_week(qtbot, window, size)

    for post in posts:
        assert drawn[post.id].platform_mark == post.platform[0], drawn[post.id]
        assert readable(drawn[post.id], time_text(post), post.title), drawn[post.id]


def test_the_side_panels_give_way_before_the_cards(qtbot: QtBot, plan: Planner, make_window: MakeWindow) -> None:
    plan_demo(plan, weeks=3, seed=7, today=NOW.date())
    window = make_window()
    panels = [window.balance_dock, window.followups.dock, window.backlog_dock]

    shown_week(qtbot, window, QSize(1366, 768))
    assert all(panel.isVisible() and panel.width() <= 1366 * SIDE_SHARE for panel in panels)  # beside the week

    shown_week(qtbot, window, QSize(1024, 700))  # a small laptop's window: the week takes the panels' width
    assert all(panel.isHidden() for panel in panels)
    assert window.side_strip.toolbar.isVisible()

    window.side_strip.toolbar.actions()[1].trigger()  # the follow-ups opened from the strip: within their share
    qtbot.waitUntil(lambda: window.followups.dock.isVisible() and window.followups.dock.width() <= 1024 * SIDE_SHARE)


# Titles as a community manager writes them (the demo's and the crowded week's, English and French).
TITLES = [
    "What should we name the new blend?",
    "A great read on fair coffee prices",
    "Gift boxes are back",
    "Flash sale: -30% on the house blend",
    "Menu",
    "Quiz",
    "Open mic",
    "Le coupon du vendredi",
    "Et le gagnant du concours est…",
    "Soirée poésie",
    "-20 % sur tous les filtres",
    "Nos réponses à vos questions",
]


@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    title=st.sampled_from(TITLES),
    time_text=st.sampled_from(["09:15", "23:59", "9:15 AM", "10:59 PM"]),
    extra=st.floats(min_value=0, max_value=80),
    marks=st.fixed_dictionaries({k: st.booleans() for k in ("warned", "past_due", "late", "linked")}),
    status=st.sampled_from([Status.DRAFT, Status.SCHEDULED, Status.PUBLISHED, Status.CANCELLED]),
    side=st.sampled_from(list(Side)),
)
def test_a_lane_as_wide_as_a_card_needs_shows_its_time_letter_and_title_start(
    add_post: AddPost,
    title: str,
    time_text: str,
    extra: float,
    marks: dict[str, bool],
    status: Status,
    side: Side,
) -> None:
    """The width the week leaves a lane (card_width_for_time) is enough, whatever marks the card carries."""
    post = dataclasses.replace(add_post("Quiz", 2026, 6, 9, 9, 0), title=title, status=status, side=side)
    image = QImage(200, 60, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    width = card_width_for_time(painter.font(), time_text) + extra
    height = 2 * QFontMetricsF(painter.font()).height() + 6  # the shortest card the week makes
    card = Card(post, day=0, minutes=9 * 60, top=0.0, height=height)
    drawn = paint_card(
        painter, QRectF(0, 0, width, height), card, QColor("#1A237E"), QPalette(), time_text=time_text,
        rtl=False, platform_mark="F", **marks,
    )  # fmt: skip
    painter.end()

    assert readable(drawn, time_text, title), drawn


def _grey_card(post: Post, colour: str, mark: str) -> QImage:
    image = QImage(160, 44, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    card = Card(post, day=0, minutes=9 * 60, top=0.0, height=44.0)
    paint_card(
        painter, QRectF(0, 0, 160, 44), card, QColor(colour), QPalette(), time_text="09:00",
        warned=False, rtl=False, platform_mark=mark,
    )  # fmt: skip
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def test_two_near_blue_platforms_tell_apart_in_grey(add_post: AddPost) -> None:
    post = add_post("Our new blend", 2026, 6, 9, 14, 0)
    facebook, linkedin = "#1A237E", "#0A66C2"  # the two default blues

    assert _grey_card(post, facebook, "F") != _grey_card(post, facebook, "")  # the letter is drawn
    assert _grey_card(post, facebook, "F") != _grey_card(post, facebook, "L")  # and it is the platform's
    assert _grey_card(post, facebook, "F") != _grey_card(post, linkedin, "L")


def test_in_a_narrow_window_the_side_panels_fold_into_a_strip_and_come_back(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow
) -> None:
    plan_demo(plan, weeks=3, seed=7, today=NOW.date())
    window = make_window()
    docks = [window.balance_dock, window.followups.dock, window.backlog_dock]

    drawn = shown_week(qtbot, window, QSize(800, 600))

    assert all(dock.isHidden() for dock in docks)
    assert window.side_strip.toolbar.isVisible()
    assert [action.text() for action in window.side_strip.toolbar.actions()] == [
        "Balance",
        "Follow-ups",
        "Ideas",
        "For me",
    ]
    for drawn_card in drawn.values():
        assert drawn_card.time and drawn_card.platform_mark and letters(drawn_card.title[0]), drawn_card

    window.side_strip.toolbar.actions()[0].trigger()  # the user opens the balance from the strip
    assert window.balance_dock.isVisible()

    window.resize(1280, 800)
    qtbot.waitUntil(lambda: all(dock.isVisible() for dock in docks))
    assert not window.side_strip.toolbar.isVisible()


def test_month_chips_carry_their_platform_s_letter_too(
    qtbot: QtBot, add_post: AddPost, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.month import cells
    from ui.window.actions import View

    add_post("Which book?", 2026, 6, 9, 10, 0)
    add_post("Our new blend", 2026, 6, 9, 14, 0, platform="LinkedIn")
    letters: list[str] = []
    original = cells.paint_platform_mark

    def record(painter: QPainter, box: QRectF, letter: str, *rest: object) -> None:
        letters.append(letter)
        original(painter, box, letter, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(cells, "paint_platform_mark", record)
    window = make_window()
    window.resize(1366, 768)
    window.show_view(View.MONTH)
    window.month_view.grab()

    assert {"I", "L"} <= set(letters)


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("size", [QSize(1366, 768), QSize(1024, 700)], ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("lanes", [3, 4])
def test_posts_crowding_one_hour_on_different_platforms_keep_their_time_and_title(
    qtbot: QtBot,
    request: pytest.FixtureRequest,
    plan: Planner,
    add_post: AddPost,
    make_window: MakeWindow,
    language: str,
    size: QSize,
    lanes: int,
) -> None:
    if language == "fr":
        request.getfixturevalue("french")
    plan.add_platform("Facebook", "facebook")
    platforms = ["Instagram", "LinkedIn", "Facebook", "Instagram"]
    titles = ["Quiz du jeudi", "Lecture au café", "Nouveau mélange", "Soirée poésie"]
    posts = [add_post(titles[n], 2026, 6, 11, 9, 10 * n, platform=platforms[n]) for n in range(lanes)]
    window = make_window()  # the side panels as they open by default

    drawn = shown_week(qtbot, window, size)

    assert window.side_strip.is_folded()  # lanes for the time, the letter and three letters: the panels gave way
    rects = [window.week_view.layout_rects()[p.id] for p in posts]
    assert not any(a.intersects(b) for n, a in enumerate(rects) for b in rects[n + 1 :])  # none hides another
    for post in posts:
        assert readable(drawn[post.id], time_text(post), post.title), drawn[post.id]


def test_a_panel_the_user_closes_from_the_strip_stays_closed_when_the_window_widens(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow
) -> None:
    plan_demo(plan, weeks=3, seed=7, today=NOW.date())
    window = make_window()
    shown_week(qtbot, window, QSize(800, 600))
    balance = window.side_strip.toolbar.actions()[0]

    balance.trigger()  # opened from the strip…
    assert window.balance_dock.isVisible()
    balance.trigger()  # …and closed again: the user's choice
    window.resize(1280, 800)

    qtbot.waitUntil(lambda: window.followups.dock.isVisible() and window.backlog_dock.isVisible())
    assert window.balance_dock.isHidden()
    assert not window.side_strip.toolbar.isVisible()


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    starts=st.lists(st.integers(min_value=0, max_value=12 * 4), min_size=1, max_size=8),
    max_lanes=st.integers(min_value=1, max_value=4),
)
def test_a_crowded_hour_goes_below_rather_than_into_slivers(
    add_post: AddPost, starts: list[int], max_lanes: int
) -> None:
    base = add_post("Quiz", 2026, 6, 11, 9, 0)
    assert base.start is not None
    posts = [
        dataclasses.replace(base, id=n + 1, start=base.start + timedelta(minutes=5 * quarter))
        for n, quarter in enumerate(starts)
    ]
    hour, card_height = 36.0, 34.0

    natural = place_cards(posts, date(2026, 6, 8), NOW.tzinfo, hour, card_height)
    capped = place_cards(posts, date(2026, 6, 8), NOW.tzinfo, hour, card_height, max_lanes=max_lanes)

    assert sorted(card.post.id for card in capped) == sorted(p.id for p in posts)  # every post has its card
    assert most_lanes(capped) <= max_lanes  # never more lanes than the column has room for
    by_id = {card.post.id: card for card in natural}
    for card in capped:
        assert card.top >= card.minutes * hour / 60  # at its hour, or below the cards before it
        assert card.top == by_id[card.post.id].top or most_lanes(natural) > max_lanes
    for n, a in enumerate(capped):
        for b in capped[n + 1 :]:
            if a.lanes == b.lanes and a.lane == b.lane:  # one lane: one below the other, none on another
                assert a.top + a.height <= b.top or b.top + b.height <= a.top


def test_the_panels_fold_for_a_crowded_week_and_come_back_on_a_calmer_one(
    qtbot: QtBot, plan: Planner, add_post: AddPost, make_window: MakeWindow
) -> None:
    plan.add_platform("Facebook", "facebook")
    platforms = ["Instagram", "LinkedIn", "Facebook", "Instagram"]
    for n in range(4):
        add_post(f"Soirée {n}", 2026, 6, 12, 18, 10 * n, platform=platforms[n])  # this week, one hour
    add_post("Quiz", 2026, 6, 18, 9, 0)  # next week: one post alone
    window = make_window()
    docks = [window.balance_dock, window.followups.dock, window.backlog_dock]
    shown_week(qtbot, window, QSize(1366, 768))  # wide enough for the panels, not for four lanes beside them

    qtbot.waitUntil(lambda: all(dock.isHidden() for dock in docks))
    assert window.side_strip.toolbar.isVisible()

    window.action_set.next.trigger()
    qtbot.waitUntil(lambda: all(dock.isVisible() for dock in docks))
    assert not window.side_strip.toolbar.isVisible()

    window.action_set.previous.trigger()
    qtbot.waitUntil(lambda: all(dock.isHidden() for dock in docks))
