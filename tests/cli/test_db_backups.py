"""``db restore``, ``db backups``, the daily backup of writing commands, a damaged
file's one line with the command that restores it, and risky places said once."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner.service import Planner
from planner.sharing import places
from tests.helpers.backups import flip_bytes_in_a_table_page
from tests.helpers.cli import Run, revision

AddPost = Callable[..., dict[str, Any]]
pytestmark = pytest.mark.usefixtures("plain_mounts")


def backups_beside(plan_path: Path) -> list[Path]:
    return sorted((plan_path.parent / f"{plan_path.name}.backups").glob("*.sqlite"))


def titles(result_json: list[dict[str, Any]]) -> list[str]:
    return sorted(post["title"] for post in result_json)


# -- automatic backups ---------------------------------------------------------------


def test_the_first_writing_command_of_the_day_backs_the_file_up_and_readers_do_not(
    cli: Run, plan_path: Path, add_post: AddPost
) -> None:
    assert cli("post", "list").code == 0
    assert cli("balance").code == 0
    assert backups_beside(plan_path) == []

    add_post("First of the day")
    add_post("Second")

    (backup,) = backups_beside(plan_path)
    copy = Planner.open(backup, create=False)
    try:
        assert copy.list_posts() == []  # taken before the day's first change
    finally:
        copy.close()


def test_backups_go_to_the_folder_dialogos_backups_names(
    cli: Run, plan_path: Path, add_post: AddPost, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIALOGOS_BACKUPS", str(tmp_path / "safe"))

    add_post()

    assert backups_beside(plan_path) == []
    assert len(list((tmp_path / "safe").rglob("plan.auto-*.sqlite"))) == 1


def test_a_backup_folder_that_cannot_be_written_is_one_warning_and_the_command_goes_on(
    cli: Run, plan_path: Path
) -> None:
    (plan_path.parent / "plan.sqlite.backups").write_text("in the way", encoding="utf-8")

    result = cli("post", "add", "--platform", "X", "--title", "Saved anyway", "--format", "json")

    assert result.code == 0
    assert result.json["title"] == "Saved anyway"
    assert result.err.count("\n") == 1 and result.err.startswith("Warning: no automatic backup today")


def test_db_backups_lists_automatic_and_kept_backups(cli: Run, plan_path: Path, add_post: AddPost) -> None:
    add_post()
    assert cli("db", "backup").code == 0

    listed = cli("db", "backups", "--format", "json")
    table = cli("db", "backups")

    assert listed.code == 0
    assert sorted(b["automatic"] for b in listed.json) == [False, True]
    assert "automatic" in table.out and "kept" in table.out


def test_db_backups_on_a_deleted_plan_lists_its_backups_to_restore_one(
    cli: Run, plan_path: Path, add_post: AddPost
) -> None:
    add_post("Before it went")
    assert cli("db", "backup").code == 0
    plan_path.unlink()

    listed = cli("db", "backups", "--format", "json")
    table = cli("db", "backups")

    assert listed.code == 0 and listed.err == ""
    assert sorted(b["automatic"] for b in listed.json) == [False, True]
    assert table.code == 0 and "automatic" in table.out and "kept" in table.out
    assert not plan_path.exists()  # listing made no plan there
    (kept,) = [b["path"] for b in listed.json if not b["automatic"]]  # the automatic one came before the post
    assert cli("db", "restore", kept).code == 0
    assert titles(cli("post", "list", "--format", "json").json) == ["Before it went"]


def test_db_backups_on_a_path_that_never_held_a_plan_is_refused(cli: Run, tmp_path: Path) -> None:
    result = cli("db", "backups", db=tmp_path / "mistyped.sqlite")

    assert result.code == 5
    assert result.assert_one_line_error() == f"Error: There is no database at {tmp_path / 'mistyped.sqlite'}."
    assert not (tmp_path / "mistyped.sqlite").exists()


# -- restore -----------------------------------------------------------------------


def test_db_restore_puts_a_backup_back_and_keeps_what_was_there(cli: Run, plan_path: Path, add_post: AddPost) -> None:
    add_post("Kept in the backup")
    backup = plan_path.with_name("friday.sqlite")
    assert cli("db", "backup", backup).code == 0
    add_post("Added after")
    before_restore = revision(plan_path)

    result = cli("db", "restore", backup)

    assert result.code == 0, result.err
    assert f"{plan_path} restored from {backup}" in result.out and "What it held before is kept in" in result.out
    assert titles(cli("post", "list", "--format", "json").json) == ["Kept in the backup"]
    assert revision(plan_path) > before_restore
    (kept,) = plan_path.parent.glob("plan.backup-before-restore-*.sqlite")
    assert titles(cli("post", "list", "--format", "json", db=kept).json) == ["Added after", "Kept in the backup"]


@pytest.mark.parametrize(
    ("name", "content", "code", "words"),
    [
        ("missing.sqlite", None, 2, "There is no backup"),
        ("notes.txt", b"shopping list\n", 5, "is not a Dialogos database: nothing was restored"),
    ],
)
def test_db_restore_refuses_what_is_not_a_sound_backup(
    cli: Run, plan_path: Path, add_post: AddPost, name: str, content: bytes | None, code: int, words: str
) -> None:
    add_post()
    source = plan_path.with_name(name)
    if content is not None:
        source.write_bytes(content)
    before = plan_path.read_bytes()

    result = cli("db", "restore", source)

    assert result.code == code
    assert words in result.assert_one_line_error()
    assert plan_path.read_bytes() == before


# -- damage ------------------------------------------------------------------------


def test_a_damaged_file_is_one_line_exit_5_with_the_command_that_restores_it(
    cli: Run, plan_path: Path, add_post: AddPost
) -> None:
    add_post("Before the damage")
    (backup,) = backups_beside(plan_path)
    content = plan_path.read_bytes()
    plan_path.write_bytes(content[: len(content) // 2])
    damaged = plan_path.read_bytes()

    for command in (("post", "list"), ("post", "add", "--platform", "X", "--title", "No")):
        result = cli(*command)
        assert result.code == 5
        line = result.assert_one_line_error()
        assert f"{plan_path} is damaged (the file is cut short)" in line
        assert f"dialogos db restore {backup} --db {plan_path}" in line
    # Finding damage is what `db check` is for: its finding, exit 1, with the same command to restore.
    check = cli("db", "check")
    assert check.code == 1 and check.err == ""
    found, verdict = check.out.splitlines()
    assert f"{plan_path} is damaged (the file is cut short)" in found
    assert f"dialogos db restore {backup} --db {plan_path}" in found
    assert verdict == "Problems found: 1."
    # Its backups are listed, to choose the one to restore.
    listed = cli("db", "backups", "--format", "json")
    assert listed.code == 0, listed.err
    assert [entry["path"] for entry in listed.json] == [str(backup)]
    assert plan_path.read_bytes() == damaged

    restored = cli("db", "restore", backup)

    assert restored.code == 0, restored.err
    assert cli("post", "list", "--format", "json").json == []  # the backup was taken before the first post
    assert cli("db", "check").code == 0


def test_db_check_exits_1_on_damage_it_can_read_and_offers_the_backup(cli: Run, plan_path: Path) -> None:
    with Planner.open(plan_path) as planner:
        for number in range(60):
            planner.create_post(planner_post(number))
    assert cli("post", "add", "--platform", "X", "--title", "Backed up first").code == 0
    (backup,) = backups_beside(plan_path)
    flip_bytes_in_a_table_page(plan_path)

    result = cli("db", "check")

    assert result.code == 1
    assert "SQLite integrity check" in result.out
    assert f"The newest sound backup is {backup}" in result.out


def test_the_days_first_write_on_a_damaged_file_is_refused(cli: Run, plan_path: Path) -> None:
    with Planner.open(plan_path) as planner:
        for number in range(60):
            planner.create_post(planner_post(number))
    flip_bytes_in_a_table_page(plan_path)
    damaged = plan_path.read_bytes()

    result = cli("post", "add", "--platform", "X", "--title", "Not on a damaged file")

    assert result.code == 5
    assert "is damaged (SQLite’s integrity check" in result.assert_one_line_error()
    assert plan_path.read_bytes() == damaged
    assert backups_beside(plan_path) == []  # the damaged copy was not kept


def planner_post(number: int) -> Any:
    from planner import PostFields

    return PostFields(platform="Instagram", title=f"Post {number}", body="text " * 40)


def test_the_installed_command_reports_damage_and_restores(
    dialogos: Callable[..., Any], plan_path: Path, add_post: AddPost
) -> None:
    add_post()
    (backup,) = backups_beside(plan_path)
    plan_path.write_bytes(b"")

    damaged = dialogos("post", "list", "--db", plan_path)
    restored = dialogos("db", "restore", backup, "--db", plan_path)

    assert damaged.returncode == 5 and damaged.stderr.count("\n") == 1
    assert "the file is empty although backups of it exist" in damaged.stderr
    assert restored.returncode == 0, restored.stderr


# -- risky places --------------------------------------------------------------------


def test_a_synced_folder_is_said_once_on_stderr(cli: Run, plan_path: Path, tmp_path: Path) -> None:
    (tmp_path / ".stfolder").mkdir()

    first = cli("post", "list")
    second = cli("post", "list")

    assert first.code == 0 and second.code == 0
    assert first.err.count("\n") == 1
    assert first.err.startswith("Warning:") and "Syncthing" in first.err and str(plan_path) in first.err
    assert second.err == ""


def test_a_mount_without_shared_locks_is_said_once(
    cli: Run, plan_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "sshfs-mountinfo"
    fake.write_text(
        "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
        f"40 22 0:40 / {tmp_path} rw,nosuid - fuse.sshfs camille@server:/srv/team rw,user_id=1000\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(places, "MOUNTINFO", fake)

    first = cli("post", "list", "--lang", "fr")
    second = cli("post", "list")

    assert first.err.startswith("Attention :") and "sshfs" in first.err
    assert second.err == ""


def test_a_read_only_plan_gives_no_backup_warning(cli: Run, plan_path: Path) -> None:
    plan_path.chmod(0o444)
    try:
        result = cli("post", "add", "--platform", "X", "--title", "No")
    finally:
        plan_path.chmod(0o644)

    assert result.code == 5
    assert "read-only" in result.assert_one_line_error()


def test_the_restore_help_is_there(cli: Run) -> None:
    result = cli("db", "restore", "--help")

    assert result.code == 0 and "BACKUP" in result.out


def test_a_restore_while_a_colleague_has_the_file_open(cli: Run, plan_path: Path, add_post: AddPost) -> None:
    add_post("Old")
    backup = plan_path.with_name("old.sqlite")
    assert cli("db", "backup", backup).code == 0
    colleague = Planner.open(plan_path, user="sam")
    try:
        colleague.others_committed()
        seen = colleague.revision()
        raw = sqlite3.connect(plan_path)  # an idle connection elsewhere does not stop the restore
        try:
            assert cli("db", "restore", backup).code == 0
        finally:
            raw.close()
        assert colleague.others_committed() is True
        assert [entry.who for entry in colleague.changes_since(seen)] == ["camille"]
        assert [p.title for p in colleague.list_posts()] == ["Old"]
    finally:
        colleague.close()
