"""Plans made for the backup, damage and journal tests, a clock they move, a page they damage."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from planner import Planner, PostFields

PARIS = "Europe/Paris"


class MovingClock:
    """A clock the test moves forward, day by day."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def new_plan(path: Path, clock: MovingClock, posts: int = 1) -> Path:
    with Planner.open(path, planning_zone=PARIS, clock=clock, user="camille") as planner:
        planner.add_platform("Instagram", "instagram")
        for number in range(posts):
            planner.create_post(PostFields(platform="Instagram", title=f"Post {number + 1}"))
    return path


def titles(path: Path) -> list[str]:
    with Planner.open(path, create=False) as planner:
        return sorted(p.title for p in planner.list_posts())


def flip_bytes_in_a_table_page(path: Path) -> None:
    """Overwrite the middle of the posts table's last page: SQLite opens the file, the check fails."""
    raw = sqlite3.connect(path)
    page = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'post'").fetchone()[0]
    size = raw.execute("PRAGMA page_size").fetchone()[0]
    count = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.close()
    target = max(page, count - 1) if count > page else page
    with path.open("r+b") as handle:
        handle.seek((target - 1) * size + 8)
        handle.write(b"\xff" * 24)
