"""Planning ▸ Platforms… and Categories…, Help ▸ About and Keyboard shortcuts,
driven through their widgets: the table, the buttons, the forms and the keys."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDialog, QDialogButtonBox, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

import planner
from planner import Planner
from planner.errors import ValidationError
from planner.model import Post, Side
from ui.dialogs import ReferenceDialog
from ui.dialogs.about import AboutDialog, ShortcutsDialog
from ui.dialogs.categories import CategoriesDialog, CategoryForm
from ui.dialogs.platforms import Column, PlatformForm, PlatformsDialog

LEFT = Qt.MouseButton.LeftButton


# -- driving widgets ------------------------------------------------------------


def pick(qtbot: QtBot, combo: QComboBox, data: object) -> None:
    """Choose the item holding ``data`` with the keyboard, as a user without a mouse does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.findData(data)):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def type_number(qtbot: QtBot, spin: QAbstractSpinBox, text: str) -> None:
    """Replace the number in ``spin`` by typing, then leave the field."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    spin.interpretText()


def click_row(qtbot: QtBot, table: QTableView, name: str) -> None:
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    rect = table.visualRect(model.index(row, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def ok(qtbot: QtBot, form: QDialog) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)  # type: ignore[attr-defined]


def answer(qtbot: QtBot, dialog: ReferenceDialog, button: QMessageBox.StandardButton) -> None:
    box = dialog.confirmation
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(button), LEFT)


def names(dialog: ReferenceDialog) -> list[str]:
    model = dialog.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.fixture
def platforms_dialog(qtbot: QtBot, plan: Planner) -> PlatformsDialog:
    dialog = PlatformsDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def categories_dialog(qtbot: QtBot, plan: Planner) -> CategoriesDialog:
    dialog = CategoriesDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# -- platforms ------------------------------------------------------------------


def test_add_a_platform_through_the_form(qtbot: QtBot, plan: Planner, platforms_dialog: PlatformsDialog) -> None:
    qtbot.mouseClick(platforms_dialog.add_button, LEFT)
    form = platforms_dialog.form
    assert isinstance(form, PlatformForm) and form.isVisible()
    qtbot.keyClicks(form.name_edit, "Mastodon")
    pick(qtbot, form.kind_combo, "mastodon")
    assert form.text_limit() == 500  # the kind's default, shown before saving
    with qtbot.waitSignal(platforms_dialog.changed):
        ok(qtbot, form)
    added = plan.platform("Mastodon")
    assert (added.kind, added.text_limit, added.colour, added.active) == ("mastodon", 500, "#8E24AA", True)
    assert "Mastodon" in names(platforms_dialog)
    assert platforms_dialog.selected() == added


def test_adding_an_inactive_platform_with_its_own_colour_and_no_limit(
    qtbot: QtBot, plan: Planner, platforms_dialog: PlatformsDialog
) -> None:
    qtbot.mouseClick(platforms_dialog.add_button, LEFT)
    form = platforms_dialog.form
    assert isinstance(form, PlatformForm)
    qtbot.keyClicks(form.name_edit, "Club newsletter")
    pick(qtbot, form.kind_combo, "newsletter")
    form.set_colour("#123456")  # what the colour dialog's OK does
    type_number(qtbot, form.limit_spin, "4000")
    qtbot.mouseClick(form.active_check, LEFT)
    ok(qtbot, form)
    added = plan.platform("Club newsletter")
    assert (added.colour, added.text_limit, added.active) == ("#123456", 4000, False)


def test_edit_the_text_limit(qtbot: QtBot, plan: Planner, platforms_dialog: PlatformsDialog) -> None:
    click_row(qtbot, platforms_dialog.table, "LinkedIn")
    qtbot.mouseClick(platforms_dialog.edit_button, LEFT)
    form = platforms_dialog.form
    assert isinstance(form, PlatformForm) and form.name_edit.text() == "LinkedIn"
    type_number(qtbot, form.limit_spin, "1300")
    with qtbot.waitSignal(platforms_dialog.changed):
        ok(qtbot, form)
    edited = plan.platform("LinkedIn")
    assert (edited.text_limit, edited.kind, edited.name) == (1300, "linkedin", "LinkedIn")
    row = platforms_dialog.model.row_of("LinkedIn")
    assert "1,300" in platforms_dialog.model.index(row, Column.TEXT_LIMIT).data()


def test_enter_on_a_row_edits_it_and_no_limit_is_none(
    qtbot: QtBot, plan: Planner, platforms_dialog: PlatformsDialog
) -> None:
    click_row(qtbot, platforms_dialog.table, "Instagram")
    qtbot.keyClick(platforms_dialog.table, Qt.Key.Key_Return)
    form = platforms_dialog.form
    assert isinstance(form, PlatformForm) and form.name_edit.text() == "Instagram"
    type_number(qtbot, form.limit_spin, "0")  # the minimum stands for "No limit"
    assert form.limit_spin.text() == "No limit"
    ok(qtbot, form)
    assert plan.platform("Instagram").text_limit is None
    assert platforms_dialog.isVisible()


def test_a_duplicate_name_shows_the_core_error_in_the_form(
    qtbot: QtBot, plan: Planner, platforms_dialog: PlatformsDialog
) -> None:
    qtbot.mouseClick(platforms_dialog.add_button, LEFT)
    form = platforms_dialog.form
    assert isinstance(form, PlatformForm)
    qtbot.keyClicks(form.name_edit, "instagram")
    ok(qtbot, form)
    assert form.isVisible()  # still open, what was typed is kept
    with pytest.raises(ValidationError) as refused:
        plan.add_platform("instagram", "instagram")
    assert form.error.text() == refused.value.message
    assert [p.name for p in plan.platforms()] == ["Instagram", "LinkedIn"]


def test_removing_a_platform_with_posts_shows_the_refusal_and_keeps_it(
    qtbot: QtBot, plan: Planner, add_post: Callable[..., Post], platforms_dialog: PlatformsDialog
) -> None:
    add_post("Which notebook do you use?", 2026, 6, 10, 9, 30)
    click_row(qtbot, platforms_dialog.table, "Instagram")
    qtbot.mouseClick(platforms_dialog.remove_button, LEFT)
    with qtbot.assertNotEmitted(platforms_dialog.changed):
        answer(qtbot, platforms_dialog, QMessageBox.StandardButton.Yes)
    with pytest.raises(ValidationError) as refused:
        plan.remove_platform("Instagram")
    assert platforms_dialog.message.isVisible()
    assert platforms_dialog.message.text() == refused.value.message
    assert "still has posts" in platforms_dialog.message.text()
    assert "Instagram" in names(platforms_dialog)
    assert platforms_dialog.selected() is not None and platforms_dialog.selected().name == "Instagram"


def test_remove_an_unused_platform_with_the_delete_key(
    qtbot: QtBot, plan: Planner, platforms_dialog: PlatformsDialog
) -> None:
    click_row(qtbot, platforms_dialog.table, "LinkedIn")
    qtbot.keyClick(platforms_dialog.table, Qt.Key.Key_Delete)
    answer(qtbot, platforms_dialog, QMessageBox.StandardButton.Cancel)
    assert "LinkedIn" in [p.name for p in plan.platforms()]
    qtbot.keyClick(platforms_dialog.table, Qt.Key.Key_Delete)
    with qtbot.waitSignal(platforms_dialog.changed):
        answer(qtbot, platforms_dialog, QMessageBox.StandardButton.Yes)
    assert [p.name for p in plan.platforms()] == ["Instagram"]
    assert names(platforms_dialog) == ["Instagram"]
    assert not platforms_dialog.message.isVisible()


def test_make_a_platform_inactive(qtbot: QtBot, plan: Planner, platforms_dialog: PlatformsDialog) -> None:
    click_row(qtbot, platforms_dialog.table, "LinkedIn")
    qtbot.mouseClick(platforms_dialog.edit_button, LEFT)
    form = platforms_dialog.form
    assert isinstance(form, PlatformForm)
    qtbot.mouseClick(form.active_check, LEFT)
    ok(qtbot, form)
    assert plan.platform("LinkedIn").active is False
    row = platforms_dialog.model.row_of("LinkedIn")
    state = platforms_dialog.model.index(row, Column.ACTIVE).data(Qt.ItemDataRole.CheckStateRole)
    assert state == Qt.CheckState.Unchecked


# -- categories -----------------------------------------------------------------


def test_add_edit_and_remove_a_category(qtbot: QtBot, plan: Planner, categories_dialog: CategoriesDialog) -> None:
    qtbot.mouseClick(categories_dialog.add_button, LEFT)
    form = categories_dialog.form
    assert isinstance(form, CategoryForm)
    qtbot.keyClicks(form.name_edit, "Flash sale")
    pick(qtbot, form.side_combo, Side.PROMOTION.value)
    assert form.side_combo.currentText() == "Promotion"
    with qtbot.waitSignal(categories_dialog.changed):
        ok(qtbot, form)
    assert {c.name: c.side for c in plan.categories()}["Flash sale"] is Side.PROMOTION

    click_row(qtbot, categories_dialog.table, "Flash sale")
    qtbot.mouseClick(categories_dialog.edit_button, LEFT)
    form = categories_dialog.form
    assert isinstance(form, CategoryForm) and form.name_edit.text() == "Flash sale"
    form.name_edit.selectAll()
    qtbot.keyClicks(form.name_edit, "Member spotlight")
    pick(qtbot, form.side_combo, Side.CONVERSATION.value)
    ok(qtbot, form)
    sides = {c.name: c.side for c in plan.categories()}
    assert "Flash sale" not in sides and sides["Member spotlight"] is Side.CONVERSATION
    assert categories_dialog.selected() is not None and categories_dialog.selected().name == "Member spotlight"

    qtbot.mouseClick(categories_dialog.remove_button, LEFT)
    with qtbot.waitSignal(categories_dialog.changed):
        answer(qtbot, categories_dialog, QMessageBox.StandardButton.Yes)
    assert "Member spotlight" not in [c.name for c in plan.categories()]
    assert "Member spotlight" not in names(categories_dialog)


def test_a_category_in_use_is_kept_with_the_core_message(
    qtbot: QtBot, plan: Planner, add_post: Callable[..., Post], categories_dialog: CategoriesDialog
) -> None:
    add_post("Which notebook do you use?", 2026, 6, 10, 9, 30, category="Question")
    click_row(qtbot, categories_dialog.table, "Question")
    qtbot.mouseClick(categories_dialog.remove_button, LEFT)
    answer(qtbot, categories_dialog, QMessageBox.StandardButton.Yes)
    assert "Posts still use the category “Question”" in categories_dialog.message.text()
    assert "Question" in [c.name for c in plan.categories()]


def test_categories_show_their_side_in_words(categories_dialog: CategoriesDialog) -> None:
    model = categories_dialog.table.model()
    sides = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert sides["Question"] == "Conversation"
    assert sides["News"] == "Information"
    assert sides["Offer"] == "Promotion"


# -- help -----------------------------------------------------------------------


def test_about_shows_the_version(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert planner.__version__ in dialog.title.text()
    assert "community managers" in dialog.description.text()


def test_shortcuts_lists_each_action_with_its_native_keys(qtbot: QtBot) -> None:
    undo = QAction("&Undo")
    # As X11's standard bindings give it: the keys of old Sun keyboards are left out of the list.
    undo.setShortcuts(
        [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Z), QKeySequence(Qt.Key.Key_F14), QKeySequence(Qt.Key.Key_Undo)]
    )
    previous = QAction("&Previous")
    previous.setShortcuts([QKeySequence("Alt+Left"), QKeySequence("Ctrl+PgUp")])
    research = QAction("R&&D notes")
    research.setShortcut(QKeySequence("Ctrl+R"))
    about = QAction("&About Dialogos")  # no shortcut: not listed
    dialog = ShortcutsDialog([undo, previous, research, about])
    qtbot.addWidget(dialog)
    native = QKeySequence.SequenceFormat.NativeText
    assert dialog.shortcut_of("Undo") == QKeySequence("Ctrl+Z").toString(native)
    keys = dialog.shortcut_of("Previous")
    assert keys is not None
    assert QKeySequence("Alt+Left").toString(native) in keys and QKeySequence("Ctrl+PgUp").toString(native) in keys
    assert dialog.shortcut_of("R&D notes") == QKeySequence("Ctrl+R").toString(native)
    assert dialog.shortcut_of("About Dialogos") is None

    qtbot.keyClicks(dialog.filter_edit, "prev")
    assert dialog.table.model().rowCount() == 1
    assert dialog.table.model().index(0, 0).data() == "Previous"
    # Every key is shown whole: the dialog is as wide as its columns.
    dialog.show()
    assert dialog.table.viewport().width() >= dialog.table.horizontalHeader().length()


# -- French ---------------------------------------------------------------------


def test_french_refusal_and_buttons(qtbot: QtBot, french: None, plan: Planner, add_post: Callable[..., Post]) -> None:
    add_post("Quel carnet utilisez-vous ?", 2026, 6, 10, 9, 30)
    dialog = PlatformsDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    click_row(qtbot, dialog.table, "Instagram")
    qtbot.mouseClick(dialog.remove_button, LEFT)
    box = dialog.confirmation
    assert box is not None
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"
    answer(qtbot, dialog, QMessageBox.StandardButton.Yes)
    assert "« Instagram » a encore des publications (1)" in dialog.message.text()
    # Numbers in the locale's own format: a narrow no-break space groups thousands in French.
    row = dialog.model.row_of("LinkedIn")
    assert "3\u202f000" in dialog.model.index(row, Column.TEXT_LIMIT).data()
