"""The agenda view: the filter line, sorting by instant across zones, the keys
and the mouse that ask to edit or delete, and the selection kept across refreshes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields
from planner.model import Post
from ui.agenda.post_table_model import Column
from ui.agenda.view import AgendaView

AddPost = Callable[..., Post]
NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def agenda(qtbot: QtBot) -> Iterator[AgendaView]:
    view = AgendaView(planning_zone="Europe/Paris")
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    yield view


@pytest.fixture
def posts(plan: Planner, add_post: AddPost) -> list[Post]:
    """Three posts on 11 June 2026, one of them planned in New York, and one the day after."""
    new_york = plan.create_post(
        PostFields(
            platform="LinkedIn",
            title="Live from Brooklyn",
            start=datetime(2026, 6, 11, 9, 0, tzinfo=NEW_YORK),  # 15:00 in Paris
            category="Event",
            author="Dominique",
        )
    ).posts[0]
    return [
        new_york,
        add_post("Morning question", 2026, 6, 11, 10, 0, author="Camille"),
        add_post("Lunch offer", 2026, 6, 11, 12, 0, category="Offer", author="Dominique"),
        add_post("Friday tip", 2026, 6, 12, 9, 0, platform="LinkedIn", category="Tip", author="Camille"),
    ]


def shown_titles(view: AgendaView) -> list[str]:
    return [view.data_at(row, Column.TITLE) for row in range(view.proxy.rowCount())]


def row_centre(view: AgendaView, title: str) -> QPoint:
    row = shown_titles(view).index(title)
    return view.table.visualRect(view.proxy.index(row, Column.TITLE)).center()


def click_header(view: AgendaView, qtbot: QtBot, column: Column) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_the_filter_narrows_the_rows(agenda: AgendaView, posts: list[Post], qtbot: QtBot) -> None:
    agenda.set_posts(posts, {}, {})
    assert agenda.proxy.rowCount() == 4

    qtbot.keyClicks(agenda.filter_edit, "LINKEDIN")  # a platform, whatever the case
    assert shown_titles(agenda) == ["Live from Brooklyn", "Friday tip"]

    agenda.filter_edit.clear()
    qtbot.keyClicks(agenda.filter_edit, "offer")  # a category
    assert shown_titles(agenda) == ["Lunch offer"]

    agenda.filter_edit.clear()
    qtbot.keyClicks(agenda.filter_edit, "camille tip")  # every word, in any of the fields
    assert shown_titles(agenda) == ["Friday tip"]
    assert "1" in agenda.count_label.text() and "4" in agenda.count_label.text()

    agenda.filter_edit.clear()
    assert agenda.proxy.rowCount() == 4


def test_sorting_by_time_follows_the_instant_across_zones(agenda: AgendaView, posts: list[Post], qtbot: QtBot) -> None:
    agenda.set_posts(list(reversed(posts)), {}, {})
    # By text, "Thu 11 Jun 09:00 (New York)" would come first; it is 15:00 in Paris.
    assert agenda.data_at(0, Column.DAY_TIME).startswith("Thu 11 Jun 10:00")

    click_header(agenda, qtbot, Column.TITLE)
    assert shown_titles(agenda) == sorted(post.title for post in posts)

    click_header(agenda, qtbot, Column.DAY_TIME)
    chronological = ["Morning question", "Lunch offer", "Live from Brooklyn", "Friday tip"]
    assert shown_titles(agenda) == chronological
    click_header(agenda, qtbot, Column.DAY_TIME)
    assert shown_titles(agenda) == list(reversed(chronological))


def test_double_click_and_enter_ask_to_edit(agenda: AgendaView, posts: list[Post], qtbot: QtBot) -> None:
    agenda.set_posts(posts, {}, {})
    offer = next(post for post in posts if post.title == "Lunch offer")

    # A real double-click is a click, then a second press that Qt reports as a double-click.
    centre = row_centre(agenda, "Lunch offer")
    qtbot.mouseClick(agenda.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(agenda.editRequested) as edit:
        qtbot.mouseDClick(agenda.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert edit.args == [offer.id]

    agenda.table.setFocus()
    qtbot.keyClick(agenda.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(agenda.editRequested) as edit:
        qtbot.keyClick(agenda.table, Qt.Key.Key_Return)
    assert edit.args == [agenda.selected_post()]
    assert shown_titles(agenda)[agenda.table.currentIndex().row()] == "Live from Brooklyn"


def test_delete_asks_to_delete_the_selected_post(agenda: AgendaView, posts: list[Post], qtbot: QtBot) -> None:
    agenda.set_posts(posts, {}, {})
    tip = next(post for post in posts if post.title == "Friday tip")

    with qtbot.waitSignal(agenda.postSelected) as selected:
        qtbot.mouseClick(agenda.table.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(agenda, "Friday tip"))
    assert selected.args == [tip.id]

    with qtbot.waitSignal(agenda.deleteRequested) as delete:
        qtbot.keyClick(agenda.table, Qt.Key.Key_Delete)
    assert delete.args == [tip.id]


def test_the_selection_survives_a_refresh(
    agenda: AgendaView, posts: list[Post], add_post: AddPost, qtbot: QtBot
) -> None:
    agenda.set_posts(posts, {}, {})
    offer = next(post for post in posts if post.title == "Lunch offer")
    qtbot.mouseClick(agenda.table.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(agenda, "Lunch offer"))
    assert agenda.selected_post() == offer.id

    # Another order and a new post earlier in the day: the same post stays selected, silently.
    earlier = add_post("Breakfast poll", 2026, 6, 11, 8, 0, category="Poll")
    with qtbot.assertNotEmitted(agenda.postSelected):
        agenda.set_posts([earlier, *reversed(posts)], {}, {offer.id: ["Too much promotion"]})
    assert agenda.selected_post() == offer.id
    assert shown_titles(agenda)[agenda.table.currentIndex().row()] == "Lunch offer"

    agenda.set_posts([earlier], {}, {})
    assert agenda.selected_post() is None


def test_select_post_shows_it_unless_filtered_out(agenda: AgendaView, posts: list[Post], qtbot: QtBot) -> None:
    agenda.set_posts(posts, {}, {})
    brooklyn = posts[0]

    assert agenda.select_post(brooklyn.id)
    assert agenda.selected_post() == brooklyn.id

    qtbot.keyClicks(agenda.filter_edit, "tip")
    assert not agenda.select_post(brooklyn.id)
    assert agenda.selected_post() is None


def test_keyboard_goes_from_the_filter_to_the_rows(agenda: AgendaView, posts: list[Post], qtbot: QtBot) -> None:
    agenda.set_posts(posts, {}, {})
    agenda.filter_edit.setFocus()
    qtbot.keyClicks(agenda.filter_edit, "linkedin")

    with qtbot.waitSignal(agenda.postSelected) as selected:
        qtbot.keyClick(agenda.filter_edit, Qt.Key.Key_Down)  # to the first row kept
    assert selected.args == [posts[0].id]  # Live from Brooklyn, LinkedIn's first post in time
    assert agenda.table.hasFocus()

    qtbot.keyClick(agenda.filter_edit, Qt.Key.Key_Escape)
    assert agenda.filter_edit.text() == ""
    assert agenda.proxy.rowCount() == 4
