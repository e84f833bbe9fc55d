"""``dialogos category list|add|edit|rm``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from planner.cli import render
from planner.cli.arguments import Parser, Subcommands, formats
from planner.cli.options import given
from planner.i18n import tr
from planner.model import Side

if TYPE_CHECKING:
    from planner.cli.console import Console
    from planner.service import Planner


def add_parser(parser: Parser, subcommands: Subcommands) -> None:
    actions = subcommands.below(parser)
    formats(actions.add("list", "cli.help_category_list"))
    add = actions.add("add", "cli.help_category_add")
    add.add_argument("name", metavar=tr("cli.metavar_name"))
    add.add_argument("--side", required=True, choices=[s.value for s in Side], help=tr("cli.help_side"))
    _followup_options(add)
    formats(add)
    edit = actions.add("edit", "cli.help_category_edit")
    edit.add_argument("name", metavar=tr("cli.metavar_name"))
    edit.add_argument("--name", dest="new_name", metavar=tr("cli.metavar_name"), help=tr("cli.help_new_name"))
    edit.add_argument("--side", choices=[s.value for s in Side], help=tr("cli.help_side"))
    _followup_options(edit)
    formats(edit)
    remove = actions.add("rm", "cli.help_category_rm")
    remove.add_argument("name", metavar=tr("cli.metavar_name"))


def _followup_options(sub: Parser) -> None:
    sub.add_argument(
        "--followup",
        action="append",
        metavar=tr("cli.metavar_followup_default"),
        help=tr("cli.help_category_followup"),
    )
    offer = sub.add_mutually_exclusive_group()
    offer.add_argument("--offer", action="store_true", default=None, help=tr("cli.help_category_offer"))
    offer.add_argument("--no-offer", dest="offer", action="store_false", help=tr("cli.help_category_no_offer"))


def _defaults(args: argparse.Namespace) -> list[str] | None:
    """The --followup options given (``none`` alone clears them), None when there were none."""
    if args.followup is None:
        return None
    return [] if [f.strip().lower() for f in args.followup] in (["none"], ["aucun"]) else list(args.followup)


def run(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    if args.action == "list":
        categories = planner.categories()
        records = [render.category_record(c) for c in categories]
        render.result(console.out, args, records, render.categories_table(categories))
    elif args.action == "add":
        added = planner.add_category(args.name, args.side, followups=_defaults(args) or (), offer=bool(args.offer))
        render.result(console.out, args, render.category_record(added), render.categories_table([added]))
    elif args.action == "edit":
        edited = planner.edit_category(
            args.name,
            new_name=given(args.new_name),
            side=given(args.side),
            followups=given(_defaults(args)),
            offer=given(args.offer),
        )
        render.result(console.out, args, render.category_record(edited), render.categories_table([edited]))
    else:
        planner.remove_category(args.name)
        print(tr("cli.removed_category", name=args.name), file=console.out)
    return 0
