"""Checking one change against the balance rules must cost the same on any file size.

The change: one promotion created on Instagram in the middle of a dense week
(about 64 Instagram posts a week), with 80/20 in warn mode there, so the
verdict finds breaches, explains them, looks for the nearest slots where the
promotion would pass, and the post is saved. It goes through the public path,
``Planner.create_post``, inside a transaction (``Planner.batch``) that is
rolled back afterwards: what is timed is the planner's work for the write
(checks, insert, verdict, audit), not the disk's flush at commit, which would
only dilute the ratio and add noise. Every repetition starts from the same
file.

The headline ratio compares the 100 000-post ``bulk_demo`` file with a
1 000-post file cut from it: the 1 000 Instagram posts nearest the change,
ids kept. The check reads the Instagram posts within the suggestion horizon
(two weeks either side) and a window beyond, about 250 posts, so both files
give it the very same neighbourhood and the same verdict, with 100 times
fewer rows in the cut. (The week listing's cut, the 1 000 posts of any
platform nearest the change, holds only some 11 days of Instagram either
side: less than the check reads.) Breaches are everywhere in this plan, so
the slot search tries every half hour of those four weeks: a worst case.

The same change on a copy of the big file with the rule off on Instagram
shows what the check adds to a plain create.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime
from datetime import time as wall_time
from pathlib import Path

from benchmarks._common import SEED, TODAY, USER, ZONE, clock, create_rolled_back, median_ms, scratch, verdict
from planner.balance.rules import Mode, preset_rule
from planner.demo import bulk_demo
from planner.model import Change, PostFields, Side
from planner.service import Planner
from planner.timezones import timestamp, zone

BIG = 100_000
SMALL = 1_000
PLATFORM = "Instagram"
WARM_UP = 10
REPETITIONS = 60
COMMITTED = 15
TARGET = 1.5


def _open(path: Path) -> Planner:
    planner: Planner = Planner.open(path, planning_zone=ZONE, clock=clock, user=USER)
    return planner


def _cut(planner: Planner, path: Path, middle: int, keep: int) -> None:
    """A copy of ``planner``'s file keeping only the ``keep`` posts of ``PLATFORM`` nearest ``middle``."""
    planner.backup(path)
    platform_id = planner.platform(PLATFORM).id
    con = sqlite3.connect(path)
    try:
        with con:
            con.execute(
                'DELETE FROM "post" WHERE id NOT IN (SELECT id FROM "post" WHERE platform_id = ?'
                " ORDER BY abs(start_ts - ?), id LIMIT ?)",
                (platform_id, middle, keep),
            )
        con.execute("VACUUM")
    finally:
        con.close()


def _committed(planner: Planner, fields: PostFields) -> int:
    """Nanoseconds to create the post and commit it; then it is deleted (not timed)."""
    before = time.perf_counter_ns()
    change = planner.create_post(fields)
    elapsed = time.perf_counter_ns() - before
    planner.delete_post(change.ids[0])
    return elapsed


def _described(change: Change) -> str:
    found = change.verdict
    if found is None or not found.breaches:
        return "no breach"
    slots = sum(1 for s in found.suggestions if s.kind == "move_here")
    return f"{_count(len(found.breaches), 'breach')} explained, {_count(slots, 'slot')} suggested"


def _count(number: int, noun: str) -> str:
    plural = "es" if noun.endswith("h") else "s"
    return f"{number} {noun}{'' if number == 1 else plural}"


def main() -> None:
    moment = datetime.combine(TODAY, wall_time(14, 5), tzinfo=zone(ZONE))
    middle = timestamp(moment)
    print(
        f"== balance check: create one promotion on {PLATFORM} ({moment:%Y-%m-%d %H:%M}, 80/20 in warn mode),"
        f" median of {REPETITIONS} after {WARM_UP} warm-up calls"
    )
    with scratch("check") as folder:
        made = time.perf_counter()
        big = _open(folder / "big.sqlite")
        bulk_demo(big, posts=BIG, seed=SEED, today=TODAY)
        big.set_rule(preset_rule("80-20", platform=PLATFORM, mode=Mode.WARN))
        _cut(big, folder / "cut.sqlite", middle, SMALL)
        cut = _open(folder / "cut.sqlite")
        big.backup(folder / "off.sqlite")
        off = _open(folder / "off.sqlite")
        off.set_rule(preset_rule("80-20", platform=PLATFORM, mode=Mode.OFF))
        print(f"   (files written in {time.perf_counter() - made:.1f} s)")
        promotion = next(c.name for c in big.categories() if c.side is Side.PROMOTION)
        fields = PostFields(platform=PLATFORM, title="Flash sale", category=promotion, start=moment)
        files = {
            f"{BIG:>7,} posts, rule in warn mode": big,
            f"{SMALL:>7,} posts (cut from it), warn  ": cut,
            f"{BIG:>7,} posts, rule off          ": off,
        }
        try:
            samples: dict[str, list[int]] = {name: [] for name in files}
            changes: dict[str, Change] = {}
            for repetition in range(WARM_UP + REPETITIONS):
                for name, planner in files.items():  # interleaved: drift hits every file alike
                    elapsed, changes[name] = create_rolled_back(planner, fields)
                    if repetition >= WARM_UP:
                        samples[name].append(elapsed)
            committed = [_committed(big, fields) for _ in range(COMMITTED)]
            big_name, cut_name, off_name = files
            assert _described(changes[big_name]) == _described(changes[cut_name]), "same neighbourhood, same verdict"
            for name in files:
                print(f"   {name}: {median_ms(samples[name]):7.3f} ms  ({_described(changes[name])})")
            check = median_ms(samples[big_name]) - median_ms(samples[off_name])
            print(f"   the check's share on the big file: {check:.3f} ms of {median_ms(samples[big_name]):.3f} ms")
            print(
                f"   for reference, the same create committed to disk (big file, median of {COMMITTED}):"
                f" {median_ms(committed):.3f} ms"
            )
            ratio = median_ms(samples[big_name]) / median_ms(samples[cut_name])
            print(
                f"   RATIO check one change, {BIG:,}-post file / {SMALL:,}-post file, same neighbourhood: {ratio:.2f}"
                f"  (target <= {TARGET}: {verdict(ratio, TARGET)})"
            )
        finally:
            for planner in files.values():
                planner.close()


if __name__ == "__main__":
    main()
