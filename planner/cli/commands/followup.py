"""``dialogos followup list|add|keep|drop|plan``: what posts promise the community."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from planner.cli import render
from planner.cli.arguments import (
    Parser,
    Subcommands,
    UsageError,
    expect_version,
    formats,
    given_text,
    integer,
    moment_text,
    override,
    platform_filter,
    range_options,
)
from planner.cli.options import date_range, reason
from planner.i18n import tr
from planner.model import Followup, FollowupKind, FollowupStatus, offset_text
from planner.timezones import parse_local

if TYPE_CHECKING:
    from planner.cli.console import Console
    from planner.service import Planner


def add_parser(parser: Parser, subcommands: Subcommands) -> None:
    actions = subcommands.below(parser)
    listing = actions.add("list", "cli.help_followup_list")
    range_options(listing)
    platform_filter(listing)
    listing.add_argument(
        "--status",
        action="append",
        default=[],
        choices=[s.value for s in FollowupStatus],
        help=tr("cli.help_followup_status"),
    )
    formats(listing)

    add = actions.add("add", "cli.help_followup_add")
    add.add_argument("post", type=integer, metavar="POST_ID")
    add.add_argument(
        "--kind", required=True, choices=[k.value for k in FollowupKind], help=tr("cli.help_followup_kind")
    )
    when = add.add_mutually_exclusive_group(required=True)
    when.add_argument("--after", type=given_text, metavar=tr("cli.metavar_offset"), help=tr("cli.help_followup_after"))
    when.add_argument("--due", type=moment_text, metavar=tr("cli.metavar_datetime"), help=tr("cli.help_followup_due"))
    add.add_argument("--tz", type=given_text, metavar=tr("cli.metavar_zone"), help=tr("cli.help_followup_tz"))
    add.add_argument("--duration", type=integer, metavar="MIN", help=tr("cli.help_followup_duration"))
    add.add_argument("--title", metavar=tr("cli.metavar_text"), help=tr("cli.help_followup_title"))
    add.add_argument("--owner", type=given_text, metavar=tr("cli.metavar_name"), help=tr("cli.help_followup_owner"))
    formats(add)

    keep = actions.add("keep", "cli.help_followup_keep")
    keep.add_argument("id", type=integer, metavar="ID")
    keep.add_argument("--by-post", type=integer, metavar="POST_ID", help=tr("cli.help_followup_by_post"))
    expect_version(keep, help_key="cli.help_followup_expect_version")
    formats(keep)

    plan = actions.add("plan", "cli.help_followup_plan")
    plan.add_argument("id", type=integer, metavar="ID")
    plan.add_argument("--title", metavar=tr("cli.metavar_text"), help=tr("cli.help_followup_plan_title"))
    override(plan)
    expect_version(plan, help_key="cli.help_followup_expect_version")
    formats(plan)

    drop = actions.add("drop", "cli.help_followup_drop")
    drop.add_argument("id", type=integer, metavar="ID")
    drop.add_argument("--reason", required=True, metavar=tr("cli.metavar_text"), help=tr("cli.help_followup_reason"))
    expect_version(drop, help_key="cli.help_followup_expect_version")
    formats(drop)


def run(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    followups = planner.followups
    if args.action == "list":
        start, end = date_range(planner, args)
        found = followups.list(start, end, platforms=args.platform, statuses=args.status)
        render.result(console.out, args, [record(f) for f in found], table(found))
        return 0
    if args.action == "add":
        due = None
        if args.tz is not None and args.due is None:
            raise UsageError("cli.followup_tz_needs_due")
        if args.due is not None:
            zone_name = args.tz or planner.get_post(args.post).timezone
            due = parse_local(args.due, zone_name)
        change = followups.add(
            args.post,
            args.kind,
            after=args.after,
            due=due,
            duration=args.duration,
            owner=args.owner,
            note=args.title,
        )
    elif args.action == "keep":
        change = followups.keep(args.id, by_post=args.by_post, expect_version=args.expect_version)
    elif args.action == "plan":
        change = followups.plan_promised_post(
            args.id, title=args.title, expect_version=args.expect_version, reason=reason(args)
        )
    else:
        change = followups.drop(args.id, reason=args.reason, expect_version=args.expect_version)
    saved = change.followups[0]
    render.result(console.out, args, record(saved), table([saved]))
    if args.action == "keep" and saved.status is not FollowupStatus.KEPT and args.format != "json":
        print(tr("cli.followup_linked", id=saved.id, post=saved.kept_by_post), file=console.out)
    if args.action == "plan" and args.format != "json":
        planned = change.posts[0]
        print(tr("cli.followup_planned", post=planned.id, title=planned.title, id=saved.id), file=console.out)
    return 0


def record(followup: Followup) -> dict[str, object]:
    """A follow-up in JSON: the fields the README's "Follow-ups" section lists."""
    return {
        "id": followup.id,
        "post": followup.post_id,
        "platform": followup.platform,
        "kind": followup.kind.value,
        "title": followup.note or followup.title,  # what was promised (--title), else the post's title
        "post_title": followup.title,
        "note": followup.note or None,
        "due": followup.due.isoformat(),
        "offset": None if followup.offset is None else offset_text(followup.offset),
        "duration_minutes": followup.duration_minutes,
        "owner": followup.owner,
        "status": followup.status.value,
        "kept_at": None if followup.kept_at is None else followup.kept_at.isoformat(),
        "kept_by": followup.kept_by,
        "kept_by_post": followup.kept_by_post,
        "reason": followup.reason,
        "version": followup.version,
    }


def table(followups: Sequence[Followup]) -> str:
    """Follow-ups for people, in the style of ``post list``."""
    if not followups:
        return tr("cli.followups_none")
    headers = [tr(f"cli.col_{name}") for name in ("id", "due", "platform", "kind", "status", "owner", "post", "title")]
    rows = [
        (
            f.id,
            render.when(f.due),
            f.platform,
            tr(f"followup_kind.{f.kind.value}"),
            tr(f"followup_status.{f.status.value}"),
            f.owner or "—",
            f.post_id,
            render.shorten(f.note or f.title, render.TITLE_WIDTH),
        )
        for f in followups
    ]
    return render.table(headers, rows)
