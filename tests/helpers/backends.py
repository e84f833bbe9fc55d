"""The same tests on a SQLite file and on a PostgreSQL server.

A module runs its tests on both by importing the fixtures here::

    from tests.helpers.backends import each_backend, planner_on_each_backend  # noqa: F401 - fixtures

``db_location`` is a file path, or the URL of a fresh schema on the server
that ``DIALOGOS_TEST_PG`` names (``postgresql://user@host:port/database``),
dropped after the test. Without ``DIALOGOS_TEST_PG`` the PostgreSQL cases are
skipped, and say why.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from planner import Planner
from planner.session import Clock
from planner.storage.backend import WRITE_LOCK_KEY
from tests.helpers.fixed import PLANNING_ZONE, PLATFORMS, USER

PG_VARIABLE = "DIALOGOS_TEST_PG"
PG_SERVER = os.environ.get(PG_VARIABLE, "").strip()

needs_pg = pytest.mark.skipif(
    not PG_SERVER, reason=f"PostgreSQL: {PG_VARIABLE} is not set (e.g. postgresql://postgres@127.0.0.1:5432/postgres)"
)
BACKENDS = ["sqlite", pytest.param("postgresql", marks=needs_pg)]


def admin_connection() -> Any:
    import psycopg

    return psycopg.connect(PG_SERVER, autocommit=True)


@contextmanager
def fresh_schema() -> Iterator[str]:
    """The URL of an empty schema on the test server, dropped afterwards."""
    name = f"dialogos_test_{secrets.token_hex(6)}"
    with admin_connection() as admin:
        admin.execute(f'CREATE SCHEMA "{name}"')
    separator = "&" if "?" in PG_SERVER else "?"
    try:
        yield f"{PG_SERVER}{separator}options=-csearch_path%3D{name}"
    finally:
        with admin_connection() as admin:
            admin.execute(f'DROP SCHEMA "{name}" CASCADE')


@pytest.fixture(name="db_location", params=BACKENDS)
def each_backend(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Path | str]:
    """Where the test's plan lives: a file (not created yet) or an empty schema on a server."""
    if request.param == "sqlite":
        yield db_path
        return
    with fresh_schema() as url:
        yield url


@pytest.fixture(name="planner")
def planner_on_each_backend(db_location: Path | str, clock: Clock) -> Iterator[Planner]:
    """A fresh plan in Europe/Paris by camille, with Instagram, LinkedIn and X, on each backend."""
    opened = Planner.open(db_location, planning_zone=PLANNING_ZONE, clock=clock, user=USER)
    for name, kind in PLATFORMS:
        opened.add_platform(name, kind)
    yield opened
    opened.close()


@contextmanager
def someone_writing(location: Path | str) -> Iterator[None]:
    """Another program holding the write lock, mid-write, until the block ends."""
    if isinstance(location, str):
        import psycopg

        with psycopg.connect(location) as holder:  # a transaction until the block ends
            holder.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
            try:
                yield
            finally:
                holder.rollback()
        return
    holder = sqlite3.connect(location, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def busy_timeout(planner: Planner) -> float:
    """How long the planner's writes wait for the lock, in seconds."""
    database: Any = planner._db
    if planner.on_server:
        return float(database.lock_timeout)
    return float(database.execute_sql("PRAGMA busy_timeout").fetchone()[0]) / 1000
