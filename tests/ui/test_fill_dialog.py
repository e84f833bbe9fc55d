"""Planning ▸ Fill the week…: the proposal seen before anything is written, what could not be
filled, the range with no slots, and Apply as one step to undo and redo, a conflict said in
one line with nothing half done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QTreeWidget
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields, PostPatch
from planner.model import Post, PostQuery, Status
from tests.helpers.ui import PARIS
from ui.dialogs.fill import FillDialog
from ui.window.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=PARIS)


def add_idea(plan: Planner, title: str, category: str, platform: str = "Instagram") -> Post:
    return plan.create_post(PostFields(platform=platform, title=title, category=category)).posts[0]


def idea_titles(plan: Planner) -> list[str]:
    return sorted(post.title for post in plan.list_posts(PostQuery(statuses=(Status.IDEA,))))


def rows(tree: QTreeWidget) -> list[list[str]]:
    return [[item.text(column) for column in range(tree.columnCount())] for item in _items(tree)]


def _items(tree: QTreeWidget) -> list:  # type: ignore[type-arg]
    return [tree.topLevelItem(index) for index in range(tree.topLevelItemCount())]


@pytest.fixture
def slotted(plan: Planner) -> Planner:
    """Instagram's week of 8–14 June (the window's today is Wednesday 10th): conversation slots on
    Thursday 09:00 and Saturday 10:30, and one for any side on Friday 12:30; one question waits."""
    plan.add_slot("Instagram", "thu", "09:00", "conversation")
    plan.add_slot("Instagram", "sat", "10:30", "conversation")
    plan.add_slot("Instagram", "fri", "12:30")
    add_idea(plan, "Which book made you cry?", "Question")
    return plan


def with_fill_dialog(qtbot: QtBot, window: MainWindow, act: Callable[[FillDialog], None]) -> None:
    """Planning ▸ Fill the week… from its shortcut; ``act`` runs on the dialog once it shows, and
    must close it (Apply or Cancel)."""

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, FillDialog) and w.isVisible()]
        if not shown:
            QTimer.singleShot(20, look)
            return
        try:
            act(shown[0])
        finally:
            if shown[0].isVisible():  # whatever ``act`` did, the modal loop ends: a failed check must not hang
                shown[0].reject()

    # Shortcuts reach the active window only; a closed dialog leaves none active offscreen.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTimer.singleShot(0, look)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def seen(qtbot: QtBot, window: MainWindow) -> dict[str, object]:
    """What the dialog showed for the window's week, then Cancel."""
    shown: dict[str, object] = {}

    def look(dialog: FillDialog) -> None:
        shown.update(
            title=dialog.windowTitle(),
            rows=rows(dialog.placements),
            missing=dialog.missing_label.text() if dialog.missing_box.isVisible() else "",
            summary=dialog.summary_label.text(),
            no_slots=dialog.no_slots_label.text() if dialog.no_slots_label.isVisible() else "",
            edit_slots=dialog.edit_slots_button is not None and dialog.edit_slots_button.isVisible(),
            apply=dialog.apply_button.isEnabled(),
            default=dialog.apply_button.isDefault(),
        )
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    with_fill_dialog(qtbot, window, look)
    return shown


def apply(qtbot: QtBot, window: MainWindow) -> None:
    def press(dialog: FillDialog) -> None:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    with_fill_dialog(qtbot, window, press)


def test_the_proposal_is_shown_before_anything_is_written(
    qtbot: QtBot, make_window: MakeWindow, slotted: Planner
) -> None:
    window = make_window()
    shown = seen(qtbot, window)

    assert shown["title"] == "Fill the week"
    assert shown["rows"] == [["Thu 11 Jun 09:00", "Instagram", "Which book made you cry?", "Conversation"]]
    assert shown["summary"] == "1 idea goes into the empty slots:"
    assert shown["apply"] and shown["default"]
    assert idea_titles(slotted) == ["Which book made you cry?"]  # cancelled: nothing written


def test_what_could_not_be_filled_is_named(qtbot: QtBot, make_window: MakeWindow, slotted: Planner) -> None:
    window = make_window()
    missing = seen(qtbot, window)["missing"]

    assert "Instagram: 1 conversation idea missing" in str(missing)


def test_apply_places_the_ideas_in_the_week_as_one_step_to_undo_and_redo(
    qtbot: QtBot, make_window: MakeWindow, slotted: Planner
) -> None:
    window = make_window()
    apply(qtbot, window)

    placed = slotted.list_posts(PostQuery(at(8, 0), at(15, 0)))
    assert [(p.title, p.start, p.status) for p in placed] == [("Which book made you cry?", at(11, 9), Status.DRAFT)]
    assert placed[0].id in window.week_view.layout_rects()  # the week shows it
    assert idea_titles(slotted) == []
    assert window.statusBar().currentMessage() == "1 idea placed; Edit ▸ Undo takes it back."
    stack = window.ops.stack
    assert stack.count() == 1 and stack.undoText() == "Fill the week"

    window.action_set.undo.trigger()
    assert idea_titles(slotted) == ["Which book made you cry?"]
    assert window.statusBar().currentMessage() == ""  # "Undo takes it back" no longer holds once undone
    back = slotted.posts_by_uid([placed[0].uid])[placed[0].uid]
    assert back.start is None and back.status is Status.IDEA
    assert placed[0].id not in window.week_view.layout_rects()

    window.action_set.redo.trigger()
    again = slotted.list_posts(PostQuery(at(8, 0), at(15, 0)))
    assert [(p.title, p.start, p.status) for p in again] == [("Which book made you cry?", at(11, 9), Status.DRAFT)]
    assert again[0].id in window.week_view.layout_rects()


def test_a_range_without_slots_says_so_and_offers_nothing_to_apply(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner
) -> None:
    add_idea(plan, "Which book made you cry?", "Question")
    window = make_window()
    shown = seen(qtbot, window)

    assert "This range has no slots" in str(shown["no_slots"])
    # The button is there when the window has Planning ▸ Slots…; else the line names the ways to add slots.
    has_slots = window.findChild(QAction, "actionSlots") is not None
    assert shown["edit_slots"] is has_slots
    assert has_slots or "(Planning ▸ Slots… or dialogos slot add)" in str(shown["no_slots"])
    assert shown["rows"] == [] and not shown["apply"]


def test_edit_slots_opens_planning_slots_when_the_window_has_it(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner
) -> None:
    window = make_window()
    slots = window.findChild(QAction, "actionSlots")
    if slots is None:  # a window without Planning ▸ Slots…: one for the test
        slots = QAction("Slots…", window)
        slots.setObjectName("actionSlots")
    triggered: list[bool] = []
    slots.triggered.connect(lambda: triggered.append(True))
    opened: list[str] = []

    def close_slots_dialog() -> None:
        """What Planning ▸ Slots… opens (modal) is closed at once, and its title kept."""
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and not isinstance(modal, FillDialog):
            opened.append(modal.windowTitle())
            modal.reject()

    closer = QTimer()
    closer.setInterval(20)
    closer.timeout.connect(close_slots_dialog)
    closer.start()
    buttons: list[bool] = []

    def edit_slots(dialog: FillDialog) -> None:
        buttons.append(dialog.edit_slots_button is not None and dialog.edit_slots_button.isVisible())
        if dialog.edit_slots_button is not None:
            qtbot.mouseClick(dialog.edit_slots_button, Qt.MouseButton.LeftButton)

    with_fill_dialog(qtbot, window, edit_slots)
    qtbot.waitUntil(lambda: triggered == [True])
    closer.stop()
    assert buttons == [True]


def test_a_conflict_on_apply_is_one_line_and_nothing_is_placed(
    qtbot: QtBot, make_window: MakeWindow, slotted: Planner
) -> None:
    window = make_window()
    question = slotted.list_posts(PostQuery(statuses=(Status.IDEA,)))[0]
    shown: dict[str, object] = {}

    def changed_meanwhile(dialog: FillDialog) -> None:
        # A colleague edits the idea while the proposal is on screen.
        slotted.edit_post(question.id, PostPatch(title="Which book made you laugh?"), expect_version=question.version)
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        shown.update(
            error=dialog.error_label.text() if dialog.error_label.isVisible() else "",
            rows=rows(dialog.placements),
            open=dialog.isVisible(),
        )
        dialog.reject()

    with_fill_dialog(qtbot, window, changed_meanwhile)

    assert shown["open"]
    assert str(shown["error"]).startswith("Nothing was placed:")
    assert "\n" not in str(shown["error"])
    assert shown["rows"] == [["Thu 11 Jun 09:00", "Instagram", "Which book made you laugh?", "Conversation"]]
    assert idea_titles(slotted) == ["Which book made you laugh?"]
    assert window.ops.stack.count() == 0


def test_an_undo_after_a_colleague_moved_a_placed_post_is_refused_in_one_line(
    qtbot: QtBot, make_window: MakeWindow, slotted: Planner
) -> None:
    add_idea(slotted, "Behind the counter", "Behind the scenes")
    window = make_window()
    apply(qtbot, window)
    placed = slotted.list_posts(PostQuery(at(8, 0), at(15, 0)))
    assert len(placed) == 2
    slotted.edit_post(placed[0].id, PostPatch(start=at(11, 16)), expect_version=placed[0].version)

    window.action_set.undo.trigger()

    said = "Cannot undo: camille changed “Which book made you cry?” since; the step is dropped from Undo."
    assert window.statusBar().currentMessage() == said
    assert idea_titles(slotted) == []  # neither placed post went back: nothing half done


def test_the_dialog_speaks_french(qtbot: QtBot, make_window: MakeWindow, slotted: Planner, french: None) -> None:
    window = make_window()
    shown = seen(qtbot, window)

    assert shown["title"] == "Remplir la semaine"
    assert "Instagram : il manque 1 idée de conversation" in str(shown["missing"])
    assert window.action_set.fill_week.text() == "&Remplir la semaine…"


def test_only_the_platforms_the_toolbar_shows_are_filled(
    qtbot: QtBot, make_window: MakeWindow, slotted: Planner
) -> None:
    slotted.add_slot("LinkedIn", "thu", "10:00")
    add_idea(slotted, "Our reading club turns 5", "News", platform="LinkedIn")
    window = make_window()
    assert [row[1] for row in seen(qtbot, window)["rows"]] == ["Instagram", "LinkedIn"]  # type: ignore[union-attr]

    window.platform_actions["Instagram"].trigger()  # hidden from the toolbar
    shown = seen(qtbot, window)

    assert shown["rows"] == [["Thu 11 Jun 10:00", "LinkedIn", "Our reading club turns 5", "Information"]]
    assert "Instagram" not in str(shown["missing"])

    window.platform_actions["LinkedIn"].trigger()  # every platform hidden: none of them filled
    shown = seen(qtbot, window)
    assert shown["summary"] == "No platform is shown: show one in the toolbar to fill its slots."
    assert shown["rows"] == [] and not shown["apply"]


def test_fill_the_week_is_in_the_planning_menu_and_off_on_a_read_only_plan(
    make_window: MakeWindow, plan: Planner
) -> None:
    window = make_window()
    planning = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Planning")
    assert window.action_set.fill_week in planning.actions()  # type: ignore[union-attr]

    window.present_read_only(True)
    assert not window.action_set.fill_week.isEnabled()


def test_a_placed_question_brings_its_follow_ups_and_the_undo_takes_them_back(
    qtbot: QtBot, make_window: MakeWindow, slotted: Planner
) -> None:
    slotted.edit_category("Question", followups=["replies:2h"])
    window = make_window()
    apply(qtbot, window)
    placed = slotted.list_posts(PostQuery(at(8, 0), at(15, 0)))[0]

    def replies() -> list[datetime]:
        return [f.due for f in slotted.followups.of_posts([placed.id])]

    assert replies() == [at(11, 11)]  # a reply window 2 h after Thursday 09:00
    window.action_set.undo.trigger()
    assert replies() == []  # an idea promises nothing
    window.action_set.redo.trigger()
    assert replies() == [at(11, 11)]


def test_an_unticked_idea_is_left_out_and_the_rest_proposed_again(
    qtbot: QtBot, make_window: MakeWindow, slotted: Planner
) -> None:
    add_idea(slotted, "Behind the counter", "Behind the scenes")
    window = make_window()
    shown: dict[str, object] = {}

    def untick_the_first(dialog: FillDialog) -> None:
        shown["before"] = rows(dialog.placements)
        # The first row's checkbox, from the keyboard (where it sits under the mouse depends on the style).
        dialog.placements.setCurrentItem(dialog.placements.topLevelItem(0))
        dialog.placements.setFocus()
        qtbot.keyClick(dialog.placements, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: rows(dialog.placements) != shown["before"])
        shown["after"] = rows(dialog.placements)
        shown["ticks"] = [item.checkState(0) for item in _items(dialog.placements)]
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    with_fill_dialog(qtbot, window, untick_the_first)

    assert shown["before"] == [
        ["Thu 11 Jun 09:00", "Instagram", "Which book made you cry?", "Conversation"],
        ["Sat 13 Jun 10:30", "Instagram", "Behind the counter", "Conversation"],
    ]
    # The other idea takes the first slot; the one left out stays, unticked, to tick back.
    assert shown["after"] == [
        ["Thu 11 Jun 09:00", "Instagram", "Behind the counter", "Conversation"],
        ["left out", "Instagram", "Which book made you cry?", "Conversation"],
    ]
    assert shown["ticks"] == [Qt.CheckState.Checked, Qt.CheckState.Unchecked]
    placed = slotted.list_posts(PostQuery(at(8, 0), at(15, 0)))
    assert [(p.title, p.start) for p in placed] == [("Behind the counter", at(11, 9))]
    assert idea_titles(slotted) == ["Which book made you cry?"]
