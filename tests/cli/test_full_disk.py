"""A full disk on the command line: one line that says the disk is full, where,
and that nothing was saved (exit 5); a backup without room names the backup.

In this process the plan's connection is given no room to grow (SQLite's own
"database or disk is full"); the installed command runs with a limit on the
size of its files, a real failing write.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner.storage import connection as conn
from tests.helpers.cli import Run, dialogos_command, revision
from tests.helpers.disk import BIG_BODY, limited, needs_posix

pytestmark = pytest.mark.usefixtures("plain_mounts")


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch, plan_path: Path) -> None:
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
def test_a_full_disk_is_one_line_exit_5_and_nothing_is_saved(cli: Run, plan_path: Path) -> None:
    before = revision(plan_path)

    result = add_long_draft(cli)

    line = result.assert_one_line_error()
    assert result.code == 5
    assert line == (
        f"Error: No room left to save {plan_path}: the disk is full. "
        "Nothing was saved; free some space, then try again."
    )
    assert revision(plan_path) == before
    assert cli("post", "list", "--format", "json").json == []
    assert cli("db", "check").code == 0


@pytest.mark.usefixtures("full_disk")
def test_a_full_disk_in_french(cli: Run, plan_path: Path) -> None:
    result = add_long_draft(cli, "--lang", "fr")

    assert result.assert_one_line_error() == (
        f"Erreur : Plus de place pour enregistrer {plan_path} : le disque est plein. "
        "Rien n’a été enregistré ; libérez de la place, puis réessayez."
    )


@needs_posix
def test_the_days_first_write_on_a_full_disk_names_the_backup_then_the_plan(
    plan_path: Path, dialogos: Callable[..., Any]
) -> None:
    """The installed command may write no file past half the plan's size: neither the day's
    backup (a whole copy) nor the post's new pages fit. Each failure names its own file."""
    size = plan_path.stat().st_size

    command = ["post", "add", "--platform", "X", "--title", "Big", "--body", BIG_BODY, "--db", str(plan_path)]

    ran = limited([*dialogos_command(), *command], size // 2 + 1)

    folder = plan_path.parent / "plan.sqlite.backups"
    warning, error = ran.stderr.splitlines()
    assert ran.returncode == 5 and ran.stdout == "" and "Traceback" not in ran.stderr
    assert warning.startswith(f"Warning: no automatic backup today: no room left for {folder}/plan.auto-")
    assert error == (
        f"Error: No room left to save {plan_path}: the file would pass the largest size this system allows. "
        "Nothing was saved; free some space, then try again."
    )
    assert list(folder.iterdir()) == []  # no half-written copy
    listed = dialogos("post", "list", "--format", "json", "--db", plan_path)
    assert (listed.returncode, listed.stdout.strip()) == (0, "[]")
    assert dialogos("db", "check", "--db", plan_path).returncode == 0


@needs_posix
def test_db_backup_without_room_names_the_backup_and_leaves_nothing_half_written(
    tmp_path: Path, plan_path: Path
) -> None:
    destination = tmp_path / "copies" / "plan-copy.sqlite"
    destination.parent.mkdir()
    before = plan_path.read_bytes()

    ran = limited(
        [*dialogos_command(), "db", "backup", str(destination), "--db", str(plan_path)], plan_path.stat().st_size // 2
    )

    assert ran.returncode == 5 and ran.stdout == ""
    assert ran.stderr == (
        f"Error: No room left for the backup {destination}: the file would pass the largest size this system allows. "
        "The backup was not saved, and the plan was not changed.\n"
    )
    assert list(destination.parent.iterdir()) == []
    assert plan_path.read_bytes() == before
