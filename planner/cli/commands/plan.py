"""``dialogos plan fill``: backlog ideas into the empty weekly slots of a range, no rule broken."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from planner.cli import render
from planner.cli.arguments import Parser, Subcommands, UsageError, formats, platform_filter, range_options
from planner.cli.options import date_range
from planner.fill import FillProposal, Placement, Shortfall
from planner.i18n import tr

if TYPE_CHECKING:
    from planner.cli.console import Console
    from planner.service import Planner


def add_parser(parser: Parser, subcommands: Subcommands) -> None:
    actions = subcommands.below(parser)
    fill = actions.add("fill", "cli.help_plan_fill")
    range_options(fill)
    platform_filter(fill)
    fill.add_argument("--dry-run", action="store_true", help=tr("cli.help_fill_dry_run"))
    formats(fill)


def run(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    start, end = date_range(planner, args)
    if start is None or end is None:
        raise UsageError("cli.fill_range_needed")
    proposal = planner.propose_fill(start, end, tuple(args.platform))
    placed = proposal.placements
    if placed and not args.dry_run:
        planner.apply_fill(proposal)
    render.result(console.out, args, record(proposal, args.dry_run), text(proposal, args.dry_run))
    return 0


def record(proposal: FillProposal, dry_run: bool) -> dict[str, object]:
    """The filling in JSON: what was (or would be) placed, and what stays empty."""
    return {
        "placed": [_placement_record(p) for p in proposal.placements],
        "missing": [_shortfall_record(s) for s in proposal.missing],
        "dry_run": dry_run,
        "slots": proposal.slots,
        "empty_slots": proposal.empty_slots,
        "past_slots": proposal.past_slots,
    }


def _placement_record(placement: Placement) -> dict[str, object]:
    idea = placement.idea
    return {
        "post": idea.id,
        "title": idea.title,
        "platform": idea.platform,
        "side": None if idea.side is None else idea.side.value,
        "start": placement.start.isoformat(),
        "slot": placement.slot.slot.id,
    }


def _shortfall_record(shortfall: Shortfall) -> dict[str, object]:
    return {
        "platform": shortfall.platform,
        "side": None if shortfall.side is None else shortfall.side.value,
        "count": shortfall.count,
        "blocked": shortfall.blocked,
        "because": [kind.value for kind in shortfall.because],
        "rule": shortfall.rule or None,
        "message": shortfall.message,
    }


def text(proposal: FillProposal, dry_run: bool) -> str:
    """The filling for people: the placements as a table, then what stays empty."""
    if not proposal.slots:
        return tr("cli.fill_no_slots")
    lines: list[str] = []
    count = len(proposal.placements)
    if not proposal.empty_slots and not proposal.past_slots:
        lines.append(tr("cli.fill_none_empty"))
    elif count:
        key = "cli.fill_would_place" if dry_run else "cli.fill_placed"
        lines.append(tr(key + ("_one" if count == 1 else ""), count=count))
        headers = [tr(f"cli.col_{name}") for name in ("when", "platform", "title", "side", "post")]
        rows = [
            (
                render.when(p.start),
                p.idea.platform,
                render.shorten(p.idea.title, render.TITLE_WIDTH),
                tr(f"side.{p.idea.side.value}") if p.idea.side else "—",
                p.idea.id,
            )
            for p in proposal.placements
        ]
        lines.append(render.table(headers, rows))
    else:
        lines.append(tr("cli.fill_nothing_placed"))
    lines += [s.message for s in proposal.missing]
    if proposal.past_slots:
        one = "_one" if proposal.past_slots == 1 else ""
        lines.append(tr("cli.fill_past" + one, count=proposal.past_slots))
    if dry_run:
        lines.append(tr("cli.fill_dry_run"))
    return "\n".join(lines)
