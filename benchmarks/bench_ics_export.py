"""Exporting a big plan to iCalendar must cost little more than icalendar's own writing.

``calendar_bytes`` of 10 000 posts (read the posts, build one ``VEVENT`` each
and the ``VTIMEZONE``, serialise) against the floor: ``Calendar.to_ical()``
of the very same calendar, already built. The ratio is the price of
Dialogos' layer (the query and the building) on top of the serialisation
that any iCalendar export pays.
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


def main() -> None:
    print(f"== iCalendar export: {POSTS:,} posts in one calendar, median of {RUNS} runs each")
    with scratch("ics") as folder:
        planner = Planner.open(folder / "plan.sqlite", planning_zone=ZONE, clock=clock, user=USER)
        try:
            bulk_demo(planner, posts=POSTS, seed=SEED, today=TODAY)
            options = ExportOptions()
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
                assert data.count(b"BEGIN:VEVENT") == reference.count(b"BEGIN:VEVENT") == POSTS
        finally:
            planner.close()
    export, serialise = statistics.median(ours), statistics.median(floor)
    ratio = export / serialise
    print(f"   calendar_bytes (read, build, write): {export:6.2f} s   runs: {', '.join(f'{t:.2f}' for t in ours)}")
    print(f"   Calendar.to_ical(), same calendar:   {serialise:6.2f} s   runs: {', '.join(f'{t:.2f}' for t in floor)}")
    print(f"   Dialogos' own work: {(export - serialise) / POSTS * 1e6:.0f} µs a post")
    print(f"   RATIO calendar_bytes / to_ical: {ratio:.2f}  (target <= {TARGET}: {verdict(ratio, TARGET)})")


if __name__ == "__main__":
    main()
