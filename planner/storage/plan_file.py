"""Reading a plan's bytes without taking SQLite's locks away from it.

SQLite locks a file with POSIX advisory locks, which belong to the process,
not to the descriptor: closing *any* descriptor of the file drops every lock
the process holds on it (sqlite.org/howtocorrupt.html, 2.2). A plain
``open(plan).read()`` while one of this process' connections holds the write
lock would let a colleague's process write at the same time.

So while this process has SQLite connections on a plan, its bytes are read
through one descriptor kept open for exactly that long (:func:`held`, which
every connection to a plan goes through), and never closed while a
connection may hold a lock. On Windows, locks belong to handles: closing
another handle drops nothing, and plain reads are safe.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_POSIX = os.name == "posix"
_lock = threading.Lock()
# (device, inode) → the descriptors kept of that file, and how many connections of this process are on it
_open: dict[tuple[int, int], tuple[list[int], list[int]]] = {}


def _key(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def hold(path: Path) -> tuple[int, int] | None:
    """A connection to ``path`` is about to open: keep a descriptor of the file until :func:`release`."""
    if not _POSIX:
        return None
    with _lock:
        key = _key(path)
        if key is None:
            return None  # no file yet: nothing to read, nothing to keep
        if key in _open:
            _open[key][1][0] += 1
            return key
        try:
            descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return None
        found = os.fstat(descriptor)
        key = (found.st_dev, found.st_ino)  # the file may have been replaced since the stat
        descriptors, count = _open.setdefault(key, ([], [0]))
        # Kept even when the file already had one: closing it now could drop a lock.
        descriptors.append(descriptor)
        count[0] += 1
        return key


def release(key: tuple[int, int] | None) -> None:
    """A connection that :func:`hold` counted has closed; the last one closes the descriptor."""
    if key is None:
        return
    with _lock:
        entry = _open.get(key)
        if entry is None:
            return
        descriptors, count = entry
        count[0] -= 1
        if count[0] <= 0:
            del _open[key]
            for descriptor in descriptors:
                os.close(descriptor)


@contextmanager
def held(path: Path) -> Iterator[None]:
    """Around a short-lived connection to ``path`` (a probe, a copy, a restore)."""
    key = hold(path)
    try:
        yield
    finally:
        release(key)


def chunks(path: Path, size: int = 1 << 20) -> Iterator[bytes]:
    """The whole of ``path``, ``size`` bytes at a time, read as :func:`read` reads."""
    offset = 0
    while True:
        chunk = read(path, offset, size)
        if not chunk:
            return
        yield chunk
        offset += len(chunk)


def read(path: Path, offset: int, size: int) -> bytes:
    """``size`` bytes of ``path`` from ``offset`` (fewer at its end), without dropping this process' locks."""
    if _POSIX:
        with _lock:
            key = _key(path)
            entry = _open.get(key) if key is not None else None
            if entry is not None:
                return os.pread(entry[0][0], size, offset)
    # No connection of this process is on that file: opening and closing it drops nothing.
    with path.open("rb") as handle:
        handle.seek(offset)
        return handle.read(size)
