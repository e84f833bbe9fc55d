"""A damaged file: said in one line, nothing opened for writing, nothing made
worse (byte for byte), the newest sound backup offered."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from planner import Planner
from planner.errors import DatabaseError
from planner.storage.backup import backup_folder
from planner.storage.connection import DamagedError
from tests.helpers.backups import MovingClock, flip_bytes_in_a_table_page, new_plan, titles
from tests.helpers.fixed import NOW


def everything(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes: what "nothing made worse" compares."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def plan_path(db_path: Path) -> Path:
    """A plan with one post, backed up automatically the day after it was made."""
    moving = MovingClock(NOW)
    new_plan(db_path, moving, posts=60)
    moving.moment += timedelta(days=1)
    with Planner.open(db_path, clock=moving) as planner:
        assert planner.auto_backup().path is not None
    return db_path


def sound_backup(path: Path) -> Path:
    (found,) = backup_folder(path).glob("*.sqlite")
    return found


def a_newer_damaged_backup(path: Path) -> Path:
    """A later automatic backup that is itself damaged: the offer must skip it."""
    newer = backup_folder(path) / "plan.auto-20260620T080000Z-abcdef.sqlite"
    shutil.copyfile(sound_backup(path), newer)
    flip_bytes_in_a_table_page(newer)
    return newer


# -- the kinds of damage -------------------------------------------------------------


def truncated(path: Path) -> None:
    content = path.read_bytes()
    path.write_bytes(content[: len(content) // 2])


def cut_inside_the_header(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:60])


def emptied(path: Path) -> None:
    path.write_bytes(b"")


def schema_page_overwritten(path: Path) -> None:
    """Flipped bytes in the first page, just past the file header: the schema cannot be read."""
    with path.open("r+b") as handle:
        handle.seek(100)
        handle.write(b"\xa5" * 12)


def page_size_field_broken(path: Path) -> None:
    """Our header, but a page size SQLite refuses: "file is not a database"."""
    with path.open("r+b") as handle:
        handle.seek(16)
        handle.write(b"\x00\x03")


def header_overwritten(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.write(b"\x00" * 16)


def emptied_beside_a_journal(path: Path) -> None:
    path.with_name(path.name + "-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\x00" * 500)
    path.write_bytes(b"")


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (truncated, "cut short"),
        (cut_inside_the_header, "cut short"),
        (emptied, "empty although backups of it exist"),
        (schema_page_overwritten, "malformed"),
        (page_size_field_broken, "no longer reads it as a database"),
        (header_overwritten, "no longer looks like a Dialogos database"),
        (emptied_beside_a_journal, "empty but a journal"),
    ],
)
def test_a_damaged_file_is_said_in_one_line_untouched_with_the_newest_sound_backup(
    plan_path: Path, damage: Callable[[Path], None], words: str
) -> None:
    backup = sound_backup(plan_path)
    a_newer_damaged_backup(plan_path)
    damage(plan_path)
    before = everything(plan_path.parent)

    with pytest.raises(DamagedError) as caught:
        Planner.open(plan_path)

    message = caught.value.message
    assert caught.value.exit_code == 5 and caught.value.key == "error.db_damaged"
    assert "\n" not in message and str(plan_path) in message and words in message
    assert caught.value.backup is not None and caught.value.backup.path == backup
    assert f"dialogos db restore {backup} --db {plan_path}" in message
    assert "2026-06-11" in message  # when it was saved, in the plan's zone
    assert everything(plan_path.parent) == before


def test_flipped_bytes_inside_a_table_are_found_by_the_check(plan_path: Path) -> None:
    flip_bytes_in_a_table_page(plan_path)
    before = everything(plan_path.parent)

    with Planner.open(plan_path) as planner:
        problems = planner.check()

    assert problems and "integrity" in problems[0]
    assert all("\n" not in p for p in problems)
    assert everything(plan_path.parent) == before


def test_without_any_sound_backup_the_message_says_so(db_path: Path) -> None:
    new_plan(db_path, MovingClock(NOW))
    truncated(db_path)

    with pytest.raises(DamagedError) as caught:
        Planner.open(db_path)

    assert caught.value.backup is None
    assert "no sound backup" in caught.value.message


def test_a_new_empty_file_is_a_new_plan_when_nothing_says_it_held_one(db_path: Path) -> None:
    db_path.write_bytes(b"")  # touch plan.sqlite

    with Planner.open(db_path, planning_zone="Europe/Paris") as planner:
        planner.add_platform("Instagram", "instagram")

    assert titles(db_path) == []


def test_a_header_that_is_not_ours_without_backups_is_simply_not_a_dialogos_file(db_path: Path) -> None:
    new_plan(db_path, MovingClock(NOW))
    header_overwritten(db_path)

    with pytest.raises(DatabaseError) as caught:
        Planner.open(db_path)

    assert not isinstance(caught.value, DamagedError)
    assert caught.value.key == "error.db_not_dialogos"


def test_a_chosen_backup_folder_is_where_the_offer_comes_from(db_path: Path, tmp_path: Path) -> None:
    moving = MovingClock(NOW)
    new_plan(db_path, moving)
    moving.moment += timedelta(days=1)
    chosen = tmp_path / "elsewhere"
    with Planner.open(db_path, clock=moving, backup_folder=chosen) as planner:
        made = planner.auto_backup().path
    emptied(db_path)

    with pytest.raises(DamagedError) as caught:
        Planner.open(db_path, backup_folder=chosen)

    assert made is not None and caught.value.backup is not None and caught.value.backup.path == made


# -- damage met later, and the own checks ----------------------------------------------


def test_damage_met_while_reading_is_said_with_the_backup_too(plan_path: Path) -> None:
    raw = sqlite3.connect(plan_path)
    root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'post'").fetchone()[0]
    size = raw.execute("PRAGMA page_size").fetchone()[0]
    raw.close()
    with plan_path.open("r+b") as handle:  # the posts table's first page no longer says what it is
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * 8)
    before = everything(plan_path.parent)

    with Planner.open(plan_path) as planner, pytest.raises(DamagedError) as caught:
        planner.list_posts()

    assert caught.value.exit_code == 5 and "\n" not in caught.value.message
    assert caught.value.backup is not None and caught.value.backup.path == sound_backup(plan_path)
    assert everything(plan_path.parent) == before


def test_the_own_checks_catch_a_revision_behind_the_audit_log(plan_path: Path) -> None:
    raw = sqlite3.connect(plan_path)
    raw.execute('UPDATE "meta" SET "revision" = 0')
    raw.commit()
    raw.close()

    with Planner.open(plan_path) as planner:
        problems = planner.check()

    assert any("revision (0) is behind its audit log" in p for p in problems)
