"""What the window says of an action: a refusal's message goes with the next action, and the
"N balance warnings" line keeps its place, so the calendar does not jump when it comes or goes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields
from planner.balance.rules import Mode, preset_rule
from planner.model import Post
from planner.session import Clock
from tests.helpers.ui import PARIS, centre
from ui.dialogs.slots import SlotsDialog
from ui.window.main_window import MainWindow
from ui.window.status import PATH_CHARS, PathLabel

AddPost = Callable[..., Post]
MakeWindow = Callable[[], MainWindow]


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 6, day, hour, 0, tzinfo=PARIS)


@pytest.fixture
def refusing_window(qtbot: QtBot, plan: Planner, fixed_clock: Clock) -> Iterator[MainWindow]:
    """A window whose user gives no reason when a block rule refuses: the change is refused."""
    window = MainWindow(plan, clock=fixed_clock, reason_asker=lambda _parent, _refusal: None)
    window.resize(1200, 800)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_started)
    yield window
    window.close()


@pytest.fixture
def one_promotion_in_five(plan: Planner, add_post: AddPost) -> None:
    """80/20 in block mode on Instagram, four questions and an offer: another promotion is refused."""
    plan.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    for day in (8, 9, 10, 11):
        add_post(f"Question {day}", 2026, 6, day, 9, 0)
    add_post("Offer", 2026, 6, 12, 9, 0, category="Offer")


def promotion() -> PostFields:
    return PostFields(platform="Instagram", title="Launch", category="Launch", start=at(13))


def question(title: str, day: int) -> PostFields:
    return PostFields(platform="Instagram", title=title, category="Question", start=at(day, 18))


@pytest.mark.usefixtures("one_promotion_in_five")
def test_a_refusal_is_said_then_goes_with_the_next_change(refusing_window: MainWindow) -> None:
    bar = refusing_window.statusBar()

    assert refusing_window.ops.create(promotion()) is None
    assert "80/20" in bar.currentMessage()

    assert refusing_window.ops.create(question("Question after", 14)) is not None
    assert bar.currentMessage() == ""  # the later success is not read as refused


@pytest.mark.usefixtures("one_promotion_in_five")
def test_an_undo_is_an_action_too(refusing_window: MainWindow) -> None:
    assert refusing_window.ops.create(question("First", 14)) is not None
    assert refusing_window.ops.create(promotion()) is None
    assert refusing_window.statusBar().currentMessage()

    refusing_window.ops.stack.undo()

    assert refusing_window.statusBar().currentMessage() == ""


@pytest.mark.usefixtures("one_promotion_in_five")
def test_a_drag_clears_the_refusal_and_its_drop_says_nothing_stale(
    plan: Planner, refusing_window: MainWindow, qtbot: QtBot
) -> None:
    window = refusing_window
    assert window.ops.create(promotion()) is None
    assert window.statusBar().currentMessage()
    view = window.week_view
    question = next(p for p in plan.list_posts() if p.title == "Question 8")
    grab = centre(view, question)

    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(view, grab + QPoint(20, 20))  # the card is picked up

    assert window.statusBar().currentMessage() == ""
    drop = QPoint(round(view.day_rect(date(2026, 6, 14)).center().x()), grab.y())
    with qtbot.waitSignal(view.moveRequested):
        qtbot.mouseMove(view, drop)
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=drop)
    assert next(p for p in plan.list_posts() if p.title == "Question 8").start.day == 14
    assert window.statusBar().currentMessage() == ""


def test_a_warning_stays_for_the_change_that_caused_it(
    plan: Planner, add_post: AddPost, refusing_window: MainWindow
) -> None:
    plan.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.WARN))
    add_post("Offer", 2026, 6, 12, 9, 0, category="Offer")

    assert refusing_window.ops.create(promotion()) is not None  # saved, with a warning

    assert "80/20" in refusing_window.statusBar().currentMessage()


def test_a_message_said_by_something_else_is_left_alone(
    plan: Planner, add_post: AddPost, refusing_window: MainWindow
) -> None:
    refusing_window.statusBar().showMessage("Live calendar updated: plan.ics", 5_000)

    assert refusing_window.ops.create(question("A question", 14)) is not None

    assert refusing_window.statusBar().currentMessage() == "Live calendar updated: plan.ics"


def test_the_balance_line_keeps_its_place(
    plan: Planner, add_post: AddPost, refusing_window: MainWindow, qtbot: QtBot
) -> None:
    plan.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.WARN))
    add_post("Offer", 2026, 6, 12, 9, 0, category="Offer")
    window = refusing_window
    assert not window.balance_bar.isVisible()
    top = window.week_view.mapTo(window, window.week_view.rect().topLeft()).y()

    assert window.ops.create(promotion()) is not None  # two promotions in a row: a warning
    qtbot.waitUntil(window.balance_bar.isVisible)

    assert window.balance_label.line().startswith("1 balance warning")
    assert window.week_view.mapTo(window, window.week_view.rect().topLeft()).y() == top
    window.ops.stack.undo()
    qtbot.waitUntil(lambda: not window.balance_bar.isVisible())
    assert window.week_view.mapTo(window, window.week_view.rect().topLeft()).y() == top


def test_a_long_balance_line_stays_one_line(refusing_window: MainWindow) -> None:
    line = refusing_window.balance_label
    height = line.height()

    line.set_line("3 balance warnings this week on " + ", ".join(f"Platform {n}" for n in range(40)))

    assert line.height() == height
    assert line.text().endswith("…")
    assert line.line().endswith("Platform 39")


def test_a_post_that_cannot_be_marked_published_is_said_until_the_next_change(
    plan: Planner, add_post: AddPost, refusing_window: MainWindow
) -> None:
    later = add_post("Next week", 2026, 6, 17, 9, 0)  # its time has not come: not to mark published

    refusing_window.mark_published(later)
    assert refusing_window.statusBar().currentMessage().startswith("Only a ready or scheduled post")

    assert refusing_window.ops.create(question("A question", 14)) is not None
    assert refusing_window.statusBar().currentMessage() == ""


@pytest.mark.usefixtures("one_promotion_in_five")
def test_a_change_in_the_slots_dialog_clears_the_refusal(refusing_window: MainWindow, qtbot: QtBot) -> None:
    window = refusing_window
    assert window.ops.create(promotion()) is None
    assert "80/20" in window.statusBar().currentMessage()
    seen: list[str] = []

    def add_a_slot_then_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SlotsDialog)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # Monday 09:00, the form's default
        seen.append(window.statusBar().currentMessage())
        dialog.reject()

    QTimer.singleShot(0, add_a_slot_then_close)
    window.action_set.slots.trigger()  # Planning ▸ Slots…, modal until closed

    assert seen == [""]  # the slot was added: the refusal no longer stands beside it
    assert window.statusBar().currentMessage() == ""


def test_the_demo_replaces_the_start_panel_s_message(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    panel = window.start_panel
    assert panel is not None
    qtbot.mouseClick(panel.rule_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage().startswith("Balance rule for every platform")

    window.action_set.demo.trigger()  # as the panel's "Try the demo plan" does

    assert window.model.rowCount() > 0  # the demo filled the plan
    assert window.start_panel is None
    assert window.statusBar().currentMessage() == ""


def test_the_start_panel_s_message_goes_with_the_next_change(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    panel = window.start_panel
    assert panel is not None
    qtbot.mouseClick(panel.rule_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage()

    assert window.ops.create(question("A first post", 14)) is not None

    assert window.statusBar().currentMessage() == ""


@pytest.mark.usefixtures("one_promotion_in_five")
def test_picking_up_an_idea_clears_the_refusal(plan: Planner, refusing_window: MainWindow, qtbot: QtBot) -> None:
    window = refusing_window
    plan.create_post(PostFields(platform="Instagram", title="Summer plans", category="Question", start=None))
    window.reload()
    assert window.ops.create(promotion()) is None
    assert "80/20" in window.statusBar().currentMessage()
    ideas = window.backlog.list
    qtbot.waitUntil(lambda: ideas.model().rowCount() == 1)
    grab = ideas.visualRect(ideas.model().index(0, 0)).center()

    with qtbot.waitSignal(window.backlog.dragStarted):
        qtbot.mousePress(ideas.viewport(), Qt.MouseButton.LeftButton, pos=grab)
        qtbot.mouseMove(ideas.viewport(), grab + QPoint(30, 30))  # the idea is picked up

    assert window.statusBar().currentMessage() == ""


def test_a_long_database_path_is_drawn_elided_in_its_middle(qtbot: QtBot) -> None:
    """The path gives way to the messages and counts on its left: its start and the file's name show,
    the whole path stays in the label's text (and the window's tooltip)."""
    path = "/home/camille/Documents/Association des lecteurs/Plans partagés/2026/plan-du-club.sqlite"
    label = PathLabel("Database: {path}", path)
    qtbot.addWidget(label)
    label.show()
    assert label.text() == f"Database: {path}"
    assert label.width() <= label.fontMetrics().averageCharWidth() * PATH_CHARS
    shown = label.shown_text()
    assert shown.startswith("Database: /home") and shown.endswith(".sqlite") and "…" in shown
    label.resize(label.fontMetrics().horizontalAdvance(label.text()) + 10, label.height())
    assert label.shown_text() == label.text()  # room enough: whole


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)])
def test_the_counts_on_the_left_never_draw_on_a_message(
    qtbot: QtBot, make_window: MakeWindow, size: tuple[int, int]
) -> None:
    """ "3 posts this week" gives way to a message and comes back after it, whatever shows it meanwhile."""
    window = make_window()
    window.resize(*size)
    window.statusBar().showMessage("Updated with changes by Camille", 10_000)
    window.reload()
    window.count_label.show()  # as Qt does when it shows the label's parent again
    qtbot.wait(20)  # the event loop turns: layouts, the side panels folding
    assert not window.count_label.isVisible()
    window.statusBar().clearMessage()
    assert window.count_label.isVisible()
