"""``dialogos post add|list|show|edit|move|copy|rm|history|restore``; ``add --repeat`` makes a
series, ``edit``, ``move`` and ``rm`` take ``--scope this|following|all`` for a post of one.
The review's actions (``submit``, ``approve``, ``return``, ``comment``, ``comments``) and
``--skip-review`` are declared in :mod:`planner.cli.post_review`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from planner.cli import copies, post_review, render
from planner.cli.arguments import (
    FORMATS,
    Parser,
    Subcommands,
    expect_version,
    formats,
    given_text,
    integer,
    moment_text,
    override,
    platform_filter,
    range_options,
)
from planner.cli.options import date_range, given, reason
from planner.errors import ValidationError
from planner.exchange import csv as csv_io
from planner.i18n import tr
from planner.model import UNSET, Change, PostFields, PostPatch, PostQuery, Status
from planner.series import Frequency, Repeat, Scope, checked, frequency_of, one_platform, scope_of
from planner.timezones import parse_date, parse_local

if TYPE_CHECKING:
    from planner.cli.console import Console
    from planner.service import Planner


def add_parser(parser: Parser, subcommands: Subcommands) -> None:
    actions = subcommands.below(parser)
    add = actions.add("add", "cli.help_post_add")
    _fields(add, adding=True)
    _repeat(add)
    override(add)
    post_review.skip_review(add)
    formats(add)

    listing = actions.add("list", "cli.help_post_list")
    range_options(listing)
    platform_filter(listing)
    listing.add_argument(
        "--status",
        action="append",
        default=[],
        type=post_review.status_word,
        choices=post_review.STATUSES,
        help=tr("cli.help_filter_status"),
    )
    listing.add_argument("--format", choices=(*FORMATS, "csv"), default="table", help=tr("cli.help_format"))

    show = actions.add("show", "cli.help_post_show")
    show.add_argument("id", type=integer, metavar="ID")
    formats(show)

    edit = actions.add("edit", "cli.help_post_edit")
    edit.add_argument("id", type=integer, metavar="ID")
    _fields(edit, adding=False)
    _scope(edit)
    expect_version(edit)
    override(edit)
    post_review.skip_review(edit)
    formats(edit)

    move = actions.add("move", "cli.help_post_move")
    move.add_argument("id", type=integer, metavar="ID")
    move.add_argument(
        "--at", type=moment_text, required=True, metavar=tr("cli.metavar_datetime"), help=tr("cli.help_post_at")
    )
    move.add_argument("--tz", type=given_text, metavar=tr("cli.metavar_zone"), help=tr("cli.help_post_tz"))
    _scope(move)
    expect_version(move)
    override(move)
    post_review.skip_review(move)
    formats(move)

    copy = actions.add("copy", "cli.help_post_copy")
    copy.add_argument("id", type=integer, metavar="ID")
    copy.add_argument("--at", type=moment_text, metavar=tr("cli.metavar_datetime"), help=tr("cli.help_copy_at"))
    copy.add_argument("--tz", type=given_text, metavar=tr("cli.metavar_zone"), help=tr("cli.help_copy_tz"))
    copy.add_argument("--platform", metavar=tr("cli.metavar_name"), help=tr("cli.help_copy_platform"))
    override(copy)
    formats(copy)

    remove = actions.add("rm", "cli.help_post_rm")
    remove.add_argument("id", type=integer, metavar="ID")
    _scope(remove)
    expect_version(remove)

    history = actions.add("history", "cli.help_post_history")
    history.add_argument("id", type=integer, metavar="ID")
    formats(history)

    restore = actions.add("restore", "cli.help_post_restore")
    restore.add_argument("id", type=integer, metavar="ID", help=tr("cli.help_restore_id"))
    source = restore.add_mutually_exclusive_group(required=True)
    # Its own --version: the program's --version only works before the command.
    source.add_argument("--version", dest="to_version", type=integer, metavar="N", help=tr("cli.help_restore_version"))
    source.add_argument(
        "--from", dest="from_copy", type=given_text, metavar=tr("cli.metavar_other"), help=tr("cli.help_restore_from")
    )
    expect_version(restore)
    override(restore)
    post_review.skip_review(restore)
    formats(restore)

    post_review.add_actions(actions)


def _fields(sub: Parser, *, adding: bool) -> None:
    text = tr("cli.metavar_text")
    if adding:  # repeated: a cross-post
        sub.add_argument(
            "--platform", action="append", required=True, metavar=tr("cli.metavar_name"),
            help=tr("cli.help_post_platforms"),
        )  # fmt: skip
    else:
        sub.add_argument("--platform", metavar=tr("cli.metavar_name"), help=tr("cli.help_post_platform"))
    sub.add_argument("--title", required=adding, metavar=text, help=tr("cli.help_post_title"))
    sub.add_argument("--at", type=moment_text, metavar=tr("cli.metavar_datetime"), help=tr("cli.help_post_at"))
    sub.add_argument("--tz", type=given_text, metavar=tr("cli.metavar_zone"), help=tr("cli.help_post_tz"))
    sub.add_argument("--category", metavar=tr("cli.metavar_name"), help=tr("cli.help_post_category"))
    sub.add_argument("--body", metavar=text, help=tr("cli.help_post_body"))
    sub.add_argument(
        "--status", type=post_review.status_word, choices=post_review.STATUSES, help=tr("cli.help_post_status")
    )
    sub.add_argument("--duration", type=integer, metavar="MIN", help=tr("cli.help_post_duration"))
    sub.add_argument("--author", metavar=tr("cli.metavar_name"), help=tr("cli.help_post_author"))
    sub.add_argument("--campaign", metavar=text, help=tr("cli.help_post_campaign"))
    sub.add_argument("--link", metavar="URL", help=tr("cli.help_post_link"))
    sub.add_argument("--notes", metavar=text, help=tr("cli.help_post_notes"))


def _repeat(sub: Parser) -> None:
    """A series: ``--repeat daily|weekly|monthly [--every N] (--count N | --until DATE)``."""
    sub.add_argument("--repeat", choices=[f.value for f in Frequency], help=tr("cli.help_repeat"))
    sub.add_argument("--every", type=integer, metavar="N", help=tr("cli.help_every"))
    sub.add_argument("--count", type=integer, metavar="N", help=tr("cli.help_count"))
    sub.add_argument("--until", type=given_text, metavar=tr("cli.metavar_date"), help=tr("cli.help_until"))


def _scope(sub: Parser) -> None:
    sub.add_argument("--scope", choices=[s.value for s in Scope], default=Scope.THIS.value, help=tr("cli.help_scope"))


Handler = Callable[["Planner", argparse.Namespace, "Console"], int]


def run(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    handlers: dict[str, Handler] = {
        "add": _add,
        "list": _list,
        "show": lambda p, a, c: _show(p, a, c, a.id),
        "edit": _edit,
        "move": _move,
        "copy": _copy,
        "rm": _rm,
        "history": _history,
        "restore": _restore,
        **post_review.handlers(_show),
    }
    with post_review.waived_if(planner, args):
        return handlers[args.action](planner, args, console)


def _show(planner: Planner, args: argparse.Namespace, console: Console, post_id: int) -> int:
    post = planner.get_post(post_id)
    siblings = planner.siblings(post.id) if post.group_uid else []
    position = None
    if post.series_uid is not None:
        members = [p.id for p in planner.series_members(post, Scope.ALL)]
        position = (members.index(post.id) + 1, len(members))
    record = {**render.post_record(post), "siblings": [render.sibling_record(s) for s in siblings]}
    render.result(console.out, args, record, render.post_detail(post, siblings, series=position))
    return 0


def _history(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    """Every recorded change of a post, oldest first; a deleted post's too."""
    versions = planner.post_history(args.id)
    if args.format == "json":
        print(render.as_json([render.history_record(v) for v in versions]), file=console.out)
    elif not versions:
        print(tr("history.none", id=args.id), file=console.out)
    else:
        print(render.history_table(versions, planner.planning_zone), file=console.out)
    return 0


def _restore(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    """An earlier version, or the post as another copy of the plan has it, back as an ordinary
    edit (or creation): rules, --expect-version and --force as for edit."""
    why = reason(args)
    if args.from_copy is not None:
        brought = planner.restore_from_copy(args.from_copy, args.id, expect_version=args.expect_version, reason=why)
        _warn(console, brought.change)
        if args.format != "json":
            print("\n".join(copies.brought_back_lines(brought, args.id)), file=console.out)
        return _show(planner, args, console, brought.post.id)
    change = planner.restore_version(args.id, args.to_version, expect_version=args.expect_version, reason=why)
    _warn(console, change)
    if args.format != "json":
        saved = change.posts[0]
        print(tr("cli.restored", id=saved.id, restored=args.to_version, version=saved.version), file=console.out)
    return _show(planner, args, console, change.ids[0])


def _own_zone(planner: Planner, args: argparse.Namespace) -> str:
    """The zone a new ``--at`` is read in: ``--tz``, else the post's own.

    A post deleted or changed since the version the caller expected is a
    conflict (exit 4), as it is for the core's own edit, move and delete.
    """
    if args.tz:
        return str(args.tz)
    return planner.get_post(args.id, expect_version=args.expect_version).timezone


def _add(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    zone_name = args.tz or planner.planning_zone
    fields = PostFields(
        platform=args.platform[0],
        title=args.title,
        body=args.body or "",
        category=args.category,
        status=Status(args.status) if args.status else None,
        start=parse_local(args.at, zone_name) if args.at else None,
        timezone=zone_name,
        duration_minutes=args.duration,
        author=args.author,
        campaign=args.campaign or "",
        link=args.link or "",
        notes=args.notes or "",
    )
    repeat = _repeat_of(args, zone_name)
    if repeat is not None:
        one_platform(args.platform)
        return _add_series(planner, args, console, fields, repeat)
    if len(args.platform) > 1:
        return _cross_post(planner, args, console, fields)
    change = planner.create_post(fields, reason=reason(args))
    _warn(console, change)
    return _show(planner, args, console, change.ids[0])


def _repeat_of(args: argparse.Namespace, zone_name: str) -> Repeat | None:
    """The series ``--repeat`` asks for, checked before anything is written; None without it."""
    if args.repeat is None:
        if (args.every, args.count, args.until) != (None, None, None):
            raise ValidationError("error.repeat_options_alone")
        return None
    until = parse_date(args.until) if args.until is not None else None
    every = 1 if args.every is None else args.every
    return checked(Repeat(frequency_of(args.repeat), every=every, count=args.count, until=until))


def _add_series(
    planner: Planner, args: argparse.Namespace, console: Console, fields: PostFields, repeat: Repeat
) -> int:
    change = planner.create_series(fields, repeat, reason=reason(args))
    _warn(console, change)
    posts = list(planner.series.created_posts(change))
    said = tr("cli.series_created", series=posts[0].series_uid, count=len(posts), first=posts[0].id, last=posts[-1].id)
    render.result(console.out, args, [render.post_record(p) for p in posts], f"{said}\n{render.posts_table(posts)}")
    return 0


def _cross_post(planner: Planner, args: argparse.Namespace, console: Console, fields: PostFields) -> int:
    """``post add`` with several ``--platform``: one post on each, one group; JSON lists them all."""
    change = planner.create_cross_post(fields, args.platform, reason=reason(args))
    _warn(console, change)
    if args.format == "json":
        records = []
        for post in change.posts:
            siblings = [s for s in change.posts if s.id != post.id]
            records.append({**render.post_record(post), "siblings": [render.sibling_record(s) for s in siblings]})
        print(render.as_json(records), file=console.out)
        return 0
    ids = ", ".join(str(i) for i in change.ids)
    print(tr("cli.cross_posted", count=len(change.ids), ids=ids), file=console.out)
    for post in change.posts:
        print("", file=console.out)
        print(render.post_detail(post, [s for s in change.posts if s.id != post.id]), file=console.out)
    return 0


def _copy(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    """A copy of a post at ``--at`` (read in ``--tz``, else the post's zone), on ``--platform`` if given.

    Without ``--at`` the copy of an idea is an idea; a dated post's copy needs its own time (two
    posts at one time on a platform is never what a copy at the command line means)."""
    source = planner.get_post(args.id)
    zone_name = str(args.tz or source.timezone)
    if args.at is None and source.start is not None:
        raise ValidationError("error.copy_needs_at", id=source.id)
    start = None if args.at is None else parse_local(args.at, zone_name)
    change = planner.copy_post(args.id, start=start, timezone=zone_name, platform=args.platform, reason=reason(args))
    _warn(console, change)
    if args.format != "json":
        print(tr("cli.copied", id=args.id, copy=change.ids[0]), file=console.out)
    return _show(planner, args, console, change.ids[0])


def _edit(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    why = reason(args)
    # A new time is read in the new zone if one is given, else in the post's own.
    zone_name = _own_zone(planner, args) if args.at else None
    patch = PostPatch(
        platform=given(args.platform),
        title=given(args.title),
        body=given(args.body),
        category=UNSET if args.category is None else (args.category or None),
        status=given(Status(args.status) if args.status else None),
        start=parse_local(args.at, str(zone_name)) if args.at else UNSET,
        timezone=given(args.tz),
        duration_minutes=given(args.duration),
        author=UNSET if args.author is None else (args.author or None),
        campaign=given(args.campaign),
        link=given(args.link),
        notes=given(args.notes),
    )
    scope = scope_of(args.scope)
    if scope is Scope.THIS:
        change = planner.edit_post(args.id, patch, expect_version=args.expect_version, reason=why)
    else:
        change = planner.edit_series(args.id, patch, scope, expect_version=args.expect_version, reason=why)
        if args.format != "json" and len(change.ids) > 1:
            print(tr("cli.series_edited", count=len(change.ids), series=change.posts[0].series_uid), file=console.out)
    _warn(console, change)
    return _show(planner, args, console, args.id)


def _move(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    """A post to ``--at``; with ``--scope following|all``, the other posts of its series by the
    same wall-clock difference, in one write."""
    why = reason(args)
    start = parse_local(args.at, _own_zone(planner, args))
    scope = scope_of(args.scope)
    change = planner.move_series(
        args.id, start, scope, timezone=args.tz, expect_version=args.expect_version, reason=why
    )
    if change.unchanged and args.format != "json":
        post = next(p for p in change.posts if p.id == args.id)
        print(tr("cli.post_already_there", id=args.id, when=render.when(post.start)), file=console.out)
        return 0
    if args.format != "json" and len(change.ids) > 1:
        print(tr("cli.series_moved", count=len(change.ids), series=change.posts[0].series_uid), file=console.out)
    _warn(console, change)
    _show(planner, args, console, args.id)
    return 0


def _rm(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    scope = scope_of(args.scope)
    if scope is Scope.THIS:
        change = planner.delete_post(args.id, expect_version=args.expect_version)
    else:
        change = planner.delete_series(args.id, scope, expect_version=args.expect_version)
    _warn(console, change)
    if len(change.posts) > 1:
        print(tr("cli.series_deleted", count=len(change.posts), series=change.posts[0].series_uid), file=console.out)
    else:
        print(tr("cli.removed_post", id=args.id, title=change.posts[0].title), file=console.out)
    return 0


def _warn(console: Console, change: Change) -> None:
    """A saved change that breaks a rule says so on stderr, with where it would fit."""
    if change.verdict is None:
        return
    for breach in change.verdict.breaches:
        print(tr("cli.warning", message=breach.message), file=console.err)
    for suggestion in change.verdict.suggestions:
        print(tr("cli.suggestion", message=suggestion.message), file=console.err)


def _list(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    start, end = date_range(planner, args)
    query = PostQuery(
        start=start,
        end=end,
        platforms=tuple(args.platform),
        statuses=tuple(Status(s) for s in args.status),
    )
    posts = planner.list_posts(query)
    if args.format == "csv":
        # The export's columns, English headers, on the standard output.
        console.out.write(csv_io.text_csv(posts))
        return 0
    render.result(console.out, args, [render.post_record(p) for p in posts], render.posts_table(posts))
    return 0
