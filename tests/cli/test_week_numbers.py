"""``--week`` names the days the window calls that week, in the user's locale (issue 17, point 6)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.helpers.cli import Run

# Saturday 28 November to Sunday 13 December 2026, one post a day at noon.
DAYS = [f"2026-11-{d}" for d in range(28, 31)] + [f"2026-12-{d:02d}" for d in range(1, 14)]


@pytest.fixture
def daily(add_post: Callable[..., dict[str, Any]]) -> None:
    for day in DAYS:
        add_post(f"Post of {day}", "--at", f"{day} 12:00")


def listed_days(cli: Run, week: str) -> list[str]:
    result = cli("post", "list", "--week", week, "--format", "json")
    assert result.code == 0, result.err
    return sorted(p["start"][:10] for p in result.json)


def test_in_a_sunday_first_locale_a_week_runs_from_the_sunday_before_its_monday_to_saturday(
    cli: Run, daily: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    # The window titles Sunday 6 – Saturday 12 December "Week 50": six of its days are ISO week 50.
    assert listed_days(cli, "2026-W50") == [f"2026-12-{d:02d}" for d in range(6, 13)]
    assert listed_days(cli, "2026-W49") == ["2026-11-29", "2026-11-30"] + [f"2026-12-0{d}" for d in range(1, 6)]


def test_in_a_monday_first_locale_a_week_is_the_iso_week(
    cli: Run, daily: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.setenv("LC_TIME", "fr_FR.UTF-8")
    assert listed_days(cli, "2026-W49") == ["2026-11-30"] + [f"2026-12-0{d}" for d in range(1, 7)]
