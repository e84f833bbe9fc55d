"""Importing a big CSV file must cost little more than creating the same posts directly.

``import_csv`` of a 10 000-row spreadsheet (an export without its uid column:
every row a new post) into a fresh file — decode, find the delimiter and the
header, parse and check every cell, plan, write in one transaction — against
the floor: ``planner.create_posts`` of the very same 10 000 posts from
prebuilt ``PostFields`` into a fresh file with the same platforms, categories
and members. Both sides go through the same core checks, balance judging and
insert, so the ratio is the price of the CSV layer alone.

For information it also times the full round trip, an export *with* uids
into a fresh file, once: there both sides are dominated by the core checking,
post by post, that no post already has the given uid.
"""

from __future__ import annotations

import csv
import io
import statistics
import time
from dataclasses import replace
from pathlib import Path

from benchmarks._common import SEED, TODAY, empty_like, scratch, verdict
from benchmarks._common import open_plan as _open
from planner.demo import bulk_demo
from planner.exchange.csv.export import write_csv
from planner.exchange.csv.importer import import_csv
from planner.model import PostFields

POSTS = 10_000
RUNS = 3
TARGET = 2.0


def _without_uids(data: bytes) -> bytes:
    """The export as a spreadsheet made by hand would be: no uid column."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for record in csv.reader(io.StringIO(data.decode("utf-8"), newline="")):
        writer.writerow(record[1:])
    return out.getvalue().encode("utf-8")


def _timed_import(path: Path, data: bytes) -> float:
    planner = _open(path)
    try:
        before = time.perf_counter()
        report = import_csv(planner, data)
        elapsed = time.perf_counter() - before
        assert report.created == POSTS and not report.skipped, report
    finally:
        planner.close()
    return elapsed


def _timed_create(path: Path, fields: list[PostFields]) -> float:
    planner = _open(path)
    try:
        before = time.perf_counter()
        change = planner.create_posts(fields)
        elapsed = time.perf_counter() - before
        assert len(change.ids) == POSTS
    finally:
        planner.close()
    return elapsed


def _runs(times: list[float]) -> str:
    return ", ".join(f"{t:.2f}" for t in times)


def main() -> None:
    print(f"== CSV import: {POSTS:,} rows into a fresh file, median of {RUNS} runs each")
    with scratch("csv-import") as folder:
        source = folder / "source.sqlite"
        planner = _open(source)
        try:
            bulk_demo(planner, posts=POSTS, seed=SEED, today=TODAY)
            posts = planner.list_posts()
        finally:
            planner.close()
        exported = write_csv(posts)
        data = _without_uids(exported)
        fields = [replace(PostFields.of(post), uid=None) for post in posts]
        import_times: list[float] = []
        create_times: list[float] = []
        for run in range(RUNS):  # interleaved: drift hits both sides alike
            target = folder / f"csv-{run}.sqlite"
            empty_like(source, target)
            import_times.append(_timed_import(target, data))
            floor = folder / f"fields-{run}.sqlite"
            empty_like(source, floor)
            create_times.append(_timed_create(floor, fields))
        round_trip = folder / "round-trip.sqlite"
        empty_like(source, round_trip)
        with_uids = _timed_import(round_trip, exported)
        round_floor = folder / "round-trip-fields.sqlite"
        empty_like(source, round_floor)
        with_uids_floor = _timed_create(round_floor, [PostFields.of(post) for post in posts])
        imported, created = statistics.median(import_times), statistics.median(create_times)
        ratio = imported / created
        print(f"   file: {len(data) / 1e6:.1f} MB")
        print(f"   import_csv (read, check, write):  {imported:6.2f} s   runs: {_runs(import_times)}")
        print(f"   create_posts, same PostFields:    {created:6.2f} s   runs: {_runs(create_times)}")
        print(f"   CSV layer's own work: {(imported - created) / POSTS * 1e6:.1f} µs a row")
        print(
            f"   export with uids into a fresh file: import_csv {with_uids:.2f} s, create_posts {with_uids_floor:.2f} s"
        )
        print(f"   RATIO import_csv / create_posts: {ratio:.2f}  (target <= {TARGET}: {verdict(ratio, TARGET)})")


if __name__ == "__main__":
    main()
