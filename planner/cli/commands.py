"""What each command does: read the arguments, call the planner, print the result.

No rule lives here: every check is the core's; this module only translates
between the command line and :class:`planner.service.Planner`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import tzinfo
from pathlib import Path
from typing import Any, TextIO

from planner.balance.rules import PRESETS, BalanceRule, Mode, preset_rule
from planner.cli import copies, exchange_csv, exchange_ics, render
from planner.cli.options import date_range as _range
from planner.cli.options import reason as _reason
from planner.cli.parser import UsageError
from planner.demo import bulk_demo, plan_demo
from planner.i18n import tr
from planner.model import UNSET, Change, PostFields, PostPatch, PostQuery, Status
from planner.service import Planner
from planner.sharing.backups import backup_folder, backups_of, newest_sound_backup, restore
from planner.sharing.places import warn_once
from planner.storage.connection import shell_word
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
        "history": _post_history,
        "restore": _post_restore,
    }
    return handlers[args.action](planner, args, console)


def _post_history(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    """Every recorded change of a post, oldest first; a deleted post's too."""
    versions = planner.post_history(args.id)
    if args.format == "json":
        print(render.as_json([render.history_record(v) for v in versions]), file=console.out)
    elif not versions:
        print(tr("history.none", id=args.id), file=console.out)
    else:
        print(render.history_table(versions, planner.planning_zone), file=console.out)
    return 0


def _post_restore(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    """An earlier version, or the post as another copy of the plan has it, back as an ordinary
    edit (or creation): rules, --expect-version and --force as for edit."""
    reason = _reason(args)
    if args.from_copy is not None:
        brought = planner.restore_from_copy(args.from_copy, args.id, expect_version=args.expect_version, reason=reason)
        _warn(console, brought.change)
        if args.format != "json":
            print("\n".join(copies.brought_back_lines(brought, args.id)), file=console.out)
        return _show_post(planner, args, console, brought.post.id)
    change = planner.restore_version(args.id, args.to_version, expect_version=args.expect_version, reason=reason)
    _warn(console, change)
    if args.format != "json":
        saved = change.posts[0]
        print(tr("cli.restored", id=saved.id, restored=args.to_version, version=saved.version), file=console.out)
    return _show_post(planner, args, console, change.ids[0])


def _own_zone(planner: Planner, args: argparse.Namespace) -> str:
    """The zone a new ``--at`` is read in: ``--tz``, else the post's own.

    A post deleted or changed since the version the caller expected is a
    conflict (exit 4), as it is for the core's own edit, move and delete.
    """
    if args.tz:
        return str(args.tz)
    return planner.get_post(args.id, expect_version=args.expect_version).timezone


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
        planner.remove_rule(args.platform, expect_version=args.expect_version)
        print(tr("cli.rule_removed", platform=planner.platform(args.platform).name), file=console.out)
    else:
        saved = planner.set_rule(_rule_from(planner, args), expect_version=args.expect_version)
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
        record = {**render.info_record(info), "conflicted_copies": copies.copies_record(planner)}
        lines = copies.copies_lines(planner)
        text = render.info_table(info) + "".join(f"\n{tr('cli.warning', message=line)}" for line in lines)
        _print(console.out, args, record, text)
        return 0
    if args.action == "check":
        problems = planner.check()
        for problem in problems:
            print(problem, file=console.out)
        print(tr("cli.check_ok") if not problems else tr("cli.check_failed", count=len(problems)), file=console.out)
        if problems:
            _offer_sound_backup(planner, console)
        return 1 if problems else 0
    if args.action == "backups":
        return _list_backups(planner, args, console)
    if args.action == "restore":
        planner.close()  # the restore takes the file's lock itself
        return restore_database(planner.path, args, console)
    if args.action == "compare":
        return copies.compare(planner, args, console.out)
    target = planner.backup(args.destination)
    print(tr("cli.backup_done", path=target), file=console.out)
    return 0


def _offer_sound_backup(planner: Planner, console: Console) -> None:
    """After a failed check: the backup to restore, as the damaged-file error offers it."""
    found = None if planner.on_server else newest_sound_backup(planner.path, planner.backup_folder)
    if found is None:
        print(tr("cli.db_check_no_backup"), file=console.out)
        return
    command = f"dialogos db restore {shell_word(found.path)} --db {shell_word(planner.path)}"
    saved = found.saved_at.strftime("%Y-%m-%d %H:%M %Z")
    print(tr("cli.db_check_offer", backup=found.path, saved=saved, command=command), file=console.out)


def _list_backups(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    base = planner.backup_base
    # A server plan's pg_dump files all sit in one folder of this computer.
    folder = base.parent if planner.on_server else planner.backup_folder or backup_folder(planner.path)
    return list_backups(base, folder, zone(planner.planning_zone), args, console)


def list_backups(path: Path, folder: Path, local: tzinfo | None, args: argparse.Namespace, console: Console) -> int:
    """``db backups``: the copies of ``path`` in ``folder``, their times in ``local`` (the plan's
    zone; None, the computer's, for a file too damaged to say its own)."""
    found = backups_of(path, folder)
    records = [
        {
            "path": str(b.path),
            "saved": b.saved_at.astimezone(local).isoformat(),
            "automatic": b.automatic,
            "size_bytes": _size(b.path),
        }
        for b in found
    ]
    if args.format == "json":
        print(render.as_json(records), file=console.out)
    elif not found:
        print(tr("cli.db_backups_none", path=path), file=console.out)
    else:
        headers = [tr(f"cli.db_col_{name}") for name in ("saved", "kind", "size", "file")]
        rows = [
            (
                f"{b.saved_at.astimezone(local):%Y-%m-%d %H:%M %Z}",
                tr("cli.db_backup_automatic") if b.automatic else tr("cli.db_backup_kept"),
                f"{-(-_size(b.path) // 1024)} KiB",
                b.path,
            )
            for b in found
        ]
        print(render.table(headers, rows), file=console.out)
    return 0


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def restore_database(path: Path, args: argparse.Namespace, console: Console) -> int:
    """``db restore SRC``: works without opening the file, which may be too damaged to open."""
    restored = restore(path, args.source)
    print(
        tr("cli.db_restored", path=restored.path, source=restored.source, revision=restored.revision),
        file=console.out,
    )
    if restored.migrated_from is not None:
        print(tr("cli.db_restored_migrated", found=restored.migrated_from), file=console.out)
    if restored.before is not None:
        print(tr("cli.db_restored_before", path=restored.before), file=console.out)
    return 0


# Commands that only read take no automatic backup: a `post list` on a file a
# colleague has open is not slowed by a copy. Any other command writes, and
# the first one of the day backs the file up before it changes anything.
_READING = {
    ("post", "list"),
    ("post", "show"),
    ("post", "history"),
    ("platform", "list"),
    ("category", "list"),
    ("rules", "list"),
    ("rules", "presets"),
    ("balance", None),
    ("export", "ics"),
    ("export", "csv"),
    ("db", "info"),
    ("db", "check"),
    ("db", "backup"),
    ("db", "backups"),
    ("db", "restore"),
    ("db", "compare"),
}


def before_command(planner: Planner, args: argparse.Namespace, console: Console) -> None:
    """What runs before every command on an open file: the one-time warnings about
    a risky place and about conflicted copies beside the plan, then, for a command
    that writes, the day's automatic backup.

    Either speaks in one line on stderr; neither ever stops the command, but a
    backup that finds the file damaged raises that damage (exit 5).
    """
    place = None if planner.on_server else warn_once(planner.path)
    if place is not None:
        print(tr("cli.warning", message=place.message), file=console.err)
    copies.warn_about_new_copies(planner, console.err)
    if (args.command, args.action) in _READING:
        return
    made = planner.auto_backup()
    if made.problem is not None:
        print(tr("cli.warning", message=made.problem), file=console.err)


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
