"""Balance marks in the first window: posts in a breached window carry a warning
mark whose tooltip gives the core's explanations; a line counts the week's breaches."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from planner import Planner, PostFields, Status
from planner.balance.rules import Mode, preset_rule
from planner.balance.verdicts import BalanceRefused
from planner.model import Post
from planner.timezones import week_range
from ui.agenda.post_table_model import BREACHES_ROLE, Column, PostTableModel
from ui.window.main_window import MainWindow

AddPost = Callable[..., Post]
MakeWindow = Callable[[], MainWindow]
PARIS = ZoneInfo("Europe/Paris")


def cell(model: PostTableModel, row: int, column: Column, role: int) -> Any:
    return model.data(model.index(row, column), role)


def marked_titles(model: PostTableModel) -> list[str]:
    return [model.post(row).title for row in model.marked_rows()]


@pytest.fixture
def warn_80_20(plan: Planner) -> None:
    """80/20 in warn mode on Instagram; LinkedIn's rule is switched off so only Instagram judges."""
    plan.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.WARN))
    plan.set_rule(preset_rule("80-20", platform="LinkedIn", mode=Mode.OFF))


@pytest.fixture
def two_promotions(warn_80_20: None, add_post: AddPost) -> None:
    """Four conversation posts, then two promotions, all in 2026-W24 on Instagram."""
    add_post("Monday question", 2026, 6, 8, 9, 0)
    add_post("Tuesday question", 2026, 6, 9, 9, 0)
    add_post("Wednesday poll", 2026, 6, 10, 9, 0, category="Poll")
    add_post("Thursday tip", 2026, 6, 11, 9, 0, category="Tip")
    add_post("Friday launch", 2026, 6, 12, 9, 0, category="Launch")
    add_post("Saturday offer", 2026, 6, 13, 9, 0, category="Offer")
    add_post("LinkedIn news", 2026, 6, 12, 12, 0, platform="LinkedIn", category="News")


@pytest.mark.usefixtures("two_promotions")
def test_posts_of_the_breached_window_are_marked(plan: Planner, make_window: MakeWindow) -> None:
    window = make_window()
    model = window.model

    # The offending window is the last five Instagram posts: the first question stays clear.
    assert marked_titles(model) == [
        "Tuesday question",
        "Wednesday poll",
        "Thursday tip",
        "Friday launch",
        "Saturday offer",
    ]
    assert {model.post(row).id for row in model.marked_rows()} == plan.reports.breached_posts(*_week(window))
    launch = titles_to_rows(model)["Friday launch"]
    assert isinstance(cell(model, launch, Column.BALANCE, Qt.ItemDataRole.DecorationRole), QIcon)
    assert not cell(model, launch, Column.BALANCE, Qt.ItemDataRole.DecorationRole).isNull()
    for title in ("Monday question", "LinkedIn news"):
        row = titles_to_rows(model)[title]
        assert cell(model, row, Column.BALANCE, Qt.ItemDataRole.DecorationRole) is None
        assert cell(model, row, Column.BALANCE, Qt.ItemDataRole.ToolTipRole) is None
        assert cell(model, row, Column.BALANCE, BREACHES_ROLE) == []


@pytest.mark.usefixtures("two_promotions")
def test_the_marks_tooltip_gives_the_breach_messages(plan: Planner, make_window: MakeWindow) -> None:
    window = make_window()
    model = window.model
    messages = [b.message for balance in plan.balance_report(*_week(window)) for b in balance.breaches]
    promotions = next(m for m in messages if "2 promotions in 5 consecutive posts" in m)

    for title in ("Friday launch", "Saturday offer"):
        row = titles_to_rows(model)[title]
        tooltip = cell(model, row, Column.BALANCE, Qt.ItemDataRole.ToolTipRole)
        assert promotions in tooltip
        assert tooltip.splitlines() == model.breach_messages(row) == cell(model, row, Column.TITLE, BREACHES_ROLE)
        assert set(tooltip.splitlines()) == set(messages)  # both breaches span these two
    assert promotions == ("On Instagram, 2 promotions in 5 consecutive posts (9 to 13 June): the 80/20 rule allows 1.")
    # Other cells keep their own tooltips.
    launch = titles_to_rows(model)["Friday launch"]
    assert "Europe/Paris" in cell(model, launch, Column.DAY_TIME, Qt.ItemDataRole.ToolTipRole)


@pytest.mark.usefixtures("two_promotions")
def test_the_week_line_counts_the_breaches(make_window: MakeWindow) -> None:
    window = make_window()

    assert window.balance_bar.isVisible()
    # One breach: 80/20 asks a single conversation post in 5, which the week has plenty of.
    assert window.balance_label.line() == "1 balance warning this week on Instagram"
    tooltip = window.balance_bar.toolTip().splitlines()
    assert len(tooltip) == 1
    assert "2 promotions in 5 consecutive posts" in tooltip[0]


@pytest.mark.usefixtures("two_promotions")
def test_a_window_across_weeks_marks_both_sides(make_window: MakeWindow, add_post: AddPost) -> None:
    add_post("Next Monday question", 2026, 6, 15, 9, 0)  # its window still holds both promotions
    window = make_window()

    window.next_week_action.trigger()

    assert marked_titles(window.model) == ["Next Monday question"]
    assert window.balance_bar.isVisible()


@pytest.mark.usefixtures("two_promotions")
def test_a_week_without_breaches_shows_no_mark(make_window: MakeWindow, add_post: AddPost) -> None:
    for day in range(15, 19):  # W25: four questions take the promotions out of the windows
        add_post("Question", 2026, 6, day, 9, 0)
    add_post("W26 question", 2026, 6, 22, 9, 0)
    window = make_window()

    window.show_week(2026, 26)

    assert [window.model.post(row).title for row in range(window.model.rowCount())] == ["W26 question"]
    assert window.model.marked_rows() == []
    assert cell(window.model, 0, Column.BALANCE, Qt.ItemDataRole.DecorationRole) is None
    assert not window.balance_bar.isVisible()

    window.this_week_action.trigger()  # and back: the marks come back with the report
    assert len(window.model.marked_rows()) == 5
    assert window.balance_bar.isVisible()


@pytest.mark.usefixtures("warn_80_20")
def test_a_balanced_week_shows_no_mark(add_post: AddPost, make_window: MakeWindow) -> None:
    for day in range(8, 12):
        add_post("Question", 2026, 6, day, 9, 0)
    add_post("One launch", 2026, 6, 12, 9, 0, category="Launch")
    add_post("Dropped offer", 2026, 6, 13, 9, 0, category="Offer", status=Status.CANCELLED)  # does not count

    window = make_window()

    assert window.model.rowCount() == 6
    assert window.model.marked_rows() == []
    assert all(cell(window.model, r, Column.BALANCE, Qt.ItemDataRole.ToolTipRole) is None for r in range(6))
    assert not window.balance_bar.isVisible()


@pytest.mark.usefixtures("two_promotions")
def test_a_rule_change_elsewhere_updates_the_marks(plan: Planner, make_window: MakeWindow) -> None:
    window = make_window()
    assert window.model.marked_rows()

    plan.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.OFF))
    window.reload()

    assert window.model.marked_rows() == []
    assert not window.balance_bar.isVisible()


def test_a_refused_post_is_not_listed_nor_marked(plan: Planner, add_post: AddPost, make_window: MakeWindow) -> None:
    plan.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    for day in range(8, 12):
        add_post("Question", 2026, 6, day, 9, 0)
    add_post("First launch", 2026, 6, 12, 9, 0, category="Launch")
    with pytest.raises(BalanceRefused):
        add_post("Second launch", 2026, 6, 13, 9, 0, category="Offer")

    window = make_window()

    assert window.model.rowCount() == 5
    assert window.model.marked_rows() == []

    start = datetime(2026, 6, 13, 9, 0, tzinfo=PARIS)
    forced = PostFields(platform="Instagram", title="Forced launch", start=start, category="Offer")
    plan.create_post(forced, reason="Partner deadline")
    window.reload()
    assert "Forced launch" in marked_titles(window.model)


@pytest.mark.usefixtures("two_promotions")
def test_french_tooltip_and_line(french: None, make_window: MakeWindow) -> None:
    window = make_window()
    model = window.model
    row = titles_to_rows(model)["Saturday offer"]

    tooltip = cell(model, row, Column.BALANCE, Qt.ItemDataRole.ToolTipRole)

    assert (
        "Sur Instagram, 2 promotions dans 5 publications consécutives (du 9 au 13 juin) : "
        "la règle 80/20 en permet 1." in tooltip.splitlines()
    )
    assert cell(model, row, Column.BALANCE, Qt.ItemDataRole.AccessibleTextRole) == "Alerte d’équilibre"
    assert window.balance_label.line() == "1 alerte d’équilibre cette semaine sur Instagram"
    assert "Sur Instagram" in window.balance_bar.toolTip()
    header_tip = model.headerData(Column.BALANCE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header_tip.startswith("Équilibre")


def test_the_marker_column_is_narrow_and_untitled(make_window: MakeWindow) -> None:
    window = make_window()
    header = window.table.horizontalHeader()

    assert window.model.headerData(Column.BALANCE, Qt.Orientation.Horizontal) == ""
    assert header.sectionSize(Column.BALANCE) < header.sectionSize(Column.DAY_TIME)
    assert header.sectionSize(Column.BALANCE) <= 40


def titles_to_rows(model: PostTableModel) -> dict[str, int]:
    return {model.post(row).title: row for row in range(model.rowCount())}


def _week(window: MainWindow) -> tuple[Any, Any]:
    return week_range(*window.week, "Europe/Paris")
