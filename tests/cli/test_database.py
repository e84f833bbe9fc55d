"""``--db``, ``$DIALOGOS_DB``, the default file, ``db info|check|backup`` and files that must be refused."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from planner.service import Planner
from tests.helpers.cli import Run, run_cli

AddPost = Callable[..., dict[str, Any]]
ADD = ("post", "add", "--platform", "X", "--title", "Hello", "--at", "2026-06-01 10:00")


@pytest.fixture
def with_post(add_post: AddPost) -> dict[str, Any]:
    return add_post("Which coffee do you brew?", "--at", "2026-06-01 10:00")


# -- files that are refused, untouched --------------------------------------------------


def test_a_text_file_is_refused_and_left_untouched(cli: Run, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Ideas for June\n- a poll\n", encoding="utf-8")
    before = notes.read_bytes()

    for command in (("post", "list"), ADD):
        result = cli(*command, db=notes)
        assert result.code == 5
        assert result.assert_one_line_error() == f"Error: {notes} is not a Dialogos database; it was left untouched."
    assert notes.read_bytes() == before


def test_a_file_from_a_newer_dialogos_is_refused_and_left_untouched(cli: Run, plan_path: Path) -> None:
    connection = sqlite3.connect(plan_path)
    connection.execute("PRAGMA user_version = 99")
    connection.commit()
    connection.close()
    before = plan_path.read_bytes()

    for command in (("post", "list"), ADD, ("db", "info")):
        result = cli(*command)
        assert result.code == 5
        line = result.assert_one_line_error()
        assert "made by a newer Dialogos (schema 99" in line and "update Dialogos" in line
    assert plan_path.read_bytes() == before


@pytest.fixture
def read_only(plan_path: Path, with_post: dict[str, Any]) -> Iterator[Path]:
    plan_path.chmod(0o444)
    yield plan_path
    plan_path.chmod(0o644)


def test_a_read_only_file_can_be_read_but_not_written(cli: Run, read_only: Path, with_post: dict[str, Any]) -> None:
    before = read_only.read_bytes()

    listed = cli("post", "list", "--format", "json")
    info = cli("db", "info", "--format", "json")
    added = cli(*ADD)
    removed = cli("post", "rm", with_post["id"])

    assert listed.code == 0 and [p["id"] for p in listed.json] == [with_post["id"]]
    assert info.code == 0 and info.json["read_only"] is True
    for refused in (added, removed):
        assert refused.code == 5
        assert refused.assert_one_line_error() == f"Error: {read_only} is read-only: nothing was saved."
    assert read_only.read_bytes() == before


def test_a_folder_or_a_missing_folder_is_a_usage_error(cli: Run, tmp_path: Path) -> None:
    folder = cli("post", "list", db=tmp_path)
    missing = cli(*ADD, db=tmp_path / "nowhere" / "plan.sqlite")

    assert folder.code == 2
    assert folder.assert_one_line_error() == f"Error: {tmp_path} is a folder, not a database file."
    assert missing.code == 2
    assert "the folder" in missing.assert_one_line_error()
    assert not (tmp_path / "nowhere").exists()


def test_db_info_on_a_missing_file_creates_nothing(cli: Run, tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite"

    result = cli("db", "info", db=missing)

    assert result.code == 5
    assert result.assert_one_line_error() == f"Error: There is no database at {missing}."
    assert not missing.exists()


# -- db info, check, backup ------------------------------------------------------------------


def test_db_check_passes_on_a_sound_file(cli: Run, with_post: dict[str, Any]) -> None:
    result = cli("db", "check")

    assert result.code == 0, result.err
    assert result.out == "The database is sound.\n"


def test_db_info_shows_the_planning_zone_and_contents(cli: Run, plan_path: Path, add_post: AddPost) -> None:
    add_post("Dated", "--at", "2026-06-01 10:00")
    add_post("An idea")

    text = cli("db", "info")
    data = cli("db", "info", "--format", "json")

    assert text.code == 0 and data.code == 0
    assert any(line.split() == ["Planning", "zone", "Europe/Paris"] for line in text.out.splitlines())
    assert "posts: 2, ideas among them: 1" in text.out
    info = data.json
    assert info["path"] == str(plan_path)
    assert info["planning_zone"] == "Europe/Paris"
    assert info["read_only"] is False
    assert info["counts"]["platforms"] == 3 and info["counts"]["posts"] == 2 and info["counts"]["ideas"] == 1
    assert isinstance(info["revision"], int) and isinstance(info["schema_version"], int)


def test_db_backup_writes_a_copy_that_opens_and_never_overwrites(
    cli: Run, plan_path: Path, tmp_path: Path, with_post: dict[str, Any]
) -> None:
    copy = tmp_path / "copy.sqlite"

    made = cli("db", "backup", copy)

    assert made.code == 0, made.err
    assert made.out == f"Backup written to {copy}.\n"
    original = cli("post", "list", "--format", "json").json
    assert cli("post", "list", "--format", "json", db=copy).json == original
    assert cli("db", "check", db=copy).code == 0
    with Planner.open(copy, create=False) as opened:
        assert opened.planning_zone == "Europe/Paris"

    cli(*ADD)  # the original moves on; the copy must not be replaced
    before = copy.read_bytes()
    again = cli("db", "backup", copy)
    assert again.code == 2
    assert again.assert_one_line_error() == (
        f"Error: {copy} already exists: Dialogos never overwrites a file with a backup."
    )
    assert copy.read_bytes() == before


# -- which file: --db, $DIALOGOS_DB, the data folder -----------------------------------------


def test_dialogos_db_is_used_when_db_is_not_given(cli: Run, plan_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIALOGOS_DB", str(plan_path))

    added = cli(*ADD, "--format", "json", db=None)

    assert added.code == 0, added.err
    assert [p["uid"] for p in cli("post", "list", "--format", "json").json] == [added.json["uid"]]


def test_db_wins_over_dialogos_db(cli: Run, plan_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "other.sqlite"
    Planner.open(other, planning_zone="Europe/Paris").close()
    monkeypatch.setenv("DIALOGOS_DB", str(other))

    assert cli(*ADD).code == 0

    assert len(cli("post", "list", "--format", "json").json) == 1
    assert cli("post", "list", "--format", "json", db=other).json == []


def test_the_default_file_is_created_in_the_data_folder_on_first_use(cli: Run, tmp_path: Path) -> None:
    data_home = tmp_path / "home" / ".local" / "share"  # $XDG_DATA_HOME, set by the fixture
    expected = data_home / "Dialogos" / "dialogos.sqlite"
    assert not expected.exists()

    added = cli("platform", "add", "Mastodon", "--kind", "mastodon", db=None)
    info = cli("db", "info", "--format", "json", db=None)

    assert added.code == 0, added.err
    assert expected.is_file()
    assert info.json["path"] == str(expected)
    assert info.json["counts"]["platforms"] == 1


def test_reading_a_mistyped_file_is_an_error_not_a_new_empty_plan(cli: Run, tmp_path: Path) -> None:
    missing = tmp_path / "plann.sqlite"
    result = cli("post", "list", db=missing)
    assert result.code == 5
    assert str(missing) in result.assert_one_line_error()
    assert not missing.exists()


def test_a_failing_first_command_leaves_no_new_file_behind(cli: Run, tmp_path: Path) -> None:
    fresh = tmp_path / "new.sqlite"
    result = cli("post", "add", "--platform", "Nope", "--title", "Hello", "--at", "2026-06-01 10:00", db=fresh)
    assert result.code == 2
    assert "Nope" in result.assert_one_line_error()
    assert not fresh.exists()
    assert not fresh.with_name("new.sqlite-journal").exists()


def test_a_writing_command_creates_a_named_file(cli: Run, tmp_path: Path) -> None:
    fresh = tmp_path / "new.sqlite"
    assert cli("platform", "add", "Bluesky", "--kind", "bluesky", db=fresh).code == 0
    assert cli("platform", "list", "--format", "json", db=fresh).json[0]["text_limit"] == 300


def test_global_options_work_before_the_command_too(cli: Run, plan_path: Path) -> None:
    result = run_cli(["--db", str(plan_path), "--lang", "fr", "platform", "list", "--format", "json"], None)
    assert result.code == 0, result.err
    assert [p["name"] for p in result.json] == ["Instagram", "LinkedIn", "X"]
    assert run_cli(["--db", str(plan_path), "--lang", "fr", "post", "show", "99"], None).err.startswith("Erreur")
