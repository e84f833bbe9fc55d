"""What the benchmarks share: fixed inputs, a clock, medians, a temporary folder."""

from __future__ import annotations

import statistics
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

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
