"""``dialogos import ics|csv``: a calendar or a spreadsheet into the plan.

``dialogos import ics FILE`` imports a calendar as a context calendar (the
default: it only adds a background layer, never touches the plan, and goes
away with ``--remove``); ``--as posts`` makes posts of its events. The same
command lists, hides, shows and removes context calendars, so everything
about them is in one place. ``dialogos import csv FILE`` reads the export's
columns (:mod:`planner.exchange.csv.columns`), or another tool's file through
the columns the core guesses, ``--map "Message=body"`` correcting the guess
and ``--platform`` giving the platform of a file without one
(:mod:`planner.exchange.csv.mapping`).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli import render
from planner.cli.arguments import FORMATS, Parser, Subcommands, UsageError, override, range_options, status_word
from planner.cli.options import date_range, reason
from planner.errors import ValidationError
from planner.exchange import csv as csv_io
from planner.exchange.files import read_limited
from planner.i18n import tr
from planner.model import Status

if TYPE_CHECKING:
    from planner.cli.console import Console
    from planner.context import ContextCalendar
    from planner.exchange.ics.importer import ImportReport
    from planner.service import Planner

CONTEXT, POSTS = "context", "posts"

# The core asks for a choice in the user's words; the command line names the option that makes it.
_HINTS = {
    "error.ics_posts_need_platform": "cli.ics_import_hint_platform",
    "error.ics_repeat_needs_range": "cli.ics_import_hint_range",
}
# Skipped events listed one by one, at most: a year of another calendar imported for a week skips hundreds.
_LISTED_SKIPS = 20
# Notes on the file (what was left out of it) listed one by one, at most.
_LISTED_NOTES = 10


class _Hinted(ValidationError):
    """A refusal of the core followed by the option that answers it."""

    def __init__(self, error: ValidationError, hint: str) -> None:
        super().__init__(error.key, **error.params)
        self.hint = hint

    @property
    def message(self) -> str:
        return f"{super().message} {tr(self.hint)}"


def add_parser(parser: Parser, subcommands: Subcommands) -> None:
    formats = subcommands.below(parser, metavar_key="cli.metavar_format")
    sub = formats.add("ics", "cli.help_import_ics")
    sub.add_argument("file", nargs="?", metavar=tr("cli.metavar_path"), help=tr("cli.ics_import_help_file"))
    sub.add_argument("--as", dest="kind", choices=(CONTEXT, POSTS), default=CONTEXT, help=tr("cli.ics_import_help_as"))
    sub.add_argument("--name", metavar=tr("cli.metavar_name"), help=tr("cli.ics_import_help_name"))
    sub.add_argument(
        "--colour", "--color", dest="colour", metavar=tr("cli.metavar_colour"), help=tr("cli.ics_import_help_colour")
    )
    sub.add_argument("--platform", metavar=tr("cli.metavar_name"), help=tr("cli.ics_import_help_platform"))
    sub.add_argument("--category", metavar=tr("cli.metavar_name"), help=tr("cli.ics_import_help_category"))
    sub.add_argument(
        "--status", type=status_word, choices=[s.value for s in Status], help=tr("cli.ics_import_help_status")
    )
    range_options(sub)
    override(sub)
    manage = sub.add_mutually_exclusive_group()
    manage.add_argument("--list", action="store_true", help=tr("cli.ics_import_help_list"))
    manage.add_argument("--hide", metavar=tr("cli.metavar_name"), help=tr("cli.ics_import_help_hide"))
    manage.add_argument("--show", metavar=tr("cli.metavar_name"), help=tr("cli.ics_import_help_show"))
    manage.add_argument("--remove", metavar=tr("cli.metavar_name"), help=tr("cli.ics_import_help_remove"))
    sub.add_argument("--format", choices=FORMATS, default="table", help=tr("cli.help_format"))

    csv = formats.add("csv", "cli.help_import_csv")
    csv.add_argument("source", metavar=tr("cli.metavar_path"), help=tr("cli.help_csv_source"))
    csv.add_argument("--skip-invalid", action="store_true", help=tr("cli.help_skip_invalid"))
    csv.add_argument(
        "--map", action="append", default=[], metavar=tr("cli.metavar_csv_map"), help=tr("cli.help_csv_map")
    )
    csv.add_argument("--platform", metavar=tr("cli.metavar_name"), help=tr("cli.help_csv_platform"))
    csv.add_argument("--month-first", action="store_true", help=tr("cli.help_csv_month_first"))
    override(csv)


def run(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    return _ics(planner, args, console) if args.action == "ics" else _csv(planner, args, console)


def _ics(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    """Import FILE, or manage the context calendars (--list, --hide, --show, --remove)."""
    if args.list:
        return _list(planner, args, console)
    if args.hide or args.show or args.remove:
        return _manage(planner, args, console)
    if not args.file:
        raise UsageError("cli.ics_import_needs_file")
    _check_options(args)
    why = reason(args)
    start, end = date_range(planner, args)
    # iCalendar is read only when a file is imported: the app and other commands start faster.
    from planner.exchange.ics.importer import import_context, import_posts, read_calendar

    data = read_limited(args.file)
    # Checked whole before anything is written: a bad file changes nothing.
    parsed = read_calendar(data, source=Path(args.file).name, floating_zone=planner.planning_zone)
    if args.kind == CONTEXT:
        report = import_context(planner, parsed, name=args.name, colour=args.colour)
    else:
        try:
            report = import_posts(
                planner,
                parsed,
                platform=args.platform,
                category=args.category,
                status=Status(args.status) if args.status else None,
                start=start,
                end=end,
                reason=why,
            )
        except ValidationError as error:
            if error.key not in _HINTS:
                raise
            raise _Hinted(error, _HINTS[error.key]) from error
    for message in report.breaches:
        print(tr("cli.warning", message=message), file=console.err)
    if parsed.followups:
        print(tr("cli.ics_import_followups_left_out", count=parsed.followups), file=console.err)
    if args.format == "json":
        print(render.as_json(_report_record(report)), file=console.out)
        return 0
    print(render.visible(_summary(report)), file=console.out)
    for skipped in report.skipped[:_LISTED_SKIPS]:
        line = tr("cli.ics_import_skipped_one", summary=skipped.summary, line=skipped.line, reason=skipped.reason)
        print(render.visible(line), file=console.err)
    if len(report.skipped) > _LISTED_SKIPS:
        print(tr("cli.ics_import_skipped_more", count=len(report.skipped) - _LISTED_SKIPS), file=console.err)
    _print_notes(report, console)
    return 0


def _print_notes(report: ImportReport, console: Console) -> None:
    """What the reader left out of the file, one line each, the first few: the rest counted."""
    for note in report.notes[:_LISTED_NOTES]:
        print(render.visible(tr("cli.ics_import_note", message=note.message)), file=console.err)
    if len(report.notes) > _LISTED_NOTES:
        print(tr("cli.ics_import_notes_more", count=len(report.notes) - _LISTED_NOTES), file=console.err)


def _check_options(args: argparse.Namespace) -> None:
    """Options that mean nothing for the kind of import chosen are refused, not ignored."""
    posts_only = {"--platform": args.platform, "--category": args.category, "--status": args.status}
    posts_only |= {"--week": args.week, "--from": args.date_from, "--to": args.date_to, "--force": args.force}
    context_only = {"--name": args.name, "--colour": args.colour}
    wrong = posts_only if args.kind == CONTEXT else context_only
    for option, value in wrong.items():
        if value:
            key = "cli.ics_import_context_only" if args.kind == CONTEXT else "cli.ics_import_posts_only"
            raise UsageError(key, option=option)


def _summary(report: ImportReport) -> str:
    """One line: what the import did, and what it left out and why."""
    if report.kind == CONTEXT:
        assert report.calendar is not None
        values = {"name": report.calendar.name, "source": report.source, "events": report.created}
        if report.replaced is None:
            message = tr("cli.ics_import_context_new", **values)
        else:
            message = tr("cli.ics_import_context_replaced", **values, previous=report.replaced)
    else:
        message = tr(
            "cli.ics_import_posts_back_to_review" if report.back_to_review else "cli.ics_import_posts",
            source=report.source,
            created=report.created,
            updated=report.updated,
            unchanged=report.unchanged,
            back=report.back_to_review,
        )
    if not report.skipped:
        return message
    counts = Counter(skipped.label for skipped in report.skipped)
    details = ", ".join(tr("cli.ics_import_skip_count", count=n, reason=why) for why, n in counts.items())
    return tr("cli.ics_import_skipped", message=message, details=details)


def _report_record(report: ImportReport) -> dict[str, object]:
    return {
        "kind": report.kind,
        "source": report.source,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "skipped": [
            {"uid": s.uid, "summary": s.summary, "line": s.line, "why": s.why, "reason": s.reason}
            for s in report.skipped
        ],
        "calendar": _record(report.calendar) if report.calendar else None,
        "replaced": report.replaced,
        "posts": list(report.post_ids),
        "back_to_review": report.back_to_review,
        "breaches": list(report.breaches),
        "notes": [
            {"line": n.line, "kind": n.key.removeprefix("ics_import.note_"), "message": n.message} for n in report.notes
        ],
    }


def _record(calendar: ContextCalendar) -> dict[str, object]:
    return {
        "id": calendar.id,
        "name": calendar.name,
        "colour": calendar.colour,
        "visible": calendar.visible,
        "source": calendar.source,
        "events": calendar.event_count,
        "imported_at": calendar.imported_at.isoformat(),
    }


def _list(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    calendars = planner.context_calendars()
    if args.format == "json":
        print(render.as_json([_record(c) for c in calendars]), file=console.out)
        return 0
    headers = [tr(f"cli.col_{name}") for name in ("id", "name", "colour", "visible", "events", "source", "imported")]
    rows = [
        (
            c.id,
            c.name,
            c.colour,
            tr("cli.yes") if c.visible else tr("cli.no"),
            c.event_count,
            c.source,
            f"{c.imported_at:%Y-%m-%d %H:%M} UTC",
        )
        for c in calendars
    ]
    print(render.table(headers, rows), file=console.out)
    return 0


def _manage(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    calendar = planner.context_calendar(args.hide or args.show or args.remove)
    if args.remove:
        planner.remove_context_calendar(calendar.id)
        message = tr("cli.ics_import_removed", name=calendar.name, events=calendar.event_count)
    else:
        planner.set_context_visible(calendar.id, visible=bool(args.show))
        message = tr("cli.ics_import_shown" if args.show else "cli.ics_import_hidden", name=calendar.name)
    print(render.visible(message), file=console.out)
    return 0


# -- import csv ------------------------------------------------------------------------


class _RowsListed(csv_io.CsvRowsInvalid):
    """The refusal as the command line prints it: its line, then one line per bad row.

    Raised rather than printed, so the command fails like any other (a file
    it had to create is removed again).
    """

    @property
    def message(self) -> str:
        hint = "cli.csv_skip_hint_one" if self.params["count"] == 1 else "cli.csv_skip_hint"
        lines = [f"{super().message} {tr(hint)}"]
        lines += [tr("cli.csv_problem", problem=p) for p in self.problems]
        return "\n".join(lines)


# The core asks for what the file lacks; the command line names the option that gives it.
_CSV_HINTS = {
    "error.csv_missing_column": "cli.csv_hint_platform",
    "error.csv_no_platform": "cli.csv_hint_platform",
    "error.csv_map_no_date": "cli.csv_hint_map",
    "error.csv_map_no_text": "cli.csv_hint_map",
    "error.csv_map_not_dates": "cli.csv_hint_map",
}


def _mapping(planner: Planner, args: argparse.Namespace, data: bytes) -> csv_io.ColumnMapping | None:
    """The mapping ``--map`` and ``--month-first`` give over the guess, or None to let the core decide."""
    if not args.map and not args.month_first:
        return None
    choices: list[tuple[str, str]] = []
    for entry in args.map:
        column, equals, target = entry.rpartition("=")
        if not equals or not column.strip():
            raise UsageError("cli.csv_map_syntax", value=entry[:60])
        choices.append((column, target))
    layout = csv_io.guess_layout(data, platforms=[platform.name for platform in planner.platforms()])
    return csv_io.remap(layout, choices, month_first=True if args.month_first else None)


def _csv(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    why = reason(args)
    data = read_limited(args.source)
    try:
        mapping = _mapping(planner, args, data)
        report = csv_io.import_csv(
            planner, data, skip_invalid=args.skip_invalid, reason=why, mapping=mapping, platform=args.platform
        )
    except csv_io.CsvRowsInvalid as invalid:
        raise _RowsListed(invalid.problems) from invalid
    except ValidationError as error:
        if error.key not in _CSV_HINTS or (error.key == "error.csv_missing_column" and args.platform):
            # With --platform, the column a file lacks is another one (a follow-ups file's): no hint.
            raise
        raise _Hinted(error, _CSV_HINTS[error.key]) from error
    if report.ignored_columns:
        print(tr("cli.csv_ignored_columns", columns=", ".join(report.ignored_columns)), file=console.err)
    for problem in report.skipped:
        print(tr("cli.csv_skipped", line=problem.line, message=problem.message), file=console.err)
    for message in report.warnings:
        print(tr("cli.warning", message=message), file=console.err)
    if report.day_first_assumed is not None:
        note = f"{report.day_first_assumed.message} {tr('cli.csv_hint_month_first')}"
        print(tr("cli.csv_note", message=note), file=console.err)
    if report.date_order is not None:
        print(tr("cli.csv_note", message=report.date_order.message), file=console.err)
    key = "cli.csv_followups_imported" if report.followups else "cli.csv_imported"
    if report.back_to_review:
        key = "cli.csv_imported_back_to_review"
    counts = {"created": report.created, "updated": report.updated, "unchanged": report.unchanged}
    summary = tr(key, path=args.source, **counts, back=report.back_to_review)
    if report.matched:
        summary = tr("cli.csv_imported_matched", summary=summary, count=report.matched)
    print(summary, file=console.out)
    return 0
