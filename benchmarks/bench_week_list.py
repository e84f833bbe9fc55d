"""Listing one week must cost the same on any file size.

``Planner.list_posts`` reads a range through the index on the start instant,
so listing a week of a 100 000-post file should take about as long as
listing the same week of a 1 000-post file.

``bulk_demo`` spreads N posts over six years, so its 1 000-post file has
about 3 posts a week where the 100 000-post file has about 320: timing those
two weeks against each other measures the number of posts listed, not the
size of the file. The headline ratio therefore compares the 100 000-post
file with a 1 000-post file cut from it around the measured week: same week,
same posts, same zone, 100 times fewer rows. The plain 1 000-post
``bulk_demo`` file is timed too, for reference.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from benchmarks._common import SEED, TODAY, USER, ZONE, clock, median_ms, scratch, verdict
from planner.demo import bulk_demo
from planner.model import PostQuery
from planner.service import Planner
from planner.timezones import timestamp, week_range

BIG = 100_000
SMALL = 1_000
WARM_UP = 20
REPETITIONS = 200
TARGET = 1.5


def _open(path: Path) -> Planner:
    planner: Planner = Planner.open(path, planning_zone=ZONE, clock=clock, user=USER)
    return planner


def _cut(planner: Planner, path: Path, middle: int, keep: int) -> None:
    """A copy of ``planner``'s file keeping only the ``keep`` posts nearest ``middle``."""
    planner.backup(path)
    con = sqlite3.connect(path)
    try:
        with con:
            con.execute(
                'DELETE FROM "post" WHERE id NOT IN (SELECT id FROM "post" ORDER BY abs(start_ts - ?) LIMIT ?)',
                (middle, keep),
            )
        con.execute("VACUUM")
    finally:
        con.close()


def _plan(planner: Planner, query: PostQuery) -> list[str]:
    """SQLite's plan for the statement ``list_posts(query)`` runs."""
    statements: list[str] = []
    connection = planner._db.connection()
    connection.set_trace_callback(statements.append)
    try:
        planner.list_posts(query)
    finally:
        connection.set_trace_callback(None)
    select = next(s for s in statements if s.lstrip().upper().startswith("SELECT") and '"post"' in s)
    return [row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + select)]


def main() -> None:
    year, week, _ = TODAY.isocalendar()
    start, end = week_range(year, week, ZONE)
    query = PostQuery(start=start, end=end)
    middle = (timestamp(start) + timestamp(end)) // 2
    print(f"== week listing: {year}-W{week:02d} ({ZONE}), median of {REPETITIONS} after {WARM_UP} warm-up calls")
    with scratch("week") as folder:
        made = time.perf_counter()
        big = _open(folder / "big.sqlite")
        bulk_demo(big, posts=BIG, seed=SEED, today=TODAY)
        _cut(big, folder / "cut.sqlite", middle, SMALL)
        cut = _open(folder / "cut.sqlite")
        plain = _open(folder / "plain.sqlite")
        bulk_demo(plain, posts=SMALL, seed=SEED, today=TODAY)
        print(f"   (files written in {time.perf_counter() - made:.1f} s)")
        files = {
            f"{BIG:>7,} posts (bulk_demo)": big,
            f"{SMALL:>7,} posts (cut from it)": cut,
            f"{SMALL:>7,} posts (bulk_demo)": plain,
        }
        try:
            samples: dict[str, list[int]] = {name: [] for name in files}
            weekly = {name: len(planner.list_posts(query)) for name, planner in files.items()}
            for repetition in range(WARM_UP + REPETITIONS):
                for name, planner in files.items():  # interleaved: drift hits every file alike
                    before = time.perf_counter_ns()
                    planner.list_posts(query)
                    elapsed = time.perf_counter_ns() - before
                    if repetition >= WARM_UP:
                        samples[name].append(elapsed)
            plans = {name: "; ".join(_plan(planner, query)) for name, planner in files.items()}
            for name in files:
                print(f"   {name}: {weekly[name]:>4} posts this week, {median_ms(samples[name]):7.3f} ms")
            for plan in dict.fromkeys(plans.values()):
                scan = (
                    "index range scan"
                    if "USING INDEX post_start_ts (start_ts>? AND start_ts<?)" in plan
                    else "NOT AN INDEX RANGE SCAN"
                )
                print(f"   query plan ({scan}): {plan}")
            big_name, cut_name, plain_name = files
            ratio = median_ms(samples[big_name]) / median_ms(samples[cut_name])
            assert weekly[big_name] == weekly[cut_name], "the cut file must hold the same week"
            print(
                f"   RATIO week listing, {BIG:,}-post file / {SMALL:,}-post file, same week: {ratio:.2f}"
                f"  (target <= {TARGET}: {verdict(ratio, TARGET)})"
            )
            naive = median_ms(samples[big_name]) / median_ms(samples[plain_name])
            print(
                f"   for reference, against the plain {SMALL:,}-post bulk_demo file: {naive:.1f}"
                f" ({weekly[big_name]} vs {weekly[plain_name]} posts listed: the ratio of posts per week,"
                " not of file sizes)"
            )
        finally:
            for planner in files.values():
                planner.close()


if __name__ == "__main__":
    main()
