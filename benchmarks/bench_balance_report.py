"""A year's balance report must cost little more than SQLite counting the same rows.

The file: 100 000 dated posts over three years on 10 platforms, each post on
a random platform with a random category (of the 13 default ones: 3 are
promotion, 7 conversation), at a random five-minute mark, as ``bulk_demo``
draws them; every rule breaks often. The platforms follow the four presets
and a custom rule with a streak limit and a gap between promotions, in warn
mode.

``Planner.balance_report`` over the middle year (counts by side, shares,
longest streak, and every breach found, grouped and explained in words, with
the windows that straddle the year's edges) against the floor: one SQL
aggregate over the same rows with ``sqlite3``, the counts by platform and
side that the report starts from.
"""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import datetime, timedelta
from datetime import time as wall_time
from pathlib import Path

from benchmarks._common import SEED, TODAY, USER, ZONE, clock, median_ms, scratch, verdict
from planner.balance.rules import BalanceRule, Mode, preset_rule
from planner.model import PostFields, Status
from planner.service import Planner
from planner.timezones import timestamp, zone

POSTS = 100_000
PLATFORMS = (
    ("Instagram", "instagram"),
    ("LinkedIn", "linkedin"),
    ("Mastodon", "mastodon"),
    ("Bluesky", "bluesky"),
    ("Facebook", "facebook"),
    ("Threads", "threads"),
    ("YouTube", "youtube"),
    ("Blog", "blog"),
    ("Newsletter", "newsletter"),
    ("Forum", "forum"),
)
WARM_UP = 3
REPETITIONS = 15
TARGET = 5.0

AGGREGATE = """
    SELECT p.platform_id, c.side, count(*) FROM post p LEFT JOIN category c ON c.id = p.category_id
    WHERE p.start_ts >= ? AND p.start_ts < ? AND p.status NOT IN ('idea', 'cancelled')
    GROUP BY p.platform_id, c.side
"""


def _rule(number: int, platform: str) -> BalanceRule:
    presets = ("80-20", "thirds", "4-1-1", "5-3-2")
    if number % 5 < len(presets):
        return preset_rule(presets[number % 5], platform=platform, mode=Mode.WARN)
    return BalanceRule(
        platform=platform,
        window=7,
        max_promotion=2,
        min_conversation=3,
        max_promo_streak=1,
        min_promo_gap_hours=24,
        mode=Mode.WARN,
    )


def _write(path: Path, centre: datetime) -> Planner:
    """A fresh file with the platforms, their rules and the posts."""
    planner: Planner = Planner.open(path, planning_zone=ZONE, clock=clock, user=USER)
    rng = random.Random(SEED)
    tz = zone(ZONE)
    middle = timestamp(centre)
    span = 3 * 365 * 86400 // 2
    with planner.batch():
        for number, (name, kind) in enumerate(PLATFORMS):
            planner.add_platform(name, kind)
            planner.set_rule(_rule(number, name))
        categories = [c.name for c in planner.categories()]
        many = []
        for number in range(1, POSTS + 1):
            seconds = middle + rng.randrange(-span, span) // 300 * 300
            many.append(
                PostFields(
                    platform=rng.choice(PLATFORMS)[0],
                    title=f"Post {number}",
                    category=rng.choice(categories),
                    status=Status.PUBLISHED if seconds < middle else Status.DRAFT,
                    start=datetime.fromtimestamp(seconds, tz),
                )
            )
        planner.create_posts(many, judge=False)
    return planner


def main() -> None:
    centre = datetime.combine(TODAY, wall_time(0, 0), tzinfo=zone(ZONE))
    start = centre - timedelta(days=182)
    end = start.replace(year=start.year + 1)
    print(
        f"== balance report: {len(PLATFORMS)} platforms, {start:%Y-%m-%d} to {end:%Y-%m-%d},"
        f" {POSTS:,}-post file, median of {REPETITIONS} after {WARM_UP} warm-up runs"
    )
    with scratch("report") as folder:
        path = folder / "report.sqlite"
        made = time.perf_counter()
        planner = _write(path, centre)
        print(f"   (file written in {time.perf_counter() - made:.1f} s)")
        con = sqlite3.connect(path)
        con.execute("PRAGMA cache_size = -65536")  # as the app's connection
        try:
            report_samples: list[int] = []
            sql_samples: list[int] = []
            for repetition in range(WARM_UP + REPETITIONS):
                before = time.perf_counter_ns()
                report = planner.balance_report(start, end)
                report_time = time.perf_counter_ns() - before
                before = time.perf_counter_ns()
                rows = con.execute(AGGREGATE, (timestamp(start), timestamp(end))).fetchall()
                sql_time = time.perf_counter_ns() - before
                if repetition >= WARM_UP:
                    report_samples.append(report_time)
                    sql_samples.append(sql_time)
            counted = sum(n for _platform, _side, n in rows)
            assert counted == sum(sum(b.counts.values()) for b in report), "the report counts the same rows"
            breaches = sum(len(b.breaches) for b in report)
            print(f"   balance_report: {median_ms(report_samples):8.2f} ms  ({counted:,} posts, {breaches:,} breaches)")
            print(f"   one SQL aggregate, same rows: {median_ms(sql_samples):8.2f} ms")
            ratio = median_ms(report_samples) / median_ms(sql_samples)
            print(
                f"   RATIO one-year balance report / SQL aggregate: {ratio:.2f}"
                f"  (target <= {TARGET}: {verdict(ratio, TARGET)})"
            )
        finally:
            con.close()
            planner.close()


if __name__ == "__main__":
    main()
