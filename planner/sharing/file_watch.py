"""What happened to the file under an open plan, and saving a deleted plan again.

A shared file meets more than colleagues' saves: a sync tool puts back an
older copy (renamed into place, or written over the file), someone deletes
or moves it away, or makes it read-only. An open session would go on
showing posts that no longer exist, or call every save "read-only".
:meth:`FileWatch.file_news` tells, once, what happened since it was last
asked; an open window asks it at each team refresh (every second), so it
costs one ``stat`` of the path and ``PRAGMA data_version``, which reads no
page. Only when that moves (another connection committed, or the file's
pages changed under it) is the one row of ``meta`` read: a revision lower
than one already seen is an older copy; another creation stamp, another plan.

A plan on a server has no file: nothing to tell.
"""

from __future__ import annotations

import enum
import stat
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from planner.errors import DatabaseError, ValidationError
from planner.i18n import tr
from planner.session import Session
from planner.storage import models as db
from planner.storage.backup import backup_database
from planner.storage.disk import Access
from planner.storage.identity import Sighting, Whereabouts


class FileEvent(enum.StrEnum):
    REPLACED = "replaced"  # another file (or another plan) at the path
    OLDER = "older"  # an older copy of the plan written over the file
    DELETED = "deleted"  # nothing at the path any more
    BACK = "back"  # the file opened is at its path again
    READ_ONLY = "read_only"  # the file can no longer be written from here
    WRITABLE = "writable"  # it can again
    JOURNAL_SET_ASIDE = "journal_set_aside"  # a journal from another copy, kept out of the plan


@dataclass(frozen=True, slots=True)
class FileNews:
    """What happened to the file, told once.

    ``message`` is one line for the user. With ``reopen``, what the session
    reads is no longer the file at the path: read the plan again from it
    (:meth:`~planner.session.Session.reopen`).
    """

    event: FileEvent
    message: str
    reopen: bool = False


class FileWatch(Session):
    """The open file, watched: the session :class:`planner.service.Planner` opens.

    A refinement of :class:`~planner.session.Session` rather than a service
    beside it: it follows the file's identity from the moment it is opened
    (and each :meth:`~planner.session.Session.reopen`), which only the
    session sees."""

    _told: Sighting | None = None  # the file as file_news() last described it
    _file_data_version: int | None = None
    _known_revision = 0  # the highest revision read from the file
    _plan_created: int | None = None  # the plan's creation stamp: another plan has another

    def _remember_file(self) -> None:
        super()._remember_file()
        opened = self._opened_file
        assert opened is not None
        self._told = Sighting(Whereabouts.HERE, opened.identity, writable=not self.read_only)
        with self.reading():
            self._file_data_version = self._backend.data_version(self._db)
            meta = db.Meta.get_by_id(1)
        self._known_revision, self._plan_created = int(meta.revision), int(meta.created_at)

    def file_news(self) -> FileNews | None:
        """What happened to the file since the last call, told once; None when nothing did.

        Replaced by another file or another plan, or overwritten by an older
        copy of the plan: ``reopen``. Deleted or moved away: the session
        becomes read-only (it still reads the plan; :meth:`save_again`
        writes it back). Made read-only, or writable again (a file opened
        read-only needs ``reopen`` to write). A path that cannot be looked
        at for a moment (a share reconnecting) tells nothing.
        """
        opened = self._opened_file
        if opened is None:
            return None
        self._judge_journal()
        if self.journal_news is not None:
            told_now, self.journal_news = self.journal_news, None
            return FileNews(FileEvent.JOURNAL_SET_ASIDE, told_now)
        seen = opened.look()
        if seen.whereabouts is Whereabouts.UNREACHABLE:
            return None
        told, self._told = self._told, seen
        if seen == told:
            return self._older_copy() if seen.whereabouts is Whereabouts.HERE else None
        path = str(self.path)
        if seen.whereabouts is Whereabouts.DELETED:
            self.read_only = True
            return FileNews(FileEvent.DELETED, tr("file.deleted", path=path))
        if seen.whereabouts is Whereabouts.REPLACED:
            return FileNews(FileEvent.REPLACED, tr("file.replaced", path=path), reopen=True)
        self.read_only = self._read_only_connection or not seen.writable
        if not seen.writable:
            return FileNews(FileEvent.READ_ONLY, tr("file.read_only", path=path))
        if told is not None and told.whereabouts is Whereabouts.DELETED:
            return FileNews(FileEvent.BACK, tr("file.back", path=path), reopen=self._read_only_connection)
        return FileNews(FileEvent.WRITABLE, tr("file.writable", path=path), reopen=self._read_only_connection)

    def _older_copy(self) -> FileNews | None:
        """Whether the file's pages changed under the same name into an older copy, or another plan."""
        with self.reading():
            version = self._backend.data_version(self._db)
            if version == self._file_data_version:
                return None
            self._file_data_version = version
            meta = db.Meta.select(db.Meta.revision, db.Meta.created_at).where(db.Meta.id == 1).first()
        path = str(self.path)
        if meta is None or meta.created_at != self._plan_created:
            return FileNews(FileEvent.REPLACED, tr("file.replaced", path=path), reopen=True)
        # A restore moves the revision past every one seen: only a copy put back goes below.
        known = max(self._known_revision, self._committed_revision)
        if meta.revision < known:
            return FileNews(FileEvent.OLDER, tr("file.older", path=path, found=meta.revision, seen=known), reopen=True)
        self._known_revision = max(known, int(meta.revision))
        return None

    def save_again(self) -> Path:
        """Write the plan this session still reads back to its path, after the file was deleted,
        and go on with the new file.

        SQLite keeps a deleted file readable through the connections opened
        before: the calling thread's one (the thread that has been reading
        the plan: call it from there) is copied with the online backup API,
        given the file's permissions of when it was opened, and reopened.
        Nothing is ever overwritten: a file back at the path meanwhile is
        refused (:class:`~planner.errors.DatabaseError`); reopen it instead.
        """
        opened = self._opened_file
        if opened is None:
            raise ValidationError("file.save_again_server", path=self.location)
        path = str(self.path)
        if self.path.exists():
            raise DatabaseError("file.save_again_exists", path=path)
        if self._db.is_closed():
            raise DatabaseError("file.save_again_lost", path=path)
        try:
            with self.reading():
                assert isinstance(self._db, pw.SqliteDatabase)  # a server has no file: refused above
                # The team's permissions on the shared file, and its group, as when it was opened.
                backup_database(self._db, self.path, Access(stat.S_IMODE(opened.mode) & 0o666, opened.group))
        except OSError as exc:
            raise DatabaseError("file.save_again_failed", path=path, reason=exc.strerror or str(exc)) from None
        except DatabaseError as error:
            if error.key == "error.backup_exists":
                raise DatabaseError("file.save_again_exists", path=path) from None
            reason = error.params.get("reason") or error.message
            raise DatabaseError("file.save_again_failed", path=path, reason=reason) from None
        self.reopen()
        return self.path
