"""Running ``dialogos`` in the command-line tests: in this process, or as the installed command."""

from __future__ import annotations

import io
import json
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.cli.main import main


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


def run_cli(arguments: Sequence[str], db: Path | str | None) -> Result:
    """``dialogos ARGUMENTS --db DB`` in this process."""
    argv = [str(a) for a in arguments]
    if db is not None:
        argv += ["--db", str(db)]
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, out=out, err=err)
    return Result(code, out.getvalue(), err.getvalue())


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
