"""``dialogos export ics|csv``: the plan to a calendar or a spreadsheet.

What is written is the core's (:mod:`planner.exchange.ics.export`, :mod:`planner.exchange.csv`);
this module reads the command line and says what was written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from planner.cli.arguments import (
    Parser,
    Subcommands,
    UsageError,
    integer,
    platform_filter,
    range_options,
    status_word,
)
from planner.cli.options import date_range, post_query
from planner.exchange import csv as csv_io
from planner.exchange.csv.columns import HEADER_LANGUAGES
from planner.i18n import tr
from planner.model import PostQuery, Status
from planner.timezones import zone

if TYPE_CHECKING:
    from planner.cli.console import Console
    from planner.exchange.ics.export import ExportOptions
    from planner.service import Planner

STDOUT = "-"
WATCH_INTERVAL = 1.0
"""Seconds between two looks at the plan with --watch: a change shows within a second or so."""


def add_parser(parser: Parser, subcommands: Subcommands) -> None:
    formats = subcommands.below(parser, metavar_key="cli.metavar_format")
    ics = formats.add("ics", "cli.help_export_ics")
    ics.add_argument("destination", metavar=tr("cli.ics_metavar_file"), help=tr("cli.export_help_file", format=".ics"))
    platform_filter(ics)
    range_options(ics)
    # Every status is a choice, so that "idea" gets the core's explanation instead of argparse's.
    ics.add_argument(
        "--status",
        action="append",
        default=[],
        type=status_word,
        choices=[s.value for s in Status],
        help=tr("cli.ics_help_status"),
    )
    ics.add_argument("--per-platform", action="store_true", help=tr("cli.ics_help_per_platform"))
    ics.add_argument("--reminder", type=integer, metavar="MIN", help=tr("cli.ics_help_reminder"))
    ics.add_argument("--followups", action="store_true", help=tr("cli.ics_help_followups"))
    ics.add_argument("--watch", action="store_true", help=tr("cli.ics_help_watch"))

    csv = formats.add("csv", "cli.help_export_csv")
    csv.add_argument("destination", metavar=tr("cli.ics_metavar_file"), help=tr("cli.export_help_file", format="CSV"))
    range_options(csv)
    platform_filter(csv)
    csv.add_argument(
        "--status",
        action="append",
        default=[],
        type=status_word,
        choices=[s.value for s in Status],
        help=tr("cli.help_filter_status"),
    )
    csv.add_argument("--excel-fr", action="store_true", help=tr("cli.help_excel_fr"))
    csv.add_argument("--headers", choices=HEADER_LANGUAGES, help=tr("cli.help_csv_headers"))
    csv.add_argument("--followups", action="store_true", help=tr("cli.help_csv_followups"))


def run(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    return _ics(planner, args, console) if args.action == "ics" else _csv(planner, args, console)


def _ics(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    """Write the calendar to FILE (or stdout), once or, with --watch, until Ctrl+C."""
    from planner.exchange.ics.export import DEFAULT_STATUSES, ExportOptions, render, write_ics

    to_stdout = args.destination == STDOUT
    if to_stdout:
        for given, option in ((args.per_platform, "--per-platform"), (args.watch, "--watch")):
            if given:
                raise UsageError("cli.ics_dash_needs_file", option=option)
    start, end = date_range(planner, args)
    options = ExportOptions(
        platforms=tuple(args.platform),
        start=start,
        end=end,
        statuses=tuple(Status(s) for s in args.status) or DEFAULT_STATUSES,
        per_platform=args.per_platform,
        reminder_minutes=args.reminder,
        followups=args.followups,
    )
    if to_stdout:
        # The calendar is stdout's only content; the summary goes to stderr.
        rendered = render(planner, options)[0]
        _write_bytes(console.out, rendered.data)
        print(tr("cli.ics_sent", count=rendered.posts), file=console.err)
        return 0
    if args.watch:
        return _watch(planner, options, Path(args.destination), console)
    _summary(console.out, [(w.path, w.posts) for w in write_ics(planner, options, args.destination)])
    return 0


def _watch(planner: Planner, options: ExportOptions, destination: Path, console: Console) -> int:
    from planner.exchange.live import LiveCalendar

    live = LiveCalendar(planner, options, destination)
    tz = zone(planner.planning_zone)
    writes = 0

    def on_write(paths: list[Path]) -> None:
        nonlocal writes
        writes += 1
        if writes == 1:
            _summary(console.out, [(w.path, w.posts) for w in live.written])
            print(tr("cli.ics_watching"), file=console.err, flush=True)
            return
        moment = planner.now().astimezone(tz).strftime("%H:%M:%S")
        print(tr("cli.ics_rewritten", time=moment, path=", ".join(str(p) for p in paths)), file=console.out, flush=True)

    try:
        live.watch(
            interval=WATCH_INTERVAL,
            stop=lambda: False,
            on_write=on_write,
            on_error=lambda message: print(tr("cli.warning", message=message), file=console.err, flush=True),
        )
    except KeyboardInterrupt:
        # Ctrl+C is how a watch ends: the file is whole (written in one step), so this is success.
        print(tr("cli.ics_stopped"), file=console.err)
    return 0


def _summary(out: TextIO, files: list[tuple[Path, int]]) -> None:
    if not files:
        print(tr("cli.ics_no_platform"), file=out, flush=True)
        return
    if len(files) == 1:
        print(tr("cli.ics_written", path=files[0][0], count=files[0][1]), file=out, flush=True)
        return
    names = ", ".join(f"{path.name} ({count})" for path, count in files)
    total = sum(count for _, count in files)
    print(tr("cli.ics_written_many", folder=files[0][0].parent, names=names, count=total), file=out, flush=True)


def _write_bytes(out: TextIO, data: bytes) -> None:
    """The calendar's bytes as they are: CRLF line ends and UTF-8, whatever the console's settings."""
    binary = getattr(out, "buffer", None)
    if binary is not None:
        out.flush()
        binary.write(data)
        binary.flush()
    else:
        out.write(data.decode("utf-8"))


def _csv(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    query = post_query(planner, args)
    flavour = csv_io.CsvFlavour.EXCEL_FR if args.excel_fr else csv_io.CsvFlavour.STANDARD
    # French Excel users read French headers; --headers says otherwise explicitly.
    headers = args.headers or ("fr" if args.excel_fr else "en")
    if args.destination == STDOUT:
        if args.followups:
            raise UsageError("cli.csv_followups_need_file")
        data = csv_io.write_csv(planner.list_posts(query), flavour=flavour, headers=headers)
        buffer = getattr(console.out, "buffer", None)
        if buffer is not None:
            console.out.flush()
            buffer.write(data)
            buffer.flush()
        else:  # an in-memory stream (tests): the text without the byte order mark
            console.out.write(data.decode(flavour.encoding))
        return 0
    if args.followups:
        return _csv_with_followups(planner, query, Path(args.destination), flavour, headers, console)
    count = csv_io.export_csv(planner, query, args.destination, flavour=flavour, headers=headers)
    key = "cli.csv_exported_one" if count == 1 else "cli.csv_exported"
    print(tr(key, count=count, path=args.destination), file=console.out)
    return 0


def _csv_with_followups(
    planner: Planner, query: PostQuery, destination: Path, flavour: csv_io.CsvFlavour, headers: str, console: Console
) -> int:
    """The posts' file and, beside it, their follow-ups' file (both built before either is written)."""
    written = csv_io.export_csv_with_followups(planner, query, destination, flavour=flavour, headers=headers)
    key = "cli.csv_exported_one" if written.posts == 1 else "cli.csv_exported"
    print(tr(key, count=written.posts, path=destination), file=console.out)
    print(tr("cli.csv_followups_exported", count=written.followups, path=written.followups_path), file=console.out)
    return 0
