"""Rolling automatic backups, and putting a backup back (restore).

Automatic backups use SQLite's online backup API: a consistent copy taken
while colleagues keep working. At most one is taken per calendar day (in the
plan's own zone, the same day for the whole team) and per file: when the
file is opened by a command that writes or by the app, and again each day
the app stays open (:meth:`planner.session.Session.auto_backup`, cheap when
nothing is due). The newest of each of the last :data:`KEEP_DAILY` days that
have one is kept, and the newest of each of the last :data:`KEEP_WEEKLY` ISO
weeks; older automatic backups are deleted. Manual backups, and those taken
before a migration or a restore, are never deleted.

Each copy is checked with SQLite's quick check before it joins the rotation:
a damaged file is reported, and its damaged copy never pushes a sound one out.

Two people opening the file at once may both take the day's backup: the
names are unique, each copy appears by an atomic rename, deleting one that a
colleague already deleted is not an error, and the next rotation drops the
extra one. A folder that cannot be written (a read-only share) is skipped,
with a one-line reason for the caller to show; it never stops the work.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path

import peewee as pw

from planner.clock import current_user, system_clock
from planner.errors import DatabaseError, DiskFullError, ValidationError
from planner.i18n import tr
from planner.locations import expanded, looking_at
from planner.model import ChangeKind, Entity
from planner.storage import connection as conn
from planner.storage import models as db
from planner.storage.backup import (
    BackupFile,
    CopyFacts,
    NotADatabase,
    OtherSchema,
    SoundBackup,
    automatic_backups,
    automatic_name,
    backup_database,
    backup_folder,
    backup_path_for,
    backups_of,
    copy_database,
    copy_file,
    examine,
    file_uri,
    newest_sound_backup,
    overwrite_database,
)
from planner.storage.connection import DamagedError, DatabasePathError, ForeignJournalError
from planner.storage.disk import (
    PRIVATE,
    Access,
    LinkedFolderError,
    access_of,
    copy_to_new,
    make_folder,
    no_room,
    remove,
)
from planner.storage.journal import fresh_mark
from planner.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from planner.storage.schema import APPLICATION_ID
from planner.timezones import timestamp, zone

__all__ = [
    "KEEP_DAILY",
    "KEEP_WEEKLY",
    "AutoBackup",
    "BackupFile",
    "Restored",
    "SoundBackup",
    "backup_folder",
    "backups_of",
    "newest_sound_backup",
    "restore",
    "take_automatic",
    "to_keep",
]

KEEP_DAILY = 7
KEEP_WEEKLY = 4


@dataclass(frozen=True, slots=True)
class AutoBackup:
    """What :meth:`Session.auto_backup` did.

    ``path`` is the backup taken now (None: one already exists today, or it
    could not be taken); ``problem`` says in one line why none could be taken;
    ``removed`` lists the automatic backups the rotation deleted.
    """

    path: Path | None
    problem: str | None = None
    removed: tuple[Path, ...] = ()


def to_keep(backups: Sequence[BackupFile], zone_name: str) -> set[Path]:
    """The automatic backups the rotation keeps: the newest of each of the last
    :data:`KEEP_DAILY` days that have one, and of each of the last
    :data:`KEEP_WEEKLY` ISO weeks, days and weeks read in ``zone_name``."""
    local = zone(zone_name)
    days: dict[date, Path] = {}
    weeks: dict[tuple[int, int], Path] = {}
    for backup in sorted(backups, key=lambda b: (b.saved_at, b.path.name), reverse=True):
        day = backup.saved_at.astimezone(local).date()
        days.setdefault(day, backup.path)
        iso = day.isocalendar()
        weeks.setdefault((iso.year, iso.week), backup.path)
    return set(list(days.values())[:KEEP_DAILY]) | set(list(weeks.values())[:KEEP_WEEKLY])


def has_backup_on(backups: Sequence[BackupFile], day: date, zone_name: str) -> bool:
    local = zone(zone_name)
    return any(backup.saved_at.astimezone(local).date() == day for backup in backups)


def take_automatic(database: pw.SqliteDatabase, path: Path, folder: Path, now: datetime, zone_name: str) -> AutoBackup:
    """Take today's automatic backup of the open ``database`` (at ``path``) unless
    one exists, check it, and rotate. Raises :class:`DamagedError` when the
    copy fails the check (the copy is deleted)."""
    today = now.astimezone(zone(zone_name)).date()
    if has_backup_on(automatic_backups(path, folder), today, zone_name):
        return AutoBackup(None)
    access = access_of(path)
    try:
        make_folder(folder, access)
    except LinkedFolderError:
        return AutoBackup(None, tr("backups.folder_is_link", folder=str(folder)))
    except OSError as exc:
        return AutoBackup(None, tr("backups.folder_unwritable", folder=str(folder), reason=_reason(exc)))
    target = folder / automatic_name(path, now)
    try:
        backup_database(database, target, access)
    except OSError as exc:
        return AutoBackup(None, tr("backups.folder_unwritable", folder=str(folder), reason=_reason(exc)))
    except DiskFullError as error:  # the plan is not at fault: say so, and let the work go on
        return AutoBackup(None, tr("backups.no_room", path=str(target), cause=error.params["cause"]))
    except DatabaseError as error:  # the copy could not be created (read-only folder)
        return AutoBackup(None, tr("backups.skipped", reason=error.message))
    problem = _quick_check(target)
    if problem is not None and not target.exists():
        # A colleague took today's backup at the same moment, and their rotation
        # kept theirs: today is backed up, nothing is wrong with the plan.
        return AutoBackup(None)
    if problem is not None:
        target.unlink(missing_ok=True)
        raise DamagedError(path, "damage.integrity", detail=problem)
    return AutoBackup(target, None, prune(path, folder, zone_name))


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _quick_check(copy: Path) -> str | None:
    """The first problem SQLite's quick check finds in ``copy``, None when sound."""
    try:
        check = sqlite3.connect(file_uri(copy, "ro"), uri=True)
        try:
            lines = [str(row[0]) for row in check.execute("PRAGMA quick_check(5)").fetchall()]
        finally:
            check.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    # SQLite may pack several problems in one row, after a "*** in database main ***" heading.
    problems = [part for line in lines for part in line.splitlines() if part != "ok" and not part.startswith("***")]
    return problems[0] if problems else None


def prune(path: Path, folder: Path, zone_name: str) -> tuple[Path, ...]:
    """Delete the automatic backups the rotation no longer keeps; the ones deleted."""
    backups = automatic_backups(path, folder)
    keep = to_keep(backups, zone_name)
    removed: list[Path] = []
    for backup in backups:
        if backup.path in keep:
            continue
        # A colleague may have deleted it first, or the share may refuse: not an error.
        with contextlib.suppress(OSError):
            backup.path.unlink()
            removed.append(backup.path)
    return tuple(removed)


def recognise_damage(error: DatabaseError, path: Path, folder: Path) -> DatabaseError:
    """``error`` from opening ``path``, as damage when it is damage.

    A file that is not recognisable as ours, at a path that has Dialogos
    backups, held a plan and was damaged (its header overwritten); its
    backups are offered. A :class:`DamagedError` learns where backups are.
    """
    if error.key == "error.db_not_dialogos" and not isinstance(error, DamagedError) and backups_of(path, folder):
        error = DamagedError(path, "damage.unrecognised")
    if isinstance(error, DamagedError):
        error.folder = folder
    return error


# -- restore ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Restored:
    """What :func:`restore` did.

    ``before`` keeps what the file held (None when there was no file);
    ``revision`` is the file's revision now, above every revision an open
    window has seen; ``migrated_from`` is the backup's schema when it was
    older and was brought up to date (the backup itself is untouched).
    """

    path: Path
    source: Path
    before: Path | None
    revision: int
    migrated_from: int | None


class _Live(Enum):
    ABSENT = "absent"
    SOUND = "sound"
    DAMAGED = "damaged"


def restore(
    database: str | os.PathLike[str],
    source: str | os.PathLike[str],
    *,
    backup_folder_setting: str | os.PathLike[str] | None = None,
    clock: Callable[[], datetime] | None = None,
    user: str | None = None,
    busy_timeout: float = conn.DEFAULT_BUSY_TIMEOUT,
) -> Restored:
    """Put the backup ``source`` back into ``database``.

    ``source`` must be a sound Dialogos file (ours, passing the integrity
    check, not made by a newer Dialogos); an older one is brought up to date
    in a private copy. What ``database`` held is first copied beside it
    (``…backup-before-restore-…``). A sound file is then overwritten with the
    backup API under one exclusive lock, so colleagues' open connections see
    the whole old plan or the whole restored one, and their next read sees
    the restored one; the revision moves past every revision they saw and
    the audit log says who restored what, so open windows refresh. A damaged
    file, which SQLite may not even lock, is replaced by a rename.
    """
    live = expanded(database)
    origin = expanded(source)
    folder = backup_folder(live, backup_folder_setting)
    facts = sound_source(origin, live)
    state = _live_state(live, folder)
    now_ts = timestamp((clock or system_clock)())
    who = user or current_user()
    # The plan's own access for the copy kept of it; a new plan takes the backup's.
    access = access_of(live if state is not _Live.ABSENT else origin)
    with tempfile.TemporaryDirectory(prefix="dialogos-restore-") as scratch:
        copy = Path(scratch) / live.name
        migrated_from = private_copy(origin, copy, facts)
        before = backup_path_for(live, "before-restore") if state is not _Live.ABSENT else None
        if state is _Live.DAMAGED and before is not None:
            copy_file(live, before, access)  # the damaged bytes, as they are
        stamped: list[int] = []

        def stamp(live_revision: int | None, high_version: int = 0) -> None:
            if not stamped:
                revision = max(live_revision or 0, facts.revision or 0) + 1
                summary = {"restored_from": str(origin), "before": str(before) if before else None}
                _stamp(copy, revision, now_ts, who, summary, high_version)
                stamped.append(revision)

        if state is _Live.SOUND:
            try:
                _overwrite(live, copy, keep=before, stamp=stamp, busy_timeout=busy_timeout)
            except (OtherSchema, DamagedError):
                # A file this version never opened (another schema), or damage met on the way:
                # the copy takes its place whole, as for a damaged file.
                if before is not None and not before.exists():
                    copy_file(live, before, access)
                state = _Live.DAMAGED
        if state is not _Live.SOUND:
            stamp(None)
            _replace_file(copy, live, before=before, access=access)
    return Restored(live, origin, before, stamped[0], migrated_from)


def sound_source(origin: Path, live: Path, *, purpose: str = "restore") -> CopyFacts:
    """What a read-only look at ``origin`` finds, once it is known to be a sound Dialogos
    file other than ``live`` that this version can read; else the refusal, whose
    message is the ``purpose``'s (``restore``: "nothing was restored", ``compare``)."""
    with looking_at(origin):
        if not origin.exists():
            raise ValidationError(f"{purpose}.source_missing", path=str(origin))
        if not origin.is_file():
            raise ValidationError(f"{purpose}.source_not_a_file", path=str(origin))
    with contextlib.suppress(OSError):
        if live.exists() and os.path.samefile(origin, live):
            raise ValidationError(f"{purpose}.same_file", path=str(origin))
    try:
        facts = examine(origin)
    except NotADatabase:
        raise DatabaseError(f"{purpose}.source_not_dialogos", path=str(origin)) from None
    except sqlite3.Error as exc:
        if "malformed" in str(exc):  # pages SQLite cannot read: damage, said as the check's finding
            raise DatabaseError(f"{purpose}.source_damaged", path=str(origin), detail=str(exc)) from None
        raise DatabaseError(f"{purpose}.source_unreadable", path=str(origin), reason=str(exc)) from None
    if facts.application_id != APPLICATION_ID or facts.schema_version < 1:
        raise DatabaseError(f"{purpose}.source_not_dialogos", path=str(origin))
    if facts.schema_version > SCHEMA_VERSION:
        raise DatabaseError("error.db_newer", path=str(origin), found=facts.schema_version, known=SCHEMA_VERSION)
    if facts.problems:
        raise DatabaseError(f"{purpose}.source_damaged", path=str(origin), detail=facts.problems[0])
    return facts


def private_copy(origin: Path, copy: Path, facts: CopyFacts, *, purpose: str = "restore") -> int | None:
    """Copy the sound file ``origin`` (see :func:`sound_source`) to ``copy``, read-only, and
    bring the copy up to date: ``origin`` itself is never written. Returns the schema
    version ``origin`` had when it was older, else None."""
    try:
        copy_database(origin, copy, PRIVATE)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{purpose}.source_unreadable", path=str(origin), reason=str(exc)) from None
    except DiskFullError as error:
        raise DiskFullError("restore.no_room", path=str(copy.parent), cause=error.params["cause"]) from None
    return _bring_up_to_date(copy, facts.schema_version)


def _live_state(live: Path, folder: Path) -> _Live:
    """What the file to restore into is; refuses what a restore must not overwrite."""
    if live.exists() and live.is_file() and conn.is_read_only(live):
        raise DatabaseError("error.db_read_only", path=str(live))
    try:
        state = conn.inspect_file(live)
    except (DatabasePathError, ForeignJournalError):
        raise
    except DatabaseError as error:
        recognised = recognise_damage(error, live, folder)
        if isinstance(recognised, DamagedError):
            return _Live.DAMAGED
        raise recognised from None
    if state.empty:
        return _Live.DAMAGED
    if not state.exists:
        return _Live.ABSENT
    if state.schema_version > SCHEMA_VERSION:
        raise DatabaseError("error.db_newer", path=str(live), found=state.schema_version, known=SCHEMA_VERSION)
    return _Live.SOUND


def _bring_up_to_date(copy: Path, version: int) -> int | None:
    """Migrate the private copy of an older backup; the version it had, or None."""
    if version >= SCHEMA_VERSION:
        return None
    database = conn.PlanDatabase(str(copy))
    database.connect()
    try:
        with _scratch(copy), database.atomic("IMMEDIATE"):
            for step in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[step](database)
                database.execute_sql(f"PRAGMA user_version = {step:d}")
    finally:
        database.close()
    return version


@contextlib.contextmanager
def _scratch(copy: Path) -> Iterator[None]:
    """Work on the private copy of a backup: a full disk there is said as such, naming its folder."""
    try:
        yield
    except (pw.PeeweeException, sqlite3.Error) as exc:
        cause = no_room(exc, copy)
        if cause is None:
            raise
        raise DiskFullError("restore.no_room", path=str(copy.parent), cause=cause) from None


def _stamp(
    copy: Path,
    revision: int,
    now_ts: int,
    who: str,
    summary: dict[str, str | None],
    high_version: int = 0,
) -> None:
    """Give the copy its new revision and the audit entry that tells open windows.

    Every post's version is lifted above ``high_version`` (the highest in the
    file being replaced): a save or an undo that still expects a version seen
    before the restore is a conflict, never a silent overwrite of the restored plan.
    """
    # A rollback journal, whatever the backup used: WAL would spread to the
    # shared file with the pages, and WAL needs memory a network share lacks.
    database = conn.PlanDatabase(str(copy), pragmas=[("journal_mode", "delete"), ("foreign_keys", 1)])
    database.connect()
    try:
        with _scratch(copy), conn.bound(database), database.atomic():
            # A mark no journal has: a copy put in the plan's place by a rename starts its own line of marks.
            db.Meta.update(revision=revision, journal_mark=fresh_mark()).where(db.Meta.id == 1).execute()
            if high_version:
                db.Post.update(version=db.Post.version + high_version).execute()
            db.Audit.create(
                at=now_ts,
                who=who,
                action=ChangeKind.EDIT.value,
                entity=Entity.DATABASE.value,
                entity_id=None,
                summary=json.dumps(summary, ensure_ascii=False),
                reason=None,
                revision=revision,
            )
    finally:
        database.close()


def _overwrite(
    live: Path,
    copy: Path,
    *,
    keep: Path | None,
    stamp: Callable[[int | None, int], None],
    busy_timeout: float,
) -> None:
    try:
        overwrite_database(live, copy, schema=SCHEMA_VERSION, keep=keep, stamp=stamp, busy_timeout=busy_timeout)
    except sqlite3.Error as exc:
        raise conn.translate_error(exc, live) from None


def _replace_file(copy: Path, live: Path, *, before: Path | None, access: Access) -> None:
    """Put ``copy`` at ``live`` in one rename (a damaged or missing file only), with ``access``
    (the team's permissions on the shared file, or the backup's for a new one).

    A journal left beside a damaged file goes with the copy kept of it: it
    belongs to those bytes, and SQLite must never roll it into the restored file.
    """
    live = live.resolve()  # a plan reached through a link: the file itself is replaced, the link stays
    staged = live.with_name(f".{live.name}.restoring-{secrets.token_hex(4)}")
    try:
        copy_to_new(copy, staged, access)
        journal = conn.journal_of(live)
        if before is not None and journal.exists():
            os.replace(journal, conn.journal_of(before))
        os.replace(staged, live)
    except OSError as exc:
        remove(staged)
        cause = no_room(exc)
        if cause is not None:
            raise DiskFullError("error.disk_full", path=str(live), cause=cause) from None
        raise DatabaseError("restore.cannot_write", path=str(live), reason=_reason(exc)) from None
