"""Is the file a session opened still the one at its path, and may it be written?

An open SQLite connection holds the file it opened, not its name. A file
renamed into place (a sync tool putting back an older copy, a restore by
rename) leaves the connection reading the old one for ever; a deleted file
stays readable through it, and SQLite refuses every write to either with
"read-only" (``SQLITE_READONLY_DBMOVED``). SQLite tells a moved file by the
path's inode, and so does this module: one ``stat`` of the path, cheap
enough to ask every second, even on a network share.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from pathlib import Path

from planner.errors import DatabaseError
from planner.storage.connection import read_only_by


class Whereabouts(enum.Enum):
    HERE = "here"  # the file that was opened
    DELETED = "deleted"  # nothing at the path any more (deleted, or moved away)
    REPLACED = "replaced"  # another file at the path
    UNREACHABLE = "unreachable"  # the path cannot be looked at now (a share reconnecting)


@dataclass(frozen=True, slots=True)
class Sighting:
    """What is at the path now: the file opened, another one, or nothing.

    ``identity`` is the (device, inode) found there; ``writable`` is said of
    the file opened only: whether this user may write it (and its folder).
    """

    whereabouts: Whereabouts
    identity: tuple[int, int] | None = None
    writable: bool = False


class OpenedFile:
    """The file a session opened, known by its device and inode, with its permissions of then."""

    def __init__(self, path: Path) -> None:
        found = os.stat(path)
        self.path = path
        self.identity = (found.st_dev, found.st_ino)
        self.mode = found.st_mode
        self.group = found.st_gid

    def look(self) -> Sighting:
        """What is at the path now (one ``stat``, two ``access`` calls)."""
        try:
            found = os.stat(self.path)
        except (FileNotFoundError, NotADirectoryError):
            return Sighting(Whereabouts.DELETED)
        except OSError:
            return Sighting(Whereabouts.UNREACHABLE)
        identity = (found.st_dev, found.st_ino)
        if identity != self.identity:
            return Sighting(Whereabouts.REPLACED, identity)
        return Sighting(Whereabouts.HERE, identity, writable=not read_only_by(self.path, found.st_mode))

    def refusal(self, seen: Sighting) -> DatabaseError | None:
        """Why nothing may be written to the file, ``seen`` as it is now (deleted, replaced,
        read-only); None when it may."""
        if seen.whereabouts is Whereabouts.DELETED:
            return DatabaseError("error.db_deleted", path=str(self.path))
        if seen.whereabouts is Whereabouts.REPLACED:
            return DatabaseError("error.db_replaced", path=str(self.path))
        if seen.whereabouts is Whereabouts.HERE and not seen.writable:
            return DatabaseError("error.db_read_only", path=str(self.path))
        return None  # unreachable for a moment: SQLite's own error says it, if the write fails
