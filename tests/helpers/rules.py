"""Balance rules the tests share."""

from __future__ import annotations

from dataclasses import replace

from planner.balance.rules import Mode, preset_rule
from planner.balance.values import BalanceRule

OLD_80_20_MIN_CONVERSATION = 4
"""What 80/20 asked before schema 9: at least 4 conversation posts in any 5."""


def eighty_twenty_asking_conversation(platform: str, mode: Mode) -> BalanceRule:
    """80/20 on ``platform`` with its conversation minimum raised to 4 in 5 (its numbers before
    schema 9): a plan short of conversation, where reports suggest slots for it."""
    return replace(preset_rule("80-20", platform=platform, mode=mode), min_conversation=OLD_80_20_MIN_CONVERSATION)
