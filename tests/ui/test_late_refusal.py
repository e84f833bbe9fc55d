"""A promotion refused under "promises before promotion": the refusal names the late follow-ups and
"Show the late follow-ups" brings the Follow-ups panel forward with them selected; nothing is saved.

The clock is fixed at Wednesday 10 June 2026, 10:00 in Paris (``tests.helpers.ui.NOW``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields, Status
from planner.balance.rules import Mode, preset_rule
from planner.model import Post
from tests.helpers.ui import PARIS
from ui.refusals import LateAnswer, ask_about_late
from ui.window.main_window import MainWindow

AddPost = Callable[..., Post]
MakeWindow = Callable[[], MainWindow]


def _promotion() -> PostFields:
    return PostFields(
        platform="Instagram", title="-20% this weekend", category="Offer", start=datetime(2026, 6, 12, 9, tzinfo=PARIS)
    )


def test_show_the_late_follow_ups_selects_them_in_the_panel_and_saves_nothing(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow, add_post: AddPost
) -> None:
    plan.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    poll = add_post("Which winter book?", 2026, 6, 3, 9, 0, status=Status.PUBLISHED, category="Poll")
    results = plan.followups.add(poll.id, "post", due=datetime(2026, 6, 6, 18, tzinfo=PARIS)).followups[0]
    answer = plan.followups.add(poll.id, "answer", due=datetime(2026, 6, 4, 12, tzinfo=PARIS), note="@lea").followups[0]
    window = make_window()
    window.followups.dock.hide()
    refusals: list[str] = []

    def show_them(_parent: object, refusal: str) -> LateAnswer:
        refusals.append(refusal)
        return LateAnswer.SHOW

    window.ops.late_asker = show_them
    window.ops.reason_asker = lambda _parent, _refusal: "never asked"
    assert window.ops.create(_promotion()) is None

    [refusal] = refusals
    assert "You owe the community 2 follow-ups on Instagram" in refusal and "“@lea”" in refusal
    assert [p.title for p in plan.list_posts()] == ["Which winter book?"]
    panel = window.followups.panel
    assert panel is not None and window.followups.dock.isVisible()
    selected = {item.data(0, Qt.ItemDataRole.UserRole + 1) for item in panel.tree.selectedItems()}
    assert selected == {results.id, answer.id}
    assert panel.selected() is not None and panel.selected().id == answer.id  # the oldest first


def test_save_anyway_asks_the_reason_and_saves(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow, add_post: AddPost
) -> None:
    plan.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    poll = add_post("Which winter book?", 2026, 6, 3, 9, 0, status=Status.PUBLISHED, category="Poll")
    plan.followups.add(poll.id, "answer", due=datetime(2026, 6, 4, 12, tzinfo=PARIS), note="@lea")
    window = make_window()
    window.ops.late_asker = lambda _parent, _refusal: LateAnswer.OVERRIDE
    window.ops.reason_asker = lambda _parent, _refusal: "the shop's sale, agreed"
    saved = window.ops.create(_promotion())
    assert saved is not None and saved.title == "-20% this weekend"


def test_the_refusal_box_offers_to_show_them_first(qtbot: QtBot) -> None:
    seen: list[list[str]] = []

    def click_show() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append([button.text() for button in box.buttons()])
        assert box.defaultButton().text() == "&Show the late follow-ups"
        box.defaultButton().click()

    QTimer.singleShot(0, click_show)
    assert ask_about_late(None, "You owe the community 1 follow-up on Instagram") is LateAnswer.SHOW
    assert seen and "Save &anyway…" in seen[0]


def test_the_editor_s_verdict_offers_to_show_them_too(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow, add_post: AddPost
) -> None:
    from ui.editor.post_editor import PostEditor

    plan.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    poll = add_post("Which winter book?", 2026, 6, 3, 9, 0, status=Status.PUBLISHED, category="Poll")
    answer = plan.followups.add(poll.id, "answer", due=datetime(2026, 6, 4, 12, tzinfo=PARIS), note="@lea").followups[0]
    window = make_window()
    editor = PostEditor(plan, start=datetime(2026, 6, 12, 9, tzinfo=PARIS), operations=window.ops, parent=window)
    editor.lateRequested.connect(window.show_late_followups)
    qtbot.addWidget(editor)
    editor.category_combo.setCurrentIndex(editor.category_combo.findText("Offer"))
    qtbot.keyClicks(editor.title_edit, "-20% this weekend")
    editor.refresh_verdict()
    assert "“@lea”" in editor.verdict_panel.message()
    button = editor.verdict_panel.late_button
    assert not button.isHidden()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    panel = window.followups.panel
    assert panel is not None and panel.selected() is not None and panel.selected().id == answer.id
    assert editor.title_edit.text() == "-20% this weekend"  # what was typed stays


@pytest.mark.parametrize(
    ("lang", "buttons"),
    [("en", "(Keep or Drop… in the Follow-ups panel)"), ("fr", "(Tenir ou Abandonner… dans le panneau Suivis)")],
)
def test_the_refusal_and_the_editor_name_the_app_s_buttons_not_commands(
    qtbot: QtBot,
    plan: Planner,
    make_window: MakeWindow,
    add_post: AddPost,
    request: pytest.FixtureRequest,
    lang: str,
    buttons: str,
) -> None:
    from ui.editor.post_editor import PostEditor

    if lang == "fr":
        request.getfixturevalue("french")
    plan.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    poll = add_post("Which winter book?", 2026, 6, 3, 9, 0, status=Status.PUBLISHED, category="Poll")
    plan.followups.add(poll.id, "answer", due=datetime(2026, 6, 4, 12, tzinfo=PARIS), note="@lea")
    window = make_window()
    refusals: list[str] = []

    def cancel(_parent: object, refusal: str) -> LateAnswer:
        refusals.append(refusal)
        return LateAnswer.CANCEL

    window.ops.late_asker = cancel
    assert window.ops.create(_promotion()) is None
    [refusal] = refusals
    editor = PostEditor(plan, start=datetime(2026, 6, 12, 9, tzinfo=PARIS), operations=window.ops, parent=window)
    qtbot.addWidget(editor)
    editor.category_combo.setCurrentIndex(editor.category_combo.findText("Offer"))
    qtbot.keyClicks(editor.title_edit, "-20% this weekend")
    editor.refresh_verdict()
    for text in (refusal, editor.verdict_panel.message()):
        assert buttons in text
        assert "followup" not in text and "keep/drop" not in text
