"""Opening a Dialogos file safely, for one user or a team on a network share.

* Rollback journal (``journal_mode=DELETE``), not WAL: WAL needs shared memory,
  which network file systems do not provide.
* A busy timeout, so a writer waits for another instead of failing at once.
* Write transactions start with ``BEGIN IMMEDIATE``: the write lock is taken
  before the first read, so a read-then-write never dead-ends.
* Foreign keys on, ``synchronous=FULL``.

A file is checked *before* anything is written to it: not SQLite, not ours,
made by a newer Dialogos, damaged: refused, byte for byte untouched.

Damage found when opening, all without writing a byte:

* a file shorter than SQLite's 100-byte header, or shorter than its header
  says (cut off by a failed copy): SQLite reports it as malformed on the
  first read, which the probe does;
* a first page that is not a database page ("file is not a database"), or a
  schema that does not parse: the probe reads the schema;
* a stale journal that does not belong to the file. A journal left by a
  crashed writer is rolled back by SQLite on the next read-write open, which
  is right. But SQLite cannot tell a journal copied from elsewhere (a
  synced folder, a restored folder) from its own: it would write that
  journal's pages into the plan and silently corrupt it (tried: it does).
  So the journal is read first and refused unless it matches the file;
* an empty file beside a journal (a 0-byte file with a journal is never one
  Dialogos made: SQLite would quietly delete that journal).

Damage inside the pages (flipped bytes) is found by SQLite's integrity check:
``db check``, and every automatic backup, whose copy is checked.
"""

from __future__ import annotations

import contextlib
import os
import random
import shlex
import sqlite3
import stat
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import peewee as pw

from planner.errors import DatabaseError, DiskFullError
from planner.i18n import tr
from planner.storage import plan_file
from planner.storage.backup import SQLITE_HEADER, SoundBackup, file_uri, newest_sound_backup
from planner.storage.disk import no_room
from planner.storage.journal import (
    MARKED_SINCE_SCHEMA,
    belongs,
    database_file,
    journal_of,
    mark,
    power_of_two,
    read_journal,
    seal,
    set_aside,
)
from planner.storage.models import MODELS
from planner.storage.schema import APPLICATION_ID

__all__ = [
    "SQLITE_HEADER",
    "DamagedError",
    "FileState",
    "ForeignJournalError",
    "PlanDatabase",
    "inspect_file",
    "journal_of",
]

DEFAULT_BUSY_TIMEOUT = 5.0
_HEADER_SIZE = 100
# How long a journal that does not match must stay unchanged before it is
# called foreign: a colleague's live journal changes or goes away meanwhile.
_JOURNAL_SETTLE = 0.2

# peewee binds models per class; a planner binds its database around each
# call, and this lock keeps two planners in one process (tests, the UI's
# worker threads) from binding over each other.
_BIND_LOCK = threading.RLock()


class DatabasePathError(DatabaseError):
    """The path itself is wrong (a folder, a missing folder): a usage error."""

    exit_code = 2


def shell_word(path: Path) -> str:
    """``path`` as one word of a command line the user can paste."""
    if os.name == "nt":
        import subprocess  # for Windows' quoting only: not loaded at every start

        return subprocess.list2cmdline([str(path)])
    return shlex.quote(str(path))


class DamagedError(DatabaseError):
    """The file is damaged; nothing was written to it (exit 5).

    ``reason`` is a catalogue key saying what is wrong. The message offers
    the newest sound backup of the file, looked up (once) in ``folder``
    (None: ``$DIALOGOS_BACKUPS`` or beside the file) when first asked for.
    """

    def __init__(self, path: Path, reason: str, /, **details: object) -> None:
        super().__init__("error.db_damaged", path=str(path))
        self.path = path
        self.reason = reason
        self.details = details
        self.folder: Path | None = None
        self._backup: SoundBackup | None = None
        self._searched = False

    @property
    def backup(self) -> SoundBackup | None:
        """The newest backup of the file that passes SQLite's integrity check, if any."""
        if not self._searched:
            self._backup = newest_sound_backup(self.path, self.folder)
            self._searched = True
        return self._backup

    @property
    def explanation(self) -> str:
        """What is wrong, in a few words."""
        return tr(self.reason, **self.details)

    @property
    def summary(self) -> str:
        """One line without the way out: "… is damaged (…); it was left untouched"."""
        return tr("damage.summary", path=str(self.path), reason=self.explanation)

    @property
    def message(self) -> str:
        found = self.backup
        if found is None:
            return tr("damage.no_backup", path=str(self.path), reason=self.explanation)
        return tr(
            "damage.offer",
            path=str(self.path),
            reason=self.explanation,
            backup=str(found.path),
            saved=found.saved_at.strftime("%Y-%m-%d %H:%M %Z"),
            command=f"dialogos db restore {shell_word(found.path)} --db {shell_word(self.path)}",
        )


class ForeignJournalError(DatabaseError):
    """A journal beside the file does not belong to it and could not be set aside; nothing was opened (exit 5)."""

    def __init__(self, path: Path, journal: Path) -> None:
        super().__init__("error.db_foreign_journal", path=str(path), journal=str(journal))
        self.path = path
        self.journal = journal


@dataclass(frozen=True, slots=True)
class FileState:
    exists: bool
    read_only: bool
    schema_version: int
    # A 0-byte file: a new plan, unless something says it held one (see Session.open).
    empty: bool = False
    # A journal beside the file that was not its own, renamed to this path instead of rolled back.
    journal_set_aside: Path | None = None


def inspect_file(path: Path) -> FileState:
    """Look at ``path`` without changing a byte; refuse what is not ours or is damaged."""
    if path.is_dir():
        raise DatabasePathError("error.db_is_directory", path=str(path))
    # SQLite keeps the journal beside the file itself, not beside a link to it.
    journal = journal_of(path.resolve())
    if journal.is_symlink():
        # SQLite opens journals with O_NOFOLLOW: it would fail with "unable to open database file".
        target = os.readlink(journal)
        raise DatabaseError("error.db_journal_link", path=str(path), journal=str(journal), target=target)
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabasePathError("error.db_missing_folder", path=str(path), folder=str(path.parent))
        return FileState(exists=False, read_only=False, schema_version=0)
    if not path.is_file():
        raise DatabasePathError("error.db_not_a_file", path=str(path))
    read_only = is_read_only(path)
    header = _header(path)
    has_journal = _size(journal) > 0
    if has_journal and not read_only and _making_cut_short(header, journal):
        # What SQLite's rollback of that journal does, before the file looks like anything:
        # the file back to nothing (it never held more than its own making), the journal gone.
        os.truncate(path, 0)
        journal.unlink(missing_ok=True)
        header, has_journal = b"", False
    if not header:
        if has_journal:
            raise DamagedError(path, "damage.empty_with_journal", journal=str(journal))
        # An empty file is an empty database to SQLite; Session.open decides.
        return FileState(exists=False, read_only=read_only, schema_version=0, empty=True)
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise DatabaseError("error.db_not_dialogos", path=str(path))
    if len(header) < _HEADER_SIZE:
        raise DamagedError(path, "damage.truncated")
    set_aside_as = _set_aside_if_foreign(path, header, journal) if has_journal else None
    has_journal = has_journal and set_aside_as is None
    # Read-only unless a journal is there: a crashed writer's journal is rolled
    # back, as SQLite intends, only by a read-write connection (never created: mode=rw).
    try:
        application_id, schema_version = _probe(path, "rw" if has_journal and not read_only else "ro")
    except DamagedError:
        if _cut_short(path, header):
            raise DamagedError(path, "damage.truncated") from None
        raise
    if application_id != APPLICATION_ID:
        raise DatabaseError("error.db_not_dialogos", path=str(path))
    return FileState(exists=True, read_only=read_only, schema_version=schema_version, journal_set_aside=set_aside_as)


def _making_cut_short(header: bytes, journal: Path) -> bool:
    """A journal of a plan's making cut short: it began on an empty file and holds no page to put back,
    and the file has not got as far as a header of its own, or has one that no commit ever moved on."""
    if not header:
        return False  # nothing written yet: SQLite would drop such a journal, and a plan emptied beside one is damage
    try:
        found = read_journal(journal)
        if found is None or found.start_pages != 0 or not power_of_two(found.page_size):
            return False
        if next(found.records(), None) is not None:
            return False
    except OSError:
        return False
    return header[: len(SQLITE_HEADER)] != SQLITE_HEADER or int.from_bytes(header[24:28], "big") <= 1


def set_aside_foreign_journal(path: Path) -> Path | None:
    """A journal beside ``path`` that cannot be proven the file's own, set aside; its new path, or None.

    SQLite looks for a journal to roll back at the start of every read: an
    open plan asks this first (a sync tool may bring one at any moment).
    Costs one ``stat`` when there is no journal.
    """
    journal = journal_of(path.resolve())
    if _size(journal) == 0:
        return None
    header = _header(path)
    if len(header) < _HEADER_SIZE or header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        return None  # not for this check: opening the file says what it is
    return _set_aside_if_foreign(path, header, journal)


def _set_aside_if_foreign(path: Path, header: bytes, journal: Path) -> Path | None:
    seen = _seen(journal)
    if seen is not None and _REFUSED.get(journal) == seen:
        raise ForeignJournalError(path, journal)  # judged already, and it could not be moved
    if not _foreign_journal(path, header, journal):
        return None
    # Never rolled back into this file: kept, renamed, and the file used as it is.
    try:
        return set_aside(journal, datetime.now(UTC))
    except FileNotFoundError:
        return None  # gone meanwhile
    except OSError:
        if seen is not None:
            _REFUSED[journal] = seen
        raise ForeignJournalError(path, journal) from None


# Journals found foreign that could not be set aside (a read-only folder), as they were then:
# asked again, the plan is refused at once instead of judging them again at every read.
_REFUSED: dict[Path, tuple[int, int, int]] = {}


def _seen(journal: Path) -> tuple[int, int, int] | None:
    try:
        found = journal.stat()
    except OSError:
        return None
    return found.st_ino, found.st_size, found.st_mtime_ns


def _header(path: Path) -> bytes:
    try:
        return plan_file.read(path, 0, _HEADER_SIZE)
    except OSError as exc:
        raise DatabaseError("error.db_cannot_open", path=str(path), reason=exc.strerror or str(exc)) from None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _probe(path: Path, mode: str) -> tuple[int, int]:
    try:
        try:
            return _read_marks(path, mode)
        except sqlite3.OperationalError as exc:
            # A writer crashed since we looked: its journal needs a read-write connection.
            if mode == "ro" and "readonly" in str(exc).lower() and not is_read_only(path):
                return _read_marks(path, "rw")
            raise
    except sqlite3.DatabaseError as exc:
        raise translate_error(exc, path) from None


def _cut_short(path: Path, header: bytes) -> bool:
    """Whether the file is shorter than its header says (asked once SQLite has found it damaged:
    while a colleague commits, the header may run ahead of the file for a moment)."""
    if header[92:96] != header[24:28]:
        return False  # the size in the header is not maintained (very old writers)
    page_size = int.from_bytes(header[16:18], "big")
    pages = int.from_bytes(header[28:32], "big")
    return _size(path) < (65536 if page_size == 1 else page_size) * pages


def _read_marks(path: Path, mode: str) -> tuple[int, int]:
    with plan_file.held(path):
        return _marks_of(sqlite3.connect(file_uri(path, mode), uri=True))


def _marks_of(probe: sqlite3.Connection) -> tuple[int, int]:
    try:
        application_id = probe.execute("PRAGMA application_id").fetchone()[0]
        schema_version = probe.execute("PRAGMA user_version").fetchone()[0]
        if application_id == APPLICATION_ID:
            # Naming a table makes SQLite parse the whole schema: a first page
            # or a schema that does not parse is found now, not mid-command.
            probe.execute('SELECT count(*) FROM "meta"').fetchone()
        return int(application_id), int(schema_version)
    finally:
        probe.close()


def _foreign_journal(path: Path, header: bytes, journal: Path) -> bool:
    """True when ``journal`` cannot be proven to be the file's own (see :mod:`planner.storage.journal`).

    A colleague's live journal can be read half-written: a mismatch counts
    only if the journal stays the same a moment later and still mismatches.
    """
    try:
        if belongs(path, header, journal):
            return False
        before = journal.stat()
        time.sleep(_JOURNAL_SETTLE)
        after = journal.stat()
        if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns):
            return False
        return not belongs(path, _header(path), journal)
    except OSError:
        return False  # gone meanwhile: a writer finished


def is_read_only(path: Path) -> bool:
    return read_only_by(path, path.stat().st_mode)


def read_only_by(path: Path, mode: int) -> bool:
    """Whether nobody may write the file at ``path`` from here, given its ``st_mode``."""
    # No write bit at all means "read-only" even for an administrator, whose
    # access() would say yes: the owner's intent is what counts.
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True
    # The journal is created beside the file: a read-only folder is read-only too.
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK)


class _Savepoint(pw._savepoint):  # type: ignore[misc]  # peewee's own, one rule added
    def rollback(self, begin: bool = True) -> None:
        if self.db.connection().in_transaction:
            super().rollback(begin)


class PlanDatabase(pw.SqliteDatabase):
    """peewee's SQLite database, keeping the error that ended a transaction.

    On some errors (``SQLITE_FULL`` on a full disk, ``SQLITE_IOERR``) SQLite
    rolls the whole transaction back itself. peewee then rolls back again,
    and SQLite's "cannot rollback - no transaction is active" (or "no such
    savepoint") would replace the error that says what happened: a rollback
    of a transaction SQLite already ended is skipped, so that error stands.
    """

    def rollback(self) -> None:
        if self.is_closed() or self.connection().in_transaction:
            super().rollback()

    def savepoint(self) -> _Savepoint:
        return _Savepoint(self)

    # Every connection keeps the file held (planner.storage.plan_file), so that reading its
    # bytes from this process never drops the locks its connections hold.
    def _connect(self) -> sqlite3.Connection:
        # A connection class of our own can be watched: a worker thread's connection is never
        # closed, only dropped with its thread, and must let go of the file then too.
        self.connect_params.setdefault("factory", _HeldConnection)
        connection = super()._connect()  # type: ignore[misc]  # peewee has no stubs for it
        key = plan_file.hold(database_file(self))
        connection.let_go = weakref.finalize(connection, plan_file.release, key)
        return connection

    def _close(self, conn: sqlite3.Connection) -> None:
        try:
            super()._close(conn)  # type: ignore[misc]
        finally:
            let_go = getattr(conn, "let_go", None)
            if let_go is not None:
                let_go()


class _HeldConnection(sqlite3.Connection):
    """A connection that lets go of its file (planner.storage.plan_file) when closed or dropped."""

    let_go: weakref.finalize | None = None


class _SharedFileDatabase(PlanDatabase):
    """Takes the write lock by asking for it every few milliseconds.

    SQLite's own busy handler sleeps longer and longer between tries (up to
    100 ms), and a colleague who commits again and again takes the lock back
    in between: a waiting writer can starve for seconds. Asking often, at
    random moments, shares the lock out fairly within the same busy timeout.

    Each thread opens a connection of its own; only the first may create
    the file, the others need it to exist (``mode=rw``): a backup or a live
    calendar that connects after the file was deleted must not leave an
    empty plan in its place.
    """

    def __init__(self, path: Path, *, create: bool, pragmas: list[tuple[str, object]], timeout: float) -> None:
        super().__init__(file_uri(path, "rwc" if create else "rw"), pragmas=pragmas, timeout=timeout, uri=True)
        # The file itself: SQLite keeps its journal beside it, not beside a link to it.
        self.path = path.resolve()

    def connect(self, reuse_if_open: bool = False) -> bool:
        opened = super().connect(reuse_if_open)
        self.database = file_uri(self.path, "rw")
        return opened

    def begin(self, lock_type: str | None = None) -> None:
        if lock_type != "IMMEDIATE":
            super().begin(lock_type)
            return
        self._take_write_lock()
        # Every write transaction of a plan marks its journal, so that a journal
        # carried over from another copy can be told from this file's own.
        try:
            if self.execute_sql("PRAGMA user_version").fetchone()[0] >= MARKED_SINCE_SCHEMA:
                mark(self.execute_sql, self.path)
        except BaseException:
            with contextlib.suppress(pw.PeeweeException, sqlite3.Error):
                self.execute_sql("ROLLBACK")  # atomic() only rolls back a transaction it began
            raise

    def commit(self) -> None:
        # The outermost commit of a marked transaction seals its mark (planner.storage.journal).
        # A failure here (a full disk) ends the transaction as any failing write does.
        if not self.is_closed() and self.connection().in_transaction:
            if self.execute_sql("PRAGMA user_version").fetchone()[0] >= MARKED_SINCE_SCHEMA:
                seal(self.execute_sql, self.path)
        super().commit()

    def _take_write_lock(self) -> None:
        lock_type = "IMMEDIATE"
        # The connection's busy timeout, or the patience of a rehearsal (Session._patience).
        patience = self.execute_sql("PRAGMA busy_timeout").fetchone()[0] / 1000
        deadline = time.monotonic() + patience
        self.execute_sql("PRAGMA busy_timeout = 0")
        try:
            while True:
                try:
                    super().begin(lock_type)
                    return
                except pw.OperationalError as exc:
                    if "locked" not in str(exc) or time.monotonic() >= deadline:
                        raise
                time.sleep(random.uniform(0.003, 0.012))  # jitter: two waiters do not retry in step
        finally:
            # The commit still waits, with SQLite's own handler, for readers to finish.
            self.execute_sql(f"PRAGMA busy_timeout = {int(patience * 1000)}")


def connect(
    path: Path, *, read_only: bool, busy_timeout: float = DEFAULT_BUSY_TIMEOUT, create: bool = False
) -> pw.SqliteDatabase:
    """A database on the file at ``path``; with ``create``, its first connection may make the file."""
    pragmas: list[tuple[str, object]] = [
        ("foreign_keys", 1),
        ("busy_timeout", int(busy_timeout * 1000)),
        ("synchronous", "FULL"),
        # 64 MiB of page cache (the default is 2 MiB): big imports and the
        # uid index stay in memory. SQLite drops it when another process commits.
        ("cache_size", -65536),
    ]
    if read_only:
        return PlanDatabase(file_uri(path, "ro"), uri=True, pragmas=pragmas, timeout=busy_timeout)
    return _SharedFileDatabase(
        path, create=create, pragmas=[("journal_mode", "delete"), *pragmas], timeout=busy_timeout
    )


@contextmanager
def bound(db: pw.Database) -> Iterator[None]:
    """Bind the models to ``db`` for the duration of a call."""
    with _BIND_LOCK, db.bind_ctx(MODELS):
        yield


def translate_error(exc: Exception, path: Path) -> DatabaseError:
    """A database error from SQLite or peewee, as a one-line user message."""
    text = str(exc).lower()
    cause = no_room(exc, path)
    if cause is not None:
        return DiskFullError("error.disk_full", path=str(path), cause=cause)
    if "readonly" in text or "read-only" in text:
        return DatabaseError("error.db_read_only", path=str(path))
    if "locked" in text or "busy" in text:
        return DatabaseError("error.db_locked", path=str(path))
    if "not a database" in text:
        return DamagedError(path, "damage.not_a_database")
    if "malformed" in text or "corrupt" in text:
        return DamagedError(path, "damage.malformed")
    if "unable to open" in text:
        return DatabaseError("error.db_cannot_open", path=str(path), reason=str(exc))
    return DatabaseError("error.db_failure", path=str(path), reason=str(exc))


def discard_if_untouched(path: Path, *, was_empty: bool = False) -> None:
    """Remove a file this process just created, if nobody has written to it since;
    one that was there ``was_empty`` (0 bytes) is left empty again.

    The check runs under the write lock: if another process committed
    anything (the revision moved past the schema's creation), the file is
    someone's work now and stays.
    """
    with plan_file.held(path):
        _discard_if_untouched(path, was_empty)


def _discard_if_untouched(path: Path, was_empty: bool) -> None:
    try:
        probe = sqlite3.connect(file_uri(path, "rw"), uri=True, isolation_level=None, timeout=DEFAULT_BUSY_TIMEOUT)
    except sqlite3.Error:
        return
    try:
        probe.execute("BEGIN IMMEDIATE")
        revision = probe.execute('SELECT "revision" FROM "meta"').fetchone()
        if revision is None or revision[0] != 0:
            return
        if was_empty:
            os.truncate(path, 0)
        else:
            path.unlink(missing_ok=True)
        journal_of(path.resolve()).unlink(missing_ok=True)
    except sqlite3.Error:
        return
    finally:
        probe.close()
