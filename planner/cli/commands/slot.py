"""``dialogos slot list|add|rm``: the weekly grid of places where each platform usually posts."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from planner.cli import render
from planner.cli.arguments import Parser, Subcommands, formats, given_text, integer
from planner.i18n import tr
from planner.slots import Slot

if TYPE_CHECKING:
    from planner.cli.console import Console
    from planner.service import Planner

ANY_SIDE = "any"
"""What ``--side`` takes for a slot open to every side, as leaving it out does (or the word the
table shows for it, ``tous`` in French)."""


def add_parser(parser: Parser, subcommands: Subcommands) -> None:
    actions = subcommands.below(parser)
    listing = actions.add("list", "cli.help_slot_list")
    listing.add_argument(
        "--platform",
        action="append",
        default=[],
        type=given_text,
        metavar=tr("cli.metavar_name"),
        help=tr("cli.help_slot_filter_platform"),
    )
    formats(listing)

    add = actions.add("add", "cli.help_slot_add")
    add.add_argument(
        "--platform", required=True, type=given_text, metavar=tr("cli.metavar_name"), help=tr("cli.help_slot_platform")
    )
    add.add_argument("--day", required=True, metavar=tr("cli.metavar_day"), help=tr("cli.help_slot_day"))
    add.add_argument("--time", required=True, metavar=tr("cli.metavar_time"), help=tr("cli.help_slot_time"))
    add.add_argument("--side", metavar=tr("cli.metavar_side"), help=tr("cli.help_slot_side"))
    formats(add)

    remove = actions.add("rm", "cli.help_slot_rm")
    remove.add_argument("id", type=integer, metavar="ID")


def run(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    if args.action == "list":
        found = _listed(planner, args.platform)
        render.result(console.out, args, [record(s) for s in found], table(found))
    elif args.action == "add":
        side = None if args.side is None or args.side.strip().casefold() in _any_side() else args.side
        added = planner.add_slot(args.platform, args.day, args.time, side)
        render.result(console.out, args, record(added), table([added]))
    else:
        removed = planner.remove_slot(args.id)
        day = tr(f"slot.day.{removed.day}")
        line = tr("cli.slot_removed", id=removed.id, platform=removed.platform, day=day, time=f"{removed.at:%H:%M}")
        print(line, file=console.out)
    return 0


def _any_side() -> set[str]:
    return {ANY_SIDE, tr("slot.any_side").casefold()}


def _listed(planner: Planner, platforms: Sequence[str]) -> list[Slot]:
    """Every slot, or those of ``platforms`` (each must exist), once each, in the core's order."""
    if not platforms:
        return planner.slots_of()
    wanted = {slot.id: slot for name in platforms for slot in planner.slots_of(name)}
    order = {slot.id: index for index, slot in enumerate(planner.slots_of())}
    return sorted(wanted.values(), key=lambda slot: order.get(slot.id, len(order)))


def record(slot: Slot) -> dict[str, object]:
    """A slot in JSON: its day as the command line writes it, its time to the minute, no side for any."""
    return {
        "id": slot.id,
        "platform": slot.platform,
        "day": slot.day,
        "time": f"{slot.at:%H:%M}",
        "side": None if slot.side is None else slot.side.value,
        "version": slot.version,
    }


def table(slots: Sequence[Slot]) -> str:
    """Slots for people: the weekday and the side in the user's language."""
    if not slots:
        return tr("cli.slots_none")
    headers = [tr(f"cli.col_{name}") for name in ("id", "platform", "day", "time", "side")]
    rows = [
        (
            s.id,
            s.platform,
            tr(f"slot.day.{s.day}"),
            f"{s.at:%H:%M}",
            tr("slot.any_side") if s.side is None else tr(f"side.{s.side.value}"),
        )
        for s in slots
    ]
    return render.table(headers, rows)
