"""``dialogos balance``: per platform, the posts by side, their share and the rules broken."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from planner.cli import render
from planner.cli.arguments import Parser, Subcommands, formats, platform_filter, range_options
from planner.cli.options import date_range
from planner.i18n import tr
from planner.timezones import environment_first_weekday, week_of, week_range, zone

if TYPE_CHECKING:
    from planner.cli.console import Console
    from planner.service import Planner


def add_parser(parser: Parser, subcommands: Subcommands) -> None:
    range_options(parser)
    platform_filter(parser)
    parser.add_argument("--check", action="store_true", help=tr("cli.help_balance_check"))
    formats(parser)


def run(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    start, end = date_range(planner, args)
    if start is None:
        # Without a range: the current week, as in the app.
        first_weekday = environment_first_weekday()
        today = planner.now().astimezone(zone(planner.planning_zone))
        start, end = week_range(*week_of(today, first_weekday), planner.planning_zone, first_weekday)
    report = planner.balance_report(start, end, tuple(args.platform))
    render.result(console.out, args, [render.balance_record(b) for b in report], render.balance_text(report))
    breaches = sum(len(b.breaches) for b in report)
    return 1 if args.check and breaches else 0
