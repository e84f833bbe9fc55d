"""Balance rules: limits on promotion and minimums of conversation (the README's
"Conversation ahead of promotion").

A rule is judged over sliding windows of consecutive posts on one platform,
so "80/20" reads "in any 5 consecutive posts, at most 1 promotion".
"""

from __future__ import annotations

from dataclasses import replace

from planner.balance.values import PRESET_LABELS as PRESET_LABELS  # re-exported: the rules dialog shows them
from planner.balance.values import BalanceRule, Mode
from planner.errors import ValidationError
from planner.i18n import Term

# name: (window, max promotion, min conversation), the numbers of the README's presets table.
PRESETS: dict[str, tuple[int, int, int]] = {
    "80-20": (5, 1, 1),
    "thirds": (3, 1, 1),
    "4-1-1": (6, 1, 4),
    "5-3-2": (10, 0, 7),
}

DEFAULT_PRESET = "80-20"
DEFAULT_MODE = Mode.WARN
MAX_WINDOW = 100
MAX_OFFER_DAYS = 365


def preset_rule(name: str, *, platform: str | None = None, mode: Mode = DEFAULT_MODE) -> BalanceRule:
    if name not in PRESETS:
        raise ValidationError("error.unknown_preset", value=name[:40], known=", ".join(PRESETS))
    window, max_promotion, min_conversation = PRESETS[name]
    return BalanceRule(
        platform=platform,
        window=window,
        max_promotion=max_promotion,
        min_conversation=min_conversation,
        max_promo_streak=None,
        min_promo_gap_hours=None,
        mode=mode,
        preset=name,
    )


def checked(rule: BalanceRule) -> BalanceRule:
    """The rule if its numbers make sense together, else a validation error."""
    if not 1 <= rule.window <= MAX_WINDOW:
        raise ValidationError("error.rule_window", value=rule.window, limit=MAX_WINDOW)
    for name, value in (("max_promotion", rule.max_promotion), ("min_conversation", rule.min_conversation)):
        if value is not None and not 0 <= value <= rule.window:
            raise ValidationError("error.rule_count", field=Term(f"rule.{name}"), value=value, window=rule.window)
    if rule.max_promo_streak is not None and not 0 <= rule.max_promo_streak <= MAX_WINDOW:
        raise ValidationError("error.rule_streak", value=rule.max_promo_streak, limit=MAX_WINDOW)
    if rule.min_promo_gap_hours is not None and not 0 <= rule.min_promo_gap_hours <= 24 * 365:
        raise ValidationError("error.rule_gap", value=rule.min_promo_gap_hours)
    if (rule.max_offers is None) != (rule.offer_days is None):
        raise ValidationError("error.rule_offers_pair")
    if rule.max_offers is not None and rule.max_offers < 0:
        raise ValidationError("error.rule_max_offers", value=rule.max_offers)
    if rule.offer_days is not None and not 1 <= rule.offer_days <= MAX_OFFER_DAYS:
        raise ValidationError("error.rule_offer_days", value=rule.offer_days, limit=MAX_OFFER_DAYS)
    gap = rule.min_promo_gap_hours or None
    return replace(rule, min_promo_gap_hours=gap)


def mode_of(value: str | Mode) -> Mode:
    try:
        return Mode(str(value).strip().lower())
    except ValueError:
        known = ", ".join(m.value for m in Mode)
        raise ValidationError("error.unknown_mode", value=str(value)[:40], known=known) from None
