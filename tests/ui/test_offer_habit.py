"""The offer habit in the app: its breaches read in the balance panel like any other (the rules
dialog's offer limit is tested with the dialog, in test_rules_dialog.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from planner import Planner
from planner.balance.rules import BalanceRule, Mode
from planner.model import Post
from ui.balance_panel import BalancePanel

PARIS = ZoneInfo("Europe/Paris")


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
