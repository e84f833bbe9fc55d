"""The Dialogos file: what is refused untouched, how a new file is set up,
migrations and backups."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import peewee as pw
import pytest

from planner import DatabaseError, Planner, PostFields, ValidationError
from planner import session as session_module
from planner.session import Clock
from planner.storage import migrations
from planner.storage.connection import DatabasePathError, connect
from planner.timezones import localize


def make_dialogos_file(path: Path, clock: Clock) -> Path:
    """A real Dialogos file with one platform and one post, closed."""
    with Planner.open(path, planning_zone="Europe/Paris", clock=clock, user="camille") as planner:
        planner.add_platform("Instagram", "instagram")
        start = localize(datetime(2026, 6, 15, 9, 30), "Europe/Paris")
        planner.create_post(PostFields(platform="Instagram", title="Weekly tip", start=start))
    return path


def pragma(path: Path, name: str) -> object:
    raw = sqlite3.connect(path)
    try:
        return raw.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        raw.close()


def columns(path: Path, table: str) -> set[str]:
    raw = sqlite3.connect(path)
    try:
        return {row[1] for row in raw.execute(f'PRAGMA table_info("{table}")')}
    finally:
        raw.close()


# -- files that are refused ----------------------------------------------------


def text_file(path: Path, clock: Clock) -> None:
    path.write_text("Shopping list\nmilk\ncoffee\n", encoding="utf-8")


def other_application(path: Path, clock: Clock) -> None:
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
    raw.execute("INSERT INTO note (text) VALUES ('not a plan')")
    raw.commit()
    raw.close()


def newer_dialogos(path: Path, clock: Clock) -> None:
    make_dialogos_file(path, clock)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 99")
    raw.close()


def damaged(path: Path, clock: Clock) -> None:
    make_dialogos_file(path, clock)
    content = path.read_bytes()
    path.write_bytes(content[:100] + b"\xff" * (len(content) - 100))


@pytest.mark.parametrize(
    ("make", "key", "words"),
    [
        (text_file, "error.db_not_dialogos", "is not a Dialogos database"),
        (other_application, "error.db_not_dialogos", "is not a Dialogos database"),
        (newer_dialogos, "error.db_newer", "newer Dialogos (schema 99"),
        (damaged, "error.db_damaged", "is damaged"),
    ],
)
def test_a_file_that_is_not_usable_is_refused_byte_for_byte_untouched(
    db_path: Path, clock: Clock, make: Callable[[Path, Clock], None], key: str, words: str
) -> None:
    make(db_path, clock)
    before = db_path.read_bytes()
    neighbours = sorted(db_path.parent.iterdir())

    with pytest.raises(DatabaseError) as caught:
        Planner.open(db_path, planning_zone="Europe/Paris", clock=clock, user="camille")

    assert (caught.value.key, caught.value.exit_code) == (key, 5)
    assert words in caught.value.message and str(db_path) in caught.value.message
    assert db_path.read_bytes() == before
    assert sorted(db_path.parent.iterdir()) == neighbours  # no journal, no backup left behind


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabasePathError) as caught:
        Planner.open(tmp_path, planning_zone="Europe/Paris")

    assert (caught.value.key, caught.value.exit_code) == ("error.db_is_directory", 2)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(DatabasePathError) as caught:
        Planner.open(tmp_path / "nowhere" / "plan.sqlite", planning_zone="Europe/Paris")

    assert caught.value.exit_code == 2
    assert "the folder" in caught.value.message and "does not exist" in caught.value.message
    assert not (tmp_path / "nowhere").exists()


def test_opening_without_create_does_not_make_a_file(db_path: Path) -> None:
    with pytest.raises(DatabaseError) as caught:
        Planner.open(db_path, create=False)

    assert (caught.value.key, caught.value.exit_code) == ("error.db_not_found", 5)
    assert not db_path.exists()


def test_an_unknown_planning_zone_leaves_no_file_behind(db_path: Path) -> None:
    with pytest.raises(ValidationError, match="Unknown time zone “Mars/Olympus”"):
        Planner.open(db_path, planning_zone="Mars/Olympus")

    assert not db_path.exists()


@pytest.fixture
def read_only_file(db_path: Path, clock: Clock) -> Iterator[Path]:
    make_dialogos_file(db_path, clock)
    db_path.chmod(0o444)
    yield db_path
    db_path.chmod(0o644)


def test_a_read_only_file_can_be_read_but_not_written(read_only_file: Path, clock: Clock) -> None:
    before = read_only_file.read_bytes()

    with Planner.open(read_only_file, clock=clock, user="camille") as planner:
        assert [p.title for p in planner.list_posts()] == ["Weekly tip"]
        assert planner.info().read_only
        with pytest.raises(DatabaseError) as caught:
            planner.add_platform("X", "x")
        post = planner.list_posts()[0]
        with pytest.raises(DatabaseError):
            planner.delete_post(post.id)

    assert (caught.value.key, caught.value.exit_code) == ("error.db_read_only", 5)
    assert "is read-only: nothing was saved" in caught.value.message
    assert read_only_file.read_bytes() == before


# -- a new file ----------------------------------------------------------------


def test_a_new_file_is_marked_as_ours_and_opened_safely(planner: Planner, db_path: Path, clock: Clock) -> None:
    info = planner.info()

    assert info.journal_mode == "delete"  # WAL needs shared memory, which network shares lack
    assert (info.planning_zone, info.created_at, info.revision) == ("Europe/Paris", clock(), planner.revision())
    assert info.counts["platforms"] == 3 and info.counts["posts"] == 0
    assert "Question" in [c.name for c in planner.categories()]  # default categories, in English
    assert pragma(db_path, "application_id") == migrations.APPLICATION_ID
    assert pragma(db_path, "user_version") == migrations.SCHEMA_VERSION
    database = connect(db_path, read_only=False)
    try:
        assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        database.close()


def test_a_new_file_without_a_planning_zone_takes_the_machine_zone(db_path: Path) -> None:
    with Planner.open(db_path) as planner:  # TZ is Pacific/Chatham in every test
        assert planner.planning_zone == "Pacific/Chatham"


def test_a_sound_file_passes_the_check_and_a_damaged_zone_is_reported(planner: Planner, db_path: Path) -> None:
    assert planner.check() == []

    planner.create_post(PostFields(platform="X", title="Tip", start=localize(datetime(2026, 6, 15, 9), "UTC")))
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE post SET timezone = 'Mars/Olympus'")
    raw.commit()
    raw.close()

    [problem] = planner.check()
    assert "unknown time zone “Mars/Olympus”" in problem


def test_a_reopened_file_has_everything_saved(db_path: Path, clock: Clock) -> None:
    make_dialogos_file(db_path, clock)

    with Planner.open(db_path, create=False) as planner:
        [post] = planner.list_posts()
        assert (post.platform, post.title, post.created_by, post.created_at) == (
            "Instagram",
            "Weekly tip",
            "camille",
            clock(),
        )


# -- migrations ----------------------------------------------------------------


@dataclass
class OlderFile:
    path: Path
    backups_seen: list[list[Path]]
    """The backups beside the file when the first migration step ran."""


@pytest.fixture
def older_file(db_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> OlderFile:
    """A file of today's schema, opened by a Dialogos that knows two more steps."""
    make_dialogos_file(db_path, clock)
    current = migrations.SCHEMA_VERSION
    backups_seen: list[list[Path]] = []

    def add_reply_minutes(db: pw.SqliteDatabase) -> None:
        backups_seen.append(sorted(db_path.parent.glob("*.backup-*")))
        db.execute_sql("ALTER TABLE post ADD COLUMN reply_minutes INTEGER NOT NULL DEFAULT 0")

    def add_reply_slots(db: pw.SqliteDatabase) -> None:
        db.execute_sql("CREATE TABLE reply_slot (id INTEGER PRIMARY KEY, post_id INTEGER REFERENCES post (id))")

    newer = current + 2
    monkeypatch.setattr(migrations, "MIGRATIONS", {current + 1: add_reply_minutes, current + 2: add_reply_slots})
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", newer)
    monkeypatch.setattr(session_module, "SCHEMA_VERSION", newer)
    monkeypatch.setattr(session_module, "migrate", functools.partial(migrations.migrate, target=newer))
    return OlderFile(db_path, backups_seen)


def test_an_older_file_is_backed_up_then_migrated(older_file: OlderFile, clock: Clock) -> None:
    path = older_file.path
    old_version = pragma(path, "user_version")

    with Planner.open(path, clock=clock, user="camille") as planner:
        assert [p.title for p in planner.list_posts()] == ["Weekly tip"]
        backup = planner.backup_made

    assert backup is not None and backup.parent == path.parent
    assert older_file.backups_seen == [[backup]]  # the copy existed before the first step ran
    assert pragma(backup, "user_version") == old_version
    assert "reply_minutes" not in columns(backup, "post")
    assert pragma(path, "user_version") == migrations.SCHEMA_VERSION
    assert "reply_minutes" in columns(path, "post") and columns(path, "reply_slot")


def test_a_failing_migration_step_leaves_the_file_as_it_was(
    older_file: OlderFile, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = older_file.path

    def broken_step(db: pw.SqliteDatabase) -> None:
        db.execute_sql("INSERT INTO reply_slot (post_id) VALUES (1)")  # no such table

    monkeypatch.setitem(migrations.MIGRATIONS, migrations.SCHEMA_VERSION, broken_step)
    before = path.read_bytes()

    with pytest.raises(DatabaseError) as caught:
        Planner.open(path, clock=clock, user="camille")

    assert caught.value.exit_code == 5
    # The first step's new column went with the second step's failure.
    assert path.read_bytes() == before
    assert "reply_minutes" not in columns(path, "post")


def test_a_read_only_older_file_is_refused_without_a_backup(older_file: OlderFile, clock: Clock) -> None:
    path = older_file.path
    path.chmod(0o444)
    before = sorted(path.parent.iterdir())
    try:
        with pytest.raises(DatabaseError) as caught:
            Planner.open(path, clock=clock)
    finally:
        path.chmod(0o644)

    assert (caught.value.key, caught.value.exit_code) == ("error.db_needs_migration_read_only", 5)
    assert sorted(path.parent.iterdir()) == before


# -- backups -------------------------------------------------------------------


def test_a_backup_is_a_readable_copy(db_path: Path, clock: Clock, tmp_path: Path) -> None:
    make_dialogos_file(db_path, clock)
    copies = tmp_path / "copies"
    copies.mkdir()

    with Planner.open(db_path, clock=clock) as planner:
        named = planner.backup(copies / "monday.sqlite")
        beside = planner.backup()
        into_folder = planner.backup(copies)

    assert named == copies / "monday.sqlite"
    assert beside.parent == db_path.parent and beside != db_path
    assert into_folder.parent == copies
    for copy in (named, beside, into_folder):
        with Planner.open(copy, create=False) as restored:
            assert [p.title for p in restored.list_posts()] == ["Weekly tip"]
    assert not list(tmp_path.rglob("*.partial"))


def test_a_backup_never_overwrites_a_file(planner: Planner, tmp_path: Path) -> None:
    existing = tmp_path / "precious.txt"
    existing.write_text("keep me", encoding="utf-8")

    with pytest.raises(ValidationError) as caught:
        planner.backup(existing)
    with pytest.raises(ValidationError, match="does not exist"):
        planner.backup(tmp_path / "nowhere" / "copy.sqlite")

    assert (caught.value.key, caught.value.exit_code) == ("error.backup_exists", 2)
    assert existing.read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "nowhere").exists()
