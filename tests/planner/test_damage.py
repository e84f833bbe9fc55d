"""A damaged file: said in one line, nothing opened for writing, nothing made
worse (byte for byte), the newest sound backup offered."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from planner import Planner, PostFields
from planner.errors import DatabaseError
from planner.storage.backup import backup_folder
from planner.storage.connection import DamagedError, ForeignJournalError
from tests.conftest import NOW
from tests.planner.test_backups import MovingClock, flip_bytes_in_a_table_page, new_plan, titles


def everything(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes: what "nothing made worse" compares."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def plan(db_path: Path) -> Path:
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
    plan: Path, damage: Callable[[Path], None], words: str
) -> None:
    backup = sound_backup(plan)
    a_newer_damaged_backup(plan)
    damage(plan)
    before = everything(plan.parent)

    with pytest.raises(DamagedError) as caught:
        Planner.open(plan)

    message = caught.value.message
    assert caught.value.exit_code == 5 and caught.value.key == "error.db_damaged"
    assert "\n" not in message and str(plan) in message and words in message
    assert caught.value.backup is not None and caught.value.backup.path == backup
    assert f"dialogos db restore {backup} --db {plan}" in message
    assert "2026-06-11" in message  # when it was saved, in the plan's zone
    assert everything(plan.parent) == before


def test_flipped_bytes_inside_a_table_are_found_by_the_check(plan: Path) -> None:
    flip_bytes_in_a_table_page(plan)
    before = everything(plan.parent)

    with Planner.open(plan) as planner:
        problems = planner.check()

    assert problems and "integrity" in problems[0]
    assert all("\n" not in p for p in problems)
    assert everything(plan.parent) == before


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


# -- journals ------------------------------------------------------------------------


def crash_mid_transaction(path: Path, sql: str) -> None:
    """A writer killed halfway through a transaction: its journal stays, hot."""
    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 1')\n"  # spill changed pages into the file before the commit
        "c.execute('BEGIN IMMEDIATE')\n"
        f"c.execute({sql!r})\n"
        "os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=False, timeout=60)
    assert path.with_name(path.name + "-journal").exists()


def test_a_journal_left_by_a_crashed_writer_is_rolled_back(plan: Path) -> None:
    before = titles(plan)
    crash_mid_transaction(plan, "UPDATE post SET title = 'half-written', body = hex(randomblob(300))")

    with Planner.open(plan) as planner:
        assert sorted(p.title for p in planner.list_posts()) == before
        assert planner.check() == []
        planner.create_post(PostFields(platform="Instagram", title="Work goes on"))

    assert not plan.with_name(plan.name + "-journal").exists()


def test_a_journal_from_another_file_is_refused_and_nothing_is_written(plan: Path, tmp_path: Path) -> None:
    other = tmp_path / "other" / "other.sqlite"
    other.parent.mkdir()
    new_plan(other, MovingClock(NOW), posts=80)
    crash_mid_transaction(other, "UPDATE post SET title = 'from elsewhere', body = hex(randomblob(300))")
    journal = plan.with_name(plan.name + "-journal")
    shutil.copyfile(other.with_name(other.name + "-journal"), journal)
    before = everything(plan.parent)

    with pytest.raises(ForeignJournalError) as caught:
        Planner.open(plan)

    assert caught.value.exit_code == 5
    assert "\n" not in caught.value.message and str(journal) in caught.value.message
    assert everything(plan.parent) == before
    os.replace(journal, tmp_path / "set-aside-journal")  # what the message asks for
    assert len(titles(plan)) == 60


def test_a_journal_of_an_older_state_of_the_same_file_is_refused_too(plan: Path, tmp_path: Path) -> None:
    earlier = tmp_path / "earlier.sqlite"
    shutil.copyfile(plan, earlier)
    crash_mid_transaction(earlier, "UPDATE post SET title = 'old state', body = hex(randomblob(300))")
    with Planner.open(plan) as planner:  # the real file moves on
        planner.create_post(PostFields(platform="Instagram", title="Newer"))
        # (A journal from just one commit back cannot be told from a crash during
        # that commit's last step, when SQLite must roll it back: that case is SQLite's.)
        planner.create_post(PostFields(platform="Instagram", title="Newer still"))
    shutil.copyfile(earlier.with_name(earlier.name + "-journal"), plan.with_name(plan.name + "-journal"))

    with pytest.raises(ForeignJournalError):
        Planner.open(plan)


def test_a_stray_journal_is_reported_on_a_read_only_file_too(plan: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    new_plan(other, MovingClock(NOW), posts=80)
    crash_mid_transaction(other, "UPDATE post SET title = 'x', body = hex(randomblob(300))")
    shutil.copyfile(other.with_name(other.name + "-journal"), plan.with_name(plan.name + "-journal"))
    plan.chmod(0o444)
    try:
        with pytest.raises(ForeignJournalError):
            Planner.open(plan)
    finally:
        plan.chmod(0o644)


def test_damage_met_while_reading_is_said_with_the_backup_too(plan: Path) -> None:
    raw = sqlite3.connect(plan)
    root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'post'").fetchone()[0]
    size = raw.execute("PRAGMA page_size").fetchone()[0]
    raw.close()
    with plan.open("r+b") as handle:  # the posts table's first page no longer says what it is
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * 8)
    before = everything(plan.parent)

    with Planner.open(plan) as planner, pytest.raises(DamagedError) as caught:
        planner.list_posts()

    assert caught.value.exit_code == 5 and "\n" not in caught.value.message
    assert caught.value.backup is not None and caught.value.backup.path == sound_backup(plan)
    assert everything(plan.parent) == before


def test_the_own_checks_catch_a_revision_behind_the_audit_log(plan: Path) -> None:
    raw = sqlite3.connect(plan)
    raw.execute('UPDATE "meta" SET "revision" = 0')
    raw.commit()
    raw.close()

    with Planner.open(plan) as planner:
        problems = planner.check()

    assert any("revision (0) is behind its audit log" in p for p in problems)


WRITER = """
import sys
from planner import Planner, PostFields
with Planner.open(sys.argv[1]) as planner:
    for number in range(100_000):
        with planner.batch():
            for part in range(1 + number % 7):
                fields = PostFields(platform="Instagram", title=f"{number}-{part}", body="x" * (number % 3000))
                planner.create_post(fields)
        print(number, flush=True)
"""


@pytest.mark.parametrize("pause", [0.0, 0.05, 0.15])
def test_a_writer_killed_mid_commit_leaves_a_journal_that_is_rolled_back_not_refused(plan: Path, pause: float) -> None:
    """The journal check never takes a real crash journal for a foreign one."""
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(plan)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parent.parent.parent,
    )
    assert writer.stdout is not None
    acknowledged = {int(writer.stdout.readline())}  # it is committing now
    time.sleep(pause)  # how far it gets does not matter: only that it dies mid-stream
    writer.kill()
    writer.wait()
    acknowledged |= {int(line) for line in writer.stdout.read().split()}

    with Planner.open(plan) as planner:
        assert planner.check() == []
        titles = [post.title for post in planner.list_posts()]
    batches = Counter(int(title.split("-")[0]) for title in titles if re.fullmatch(r"\d+-\d+", title))
    assert len(titles) - sum(batches.values()) == 60  # the plan's own posts, all there
    assert acknowledged <= set(batches)  # every batch the writer saw committed is there...
    assert all(count == 1 + number % 7 for number, count in batches.items())  # ...and none is half-written
