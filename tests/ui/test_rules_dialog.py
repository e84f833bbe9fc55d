"""Planning ▸ Balance rules…: choose a rule in the list, edit it, save or follow the default."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox
from pytestqt.qtbot import QtBot

from planner import Planner
from planner.balance.rules import PRESETS, BalanceRule, Mode, preset_rule
from planner.errors import ValidationError
from ui.dialogs.rules import RulesDialog

LEFT = Qt.MouseButton.LeftButton


def pick(qtbot: QtBot, combo: QComboBox, data: object) -> None:
    """Choose the item holding ``data`` with the keyboard."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.findData(data)):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def type_number(qtbot: QtBot, spin: QAbstractSpinBox, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    spin.interpretText()


def click_rule(qtbot: QtBot, dialog: RulesDialog, platform: str | None) -> None:
    """Click the list's line of ``platform`` (None: the default rule)."""
    index = dialog.model.index(dialog.model.row_of(platform))
    qtbot.mouseClick(dialog.list_view.viewport(), LEFT, pos=dialog.list_view.visualRect(index).center())
    assert dialog.current().platform is None if platform is None else dialog.current().platform.name == platform


def line_of(dialog: RulesDialog, platform: str | None) -> str:
    return str(dialog.model.index(dialog.model.row_of(platform)).data())


@pytest.fixture
def dialog(qtbot: QtBot, plan: Planner) -> RulesDialog:
    shown = RulesDialog(plan)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_the_list_has_the_default_then_each_platform(plan: Planner, dialog: RulesDialog) -> None:
    assert dialog.model.rowCount() == 1 + len(plan.platforms())
    assert line_of(dialog, None).startswith("Default rule")
    assert "follows the default" in line_of(dialog, "LinkedIn")
    assert dialog.current().platform is None
    assert not dialog.follow_button.isEnabled()


def test_linkedin_thirds_in_block_mode(qtbot: QtBot, plan: Planner, dialog: RulesDialog) -> None:
    click_rule(qtbot, dialog, "LinkedIn")
    assert "follows the default rule" in dialog.note.text()
    pick(qtbot, dialog.preset_combo, "thirds")
    # The preset fills the numbers from the core's table, nothing typed here.
    shown = (dialog.window_spin.value(), dialog.max_promotion_spin.value(), dialog.min_conversation_spin.value())
    assert shown == PRESETS["thirds"]
    pick(qtbot, dialog.mode_combo, Mode.BLOCK.value)
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.save_button, LEFT)
    saved = plan.rule_for("LinkedIn")
    assert saved.platform == "LinkedIn"
    assert (saved.window, saved.max_promotion, saved.min_conversation) == PRESETS["thirds"]
    assert (saved.mode, saved.preset) == (Mode.BLOCK, "thirds")
    assert plan.rule_for("Instagram").platform is None  # the others still follow the default
    assert "Block" in line_of(dialog, "LinkedIn")
    assert dialog.current().platform is not None and dialog.current().platform.name == "LinkedIn"
    assert dialog.follow_button.isEnabled()


def test_custom_values(qtbot: QtBot, plan: Planner, dialog: RulesDialog) -> None:
    click_rule(qtbot, dialog, "Instagram")
    type_number(qtbot, dialog.window_spin, "7")
    type_number(qtbot, dialog.max_promotion_spin, "2")
    type_number(qtbot, dialog.min_conversation_spin, "3")
    type_number(qtbot, dialog.streak_spin, "1")
    type_number(qtbot, dialog.gap_spin, "36")
    assert dialog.preset_combo.currentData() == ""  # Custom
    pick(qtbot, dialog.mode_combo, Mode.ADVISE.value)
    qtbot.mouseClick(dialog.save_button, LEFT)
    saved = plan.rule_for("Instagram")
    assert (saved.platform, saved.window, saved.max_promotion, saved.min_conversation) == ("Instagram", 7, 2, 3)
    assert (saved.max_promo_streak, saved.min_promo_gap_hours, saved.mode) == (1, 36.0, Mode.ADVISE)
    assert saved.preset is None
    assert "Custom" in line_of(dialog, "Instagram")


def test_no_limit_is_none_and_numbers_of_a_preset_select_it(qtbot: QtBot, plan: Planner, dialog: RulesDialog) -> None:
    click_rule(qtbot, dialog, "LinkedIn")
    name, numbers = next((n, v) for n, v in PRESETS.items() if n != "80-20")
    for spin, value in zip(
        (dialog.window_spin, dialog.max_promotion_spin, dialog.min_conversation_spin), numbers, strict=True
    ):
        type_number(qtbot, spin, str(value))
    assert dialog.preset_combo.currentData() == name
    type_number(qtbot, dialog.min_conversation_spin, "-1")
    assert dialog.min_conversation_spin.text() == "No minimum"
    assert dialog.preset_combo.currentData() == ""
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert plan.rule_for("LinkedIn").min_conversation is None


def test_follow_the_default_removes_the_rule(qtbot: QtBot, plan: Planner) -> None:
    plan.set_rule(preset_rule("5-3-2", platform="LinkedIn", mode=Mode.BLOCK))
    dialog = RulesDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    click_rule(qtbot, dialog, "LinkedIn")
    assert dialog.window_spin.value() == PRESETS["5-3-2"][0]
    assert dialog.follow_button.isEnabled()
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.follow_button, LEFT)
    assert [rule.platform for rule in plan.rules()] == [None]
    assert plan.rule_for("LinkedIn").platform is None
    assert "follows the default" in line_of(dialog, "LinkedIn")
    assert not dialog.follow_button.isEnabled()
    default = plan.rules()[0]
    assert dialog.window_spin.value() == default.window  # the default's numbers are shown again


def test_an_impossible_rule_shows_the_core_error(qtbot: QtBot, plan: Planner, dialog: RulesDialog) -> None:
    click_rule(qtbot, dialog, "LinkedIn")
    type_number(qtbot, dialog.window_spin, "3")
    type_number(qtbot, dialog.max_promotion_spin, "5")
    with qtbot.assertNotEmitted(dialog.changed):
        qtbot.mouseClick(dialog.save_button, LEFT)
    with pytest.raises(ValidationError) as refused:
        plan.set_rule(BalanceRule("LinkedIn", 3, 5, None, None, None, Mode.WARN))
    assert dialog.error.isVisible()
    assert dialog.error.text() == refused.value.message
    assert plan.rule_for("LinkedIn").platform is None  # nothing saved
    assert dialog.window_spin.value() == 3  # what was typed stays, to be fixed


def test_editing_the_default_rule(qtbot: QtBot, plan: Planner, dialog: RulesDialog) -> None:
    click_rule(qtbot, dialog, None)
    pick(qtbot, dialog.preset_combo, "5-3-2")
    pick(qtbot, dialog.mode_combo, Mode.OFF.value)
    qtbot.mouseClick(dialog.save_button, LEFT)
    default = plan.rules()[0]
    assert (default.platform, default.preset, default.mode) == (None, "5-3-2", Mode.OFF)
    assert plan.rule_for("Instagram").preset == "5-3-2"


def test_enter_in_the_list_does_not_save(qtbot: QtBot, plan: Planner, dialog: RulesDialog) -> None:
    click_rule(qtbot, dialog, "LinkedIn")
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Return)
    assert [rule.platform for rule in plan.rules()] == [None]
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Down)
    assert dialog.current().platform is not None


def test_french_error(qtbot: QtBot, french: None, plan: Planner) -> None:
    dialog = RulesDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    click_rule(qtbot, dialog, "LinkedIn")
    type_number(qtbot, dialog.window_spin, "3")
    type_number(qtbot, dialog.max_promotion_spin, "5")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "doit être entre 0 et la fenêtre (3), pas 5" in dialog.error.text()


def test_a_rule_a_colleague_changed_meanwhile_is_not_overwritten(
    qtbot: QtBot, plan: Planner, dialog: RulesDialog
) -> None:
    click_rule(qtbot, dialog, "LinkedIn")
    pick(qtbot, dialog.preset_combo, "thirds")
    with Planner.open(plan.path, user="sam") as colleague:
        colleague.set_rule(preset_rule("4-1-1", platform="LinkedIn", mode=Mode.WARN))

    qtbot.mouseClick(dialog.save_button, LEFT)

    assert "Someone changed the balance rule of LinkedIn" in dialog.error.text()
    assert plan.rule_for("LinkedIn").preset == "4-1-1"  # theirs, kept
    assert dialog.preset_combo.currentData() == "4-1-1"  # and shown
    pick(qtbot, dialog.preset_combo, "thirds")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.save_button, LEFT)  # saving again, knowingly
    assert plan.rule_for("LinkedIn").preset == "thirds"


def test_promises_before_promotion_is_shown_kept_and_turned_off(qtbot: QtBot, plan: Planner) -> None:
    plan.set_rule(replace(preset_rule("80-20", platform="Instagram"), no_promotion_while_late=False))
    dialog = RulesDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    click_rule(qtbot, dialog, "Instagram")
    assert not dialog.promises_check.isChecked()  # what the CLI set, shown
    pick(qtbot, dialog.mode_combo, Mode.BLOCK.value)
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert plan.rule_for("Instagram").no_promotion_while_late is False  # saving another change keeps it off

    click_rule(qtbot, dialog, None)
    assert dialog.promises_check.isChecked()  # on in every preset
    qtbot.mouseClick(dialog.promises_check, LEFT)
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert plan.rules()[0].no_promotion_while_late is False


# -- the offer habit: most offers in so many days ---------------------------------------------


def shown(qtbot: QtBot, plan: Planner) -> RulesDialog:
    dialog = RulesDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_no_limit_then_two_offers_in_seven_days_then_no_limit_again(qtbot: QtBot, plan: Planner) -> None:
    dialog = shown(qtbot, plan)
    click_rule(qtbot, dialog, "Instagram")
    assert dialog.offers_spin.text() == "No limit" and not dialog.offer_days_spin.isEnabled()
    type_number(qtbot, dialog.offers_spin, "2")
    assert dialog.offer_days_spin.isEnabled() and dialog.offer_days_spin.text() == "in 7 days"
    type_number(qtbot, dialog.offer_days_spin, "10")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.save_button, LEFT)
    rule = plan.rule_for("Instagram")
    assert (rule.platform, rule.max_offers, rule.offer_days, rule.preset) == ("Instagram", 2, 10, "80-20")

    dialog.offers_spin.setFocus()
    for _ in range(3):  # 2, 1, 0, then the minimum: no limit
        qtbot.keyClick(dialog.offers_spin, Qt.Key.Key_Down)
    assert dialog.offers_spin.text() == "No limit" and not dialog.offer_days_spin.isEnabled()
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert (plan.rule_for("Instagram").max_offers, plan.rule_for("Instagram").offer_days) == (None, None)


def test_what_the_command_line_set_is_shown_and_kept_by_saving_another_change(qtbot: QtBot, plan: Planner) -> None:
    plan.set_rule(replace(preset_rule("80-20", platform="LinkedIn"), max_offers=1, offer_days=14))
    dialog = shown(qtbot, plan)
    click_rule(qtbot, dialog, "LinkedIn")
    assert dialog.offers_spin.value() == 1 and dialog.offer_days_spin.text() == "in 14 days"
    pick(qtbot, dialog.preset_combo, "thirds")  # a preset's numbers leave the offer limit as it is
    pick(qtbot, dialog.mode_combo, Mode.BLOCK.value)
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.save_button, LEFT)
    rule = plan.rule_for("LinkedIn")
    assert (rule.preset, rule.mode, rule.max_offers, rule.offer_days) == ("thirds", Mode.BLOCK, 1, 14)
    click_rule(qtbot, dialog, None)
    assert dialog.offers_spin.text() == "No limit"  # the default rule has none


def test_the_offer_limit_in_french(qtbot: QtBot, french: None, plan: Planner) -> None:
    plan.set_rule(replace(preset_rule("80-20", platform="Instagram"), max_offers=2, offer_days=7))
    dialog = shown(qtbot, plan)
    click_rule(qtbot, dialog, "Instagram")
    assert dialog.offer_days_spin.text() == "en 7 jours"
    click_rule(qtbot, dialog, None)
    assert dialog.offers_spin.text() == "Sans limite"
