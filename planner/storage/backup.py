"""Consistent copies of a Dialogos file through SQLite's online backup API,
where backups live, and which of them are sound.

A copy is always written under a temporary name and renamed when complete,
so a failed or interrupted backup never leaves a half-written file under a
real backup name, and two people backing up at once never write the same file.

Where backups live:

* automatic backups go to a folder of their own, ``<file name>.backups/``
  beside the database (``plan.sqlite.backups/``): the whole team sees them,
  they survive the loss of one person's computer, and a damaged file's
  message can point every colleague to the same copies. The full file name
  (not the stem) keeps ``plan.sqlite`` and ``plan.db`` in one folder apart.
* a chosen folder (``$DIALOGOS_BACKUPS``, or the folder the app passes from
  its settings) gets one sub-folder per database, ``<file name>-<hash of its
  path>``, so two plans with the same name in different places never rotate
  each other's backups away.
* manual backups (``db backup`` without a destination) and the copies taken
  before a migration or a restore stay beside the file itself, named
  ``<stem>.backup-<label>-<UTC time>``: they are never deleted automatically.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import random
import re
import secrets
import sqlite3
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

import peewee as pw

from planner.errors import DatabaseError, DiskFullError
from planner.locations import expanded
from planner.storage import plan_file
from planner.storage.disk import Access, access_of, copy_to_new, grant, new_file, no_room, partial_name, remove
from planner.storage.journal import MARK_COLUMN, mark, seal
from planner.storage.schema import APPLICATION_ID, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUPS_ENV = "DIALOGOS_BACKUPS"
"""The environment variable naming a folder for automatic backups (the CLI's setting)."""

AUTOMATIC = "auto"
_STAMP = re.compile(r"(\d{8}T\d{6}Z)")
_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
# The newest copies that a damaged file's message checks before giving up:
# each check reads a whole copy, and older ones are rarely wanted.
SOUND_SEARCH_LIMIT = 20


def file_uri(path: Path, mode: str) -> str:
    """An SQLite URI for ``path`` (``ro``, ``rw``): never creates the file."""
    # The name's bytes, percent-encoded: a name that is not UTF-8 (a lone surrogate in Python) is a file too.
    return "file:" + quote(os.fsencode(path.resolve())) + "?mode=" + mode


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_STAMP_FORMAT)


def _suffix(path: Path) -> str:
    return path.suffix or ".sqlite"


def backup_path_for(path: Path, label: str) -> Path:
    """A fresh name beside ``path``: ``plan.backup-<label>-<UTC time>-<random>.sqlite``.

    The random part keeps two people's copies taken in the same second apart;
    :func:`write_copy` still never replaces an existing file.
    """
    stamp = _stamp(datetime.now(UTC))
    return path.with_name(f"{path.stem}.backup-{label}-{stamp}-{secrets.token_hex(3)}{_suffix(path)}")


def backup_database(db: pw.SqliteDatabase, destination: Path, access: Access) -> None:
    """Copy ``db`` to ``destination`` page by page while others may still read it.

    The copy is written to a temporary name first and renamed, so a failed
    backup never leaves a half-written file under the real name; it gets
    ``access`` (the plan's, see :mod:`planner.storage.disk`) once complete.
    """
    write_copy(db.connection(), destination, access)


def copy_database(source: Path, destination: Path, access: Access) -> None:
    """A consistent copy of the file ``source`` (which others may be using), read-only."""
    with plan_file.held(source):
        connection = sqlite3.connect(file_uri(source, "ro"), uri=True)
        try:
            write_copy(connection, destination, access)
        finally:
            connection.close()


def write_copy(connection: sqlite3.Connection, destination: Path, access: Access) -> None:
    """The online backup of ``connection`` into a new file ``destination``, readable as ``access`` says.

    Raises :class:`~planner.errors.DatabaseError` naming ``destination`` when
    it cannot be written (a full disk says so); an error reading the plan
    itself (damage) is raised as SQLite gives it, for the caller to name the plan.
    """
    partial = partial_name(destination)
    try:
        descriptor = new_file(partial)
    except OSError as exc:
        raise not_saved(exc, destination) from None
    try:
        try:
            target = sqlite3.connect(str(partial))
        except sqlite3.Error as exc:
            raise not_saved(exc, destination) from None
        try:
            # pages=-1 copies everything in one step under one read lock: a
            # consistent snapshot, even while colleagues keep writing.
            connection.backup(target)
        except sqlite3.Error as exc:
            if _writing_failed(exc):
                raise not_saved(exc, destination) from None
            raise
        finally:
            target.close()
        grant(descriptor, access)
    except BaseException:
        remove(partial)
        raise
    finally:
        os.close(descriptor)
    publish(partial, destination)


def _writing_failed(exc: sqlite3.Error) -> bool:
    """Whether the backup API failed writing the copy (a full disk, an I/O error), not reading the plan."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR)


def copy_file(source: Path, destination: Path, access: Access) -> None:
    """The bytes of ``source`` in a new file ``destination`` (never replacing one), readable as ``access`` says.

    For a file that nobody can be writing (under the write lock) or that SQLite
    cannot read (damaged): others go through :func:`write_copy`.
    """
    partial = partial_name(destination)
    try:
        copy_to_new(source, partial, access)
    except OSError as exc:
        raise not_saved(exc, destination) from None
    publish(partial, destination)


def not_saved(exc: BaseException, destination: Path) -> DatabaseError:
    """Why the copy ``destination`` could not be written, naming it: a full disk as such."""
    cause = no_room(exc, destination)
    if cause is not None:
        return DiskFullError("error.backup_no_room", path=str(destination), cause=cause)
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return DatabaseError("error.backup_cannot_write", path=str(destination), reason=reason)


def publish(partial: Path, destination: Path) -> None:
    """Give the complete copy ``partial`` its real name, never replacing a file that has it."""
    try:
        # A hard link publishes the copy only if nothing has that name yet:
        # a backup never silently replaces another one (or anything else).
        os.link(partial, destination)
    except FileExistsError:
        remove(partial)
        raise DatabaseError("error.backup_exists", path=str(destination)) from None
    except OSError:
        # A file system without hard links (some shares): check, then rename.
        if destination.exists():
            remove(partial)
            raise DatabaseError("error.backup_exists", path=str(destination)) from None
        try:
            partial.replace(destination)
        except OSError as exc:
            remove(partial)
            raise not_saved(exc, destination) from None
        return
    remove(partial)


# -- where backups are ----------------------------------------------------------


def backup_folder(
    database: Path, chosen: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """The folder of ``database``'s automatic backups.

    ``chosen`` (the app's setting), else ``$DIALOGOS_BACKUPS``, else beside the file.
    """
    env = os.environ if environ is None else environ
    base = chosen if chosen is not None and str(chosen).strip() else env.get(BACKUPS_ENV, "").strip()
    if not base:
        return database.parent / f"{database.name}.backups"
    # A hash of the full path: two "plan.sqlite" in different places get different folders.
    # resolve(): "/a/../a/plan.sqlite" and a symbolic link name the same plan, and the same folder.
    digest = hashlib.sha256(os.path.normcase(str(database.resolve())).encode("utf-8")).hexdigest()[:8]
    return expanded(base) / f"{database.name}-{digest}"


def automatic_name(database: Path, moment: datetime) -> str:
    """A unique name for an automatic backup taken at ``moment``."""
    return f"{database.stem}.{AUTOMATIC}-{_stamp(moment)}-{secrets.token_hex(3)}{_suffix(database)}"


@dataclass(frozen=True, slots=True)
class BackupFile:
    """A backup of a database: where it is, when it was taken (UTC), and whether it rotates."""

    path: Path
    saved_at: datetime
    automatic: bool


def _saved_at(path: Path) -> datetime | None:
    found = _STAMP.search(path.name)
    if found is not None:
        return datetime.strptime(found.group(1), _STAMP_FORMAT).replace(tzinfo=UTC)
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    except OSError:
        return None


def automatic_backups(database: Path, folder: Path) -> list[BackupFile]:
    """The automatic backups of ``database`` in ``folder``, newest first."""
    return _listed(database, [folder], f"{glob.escape(database.stem)}.{AUTOMATIC}-*", automatic=True)


def backups_of(database: Path, folder: Path) -> list[BackupFile]:
    """Every backup of ``database`` Dialogos knows about, newest first: automatic
    ones in ``folder``, manual ones and those taken before a migration or a
    restore beside the file."""
    manual = _listed(database, [folder, database.parent], f"{glob.escape(database.stem)}.backup-*", automatic=False)
    found = automatic_backups(database, folder) + manual
    return sorted(found, key=lambda b: b.saved_at, reverse=True)


def _listed(database: Path, folders: list[Path], pattern: str, *, automatic: bool) -> list[BackupFile]:
    found: dict[Path, BackupFile] = {}
    suffix = _suffix(database)
    for folder in folders:
        try:
            candidates = list(folder.glob(pattern))
        except OSError:
            continue
        for path in candidates:
            # The suffix check leaves out partial copies, journals, and plan.db's backups beside plan.sqlite.
            if not path.name.endswith(suffix) or path in found or not path.is_file():
                continue
            saved = _saved_at(path)
            if saved is not None:
                found[path] = BackupFile(path, saved, automatic)
    return sorted(found.values(), key=lambda b: b.saved_at, reverse=True)


# -- what a copy holds ------------------------------------------------------------


class NotADatabase(Exception):
    """The file does not start like an SQLite database."""


@dataclass(frozen=True, slots=True)
class CopyFacts:
    """What a read-only look at a copy found."""

    application_id: int
    schema_version: int
    revision: int | None
    planning_zone: str | None
    problems: tuple[str, ...]


def examine(path: Path, *, integrity: bool = True) -> CopyFacts:
    """Look at the file ``path`` read-only: its marks, revision, and (with
    ``integrity``) what SQLite's integrity check says. Raises
    :class:`NotADatabase` or :class:`sqlite3.Error` when it cannot be read."""
    try:
        header = plan_file.read(path, 0, len(SQLITE_HEADER))
    except OSError as exc:
        raise sqlite3.OperationalError(exc.strerror or str(exc)) from None
    if header != SQLITE_HEADER:
        raise NotADatabase(str(path))
    with plan_file.held(path):
        return _examined(sqlite3.connect(file_uri(path, "ro"), uri=True), integrity)


def _examined(connection: sqlite3.Connection, integrity: bool) -> CopyFacts:
    try:
        application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
        schema_version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        problems: tuple[str, ...] = ()
        if integrity:
            rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check(10)").fetchall()]
            # Several problems may share a row, after a "*** in database main ***" heading.
            lines = [line for row in rows for line in row.splitlines()]
            problems = tuple(line for line in lines if line != "ok" and not line.startswith("***"))
        revision: int | None = None
        planning_zone: str | None = None
        with contextlib.suppress(sqlite3.Error):
            row = connection.execute('SELECT "revision", "planning_zone" FROM "meta" WHERE "id" = 1').fetchone()
            if row is not None:
                revision, planning_zone = int(row[0]), str(row[1])
    finally:
        connection.close()
    return CopyFacts(application_id, schema_version, revision, planning_zone, problems)


@dataclass(frozen=True, slots=True)
class SoundBackup:
    """A backup that passed SQLite's integrity check, with when it was saved
    (in the plan's own zone) and the revision it holds."""

    path: Path
    saved_at: datetime
    revision: int | None


def sound(facts: CopyFacts) -> bool:
    """A Dialogos file this version can open, that passed the integrity check."""
    return facts.application_id == APPLICATION_ID and 1 <= facts.schema_version <= SCHEMA_VERSION and not facts.problems


def newest_sound_backup(database: Path, folder: Path | None = None) -> SoundBackup | None:
    """The newest backup of ``database`` that is sound, checked one by one from the newest."""
    where = backup_folder(database) if folder is None else folder
    for backup in backups_of(database, where)[:SOUND_SEARCH_LIMIT]:
        try:
            facts = examine(backup.path)
        except (NotADatabase, sqlite3.Error):
            continue
        if sound(facts):
            saved = backup.saved_at
            with contextlib.suppress(Exception):
                saved = saved.astimezone(ZoneInfo(facts.planning_zone or "UTC"))
            return SoundBackup(backup.path, saved, facts.revision)
    return None


# -- putting a copy back ------------------------------------------------------------


class OtherSchema(Exception):
    """The file to restore into is of another schema than the copy: its rows cannot take the copy's."""


def _begin_immediate(connection: sqlite3.Connection, patience: float) -> None:
    """``BEGIN IMMEDIATE``, asking every few milliseconds until ``patience`` runs out.

    SQLite's own busy handler sleeps longer and longer between tries, and a
    colleague saving in a loop takes the lock back in between: a restore would
    starve. Asking often, at random moments, gets its turn (as writers do).
    """
    deadline = time.monotonic() + patience
    while True:
        try:
            connection.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() >= deadline:
                raise
        time.sleep(random.uniform(0.003, 0.012))  # jitter: two waiters do not retry in step


# Who has the file open is the live file's own, not the copy's.
_KEPT_TABLES = frozenset({"presence"})
# Columns of meta the live file keeps: the row's key, and the mark of the restore's own journal.
_KEPT_META = frozenset({"id", MARK_COLUMN})


def overwrite_database(
    live: Path,
    source: Path,
    *,
    schema: int,
    keep: Path | None,
    stamp: Callable[[int | None, int], None],
    busy_timeout: float,
) -> None:
    """Replace what ``live`` holds by the rows of ``source`` (a copy of schema ``schema``), in one write transaction.

    The write lock is taken first and held to the end: ``keep`` receives a
    copy of what ``live`` held (read by a second connection, which a write
    lock lets read), ``stamp`` is called with the live revision (None when it
    cannot be read) and the highest post version in ``live``, so the caller
    can write the next revision into ``source`` and lift its versions above
    every one seen before; then every table but who has the file open is
    emptied and filled from ``source``. The transaction marks its journal like
    any write (planner.storage.journal): a restore cut short is rolled back as
    the file's own, and the restored plan carries a mark of its own.
    Colleagues' connections see the whole old plan or the whole restored one.
    Raises :class:`OtherSchema` when ``live`` is of another schema (nothing written).
    """
    with plan_file.held(live):
        connection = sqlite3.connect(file_uri(live, "rw"), uri=True, isolation_level=None, timeout=0)
        try:
            connection.execute("PRAGMA foreign_keys = OFF")  # the rows come back whole, in any order
            _begin_immediate(connection, busy_timeout)
            # The commit waits, with SQLite's own handler, for colleagues' reads to end.
            connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            if int(connection.execute("PRAGMA user_version").fetchone()[0]) != schema:
                raise OtherSchema(str(live))
            mark(connection.execute, live)
            revision: int | None = None
            high_version = 0
            with contextlib.suppress(sqlite3.Error):
                row = connection.execute('SELECT "revision" FROM "meta" WHERE "id" = 1').fetchone()
                revision = None if row is None else int(row[0])
                row = connection.execute('SELECT max("version") FROM "post"').fetchone()
                high_version = int(row[0] or 0) if row is not None else 0
            if keep is not None:
                copy_database(live, keep, access_of(live))
            stamp(revision, high_version)
            connection.execute("ATTACH DATABASE ? AS restored", (file_uri(source, "ro"),))
            _take_rows(connection)
            seal(connection.execute, live)
            connection.execute("COMMIT")
        finally:
            connection.close()


def _take_rows(connection: sqlite3.Connection) -> None:
    """Every row of the attached copy in place of the file's own (but who has the file open)."""
    tables = [
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
        )
    ]
    for table in tables:
        if table in _KEPT_TABLES:
            continue
        ours = [str(row[1]) for row in connection.execute(f'PRAGMA main.table_info("{table}")')]
        theirs = {str(row[1]) for row in connection.execute(f'PRAGMA restored.table_info("{table}")')}
        columns = [column for column in ours if column in theirs]
        listed = ", ".join(f'"{column}"' for column in columns)
        if table == "meta":
            taken = [column for column in columns if column not in _KEPT_META]
            names = ", ".join(f'"{column}"' for column in taken)
            connection.execute(
                f'UPDATE main."meta" SET ({names}) = (SELECT {names} FROM restored."meta" WHERE "id" = 1) '
                'WHERE "id" = 1'
            )
            continue
        connection.execute(f'DELETE FROM main."{table}"')
        if columns:
            connection.execute(f'INSERT INTO main."{table}" ({listed}) SELECT {listed} FROM restored."{table}"')
