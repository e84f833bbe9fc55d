"""What each command does: read the arguments, call the planner, print the result.

No rule lives here: every check is the core's; this module only translates
between the command line and :class:`planner.service.Planner`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TextIO

from planner.cli import exchange_csv, exchange_ics, render
from planner.cli.options import date_range as _range
from planner.cli.options import reason as _reason
from planner.cli.parser import UsageError
from planner.demo import bulk_demo, plan_demo
from planner.errors import ConflictError, NotFoundError
from planner.i18n import tr
from planner.model import UNSET, Change, PostFields, PostPatch, PostQuery, Status
from planner.rules import PRESETS, BalanceRule, Mode, preset_rule
from planner.service import Planner
from planner.timezones import parse_local, week_of, week_range, zone


@dataclass(frozen=True, slots=True)
class Console:
    """Where a command prints: results on ``out``, warnings on ``err``."""

    out: TextIO
    err: TextIO


Handler = Callable[[Planner, argparse.Namespace, Console], int]


def _print(out: TextIO, args: argparse.Namespace, record: object, text: str) -> None:
    print(render.as_json(record) if getattr(args, "format", "table") == "json" else text, file=out)


# -- demo ---------------------------------------------------------------------


def demo(planner: Planner, args: argparse.Namespace, console: Console) -> int:
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


# -- platforms and categories -------------------------------------------------


def platform(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    if args.action == "list":
        platforms = planner.platforms()
        _print(console.out, args, [render.platform_record(p) for p in platforms], render.platforms_table(platforms))
    elif args.action == "add":
        limit = getattr(args, "limit", UNSET)
        added = planner.add_platform(args.name, args.kind, colour=args.colour, text_limit=limit)
        _print(console.out, args, render.platform_record(added), render.platforms_table([added]))
    elif args.action == "edit":
        edited = planner.edit_platform(
            args.name,
            new_name=_given(args.new_name),
            kind=_given(args.kind),
            colour=_given(args.colour),
            text_limit=getattr(args, "limit", UNSET),
            active=_given(args.active),
        )
        _print(console.out, args, render.platform_record(edited), render.platforms_table([edited]))
    else:
        planner.remove_platform(args.name)
        print(tr("cli.removed_platform", name=args.name), file=console.out)
    return 0


def category(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    if args.action == "list":
        categories = planner.categories()
        _print(console.out, args, [render.category_record(c) for c in categories], render.categories_table(categories))
    elif args.action == "add":
        added = planner.add_category(args.name, args.side)
        _print(console.out, args, render.category_record(added), render.categories_table([added]))
    elif args.action == "edit":
        edited = planner.edit_category(args.name, new_name=_given(args.new_name), side=_given(args.side))
        _print(console.out, args, render.category_record(edited), render.categories_table([edited]))
    else:
        planner.remove_category(args.name)
        print(tr("cli.removed_category", name=args.name), file=console.out)
    return 0


def _given(value: Any) -> Any:
    return UNSET if value is None else value


# -- posts --------------------------------------------------------------------


def _show_post(planner: Planner, args: argparse.Namespace, console: Console, post_id: int) -> int:
    post = planner.get_post(post_id)
    _print(console.out, args, render.post_record(post), render.post_detail(post))
    return 0


def post(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    handlers: dict[str, Handler] = {
        "add": _post_add,
        "list": _post_list,
        "show": lambda p, a, c: _show_post(p, a, c, a.id),
        "edit": _post_edit,
        "move": _post_move,
        "rm": _post_rm,
    }
    return handlers[args.action](planner, args, console)


def _own_zone(planner: Planner, args: argparse.Namespace) -> str:
    """The zone a new ``--at`` is read in: ``--tz``, else the post's own.

    A post that vanished is a conflict (exit 4) when the caller expected a
    version, as it is for the core's own edit, move and delete.
    """
    if args.tz:
        return str(args.tz)
    try:
        return planner.get_post(args.id).timezone
    except NotFoundError:
        if args.expect_version is not None:
            raise ConflictError("error.conflict_vanished", id=args.id) from None
        raise


def _post_add(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    zone_name = args.tz or planner.planning_zone
    fields = PostFields(
        platform=args.platform,
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
    change = planner.create_post(fields, reason=_reason(args))
    _warn(console, change)
    return _show_post(planner, args, console, change.ids[0])


def _post_edit(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    reason = _reason(args)
    # A new time is read in the new zone if one is given, else in the post's own.
    zone_name = _own_zone(planner, args) if args.at else None
    patch = PostPatch(
        platform=_given(args.platform),
        title=_given(args.title),
        body=_given(args.body),
        category=UNSET if args.category is None else (args.category or None),
        status=_given(Status(args.status) if args.status else None),
        start=parse_local(args.at, str(zone_name)) if args.at else UNSET,
        timezone=_given(args.tz),
        duration_minutes=_given(args.duration),
        author=UNSET if args.author is None else (args.author or None),
        campaign=_given(args.campaign),
        link=_given(args.link),
        notes=_given(args.notes),
    )
    change = planner.edit_post(args.id, patch, expect_version=args.expect_version, reason=reason)
    _warn(console, change)
    return _show_post(planner, args, console, change.ids[0])


def _post_move(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    reason = _reason(args)
    start = parse_local(args.at, _own_zone(planner, args))
    change = planner.move_post(args.id, start, timezone=args.tz, expect_version=args.expect_version, reason=reason)
    _show_post(planner, args, console, change.ids[0])
    return 0


def _post_rm(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    change = planner.delete_post(args.id, expect_version=args.expect_version)
    _warn(console, change)
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


def _post_list(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    start, end = _range(planner, args)
    query = PostQuery(
        start=start,
        end=end,
        platforms=tuple(args.platform),
        statuses=tuple(Status(s) for s in args.status),
    )
    posts = planner.list_posts(query)
    if args.format == "csv":
        exchange_csv.print_posts(posts, console)
        return 0
    _print(console.out, args, [render.post_record(p) for p in posts], render.posts_table(posts))
    return 0


# -- balance --------------------------------------------------------------------


def balance(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    start, end = _range(planner, args)
    if start is None:
        # Without a range: the current week, as in the app.
        start, end = week_range(*week_of(planner.now().astimezone(zone(planner.planning_zone))), planner.planning_zone)
    report = planner.balance_report(start, end, tuple(args.platform))
    _print(console.out, args, [render.balance_record(b) for b in report], render.balance_text(report))
    breaches = sum(len(b.breaches) for b in report)
    return 1 if args.check and breaches else 0


def rules(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    if args.action == "list":
        found = planner.rules()
        _print(console.out, args, [render.rule_record(r) for r in found], render.rules_table(found))
    elif args.action == "presets":
        records = [dict(zip(("name", "window", "max_promotion", "min_conversation"), (n, *v), strict=True))
                   for n, v in PRESETS.items()]  # fmt: skip
        _print(console.out, args, records, render.presets_table(PRESETS))
    elif args.action == "unset":
        planner.remove_rule(args.platform)
        print(tr("cli.rule_removed", platform=planner.platform(args.platform).name), file=console.out)
    else:
        saved = planner.set_rule(_rule_from(planner, args))
        _print(console.out, args, render.rule_record(saved), render.rules_table([saved]))
    return 0


def _rule_from(planner: Planner, args: argparse.Namespace) -> BalanceRule:
    """The rule ``rules set`` describes: a preset, custom numbers, or a new mode."""
    current = planner.rule_for(args.platform) if args.platform else planner.rules()[0]
    mode = Mode(args.mode) if args.mode else current.mode
    limits = (args.max_promotion, args.min_conversation, args.max_promo_streak, args.min_promo_gap_hours)
    if args.preset:
        if args.window is not None or any(v is not None for v in limits):
            raise UsageError("cli.rules_need_values")
        return preset_rule(args.preset, platform=args.platform, mode=mode)
    if args.window is not None:
        return BalanceRule(args.platform, args.window, *limits, mode=mode)
    if args.mode and not any(v is not None for v in limits):
        return replace(current, platform=args.platform, mode=mode)
    raise UsageError("cli.rules_need_values")


# -- the database file ----------------------------------------------------------


def database(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    if args.action == "info":
        info = planner.info()
        _print(console.out, args, render.info_record(info), render.info_table(info))
        return 0
    if args.action == "check":
        problems = planner.check()
        for problem in problems:
            print(problem, file=console.out)
        print(tr("cli.check_ok") if not problems else tr("cli.check_failed", count=len(problems)), file=console.out)
        return 1 if problems else 0
    target = planner.backup(args.destination)
    print(tr("cli.backup_done", path=target), file=console.out)
    return 0


# -- exchange with other tools --------------------------------------------------

_EXPORTERS: dict[str, Handler] = {"ics": exchange_ics.export, "csv": exchange_csv.export}
_IMPORTERS: dict[str, Handler] = {"ics": exchange_ics.import_, "csv": exchange_csv.import_}


def export(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    return _EXPORTERS[args.action](planner, args, console)


def import_(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    return _IMPORTERS[args.action](planner, args, console)


COMMANDS: dict[str, Handler] = {
    "export": export,
    "import": import_,
    "demo": demo,
    "platform": platform,
    "category": category,
    "post": post,
    "db": database,
    "balance": balance,
    "rules": rules,
}
