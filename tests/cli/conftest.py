"""Fixtures of the command-line tests: a plan file in Europe/Paris and a way to
run ``dialogos`` on it, in-process or as the installed command.

The file is created through the planner first, with an explicit planning zone:
a file made by the command line itself would take the machine's zone.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner.service import Planner
from planner.sharing import places
from tests.helpers.cli import Result, Run, dialogos_command, run_cli
from tests.helpers.fixed import PLANNING_ZONE, PLATFORMS, USER


@pytest.fixture(autouse=True)
def cli_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """English, a known author and a private data folder for every CLI test.

    HOME and XDG_DATA_HOME point into the test's folder so that a command run
    without ``--db`` can never touch the real user's database.
    """
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("DIALOGOS_DB", raising=False)
    monkeypatch.setenv("DIALOGOS_USER", USER)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))


@pytest.fixture
def plain_mounts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """This machine's mounts must not decide the tests: a plain ext4 root."""
    fake = tmp_path / "mountinfo"
    fake.write_text("22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw\n", encoding="utf-8")
    monkeypatch.setattr(places, "MOUNTINFO", fake)


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    """A Dialogos file planned in Europe/Paris with Instagram, LinkedIn and X, no posts."""
    path = tmp_path / "plan.sqlite"
    with Planner.open(path, planning_zone=PLANNING_ZONE, user=USER) as planner:
        for name, kind in PLATFORMS:
            planner.add_platform(name, kind)
    return path


@pytest.fixture
def cli(plan_path: Path) -> Run:
    """Run a command on :func:`plan_path` (or on ``db=``; ``db=None`` gives no ``--db``)."""

    def run(*arguments: object, db: Path | str | None = plan_path) -> Result:
        return run_cli([str(a) for a in arguments], db)

    return run


@pytest.fixture
def add_post(cli: Run) -> Callable[..., dict[str, Any]]:
    """Plan a post through ``post add --format json``; its record."""

    def add(title: str = "Which coffee do you brew?", *options: str, platform: str = "Instagram") -> dict[str, Any]:
        result = cli("post", "add", "--platform", platform, "--title", title, *options, "--format", "json")
        assert result.code == 0, result.err
        return result.json

    return add


@pytest.fixture
def dialogos() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the installed command in a child process with this test's environment."""

    def run(*arguments: object, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        environment = dict(os.environ)
        environment.update(env or {})
        return subprocess.run(
            [*dialogos_command(), *(str(a) for a in arguments)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=environment,
            timeout=120,
            check=False,
        )

    return run
