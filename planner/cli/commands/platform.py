"""``dialogos platform list|add|edit|rm``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from planner.cli import render
from planner.cli.arguments import Parser, Subcommands, formats, limit
from planner.cli.options import given
from planner.i18n import tr
from planner.model import UNSET

if TYPE_CHECKING:
    from planner.cli.console import Console
    from planner.service import Planner


def add_parser(parser: Parser, subcommands: Subcommands) -> None:
    actions = subcommands.below(parser)
    formats(actions.add("list", "cli.help_platform_list"))
    add = actions.add("add", "cli.help_platform_add")
    add.add_argument("name", metavar=tr("cli.metavar_name"))
    _fields(add, adding=True)
    formats(add)
    edit = actions.add("edit", "cli.help_platform_edit")
    edit.add_argument("name", metavar=tr("cli.metavar_name"))
    edit.add_argument("--name", dest="new_name", metavar=tr("cli.metavar_name"), help=tr("cli.help_new_name"))
    _fields(edit, adding=False)
    active = edit.add_mutually_exclusive_group()
    active.add_argument("--active", dest="active", action="store_true", default=None, help=tr("cli.help_active"))
    active.add_argument("--inactive", dest="active", action="store_false", help=tr("cli.help_inactive"))
    formats(edit)
    remove = actions.add("rm", "cli.help_platform_rm")
    remove.add_argument("name", metavar=tr("cli.metavar_name"))


def _fields(sub: Parser, *, adding: bool) -> None:
    """--kind (guessed from the name when a platform is added without it), --colour and --limit."""
    kind_help = tr("cli.help_platform_kind_guessed" if adding else "cli.help_platform_kind")
    sub.add_argument("--kind", metavar=tr("cli.metavar_kind"), help=kind_help)
    colour = tr("cli.metavar_colour")
    sub.add_argument("--colour", "--color", dest="colour", metavar=colour, help=tr("cli.help_colour"))
    number, limit_help = tr("cli.metavar_number"), tr("cli.help_platform_limit")
    sub.add_argument("--limit", type=limit, metavar=number, default=argparse.SUPPRESS, help=limit_help)


def run(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    if args.action == "list":
        platforms = planner.platforms()
        records = [render.platform_record(p) for p in platforms]
        render.result(console.out, args, records, render.platforms_table(platforms))
    elif args.action == "add":
        text_limit = getattr(args, "limit", UNSET)
        added = planner.add_platform(args.name, args.kind, colour=args.colour, text_limit=text_limit)
        render.result(console.out, args, render.platform_record(added), render.platforms_table([added]))
    elif args.action == "edit":
        edited = planner.edit_platform(
            args.name,
            new_name=given(args.new_name),
            kind=given(args.kind),
            colour=given(args.colour),
            text_limit=getattr(args, "limit", UNSET),
            active=given(args.active),
        )
        render.result(console.out, args, render.platform_record(edited), render.platforms_table([edited]))
    else:
        planner.remove_platform(args.name)
        print(tr("cli.removed_platform", name=args.name), file=console.out)
    return 0
