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
    """The rule ``rules set`` describes: a preset, custom numbers, or a new mode or
    "promises before promotion" alone. A preset has it on, custom numbers keep the current
    rule's; ``--no-promotion-while-late on|off`` says otherwise."""
    current = planner.rule_for(args.platform) if args.platform else planner.rules()[0]
    mode = Mode(args.mode) if args.mode else current.mode
    limits = (args.max_promotion, args.min_conversation, args.max_promo_streak, args.min_promo_gap_hours)
    promises = None if args.no_promotion_while_late is None else args.no_promotion_while_late == "on"
    if args.preset:
        if args.window is not None or any(v is not None for v in limits):
            raise UsageError("cli.rules_need_values")
        rule = preset_rule(args.preset, platform=args.platform, mode=mode)
        return rule if promises is None else replace(rule, no_promotion_while_late=promises)
    keep = current.no_promotion_while_late if promises is None else promises
    if args.window is not None:
        return BalanceRule(args.platform, args.window, *limits, mode=mode, no_promotion_while_late=keep)
    if (args.mode or promises is not None) and not any(v is not None for v in limits):
        return replace(current, platform=args.platform, mode=mode, no_promotion_while_late=keep)
    raise UsageError("cli.rules_need_values")
