"""A full disk: the plan's error says the disk is full, where, and that nothing
was saved; a backup that finds no room names the backup, never the plan.

SQLite rolls a transaction back itself on ``SQLITE_FULL``; peewee's second
rollback used to hide that error behind "cannot rollback - no transaction is
active". Nothing may be half-written: the revision, the posts and the file's
check stay as they were, and the same change saves once there is room.
"""

from __future__ import annotations

import errno
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner import Planner, PostFields, PostPatch
from planner.errors import DiskFullError
from planner.i18n import set_language
from planner.storage import disk
from planner.storage.backend import PostgresBackend
from tests.helpers.disk import BIG_BODY, fill_up, needs_posix, run_python
from tests.helpers.fixed import NOW
from tests.helpers.paths import FIXTURES


def a_long_draft(title: str = "Our roasting notes") -> PostFields:
    return PostFields(platform="Instagram", title=title, body=BIG_BODY)


def assert_says_disk_full(error: DiskFullError, where: Path | str) -> None:
    message = error.message
    assert str(where) in message
    assert "the disk is full" in message and "Nothing was saved" in message
    assert "rollback" not in message and "savepoint" not in message
    assert "\n" not in message


def test_a_full_disk_says_so_names_the_plan_and_saves_nothing(planner: Planner) -> None:
    revision = planner.revision()
    free_some_space = fill_up(planner)

    with pytest.raises(DiskFullError) as refused:
        planner.create_post(a_long_draft())

    assert_says_disk_full(refused.value, planner.path)
    assert refused.value.exit_code == 5
    assert planner.revision() == revision and planner.list_posts() == []
    assert planner.check() == []

    free_some_space()
    planner.create_post(a_long_draft())  # the same change, once there is room
    assert [post.title for post in planner.list_posts()] == ["Our roasting notes"]


def test_several_changes_as_one_are_all_or_nothing_on_a_full_disk(planner: Planner) -> None:
    """A batch nests each change in a savepoint: SQLite ended the whole transaction, the error still shows."""
    fill_up(planner)

    with pytest.raises(DiskFullError) as refused, planner.batch():
        planner.create_post(PostFields(platform="Instagram", title="Short"))
        planner.create_post(a_long_draft())

    assert_says_disk_full(refused.value, planner.path)
    assert planner.list_posts() == []


def test_an_edit_and_the_editors_rehearsal_say_the_disk_is_full(planner: Planner) -> None:
    post = planner.create_post(PostFields(platform="Instagram", title="Short")).posts[0]
    fill_up(planner)

    with pytest.raises(DiskFullError) as preview:
        planner.preview_edit(post.id, PostPatch(body=BIG_BODY))
    with pytest.raises(DiskFullError) as edit:
        planner.edit_post(post.id, PostPatch(body=BIG_BODY), expect_version=1)

    assert_says_disk_full(preview.value, planner.path)
    assert_says_disk_full(edit.value, planner.path)
    assert planner.get_post(post.id).body == ""


def test_a_full_disk_in_french(planner: Planner) -> None:
    fill_up(planner)
    with pytest.raises(DiskFullError) as refused:
        planner.create_post(a_long_draft())

    set_language("fr")
    assert refused.value.message == (
        f"Plus de place pour enregistrer {planner.path} : le disque est plein. "
        "Rien n’a été enregistré ; libérez de la place, puis réessayez."
    )


def test_no_room_for_the_copy_before_a_migration_names_the_copy_and_leaves_the_plan_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "team.sqlite"
    shutil.copyfile(FIXTURES / "schema-v1.sqlite", old)
    before = old.read_bytes()

    def no_space(_source: object, _size: int = 0) -> Iterator[bytes]:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(disk.plan_file, "chunks", no_space)
    with pytest.raises(DiskFullError) as refused:
        Planner.open(old, create=False)

    message = refused.value.message
    assert "team.backup-before-v" in message and "the disk is full" in message
    assert "The backup was not saved, and the plan was not changed." in message
    assert old.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.sqlite"]  # no copy, no partial copy


_AUTOMATIC_BACKUP_WITHOUT_ROOM = """
import json, resource, sys
from datetime import datetime, UTC
from planner import Planner, PostFields
path, size = sys.argv[1], int(sys.argv[2])
planner = Planner.open(path, clock=lambda: datetime(2026, 6, 11, 8, 0, tzinfo=UTC))
resource.setrlimit(resource.RLIMIT_FSIZE, (size, resource.RLIM_INFINITY))
made = planner.auto_backup()
resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
planner.create_post(PostFields(platform="Instagram", title="Saved all the same"))
print(json.dumps({"path": made.path, "problem": made.problem}))
"""


@needs_posix
def test_no_room_for_the_days_backup_names_the_backup_and_the_work_goes_on(planner: Planner) -> None:
    """The child may write no file past half the plan's size while it backs up, then any size again."""
    planner.create_post(a_long_draft())
    planner.close()
    size = planner.path.stat().st_size

    ran = run_python(_AUTOMATIC_BACKUP_WITHOUT_ROOM, planner.path, size // 2 + 1)

    assert ran.returncode == 0, ran.stderr
    made = json.loads(ran.stdout)
    folder = planner.path.parent / "plan.sqlite.backups"
    assert made["path"] is None
    problem = made["problem"]
    assert problem.startswith(f"no automatic backup today: no room left for {folder}/plan.auto-")
    # SQLite's "disk I/O error" for a write past the limit, told as what it is.
    assert "(the file would pass the largest size this system allows)" in problem
    assert problem.endswith("so that backup was not saved; the plan itself was not touched.")
    assert list(folder.iterdir()) == []  # no half-written copy
    with Planner.open(planner.path, create=False, clock=lambda: NOW) as again:
        assert "Saved all the same" in [post.title for post in again.list_posts()]


_RESTORE_WITHOUT_ROOM = """
import resource, sys
from planner.sharing.backups import restore
from planner.errors import DiskFullError
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), resource.RLIM_INFINITY))
try:
    restore(sys.argv[1], sys.argv[2])
except DiskFullError as error:
    print(error.message)
"""


@needs_posix
def test_no_room_to_prepare_a_restore_says_so_and_leaves_the_plan_as_it_was(planner: Planner, tmp_path: Path) -> None:
    backup = planner.backup(tmp_path / "kept.sqlite")
    planner.create_post(a_long_draft())
    planner.close()
    before = planner.path.read_bytes()

    ran = run_python(_RESTORE_WITHOUT_ROOM, planner.path, backup, backup.stat().st_size // 2 + 1)

    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith("No room left to prepare the restore in ")
    assert ran.stdout.rstrip().endswith(
        ": the file would pass the largest size this system allows. Nothing was restored; the plan was not changed."
    )
    assert planner.path.read_bytes() == before
    assert not list(planner.path.parent.glob("plan.backup-before-restore-*"))


def test_a_server_whose_disk_is_full_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    errors = pytest.importorskip("psycopg.errors")
    import peewee as pw

    backend = PostgresBackend("postgresql://camille:secret@db.example:5432/plan")
    failure = errors.DiskFull('could not extend file "base/16384/16390": No space left on device')

    translated = backend.translate_error(pw.OperationalError(failure))

    assert isinstance(translated, DiskFullError) and translated.exit_code == 5
    assert translated.message == (
        "No room left on the server to save postgresql://camille@db.example:5432/plan: its disk is full. "
        "Nothing was saved; the server’s administrator must free some space."
    )
