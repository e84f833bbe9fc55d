"""Opening a Dialogos file safely, for one user or a team on a network share.

* Rollback journal (``journal_mode=DELETE``), not WAL: WAL needs shared memory,
  which network file systems do not provide.
* A busy timeout, so a writer waits for another instead of failing at once.
* Write transactions start with ``BEGIN IMMEDIATE``: the write lock is taken
  before the first read, so a read-then-write never dead-ends.
* Foreign keys on, ``synchronous=FULL``.

A file is checked *before* anything is written to it: not SQLite, not ours,
made by a newer Dialogos: refused, byte for byte untouched.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import peewee as pw

from planner.errors import DatabaseError
from planner.storage.migrations import APPLICATION_ID
from planner.storage.models import MODELS

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT = 5.0

# peewee binds models per class; a planner binds its database around each
# call, and this lock keeps two planners in one process (tests, the UI's
# worker threads) from binding over each other.
_BIND_LOCK = threading.RLock()


class DatabasePathError(DatabaseError):
    """The path itself is wrong (a folder, a missing folder): a usage error."""

    exit_code = 2


@dataclass(frozen=True, slots=True)
class FileState:
    exists: bool
    read_only: bool
    schema_version: int


def inspect_file(path: Path) -> FileState:
    """Look at ``path`` without changing a byte; refuse what is not ours."""
    if path.is_dir():
        raise DatabasePathError("error.db_is_directory", path=str(path))
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabasePathError("error.db_missing_folder", path=str(path), folder=str(path.parent))
        return FileState(exists=False, read_only=False, schema_version=0)
    if not path.is_file():
        raise DatabasePathError("error.db_not_a_file", path=str(path))
    read_only = _is_read_only(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError("error.db_cannot_open", path=str(path), reason=exc.strerror or str(exc)) from None
    if not header:
        # An empty file is an empty database: SQLite would say the same.
        return FileState(exists=False, read_only=read_only, schema_version=0)
    if header != SQLITE_HEADER:
        raise DatabaseError("error.db_not_dialogos", path=str(path))
    try:
        # A writable file is probed read-write (never created: mode=rw) so that a
        # hot journal left by a crashed writer is rolled back, as SQLite intends.
        probe = sqlite3.connect(_uri(path, "ro" if read_only else "rw"), uri=True)
        try:
            application_id = probe.execute("PRAGMA application_id").fetchone()[0]
            schema_version = probe.execute("PRAGMA user_version").fetchone()[0]
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        raise translate_error(exc, path) from None
    if application_id != APPLICATION_ID:
        raise DatabaseError("error.db_not_dialogos", path=str(path))
    return FileState(exists=True, read_only=read_only, schema_version=schema_version)


def _is_read_only(path: Path) -> bool:
    mode = path.stat().st_mode
    # No write bit at all means "read-only" even for an administrator, whose
    # access() would say yes: the owner's intent is what counts.
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True
    # The journal is created beside the file: a read-only folder is read-only too.
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK)


def _uri(path: Path, mode: str) -> str:
    return "file:" + quote(str(path.resolve())) + "?mode=" + mode


def connect(path: Path, *, read_only: bool, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> pw.SqliteDatabase:
    pragmas: list[tuple[str, object]] = [
        ("foreign_keys", 1),
        ("busy_timeout", int(busy_timeout * 1000)),
        ("synchronous", "FULL"),
        # 64 MiB of page cache (the default is 2 MiB): big imports and the
        # uid index stay in memory. SQLite drops it when another process commits.
        ("cache_size", -65536),
    ]
    if read_only:
        return pw.SqliteDatabase(_uri(path, "ro"), uri=True, pragmas=pragmas, timeout=busy_timeout)
    return pw.SqliteDatabase(str(path), pragmas=[("journal_mode", "delete"), *pragmas], timeout=busy_timeout)


@contextmanager
def bound(db: pw.SqliteDatabase) -> Iterator[None]:
    """Bind the models to ``db`` for the duration of a call."""
    with _BIND_LOCK, db.bind_ctx(MODELS):
        yield


def translate_error(exc: Exception, path: Path) -> DatabaseError:
    """A database error from SQLite or peewee, as a one-line user message."""
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return DatabaseError("error.db_read_only", path=str(path))
    if "locked" in text or "busy" in text:
        return DatabaseError("error.db_locked", path=str(path))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseError("error.db_damaged", path=str(path))
    if "unable to open" in text:
        return DatabaseError("error.db_cannot_open", path=str(path), reason=str(exc))
    return DatabaseError("error.db_failure", path=str(path), reason=str(exc))


def discard_if_untouched(path: Path) -> None:
    """Remove a file this process just created, if nobody has written to it since.

    The check runs under the write lock: if another process committed
    anything (the revision moved past the schema's creation), the file is
    someone's work now and stays.
    """
    try:
        probe = sqlite3.connect(_uri(path, "rw"), uri=True, isolation_level=None, timeout=DEFAULT_BUSY_TIMEOUT)
    except sqlite3.Error:
        return
    try:
        probe.execute("BEGIN IMMEDIATE")
        revision = probe.execute('SELECT "revision" FROM "meta"').fetchone()
        if revision is None or revision[0] != 0:
            return
        path.unlink(missing_ok=True)
        path.with_name(path.name + "-journal").unlink(missing_ok=True)
    except sqlite3.Error:
        return
    finally:
        probe.close()
