"""Writing a big demo must cost little more than SQLite's own insert.

``bulk_demo`` of 100 000 posts (what ``dialogos demo --posts 100000`` does:
open a fresh file, check every post, write them in one transaction) against
the floor: ``sqlite3.executemany`` of the very same rows into a fresh file of
the same schema, with the same connection settings, in one transaction.
The ratio is the price of the planner's checks and bookkeeping per post.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path
from typing import Any

from benchmarks._common import SEED, TODAY, empty_like, scratch, verdict
from benchmarks._common import open_plan as _open
from planner.demo import bulk_demo

POSTS = 100_000
RUNS = 3
TARGET = 3.0


def _demo(path: Path) -> float:
    """Seconds to open a fresh file and write the demo into it."""
    before = time.perf_counter()
    planner = _open(path)
    try:
        bulk_demo(planner, posts=POSTS, seed=SEED, today=TODAY)
    finally:
        planner.close()
    return time.perf_counter() - before


def _columns(con: sqlite3.Connection) -> list[str]:
    return [row[1] for row in con.execute('PRAGMA table_info("post")') if row[1] != "id"]


def _rows(source: Path) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The post rows the demo wrote, in the order it wrote them."""
    con = sqlite3.connect(source)
    try:
        columns = _columns(con)
        rows = con.execute(f'SELECT {", ".join(columns)} FROM "post" ORDER BY id').fetchall()
    finally:
        con.close()
    return columns, rows


def _raw(path: Path, columns: list[str], rows: list[tuple[Any, ...]]) -> float:
    """Seconds to write ``rows`` with one executemany, settings as the app's connection."""
    sql = f'INSERT INTO "post" ({", ".join(columns)}) VALUES ({", ".join("?" for _ in columns)})'
    before = time.perf_counter()
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = delete")
        con.execute("PRAGMA foreign_keys = 1")
        con.execute("PRAGMA synchronous = FULL")
        con.execute("PRAGMA cache_size = -65536")
        con.execute("BEGIN IMMEDIATE")
        con.executemany(sql, rows)
        con.execute("COMMIT")
    finally:
        con.close()
    return time.perf_counter() - before


def main() -> None:
    print(f"== demo insert: {POSTS:,} posts into a fresh file, median of {RUNS} runs each")
    with scratch("insert") as folder:
        demo_times: list[float] = []
        raw_times: list[float] = []
        reference = folder / "demo-0.sqlite"
        demo_times.append(_demo(reference))
        columns, rows = _rows(reference)
        for run in range(RUNS):
            if run:  # interleaved: drift hits both sides alike
                target = folder / f"demo-{run}.sqlite"
                demo_times.append(_demo(target))
                target.unlink()
            raw = folder / f"raw-{run}.sqlite"
            empty_like(reference, raw)
            raw_times.append(_raw(raw, columns, rows))
            written = sqlite3.connect(raw)
            count = written.execute('SELECT count(*) FROM "post"').fetchone()[0]
            written.close()
            assert count == POSTS, count
            raw.unlink()
        demo, floor = statistics.median(demo_times), statistics.median(raw_times)
        ratio = demo / floor
        print(f"   bulk_demo (open, check, write):  {demo:6.2f} s   runs: {', '.join(f'{t:.2f}' for t in demo_times)}")
        print(f"   sqlite3 executemany, same rows:  {floor:6.2f} s   runs: {', '.join(f'{t:.2f}' for t in raw_times)}")
        print(f"   planner's own work: {(demo - floor) / POSTS * 1e6:.1f} µs a post")
        print(f"   RATIO bulk_demo / executemany: {ratio:.2f}  (target <= {TARGET}: {verdict(ratio, TARGET)})")


if __name__ == "__main__":
    main()
