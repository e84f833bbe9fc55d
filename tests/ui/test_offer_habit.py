"""The offer habit in the app: the rules dialog's offer limit (a "no limit" state, kept by other
changes), and its breaches in the balance panel like any other."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from planner import Planner
from planner.balance.rules import BalanceRule, Mode, preset_rule
from planner.model import Post
from tests.ui.test_rules_dialog import click_rule, pick, type_number
from ui.balance_panel import BalancePanel
from ui.dialogs.rules import RulesDialog

PARIS = ZoneInfo("Europe/Paris")
LEFT = Qt.MouseButton.LeftButton


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


def test_offer_breaches_read_in_the_balance_panel_like_the_others(
    qtbot: QtBot, plan: Planner, add_post: Callable[..., Post]
) -> None:
    plan.edit_category("Offer", offer=True)
    plan.set_rule(BalanceRule("Instagram", 5, None, None, None, None, Mode.WARN, max_offers=2, offer_days=7))
    for day in (5, 12, 13, 18):  # Friday, Friday, Saturday, Thursday: 3 offers from the 12th to the 18th
        add_post("-20% coupon", 2026, 6, day, 10, 0, category="Offer")
    report = plan.balance_report(datetime(2026, 6, 1, tzinfo=PARIS), datetime(2026, 7, 1, tzinfo=PARIS))
    panel = BalancePanel()
    qtbot.addWidget(panel)
    panel.set_report(report, {p.name: p.colour for p in plan.platforms()})
    panel.resize(360, 700)
    panel.show()
    qtbot.waitExposed(panel)
    texts = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert "3 offers on Instagram in 7 days (12 to 18 June); the custom rule allows 2." in texts
    panel.grab().save("/tmp/offers-panel.png")
