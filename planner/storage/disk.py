"""Copies of a plan on disk: who may read them, the folders made for them, and a full disk.

Who may read a copy. A backup holds everything the plan holds, so nobody may
read it who cannot read the plan. A copy is made private (0600) while it is
written, then gets exactly the plan's read and write bits and the plan's
group, like ``cp -p``: the umask, a default for new files, neither widens nor
narrows it, so a team's plan at 0660 has backups its colleagues can read and
restore. If the copy cannot be given the plan's group, it gets no group bits
at all: another group must never read what the plan's group alone may.

A folder made for copies is its owner's (rwx), plus r-x for the group and
others the plan lets read, and w for those the plan also lets write: a
private plan (0600) gets a 0700 folder, a team's plan (0660) a 0770 one where
every colleague's daily backup can go and be found, and no folder ever shows
anyone a plan they cannot read. A folder made by another person is left as
it is; a symbolic link where the folder should be is refused: backups are
never written wherever a link planted there points.

A full disk. SQLite says "database or disk is full" (``SQLITE_FULL``) and
Python raises ``ENOSPC``, ``EDQUOT`` or ``EFBIG``: each is "no room", with
its cause in words (:func:`no_room`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from planner.i18n import Term
from planner.storage import plan_file

_COPY_BITS = 0o666
_GROUP_BITS = 0o070
# Every flag here keeps a planted name from redirecting the write: no existing file, no link.
_NEW_FILE = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_COPY_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Access:
    """Who may read and write a plan: the read and write bits a copy of it takes, and the plan's group
    (None when unknown: then the copy stays its owner's alone)."""

    mode: int
    group: int | None = None


PRIVATE = Access(0o600)
"""A copy only its owner may read (a scratch copy, or when the plan cannot be looked at)."""


def access_of(original: Path) -> Access:
    """The access a copy of ``original`` gets: its read and write bits and its group; private if it cannot be read."""
    try:
        facts = original.stat()
    except OSError:
        return PRIVATE
    return Access(stat.S_IMODE(facts.st_mode) & _COPY_BITS, facts.st_gid)


def folder_mode(mode: int) -> int:
    """The bits of a folder of copies of a plan whose bits are ``mode``: the owner's rwx, and r-x
    (rwx with write) for each of group and others that may read the plan."""
    folder = 0o700
    for read, write, search in ((stat.S_IRGRP, stat.S_IWGRP, stat.S_IXGRP), (stat.S_IROTH, stat.S_IWOTH, stat.S_IXOTH)):
        if mode & read:
            folder |= read | search | (mode & write)
    return folder


def new_file(path: Path) -> int:
    """Create ``path`` for its owner alone (0600) and open it for writing; an existing file or a
    link at that name is an error (``FileExistsError``), never written through."""
    descriptor = os.open(path, _NEW_FILE, 0o600)
    if os.name != "nt":
        with contextlib.suppress(OSError):
            os.fchmod(descriptor, 0o600)  # a umask may have taken the owner's own rights away
    return descriptor


def partial_name(destination: Path) -> Path:
    """A name beside ``destination`` nobody else uses: two processes never share a half-written file."""
    return destination.with_name(f"{destination.name}.{secrets.token_hex(4)}.partial")


def grant(descriptor: int, access: Access, *, folder: bool = False) -> None:
    """Give the file (or folder) open as ``descriptor`` the plan's group, then the plan's bits.

    On a file system that refuses (some network shares), what it keeps is
    never wider than what it had: files and folders start private.
    """
    if os.name == "nt":
        return  # Windows: access comes from the folder's ACLs; chmod only sets read-only
    mode = folder_mode(access.mode) if folder else access.mode
    with contextlib.suppress(OSError):  # refused: it stays private
        if access.group is None:
            mode &= ~_GROUP_BITS
        elif os.fstat(descriptor).st_gid != access.group:
            try:
                os.fchown(descriptor, -1, access.group)
            except OSError:
                mode &= ~_GROUP_BITS  # another group: its members get nothing
        os.fchmod(descriptor, mode)


def copy_to_new(source: Path, path: Path, access: Access) -> None:
    """The bytes of ``source`` in a new file ``path`` (see :func:`new_file`), on the disk and
    given ``access`` when this returns; nothing is left at ``path`` when it fails."""
    descriptor = new_file(path)  # what was already there is never removed below
    try:
        with os.fdopen(descriptor, "wb") as target:
            # Read as plan_file reads: the copy of a plan this process has open keeps its locks.
            for chunk in plan_file.chunks(source, _COPY_CHUNK):
                target.write(chunk)
            target.flush()
            os.fsync(target.fileno())
            grant(target.fileno(), access)
    except BaseException:
        remove(path)
        raise


class LinkedFolderError(OSError):
    """A symbolic link stands where a folder of backups should be: nothing is written through it."""


def make_folder(folder: Path, access: Access) -> None:
    """Make sure ``folder`` is a real folder for copies of a plan with ``access``.

    Missing parents are made as usual; the folder itself is made private,
    then given :func:`folder_mode` (also when it exists and is this user's:
    an older Dialogos made them 0755). Raises :class:`LinkedFolderError` for
    a symbolic link, :class:`OSError` for anything else in the way.
    """
    if folder.is_symlink():
        raise LinkedFolderError(errno.ELOOP, os.strerror(errno.ELOOP), str(folder))
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    else:
        with contextlib.suppress(OSError):
            folder.chmod(0o700)  # a umask may have taken the owner's own rights away
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
    if os.name == "nt":
        if not folder.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
        return
    try:
        descriptor = os.open(folder, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # a link put there since the first look
            raise LinkedFolderError(errno.ELOOP, os.strerror(errno.ELOOP), str(folder)) from None
        raise
    try:
        if os.fstat(descriptor).st_uid == os.geteuid():
            grant(descriptor, access, folder=True)
    finally:
        os.close(descriptor)


def no_room(exc: BaseException, where: Path | None = None) -> Term | None:
    """Why there is no room to write, when ``exc`` says so: the disk is full, a quota is used up,
    or the file would pass the largest size allowed. None for any other error.

    SQLite says "database or disk is full" only for ``ENOSPC``; any other
    failed write (``EFBIG``, ``EDQUOT``) is a bare "disk I/O error". For
    those, the file ``where`` SQLite was writing is looked at: a disk
    without a free block, or a limit on the size of files, is the cause.
    """
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return Term("disk.full")
        if exc.errno == getattr(errno, "EDQUOT", None):
            return Term("disk.quota")
        if exc.errno == errno.EFBIG:
            return Term("disk.too_large")
        return None
    # peewee raises its own error around SQLite's, which it keeps as ``orig``.
    error = getattr(exc, "orig", None) or exc
    if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "database or disk is full" in str(error):
        return Term("disk.full")
    if where is not None and getattr(error, "sqlite_errorname", None) in _FAILED_WRITES:
        return _room_left(where)
    return None


_FAILED_WRITES = {"SQLITE_IOERR_WRITE", "SQLITE_IOERR_FSYNC", "SQLITE_IOERR_TRUNCATE"}


def _room_left(where: Path) -> Term | None:
    """What explains a write that failed on the file ``where``, if it is room: a limit on the
    size of this process' files (``ulimit -f``), or a disk with no free block."""
    try:
        import resource
    except ImportError:  # not on Windows
        pass
    else:
        if resource.getrlimit(resource.RLIMIT_FSIZE)[0] != resource.RLIM_INFINITY:
            return Term("disk.too_large")
    try:
        facts = os.statvfs(where.parent)
    except (OSError, AttributeError):
        return None
    return Term("disk.full") if facts.f_bavail == 0 else None


def remove(path: Path) -> None:
    """Delete ``path`` if it is there (a partial copy after a failure)."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


__all__ = [
    "PRIVATE",
    "Access",
    "LinkedFolderError",
    "access_of",
    "copy_to_new",
    "folder_mode",
    "grant",
    "make_folder",
    "new_file",
    "no_room",
    "partial_name",
    "remove",
]
