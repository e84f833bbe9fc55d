"""Planning ▸ Team…: members and their roles, review on or off, approvers approving their own posts;
each change saved at once and one step to undo, a refusal said in one line with the control put back,
a colleague's change shown while the dialog is open.

The plan's user is "camille" (tests/ui/conftest.py); a colleague is another planner on the same file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot

from planner import Planner
from planner.model import Post, Role, Status
from planner.session import Clock
from ui.dialogs.team import TeamDialog
from ui.operations import PostOperations
from ui.window.main_window import MainWindow

OpenTeam = Callable[[], TeamDialog]


@pytest.fixture
def ops(plan: Planner) -> PostOperations:
    return PostOperations(plan, None)


@pytest.fixture
def open_team(qtbot: QtBot, plan: Planner, ops: PostOperations) -> OpenTeam:
    def open_() -> TeamDialog:
        dialog = TeamDialog(plan, ops.stack, ops.history)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return open_


@pytest.fixture
def colleague(plan_path: Path, fixed_clock: Clock) -> Iterator[Planner]:
    other = Planner.open(plan_path, create=False, clock=fixed_clock, user="lea")
    yield other
    other.close()


def roles(dialog: TeamDialog) -> dict[str, str]:
    """Each member shown, with the role their row's chooser shows."""
    shown = {}
    for member in dialog.members():
        combo = dialog.role_combo_of(member.name)
        assert combo is not None
        shown[member.name] = combo.currentText()
    return shown


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """A click on the box itself (the middle of a wide check box is past its words)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def add(qtbot: QtBot, dialog: TeamDialog, name: str, role: str) -> None:
    dialog.name_edit.setText(name)  # QTest types ASCII only
    dialog.new_role.setCurrentIndex(dialog.new_role.findText(role))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)


def test_a_member_added_with_a_role_shows_and_undo_takes_them_out(
    qtbot: QtBot, plan: Planner, ops: PostOperations, open_team: OpenTeam
) -> None:
    dialog = open_team()
    add(qtbot, dialog, "Léa", "Approver")
    assert roles(dialog) == {"Léa": "Approver"}
    assert plan.review.role_of("Léa") is Role.APPROVER
    assert dialog.name_edit.text() == ""  # ready for the next one
    assert dialog.new_role.currentText() == "Editor"
    ops.stack.undo()
    assert roles(dialog) == {}
    assert [m.name for m in plan.team()] == []
    ops.stack.redo()
    assert roles(dialog) == {"Léa": "Approver"}


def test_remove_takes_a_member_out_and_undo_brings_them_back_with_their_role(
    qtbot: QtBot, plan: Planner, ops: PostOperations, open_team: OpenTeam
) -> None:
    plan.review.set_member("Léa", Role.APPROVER)
    plan.review.set_member("Noor", Role.EDITOR)
    dialog = open_team()
    remove = dialog.remove_button_of("Léa")
    assert remove is not None
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert roles(dialog) == {"Noor": "Editor"}
    assert [m.name for m in plan.team()] == ["Noor"]
    assert dialog.undo_button.toolTip() == "Undo Remove Léa from the team"
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert roles(dialog) == {"Léa": "Approver", "Noor": "Editor"}


def test_removing_the_last_approver_while_review_is_on_is_refused_in_one_line(
    qtbot: QtBot, plan: Planner, ops: PostOperations, open_team: OpenTeam
) -> None:
    plan.review.set_member("Léa", Role.APPROVER)
    plan.set_review(True)
    dialog = open_team()
    remove = dialog.remove_button_of("Léa")
    assert remove is not None
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert roles(dialog) == {"Léa": "Approver"}
    assert dialog.message.isVisible()
    assert "\n" not in dialog.message.label.text()
    assert ops.stack.count() == 0


def test_removing_an_author_is_refused_in_one_line(
    qtbot: QtBot, plan: Planner, ops: PostOperations, open_team: OpenTeam, add_post: Callable[..., Post]
) -> None:
    plan.review.set_member("Léa", Role.EDITOR)
    add_post("Behind the scenes", 2026, 6, 12, 11, 0, status=Status.DRAFT, author="Léa")
    dialog = open_team()
    remove = dialog.remove_button_of("Léa")
    assert remove is not None
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert roles(dialog) == {"Léa": "Editor"}
    said = dialog.message.label.text()
    assert said.startswith("Léa is the author of 1 post") and "\n" not in said
    assert ops.stack.count() == 0


def test_the_role_column_shows_each_role_whole(qtbot: QtBot, plan: Planner, open_team: OpenTeam) -> None:
    dialog = open_team()
    add(qtbot, dialog, "Léa", "Approver")
    add(qtbot, dialog, "Noor", "Editor")
    assert_roles_whole(dialog)


def assert_roles_whole(dialog: TeamDialog) -> None:
    """Each row's role chooser is as wide as it asks to be: no role cut short."""
    for member in dialog.members():
        combo = dialog.role_combo_of(member.name)
        assert combo is not None
        assert combo.width() >= combo.sizeHint().width()
        assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText())


def test_a_role_chosen_on_a_row_is_saved_at_once_and_undone_in_one_step(
    qtbot: QtBot, plan: Planner, ops: PostOperations, open_team: OpenTeam
) -> None:
    plan.review.set_member("Léa", Role.EDITOR)
    dialog = open_team()
    combo = dialog.role_combo_of("Léa")
    assert combo is not None
    combo.setCurrentIndex(combo.findText("Approver"))
    assert plan.review.role_of("Léa") is Role.APPROVER
    assert ops.stack.count() == 1
    assert dialog.undo_button.toolTip() == "Undo Make Léa an approver"
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)  # the window's Edit menu is behind the dialog
    assert plan.review.role_of("Léa") is Role.EDITOR
    assert roles(dialog) == {"Léa": "Editor"}
    qtbot.mouseClick(dialog.redo_button, Qt.MouseButton.LeftButton)
    assert roles(dialog) == {"Léa": "Approver"}


def test_review_on_without_an_approver_is_refused_in_one_line_and_the_box_unticked(
    qtbot: QtBot, plan: Planner, ops: PostOperations, open_team: OpenTeam
) -> None:
    dialog = open_team()
    tick(qtbot, dialog.review_check)
    assert not dialog.review_check.isChecked()
    assert dialog.message.isVisible()
    assert dialog.message.label.text() == "Make someone an approver first (below)."  # not a shell command
    assert "\n" not in dialog.message.label.text()
    assert not plan.review_settings().review
    assert ops.stack.count() == 0  # nothing done, nothing to undo


def test_review_on_with_an_approver_is_saved_and_undone(
    qtbot: QtBot, plan: Planner, ops: PostOperations, open_team: OpenTeam
) -> None:
    plan.review.set_member("Léa", Role.APPROVER)
    dialog = open_team()
    tick(qtbot, dialog.review_check)
    assert plan.review_settings().review
    assert not dialog.message.isVisible()
    tick(qtbot, dialog.self_approval_check)
    assert plan.review_settings().self_approval
    ops.stack.undo()
    assert not plan.review_settings().self_approval
    assert not dialog.self_approval_check.isChecked()
    ops.stack.undo()
    assert not plan.review_settings().review
    assert not dialog.review_check.isChecked()


def test_the_last_approver_stays_one_while_review_is_on(plan: Planner, open_team: OpenTeam) -> None:
    plan.review.set_member("Léa", Role.APPROVER)
    plan.set_review(True)
    dialog = open_team()
    combo = dialog.role_combo_of("Léa")
    assert combo is not None
    combo.setCurrentIndex(combo.findText("Editor"))
    assert plan.review.role_of("Léa") is Role.APPROVER
    assert combo.currentText() == "Approver"  # put back as the plan has it
    assert dialog.message.isVisible()


def test_the_menu_opens_it_and_a_colleagues_change_shows_while_it_is_open(
    qtbot: QtBot, make_window: Callable[[], MainWindow], colleague: Planner
) -> None:
    window = make_window()
    seen: list[dict[str, str]] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TeamDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(roles(dialog))
        colleague.review.set_member("Noor", Role.APPROVER)
        window.watch.check()
        seen.append(roles(dialog))
        dialog.reject()

    QTimer.singleShot(0, act)
    window.action_set.team.trigger()
    assert seen == [{}, {"Noor": "Approver"}]


def test_it_fits_a_small_screen(qtbot: QtBot, plan: Planner, open_team: OpenTeam) -> None:
    for name in ("Léa", "Noor", "Sam", "Ana", "Jo", "Kim"):
        plan.review.set_member(name, Role.EDITOR)
    dialog = open_team()
    assert dialog.width() <= 1024 and dialog.height() <= 700
    dialog.resize(1024, 700)
    assert dialog.review_check.isVisible() and dialog.add_button.isVisible()


def test_in_french(qtbot: QtBot, french: None, plan: Planner, ops: PostOperations) -> None:
    plan.review.set_member("Léa", Role.APPROVER)
    dialog = TeamDialog(plan, ops.stack, ops.history)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Équipe et relecture"
    assert roles(dialog) == {"Léa": "Approbation"}
    dialog.show()
    add(qtbot, dialog, "Noor", "Rédaction")
    assert roles(dialog) == {"Léa": "Approbation", "Noor": "Rédaction"}
    assert_roles_whole(dialog)
    plan.review.remove_member("Léa")
    dialog.reload()
    tick(qtbot, dialog.review_check)
    assert dialog.message.label.text() == "Nommez d’abord quelqu’un au rôle Approbation (ci-dessous)."


@pytest.mark.usefixtures("french")
def test_undo_and_redo_read_as_undoing_in_french_and_name_the_step(
    qtbot: QtBot, plan: Planner, make_window: Callable[[], MainWindow]
) -> None:
    """ "Annuler" beside "Fermer" reads as Cancel: the dialog's buttons say "Défaire" and "Refaire",
    and Edit ▸ Undo names each step with a noun phrase ("Annuler l’ajout de Noor à l’équipe…")."""
    window = make_window()
    dialog = TeamDialog(plan, window.ops.stack, window.ops.history)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.undo_button.text().replace("&", "") == "Défaire"
    assert dialog.redo_button.text().replace("&", "") == "Refaire"
    undo = window.action_set.undo
    add(qtbot, dialog, "Noor", "Rédaction")
    assert undo.text() == "&Annuler l’ajout de Noor à l’équipe, rôle Rédaction"
    assert dialog.undo_button.toolTip() == "Défaire l’ajout de Noor à l’équipe, rôle Rédaction"
    combo = dialog.role_combo_of("Noor")
    assert combo is not None
    combo.setCurrentIndex(combo.findText("Approbation"))
    assert undo.text() == "&Annuler le rôle Approbation donné à Noor"
    tick(qtbot, dialog.review_check)
    assert undo.text() == "&Annuler l’activation de la relecture"
    window.ops.stack.undo()
    assert dialog.redo_button.toolTip() == "Refaire l’activation de la relecture"
    plan.review.set_member("Léa", Role.EDITOR)
    dialog.reload()
    remove = dialog.remove_button_of("Léa")
    assert remove is not None
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert undo.text() == "&Annuler le retrait de Léa de l’équipe"
