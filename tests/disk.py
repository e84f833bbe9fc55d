"""A full disk, made on purpose for the tests that need one.

* :func:`fill_up` makes the plan's own file unable to grow, as on a full
  disk: SQLite's ``max_page_count`` gives the very error a full disk gives
  (``SQLITE_FULL``, "database or disk is full") on that connection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planner import Planner

BIG_BODY = "A long draft that needs pages of its own. " * 500
"""A text too long for the free room left in a page: saving it needs the file to grow."""

_ANY_SIZE = 1_073_741_823  # SQLite's largest max_page_count


def fill_up(planner: Planner) -> Callable[[], None]:
    """No room left for the plan's file to grow (this thread's connection); returns what frees some."""
    database: Any = planner._db
    # SQLite never sets the limit below the file's size: the file is exactly full.
    database.execute_sql("PRAGMA max_page_count = 1")
    return lambda: database.execute_sql(f"PRAGMA max_page_count = {_ANY_SIZE}")
