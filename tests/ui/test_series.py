"""Series in the app: the editor's Repeat row, one verdict for the series, the question "this
one, this and the following, or all" on save and delete, each one step to undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields
from planner.balance.rules import Mode, preset_rule
from planner.series import Frequency, Repeat, Scope
from tests.helpers.ui import PARIS
from ui.dialogs.move_to import MoveToDialog
from ui.editor.fields import VerdictState
from ui.editor.post_editor import PostEditor
from ui.series_operations import Asking, ask_scope
from ui.window.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 6, day, hour, 0, tzinfo=PARIS)


def open_editor(qtbot: QtBot, plan: Planner, **options: object) -> PostEditor:
    editor = PostEditor(plan, **options)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    editor.resize(640, 760)
    editor.show()
    return editor


def choose_repeat(qtbot: QtBot, editor: PostEditor, frequency: str, count: int) -> None:
    """Pick the frequency from the keyboard and type the number of times, as a user does."""
    row = editor.repeat_row
    assert row is not None
    row.frequency_combo.setFocus()
    qtbot.keyClicks(row.frequency_combo, frequency)
    row.count_spin.setFocus()
    row.count_spin.selectAll()
    qtbot.keyClicks(row.count_spin, str(count))
    editor.refresh_verdict()


def when_editor_opens(qtbot: QtBot, fill: Callable[[PostEditor], None]) -> None:
    """Fill the modal editor once it shows, and save it."""

    def act() -> None:
        editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, PostEditor) and w.isVisible()]
        if not editors:
            QTimer.singleShot(20, act)
            return
        fill(editors[0])
        editors[0].refresh_verdict()
        qtbot.mouseClick(editors[0].save_button, Qt.MouseButton.LeftButton)
        if editors[0].isVisible():
            editors[0].reject()

    QTimer.singleShot(0, act)


# -- the Repeat row ---------------------------------------------------------------------------


def test_a_new_post_does_not_repeat_until_told_and_the_row_shows_only_what_applies(qtbot: QtBot, plan: Planner) -> None:
    editor = open_editor(qtbot, plan, start=at(11))
    row = editor.repeat_row
    assert row is not None and editor.result_repeat() is None
    assert not row.every_spin.isVisible() and not row.count_spin.isVisible()
    choose_repeat(qtbot, editor, "Weekly", 6)
    assert editor.result_repeat() == Repeat(Frequency.WEEKLY, count=6)
    assert row.unit_label.text() == "week" and row.count_spin.isVisible() and not row.until_edit.isVisible()
    row.end_combo.setCurrentIndex(1)  # until a day
    row.until_edit.setDate(QDate(2026, 7, 9))
    assert editor.result_repeat() == Repeat(Frequency.WEEKLY, until=date(2026, 7, 9))
    assert row.until_edit.isVisible() and not row.count_spin.isVisible()


def test_an_edited_post_has_no_repeat_row(qtbot: QtBot, plan: Planner) -> None:
    post = plan.create_post(PostFields(platform="Instagram", title="Once", start=at(11))).posts[0]
    assert open_editor(qtbot, plan, post=post).repeat_row is None


def test_the_live_verdict_judges_the_whole_series(qtbot: QtBot, plan: Planner) -> None:
    plan.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    editor = open_editor(qtbot, plan, start=at(11, 18), platform="Instagram")
    editor.title_edit.setText("Coupon")
    editor.category_combo.setCurrentIndex(editor.category_combo.findText("Offer"))
    editor.refresh_verdict()
    assert editor.verdict_panel.state is not VerdictState.BLOCKED  # one coupon alone is fine
    choose_repeat(qtbot, editor, "Daily", 3)
    assert editor.verdict_panel.state is VerdictState.BLOCKED  # three in a row are not
    assert plan.list_posts() == []  # a rehearsal: nothing saved


def test_a_series_too_long_is_said_in_the_editor_and_save_waits(qtbot: QtBot, plan: Planner) -> None:
    editor = open_editor(qtbot, plan, start=at(11))
    editor.title_edit.setText("Every day")
    choose_repeat(qtbot, editor, "Daily", 3)
    row = editor.repeat_row
    assert row is not None
    row.end_combo.setCurrentIndex(1)
    row.until_edit.setDate(QDate(2028, 6, 11))
    editor.refresh_verdict()
    assert "too long: at most 500" in (editor.error_message() or "")
    assert not editor.save_button.isEnabled()


def test_a_repeating_cross_post_is_refused_in_the_editor(qtbot: QtBot, plan: Planner) -> None:
    editor = open_editor(qtbot, plan, start=at(11), platform="Instagram")
    editor.title_edit.setText("Everywhere, every week")
    assert editor.platform_checks is not None
    editor.platform_checks.boxes["LinkedIn"].setChecked(True)
    choose_repeat(qtbot, editor, "Weekly", 3)
    assert "A series goes on one platform at a time" in (editor.error_message() or "")
    assert not editor.save_button.isEnabled()


# -- saving, the scope question, undo -----------------------------------------------------------


def test_saving_a_repeating_post_makes_the_series_and_one_undo_takes_it_all_back(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow
) -> None:
    window = make_window()

    def fill(editor: PostEditor) -> None:
        editor.title_edit.setText("Weekly letter")
        choose_repeat(qtbot, editor, "Weekly", 4)

    when_editor_opens(qtbot, fill)
    window.new_post(start=at(11))
    posts = plan.list_posts()
    assert [p.start for p in posts] == [at(11), at(18), at(25), datetime(2026, 7, 2, 9, 0, tzinfo=PARIS)]
    assert len({p.series_uid for p in posts}) == 1
    window.action_set.undo.trigger()
    assert plan.list_posts() == []
    window.action_set.redo.trigger()
    assert [p.uid for p in plan.list_posts()] == [p.uid for p in posts]


def test_a_long_series_is_one_step_to_undo_too(qtbot: QtBot, plan: Planner, make_window: MakeWindow) -> None:
    window = make_window()
    fields = PostFields(platform="Instagram", title="Daily tip", category="Tip", start=at(11))
    first = window.ops.series.create(fields, Repeat(Frequency.DAILY, count=120))
    assert first is not None and first.start == at(11) and len(plan.list_posts()) == 120
    window.action_set.undo.trigger()
    assert plan.list_posts() == []
    window.action_set.redo.trigger()
    assert len(plan.list_posts()) == 120


def a_series(plan: Planner, count: int = 4) -> list[int]:
    fields = PostFields(platform="Instagram", title="Weekly letter", category="Question", start=at(1))
    return list(plan.create_series(fields, Repeat(Frequency.WEEKLY, count=count)).ids)


@pytest.mark.parametrize(
    ("scope", "changed"),
    [(Scope.THIS, [False, True, False, False]), (Scope.FOLLOWING, [False, True, True, True]), (Scope.ALL, [True] * 4)],
)
def test_editing_a_post_of_a_series_asks_which_and_undo_puts_them_all_back(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow, scope: Scope, changed: list[bool]
) -> None:
    ids = a_series(plan)
    window = make_window()
    asked: list[tuple[str, Asking]] = []

    def answer(_parent: object, post: object, asking: Asking) -> Scope:
        asked.append((post.title, asking))  # type: ignore[attr-defined]
        return scope

    window.ops.series.scope_asker = answer
    when_editor_opens(qtbot, lambda editor: editor.title_edit.setText("New format"))
    window.edit_post(plan.get_post(ids[1]))
    assert asked == [("Weekly letter", Asking.EDIT)]
    assert [plan.get_post(i).title == "New format" for i in ids] == changed
    window.action_set.undo.trigger()
    assert {plan.get_post(i).title for i in ids} == {"Weekly letter"}
    window.action_set.redo.trigger()
    assert [plan.get_post(i).title == "New format" for i in ids] == changed


def test_cancelling_the_question_saves_nothing(qtbot: QtBot, plan: Planner, make_window: MakeWindow) -> None:
    ids = a_series(plan)
    window = make_window()
    reopened: list[str] = []

    def cancel(_parent: object, _post: object, _asking: Asking) -> None:
        def close_the_editor_again() -> None:
            for editor in [w for w in QApplication.topLevelWidgets() if isinstance(w, PostEditor) and w.isVisible()]:
                reopened.append(editor.title_edit.text())
                editor.reject()

        QTimer.singleShot(0, close_the_editor_again)
        return None

    window.ops.series.scope_asker = cancel
    revision = plan.revision()
    when_editor_opens(qtbot, lambda editor: editor.title_edit.setText("Not saved"))
    window.edit_post(plan.get_post(ids[0]))
    assert plan.revision() == revision
    assert reopened == ["Not saved"]  # back in the editor, with what was typed


def test_deleting_this_and_the_following_then_undo(qtbot: QtBot, plan: Planner, make_window: MakeWindow) -> None:
    ids = a_series(plan)
    window = make_window()
    window.ops.series.scope_asker = lambda _parent, _post, asking: Scope.FOLLOWING if asking is Asking.DELETE else None
    assert window.ops.delete(plan.get_post(ids[2]))
    assert [p.id for p in plan.list_posts()] == ids[:2]
    window.action_set.undo.trigger()
    back = plan.list_posts()
    assert [p.id for p in back] == ids and len({p.series_uid for p in back}) == 1
    window.action_set.redo.trigger()
    assert [p.id for p in plan.list_posts()] == ids[:2]


def test_the_question_offers_the_three_scopes_and_cancel(qtbot: QtBot, plan: Planner) -> None:
    post = plan.get_post(a_series(plan)[0])
    seen: list[list[str]] = []

    def click(text: str) -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, lambda: click(text))
            return
        buttons = [b for b in boxes[0].findChildren(QPushButton)]
        seen.append([b.text() for b in buttons])
        qtbot.mouseClick(next(b for b in buttons if b.text() == text), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lambda: click("This and the &following"))
    assert ask_scope(None, post, Asking.EDIT) is Scope.FOLLOWING
    assert {"&This post only", "This and the &following", "&All posts of the series", "Cancel"} <= set(seen[0])
    QTimer.singleShot(0, lambda: click("Cancel"))
    assert ask_scope(None, post, Asking.DELETE) is None


def drag_to_day(qtbot: QtBot, window: MainWindow, post_id: int, day: date) -> None:
    """Drag a post's card with the mouse to the same hour of ``day``."""
    view = window.week_view
    grab = view.layout_rects()[post_id].center().toPoint()
    drop = QPoint(round(view.day_rect(day).center().x()), grab.y())
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(view, grab + QPoint(15, 15))
    qtbot.mouseMove(view, drop)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=drop)


@pytest.mark.parametrize(
    ("scope", "days"),
    [(Scope.THIS, [1, 9, 15, 22]), (Scope.FOLLOWING, [1, 9, 16, 23]), (Scope.ALL, [2, 9, 16, 23])],
)
def test_dragging_a_post_of_a_series_asks_which_moves_them_by_the_same_time_and_undo_is_one_step(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow, scope: Scope, days: list[int]
) -> None:
    ids = a_series(plan)  # Mondays 1, 8, 15 and 22 June at 09:00
    window = make_window()
    asked: list[Asking] = []

    def answer(_parent: object, _post: object, asking: Asking) -> Scope:
        asked.append(asking)
        return scope

    window.ops.series.scope_asker = answer
    drag_to_day(qtbot, window, ids[1], date(2026, 6, 9))  # Monday the 8th to Tuesday the 9th
    assert asked == [Asking.MOVE]
    moved = [plan.get_post(i).start for i in ids]
    assert [m.day for m in moved if m] == days
    assert {(m.hour, m.minute) for m in moved if m} == {(9, 0)}
    window.action_set.undo.trigger()
    assert [plan.get_post(i).start for i in ids] == [at(1), at(8), at(15), at(22)]
    window.action_set.redo.trigger()
    assert [plan.get_post(i).start for i in ids] == moved


def test_moving_from_the_keyboard_asks_too_and_cancelling_moves_nothing(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow
) -> None:
    ids = a_series(plan)
    window = make_window()
    answers: list[Scope | None] = [None, Scope.FOLLOWING]
    window.ops.series.scope_asker = lambda _parent, _post, _asking: answers.pop(0)
    revision = plan.revision()
    window.week_view.select_post(ids[1])
    window.action_set.move_day_later.trigger()  # cancelled
    assert plan.revision() == revision
    window.action_set.move_later.trigger()  # 15 minutes later: this and the following
    assert answers == []
    quarter_past = [at(1), *(at(day).replace(minute=15) for day in (8, 15, 22))]
    assert [plan.get_post(i).start for i in ids] == quarter_past
    window.action_set.undo.trigger()
    assert [plan.get_post(i).start for i in ids] == [at(1), at(8), at(15), at(22)]


def test_move_to_asks_too_and_moves_all_by_the_same_time(qtbot: QtBot, plan: Planner, make_window: MakeWindow) -> None:
    ids = a_series(plan)
    window = make_window()
    window.ops.series.scope_asker = lambda _parent, _post, asking: Scope.ALL if asking is Asking.MOVE else None

    def choose() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MoveToDialog) and w.isVisible()]
        if not found:
            QTimer.singleShot(20, choose)
            return
        found[0].date_edit.setDate(QDate(2026, 6, 10))  # Monday the 8th to Wednesday the 10th, at 18:00
        found[0].time_edit.setTime(QTime(18, 0))
        found[0].accept()

    window.week_view.select_post(ids[1])
    QTimer.singleShot(0, choose)
    window.action_set.move_post_to.trigger()
    assert [plan.get_post(i).start for i in ids] == [at(day, 18) for day in (3, 10, 17, 24)]
    window.action_set.undo.trigger()
    assert [plan.get_post(i).start for i in ids] == [at(1), at(8), at(15), at(22)]


def test_a_series_card_dropped_where_it_was_moves_nothing_whatever_the_scope(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow
) -> None:
    ids = a_series(plan)
    window = make_window()
    asked: list[Asking] = []

    def answer(_parent: object, _post: object, asking: Asking) -> Scope:
        asked.append(asking)
        return Scope.ALL

    window.ops.series.scope_asker = answer
    revision = plan.revision()
    drag_to_day(qtbot, window, ids[1], date(2026, 6, 8))
    assert plan.revision() == revision
    assert [plan.get_post(i).version for i in ids] == [1, 1, 1, 1]
    assert not window.action_set.undo.isEnabled()


def test_move_to_the_time_it_already_has_writes_nothing_and_pushes_no_undo_step(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow
) -> None:
    ids = a_series(plan)
    window = make_window()
    window.ops.series.scope_asker = lambda _parent, _post, asking: Scope.ALL if asking is Asking.MOVE else None
    revision = plan.revision()

    def keep() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MoveToDialog) and w.isVisible()]
        if not found:
            QTimer.singleShot(20, keep)
            return
        found[0].accept()  # the date and time it opens on: where the post already is

    window.week_view.select_post(ids[1])
    QTimer.singleShot(0, keep)
    window.action_set.move_post_to.trigger()
    assert plan.revision() == revision
    assert [plan.get_post(i).version for i in ids] == [1, 1, 1, 1]
    assert not window.action_set.undo.isEnabled()
