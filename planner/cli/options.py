"""What several commands read the same way: a date range, an override's reason, a value left out."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, Any

from planner.cli.arguments import UsageError
from planner.model import UNSET, PostQuery, Status
from planner.timezones import day_range, environment_first_weekday, parse_date, parse_iso_week, week_range

if TYPE_CHECKING:
    from planner.service import Planner


def date_range(planner: Planner, args: argparse.Namespace) -> tuple[datetime | None, datetime | None]:
    """--week or --from/--to as instants in the planning zone; (None, None) when absent.

    A week starts on the first day of the user's locale and is numbered as the app numbers it
    (the ISO week of most of its days), so "2026-W49" lists the days the window calls week 49."""
    zone_name = planner.planning_zone
    if args.week:
        if args.date_to:
            raise UsageError("cli.week_and_to")
        return week_range(*parse_iso_week(args.week), zone_name, environment_first_weekday())
    if args.date_from or args.date_to:
        if not (args.date_from and args.date_to):
            raise UsageError("cli.from_and_to")
        return day_range(parse_date(args.date_from), parse_date(args.date_to), zone_name)
    return None, None


def post_query(planner: Planner, args: argparse.Namespace) -> PostQuery:
    """The range and the --platform and --status filters of a listing or an export."""
    start, end = date_range(planner, args)
    return PostQuery(start, end, tuple(args.platform), tuple(Status(s) for s in args.status))


def reason(args: argparse.Namespace) -> str | None:
    """``--force`` overrides a balance rule and must say why; the reason is audited."""
    if args.force and not (args.reason or "").strip():
        raise UsageError("cli.force_needs_reason")
    if args.reason and not args.force:
        raise UsageError("cli.reason_needs_force")
    return str(args.reason).strip() if args.force else None


def given(value: Any) -> Any:
    """An option's value, or UNSET when it was left out: an edit changes only what it names."""
    return UNSET if value is None else value
