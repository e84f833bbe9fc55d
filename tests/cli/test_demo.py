"""``dialogos demo``: a believable plan to try the app on, and exact sizes for benchmarks."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from planner.model import Side, Status
from planner.service import Planner
from tests.helpers.cli import Run
from tests.helpers.fixed import PLANNING_ZONE

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    """A new file planned in Europe/Paris, with no platform yet."""
    path = tmp_path / "demo.sqlite"
    Planner.open(path, planning_zone=PLANNING_ZONE).close()
    return path


def assert_believable(cli: Run, db: Path) -> None:
    platforms = cli("platform", "list", "--format", "json", db=db).json
    posts = cli("post", "list", "--format", "json", db=db).json
    ideas = [p for p in posts if p["start"] is None]
    dated = [p for p in posts if p["start"] is not None]

    assert len(platforms) >= 4
    assert {p["side"] for p in posts} >= {side.value for side in Side}
    assert {p["status"] for p in posts} == {status.value for status in Status}
    assert ideas and all(p["status"] == "idea" for p in ideas)
    assert len(dated) >= 20 and all(p["title"] and p["category"] and p["author"] for p in dated)
    assert cli("db", "check", db=db).code == 0


def test_demo_writes_a_believable_plan_around_this_week(cli: Run, empty: Path) -> None:
    result = cli("demo", "--seed", "1", db=empty)

    assert result.code == 0, result.err
    assert result.out.startswith("Demo plan written: ") and "on 5 platforms" in result.out
    assert_believable(cli, empty)


@pytest.mark.parametrize(
    "today",
    [datetime(2026, 6, 8, 9, 0, tzinfo=PARIS), datetime(2026, 6, 12, 9, 0, tzinfo=PARIS),
     datetime(2026, 6, 14, 21, 0, tzinfo=PARIS), datetime(2026, 12, 23, 9, 0, tzinfo=PARIS)],
    ids=["monday", "friday", "sunday", "december"],
)  # fmt: skip
def test_demo_has_every_side_and_status_whatever_the_day(
    cli: Run, empty: Path, today: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Planner, "now", lambda self: today)

    result = cli("demo", "--seed", "1", db=empty)

    assert result.code == 0, result.err
    assert_believable(cli, empty)


def test_demo_posts_writes_exactly_that_many_dated_posts(cli: Run, empty: Path) -> None:
    result = cli("demo", "--posts", "500", "--seed", "7", db=empty)

    assert result.code == 0, result.err
    assert result.out == f"500 posts written to {empty}.\n"
    posts = cli("post", "list", "--format", "json", db=empty).json
    assert len(posts) == 500
    assert all(p["start"] is not None for p in posts)
    assert len({p["platform"] for p in posts}) >= 4
    assert cli("db", "info", "--format", "json", db=empty).json["counts"]["ideas"] == 0
