"""Kept on time in the app: beside the sides in the balance panel, on each platform's chart in
the Insights, refreshed when a follow-up is kept (and back with Undo).

The clock is fixed at Wednesday 10 June 2026, 10:00 in Paris (``tests.helpers.ui.NOW``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from planner import Planner, Status
from planner.model import Followup, Post
from tests.helpers.ui import PARIS
from ui.balance_panel import PlatformSection
from ui.insights import InsightsView
from ui.window.main_window import MainWindow, View

AddPost = Callable[..., Post]
MakeWindow = Callable[[], MainWindow]


@dataclass
class Promises:
    thursday: Followup  # an answer owed on Thursday: open, not due yet


@pytest.fixture
def promises(plan: Planner, add_post: AddPost) -> Promises:
    """On Instagram in 2026-W24: one follow-up kept on time, one kept late, one late, one open,
    one dropped; nothing on LinkedIn."""
    monday = add_post("Your winter book?", 2026, 6, 8, 9, 0, status=Status.PUBLISHED)
    on_time = plan.followups.add(monday.id, "replies", after="1h").ids[0]
    plan.followups.keep(on_time, at=datetime(2026, 6, 8, 10, 0, tzinfo=PARIS))
    kept_late = plan.followups.add(monday.id, "answer", after="2h", note="@lea").ids[0]
    plan.followups.keep(kept_late, at=datetime(2026, 6, 9, 18, 0, tzinfo=PARIS))
    plan.followups.add(monday.id, "answer", after="3h", note="@marc")  # still open: late
    dropped = plan.followups.add(monday.id, "answer", after="4h", note="@zoe").ids[0]
    plan.followups.drop(dropped, reason="Zoé deleted her comment")
    thursday = add_post("Ask us anything", 2026, 6, 11, 9, 0)
    answer = plan.followups.add(thursday.id, "answer", after="1h", note="@marie").followups[0]
    add_post("Hiring a barista", 2026, 6, 9, 9, 0, platform="LinkedIn")
    return Promises(answer)


def sections(window: MainWindow) -> dict[str, PlatformSection]:
    return {section.platform: section for section in window.balance_panel.sections()}


def test_the_balance_panel_shows_kept_on_time_beside_the_sides_with_the_breakdown(
    make_window: MakeWindow, promises: Promises
) -> None:
    window = make_window()
    instagram, linkedin = sections(window)["Instagram"], sections(window)["LinkedIn"]

    assert instagram.kept_label.isVisible()
    assert instagram.kept_label.text() == "Kept on time: 25% (1 of 4)"  # the open one aside, the dropped one counted
    assert instagram.kept_label.toolTip().splitlines() == [
        "Follow-ups due in this range: 5",
        "Kept on time: 1",
        "Kept late: 1",
        "Late: 1",
        "Open, not due yet: 1",
        "Dropped: 1",
        "The share counts those kept on time among the kept and the late ones.",
    ]
    assert not linkedin.kept_label.isVisible()  # nothing was due there: nothing to say


def test_keeping_a_follow_up_refreshes_the_figure_and_undo_brings_it_back(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow, promises: Promises
) -> None:
    window = make_window()
    instagram = sections(window)["Instagram"]

    assert window.ops.keep_followup(promises.thursday) is not None  # kept on Wednesday, due Thursday

    assert instagram.kept_label.text() == "Kept on time: 40% (2 of 5)"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert instagram.kept_label.text() == "Kept on time: 25% (1 of 4)"


def test_in_french(promises: Promises, french: None, make_window: MakeWindow) -> None:
    window = make_window()
    instagram = sections(window)["Instagram"]
    assert instagram.kept_label.text() == "Tenus à temps : 25\u202f% (1 sur 4)"
    assert instagram.kept_label.toolTip().splitlines()[:2] == ["Suivis dus sur cette période : 5", "Tenus à temps : 1"]


def test_nothing_judged_yet_says_so(plan: Planner, add_post: AddPost, make_window: MakeWindow) -> None:
    thursday = add_post("Ask us anything", 2026, 6, 11, 9, 0)
    plan.followups.add(thursday.id, "answer", after="1h", note="@marie")
    window = make_window()
    assert sections(window)["Instagram"].kept_label.text() == "Kept on time: none to judge yet"


def test_the_insights_give_each_platform_its_figure_over_their_weeks(
    qtbot: QtBot, make_window: MakeWindow, promises: Promises
) -> None:
    window = make_window()
    window.resize(1366, 768)
    window.show_view(View.INSIGHTS)
    view = window.insights

    assert view.kept_texts() == {"Instagram": "Kept on time: 25% (1 of 4)"}  # LinkedIn: nothing due
    assert window.ops.keep_followup(promises.thursday) is not None
    assert view.kept_texts() == {"Instagram": "Kept on time: 40% (2 of 5)"}


def test_the_insights_title_row_explains_the_figure(qtbot: QtBot, plan: Planner, promises: Promises) -> None:
    view = InsightsView()
    qtbot.addWidget(view)
    kept = plan.kept_on_time(datetime(2026, 3, 23, tzinfo=PARIS), datetime(2026, 6, 15, tzinfo=PARIS))
    view.set_weeks(plan.weekly_sides(2026, 24, weeks=12), {p.name: p.colour for p in plan.platforms()}, kept)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)

    first_bar = view.bar_rects()["Instagram"][0]
    line = view.fontMetrics().height()
    title_row = QPointF(first_bar.center().x(), line * 1.8)  # the first chart starts one line down
    tooltip = view.charts.tooltip_at(title_row)
    assert tooltip.startswith("Follow-ups due in this range: 5")
    assert view.charts.tooltip_at(QPointF(first_bar.center().x(), first_bar.bottom() - 1)).startswith("Instagram")
