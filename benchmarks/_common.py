"""What the benchmarks share: fixed inputs, a clock, medians, a temporary folder."""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from planner.model import Change, PostFields
from planner.service import Planner

ZONE = "Europe/Paris"
"""The planning zone of every benchmark file."""

TODAY = date(2026, 6, 17)
"""The 'today' every demo is spread around (a Wednesday, ISO week 2026-W25)."""

SEED = 2026
USER = "bench"


def clock() -> datetime:
    """A fixed 'now', so that two runs write the same rows."""
    return datetime(2026, 6, 17, 10, 0, tzinfo=UTC)


def median_ms(samples_ns: list[int]) -> float:
    return statistics.median(samples_ns) / 1e6


@contextmanager
def scratch(name: str) -> Iterator[Path]:
    """A temporary folder, removed with everything in it afterwards."""
    with tempfile.TemporaryDirectory(prefix=f"dialogos-bench-{name}-") as folder:
        yield Path(folder)


def verdict(ratio: float, target: float) -> str:
    return "within target" if ratio <= target else "OVER TARGET"


def open_plan(path: Path) -> Planner:
    """A benchmark's plan file, in the benchmarks' zone, clock and user."""
    planner: Planner = Planner.open(path, planning_zone=ZONE, clock=clock, user=USER)
    return planner


def empty_like(source: Path, path: Path) -> None:
    """A fresh Dialogos file holding the platforms, categories and members of ``source``, no posts."""
    open_plan(path).close()
    con = sqlite3.connect(path)
    try:
        con.execute("ATTACH DATABASE ? AS source", (str(source),))
        with con:
            for table in ("platform", "category", "member"):
                con.execute(f'DELETE FROM main."{table}"')
                con.execute(f'INSERT INTO main."{table}" SELECT * FROM source."{table}"')
        con.execute("DETACH DATABASE source")
    finally:
        con.close()


class _RolledBack(Exception):
    """Leaves ``Planner.batch`` so that its transaction is rolled back."""


def create_rolled_back(planner: Planner, fields: PostFields) -> tuple[int, Change]:
    """Nanoseconds to create the post through the public path, in a transaction then rolled
    back (what is timed is the planner's work for the write, not the disk's flush), and the change."""
    return write_rolled_back(planner, lambda: planner.create_post(fields))


def write_rolled_back(planner: Planner, write: Callable[[], Change]) -> tuple[int, Change]:
    """Nanoseconds to run ``write`` (a write of ``planner``), in a transaction then rolled back, and its change."""
    try:
        with planner.batch():
            before = time.perf_counter_ns()
            change = write()
            elapsed = time.perf_counter_ns() - before
            raise _RolledBack
    except _RolledBack:
        pass
    return elapsed, change
