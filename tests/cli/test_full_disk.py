"""A full disk on the command line: one line that says the disk is full, where,
and that nothing was saved (exit 5).

The plan's connection is given no room to grow (SQLite's own "database or disk is full").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from planner.storage import connection as conn
from tests.cli.conftest import Run, revision
from tests.disk import BIG_BODY

pytestmark = pytest.mark.usefixtures("plain_mounts")


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch, plan: Path) -> None:
    """Once the plan is made: every plan the command opens can no longer grow, as on a full disk."""
    connect = conn.connect

    def connect_to_a_full_disk(path: Path, **options: Any) -> Any:
        database = connect(path, **options)
        database._pragmas = [*database._pragmas, ("max_page_count", 1)]
        return database

    monkeypatch.setattr(conn, "connect", connect_to_a_full_disk)


def add_long_draft(cli: Run, *options: str) -> Any:
    return cli("post", "add", "--platform", "Instagram", "--title", "Roasting notes", "--body", BIG_BODY, *options)


@pytest.mark.usefixtures("full_disk")
def test_a_full_disk_is_one_line_exit_5_and_nothing_is_saved(cli: Run, plan: Path) -> None:
    before = revision(plan)

    result = add_long_draft(cli)

    line = result.assert_one_line_error()
    assert result.code == 5
    assert line == (
        f"Error: No room left to save {plan}: the disk is full. Nothing was saved; free some space, then try again."
    )
    assert revision(plan) == before
    assert cli("post", "list", "--format", "json").json == []
    assert cli("db", "check").code == 0


@pytest.mark.usefixtures("full_disk")
def test_a_full_disk_in_french(cli: Run, plan: Path) -> None:
    result = add_long_draft(cli, "--lang", "fr")

    assert result.assert_one_line_error() == (
        f"Erreur : Plus de place pour enregistrer {plan} : le disque est plein. "
        "Rien n’a été enregistré ; libérez de la place, puis réessayez."
    )
