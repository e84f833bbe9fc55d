"""Rolling automatic backups and restore: one a day, the last 7 days and 4
weeks kept, manual ones never deleted; a restore that colleagues' open
connections notice."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner import DatabaseError, Planner, PostFields, ValidationError
from planner.model import Entity
from planner.sharing.backups import KEEP_DAILY, KEEP_WEEKLY, restore, to_keep
from planner.storage.backup import BackupFile, automatic_backups, backup_folder, examine
from planner.storage.connection import DamagedError
from planner.storage.migrations import SCHEMA_VERSION
from tests.helpers.backups import PARIS, MovingClock, flip_bytes_in_a_table_page, new_plan, titles
from tests.helpers.fixed import NOW
from tests.helpers.paths import FIXTURES


@pytest.fixture
def moving() -> MovingClock:
    return MovingClock(NOW)


def auto_names(path: Path) -> list[str]:
    return sorted(b.path.name for b in automatic_backups(path, backup_folder(path)))


# -- automatic backups ------------------------------------------------------------------


def test_one_automatic_backup_a_day_beside_the_file(db_path: Path, moving: MovingClock) -> None:
    new_plan(db_path, moving)

    with Planner.open(db_path, clock=moving) as planner:
        first = planner.auto_backup()
        again = planner.auto_backup()
        moving.moment += timedelta(days=1)
        next_day = planner.auto_backup()

    assert first.path is not None and first.problem is None
    assert first.path.parent == db_path.parent / "plan.sqlite.backups"
    assert again.path is None and again.problem is None  # one a day, however often it is asked
    assert next_day.path is not None and next_day.path != first.path
    assert titles(first.path) == ["Post 1"]
    assert len(auto_names(db_path)) == 2


def test_a_plan_made_today_is_not_backed_up_today(db_path: Path, moving: MovingClock) -> None:
    with Planner.open(db_path, planning_zone=PARIS, clock=moving) as planner:
        assert planner.auto_backup().path is None

    assert not (db_path.parent / "plan.sqlite.backups").exists()


def test_another_process_opening_the_file_the_same_day_takes_no_second_backup(
    db_path: Path, moving: MovingClock
) -> None:
    new_plan(db_path, moving)
    with Planner.open(db_path, clock=moving) as morning:
        assert morning.auto_backup().path is not None
    moving.moment += timedelta(hours=6)

    with Planner.open(db_path, clock=moving) as afternoon:
        assert afternoon.auto_backup().path is None

    assert len(auto_names(db_path)) == 1


def test_the_day_is_the_plans_day_in_its_own_zone(db_path: Path, moving: MovingClock) -> None:
    new_plan(db_path, moving)
    moving.moment = datetime(2026, 6, 11, 21, 30, tzinfo=UTC)  # 23:30 in Paris, 11 June
    with Planner.open(db_path, clock=moving) as planner:
        late = planner.auto_backup()
    moving.moment = datetime(2026, 6, 11, 22, 30, tzinfo=UTC)  # 00:30 in Paris, 12 June; still the 11th in UTC

    with Planner.open(db_path, clock=moving) as planner:
        after_midnight = planner.auto_backup()

    assert late.path is not None and after_midnight.path is not None


def test_the_last_seven_days_and_four_weeks_are_kept_and_manual_backups_never_go(
    db_path: Path, moving: MovingClock
) -> None:
    new_plan(db_path, moving)
    with Planner.open(db_path, clock=moving) as planner:
        manual = planner.backup()
    for _day in range(60):
        moving.moment += timedelta(days=1)
        with Planner.open(db_path, clock=moving) as planner:
            planner.auto_backup()

    kept = automatic_backups(db_path, backup_folder(db_path))
    days = sorted({b.saved_at.date() for b in kept}, reverse=True)
    last = NOW.date() + timedelta(days=60)
    assert days[:KEEP_DAILY] == [last - timedelta(days=n) for n in range(KEEP_DAILY)]
    weeks = {b.saved_at.date().isocalendar()[:2] for b in kept}
    assert len(weeks) == KEEP_WEEKLY
    assert len(kept) <= KEEP_DAILY + KEEP_WEEKLY
    assert manual.exists()


def test_a_backup_folder_that_cannot_be_written_is_skipped_with_a_reason(db_path: Path, moving: MovingClock) -> None:
    new_plan(db_path, moving)
    (db_path.parent / "plan.sqlite.backups").write_text("not a folder", encoding="utf-8")
    before = db_path.read_bytes()

    with Planner.open(db_path, clock=moving) as planner:
        made = planner.auto_backup()
        planner.create_post(PostFields(platform="Instagram", title="Still saved"))

    assert made.path is None
    assert made.problem is not None and "plan.sqlite.backups" in made.problem and "\n" not in made.problem
    assert db_path.read_bytes() != before  # the work went on
    assert "Still saved" in titles(db_path)


def test_a_read_only_file_is_not_backed_up(db_path: Path, moving: MovingClock) -> None:
    new_plan(db_path, moving)
    db_path.chmod(0o444)
    try:
        with Planner.open(db_path, clock=moving) as planner:
            made = planner.auto_backup()
    finally:
        db_path.chmod(0o644)

    assert (made.path, made.problem) == (None, None)


def test_a_chosen_folder_keeps_each_plan_apart(tmp_path: Path, moving: MovingClock) -> None:
    chosen = tmp_path / "my backups"
    (tmp_path / "team").mkdir()
    (tmp_path / "mine").mkdir()
    team = new_plan(tmp_path / "team" / "plan.sqlite", moving)
    mine = new_plan(tmp_path / "mine" / "plan.sqlite", moving)
    moving.moment += timedelta(days=1)

    for path in (team, mine):
        with Planner.open(path, clock=moving, backup_folder=chosen) as planner:
            assert planner.auto_backup().path is not None

    folders = sorted(p.name for p in chosen.iterdir())
    assert len(folders) == 2 and all(name.startswith("plan.sqlite-") for name in folders)
    assert not (tmp_path / "team" / "plan.sqlite.backups").exists()


def test_the_environment_chooses_the_folder_when_the_app_does_not(
    db_path: Path, moving: MovingClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_plan(db_path, moving)
    monkeypatch.setenv("DIALOGOS_BACKUPS", str(tmp_path / "elsewhere"))

    with Planner.open(db_path, clock=moving) as planner:
        made = planner.auto_backup()

    assert made.path is not None and (tmp_path / "elsewhere") in made.path.parents


def test_two_people_backing_up_at_once_end_with_one_sound_backup(db_path: Path, moving: MovingClock) -> None:
    new_plan(db_path, moving)
    sessions = [Planner.open(db_path, clock=moving, user=name) for name in ("camille", "sam")]
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def back_up(planner: Planner) -> None:
        start.wait()
        try:
            planner.auto_backup()
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=back_up, args=(s,)) for s in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for session in sessions:
        session.close()
    moving.moment += timedelta(days=1)
    with Planner.open(db_path, clock=moving) as planner:
        planner.auto_backup()  # the next rotation keeps one a day

    assert errors == []
    kept = automatic_backups(db_path, backup_folder(db_path))
    assert len(kept) == 2  # yesterday's (one of the two) and today's
    assert all(not examine(b.path).problems for b in kept)
    assert not list(backup_folder(db_path).glob("*.partial"))


def test_a_damaged_file_is_reported_by_the_daily_backup_and_its_copy_is_not_kept(
    db_path: Path, moving: MovingClock
) -> None:
    new_plan(db_path, moving, posts=60)
    moving.moment += timedelta(days=1)
    with Planner.open(db_path, clock=moving) as planner:
        sound = planner.auto_backup().path
    flip_bytes_in_a_table_page(db_path)
    damaged = db_path.read_bytes()
    moving.moment += timedelta(days=1)

    with Planner.open(db_path, clock=moving) as planner, pytest.raises(DamagedError) as caught:
        planner.auto_backup()

    assert caught.value.exit_code == 5
    assert sound is not None and caught.value.backup is not None and caught.value.backup.path == sound
    assert str(sound) in caught.value.message and "dialogos db restore" in caught.value.message
    assert "\n" not in caught.value.message
    assert auto_names(db_path) == [sound.name]
    assert db_path.read_bytes() == damaged


@given(
    st.lists(
        st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 1, 1), timezones=st.just(UTC)),
        min_size=1,
        max_size=60,
        unique=True,
    )
)
def test_the_rotation_keeps_the_newest_of_each_recent_day_and_week(moments: list[datetime]) -> None:
    backups = [BackupFile(Path(f"b{n}.sqlite"), moment, True) for n, moment in enumerate(moments)]

    kept = to_keep(backups, PARIS)

    newest = max(backups, key=lambda b: b.saved_at)
    assert newest.path in kept
    assert len(kept) <= KEEP_DAILY + KEEP_WEEKLY

    def day(b: BackupFile) -> date:
        return b.saved_at.astimezone(ZoneInfo(PARIS)).date()

    days = sorted({day(b) for b in backups}, reverse=True)
    for recent in days[:KEEP_DAILY]:
        of_day = [b for b in backups if day(b) == recent]
        assert max(of_day, key=lambda b: b.saved_at).path in kept
    for b in backups:
        if b.path in kept:  # only the newest of a day is ever kept
            assert b.saved_at == max(o.saved_at for o in backups if day(o) == day(b))


# -- restore ----------------------------------------------------------------------------


def test_a_restore_puts_the_backup_back_and_keeps_what_it_replaced(db_path: Path, moving: MovingClock) -> None:
    new_plan(db_path, moving)
    with Planner.open(db_path, clock=moving) as planner:
        backup = planner.backup()
        planner.create_post(PostFields(platform="Instagram", title="After the backup"))

    restored = restore(db_path, backup, clock=moving, user="sam")

    assert titles(db_path) == ["Post 1"]
    assert restored.before is not None and titles(restored.before) == ["After the backup", "Post 1"]
    assert titles(backup) == ["Post 1"]  # the backup itself is untouched


def test_colleagues_open_connections_notice_a_restore_and_read_the_restored_plan(
    db_path: Path, moving: MovingClock
) -> None:
    new_plan(db_path, moving)
    with Planner.open(db_path, clock=moving) as planner:
        backup = planner.backup()
    colleague = Planner.open(db_path, clock=moving, user="sam")
    try:
        for number in range(5):
            colleague.create_post(PostFields(platform="Instagram", title=f"Sam {number}"))
        seen = colleague.revision()
        colleague.others_committed()

        restored = restore(db_path, backup, clock=moving, user="camille")

        assert colleague.others_committed() is True
        changes = colleague.changes_since(seen)
        assert [(c.entity, c.who) for c in changes] == [(Entity.DATABASE, "camille")]
        assert restored.revision == colleague.revision() and restored.revision > seen
        assert sorted(p.title for p in colleague.list_posts()) == ["Post 1"]
        colleague.create_post(PostFields(platform="Instagram", title="Sam again"))  # the file works on
    finally:
        colleague.close()
    assert titles(db_path) == ["Post 1", "Sam again"]


def test_a_restore_of_an_older_schema_brings_a_copy_up_to_date(db_path: Path, moving: MovingClock) -> None:
    new_plan(db_path, moving)
    old = db_path.parent / "old.sqlite"
    shutil.copyfile(FIXTURES / "schema-v1.sqlite", old)
    before = old.read_bytes()

    restored = restore(db_path, old, clock=moving)

    assert restored.migrated_from == 1
    assert old.read_bytes() == before
    with Planner.open(db_path, create=False) as planner:
        assert planner.info().schema_version == SCHEMA_VERSION
        assert len(planner.list_posts()) == 3


def test_a_restore_into_a_missing_file_makes_it(tmp_path: Path, db_path: Path, moving: MovingClock) -> None:
    new_plan(db_path, moving)
    target = tmp_path / "copy.sqlite"

    restored = restore(target, db_path, clock=moving)

    assert restored.before is None
    assert titles(target) == ["Post 1"]


def test_a_restore_replaces_a_file_too_damaged_to_open_and_keeps_its_bytes(db_path: Path, moving: MovingClock) -> None:
    new_plan(db_path, moving)
    backup = db_path.with_name("backup.sqlite")
    shutil.copyfile(db_path, backup)
    content = db_path.read_bytes()
    db_path.write_bytes(content[: len(content) // 2])
    damaged = db_path.read_bytes()

    restored = restore(db_path, backup, clock=moving)

    assert titles(db_path) == ["Post 1"]
    assert restored.before is not None and restored.before.read_bytes() == damaged


def nothing(path: Path) -> None:
    """No file at all."""


def shopping_list(path: Path) -> None:
    path.write_text("shopping list", encoding="utf-8")


def other_application(path: Path) -> None:
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE note (text TEXT)")
    raw.close()


@pytest.mark.parametrize(
    ("make", "key", "code"),
    [
        (nothing, "restore.source_missing", 2),
        (shopping_list, "restore.source_not_dialogos", 5),
        (other_application, "restore.source_not_dialogos", 5),
    ],
)
def test_a_source_that_is_not_a_sound_dialogos_file_is_refused(
    db_path: Path, moving: MovingClock, make: Callable[[Path], None], key: str, code: int
) -> None:
    new_plan(db_path, moving)
    source = db_path.with_name("source.sqlite")
    make(source)
    before = db_path.read_bytes()

    with pytest.raises((ValidationError, DatabaseError)) as caught:
        restore(db_path, source, clock=moving)

    assert (caught.value.key, caught.value.exit_code) == (key, code)
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*before-restore*"))


def test_a_damaged_or_newer_backup_is_refused(db_path: Path, moving: MovingClock) -> None:
    new_plan(db_path, moving, posts=60)
    damaged = db_path.with_name("damaged.sqlite")
    shutil.copyfile(db_path, damaged)
    flip_bytes_in_a_table_page(damaged)
    newer = db_path.with_name("newer.sqlite")
    shutil.copyfile(db_path, newer)
    raw = sqlite3.connect(newer)
    raw.execute("PRAGMA user_version = 99")
    raw.close()
    before = db_path.read_bytes()

    with pytest.raises(DatabaseError) as bad:
        restore(db_path, damaged, clock=moving)
    with pytest.raises(DatabaseError) as future:
        restore(db_path, newer, clock=moving)
    with pytest.raises(ValidationError) as itself:
        restore(db_path, db_path, clock=moving)

    assert bad.value.key == "restore.source_damaged" and "integrity" in bad.value.message
    assert future.value.key == "error.db_newer"
    assert itself.value.key == "restore.same_file"
    assert db_path.read_bytes() == before


def test_two_backups_in_the_same_second_never_share_a_name_nor_replace_a_file(planner: Planner, tmp_path: Path) -> None:
    from planner.storage.backup import backup_path_for, write_copy
    from planner.storage.disk import PRIVATE

    names = {backup_path_for(planner.path, "manual") for _ in range(20)}
    assert len(names) == 20
    taken = tmp_path / "taken.sqlite"
    taken.write_bytes(b"someone else's file")
    source = sqlite3.connect(planner.path)
    try:
        with pytest.raises(DatabaseError):
            write_copy(source, taken, PRIVATE)
    finally:
        source.close()
    assert taken.read_bytes() == b"someone else's file"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_after_a_restore_a_version_seen_before_is_a_conflict_not_an_overwrite(
    db_path: Path, moving: MovingClock
) -> None:
    """Ana saw post 1 at version 2; the restore brings back version 1; Leo saves it again.
    Ana's stale save must not overwrite Leo's: versions never go back."""
    from planner import ConflictError, PostPatch

    new_plan(db_path, moving)
    with Planner.open(db_path, clock=moving) as planner:
        post = planner.list_posts()[0]
        backup = planner.backup()
        seen = planner.edit_post(post.id, PostPatch(title="Ana's")).posts[0]  # version 2

    restore(db_path, backup, clock=moving, user="sam")

    with Planner.open(db_path, clock=moving, user="leo") as leo:
        restored = leo.get_post(post.id)
        assert restored.title == "Post 1" and restored.version > seen.version
        leo.edit_post(post.id, PostPatch(title="Leo's"), expect_version=restored.version)
    with Planner.open(db_path, clock=moving, user="ana") as ana:
        with pytest.raises(ConflictError):
            ana.edit_post(post.id, PostPatch(title="Ana's again"), expect_version=seen.version)
        assert ana.get_post(post.id).title == "Leo's"
