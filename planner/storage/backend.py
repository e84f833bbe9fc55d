"""The kind of database behind a plan: a SQLite file, or a PostgreSQL server.

``backend_for(location)`` chooses from the ``--db`` value: a ``postgresql://``
(or ``postgres://``) URL names a server, anything else a file. The session
calls its backend for what differs between the two (see docs/postgresql.md);
:class:`SqliteBackend` runs exactly what the file code always ran.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

import peewee as pw

from planner.errors import DatabaseError, DiskFullError, ValidationError
from planner.i18n import tr
from planner.locations import server_backup_folder
from planner.storage import connection as conn
from planner.storage.backup import backup_path_for, copy_file
from planner.storage.disk import access_of
from planner.storage.migrations import BackupUnavailable
from planner.storage.schema import APPLICATION_ID, MARKS_TABLE
from planner.storage.server_address import database_and_host, password_of, redact, shown

SERVER_SCHEMES = ("postgresql://", "postgres://")

# The key of the advisory lock every write takes: one writer at a time, as on a file.
WRITE_LOCK_KEY = APPLICATION_ID


def is_server_url(location: str | os.PathLike[str]) -> bool:
    """Whether ``location`` names a PostgreSQL server rather than a file."""
    return isinstance(location, str) and location.startswith(SERVER_SCHEMES)


class SqliteBackend:
    """A Dialogos file: PRAGMAs, the file's own checks."""

    server = False

    def __init__(self, path: Path) -> None:
        self.path = path
        self.location = str(path)

    def translate_error(self, exc: Exception) -> DatabaseError:
        return conn.translate_error(exc, self.path)

    def connection_lost(self, db: pw.Database) -> bool:
        """A file is never dropped like a server connection."""
        return False

    def set_busy_timeout(self, db: pw.Database, seconds: float) -> None:
        db.execute_sql(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    def data_version(self, db: pw.Database) -> int:
        return int(db.execute_sql("PRAGMA data_version").fetchone()[0])

    def journal_mode(self, db: pw.Database) -> str:
        return str(db.execute_sql("PRAGMA journal_mode").fetchone()[0])

    def schema_version(self, db: pw.Database) -> int:
        return int(db.execute_sql("PRAGMA user_version").fetchone()[0])

    def set_schema_version(self, db: pw.Database, version: int) -> None:
        db.execute_sql(f"PRAGMA user_version = {version:d}")

    def back_up_before(self, db: pw.Database, version: int) -> Path:
        """A copy of the file beside it, made under the write lock the migration holds."""
        backup = backup_path_for(self.path, f"before-v{version}")
        copy_file(self.path, backup, access_of(self.path))
        return backup

    def backup_base(self) -> Path:
        """What backups are named after (``plan.backup-….sqlite``): the file itself."""
        return self.path

    def size_bytes(self, db: pw.Database) -> int:
        return self.path.stat().st_size

    def integrity_problems(self, db: pw.Database) -> Iterator[str]:
        """SQLite's integrity check, then its foreign key check (a post whose platform is gone)."""
        for (found,) in db.execute_sql("PRAGMA integrity_check(50)").fetchall():
            # One problem a line; SQLite may pack several in a row, after a heading.
            for line in str(found).splitlines():
                if line != "ok" and not line.startswith("***"):
                    yield tr("check.integrity", detail=line)
        for row in db.execute_sql("PRAGMA foreign_key_check").fetchall():
            yield tr("check.foreign_key", table=row[0], row=row[1], parent=row[2])


class ServerDatabase(pw.PostgresqlDatabase):
    """peewee's PostgreSQL database, with the file's types and its one-writer-at-a-time rule.

    ``begin("IMMEDIATE")`` takes a transaction-scoped advisory lock, waiting
    at most :attr:`lock_timeout` seconds: the equivalent of SQLite's write lock.
    """

    # Instants run to the year 2999 (past INTEGER); SQLite's REAL is a double.
    field_types = {  # noqa: RUF012 - peewee's own class attribute
        **pw.PostgresqlDatabase.field_types,
        "INT": "BIGINT",
        "AUTO": "BIGSERIAL",
        "FLOAT": "DOUBLE PRECISION",
    }

    def __init__(self, url: str, *, lock_timeout: float) -> None:
        super().__init__(url, prefer_psycopg3=True)
        self.lock_timeout = lock_timeout

    def begin(self, isolation_level: object = None) -> None:
        # The models' code passes SQLite's "IMMEDIATE": here it means "take the write lock".
        super().begin()
        if isolation_level != "IMMEDIATE":
            return
        try:
            self.execute_sql(f"SET LOCAL lock_timeout = {max(1, int(self.lock_timeout * 1000))}")
            self.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
        except BaseException:
            # peewee's transaction never started for the caller: end it here.
            self.rollback()
            raise


# What psycopg says when the server dropped the connection (psql says the same).
# SQLSTATE 53100, disk_full: the server could not extend a file.
_DISK_FULL = "53100"
_LOST = ("terminating connection", "server closed the connection", "the connection is closed", "connection lost")


class PostgresBackend:
    """A Dialogos plan in a PostgreSQL database (psycopg 3)."""

    server = True

    def __init__(self, url: str) -> None:
        self.url = url
        self.location = shown(url)

    def connect(self, busy_timeout: float) -> ServerDatabase:
        try:
            from psycopg import ProgrammingError
            from psycopg.conninfo import conninfo_to_dict
        except ImportError:
            raise DatabaseError("error.pg_driver_missing") from None
        # libpq's own reading of the address, before any connection: what it cannot read is a typing
        # mistake (exit 2), said with the address and libpq's words, never the password.
        try:
            options = conninfo_to_dict(self.url)
        except ProgrammingError as exc:
            raise ValidationError("error.pg_bad_address", path=self.location, reason=self._reason(exc)) from None
        for port in str(options.get("port", "")).split(","):
            if port and not (port.isascii() and port.isdigit() and 1 <= int(port) <= 65535):
                raise ValidationError("error.pg_bad_port", path=self.location, port=redact(port, self.url))
        return ServerDatabase(self.url, lock_timeout=busy_timeout)

    def _reason(self, exc: Exception) -> str:
        """The driver's first line about ``exc``: it may quote the address, so without its password."""
        return redact(_first_line(exc), self.url)

    def inspect(self, db: ServerDatabase) -> conn.FileState:
        """Is the database ours, new, or someone else's? Reads only."""
        try:
            db.connect(reuse_if_open=True)
            found = db.execute_sql("SELECT to_regclass(%s)", (MARKS_TABLE,)).fetchone()[0]
            if found is None:
                if db.get_tables():
                    raise DatabaseError("error.db_not_dialogos", path=self.location)
                return conn.FileState(exists=False, read_only=False, schema_version=0)
            row = db.execute_sql(f'SELECT "application_id", "user_version" FROM "{MARKS_TABLE}"').fetchone()
        except pw.PeeweeException as exc:
            raise DatabaseError("error.db_cannot_open", path=self.location, reason=self._reason(exc)) from None
        if row is None or row[0] != APPLICATION_ID:
            raise DatabaseError("error.db_not_dialogos", path=self.location)
        return conn.FileState(exists=True, read_only=False, schema_version=int(row[1]))

    def translate_error(self, exc: Exception) -> DatabaseError:
        text = str(exc).lower()
        if _sqlstate(exc) == _DISK_FULL or "no space left on device" in text:
            return DiskFullError("error.pg_disk_full", path=self.location)
        if "lock timeout" in text:
            return DatabaseError("error.db_locked", path=self.location)
        if any(lost in text for lost in _LOST):
            return DatabaseError("error.pg_connection_lost", path=self.location)
        if "connection" in text and ("closed" in text or "failed" in text or "lost" in text):
            return DatabaseError("error.db_cannot_open", path=self.location, reason=self._reason(exc))
        return DatabaseError("error.db_failure", path=self.location, reason=self._reason(exc))

    def connection_lost(self, db: pw.Database) -> bool:
        """Whether the server dropped this thread's connection (a restart, an idle timeout)."""
        if db.is_closed():
            return False
        raw = db.connection()
        return bool(raw.closed or raw.broken)

    def set_busy_timeout(self, db: pw.Database, seconds: float) -> None:
        assert isinstance(db, ServerDatabase)
        db.lock_timeout = seconds

    def data_version(self, db: pw.Database) -> int:
        # The revision moves with every committed write; the session leaves its own out.
        return int(db.execute_sql('SELECT "revision" FROM "meta" WHERE "id" = 1').fetchone()[0])

    def journal_mode(self, db: pw.Database) -> str:
        return "server"

    def schema_version(self, db: pw.Database) -> int:
        return int(db.execute_sql(f'SELECT "user_version" FROM "{MARKS_TABLE}"').fetchone()[0])

    def set_schema_version(self, db: pw.Database, version: int) -> None:
        db.execute_sql(f'UPDATE "{MARKS_TABLE}" SET "user_version" = %s', (version,))

    def back_up_before(self, db: pw.Database, version: int) -> Path:
        """A ``pg_dump`` of the plan before it is updated; :class:`BackupUnavailable` when none can be made
        (no pg_dump here, one too old for the server): the update runs anyway, in one transaction."""
        target = backup_path_for(self.backup_base(), f"before-v{version}")
        try:
            self.dump(db, target)
        except DatabaseError as error:
            raise BackupUnavailable(error.message) from None
        return target

    def backup_base(self) -> Path:
        """What backups are named after: ``<database>@<host>.sql`` in the user's folder of server backups."""
        database, host = database_and_host(self.url)
        name = re.sub(r"[^\w.@-]+", "_", f"{database}@{host}").strip("._") or "plan"
        return server_backup_folder() / f"{name}.sql"

    def dump(self, db: pw.Database, target: Path) -> None:
        """A plain-SQL ``pg_dump`` of the plan's schema into the new file ``target``, readable by its owner only.

        The password goes to pg_dump in its environment, never on its command
        line (which every user of the computer can read). A failure leaves no
        file behind and says pg_dump's own first line.
        """
        program = shutil.which("pg_dump")
        if program is None:
            raise DatabaseError("error.pg_dump_missing", path=self.location)
        schema = str(db.execute_sql("SELECT current_schema()").fetchone()[0])
        environment = dict(os.environ)
        password = password_of(self.url)
        if password:
            environment["PGPASSWORD"] = password
        command = [program, "--dbname", shown(self.url), "--schema", '"' + schema.replace('"', '""') + '"']
        partial = target.with_name(f".{target.name}.partial-{secrets.token_hex(4)}")
        import subprocess  # only for a server plan's backup: not loaded at every start

        try:
            with os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:
                done = subprocess.run(  # noqa: S603 - pg_dump from the PATH, arguments as a list
                    [*command, "--no-owner", "--no-privileges"], stdout=out, stderr=subprocess.PIPE, env=environment
                )
            if done.returncode != 0:
                said = done.stderr.decode("utf-8", "replace").strip().splitlines()
                reason = redact(said[0] if said else f"exit {done.returncode}", self.url)
                raise DatabaseError("error.pg_dump_failed", path=self.location, reason=reason)
            os.link(partial, target)  # never replaces a file that appeared meanwhile
        except FileExistsError:
            raise DatabaseError("error.backup_exists", path=str(target)) from None
        except OSError as exc:
            raise DatabaseError("error.backup_failed", path=str(target), reason=exc.strerror or str(exc)) from None
        finally:
            partial.unlink(missing_ok=True)

    def size_bytes(self, db: pw.Database) -> int:
        return int(db.execute_sql("SELECT pg_database_size(current_database())").fetchone()[0])

    def integrity_problems(self, db: pw.Database) -> Iterator[str]:
        """None to look for: the server keeps its pages and always enforces foreign keys."""
        return iter(())


Backend = SqliteBackend | PostgresBackend


def _sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE psycopg read from the server, under peewee's wrapping of its error."""
    for candidate in (exc, getattr(exc, "orig", None), exc.__cause__, exc.__context__):
        code = getattr(candidate, "sqlstate", None)
        if isinstance(code, str):
            return code
    return None


def _first_line(exc: Exception) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0].rstrip(".") if lines else type(exc).__name__


__all__ = [
    "Backend",
    "PostgresBackend",
    "ServerDatabase",
    "SqliteBackend",
    "is_server_url",
]
