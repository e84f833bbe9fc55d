"""``dialogos rules list|presets|set|unset``: the balance rules, per platform or by default."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING

from planner.balance.rules import PRESETS, BalanceRule, Mode, preset_rule
from planner.cli import render
from planner.cli.arguments import Parser, Subcommands, UsageError, decimal, formats, integer
from planner.i18n import tr

if TYPE_CHECKING:
    from planner.cli.console import Console
    from planner.service import Planner


def add_parser(parser: Parser, subcommands: Subcommands) -> None:
    actions = subcommands.below(parser)
    formats(actions.add("list", "cli.help_rules_list"))
    formats(actions.add("presets", "cli.help_rules_presets"))
    setting = actions.add("set", "cli.help_rules_set")
    setting.add_argument("--platform", metavar=tr("cli.metavar_name"), help=tr("cli.help_rules_platform"))
    setting.add_argument("--preset", choices=list(PRESETS), help=tr("cli.help_rules_preset"))
    number = tr("cli.metavar_number")
    setting.add_argument("--window", type=integer, metavar=number, help=tr("cli.help_rules_window"))
    setting.add_argument("--max-promotion", type=integer, metavar=number, help=tr("cli.help_rules_max_promotion"))
    setting.add_argument("--min-conversation", type=integer, metavar=number, help=tr("cli.help_rules_min_conversation"))
    setting.add_argument("--max-promo-streak", type=integer, metavar=number, help=tr("cli.help_rules_max_promo_streak"))
    setting.add_argument(
        "--min-promo-gap-hours",
        type=decimal,
        metavar=tr("cli.metavar_hours"),
        help=tr("cli.help_rules_min_promo_gap_hours"),
    )
    setting.add_argument("--mode", choices=[m.value for m in Mode], help=tr("cli.help_rules_mode"))
    setting.add_argument(
        "--no-promotion-while-late", choices=["on", "off"], help=tr("cli.help_rules_no_promotion_while_late")
    )
    setting.add_argument(
        "--max-offers", type=_offers, metavar=tr("cli.metavar_offers"), help=tr("cli.help_rules_max_offers")
    )
    setting.add_argument(
        "--offer-days", type=integer, metavar=tr("cli.metavar_days"), help=tr("cli.help_rules_offer_days")
    )
    setting.add_argument("--expect-version", type=integer, metavar="V", help=tr("cli.help_rule_expect_version"))
    formats(setting)
    unset = actions.add("unset", "cli.help_rules_unset")
    unset.add_argument("--platform", required=True, metavar=tr("cli.metavar_name"), help=tr("cli.help_rules_platform"))
    unset.add_argument("--expect-version", type=integer, metavar="V", help=tr("cli.help_rule_expect_version"))


def run(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    if args.action == "list":
        found = planner.rules()
        render.result(console.out, args, [render.rule_record(r) for r in found], render.rules_table(found))
    elif args.action == "presets":
        records = [dict(zip(("name", "window", "max_promotion", "min_conversation"), (n, *v), strict=True))
                   for n, v in PRESETS.items()]  # fmt: skip
        render.result(console.out, args, records, render.presets_table(PRESETS))
    elif args.action == "unset":
        planner.remove_rule(args.platform, expect_version=args.expect_version)
        print(tr("cli.rule_removed", platform=planner.platform(args.platform).name), file=console.out)
    else:
        saved = planner.set_rule(_rule_from(planner, args), expect_version=args.expect_version)
        render.result(console.out, args, render.rule_record(saved), render.rules_table([saved]))
    return 0


def _rule_from(planner: Planner, args: argparse.Namespace) -> BalanceRule:
    """The rule ``rules set`` describes: a preset, custom numbers, or a new mode, "promises
    before promotion" or offer limit alone. A preset has promises on and no offer limit, custom
    numbers keep the current rule's; the options that say otherwise win."""
    current = planner.rule_for(args.platform) if args.platform else planner.rules()[0]
    mode = Mode(args.mode) if args.mode else current.mode
    limits = (args.max_promotion, args.min_conversation, args.max_promo_streak, args.min_promo_gap_hours)
    promises = None if args.no_promotion_while_late is None else args.no_promotion_while_late == "on"
    offers_given = args.max_offers is not None or args.offer_days is not None
    if args.preset:
        if args.window is not None or any(v is not None for v in limits):
            raise UsageError("cli.rules_need_values")
        rule = preset_rule(args.preset, platform=args.platform, mode=mode)
        rule = rule if promises is None else replace(rule, no_promotion_while_late=promises)
        return _with_offers(rule, args)
    keep = current.no_promotion_while_late if promises is None else promises
    if args.window is not None:
        rule = BalanceRule(args.platform, args.window, *limits, mode=mode, no_promotion_while_late=keep)
        return _with_offers(replace(rule, max_offers=current.max_offers, offer_days=current.offer_days), args)
    if (args.mode or promises is not None or offers_given) and not any(v is not None for v in limits):
        return _with_offers(replace(current, platform=args.platform, mode=mode, no_promotion_while_late=keep), args)
    raise UsageError("cli.rules_need_values")


_OFF = "off"
"""``--max-offers off``: no offer limit."""


def _offers(text: str) -> int | str:
    """``--max-offers``: a whole number, or off."""
    if text.strip().lower() == _OFF:
        return _OFF
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("cli.bad_max_offers", value=text)) from None


def _with_offers(rule: BalanceRule, args: argparse.Namespace) -> BalanceRule:
    """``rule`` with the offer limit the options give: ``--max-offers off`` clears it, a number
    or ``--offer-days`` alone keeps the other half (both or neither: the rule says so if not)."""
    if args.max_offers == _OFF:
        if args.offer_days is not None:
            raise UsageError("error.rule_offers_pair")
        return replace(rule, max_offers=None, offer_days=None)
    most = rule.max_offers if args.max_offers is None else args.max_offers
    days = rule.offer_days if args.offer_days is None else args.offer_days
    return replace(rule, max_offers=most, offer_days=days)
