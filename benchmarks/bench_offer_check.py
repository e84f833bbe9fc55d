"""Judging one offer against the offer habit must cost the same on any file size.

The change: one offer created on Instagram in the middle of a dense week of the
100 000-post ``bulk_demo`` file, where about one post in thirteen is an offer, under
a rule that allows 2 offers in 7 days (and no other limit), in warn mode. The
verdict finds too many offers, explains them and tries every half hour of the
suggestion horizon for a slot where the offer fits (none does: a worst case).
It is timed as ``bench_balance_check`` times a change: through
``Planner.create_post``, in a transaction rolled back afterwards, against a
1 000-post file cut from the big one (the Instagram posts nearest the change),
which holds every offer the check reads.
"""

from __future__ import annotations

import time
from datetime import datetime
from datetime import time as wall_time

from benchmarks._common import SEED, TODAY, USER, ZONE, clock, create_rolled_back, median_ms, scratch, verdict
from benchmarks.bench_balance_check import _cut, _described
from planner.balance.rules import BalanceRule, Mode
from planner.demo import bulk_demo
from planner.model import Change, PostFields
from planner.service import Planner
from planner.timezones import timestamp, zone

BIG = 100_000
SMALL = 1_000
PLATFORM = "Instagram"
WARM_UP = 10
REPETITIONS = 60
TARGET = 1.5
RULE = BalanceRule(PLATFORM, 5, None, None, None, None, Mode.WARN, max_offers=2, offer_days=7)


def main() -> None:
    moment = datetime.combine(TODAY, wall_time(14, 5), tzinfo=zone(ZONE))
    print(
        f"== offer check: create one offer on {PLATFORM} ({moment:%Y-%m-%d %H:%M}, 2 offers in 7 days, warn),"
        f" median of {REPETITIONS} after {WARM_UP} warm-up calls"
    )
    with scratch("offers") as folder:
        made = time.perf_counter()
        big = Planner.open(folder / "big.sqlite", planning_zone=ZONE, clock=clock, user=USER)
        bulk_demo(big, posts=BIG, seed=SEED, today=TODAY)
        offer = next(c.name for c in big.categories() if c.name in ("Offer", "Offre"))
        big.edit_category(offer, offer=True)
        big.set_rule(RULE)
        _cut(big, folder / "cut.sqlite", timestamp(moment), SMALL)
        cut = Planner.open(folder / "cut.sqlite", planning_zone=ZONE, clock=clock, user=USER)
        print(f"   (files written in {time.perf_counter() - made:.1f} s)")
        fields = PostFields(platform=PLATFORM, title="Coupon", category=offer, start=moment)
        files = {f"{BIG:>7,} posts": big, f"{SMALL:>7,} posts (cut from it)": cut}
        try:
            samples: dict[str, list[int]] = {name: [] for name in files}
            changes: dict[str, Change] = {}
            for repetition in range(WARM_UP + REPETITIONS):
                for name, planner in files.items():  # interleaved: drift hits every file alike
                    elapsed, changes[name] = create_rolled_back(planner, fields)
                    if repetition >= WARM_UP:
                        samples[name].append(elapsed)
            big_name, cut_name = files
            assert _described(changes[big_name]) == _described(changes[cut_name]), "same neighbourhood, same verdict"
            for name in files:
                print(f"   {name}: {median_ms(samples[name]):7.3f} ms  ({_described(changes[name])})")
            ratio = median_ms(samples[big_name]) / median_ms(samples[cut_name])
            print(
                f"   RATIO check one offer, {BIG:,}-post file / {SMALL:,}-post file, same neighbourhood: {ratio:.2f}"
                f"  (target <= {TARGET}: {verdict(ratio, TARGET)})"
            )
        finally:
            for planner in files.values():
                planner.close()


if __name__ == "__main__":
    main()
