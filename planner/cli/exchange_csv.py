"""`dialogos export csv` and `dialogos import csv`: arguments and handlers.

The columns and the formats read are the core's (:mod:`planner.exchange.csv.columns`);
this module only reads the command line and prints what happened.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from planner.cli.options import post_query as _query
from planner.cli.options import reason as _reason
from planner.cli.parser import _override, _platform_filter, _range_options
from planner.exchange import csv as csv_io
from planner.exchange.csv.columns import HEADER_LANGUAGES
from planner.exchange.files import read_limited
from planner.i18n import tr
from planner.model import Post, Status

if TYPE_CHECKING:
    from planner.cli.commands import Console
    from planner.service import Planner

STDOUT = "-"


def add_export(actions: Any, command: Any) -> None:
    """Declare `export csv` under the `export` command's actions."""
    export = command(actions, "csv", "cli.help_export_csv")
    export.add_argument("destination", metavar=tr("cli.metavar_path"), help=tr("cli.help_csv_destination"))
    _range_options(export)
    _platform_filter(export)
    export.add_argument(
        "--status", action="append", default=[], choices=[s.value for s in Status], help=tr("cli.help_filter_status")
    )
    export.add_argument("--excel-fr", action="store_true", help=tr("cli.help_excel_fr"))
    export.add_argument("--headers", choices=HEADER_LANGUAGES, help=tr("cli.help_csv_headers"))


def add_import(actions: Any, command: Any) -> None:
    """Declare `import csv` under the `import` command's actions."""
    importing = command(actions, "csv", "cli.help_import_csv")
    importing.add_argument("source", metavar=tr("cli.metavar_path"), help=tr("cli.help_csv_source"))
    importing.add_argument("--skip-invalid", action="store_true", help=tr("cli.help_skip_invalid"))
    _override(importing)


def export(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    query = _query(planner, args)
    flavour = csv_io.CsvFlavour.EXCEL_FR if args.excel_fr else csv_io.CsvFlavour.STANDARD
    # French Excel users read French headers; --headers says otherwise explicitly.
    headers = args.headers or ("fr" if args.excel_fr else "en")
    if args.destination == STDOUT:
        data = csv_io.write_csv(planner.list_posts(query), flavour=flavour, headers=headers)
        buffer = getattr(console.out, "buffer", None)
        if buffer is not None:
            console.out.flush()
            buffer.write(data)
            buffer.flush()
        else:  # an in-memory stream (tests): the text without the byte order mark
            console.out.write(data.decode(flavour.encoding))
        return 0
    count = csv_io.export_csv(planner, query, args.destination, flavour=flavour, headers=headers)
    key = "cli.csv_exported_one" if count == 1 else "cli.csv_exported"
    print(tr(key, count=count, path=args.destination), file=console.out)
    return 0


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


def import_(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    reason = _reason(args)
    data = read_limited(args.source)
    try:
        report = csv_io.import_csv(planner, data, skip_invalid=args.skip_invalid, reason=reason)
    except csv_io.CsvRowsInvalid as invalid:
        raise _RowsListed(invalid.problems) from invalid
    if report.ignored_columns:
        print(tr("cli.csv_ignored_columns", columns=", ".join(report.ignored_columns)), file=console.err)
    for problem in report.skipped:
        print(tr("cli.csv_skipped", line=problem.line, message=problem.message), file=console.err)
    for message in report.warnings:
        print(tr("cli.warning", message=message), file=console.err)
    print(
        tr(
            "cli.csv_imported",
            path=args.source,
            created=report.created,
            updated=report.updated,
            unchanged=report.unchanged,
        ),
        file=console.out,
    )
    return 0


def print_posts(posts: Sequence[Post], console: Console) -> None:
    """``post list --format csv``: the export's columns, English headers, on the standard output."""
    console.out.write(csv_io.text_csv(posts))
