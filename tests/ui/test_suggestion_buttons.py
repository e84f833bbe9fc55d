"""Suggestions that never dead-end, in the app: the slots of a refusal are buttons that move the
post there and save it (one step to undo), and the conversation posts that would let it pass are
buttons that open the editor on one, prefilled: in the editor's verdict panel and in the refusal
box the window shows.

The rule carries its own numbers (in any 5 posts at most 1 promotion and at least 1 conversation
post, in block mode), whatever the presets become.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields
from planner.balance.rules import BalanceRule, Mode
from planner.balance.values import FIX_KINDS
from planner.balance.verdicts import BalanceRefused
from planner.model import Post, Side
from tests.helpers.ui import PARIS
from ui.editor.fields import VerdictState
from ui.editor.post_editor import PostEditor
from ui.operations import PostOperations
from ui.refusals import Refusal, RefusalAnswer, RefusalBox, ask_about_refusal
from ui.window.main_window import MainWindow

AddPost = Callable[..., Post]


def at(day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=PARIS)


@pytest.fixture
def sparse_week(plan: Planner, add_post: AddPost) -> None:
    """The bookshop-café's week on Instagram: a question, a behind-the-scenes post, a coupon."""
    plan.set_rule(BalanceRule("Instagram", 5, 1, 1, None, None, Mode.BLOCK))
    add_post("Which book are you reading?", 2026, 6, 15, 9, 0, category="Question")
    add_post("Behind the counter", 2026, 6, 16, 9, 0, category="Behind the scenes")
    add_post("Coupon: -10% on coffee", 2026, 6, 17, 9, 0, category="Offer")


@pytest.fixture
def busy_day(plan: Planner, add_post: AddPost) -> None:
    """One promotion in any two posts on Instagram; a coupon, then questions every day."""
    plan.set_rule(BalanceRule("Instagram", 2, 1, None, None, None, Mode.BLOCK))
    add_post("Coupon", 2026, 6, 15, 10, 0, category="Offer")
    for day in range(16, 20):
        add_post(f"Question {day}", 2026, 6, day, 9, 0, category="Question")


def launch(when: datetime) -> PostFields:
    return PostFields(platform="Instagram", title="Book launch", category="Launch", start=when)


@pytest.fixture
def open_editor(qtbot: QtBot, plan: Planner) -> Iterator[Callable[..., PostEditor]]:
    def open_(**options: Any) -> PostEditor:
        editor = PostEditor(plan, **options)
        qtbot.addWidget(editor)
        editor.resize(640, 720)
        editor.show()
        return editor

    yield open_


def fill_launch(qtbot: QtBot, editor: PostEditor) -> None:
    """Type the launch's title and choose its category, then wait for the verdict."""
    with qtbot.waitSignal(editor.previewed, timeout=3000):
        editor.title_edit.setText("Book launch")
        editor.category_combo.setCurrentIndex(editor.category_combo.findText("Launch"))


# -- the editor's verdict panel -------------------------------------------------------------


@pytest.mark.usefixtures("sparse_week")
def test_the_editor_offers_the_conversation_posts_that_would_let_it_pass(
    qtbot: QtBot, plan: Planner, open_editor: Callable[..., PostEditor]
) -> None:
    editor = open_editor(start=at(18), platform="Instagram")
    fill_launch(qtbot, editor)
    panel = editor.verdict_panel
    assert panel.state is VerdictState.BLOCKED
    assert "Add 4 conversation posts on Instagram before it" in panel.message()
    assert not panel.slot_buttons and panel.fix_buttons
    assert panel.fix_label.text() == "Add a conversation post on:" and panel.fix_label.isVisible()
    assert panel.fix_buttons[0].text().endswith("…")

    with qtbot.waitSignal(editor.conversationRequested) as asked:
        panel.fix_buttons[0].click()
    platform, moment = asked.args
    [fix] = [s for s in plan.preview_create(editor.result_fields()).suggestions if s.kind in FIX_KINDS]
    assert platform == "Instagram" and moment == fix.moments[0]


@pytest.mark.usefixtures("sparse_week")
def test_the_buttons_and_the_sentence_name_as_many_conversation_posts(
    qtbot: QtBot, plan: Planner, open_editor: Callable[..., PostEditor]
) -> None:
    editor = open_editor(start=at(18), platform="Instagram")
    fill_launch(qtbot, editor)
    panel = editor.verdict_panel
    [fix] = [s for s in plan.preview_create(editor.result_fields()).suggestions if s.kind in FIX_KINDS]
    assert len(fix.moments) == 4 and "Add 4 conversation posts" in panel.message()

    # Three buttons, the earliest first, and the fourth counted beside them: 3 + 1 = 4.
    assert len(panel.fix_buttons) == 3
    assert panel.more_fixes_label.isVisible() and panel.more_fixes_label.text() == "+1 more"
    for button, moment in zip(panel.fix_buttons, fix.moments, strict=False):
        assert f"{moment:%H:%M}" in button.text()


@pytest.mark.usefixtures("busy_day")
def test_no_count_beside_the_buttons_when_each_post_has_one(
    qtbot: QtBot, open_editor: Callable[..., PostEditor]
) -> None:
    editor = open_editor(start=at(15, 11), platform="Instagram")
    fill_launch(qtbot, editor)
    assert editor.verdict_panel.slot_buttons and not editor.verdict_panel.more_fixes_label.isVisible()


@pytest.mark.usefixtures("busy_day")
def test_move_to_in_the_editor_puts_a_new_post_there_and_saves(
    qtbot: QtBot, plan: Planner, open_editor: Callable[..., PostEditor]
) -> None:
    editor = open_editor(start=at(15, 11), platform="Instagram")
    fill_launch(qtbot, editor)
    panel = editor.verdict_panel
    assert panel.state is VerdictState.BLOCKED and panel.slot_buttons
    assert panel.slot_buttons[0].text().startswith("Move to ")
    slot = next(s.at for s in plan.preview_create(editor.result_fields()).suggestions if s.kind == "move_here")

    panel.slot_buttons[0].click()

    assert editor.result() == QDialog.DialogCode.Accepted
    assert editor.result_fields().start == slot
    assert plan.create_post(editor.result_fields()).verdict.ok  # what the window then saves passes


# -- the refusal box -------------------------------------------------------------------------


def _click_in_box(label_start: str) -> None:
    """Click, in the box about to open, the first button whose text starts with ``label_start``."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, RefusalBox):
            QTimer.singleShot(20, click)
            return
        button = next(b for b in box.findChildren(QPushButton) if b.text().startswith(label_start))
        button.click()

    QTimer.singleShot(0, click)


@pytest.mark.usefixtures("busy_day")
def test_the_refusal_box_shows_the_slots_as_buttons(qtbot: QtBot, plan: Planner) -> None:
    with pytest.raises(BalanceRefused) as refused:
        plan.create_post(launch(at(15, 11)))
    first = next(s.at for s in refused.value.verdict.suggestions if s.kind == "move_here")
    _click_in_box("Move to ")
    answer = ask_about_refusal(None, refused.value)
    assert answer == RefusalAnswer(Refusal.MOVE, first, "Instagram")


@pytest.mark.usefixtures("sparse_week")
def test_the_refusal_box_offers_the_conversation_posts_to_add(qtbot: QtBot, plan: Planner) -> None:
    with pytest.raises(BalanceRefused) as refused:
        plan.create_post(launch(at(18)))
    _click_in_box("Add a conversation post on ")
    answer = ask_about_refusal(None, refused.value)
    [fix] = [s for s in refused.value.verdict.suggestions if s.kind in FIX_KINDS]
    assert answer == RefusalAnswer(Refusal.ADD, fix.moments[0], "Instagram")


@pytest.mark.usefixtures("sparse_week")
def test_the_refusal_box_counts_the_conversation_posts_it_has_no_button_for(qtbot: QtBot, plan: Planner) -> None:
    with pytest.raises(BalanceRefused) as refused:
        plan.create_post(launch(at(18)))
    box = RefusalBox(refused.value)
    qtbot.addWidget(box)
    box.show()
    adds = [b for b in box.choice_buttons if b.text().startswith("Add a conversation post on ")]
    assert len(adds) == 3 and "Add 4 conversation posts" in box.message_label.text()
    assert box.more_label.isVisible() and box.more_label.text() == "+1 more"


@pytest.mark.usefixtures("busy_day")
def test_moving_from_the_refusal_saves_there_and_undo_takes_it_back(qtbot: QtBot, plan: Planner) -> None:
    chosen: list[datetime] = []

    def move_to_first(_parent: object, refused: BalanceRefused) -> RefusalAnswer:
        slot = next(s.at for s in refused.verdict.suggestions if s.kind == "move_here")
        chosen.append(slot)
        return RefusalAnswer(Refusal.MOVE, slot, "Instagram")

    ops = PostOperations(plan, None, refusal_asker=move_to_first)
    saved = ops.create(launch(at(15, 11)))
    assert saved is not None and saved.start == chosen[0]
    ops.stack.undo()
    assert "Book launch" not in [p.title for p in plan.list_posts()]

    # A post dragged where it is refused: the same box, and the move goes to the slot instead.
    second = ops.create(launch(at(18, 10)))
    assert second is not None
    moved = ops.move(second, at(15, 11))
    assert moved is not None and moved.start == chosen[1] != at(15, 11)
    ops.stack.undo()
    assert plan.get_post(second.id).start == at(18, 10)


@pytest.mark.usefixtures("sparse_week")
def test_adding_from_the_refusal_opens_the_editor_on_a_conversation_post(
    qtbot: QtBot, plan: Planner, monkeypatch: pytest.MonkeyPatch
) -> None:
    def add_first(_parent: object, refused: BalanceRefused) -> RefusalAnswer:
        fix = next(s for s in refused.verdict.suggestions if s.kind in FIX_KINDS)
        return RefusalAnswer(Refusal.ADD, fix.moments[0], fix.platform)

    window = MainWindow(plan, refusal_asker=add_first)
    qtbot.addWidget(window)
    opened: list[dict[str, object]] = []
    monkeypatch.setattr(window, "new_post", lambda **options: opened.append(options))
    with qtbot.waitSignal(window.ops.conversationRequested):
        assert window.ops.create(launch(at(18))) is None
    assert opened and opened[0]["platform"] == "Instagram" and opened[0]["side"] is Side.CONVERSATION
    assert "Book launch" not in [p.title for p in plan.list_posts()]


@pytest.mark.usefixtures("sparse_week")
def test_a_fix_button_in_the_editor_opens_a_second_editor_prefilled_and_saves_undoably(
    qtbot: QtBot, plan: Planner, fixed_clock: Callable[[], datetime]
) -> None:
    from ui.window import editing

    window = MainWindow(plan, clock=fixed_clock)
    qtbot.addWidget(window)
    window.show()
    launching = PostEditor(plan, start=at(18), platform="Instagram", parent=window, operations=window.ops)
    qtbot.addWidget(launching)
    fill_launch(qtbot, launching)
    [fix] = [s for s in plan.preview_create(launching.result_fields()).suggestions if s.kind in FIX_KINDS]
    seen: dict[str, object] = {}

    def fill_the_second_editor() -> None:
        opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, PostEditor) and w.isModal()]
        if not opened:
            QTimer.singleShot(20, fill_the_second_editor)
            return
        second = opened[0]
        fields = second.result_fields()
        sides = {c.name: c.side for c in plan.categories()}
        seen.update(platform=fields.platform, start=fields.start, side=sides.get(fields.category or ""))
        # Typed as a user does; Save once the editor has judged the title (it is off without one).
        second.previewed.connect(second.save_button.click)
        QTest.keyClicks(second.title_edit, "Which book should we read next?")

    QTimer.singleShot(0, fill_the_second_editor)
    editing.add_conversation(window, launching, "Instagram", fix.moments[0])

    assert seen == {"platform": "Instagram", "start": fix.moments[0], "side": Side.CONVERSATION}
    assert "Which book should we read next?" in [p.title for p in plan.list_posts()]
    window.ops.stack.undo()
    assert "Which book should we read next?" not in [p.title for p in plan.list_posts()]


# -- after "Add a conversation post": the change put off, offered again ------------------------------


@pytest.fixture
def informed_week(plan: Planner, add_post: AddPost) -> Post:
    """On Instagram, one conversation post in any three; news and an event, a question, then the coupon."""
    plan.set_rule(BalanceRule("Instagram", 3, 1, 1, None, None, Mode.BLOCK))
    add_post("Reading night", 2026, 6, 15, 9, 0, category="Event")
    add_post("New shelves", 2026, 6, 16, 9, 0, category="News")
    add_post("Which book are you reading?", 2026, 6, 22, 9, 0, category="Question")
    return add_post("Coupon", 2026, 6, 24, 9, 0, category="Offer")


def add_the_conversation_first(_parent: object, refused: BalanceRefused) -> RefusalAnswer:
    fix = next(s for s in refused.verdict.suggestions if s.kind == "add_conversation")
    return RefusalAnswer(Refusal.ADD, fix.at, fix.platform)


def when_the_conversation_editor_opens(title: str | None) -> None:
    """Type ``title`` in the conversation post's editor and save it (None: cancel it)."""

    def act() -> None:
        opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, PostEditor) and w.isModal()]
        if not opened:
            QTimer.singleShot(20, act)
            return
        editor = opened[0]
        if title is None:
            editor.reject()
            return
        editor.previewed.connect(editor.save_button.click)
        QTest.keyClicks(editor.title_edit, title)

    QTimer.singleShot(0, act)


def test_once_the_conversation_post_is_saved_the_refused_move_is_offered_again_and_undone_alone(
    qtbot: QtBot, plan: Planner, informed_week: Post, fixed_clock: Callable[[], datetime]
) -> None:
    coupon = informed_week
    window = MainWindow(plan, clock=fixed_clock, refusal_asker=add_the_conversation_first)
    qtbot.addWidget(window)
    window.show()
    when_the_conversation_editor_opens("What are you reading this week?")
    assert window.ops.move(coupon, at(17)) is None  # refused: no conversation post in 15–17 June

    button = window.put_off_button
    qtbot.waitUntil(button.isVisible)
    assert "What are you reading this week?" in [p.title for p in plan.list_posts()]
    assert button.text() == "Move “Coupon” again"
    assert window.statusBar().currentMessage() == "The conversation post is saved: now try the move again."
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert plan.get_post(coupon.id).start == at(17)
    assert not button.isVisible()
    window.ops.stack.undo()  # the move alone: the conversation post stays
    assert plan.get_post(coupon.id).start == at(24)
    assert "What are you reading this week?" in [p.title for p in plan.list_posts()]


def test_no_offer_when_the_conversation_post_is_not_saved_and_the_next_change_takes_it_away(
    qtbot: QtBot, plan: Planner, informed_week: Post, fixed_clock: Callable[[], datetime]
) -> None:
    coupon = informed_week
    window = MainWindow(plan, clock=fixed_clock, refusal_asker=add_the_conversation_first)
    qtbot.addWidget(window)
    window.show()
    opened: list[bool] = []
    # Connected after the window's own handler: called once the editor it opened is closed.
    window.ops.conversationRequested.connect(lambda *_args: opened.append(True))
    when_the_conversation_editor_opens(None)
    assert window.ops.move(coupon, at(17)) is None
    qtbot.waitUntil(lambda: bool(opened))
    assert not window.put_off_button.isVisible() and window.ops.put_off is None

    when_the_conversation_editor_opens("What are you reading this week?")
    assert window.ops.move(coupon, at(17)) is None
    qtbot.waitUntil(window.put_off_button.isVisible)
    window.ops.stack.undo()  # the conversation post taken back: the offer goes with it
    assert not window.put_off_button.isVisible()
