"""``dialogos db info|check|backup|backups|restore|compare``: the plan's file itself."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli import copies, render
from planner.cli.arguments import Parser, Subcommands, formats
from planner.i18n import tr
from planner.sharing.backups import backup_folder, backups_of, newest_sound_backup, restore
from planner.storage.connection import shell_word
from planner.timezones import zone

if TYPE_CHECKING:
    from datetime import tzinfo

    from planner.cli.console import Console
    from planner.service import Planner


def add_parser(parser: Parser, subcommands: Subcommands) -> None:
    actions = subcommands.below(parser)
    formats(actions.add("info", "cli.help_db_info"))
    actions.add("check", "cli.help_db_check")
    backup = actions.add("backup", "cli.help_db_backup")
    backup.add_argument("destination", nargs="?", metavar=tr("cli.metavar_dest"), help=tr("cli.help_db_backup_dest"))
    formats(actions.add("backups", "cli.help_db_backups"))
    restoring = actions.add("restore", "cli.help_db_restore")
    restoring.add_argument("source", metavar=tr("cli.metavar_source"), help=tr("cli.help_db_restore_source"))
    compare = actions.add("compare", "cli.help_db_compare")
    compare.add_argument("other", metavar=tr("cli.metavar_other"), help=tr("cli.help_db_compare_other"))
    formats(compare)


def run(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    if args.action == "info":
        info = planner.info()
        record = {**render.info_record(info), "conflicted_copies": copies.copies_record(planner)}
        lines = copies.copies_lines(planner)
        text = render.info_table(info) + "".join(f"\n{tr('cli.warning', message=line)}" for line in lines)
        render.result(console.out, args, record, text)
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
