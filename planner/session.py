"""An open Dialogos file: opening, transactions, revisions, info, check, backup."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Self

import peewee as pw

from planner.clock import Clock, current_user, system_clock
from planner.errors import DatabaseError, PlannerError, ValidationError
from planner.i18n import language, tr
from planner.locations import expanded, looking_at, usable_file_name
from planner.model import AuditEntry, ChangeKind, DatabaseInfo, Entity
from planner.storage import bulk
from planner.storage import connection as conn
from planner.storage import models as db
from planner.storage.backend import Backend, PostgresBackend, SqliteBackend, is_server_url
from planner.storage.backup import backup_database, backup_path_for, backups_of
from planner.storage.backup import backup_folder as backup_folder_of
from planner.storage.disk import access_of
from planner.storage.identity import OpenedFile, Whereabouts
from planner.storage.migrations import Migrated, create_schema, migrate
from planner.storage.schema import FIRST_SERVER_SCHEMA, SCHEMA_VERSION
from planner.timezones import from_timestamp, system_zone_name, timestamp, zone
from planner.version import __version__

if TYPE_CHECKING:
    from planner.sharing.backups import AutoBackup


@contextmanager
def _damage_recognised(file: Path, folder: Path) -> Iterator[None]:
    """Opening ``file``: an error that is damage is raised as damage, offering the backups in ``folder``."""
    try:
        yield
    except DatabaseError as error:
        from planner.sharing.backups import recognise_damage  # only for a file that failed to open

        recognised = recognise_damage(error, file, folder)
        if recognised is error:
            raise
        raise recognised from None


# The columns of an audit entry, in the order audit_many() gives them.
_AUDIT_COLUMNS = ("at", "who", "action", "entity", "entity_id", "summary", "reason", "revision")


class _Rehearsed(Exception):
    """Ends a rehearsal: rolls its transaction back."""


@dataclass(frozen=True, slots=True)
class Transaction:
    """The write in progress: its revision, stamp and author."""

    revision: int
    now_ts: int
    who: str


class Session:
    """A connection to one Dialogos file. Use :meth:`open`; close when done."""

    def __init__(
        self,
        database: pw.Database,
        path: Path,
        *,
        read_only: bool,
        clock: Clock,
        user: str,
        busy_timeout: float = conn.DEFAULT_BUSY_TIMEOUT,
        backend: Backend | None = None,
    ) -> None:
        self._db = database
        self._busy_timeout = busy_timeout
        self.path = path
        self._backend: Backend = backend or SqliteBackend(path)
        # The file's path, or the server's URL without its password: what messages name.
        self.location = self._backend.location
        self.read_only = read_only
        # A read-only connection never writes, whatever the file's permissions become.
        self._read_only_connection = read_only
        # The file opened (None on a server): is it still the one at the path, may it be written?
        self._opened_file: OpenedFile | None = None
        self._clock = clock
        self.user = user
        self._data_version: int | None = None
        self.backup_made: Path | None = None
        # A journal found beside the file that was not its own, renamed instead of rolled back.
        self.journal_set_aside: Path | None = None
        # What opening did that the user should hear of, one line each (the CLI's warnings, the window's).
        self.notices: list[str] = []

    # Set by open(): the folder of automatic backups, and what auto_backup() already knows.
    backup_folder: Path | None = None
    _backup_zone: str | None = None
    _backup_day: date | None = None

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        create: bool = True,
        planning_zone: str | None = None,
        clock: Clock = system_clock,
        user: str | None = None,
        busy_timeout: float = conn.DEFAULT_BUSY_TIMEOUT,
        backup_folder: str | os.PathLike[str] | None = None,
    ) -> Self:
        """Open (or, with ``create``, make) the Dialogos file at ``path``.

        Refuses, without writing a byte: a folder, a missing folder, a file
        that is not a Dialogos database, one made by a newer Dialogos, a
        damaged one (:class:`~planner.storage.connection.DamagedError`, whose
        message offers the newest sound backup). ``backup_folder`` is where
        automatic backups go (the app's setting); None means
        ``$DIALOGOS_BACKUPS``, else a folder beside the file. Opening takes
        no backup: writers call :meth:`auto_backup`.

        A ``postgresql://user@host:port/database`` URL opens (or, with
        ``create``, makes) a plan on a PostgreSQL server instead (see
        docs/postgresql.md); ``path`` is then a stand-in, ``location`` the URL.
        """
        if is_server_url(path):
            assert isinstance(path, str)
            return cls._open_server(path, create, planning_zone, clock, user, busy_timeout)
        file = usable_file_name(expanded(path))
        folder = backup_folder_of(file, backup_folder)
        with _damage_recognised(file, folder):
            return cls._open(file, folder, create, planning_zone, clock, user, busy_timeout)

    @classmethod
    def _open(
        cls,
        file: Path,
        folder: Path,
        create: bool,
        planning_zone: str | None,
        clock: Clock,
        user: str | None,
        busy_timeout: float,
    ) -> Self:
        state = conn.inspect_file(file)
        if state.empty and backups_of(file, folder):
            # A 0-byte file is a new plan (``touch plan.sqlite``) unless backups
            # of it exist: then it held a plan and was cut to nothing.
            raise conn.DamagedError(file, "damage.empty")
        if not state.exists and not create:
            raise DatabaseError("error.db_empty" if state.empty else "error.db_not_found", path=str(file))
        if not state.exists and state.read_only:
            raise DatabaseError("error.db_read_only", path=str(file))
        if state.schema_version > SCHEMA_VERSION:
            raise DatabaseError("error.db_newer", path=str(file), found=state.schema_version, known=SCHEMA_VERSION)
        if state.exists and state.read_only and state.schema_version < SCHEMA_VERSION:
            raise DatabaseError("error.db_needs_migration_read_only", path=str(file))
        zone_name = ""
        if not state.exists:
            # Checked before connecting, which creates the file: a refusal leaves nothing behind.
            zone_name = planning_zone or system_zone_name()
            zone(zone_name)
        database = conn.connect(file, read_only=state.read_only, busy_timeout=busy_timeout, create=not state.exists)
        session = cls(
            database,
            file,
            read_only=state.read_only,
            clock=clock,
            user=user or current_user(),
            busy_timeout=busy_timeout,
        )
        session.backup_folder = folder
        session.journal_set_aside = state.journal_set_aside
        if state.journal_set_aside is not None:
            session.notices.append(tr("journal.set_aside", path=str(file), kept=str(state.journal_set_aside)))
        try:
            with session.guard():
                database.connect()
                if not state.exists:
                    create_schema(
                        database,
                        planning_zone=zone_name,
                        now_ts=timestamp(clock()),
                        app_version=__version__,
                        language=language(),
                    )
                    # Nothing to back up today in a plan made today.
                    session._backup_zone = zone_name
                    session._backup_day = clock().astimezone(zone(zone_name)).date()
                elif state.schema_version < SCHEMA_VERSION:
                    session._migrated(migrate(database, session._backend, state.schema_version))
                session._remember_file()
        except BaseException:
            database.close()
            raise
        return session

    @classmethod
    def _open_server(
        cls,
        url: str,
        create: bool,
        planning_zone: str | None,
        clock: Clock,
        user: str | None,
        busy_timeout: float,
    ) -> Self:
        backend = PostgresBackend(url)
        database = backend.connect(busy_timeout)
        try:
            state = backend.inspect(database)
            if not state.exists and not create:
                raise DatabaseError("error.db_not_found", path=backend.location)
            if state.schema_version > SCHEMA_VERSION:
                raise DatabaseError(
                    "error.db_newer", path=backend.location, found=state.schema_version, known=SCHEMA_VERSION
                )
            if state.exists and state.schema_version < FIRST_SERVER_SCHEMA:
                raise DatabaseError("error.pg_needs_migration", path=backend.location)
            zone_name = planning_zone or system_zone_name()
            if not state.exists:
                zone(zone_name)
            session = cls(
                database,
                Path(backend.location),
                read_only=False,
                clock=clock,
                user=user or current_user(),
                busy_timeout=busy_timeout,
                backend=backend,
            )
            if state.exists and state.schema_version < SCHEMA_VERSION:
                with session.guard():
                    session._migrated(migrate(database, backend, state.schema_version))
            if not state.exists:
                with session.guard(), database.atomic("IMMEDIATE"):
                    # Asked again under the write lock: two people creating the plan at once make it once.
                    if not backend.inspect(database).exists:
                        create_schema(
                            database,
                            planning_zone=zone_name,
                            now_ts=timestamp(clock()),
                            app_version=__version__,
                            language=language(),
                        )
        except BaseException:
            database.close()
            raise
        return session

    def _migrated(self, migrated: Migrated | None) -> None:
        if migrated is None:
            return
        self.backup_made = migrated.backup
        if migrated.no_backup_reason is not None:
            self.notices.append(
                tr(
                    "migrate.no_backup",
                    path=self.location,
                    found=migrated.from_version,
                    reason=migrated.no_backup_reason,
                )
            )

    @property
    def on_server(self) -> bool:
        """Whether the plan lives on a PostgreSQL server rather than in a file."""
        return self._backend.server

    def close(self) -> None:
        self._db.close()

    def _remember_file(self) -> None:
        """Note the file just opened: what later writes and :meth:`reopen` compare the path with."""
        self._opened_file = OpenedFile(self.path)

    def reopen(self) -> None:
        """Read the plan again from the file now at the path, as :meth:`open` would open it.

        For a file replaced under the open session (renamed into place,
        overwritten by an older copy), saved again or restored after it was
        deleted, or made writable again when it was opened read-only. A file
        that cannot be opened raises as :meth:`open` does, and the session
        stays as it was. Nothing to do for a plan on a server.
        """
        if self._backend.server:
            return
        folder = self.backup_folder or backup_folder_of(self.path)
        with _damage_recognised(self.path, folder):
            fresh = Session._open(self.path, folder, False, None, self._clock, self.user, self._busy_timeout)
        old, self._db = self._db, fresh._db
        self.read_only = self._read_only_connection = fresh.read_only
        self.backup_made = fresh.backup_made
        self._data_version = None
        self._committed_revision = 0
        self._backup_zone = self._backup_day = None  # the file now read may need today's backup
        self._remember_file()
        with contextlib.suppress(pw.PeeweeException, sqlite3.Error):
            old.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ---------------------------------------------------

    @contextmanager
    def guard(self) -> Iterator[None]:
        """Bind the models and turn storage failures into one-line errors (no transaction)."""
        if not self._backend.server and self._db.transaction_depth() == 0:
            self._judge_journal()
        try:
            with conn.bound(self._db):
                yield
        except PlannerError:
            raise
        except (pw.PeeweeException, sqlite3.Error) as exc:
            self._forget_a_lost_connection()
            raise self._backend.translate_error(exc) from exc

    def _judge_journal(self) -> None:
        """A journal another copy's sync brought beside the open file is set aside before SQLite
        would roll it back into the plan; said once (``notices``, and the open window's file news)."""
        kept = conn.set_aside_foreign_journal(self.path)
        if kept is not None:
            self.journal_set_aside = kept
            self.notices.append(tr("journal.set_aside", path=str(self.path), kept=str(kept)))
            self.journal_news = self.notices[-1]

    # A journal set aside while the plan was open, not yet told (see FileWatch.file_news).
    journal_news: str | None = None

    def _forget_a_lost_connection(self) -> None:
        """A server that dropped this connection (restarted, timed out): the call that met it fails
        with one line, and the next one connects again instead of failing for ever."""
        if self._backend.server and self._db.transaction_depth() == 0 and self._backend.connection_lost(self._db):
            with contextlib.suppress(pw.PeeweeException):
                self._db.close()  # closed or not, peewee forgets it: the next query opens a new one

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Reads of the plan: the models bound to this file, storage failures as one-line errors.

        The services built on the session (:mod:`planner.service`) run their queries inside it.
        """
        with self.guard():
            yield

    @contextmanager
    def locked(self) -> Iterator[None]:
        """The write lock (``BEGIN IMMEDIATE``) without a revision of its own: the writes made
        inside it (each a :meth:`writing`) are saved together or not at all."""
        with self.guard(), self._db.atomic("IMMEDIATE"):
            yield

    @property
    def database(self) -> pw.Database:
        """The peewee database of the open plan (for the storage queries of the services)."""
        return self._db

    @property
    def clock(self) -> Clock:
        """Where :meth:`now` reads the time (another copy of the plan is opened with it)."""
        return self._clock

    def check_writable(self) -> None:
        """Refuse, before writing, what the file cannot take now: made read-only, deleted or
        replaced since it was opened (one ``stat``), as the command line refuses it."""
        opened = self._opened_file
        if opened is not None:
            seen = opened.look()
            refusal = opened.refusal(seen)
            if refusal is not None:
                self.read_only = True
                raise refusal
            if seen.whereabouts is Whereabouts.HERE and not self._read_only_connection:
                self.read_only = False  # write access came back
        if self.read_only:
            raise DatabaseError("error.db_read_only", path=str(self.path))

    @staticmethod
    def _as_spelt(user: str) -> str:
        """The user as the team spells them ("léa martin" is Léa Martin), or as they said it."""
        clean = " ".join(user.split())
        row = db.Member.get_or_none(db.Member.name == clean)
        if row is None:
            folded = clean.casefold()
            row = next((other for other in db.Member.select() if other.name.casefold() == folded), None)
        return user if row is None else str(row.name)

    @contextmanager
    def writing(self) -> Iterator[Transaction]:
        """One write transaction (``BEGIN IMMEDIATE``) with a new revision."""
        top = self._db.transaction_depth() == 0
        if top:
            self.check_writable()
        # On a server, others_committed() compares revisions: it must know which ones were ours.
        outermost = self._backend.server and top
        with self.guard(), self._db.atomic("IMMEDIATE"):
            db.Meta.update(revision=db.Meta.revision + 1).where(db.Meta.id == 1).execute()
            revision = db.Meta.get_by_id(1).revision
            self._last_revision = revision
            yield Transaction(revision=revision, now_ts=timestamp(self._clock()), who=self._as_spelt(self.user))
        if top:
            self._committed_revision = revision  # a rehearsal, rolled back, never gets here
        if outermost and self._data_version == revision - 1:
            # Nobody committed between the last look and this write: seeing it later is no news.
            self._data_version = self._last_revision

    _last_revision = 0
    _committed_revision = 0

    @contextmanager
    def rehearsal(self, *, patience: float | None = None) -> Iterator[None]:
        """Writes made inside run for real, are judged, then undone: nothing is saved.

        The editor uses it to show the verdict of a change before saving it.
        A rehearsal takes the write lock; with ``patience`` (seconds) it waits
        at most that long for a colleague's write to finish instead of the
        busy timeout, then fails with the "file is busy" error, so a live
        preview never holds up the window.
        """
        try:
            with self.patience(patience), self.writing():
                yield
                raise _Rehearsed
        except _Rehearsed:
            pass

    @contextmanager
    def patience(self, seconds: float | None) -> Iterator[None]:
        """Inside, wait at most ``seconds`` for a colleague's write, not the busy timeout (None: as always)."""
        if seconds is None:
            yield
            return
        with self.guard():
            self._backend.set_busy_timeout(self._db, seconds)
        try:
            yield
        finally:
            with self.guard():
                self._backend.set_busy_timeout(self._db, self._busy_timeout)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several writes as one: all are saved, or none (a failing command writes nothing)."""
        with self.writing():
            yield

    def audit(
        self,
        tx: Transaction,
        action: ChangeKind,
        entity: Entity,
        entity_id: int | None,
        summary: Mapping[str, object],
        reason: str | None = None,
    ) -> int:
        """Record a change; returns the audit entry's id."""
        row = db.Audit.create(
            at=tx.now_ts,
            who=tx.who,
            action=action.value,
            entity=entity.value,
            entity_id=entity_id,
            summary=json.dumps(summary, ensure_ascii=False, default=str),
            reason=reason,
            revision=tx.revision,
        )
        return int(row.id)

    def audit_many(
        self,
        tx: Transaction,
        action: ChangeKind,
        entity: Entity,
        summaries: Sequence[tuple[int | None, Mapping[str, object]]],
        reason: str | None = None,
    ) -> range:
        """Record one change of each entity (``entity_id``, ``summary``), as :meth:`audit` records
        one, in one statement (thousands of posts edited at once); returns their ids, in order."""
        if not summaries:
            return range(0)
        rows = [
            (
                tx.now_ts,
                tx.who,
                action.value,
                entity.value,
                entity_id,
                json.dumps(summary, ensure_ascii=False, default=str),
                reason,
                tx.revision,
            )
            for entity_id, summary in summaries
        ]
        first = bulk.insert_rows(self._db, db.Audit._meta.table_name, _AUDIT_COLUMNS, rows)
        return range(first, first + len(rows))

    def now(self) -> datetime:
        """The current instant, from the planner's clock (tests fix it)."""
        moment = self._clock()
        if moment.tzinfo is None:
            raise TypeError("the clock must give aware datetimes")
        return moment

    # -- what changed ---------------------------------------------------

    def revision(self) -> int:
        """The file's revision: it grows by one with every committed write."""
        with self.reading():
            return int(db.Meta.get_by_id(1).revision)

    def others_committed(self) -> bool:
        """True when another connection committed since the last call.

        ``PRAGMA data_version`` costs no disk read, so an open app can ask
        every second; it then asks :meth:`changes_since` what changed. On a
        server, the revision: a heartbeat (no revision) is not seen.
        """
        with self.reading():
            value = self._backend.data_version(self._db)
        changed = self._data_version is not None and value != self._data_version
        self._data_version = value
        return changed

    def changes_since(self, revision: int) -> list[AuditEntry]:
        with self.reading():
            rows = db.Audit.select().where(db.Audit.revision > revision).order_by(db.Audit.id)
            return [self._audit_entry(row) for row in rows]

    def audit_log(self, *, entity: Entity | None = None, entity_id: int | None = None) -> list[AuditEntry]:
        with self.reading():
            query = db.Audit.select().order_by(db.Audit.id)
            if entity is not None:
                query = query.where(db.Audit.entity == entity.value)
            if entity_id is not None:
                query = query.where(db.Audit.entity_id == entity_id)
            return [self._audit_entry(row) for row in query]

    def _audit_entry(self, row: db.Audit) -> AuditEntry:
        return AuditEntry(
            id=row.id,
            at=from_timestamp(row.at, "UTC"),
            who=row.who,
            action=ChangeKind(row.action),
            entity=Entity(row.entity),
            entity_id=row.entity_id,
            summary=row.summary,
            reason=row.reason,
            revision=row.revision,
        )

    # -- the file as a whole --------------------------------------------

    @property
    def planning_zone(self) -> str:
        with self.reading():
            return str(db.Meta.get_by_id(1).planning_zone)

    def info(self) -> DatabaseInfo:
        with self.reading():
            meta = db.Meta.get_by_id(1)
            journal = self._backend.journal_mode(self._db)
            schema = self._backend.schema_version(self._db)
            size = self._backend.size_bytes(self._db)
            counts = {
                "platforms": db.Platform.select().count(),
                "categories": db.Category.select().count(),
                "members": db.Member.select().count(),
                "posts": db.Post.select().count(),
                "ideas": db.Post.select().where(db.Post.start_ts.is_null()).count(),
            }
        return DatabaseInfo(
            path=self.location,
            schema_version=int(schema),
            planning_zone=meta.planning_zone,
            created_at=from_timestamp(meta.created_at, meta.planning_zone),
            created_with=meta.created_with,
            revision=meta.revision,
            read_only=self.read_only,
            size_bytes=size,
            journal_mode=str(journal),
            counts=counts,
        )

    def check(self) -> list[str]:
        """Problems found in the file, as user-facing sentences; empty when sound.

        SQLite's integrity check, its foreign key check (a post whose platform
        is gone), then Dialogos' own rules. Pages too damaged to read are a
        problem reported, not an error raised: ``db check`` exists for them.
        """
        problems: list[str] = []
        with self.reading():
            try:
                problems.extend(self._backend.integrity_problems(self._db))
                problems.extend(self._own_checks())
            except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
                problems.append(tr("check.integrity", detail=str(exc)))
        return problems

    def _own_checks(self) -> Iterator[str]:
        """Dialogos' own consistency rules, each a sentence when broken."""
        undated = db.Post.select().where(db.Post.start_ts.is_null() & (db.Post.status != "idea")).count()
        if undated:
            yield tr("check.undated_posts", count=undated)
        dated_ideas = db.Post.select().where(db.Post.start_ts.is_null(False) & (db.Post.status == "idea")).count()
        if dated_ideas:
            yield tr("check.dated_ideas", count=dated_ideas)
        for (zone_name,) in self._db.execute_sql('SELECT DISTINCT timezone FROM "post"').fetchall():
            try:
                zone(zone_name)
            except ValidationError:
                yield tr("check.unknown_zone", zone=zone_name)
        metas = db.Meta.select().count()
        if metas != 1:
            yield tr("check.meta_rows", count=metas)
        # Open windows ask "what changed since revision N": an audit entry past
        # the file's revision would never be reported to them.
        revision = db.Meta.select(pw.fn.MAX(db.Meta.revision)).scalar() or 0
        latest = db.Audit.select(pw.fn.MAX(db.Audit.revision)).scalar() or 0
        if latest > revision:
            yield tr("check.revision_behind", revision=revision, audit=latest)
        versionless = db.Post.select().where(db.Post.version < 1).count()
        if versionless:
            yield tr("check.bad_versions", count=versionless)

    @property
    def backup_base(self) -> Path:
        """What the plan's backups are named after: the file, or ``<database>@<host>.sql`` for a server plan."""
        return self._backend.backup_base()

    def backup(self, destination: str | os.PathLike[str] | None = None) -> Path:
        """A consistent copy of the plan; never overwrites an existing file.

        Without ``destination`` the copy goes beside the file (a manual
        backup: the rotation of automatic backups never deletes it). A plan on
        a server is dumped with ``pg_dump`` (a SQL file that psql puts back),
        by default into the user's folder of server backups.
        """
        base = self.backup_base
        target = backup_path_for(base, "manual") if destination is None else expanded(destination)
        with looking_at(target):
            if target.is_dir():
                target = backup_path_for(target / base.name, "manual")
            if target.exists():
                raise ValidationError("error.backup_exists", path=str(target))
            if not target.parent.is_dir():
                raise ValidationError("error.backup_folder_missing", folder=str(target.parent))
        if isinstance(self._backend, PostgresBackend):
            with self.reading():
                self._backend.dump(self._db, target)
            return target
        try:
            with self.reading():
                assert isinstance(self._db, pw.SqliteDatabase)
                backup_database(self._db, target, access_of(self.path))
        except OSError as exc:
            raise DatabaseError("error.backup_failed", path=str(target), reason=exc.strerror or str(exc)) from None
        except conn.DamagedError as error:
            error.folder = self.backup_folder
            raise
        return target

    def auto_backup(self) -> AutoBackup:
        """Today's automatic backup, unless one exists (one a day per file, in the plan's zone).

        The app calls it after opening and from a timer (an hour is plenty):
        once today's backup is known, a call costs no file access. Old
        automatic backups are rotated away. A folder that cannot be written
        gives ``problem`` (one line), never an error; a copy that fails
        SQLite's quick check raises :class:`~planner.storage.connection.DamagedError`.
        A read-only file is not backed up: nobody can change it from here.
        """
        # Not at every start: the backups follow the window's first paint.
        from planner.sharing import backups

        if self.read_only or self._backend.server:
            return backups.AutoBackup(None)
        now = self.now()
        if self._backup_zone is None:
            self._backup_zone = self.planning_zone
        today = now.astimezone(zone(self._backup_zone)).date()
        if self._backup_day == today:
            return backups.AutoBackup(None)
        folder = self.backup_folder or backup_folder_of(self.path)
        # Not under guard(), but its copy reads the plan: a journal a sync tool brought is judged first.
        self._judge_journal()
        try:
            # Not under guard(): a copy to a slow share must not hold the models' binding lock.
            try:
                assert isinstance(self._db, pw.SqliteDatabase)  # a server is refused above
                result = backups.take_automatic(self._db, self.path, folder, now, self._backup_zone)
            except (pw.PeeweeException, sqlite3.Error) as exc:
                raise conn.translate_error(exc, self.path) from exc
        except conn.DamagedError as error:
            error.folder = folder
            raise
        except DatabaseError as error:
            result = backups.AutoBackup(None, tr("backups.skipped", reason=error.message))
        # Also after a problem: a read-only share is not retried every minute.
        self._backup_day = today
        return result
