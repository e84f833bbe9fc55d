"""Saving a series costs little more than saving its posts.

The change: a weekly newsletter of 52 occurrences (a year) on Instagram, created with
``Planner.create_series`` on a 10 000-post plan (``bulk_demo``) whose rules are on (80/20 in
warn mode, follow-ups and offers): the occurrences worked out in wall time, every one judged
in one verdict, follow-up defaults given, audited. Against it: ``create_posts`` of the same 52
posts with the rules skipped (``judge=False``), the cheapest way the core saves 52 posts. Both
run in a transaction rolled back afterwards, interleaved, so that each starts from the same file.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from datetime import time as wall_time

from benchmarks._common import SEED, TODAY, USER, ZONE, clock, median_ms, scratch, verdict, write_rolled_back
from planner.demo import bulk_demo
from planner.model import Change, PostFields
from planner.series import Frequency, Repeat, occurrences
from planner.service import Planner
from planner.timezones import zone

POSTS = 10_000
OCCURRENCES = 52
PLATFORM = "Instagram"
WARM_UP = 3
REPETITIONS = 15
TARGET = 3.0


def main() -> None:
    moment = datetime.combine(TODAY, wall_time(7, 45), tzinfo=zone(ZONE))
    repeat = Repeat(Frequency.WEEKLY, count=OCCURRENCES)
    print(
        f"== series: {OCCURRENCES} weekly occurrences on {PLATFORM} from {moment:%Y-%m-%d %H:%M}, judged and saved,"
        f" vs the same {OCCURRENCES} posts saved without rules; median of {REPETITIONS} after {WARM_UP} warm-up calls"
    )
    with scratch("series") as folder:
        made = time.perf_counter()
        planner = Planner.open(folder / "plan.sqlite", planning_zone=ZONE, clock=clock, user=USER)
        try:
            bulk_demo(planner, posts=POSTS, seed=SEED, today=TODAY)
            print(f"   (file of {POSTS:,} posts written in {time.perf_counter() - made:.1f} s)")
            category = next(c.name for c in planner.categories() if c.name in ("Question", "Question "))
            fields = PostFields(platform=PLATFORM, title="Weekly letter", category=category, start=moment)
            plain = [replace(fields, start=start) for start in occurrences(moment, ZONE, repeat)]
            runs: dict[str, Callable[[], Change]] = {
                "series, judged": lambda: planner.create_series(fields, repeat),
                "posts, no rules": lambda: planner.create_posts(plain, judge=False),
            }
            samples: dict[str, list[int]] = {name: [] for name in runs}
            changes: dict[str, Change] = {}
            for repetition in range(WARM_UP + REPETITIONS):
                for name, write in runs.items():  # interleaved: drift hits both alike
                    elapsed, changes[name] = write_rolled_back(planner, write)
                    if repetition >= WARM_UP:
                        samples[name].append(elapsed)
            assert all(len(change.ids) == OCCURRENCES for change in changes.values())
            for name in runs:
                print(f"   {name:>16}: {median_ms(samples[name]):8.2f} ms")
            series, posts = (median_ms(samples[name]) for name in runs)
            ratio = series / posts
            print(
                f"   RATIO a {OCCURRENCES}-week series judged and saved / {OCCURRENCES} posts saved without rules:"
                f" {ratio:.2f}  (target <= {TARGET}: {verdict(ratio, TARGET)})"
            )
        finally:
            planner.close()


if __name__ == "__main__":
    main()
