"""Exporting a big plan to iCalendar must cost little more than icalendar's own writing.

``calendar_bytes`` of 10 000 posts (read the posts, build one ``VEVENT`` each
and the ``VTIMEZONE``, serialise) against the floor: ``Calendar.to_ical()``
of the very same calendar, already built. The ratio is the price of
Dialogos' layer (the query and the building) on top of the serialisation
that any iCalendar export pays. The same again with ``followups=True``, the
plan's questions and polls carrying reply windows and promised posts (their
categories' defaults): the to-dos and busy events cost what the events do, and
the file grows by what they hold, no more.
"""

from __future__ import annotations

import statistics
import time

from benchmarks._common import SEED, TODAY, USER, ZONE, clock, scratch, verdict
from planner.demo import bulk_demo
from planner.exchange.ics.export import ExportOptions, build, calendar_bytes
from planner.service import Planner

POSTS = 10_000
RUNS = 5
TARGET = 1.5


DEFAULTS = {"Question": ("replies:2h",), "Poll": ("replies:2h:90", "post:3d"), "Contest": ("post:1d",)}
"""Follow-ups given to the bulk plan's posts of these categories, as the demo plan's categories do."""


def main() -> None:
    print(f"== iCalendar export: {POSTS:,} posts in one calendar, median of {RUNS} runs each")
    with scratch("ics") as folder:
        planner = Planner.open(folder / "plan.sqlite", planning_zone=ZONE, clock=clock, user=USER)
        try:
            for name, defaults in DEFAULTS.items():
                planner.edit_category(name, followups=defaults)
            bulk_demo(planner, posts=POSTS, seed=SEED, today=TODAY)
            for options in (ExportOptions(), ExportOptions(followups=True)):
                _measure(planner, options)
        finally:
            planner.close()


def _measure(planner: Planner, options: ExportOptions) -> None:
    [(_, calendar, count)] = build(planner, options)
    assert count == POSTS, count
    ours: list[float] = []
    floor: list[float] = []
    for _run in range(RUNS):  # interleaved: drift hits both sides alike
        before = time.perf_counter()
        data = calendar_bytes(planner, options)
        ours.append(time.perf_counter() - before)
        before = time.perf_counter()
        reference = calendar.to_ical()
        floor.append(time.perf_counter() - before)
        assert data.count(b"BEGIN:VEVENT") == reference.count(b"BEGIN:VEVENT") >= POSTS
    export, serialise = statistics.median(ours), statistics.median(floor)
    ratio = export / serialise
    todos, events = data.count(b"BEGIN:VTODO"), data.count(b"BEGIN:VEVENT")
    label = "with follow-ups" if options.followups else "posts only"
    size = f"{len(data) / 1e6:.1f} MB ({len(data) / POSTS:.0f} B a post)"
    print(f"-- {label}: {events:,} events, {todos:,} to-dos, {size}")
    print(f"   calendar_bytes (read, build, write): {export:6.2f} s   runs: {', '.join(f'{t:.2f}' for t in ours)}")
    print(f"   Calendar.to_ical(), same calendar:   {serialise:6.2f} s   runs: {', '.join(f'{t:.2f}' for t in floor)}")
    print(f"   Dialogos' own work: {(export - serialise) / POSTS * 1e6:.0f} µs a post")
    print(f"   RATIO calendar_bytes / to_ical ({label}): {ratio:.2f}  (target <= {TARGET}: {verdict(ratio, TARGET)})")


if __name__ == "__main__":
    main()
