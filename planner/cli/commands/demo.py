"""``dialogos demo``: a believable plan around this week, or N posts for measuring."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from planner.cli.arguments import Parser, Subcommands, integer
from planner.demo import bulk_demo, plan_demo
from planner.i18n import tr

if TYPE_CHECKING:
    from planner.cli.console import Console
    from planner.service import Planner


def add_parser(parser: Parser, subcommands: Subcommands) -> None:
    number = tr("cli.metavar_number")
    parser.add_argument("--weeks", type=integer, metavar=number, default=3, help=tr("cli.help_demo_weeks"))
    parser.add_argument("--posts", type=integer, metavar=number, help=tr("cli.help_demo_posts"))
    parser.add_argument("--seed", type=integer, metavar=number, help=tr("cli.help_demo_seed"))


def run(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    if args.posts is not None:
        count = bulk_demo(planner, posts=args.posts, seed=args.seed)
        print(tr("cli.demo_bulk_done", count=count, path=planner.path), file=console.out)
        return 0
    summary = plan_demo(planner, weeks=args.weeks, seed=args.seed)
    print(
        tr(
            "cli.demo_done",
            posts=summary.posts,
            ideas=summary.ideas,
            platforms=summary.platforms,
            first=summary.first_day.isoformat(),
            last=summary.last_day.isoformat(),
        ),
        file=console.out,
    )
    return 0
