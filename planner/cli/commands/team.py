"""``dialogos team add|rm|list|set|waiting|seen``: the plan's members and their roles, whether posts are
reviewed before they go out, what waits for the user (who ``--user`` or ``$DIALOGOS_USER`` names),
and a mention they have read."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from planner.cli import render, review_render
from planner.cli.arguments import Parser, Subcommands, UsageError, formats, integer, member_name
from planner.i18n import Term, tr
from planner.model import Role

if TYPE_CHECKING:
    from planner.cli.console import Console
    from planner.service import Planner

SWITCH = ("on", "off")


def add_parser(parser: Parser, subcommands: Subcommands) -> None:
    actions = subcommands.below(parser)
    add = actions.add("add", "team.help_add")
    add.add_argument("name", type=member_name, metavar=tr("cli.metavar_name"), help=tr("team.help_name"))
    add.add_argument("--role", choices=[r.value for r in Role], help=tr("team.help_role"))
    formats(add)

    remove = actions.add("rm", "team.help_rm")
    remove.add_argument("name", type=member_name, metavar=tr("cli.metavar_name"), help=tr("team.help_rm_name"))
    formats(remove)

    listing = actions.add("list", "team.help_list")
    formats(listing)

    settings = actions.add("set", "team.help_set")
    settings.add_argument("--review", choices=SWITCH, help=tr("team.help_review"))
    settings.add_argument("--self-approval", choices=SWITCH, help=tr("team.help_self_approval"))
    formats(settings)

    waiting = actions.add("waiting", "team.help_waiting")
    formats(waiting)

    seen = actions.add("seen", "team.help_seen")
    seen.add_argument("comment", type=integer, metavar="COMMENT_ID", help=tr("team.help_seen_comment"))


def run(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    if args.action == "add":
        # Without --role, a new member is an editor and a member keeps the role they have.
        role = Role(args.role) if args.role else planner.review.role_of(args.name)
        member = planner.set_member(args.name, role)
        render.result(console.out, args, review_render.member_record(member), review_render.members_table([member]))
    elif args.action == "rm":
        removed = planner.review.remove_member(args.name)
        line = tr("team.removed", name=removed.name, role=Term("role." + removed.role.value))
        render.result(console.out, args, review_render.member_record(removed), line)
    elif args.action == "list":
        _show_team(planner, args, console)
    elif args.action == "set":
        if args.review is None and args.self_approval is None:
            raise UsageError("team.set_needs_option")
        settings = planner.set_review(_switch(args.review), self_approval=_switch(args.self_approval))
        record = review_render.settings_record(settings)
        render.result(console.out, args, record, review_render.settings_line(settings))
    elif args.action == "seen":
        planner.review.seen(args.comment)
        print(tr("team.seen", id=args.comment), file=console.out)
    else:
        waiting = planner.waiting()
        render.result(
            console.out,
            args,
            [review_render.waiting_record(w) for w in waiting],
            review_render.waiting_table(waiting),
        )
        team = planner.team()
        user = planner.user or ""
        if not waiting and team and all(m.name.casefold() != user.casefold() for m in team):
            # "lea" for "Léa Martin": nothing can wait for a name the team does not have.
            names = ", ".join(m.name for m in team)
            print(tr("cli.warning", message=tr("team.not_a_member", name=user, names=names)), file=console.err)
    return 0


def _switch(value: str | None) -> bool | None:
    return None if value is None else value == "on"


def _show_team(planner: Planner, args: argparse.Namespace, console: Console) -> None:
    settings = planner.review_settings()
    members = planner.team()
    record = review_render.team_record(settings, members)
    render.result(console.out, args, record, review_render.team_text(settings, members))
