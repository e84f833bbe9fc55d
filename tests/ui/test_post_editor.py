"""The post editor: fields to PostFields and PostPatch, the text counter,
zone-aware times, the live balance verdict and the override reason."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields, PostPatch, Status
from planner.balance.rules import Mode, preset_rule
from planner.errors import ValidationError
from planner.model import Post
from planner.timezones import localize
from tests.helpers.ui import PARIS
from ui.editor.fields import VerdictState, error_colour
from ui.editor.post_editor import PostEditor

NEW_YORK = ZoneInfo("America/New_York")
ASK_BEFORE_DISCARDING = PostEditor.discard_asker  # the real question: the suite answers it for the other tests
OpenEditor = Callable[..., PostEditor]
AddPost = Callable[..., Post]


@pytest.fixture
def open_editor(qtbot: QtBot, plan: Planner) -> Iterator[OpenEditor]:
    """Show an editor on the test's planner, active so that shortcuts reach it."""

    def open_(**options: Any) -> PostEditor:
        editor = PostEditor(plan, **options)
        qtbot.addWidget(editor)
        editor.resize(640, 720)
        editor.show()
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
        return editor

    yield open_


@pytest.fixture
def crowded_week(plan: Planner, add_post: AddPost) -> None:
    """80/20 in block mode; week 25 already has four conversation posts and an offer on LinkedIn."""
    plan.set_rule(preset_rule("80-20", mode=Mode.BLOCK))
    for day, title in zip(
        (15, 16, 17, 18), ("Your notebook?", "Packing day", "Monday tip", "Paper or screen?"), strict=True
    ):
        add_post(title, 2026, 6, day, 9, 30, platform="LinkedIn", category="Question")
    add_post("-20% on notebooks", 2026, 6, 19, 11, 0, platform="LinkedIn", category="Offer")


def changed(qtbot: QtBot, editor: PostEditor, action: Callable[[], object]) -> None:
    """Run ``action`` and wait for the editor's debounced verdict."""
    with qtbot.waitSignal(editor.previewed, timeout=2000):
        action()


def pick(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Choose an item of a closed combo box by typing its first letters, as a user does."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText() == text


def type_over(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Replace the text of a line edit, editable combo or spin box by typing."""
    target = field.lineEdit() if isinstance(field, QComboBox) else field
    target.setFocus()
    target.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(target, text)


def type_date_time(qtbot: QtBot, editor: PostEditor, day: str, time: str) -> None:
    """Digits only, as typed into the sections of a date edit ("ddMMyyyy") and time edit ("HHmm")."""
    for field, digits, first in (
        (editor.date_edit, day, editor.date_edit.Section.DaySection),
        (editor.time_edit, time, editor.time_edit.Section.HourSection),
    ):
        field.setFocus()
        field.setSelectedSection(first)
        qtbot.keyClicks(field, digits)


def save_with_keyboard(qtbot: QtBot, editor: PostEditor) -> None:
    qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


# -- fields ---------------------------------------------------------------------------


def test_filling_the_fields_and_saving_gives_the_post_fields(qtbot: QtBot, open_editor: OpenEditor) -> None:
    editor = open_editor()
    pick(qtbot, editor.platform_combo, "LinkedIn")
    type_over(qtbot, editor.title_edit, "Which notebook do you use?")
    editor.body_edit.setFocus()
    qtbot.keyClicks(editor.body_edit, "Tell us in the comments.")
    pick(qtbot, editor.category_combo, "Poll")
    pick(qtbot, editor.status_combo, "Scheduled")
    type_date_time(qtbot, editor, "16062026", "0830")
    type_over(qtbot, editor.zone_combo, "America/New_York")
    type_over(qtbot, editor.duration_spin, "45")
    type_over(qtbot, editor.author_combo, "Camille")
    type_over(qtbot, editor.campaign_edit, "Back to school")
    type_over(qtbot, editor.link_edit, "https://example.org/notebooks")
    editor.notes_edit.setFocus()
    qtbot.keyClicks(editor.notes_edit, "Answer before noon")

    with qtbot.waitSignal(editor.accepted, timeout=2000):
        save_with_keyboard(qtbot, editor)

    assert editor.result() == QDialog.DialogCode.Accepted
    fields = editor.result_fields()
    assert fields == PostFields(
        platform="LinkedIn",
        title="Which notebook do you use?",
        body="Tell us in the comments.",
        category="Poll",
        status=Status.SCHEDULED,
        start=datetime(2026, 6, 16, 8, 30, tzinfo=NEW_YORK),
        timezone="America/New_York",
        duration_minutes=45,
        author="Camille",
        campaign="Back to school",
        link="https://example.org/notebooks",
        notes="Answer before noon",
    )
    assert fields.start is not None and fields.start.utcoffset() == NEW_YORK.utcoffset(datetime(2026, 6, 16, 8, 30))
    assert editor.override_reason() is None


def test_a_new_post_starts_at_the_given_time_in_its_zone(open_editor: OpenEditor) -> None:
    editor = open_editor(start=datetime(2026, 6, 12, 14, 30, tzinfo=PARIS))

    assert (editor.date_edit.date(), editor.time_edit.time()) == (QDate(2026, 6, 12), QTime(14, 30))
    assert editor.zone_combo.zone_name() == "Europe/Paris"
    assert editor.date_edit.displayFormat() == "dd/MM/yyyy"  # the en_GB locale's format
    assert editor.result_fields().status is Status.DRAFT


def test_an_idea_has_no_date_until_it_gets_a_dated_status(qtbot: QtBot, open_editor: OpenEditor) -> None:
    editor = open_editor(idea=True)
    type_over(qtbot, editor.title_edit, "A poll about pens")

    assert not editor.date_edit.isEnabled() and not editor.time_edit.isEnabled()
    assert editor.result_fields().start is None and editor.result_fields().status is Status.IDEA

    pick(qtbot, editor.status_combo, "Draft")
    assert editor.date_edit.isEnabled() and editor.time_edit.isEnabled()
    assert editor.result_fields().start == datetime(2026, 6, 10, 11, 0, tzinfo=PARIS)  # the next full hour


def test_escape_cancels_and_tab_follows_the_form(qtbot: QtBot, open_editor: OpenEditor) -> None:
    editor = open_editor()
    editor.title_edit.setFocus()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.body_edit
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Tab)  # Tab leaves the text instead of typing a tab
    assert QApplication.focusWidget() is editor.category_combo
    assert editor.body_edit.toPlainText() == ""

    with qtbot.waitSignal(editor.rejected, timeout=1000):
        qtbot.keyClick(editor.category_combo, Qt.Key.Key_Escape)
    assert editor.result() == QDialog.DialogCode.Rejected


def test_escape_after_typing_asks_before_losing_it(
    qtbot: QtBot, open_editor: OpenEditor, discard_answers: list[bool]
) -> None:
    editor = open_editor()
    qtbot.keyClicks(editor.title_edit, "A title worth keeping")
    asked: list[bool] = []
    discard_answers.extend([False, True])  # keep editing, then discard

    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Escape)
    asked.append(editor.isVisible())
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    assert asked == [True]  # the first answer kept the editor open, with what was typed
    assert discard_answers == [] and not editor.isVisible()
    assert editor.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize(("button", "discarded"), [("Discard what I typed", True), ("Keep editing", False)])
def test_the_question_before_losing_typing_says_what_each_answer_does(
    qtbot: QtBot, open_editor: OpenEditor, button: str, discarded: bool
) -> None:
    editor = open_editor()

    def answer() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(10, answer)
            return
        [chosen] = [b for b in boxes[0].buttons() if b.text().replace("&", "") == button]
        chosen.click()

    QTimer.singleShot(0, answer)
    assert ASK_BEFORE_DISCARDING(editor) is discarded


# -- text limit ---------------------------------------------------------------------


def test_the_counter_shows_the_limit_and_flags_a_text_over_it(
    qtbot: QtBot, plan: Planner, open_editor: OpenEditor
) -> None:
    plan.add_platform("X", "x")
    editor = open_editor(start=datetime(2026, 6, 12, 9, 0, tzinfo=PARIS))
    pick(qtbot, editor.platform_combo, "X")
    type_over(qtbot, editor.title_edit, "A long thread")
    assert editor.counter.text() == "0 / 280"

    editor.body_edit.setFocus()
    changed(qtbot, editor, lambda: qtbot.keyClicks(editor.body_edit, "a" * 281))

    assert editor.counter.text() == "281 / 280"
    assert editor.counter.is_over()
    assert editor.counter.palette().color(editor.counter.foregroundRole()) == error_colour(editor.palette())
    assert "X" in editor.limit_hint.text()
    # A draft may be too long: the core accepts it, so Save stays enabled.
    assert editor.error_message() is None and editor.save_button.isEnabled()

    changed(qtbot, editor, lambda: pick(qtbot, editor.status_combo, "Ready"))

    with pytest.raises(ValidationError) as refused:
        plan.preview_create(editor.result_fields())
    assert editor.verdict_panel.state is VerdictState.ERROR
    assert editor.verdict_panel.message() == refused.value.message
    assert not editor.save_button.isEnabled()


# -- time zones ---------------------------------------------------------------------


def test_a_time_in_the_spring_forward_gap_shows_the_cores_message(qtbot: QtBot, open_editor: OpenEditor) -> None:
    editor = open_editor()
    type_over(qtbot, editor.title_edit, "Night owl post")

    changed(qtbot, editor, lambda: type_date_time(qtbot, editor, "29032026", "0230"))

    with pytest.raises(ValidationError) as gap:
        localize(datetime(2026, 3, 29, 2, 30), "Europe/Paris")
    assert editor.verdict_panel.message() == gap.value.message
    assert editor.verdict_panel.message_label.isVisible()
    assert not editor.save_button.isEnabled()
    save_with_keyboard(qtbot, editor)
    assert editor.isVisible() and editor.result() != QDialog.DialogCode.Accepted

    changed(qtbot, editor, lambda: type_date_time(qtbot, editor, "29032026", "0330"))
    assert editor.error_message() is None and editor.save_button.isEnabled()


# -- balance verdict ----------------------------------------------------------------


def start_a_promotion(qtbot: QtBot, open_editor: OpenEditor) -> PostEditor:
    editor = open_editor(start=datetime(2026, 6, 19, 15, 0, tzinfo=PARIS))
    pick(qtbot, editor.platform_combo, "LinkedIn")
    type_over(qtbot, editor.title_edit, "Launch: the autumn notebook")
    changed(qtbot, editor, lambda: pick(qtbot, editor.category_combo, "Launch"))
    return editor


@pytest.mark.usefixtures("crowded_week")
def test_a_promotion_in_a_full_week_is_blocked_with_slots(qtbot: QtBot, plan: Planner, open_editor: OpenEditor) -> None:
    editor = start_a_promotion(qtbot, open_editor)

    expected = plan.preview_create(editor.result_fields())
    assert expected.blocking
    panel = editor.verdict_panel
    assert panel.state is VerdictState.BLOCKED
    assert panel.heading().startswith("Blocked")
    for breach in expected.breaches:
        assert breach.message in panel.message()
    slots = [s.at for s in expected.suggestions if s.kind == "move_here"]
    assert slots and len(panel.slot_buttons) == len(slots)

    changed(qtbot, editor, lambda: qtbot.mouseClick(panel.slot_buttons[0], Qt.MouseButton.LeftButton))

    first = slots[0].astimezone(PARIS)
    assert editor.date_edit.date() == QDate(first.year, first.month, first.day)
    assert editor.time_edit.time() == QTime(first.hour, first.minute)
    assert editor.result_fields().start == first
    assert panel.state is not VerdictState.BLOCKED
    assert editor.result() == QDialog.DialogCode.Accepted  # "Move to …" saves: the window saves it there


def test_a_colleague_saving_does_not_hold_up_the_editor(qtbot: QtBot, plan: Planner, open_editor: OpenEditor) -> None:
    """While another process holds the write lock, the live verdict says the file
    is busy instead of freezing the window, Save stays available, and the
    verdict comes back by itself once the colleague is done."""
    editor = open_editor(start=datetime(2026, 6, 15, 9, 30, tzinfo=PARIS))
    holder = sqlite3.connect(plan.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        changed(qtbot, editor, lambda: type_over(qtbot, editor.title_edit, "Busy day"))
        assert "busy" in editor.verdict_panel.message()
        assert editor.save_button.isEnabled()
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    qtbot.waitUntil(lambda: editor.verdict_panel.state is VerdictState.CLEAR, timeout=5000)
    assert editor.verdict() is not None


@pytest.mark.usefixtures("crowded_week")
def test_saving_a_blocked_change_asks_for_a_reason(qtbot: QtBot, open_editor: OpenEditor) -> None:
    editor = start_a_promotion(qtbot, open_editor)

    save_with_keyboard(qtbot, editor)

    assert editor.isVisible() and editor.result() != QDialog.DialogCode.Accepted
    assert editor.reason_edit.isVisible() and editor.reason_edit.hasFocus()
    save_with_keyboard(qtbot, editor)  # an empty reason is no reason
    assert editor.isVisible()

    qtbot.keyClicks(editor.reason_edit, "Launch day, agreed with the team")
    with qtbot.waitSignal(editor.accepted, timeout=1000):
        qtbot.keyClick(editor.reason_edit, Qt.Key.Key_Return)
    assert editor.override_reason() == "Launch day, agreed with the team"
    assert editor.result_fields().category == "Launch"


@pytest.mark.usefixtures("crowded_week")
def test_a_warning_lets_the_change_be_saved_without_a_reason(
    qtbot: QtBot, plan: Planner, open_editor: OpenEditor
) -> None:
    plan.set_rule(preset_rule("80-20", mode=Mode.WARN))
    editor = start_a_promotion(qtbot, open_editor)

    assert editor.verdict_panel.state is VerdictState.WARNING
    with qtbot.waitSignal(editor.accepted, timeout=1000):
        save_with_keyboard(qtbot, editor)
    assert editor.override_reason() is None


# -- editing ------------------------------------------------------------------------


def test_editing_gives_a_patch_of_the_changed_fields_only(
    qtbot: QtBot, add_post: AddPost, open_editor: OpenEditor
) -> None:
    post = add_post("Question of the week", 2026, 6, 10, 9, 30, body="Which pen?", author="Camille")
    editor = open_editor(post=post)
    assert editor.result_patch().is_empty()
    assert editor.title_edit.text() == "Question of the week"
    assert editor.author_combo.currentText() == "Camille"

    type_over(qtbot, editor.title_edit, "Question of the day")
    changed(qtbot, editor, lambda: type_date_time(qtbot, editor, "11062026", "1015"))

    assert editor.result_patch() == PostPatch(
        title="Question of the day", start=datetime(2026, 6, 11, 10, 15, tzinfo=PARIS)
    )
    assert editor.error_message() is None


def test_changing_the_zone_keeps_the_wall_clock_time(qtbot: QtBot, add_post: AddPost, open_editor: OpenEditor) -> None:
    post = add_post("Live Q&A", 2026, 6, 10, 18, 0)
    editor = open_editor(post=post)

    changed(qtbot, editor, lambda: type_over(qtbot, editor.zone_combo, "America/New_York"))

    assert editor.result_patch() == PostPatch(
        start=datetime(2026, 6, 10, 18, 0, tzinfo=NEW_YORK), timezone="America/New_York"
    )


# -- French -------------------------------------------------------------------------


class _Translator(QTranslator):
    """A stand-in catalogue: proves the labels go through tr() in the editor's contexts."""

    WORDS: ClassVar[dict[tuple[str, str], str]] = {
        ("PostEditor", "&Title"): "&Titre",
        ("PostEditor", "Draft"): "Brouillon",
        ("VerdictPanel", "Move to {moment}"): "Déplacer au {moment}",
    }

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return self.WORDS.get((context, source))  # None: not ours, ask the next catalogue

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def french_words(qapp: QApplication, french: None) -> Iterator[None]:
    translator = _Translator()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.usefixtures("crowded_week", "french_words")
def test_in_french_labels_dates_and_the_cores_messages(qtbot: QtBot, open_editor: OpenEditor) -> None:
    editor = start_a_promotion(qtbot, open_editor)

    buddies = {label.buddy(): label.text() for label in editor.findChildren(QLabel) if label.buddy()}
    assert buddies[editor.title_edit] == "&Titre"
    assert editor.status_combo.currentText() == "Brouillon"
    assert editor.date_edit.displayFormat() == "dd/MM/yyyy"
    assert editor.verdict_panel.message().startswith("Sur LinkedIn, 2 promotions dans 5 publications consécutives")
    assert editor.verdict_panel.slot_buttons[0].text() == "Déplacer au sam. 13 juin 19:30"

    changed(qtbot, editor, lambda: type_date_time(qtbot, editor, "29032026", "0230"))
    assert "n’existe pas dans le fuseau Europe/Paris" in editor.verdict_panel.message()


def test_typing_in_a_new_editor_goes_to_the_title(qtbot: QtBot, open_editor: OpenEditor, plan: Planner) -> None:
    editor = open_editor()
    platform = editor.platform_combo.currentText()

    qtbot.keyClicks(QApplication.focusWidget(), "Ask about your favourite roast")

    assert editor.title_edit.text() == "Ask about your favourite roast"
    assert editor.platform_combo.currentText() == platform  # not chosen again by the letters typed
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.platform_combo.hasFocus()  # one step back for another platform


def test_editing_a_post_the_first_key_adds_to_its_title(
    qtbot: QtBot, open_editor: OpenEditor, add_post: AddPost
) -> None:
    post = add_post("Keep this title", 2026, 6, 10, 9, 0)
    editor = open_editor(post=post)

    assert editor.title_edit.hasFocus() and editor.title_edit.selectedText() == ""
    qtbot.keyClicks(editor.title_edit, "!")

    assert editor.title_edit.text() == "Keep this title!"
