"""Filling a week costs the same on any file size.

The change: ``plan fill`` of the week after today (ISO 2026-W26) on the 100 000-post
``bulk_demo`` file, with 30 weekly slots over three platforms (every side) and 50 backlog
ideas (every side), under 80/20 in warn mode: the proposal (the ideas read once, each
candidate judged with the placements before it on the posts around them) then its
application (one write, every idea edited and judged), timed together through
``Planner.propose_fill`` and ``Planner.apply_fill`` in a transaction rolled back afterwards.
Against it: the same on a 1 000-post file cut from the big one (the dated posts nearest the
week, the ideas kept), which holds every post the filling reads, so both propose the same.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks._common import SEED, TODAY, USER, ZONE, clock, median_ms, scratch, verdict, write_rolled_back
from planner.demo import bulk_demo
from planner.fill import FillProposal
from planner.model import Change, PostFields, Side
from planner.service import Planner
from planner.timezones import timestamp, week_of, week_range, zone

BIG = 100_000
SMALL = 1_000
IDEAS = 50
PLATFORMS = ("Instagram", "LinkedIn", "Mastodon")
# Ten slots a platform: (weekday, time, side or None for any).
SLOTS = (
    ("mon", "09:00", "conversation"), ("mon", "19:00", None), ("tue", "12:30", "information"),
    ("wed", "09:00", "conversation"), ("wed", "17:30", "promotion"), ("thu", "11:00", None),
    ("fri", "09:00", "conversation"), ("fri", "14:00", "information"), ("sat", "10:30", None),
    ("sun", "18:00", "promotion"),
)  # fmt: skip
WARM_UP = 3
REPETITIONS = 15
TARGET = 1.5


def main() -> None:
    year, week = week_of(datetime.combine(TODAY + timedelta(days=7), datetime.min.time(), tzinfo=zone(ZONE)))
    start, end = week_range(year, week, ZONE)
    print(
        f"== plan fill: week {year}-W{week:02d}, {IDEAS} ideas, {len(SLOTS) * len(PLATFORMS)} slots on"
        f" {len(PLATFORMS)} platforms (80/20, warn), proposed and applied; median of {REPETITIONS}"
        f" after {WARM_UP} warm-up calls"
    )
    with scratch("fill") as folder:
        made = time.perf_counter()
        big = Planner.open(folder / "big.sqlite", planning_zone=ZONE, clock=clock, user=USER)
        bulk_demo(big, posts=BIG, seed=SEED, today=TODAY)
        _slots_and_ideas(big)
        _cut(big, folder / "cut.sqlite", timestamp(start + (end - start) / 2), SMALL)
        cut = Planner.open(folder / "cut.sqlite", planning_zone=ZONE, clock=clock, user=USER)
        print(f"   (files written in {time.perf_counter() - made:.1f} s)")
        files = {f"{BIG:>7,} posts": big, f"{SMALL:>7,} posts (cut from it)": cut}
        try:
            samples: dict[str, list[int]] = {name: [] for name in files}
            changes: dict[str, Change] = {}
            proposals: dict[str, FillProposal] = {}
            for repetition in range(WARM_UP + REPETITIONS):
                for name, planner in files.items():  # interleaved: drift hits every file alike
                    proposals[name] = planner.propose_fill(start, end)

                    def fill(planner: Planner = planner) -> Change:
                        return planner.apply_fill(planner.propose_fill(start, end))

                    elapsed, changes[name] = write_rolled_back(planner, fill)
                    if repetition >= WARM_UP:
                        samples[name].append(elapsed)
            big_name, cut_name = files
            assert _described(proposals[big_name]) == _described(proposals[cut_name]), "same week, same proposal"
            assert changes[big_name].verdict is not None and changes[big_name].verdict.ok
            for name in files:
                print(f"   {name}: {median_ms(samples[name]):8.2f} ms  ({_described(proposals[name]).split(' | ')[0]})")
            ratio = median_ms(samples[big_name]) / median_ms(samples[cut_name])
            print(
                f"   RATIO plan fill of one week, {BIG:,}-post file / {SMALL:,}-post file: {ratio:.2f}"
                f"  (target <= {TARGET}: {verdict(ratio, TARGET)})"
            )
        finally:
            for planner in files.values():
                planner.close()


def _slots_and_ideas(planner: Planner) -> None:
    """The slots of :data:`SLOTS` on each platform, and :data:`IDEAS` ideas spread over them and the sides."""
    for platform in PLATFORMS:
        for day, at, side in SLOTS:
            planner.add_slot(platform, day, at, side)
    by_side: dict[Side | None, list[str]] = {}
    for category in planner.categories():
        by_side.setdefault(category.side, []).append(category.name)
    sides = (Side.CONVERSATION, Side.CONVERSATION, Side.INFORMATION, Side.PROMOTION, Side.CONVERSATION)
    ideas = [
        PostFields(
            platform=PLATFORMS[number % len(PLATFORMS)],
            title=f"Idea {number}",
            category=by_side[sides[number % len(sides)]][number % 2],
        )
        for number in range(IDEAS)
    ]
    planner.create_posts(ideas)


def _cut(planner: Planner, path: Path, middle: int, keep: int) -> None:
    """A copy of ``planner``'s file keeping its ideas and only the ``keep`` dated posts nearest ``middle``."""
    planner.backup(path)
    con = sqlite3.connect(path)
    try:
        with con:
            con.execute(
                'DELETE FROM "post" WHERE start_ts IS NOT NULL AND id NOT IN (SELECT id FROM "post"'
                " WHERE start_ts IS NOT NULL ORDER BY abs(start_ts - ?), id LIMIT ?)",
                (middle, keep),
            )
            con.execute('DELETE FROM "followup" WHERE post_id NOT IN (SELECT id FROM "post")')
        con.execute("VACUUM")
    finally:
        con.close()


def _described(proposal: FillProposal) -> str:
    """What a proposal does, in a few words, and every placement as an idea's title and time:
    the same plan around the week must propose the same."""
    placed = "; ".join(f"{p.idea.title} {p.start:%a %H:%M} {p.slot.platform}" for p in proposal.placements)
    missing = sum(s.count for s in proposal.missing)
    return f"{len(proposal.placements)} placed in {proposal.empty_slots} empty slots, {missing} left empty | {placed}"


if __name__ == "__main__":
    main()
