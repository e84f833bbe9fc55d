"""Fixtures of the command-line tests: a plan file in Europe/Paris and a way to
run ``dialogos`` on it, in-process or as the installed command.

The file is created through the planner first, with an explicit planning zone:
a file made by the command line itself would take the machine's zone.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from planner.cli.main import main
from planner.service import Planner
from planner.sharing import places

PLANNING_ZONE = "Europe/Paris"
USER = "camille"
PLATFORMS = (("Instagram", "instagram"), ("LinkedIn", "linkedin"), ("X", "x"))


@dataclass(frozen=True)
class Result:
    """What one run of ``dialogos`` gave: its exit code, stdout and stderr."""

    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)

    def assert_one_line_error(self) -> str:
        """A failure prints exactly one line on stderr, no traceback, nothing on stdout."""
        assert self.code != 0, self
        assert self.out == "", self
        assert self.err.endswith("\n") and self.err.count("\n") == 1, self.err
        assert "Traceback" not in self.err
        return self.err.strip()


Run = Callable[..., Result]


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
def plan(tmp_path: Path) -> Path:
    """A Dialogos file planned in Europe/Paris with Instagram, LinkedIn and X, no posts."""
    path = tmp_path / "plan.sqlite"
    with Planner.open(path, planning_zone=PLANNING_ZONE, user=USER) as planner:
        for name, kind in PLATFORMS:
            planner.add_platform(name, kind)
    return path


def run_cli(arguments: Sequence[str], db: Path | str | None) -> Result:
    """``dialogos ARGUMENTS --db DB`` in this process."""
    argv = [str(a) for a in arguments]
    if db is not None:
        argv += ["--db", str(db)]
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, out=out, err=err)
    return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli(plan: Path) -> Run:
    """Run a command on :func:`plan` (or on ``db=``; ``db=None`` gives no ``--db``)."""

    def run(*arguments: object, db: Path | str | None = plan) -> Result:
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


def revision(db: Path) -> int:
    """The file's revision as ``db info --format json`` reports it."""
    result = run_cli(["db", "info", "--format", "json"], db)
    assert result.code == 0, result.err
    return int(result.json["revision"])


def dialogos_command() -> list[str]:
    """The installed ``dialogos`` script next to this Python, else the launcher module."""
    scripts = Path(sys.executable).parent
    found = shutil.which("dialogos", path=str(scripts))
    return [found] if found else [sys.executable, "-m", "ui.launcher"]


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
