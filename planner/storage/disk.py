"""A disk that is full.

SQLite says "database or disk is full" (``SQLITE_FULL``) and Python raises
``ENOSPC``, ``EDQUOT`` or ``EFBIG``: each is "no room", with its cause in
words (:func:`no_room`).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from planner.i18n import Term


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


__all__ = ["no_room"]
