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


def test_the_demo_shows_follow_ups_in_every_state_and_the_same_seed_gives_the_same_ones(
    cli: Run, empty: Path, tmp_path: Path
) -> None:
    assert cli("demo", "--seed", "1", db=empty).code == 0
    followups = cli("followup", "list", "--format", "json", db=empty).json
    posts = {p["id"]: p for p in cli("post", "list", "--format", "json", db=empty).json}

    assert {f["status"] for f in followups} == {"open", "late", "kept", "dropped"}
    assert {f["kind"] for f in followups} >= {"replies", "post"}
    kept_by_post = [f for f in followups if f["status"] == "kept" and f["kept_by_post"]]
    assert kept_by_post, "a promise kept by its published post"
    for promise in kept_by_post:
        keeper = posts[promise["kept_by_post"]]
        assert keeper["status"] == "published" and keeper["platform"] == promise["platform"]
    assert all(f["reason"] for f in followups if f["status"] == "dropped")
    categories = {c["name"]: c for c in cli("category", "list", "--format", "json", db=empty).json}
    assert categories["Poll"]["followups"] == ["replies:2h", "post:3d"]
    assert categories["Question"]["followups"] == ["replies:2h"]

    again = tmp_path / "again.sqlite"
    Planner.open(again, planning_zone=PLANNING_ZONE).close()
    assert cli("demo", "--seed", "1", db=again).code == 0
    without_time = [{k: v for k, v in f.items() if k != "kept_at"} for f in followups]  # kept when the demo ran
    assert [
        {k: v for k, v in f.items() if k != "kept_at"}
        for f in cli("followup", "list", "--format", "json", db=again).json
    ] == without_time


def test_the_demo_gives_each_platform_a_weekly_grid_and_keeps_one_the_user_made(cli: Run, empty: Path) -> None:
    with Planner.open(empty) as planner:
        planner.add_platform("Instagram", "instagram")
        planner.add_slot("Instagram", "sat", "11:00")

    assert cli("demo", "--seed", "3", db=empty).code == 0

    slots = cli("slot", "list", "--format", "json", db=empty).json
    platforms = {p["name"] for p in cli("platform", "list", "--format", "json", db=empty).json}
    assert {s["platform"] for s in slots} == platforms
    assert [(s["day"], s["time"], s["side"]) for s in slots if s["platform"] == "Instagram"] == [("sat", "11:00", None)]
    assert {s["side"] for s in slots} >= {side.value for side in Side}
