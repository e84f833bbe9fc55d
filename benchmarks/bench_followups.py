"""Follow-ups must cost the same on any plan size: a week's list, the panel's refresh, and
judging a promotion under "promises before promotion".

The big file is the 100 000-post ``bulk_demo`` file with one follow-up per post (100 000
follow-ups): a reply window two hours after the post, a promised post three days after, or an
answer owed the next day, in turn. Those due more than a week before "now" were kept (one in
ten dropped); of those due in the last week, one in three is still open, so late: a plan with
a few late promises, as a manager's is, not one where every promise of six years is owed.

As in the week listing's benchmark, each ratio compares the big file with a 1 000-post file
cut from it around what is measured, with the cut posts' follow-ups: the same week (or the
same neighbourhood on Instagram for the check), the same follow-ups, 100 times fewer rows.

- ``followup list`` for one week: :meth:`Followups.list` over the week (what the command runs);
- the Follow-ups panel's refresh: :meth:`Followups.due_or_late` (due in the week, and every
  one late before it) then the panel filled with them, offscreen;
- judging: one promotion created on Instagram, 80/20 in warn mode, while follow-ups there are
  late, so the verdict names them; rolled back, as in the balance check's benchmark.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from datetime import time as wall_time
from pathlib import Path

from benchmarks._common import SEED, TODAY, ZONE, clock, create_rolled_back, median_ms, open_plan, scratch, verdict
from planner.balance.rules import Mode, preset_rule
from planner.balance.values import Breach, BreachKind
from planner.demo import bulk_demo
from planner.model import Change, PostFields, Side
from planner.service import Planner
from planner.timezones import timestamp, week_range, zone

BIG = 100_000
SMALL = 1_000
PLATFORM = "Instagram"
WARM_UP = 10
REPETITIONS = 100
CHECKS = 60
TARGET = 1.5
WEEK = 7 * 86400


def _give_followups(path: Path) -> None:
    """One follow-up per post, kept, dropped or open as the module's docstring says."""
    now_ts = timestamp(clock())
    con = sqlite3.connect(path)
    try:
        with con:
            con.execute(
                """
                INSERT INTO "followup" (post_id, post_uid, platform_id, kind, due_ts, offset_minutes,
                    duration_minutes, owner_id, note, status, kept_at, kept_by, reason, version,
                    created_at, created_by)
                SELECT id, uid, platform_id, kind, start_ts + minutes * 60, minutes,
                    CASE kind WHEN 'replies' THEN 60 END, author_id, '',
                    CASE WHEN start_ts + minutes * 60 >= :now THEN 'open'
                         WHEN start_ts + minutes * 60 >= :now - :week AND id % 3 = 0 THEN 'open'
                         WHEN id % 10 = 0 THEN 'dropped' ELSE 'kept' END,
                    NULL, NULL, NULL, 1, :now, 'bench'
                FROM (SELECT id, uid, platform_id, start_ts, author_id,
                             CASE id % 3 WHEN 0 THEN 'replies' WHEN 1 THEN 'post' ELSE 'answer' END AS kind,
                             CASE id % 3 WHEN 0 THEN 120 WHEN 1 THEN 4320 ELSE 1440 END AS minutes
                      FROM "post" WHERE start_ts IS NOT NULL)
                """,
                {"now": now_ts, "week": WEEK},
            )
            con.execute("UPDATE \"followup\" SET kept_at = due_ts - 600, kept_by = 'bench' WHERE status = 'kept'")
            con.execute("UPDATE \"followup\" SET reason = 'bench' WHERE status = 'dropped'")
    finally:
        con.close()


def _cut(planner: Planner, path: Path, middle: int, keep: int, platform: str | None = None) -> None:
    """A copy keeping the ``keep`` posts (of ``platform``, or any) nearest ``middle``, and their follow-ups."""
    planner.backup(path)
    con = sqlite3.connect(path)
    try:
        with con:
            if platform is None:
                kept = 'SELECT id FROM "post" ORDER BY abs(start_ts - :middle), id LIMIT :keep'
                con.execute(f'DELETE FROM "post" WHERE id NOT IN ({kept})', {"middle": middle, "keep": keep})
            else:
                kept = (
                    'SELECT id FROM "post" WHERE platform_id = :platform'
                    " ORDER BY abs(start_ts - :middle), id LIMIT :keep"
                )
                values = {"middle": middle, "keep": keep, "platform": planner.platform(platform).id}
                con.execute(f'DELETE FROM "post" WHERE id NOT IN ({kept})', values)
            con.execute('DELETE FROM "followup" WHERE post_id NOT IN (SELECT id FROM "post")')
        con.execute("VACUUM")
    finally:
        con.close()


def _median(files: dict[str, Planner], work: Callable[[Planner], object], repetitions: int) -> dict[str, float]:
    """Median milliseconds of ``work`` on each file, interleaved so that drift hits every file alike."""
    samples: dict[str, list[int]] = {name: [] for name in files}
    for repetition in range(WARM_UP + repetitions):
        for name, planner in files.items():
            before = time.perf_counter_ns()
            work(planner)
            elapsed = time.perf_counter_ns() - before
            if repetition >= WARM_UP:
                samples[name].append(elapsed)
    return {name: median_ms(found) for name, found in samples.items()}


def _late_plan(planner: Planner, start: datetime, end: datetime) -> str:
    """SQLite's plan for the panel's read of the follow-ups late before the range."""
    statements: list[str] = []
    connection = planner._db.connection()
    connection.set_trace_callback(statements.append)
    try:
        planner.followups.due_or_late(start, end)
    finally:
        connection.set_trace_callback(None)
    late = next(s for s in statements if '"followup"' in s and "IN ('open')" in s and ">=" not in s)
    return "; ".join(row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + late))


def _ratio(what: str, times: dict[str, float]) -> None:
    big_name, cut_name = list(times)[:2]
    for name, ms in times.items():
        print(f"   {what}, {name}: {ms:8.3f} ms")
    ratio = times[big_name] / times[cut_name]
    print(
        f"   RATIO {what}, {BIG:,}-post file / {SMALL:,}-post file: {ratio:.2f}"
        f"  (target <= {TARGET}: {verdict(ratio, TARGET)})"
    )


def _lists(big: Planner, cut: Planner, start: datetime, end: datetime) -> None:
    files = {f"{BIG:>7,} posts, {BIG:,} follow-ups": big, f"{SMALL:>7,} posts cut from it     ": cut}
    weekly = {name: len(p.followups.list(start, end)) for name, p in files.items()}
    shown = {name: len(p.followups.due_or_late(start, end)) for name, p in files.items()}
    assert len(set(weekly.values())) == 1 and len(set(shown.values())) == 1, "the cut must hold the same week"
    late = sum(1 for f in big.followups.due_or_late(start, end) if f.late)
    print(f"   the week: {next(iter(weekly.values()))} follow-ups due, {late} late shown with them")
    _ratio("followup list", _median(files, lambda p: p.followups.list(start, end), REPETITIONS))
    plan = _late_plan(big, start, end)
    scan = "index range scan" if "followup_platform_id_status_due_ts" in plan else "NOT AN INDEX RANGE SCAN"
    print(f"   the late ones' query plan ({scan}): {plan}")

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.followups.panel import FollowupsPanel

    app = QApplication.instance() or QApplication([])
    panel = FollowupsPanel(planning_zone=ZONE)
    colours = {p.name: p.colour for p in big.platforms()}

    def refresh(planner: Planner) -> None:
        panel.set_followups(planner.followups.due_or_late(start, end), colours)
        app.processEvents()

    _ratio("panel refresh", _median(files, refresh, REPETITIONS))
    panel.deleteLater()


def _breaches(change: Change) -> tuple[Breach, ...]:
    return change.verdict.breaches if change.verdict is not None else ()


def _judging(big: Planner, cut: Planner, fields: PostFields) -> None:
    files = {f"{BIG:>7,} posts, {BIG:,} follow-ups": big, f"{SMALL:>7,} {PLATFORM} posts cut from it": cut}
    changes: dict[str, Change] = {}

    def create(planner: Planner) -> None:
        name = next(n for n, p in files.items() if p is planner)
        _elapsed, changes[name] = create_rolled_back(planner, fields)

    times = _median(files, create, CHECKS)
    late = BreachKind.NO_PROMOTION_WHILE_LATE
    owed = {name: [b.figure for b in _breaches(c) if b.kind is late] for name, c in changes.items()}
    assert len({tuple(v) for v in owed.values()}) == 1 and next(iter(owed.values())), "the same late follow-ups"
    print(f"   the promotion waits behind {int(next(iter(owed.values()))[0])} late follow-ups on {PLATFORM}")
    _ratio("judge a promotion", times)


def main() -> None:
    year, week, _ = TODAY.isocalendar()
    start, end = week_range(year, week, ZONE)
    middle = (timestamp(start) + timestamp(end)) // 2
    moment = datetime.combine(TODAY, wall_time(14, 5), tzinfo=zone(ZONE))
    print(
        f"== follow-ups: {year}-W{week:02d} ({ZONE}), medians of {REPETITIONS} (checks: {CHECKS})"
        f" after {WARM_UP} warm-up calls"
    )
    with scratch("followups") as folder:
        made = time.perf_counter()
        big = open_plan(folder / "big.sqlite")
        bulk_demo(big, posts=BIG, seed=SEED, today=TODAY)
        big.set_rule(preset_rule("80-20", platform=PLATFORM, mode=Mode.WARN))
        big.close()
        _give_followups(folder / "big.sqlite")
        big = open_plan(folder / "big.sqlite")
        _cut(big, folder / "week.sqlite", middle, SMALL)
        _cut(big, folder / "instagram.sqlite", timestamp(moment), SMALL, PLATFORM)
        week_cut = open_plan(folder / "week.sqlite")
        instagram_cut = open_plan(folder / "instagram.sqlite")
        print(f"   (files written in {time.perf_counter() - made:.1f} s)")
        promotion = next(c.name for c in big.categories() if c.side is Side.PROMOTION)
        fields = PostFields(platform=PLATFORM, title="Flash sale", category=promotion, start=moment)
        try:
            _lists(big, week_cut, start, end)
            _judging(big, instagram_cut, fields)
        finally:
            for planner in (big, week_cut, instagram_cut):
                planner.close()


if __name__ == "__main__":
    main()
