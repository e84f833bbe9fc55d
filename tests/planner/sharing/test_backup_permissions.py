"""Nobody reads a copy of the plan who cannot read the plan.

Every copy Dialogos makes (the daily backup, ``db backup`` beside the file
or where the user says, the copies under ``DIALOGOS_BACKUPS``, the copy kept
before a restore or a migration, a plan restored into a missing file) has
exactly the plan's read and write bits and group, whatever the umask; a
folder made for backups is the owner's, opened to the group or others only
as far as the plan is; a symbolic link planted as that folder is refused.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields
from planner.sharing.backups import restore
from planner.storage.disk import folder_mode
from tests.helpers.disk import mode_of, needs_posix, umask
from tests.helpers.fixed import NOW
from tests.helpers.paths import FIXTURES

pytestmark = needs_posix

TOMORROW = NOW + timedelta(days=1)


@pytest.fixture(autouse=True)
def usual_umask() -> object:
    """The umask most systems have (022), whatever this machine's is."""
    with umask(0o022):
        yield


def new_plan(path: Path, mode: int) -> Path:
    with Planner.open(path, planning_zone="Europe/Paris", clock=lambda: NOW, user="camille") as planner:
        planner.add_platform("Instagram", "instagram")
        planner.create_post(PostFields(platform="Instagram", title="Which coffee do you brew?"))
    path.chmod(mode)
    return path


def tomorrows_backup(path: Path, **options: object) -> Path:
    with Planner.open(path, clock=lambda: TOMORROW, **options) as planner:  # type: ignore[arg-type]
        made = planner.auto_backup()
    assert made.path is not None, made.problem
    return made.path


# -- a private plan ---------------------------------------------------------------


def test_the_daily_backup_of_a_private_plan_and_its_folder_are_private(db_path: Path) -> None:
    new_plan(db_path, 0o600)

    backup = tomorrows_backup(db_path)

    assert backup.parent == db_path.parent / "plan.sqlite.backups"
    assert (mode_of(backup), mode_of(backup.parent)) == (0o600, 0o700)


def test_db_backup_of_a_private_plan_is_private_beside_it_in_a_folder_or_at_a_name(
    db_path: Path, tmp_path: Path
) -> None:
    new_plan(db_path, 0o600)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    with Planner.open(db_path, clock=lambda: NOW) as planner:
        copies = [planner.backup(), planner.backup(elsewhere), planner.backup(elsewhere / "named.sqlite")]

    assert [mode_of(copy) for copy in copies] == [0o600, 0o600, 0o600]
    assert copies[0].parent == db_path.parent


def test_backups_under_dialogos_backups_are_private_in_a_private_folder(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_plan(db_path, 0o600)
    monkeypatch.setenv("DIALOGOS_BACKUPS", str(tmp_path / "safe"))

    backup = tomorrows_backup(db_path)

    assert backup.parent.parent == tmp_path / "safe"
    assert (mode_of(backup), mode_of(backup.parent)) == (0o600, 0o700)


def test_the_copy_kept_before_a_restore_is_as_private_as_the_plan(db_path: Path) -> None:
    new_plan(db_path, 0o600)
    backup = tomorrows_backup(db_path)

    restored = restore(db_path, backup, clock=lambda: TOMORROW, user="camille")

    assert restored.before is not None
    assert (mode_of(restored.before), mode_of(db_path)) == (0o600, 0o600)


def test_the_copy_kept_of_a_damaged_plan_before_a_restore_is_as_private_as_the_plan(db_path: Path) -> None:
    new_plan(db_path, 0o600)
    backup = tomorrows_backup(db_path)
    with db_path.open("r+b") as damaged:
        damaged.write(b"not a database any more")

    restored = restore(db_path, backup, clock=lambda: TOMORROW, user="camille")

    assert restored.before is not None and restored.before.read_bytes().startswith(b"not a database")
    assert (mode_of(restored.before), mode_of(db_path)) == (0o600, 0o600)


def test_a_plan_restored_where_there_was_none_has_the_backups_permissions(db_path: Path, tmp_path: Path) -> None:
    new_plan(db_path, 0o640)
    backup = tomorrows_backup(db_path)
    gone = tmp_path / "gone.sqlite"

    with umask(0o000):  # a umask must not open it to everyone
        restore(gone, backup, clock=lambda: TOMORROW, user="camille")

    assert mode_of(gone) == 0o640


def test_the_copy_kept_before_a_migration_is_as_private_as_the_plan(tmp_path: Path) -> None:
    old = tmp_path / "team.sqlite"
    shutil.copyfile(FIXTURES / "schema-v1.sqlite", old)
    old.chmod(0o600)

    with Planner.open(old, create=False, clock=lambda: NOW) as planner:
        kept = planner.backup_made

    assert kept is not None and kept.name.startswith("team.backup-before-v")
    assert mode_of(kept) == 0o600


# -- a plan shared with a group, and the umask ----------------------------------------


@pytest.mark.parametrize(
    ("plan_mode", "mask", "folder"),
    [
        (0o600, 0o000, 0o700),  # a private plan stays private, even with a umask that hides nothing
        (0o640, 0o022, 0o750),  # the group may read the plan: and its backups
        (0o660, 0o022, 0o770),  # a team's plan: colleagues read the backups and add the day's
        (0o660, 0o077, 0o770),  # ... even for someone whose umask is private
        (0o644, 0o022, 0o755),  # everyone may read the plan: nothing more is shown
    ],
)
def test_a_backup_has_the_plans_own_permissions_whatever_the_umask(
    db_path: Path, plan_mode: int, mask: int, folder: int
) -> None:
    new_plan(db_path, plan_mode)

    with umask(mask):
        backup = tomorrows_backup(db_path)

    assert (mode_of(backup), mode_of(backup.parent)) == (plan_mode, folder)


modes = st.integers(0, 0o777).map(lambda bits: bits | 0o600)  # a plan its owner reads and writes


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan_mode=modes, mask=st.integers(0, 0o777))
def test_a_copy_is_never_wider_than_the_plan_nor_its_folder_than_what_the_plan_shows(
    tmp_path: Path, plan_mode: int, mask: int
) -> None:
    # Hypothesis may draw the same pair twice: a folder of its own each time.
    base = Path(tempfile.mkdtemp(prefix=f"{plan_mode:o}-{mask:o}-", dir=tmp_path))
    plan = new_plan(base / "plan.sqlite", plan_mode)

    with umask(mask), Planner.open(plan, clock=lambda: NOW) as planner:
        copy = planner.backup()
    backup = tomorrows_backup(plan)

    assert mode_of(copy) == mode_of(backup) == plan_mode & 0o666
    folder = mode_of(backup.parent)
    assert folder == folder_mode(plan_mode)
    for readers, searchers in ((0o040, 0o010), (0o004, 0o001)):
        assert bool(folder & searchers) == bool(plan_mode & readers)  # listed only by those who read the plan


def test_the_copies_take_the_plans_group(db_path: Path) -> None:
    others = [group for group in os.getgroups() if group != os.getegid()]
    if os.geteuid() != 0 and not others:
        pytest.skip("this user belongs to one group only: nothing to give another group")
    team = others[0] if others else 4242
    new_plan(db_path, 0o660)
    os.chown(db_path, -1, team)

    backup = tomorrows_backup(db_path)
    with Planner.open(db_path, clock=lambda: NOW) as planner:
        copy = planner.backup()

    assert [path.stat().st_gid for path in (backup, backup.parent, copy)] == [team] * 3
    assert (mode_of(backup), mode_of(copy), mode_of(backup.parent)) == (0o660, 0o660, 0o770)


def test_a_backup_folder_an_older_dialogos_left_open_is_made_private(db_path: Path) -> None:
    new_plan(db_path, 0o600)
    folder = db_path.parent / "plan.sqlite.backups"
    folder.mkdir()
    folder.chmod(0o755)
    older = folder / "plan.auto-20260601T080000Z-abcdef.sqlite"
    shutil.copyfile(db_path, older)

    tomorrows_backup(db_path)

    assert mode_of(folder) == 0o700  # what was shown before is no longer reachable either


# -- a link where the folder should be ------------------------------------------------


@pytest.mark.parametrize("target", ["a folder", "nothing"])
def test_a_symbolic_link_planted_as_the_backup_folder_is_refused(db_path: Path, tmp_path: Path, target: str) -> None:
    new_plan(db_path, 0o600)
    elsewhere = tmp_path / "where-the-link-points"
    if target == "a folder":
        elsewhere.mkdir()
    (db_path.parent / "plan.sqlite.backups").symlink_to(elsewhere, target_is_directory=True)

    with Planner.open(db_path, clock=lambda: TOMORROW) as planner:
        made = planner.auto_backup()
        planner.create_post(PostFields(platform="Instagram", title="Saved all the same"))

    assert made.path is None and made.problem is not None
    link = db_path.parent / "plan.sqlite.backups"
    assert made.problem.startswith(f"no automatic backup today: {link} is a symbolic link")
    assert "\n" not in made.problem
    assert not elsewhere.exists() or list(elsewhere.iterdir()) == []  # nothing written where it points


def test_a_symbolic_link_as_a_plans_folder_under_dialogos_backups_is_refused(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_plan(db_path, 0o600)
    monkeypatch.setenv("DIALOGOS_BACKUPS", str(tmp_path / "safe"))
    with Planner.open(db_path, clock=lambda: NOW) as planner:
        folder = planner.backup_folder
    assert folder is not None
    elsewhere = tmp_path / "where-the-link-points"
    elsewhere.mkdir()
    folder.parent.mkdir()
    folder.symlink_to(elsewhere, target_is_directory=True)

    with Planner.open(db_path, clock=lambda: TOMORROW) as planner:
        made = planner.auto_backup()

    assert made.path is None and made.problem is not None and "is a symbolic link" in made.problem
    assert list(elsewhere.iterdir()) == []


def test_a_chosen_backups_folder_that_is_a_link_is_the_users_choice(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DIALOGOS_BACKUPS itself may be a link (to another disk): only the plan's own folder is Dialogos'."""
    new_plan(db_path, 0o600)
    disk = tmp_path / "other-disk"
    disk.mkdir()
    (tmp_path / "backups").symlink_to(disk, target_is_directory=True)
    monkeypatch.setenv("DIALOGOS_BACKUPS", str(tmp_path / "backups"))

    backup = tomorrows_backup(db_path)

    assert backup.resolve().parent.parent == disk
    assert mode_of(backup) == 0o600
