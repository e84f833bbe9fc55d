"""Cross-posts, copies and the post menu in the app: the editor's platform checkboxes, "apply to the
other posts of this cross-post?", Ctrl+D, Ctrl+drag, and the same menu on week cards, month chips,
agenda rows and ideas, every action one step to undo.

The clock is fixed at Wednesday 10 June 2026, 10:00 in Paris (``tests.helpers.ui.NOW``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt, QTime, QTimer
from PySide6.QtGui import QColor, QContextMenuEvent, QHelpEvent, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QToolTip
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields, PostPatch, Status
from planner.balance.rules import Mode, preset_rule
from planner.model import Post
from tests.helpers.ui import PARIS, centre
from ui.agenda.post_table_model import Column
from ui.dialogs.move_to import MoveToDialog
from ui.editor.fields import VerdictState
from ui.editor.post_editor import PostEditor
from ui.week.layout import Card
from ui.week.paint import paint_card
from ui.window.main_window import MainWindow, View
from ui.window.post_menu import POST_MENU_NAME

AddPost = Callable[..., Post]
MakeWindow = Callable[[], MainWindow]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=PARIS)


def undo(qtbot: QtBot, window: MainWindow) -> None:
    """Edit ▸ Undo (after a modal dialog the keyboard may not be back on the window yet)."""
    qtbot.wait(1)
    window.action_set.undo.trigger()


def redo(window: MainWindow) -> None:
    window.action_set.redo.trigger()


def titles_and_platforms(plan: Planner) -> list[tuple[str, str]]:
    return sorted((p.title, p.platform) for p in plan.list_posts())


def when_shown(kind: type, act: Callable[[object], None]) -> None:
    """When a modal dialog of ``kind`` opens, ``act`` on it (it must close it)."""

    def look() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not found:
            QTimer.singleShot(20, look)
            return
        act(found[0])

    QTimer.singleShot(0, look)


def save_editor(qtbot: QtBot, fill: Callable[[PostEditor], None]) -> None:
    def act(editor: object) -> None:
        assert isinstance(editor, PostEditor)
        fill(editor)
        editor.refresh_verdict()
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        if editor.isVisible():  # refused: never leave a modal dialog open
            editor.reject()

    when_shown(PostEditor, act)


def shown_menu() -> QMenu:
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.objectName() == POST_MENU_NAME]
    assert menus and menus[-1].isVisible()
    return menus[-1]


def entries(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def click_entry(qtbot: QtBot, menu: QMenu, text: str) -> None:
    [action] = [a for a in menu.actions() if a.text().replace("&", "") == text]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def right_click(widget: object, point: QPoint) -> None:
    """What a right click sends to a widget that opens its own menu."""
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point))  # type: ignore[attr-defined]
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def week_menu(qtbot: QtBot, window: MainWindow, post: Post) -> QMenu:
    view = window.week_view
    point = centre(view, post)
    qtbot.mouseClick(view, Qt.MouseButton.RightButton, pos=point)
    view.customContextMenuRequested.emit(point)  # what Qt sends after a right click on a real screen
    return shown_menu()


# -- the editor: cross-posts -------------------------------------------------------------------


def test_checking_two_platforms_in_the_editor_makes_a_cross_post_undone_in_one_step(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner
) -> None:
    window = make_window()

    def fill(editor: PostEditor) -> None:
        assert editor.platform_checks is not None
        assert editor.result_platforms() == ["Instagram"]  # the editor's platform, checked by default
        editor.title_edit.setText("-10% on Saturday")
        editor.platform_checks.boxes["LinkedIn"].setChecked(True)

    save_editor(qtbot, fill)
    window.new_post(start=at(11, 10))

    posts = plan.list_posts()
    assert sorted(p.platform for p in posts) == ["Instagram", "LinkedIn"]
    assert len({p.group_uid for p in posts}) == 1 and posts[0].group_uid
    undo(qtbot, window)
    assert plan.list_posts() == []
    redo(window)
    assert {p.uid for p in plan.list_posts()} == {p.uid for p in posts}


def test_undoing_a_cross_post_a_colleague_changed_since_is_said_and_keeps_everything(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner
) -> None:
    window = make_window()
    failures: list[str] = []
    window.ops.failed.connect(failures.append)

    def fill(editor: PostEditor) -> None:
        editor.title_edit.setText("-10% on Saturday")
        assert editor.platform_checks is not None
        editor.platform_checks.boxes["LinkedIn"].setChecked(True)

    save_editor(qtbot, fill)
    window.new_post(start=at(11, 10))
    linkedin = next(p for p in plan.list_posts() if p.platform == "LinkedIn")
    plan.edit_post(linkedin.id, PostPatch(body="A colleague's words"))

    undo(qtbot, window)

    assert len(plan.list_posts()) == 2  # neither is deleted: all or nothing
    assert failures == ["Cannot undo: camille changed “-10% on Saturday” since; the step is dropped from Undo."]


def test_the_main_platform_stays_checked_and_the_counter_takes_the_tightest_limit(qtbot: QtBot, plan: Planner) -> None:
    plan.add_platform("X", "x")
    editor = PostEditor(plan, start=at(11, 10), platform="Instagram")
    qtbot.addWidget(editor)
    checks = editor.platform_checks
    assert checks is not None
    assert checks.boxes["Instagram"].isChecked() and not checks.boxes["Instagram"].isEnabled()
    editor.body_edit.setPlainText("a" * 300)
    assert editor.limit_hint.text() == ""
    checks.boxes["X"].setChecked(True)
    assert "X" in editor.limit_hint.text()
    editor.platform_combo.setCurrentIndex(editor.platform_combo.findText("LinkedIn"))
    assert editor.result_platforms() == ["LinkedIn", "X"]
    assert checks.boxes["LinkedIn"].isChecked() and checks.boxes["Instagram"].isEnabled()


def test_a_sibling_s_editor_names_the_other_platforms(qtbot: QtBot, plan: Planner) -> None:
    posts = plan.create_cross_post(PostFields(platform="", title="Launch", start=at(12, 9)), ["Instagram", "LinkedIn"])
    editor = PostEditor(plan, post=posts.posts[0])
    qtbot.addWidget(editor)
    assert editor.siblings_label is not None
    assert editor.siblings_label.text() == "Also on: LinkedIn"
    assert editor.platform_checks is None


def test_an_edited_text_is_offered_to_the_siblings_once_and_undone_with_the_edit_in_one_step(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner
) -> None:
    posts = plan.create_cross_post(
        PostFields(platform="", title="Launch", body="Old", start=at(12, 9)), ["Instagram", "LinkedIn"]
    ).posts
    window = make_window()
    asked: list[int] = []
    window.ops.siblings_asker = lambda _parent, count: asked.append(count) is None

    save_editor(qtbot, lambda editor: editor.body_edit.setPlainText("New text"))
    window.edit_post(plan.get_post(posts[0].id))

    assert asked == [1]
    assert {p.body for p in plan.list_posts()} == {"New text"}
    assert window.ops.stack.undoText() == "Edit “Launch” and its cross-post"
    undo(qtbot, window)  # one step: the post and its sibling
    assert {p.body for p in plan.list_posts()} == {"Old"}
    assert not window.ops.stack.canUndo()
    window.action_set.redo.trigger()
    assert {p.body for p in plan.list_posts()} == {"New text"}


def test_the_next_edit_of_a_cross_post_is_a_step_of_its_own(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner
) -> None:
    posts = plan.create_cross_post(
        PostFields(platform="", title="Launch", body="Old", start=at(12, 9)), ["Instagram", "LinkedIn"]
    ).posts
    window = make_window()
    answers = [True, False]
    window.ops.siblings_asker = lambda _parent, _count: answers.pop(0)
    save_editor(qtbot, lambda editor: editor.body_edit.setPlainText("New text"))
    window.edit_post(plan.get_post(posts[0].id))
    save_editor(qtbot, lambda editor: editor.body_edit.setPlainText("Only here"))
    window.edit_post(plan.get_post(posts[1].id))  # LinkedIn's own text, not applied to Instagram
    assert {p.platform: p.body for p in plan.list_posts()} == {"Instagram": "New text", "LinkedIn": "Only here"}
    undo(qtbot, window)
    assert {p.platform: p.body for p in plan.list_posts()} == {"Instagram": "New text", "LinkedIn": "New text"}
    undo(qtbot, window)
    assert {p.body for p in plan.list_posts()} == {"Old"}


def test_saying_no_leaves_the_siblings_as_they_are(qtbot: QtBot, make_window: MakeWindow, plan: Planner) -> None:
    posts = plan.create_cross_post(
        PostFields(platform="", title="Launch", start=at(12, 9)), ["Instagram", "LinkedIn"]
    ).posts
    window = make_window()
    window.ops.siblings_asker = lambda _parent, _count: False
    save_editor(qtbot, lambda editor: editor.title_edit.setText("Launch day"))
    window.edit_post(plan.get_post(posts[0].id))
    assert titles_and_platforms(plan) == [("Launch", "LinkedIn"), ("Launch day", "Instagram")]


def test_a_date_change_does_not_ask_about_the_siblings(qtbot: QtBot, make_window: MakeWindow, plan: Planner) -> None:
    posts = plan.create_cross_post(
        PostFields(platform="", title="Launch", start=at(12, 9)), ["Instagram", "LinkedIn"]
    ).posts
    window = make_window()
    asked: list[int] = []
    window.ops.siblings_asker = lambda _parent, count: asked.append(count) is None
    save_editor(qtbot, lambda editor: editor.time_edit.setTime(QTime(11, 0)))
    window.edit_post(plan.get_post(posts[0].id))
    assert asked == []


def test_a_sibling_changed_meanwhile_is_said_and_nothing_is_applied(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner
) -> None:
    posts = plan.create_cross_post(
        PostFields(platform="", title="Launch", body="Old", start=at(12, 9)), ["Instagram", "LinkedIn"]
    ).posts
    window = make_window()
    failures: list[str] = []
    window.ops.failed.connect(failures.append)

    def colleague_then_yes(_parent: object, _count: int) -> bool:
        plan.edit_post(posts[1].id, PostPatch(body="A colleague's"))  # while the question was open
        return True

    window.ops.siblings_asker = colleague_then_yes
    save_editor(qtbot, lambda editor: editor.body_edit.setPlainText("New text"))
    window.edit_post(plan.get_post(posts[0].id))

    assert {p.platform: p.body for p in plan.list_posts()} == {"Instagram": "New text", "LinkedIn": "A colleague's"}
    assert failures and "changed" in failures[-1]


def test_the_editor_judges_a_cross_post_on_each_platform_s_rule(qtbot: QtBot, plan: Planner) -> None:
    plan.set_rule(preset_rule("80-20", platform="LinkedIn", mode=Mode.BLOCK))
    plan.create_post(PostFields(platform="LinkedIn", title="Coupon", start=at(11, 9), category="Offer"))
    editor = PostEditor(plan, start=at(11, 10), platform="Instagram")
    qtbot.addWidget(editor)
    editor.title_edit.setText("Another coupon")
    editor.category_combo.setCurrentIndex(editor.category_combo.findText("Offer"))
    editor.refresh_verdict()
    assert editor.verdict_panel.state is VerdictState.CLEAR  # Instagram alone breaks nothing
    assert editor.platform_checks is not None
    editor.platform_checks.boxes["LinkedIn"].setChecked(True)
    editor.refresh_verdict()
    assert editor.verdict_panel.state is VerdictState.BLOCKED
    verdict = editor.verdict()
    assert verdict is not None and {b.platform for b in verdict.blocking} == {"LinkedIn"}


def test_ctrl_d_in_the_month_duplicates_the_chip_clicked(
    qtbot: QtBot, make_window: MakeWindow, add_post: AddPost, plan: Planner
) -> None:
    post = add_post("Which roast?", 2026, 6, 11, 9, 0)
    window = make_window()
    window.show_view(View.MONTH)
    month = window.month_view
    qtbot.mouseClick(month, Qt.MouseButton.LeftButton, pos=month.chip_rect(post.id).center())
    qtbot.keyClick(month, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [p.title for p in plan.list_posts()] == ["Which roast?", "Which roast?"]


def test_the_agenda_marks_the_posts_of_a_cross_post(make_window: MakeWindow, plan: Planner) -> None:
    plan.create_cross_post(PostFields(platform="", title="Launch", start=at(12, 9)), ["Instagram", "LinkedIn"])
    plan.create_post(PostFields(platform="Instagram", title="Alone", start=at(12, 12)))
    window = make_window()
    window.show_view(View.AGENDA)
    model = window.agenda.model
    shown = {
        model.post(row).title + "/" + model.post(row).platform: model.index(row, Column.PLATFORM)
        for row in range(model.rowCount())
    }
    assert shown["Launch/Instagram"].data() == "Instagram +1"
    assert shown["Launch/Instagram"].data(Qt.ItemDataRole.ToolTipRole) == "Cross-post: also on LinkedIn"
    assert shown["Alone/Instagram"].data() == "Instagram"


# -- duplicate: Ctrl+D and Ctrl+drag ---------------------------------------------------------------


def test_ctrl_d_duplicates_the_selected_post_and_undo_takes_the_copy_away(
    qtbot: QtBot, make_window: MakeWindow, add_post: AddPost, plan: Planner
) -> None:
    post = add_post("Which roast?", 2026, 6, 11, 9, 0, status=Status.SCHEDULED)
    window = make_window()
    view = window.week_view
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(view, post))
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)

    posts = plan.list_posts()
    assert len(posts) == 2
    copy = next(p for p in posts if p.id != post.id)
    assert (copy.title, copy.start, copy.status) == ("Which roast?", post.start, Status.DRAFT)
    assert view.selected_post() == copy.id
    undo(qtbot, window)
    assert [p.id for p in plan.list_posts()] == [post.id]


def test_dragging_a_card_with_ctrl_held_copies_it(
    qtbot: QtBot, make_window: MakeWindow, add_post: AddPost, plan: Planner
) -> None:
    post = add_post("Which roast?", 2026, 6, 10, 9, 0)
    window = make_window()
    view = window.week_view
    grab = centre(view, post)
    drop = QPoint(round(view.day_rect(date(2026, 6, 12)).center().x()), grab.y())
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(view, grab + QPoint(15, 15))
    qtbot.mouseMove(view, drop)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, ctrl, pos=drop)

    starts = sorted(p.start for p in plan.list_posts() if p.start is not None)
    assert starts == [at(10, 9), at(12, 9)]
    assert plan.get_post(post.id).start == at(10, 9)  # the original stays
    undo(qtbot, window)
    assert [p.id for p in plan.list_posts()] == [post.id]


# -- the post menu, in each place ------------------------------------------------------------------


def test_a_card_s_menu_lists_every_action(qtbot: QtBot, make_window: MakeWindow, add_post: AddPost) -> None:
    post = add_post("Which roast?", 2026, 6, 11, 9, 0)
    window = make_window()
    menu = week_menu(qtbot, window, post)
    assert entries(menu) == [
        "Edit post…", "Duplicate post", "Move to…", "Cancel post", "Delete post", "Post history…",
    ]  # fmt: skip
    menu.close()


def test_a_card_s_menu_duplicates_and_undo_takes_it_back(
    qtbot: QtBot, make_window: MakeWindow, add_post: AddPost, plan: Planner
) -> None:
    post = add_post("Which roast?", 2026, 6, 11, 9, 0)
    window = make_window()
    click_entry(qtbot, week_menu(qtbot, window, post), "Duplicate post")
    assert len(plan.list_posts()) == 2
    undo(qtbot, window)
    assert len(plan.list_posts()) == 1


def test_a_card_s_menu_moves_to_a_date_and_time_asked(
    qtbot: QtBot, make_window: MakeWindow, add_post: AddPost, plan: Planner
) -> None:
    post = add_post("Which roast?", 2026, 6, 11, 9, 0)
    window = make_window()

    def choose(dialog: object) -> None:
        assert isinstance(dialog, MoveToDialog)
        dialog.date_edit.setDate(date(2026, 6, 13))
        dialog.time_edit.setTime(QTime(17, 30))
        dialog.accept()

    when_shown(MoveToDialog, choose)
    click_entry(qtbot, week_menu(qtbot, window, post), "Move to…")
    assert plan.get_post(post.id).start == at(13, 17, 30)
    undo(qtbot, window)
    assert plan.get_post(post.id).start == at(11, 9)


def test_a_month_chip_s_menu_cancels_and_undo_brings_it_back(
    qtbot: QtBot, make_window: MakeWindow, add_post: AddPost, plan: Planner
) -> None:
    post = add_post("Which roast?", 2026, 6, 11, 9, 0)
    other = add_post("Other", 2026, 6, 10, 9, 0)
    window = make_window()
    window.week_view.select_post(other.id)  # the menu acts on its own post, not the week's selection
    window.show_view(View.MONTH)
    month = window.month_view
    right_click(month, month.chip_rect(post.id).center())
    menu = shown_menu()
    assert month.selected_post() == post.id
    click_entry(qtbot, menu, "Cancel post")
    assert plan.get_post(post.id).status is Status.CANCELLED
    assert plan.get_post(other.id).status is Status.DRAFT
    undo(qtbot, window)
    assert plan.get_post(post.id).status is Status.DRAFT


def test_an_agenda_row_s_menu_deletes_and_undo_brings_it_back(
    qtbot: QtBot, make_window: MakeWindow, add_post: AddPost, plan: Planner
) -> None:
    add_post("First", 2026, 6, 10, 9, 0)
    post = add_post("Second", 2026, 6, 11, 9, 0)
    window = make_window()
    window.show_view(View.AGENDA)
    table = window.agenda.table
    row = next(r for r in range(table.model().rowCount()) if table.model().index(r, Column.TITLE).data() == "Second")
    table.customContextMenuRequested.emit(table.visualRect(table.model().index(row, Column.TITLE)).center())
    assert window.agenda.selected_post() == post.id
    click_entry(qtbot, shown_menu(), "Delete post")
    assert [p.title for p in plan.list_posts()] == ["First"]
    undo(qtbot, window)
    assert [p.title for p in plan.list_posts()] == ["First", "Second"]


def test_an_idea_s_menu_duplicates_it_as_an_idea_and_undo_takes_it_back(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner
) -> None:
    plan.create_post(PostFields(platform="Instagram", title="Behind the counter"))
    window = make_window()
    ideas = window.backlog.list
    right_click(ideas.viewport(), ideas.visualRect(ideas.model().index(0, 0)).center())
    menu = shown_menu()
    assert "Mark published" not in entries(menu) and "Duplicate post" in entries(menu)
    click_entry(qtbot, menu, "Duplicate post")
    assert [(p.title, p.status) for p in plan.list_posts()] == [("Behind the counter", Status.IDEA)] * 2
    undo(qtbot, window)
    assert len(plan.list_posts()) == 1


def test_a_passed_post_s_menu_leads_with_mark_published_which_undo_takes_back(
    qtbot: QtBot, make_window: MakeWindow, add_post: AddPost, plan: Planner
) -> None:
    post = add_post("Monday question", 2026, 6, 8, 9, 0, status=Status.SCHEDULED)
    window = make_window()
    menu = week_menu(qtbot, window, post)
    assert entries(menu)[0] == "Mark published"
    click_entry(qtbot, menu, "Mark published")
    assert plan.get_post(post.id).status is Status.PUBLISHED
    undo(qtbot, window)
    assert plan.get_post(post.id).status is Status.SCHEDULED


def test_a_read_only_plan_s_menu_only_reads(qtbot: QtBot, make_window: MakeWindow, add_post: AddPost) -> None:
    post = add_post("Which roast?", 2026, 6, 11, 9, 0)
    window = make_window()
    window.planner.read_only = True
    menu = week_menu(qtbot, window, post)
    assert entries(menu) == ["Edit post…", "Post history…"]
    menu.close()


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
def test_the_new_post_editor_fits_small_screens(qtbot: QtBot, plan: Planner, size: tuple[int, int]) -> None:
    for name in ("Facebook", "Newsletter", "Mastodon"):
        plan.add_platform(name, "other")
    editor = PostEditor(plan, start=at(11, 10))
    qtbot.addWidget(editor)
    editor.show()
    assert editor.minimumSizeHint().width() <= size[0]
    assert editor.sizeHint().height() <= size[1]


def test_a_copy_s_history_says_which_post_it_copies(qtbot: QtBot, plan: Planner, add_post: AddPost) -> None:
    from ui.dialogs.history import HistoryDialog

    post = add_post("Which roast?", 2026, 6, 11, 9, 0)
    copy = plan.copy_post(post.id, start=at(12, 9)).posts[0]
    dialog = HistoryDialog(plan, copy.id)
    qtbot.addWidget(dialog)
    model = dialog.model
    texts = [model.index(row, 3).data() for row in range(model.rowCount())]
    assert texts == [f"Created as a copy of post {post.id}"]


# -- the cross-post mark on week cards ---------------------------------------------------------------


def card_tooltip_at(view: object, point: QPoint) -> str:
    QToolTip.hideText()
    QApplication.sendEvent(view, QHelpEvent(QHelpEvent.Type.ToolTip, point, view.mapToGlobal(point)))  # type: ignore[attr-defined]
    return QToolTip.text()


def test_a_cross_post_s_card_says_where_else_it_goes_even_another_week(
    qtbot: QtBot, make_window: MakeWindow, plan: Planner
) -> None:
    plan.add_platform("X", "x")
    launch = plan.create_cross_post(
        PostFields(platform="", title="Launch", start=at(12, 9)), ["Instagram", "LinkedIn", "X"]
    ).posts
    plan.move_post(launch[2].id, at(20, 9))  # X goes the week after
    alone = plan.create_post(PostFields(platform="Instagram", title="Alone", start=at(11, 12))).posts[0]
    window = make_window()
    view = window.week_view
    assert "Also on LinkedIn, X" in card_tooltip_at(view, centre(view, launch[0]))
    assert "Also on Instagram, X" in card_tooltip_at(view, centre(view, launch[1]))
    assert "Also on" not in card_tooltip_at(view, centre(view, alone))
    view.select_post(launch[0].id)
    assert "Also on LinkedIn, X" in view.accessibleDescription()  # what a screen reader says


def test_a_cross_post_s_card_says_it_in_french(
    qtbot: QtBot, french: None, make_window: MakeWindow, plan: Planner
) -> None:
    launch = plan.create_cross_post(
        PostFields(platform="", title="Lancement", start=at(12, 9)), ["Instagram", "LinkedIn"]
    )
    window = make_window()
    assert "Aussi sur LinkedIn" in card_tooltip_at(window.week_view, centre(window.week_view, launch.posts[0]))


def painted(post: Post, width: int, height: int, *, linked: bool) -> QImage:
    """One card of ``post`` painted alone, in grey: what the mark looks like without its colours."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    card = Card(post, day=0, minutes=9 * 60, top=0.0, height=float(height))
    paint_card(
        painter, QRectF(0, 0, width, height), card, QColor("#3b5998"), QPalette(), time_text="09:00",
        warned=False, rtl=False, linked=linked,
    )  # fmt: skip
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def test_the_linked_mark_is_drawn_where_it_fits_and_left_out_of_a_small_card(plan: Planner) -> None:
    post = plan.create_cross_post(
        PostFields(platform="", title="Launch", category="Question", start=at(12, 9)), ["Instagram", "LinkedIn"]
    ).posts[0]
    assert painted(post, 160, 60, linked=True) != painted(post, 160, 60, linked=False)  # seen, even in grey
    assert painted(post, 160, 18, linked=True) != painted(post, 160, 18, linked=False)  # a one-line card too
    assert painted(post, 60, 18, linked=True) == painted(post, 60, 18, linked=False)  # narrow and short: left out
    assert painted(post, 60, 70, linked=True) != painted(post, 60, 70, linked=False)  # narrow, its title below
