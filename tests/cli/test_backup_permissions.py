"""The command line's copies of a private plan are private, and a link planted
as the backup folder is one warning line, the command going on."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.cli import Run
from tests.helpers.disk import mode_of, needs_posix, umask

pytestmark = [needs_posix, pytest.mark.usefixtures("plain_mounts")]


def test_every_copy_the_commands_make_of_a_private_plan_is_private(cli: Run, plan_path: Path, tmp_path: Path) -> None:
    plan_path.chmod(0o600)
    chosen = tmp_path / "chosen.sqlite"

    with umask(0o022):
        daily = cli("post", "add", "--platform", "X", "--title", "Written", "--format", "json")
        beside = cli("db", "backup")
        named = cli("db", "backup", chosen)

    assert (daily.code, beside.code, named.code) == (0, 0, 0)
    folder = plan_path.parent / "plan.sqlite.backups"
    (automatic,) = folder.iterdir()
    (manual,) = plan_path.parent.glob("plan.backup-manual-*.sqlite")
    assert mode_of(folder) == 0o700
    assert [mode_of(copy) for copy in (automatic, manual, chosen)] == [0o600, 0o600, 0o600]

    restored = cli("db", "restore", automatic)
    assert restored.code == 0, restored.err
    (before,) = plan_path.parent.glob("plan.backup-before-restore-*.sqlite")
    assert (mode_of(before), mode_of(plan_path)) == (0o600, 0o600)


def test_a_link_planted_as_the_backup_folder_is_one_warning_and_the_command_goes_on(
    cli: Run, plan_path: Path, tmp_path: Path
) -> None:
    readable = tmp_path / "readable-by-someone-else"
    readable.mkdir()
    link = plan_path.parent / "plan.sqlite.backups"
    link.symlink_to(readable, target_is_directory=True)

    result = cli("post", "add", "--platform", "X", "--title", "Saved anyway", "--format", "json")

    assert result.code == 0 and result.json["title"] == "Saved anyway"
    assert result.err.count("\n") == 1
    assert result.err.startswith(f"Warning: no automatic backup today: {link} is a symbolic link")
    assert list(readable.iterdir()) == []
