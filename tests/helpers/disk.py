"""A full disk and file permissions, made on purpose for the tests that need them.

* :func:`fill_up` makes the plan's own file unable to grow, as on a full
  disk: SQLite's ``max_page_count`` gives the very error a full disk gives
  (``SQLITE_FULL``, "database or disk is full") on that connection.
* :func:`limited` runs a command in a child process whose files cannot grow
  past a size (``RLIMIT_FSIZE``, with ``SIGXFSZ`` ignored, so writes fail
  instead of killing it): a real failing ``write()``, for copies and for SQLite;
  :func:`run_python` runs code that sets such a limit itself, around one call.
* :func:`umask` sets the process' umask for a test, whatever the machine has.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from planner import Planner

needs_posix = pytest.mark.skipif(os.name != "posix", reason="file modes, umask and RLIMIT_FSIZE are POSIX")

BIG_BODY = "A long draft that needs pages of its own. " * 500
"""A text too long for the free room left in a page: saving it needs the file to grow."""

_ANY_SIZE = 1_073_741_823  # SQLite's largest max_page_count


def fill_up(planner: Planner) -> Callable[[], None]:
    """No room left for the plan's file to grow (this thread's connection); returns what frees some."""
    database: Any = planner._db
    # SQLite never sets the limit below the file's size: the file is exactly full.
    database.execute_sql("PRAGMA max_page_count = 1")
    return lambda: database.execute_sql(f"PRAGMA max_page_count = {_ANY_SIZE}")


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@contextmanager
def umask(value: int) -> Iterator[None]:
    previous = os.umask(value)
    try:
        yield
    finally:
        os.umask(previous)


def _file_size_limit(size: int) -> Callable[[], None]:
    def limit() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))

    return limit


def limited(command: Sequence[str], size: int, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``command`` in a child process that cannot write a file past ``size`` bytes."""
    environment = dict(os.environ)
    environment.update(env or {})
    return subprocess.run(
        list(command),
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        # In the child, before the command starts: its own limit, nothing of this process changes.
        preexec_fn=_file_size_limit(size),
        timeout=120,
        check=False,
    )


def run_python(code: str, *arguments: object) -> subprocess.CompletedProcess[str]:
    """``code`` in a child process of this test run's Python, ``SIGXFSZ`` ignored (the code sets its limits)."""
    prelude = "import signal; signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + code, *(str(a) for a in arguments)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
