"""Reading and writing exchange files safely: whole or not at all.

An export replaces its file in one step (a temporary file in the same folder,
flushed to disk, then renamed over the old one), so a calendar app reading a
subscribed file never sees half of it, and a failure leaves the old file.
An import reads at most :data:`MAX_IMPORT_BYTES`, refusing a bigger file
before reading it into memory.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from planner.errors import ValidationError
from planner.locations import looking_at

MAX_IMPORT_BYTES = 20 * 1024 * 1024
"""The largest file an import reads (20 MiB: years of a busy calendar)."""


def check_destination(path: str | os.PathLike[str]) -> Path:
    """``path`` as a file an export may replace; what :func:`write_atomically` would refuse is
    refused now, before anything is written: a folder, a device or a pipe, a missing folder."""
    target = Path(path)
    with looking_at(target):
        if target.is_dir():
            raise ValidationError("error.export_is_folder", path=str(target))
        if target.exists() and not target.is_file():
            # Renaming over a device or a pipe would replace it with a file (even /dev/null, for root).
            raise ValidationError("error.export_not_a_file", path=str(target))
        folder = target.parent if str(target.parent) else Path(".")
        if not folder.is_dir():
            raise ValidationError("error.export_no_folder", path=str(folder))
    return target


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Replace ``path`` with ``data`` in one step; the old file stays if anything fails."""
    target = check_destination(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ValidationError("error.export_cannot_write", path=str(target), detail=exc.strerror or str(exc)) from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); a calendar file is as shareable as any other.
        os.chmod(temporary, _default_mode())
        os.replace(temporary, target)
    except BaseException as exc:
        # Whatever stopped the write (a full disk, Ctrl+C), no temporary file stays behind.
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise ValidationError(
                "error.export_cannot_write", path=str(target), detail=exc.strerror or str(exc)
            ) from exc
        raise
    return target


def _default_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def read_limited(path: str | os.PathLike[str], limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of a file to import; a missing, unreadable or too big file is an input error."""
    source = Path(path)
    try:
        with source.open("rb") as stream:
            data = stream.read(limit + 1)
    except IsADirectoryError as exc:
        raise ValidationError("error.import_is_folder", path=str(source)) from exc
    except FileNotFoundError as exc:
        raise ValidationError("error.import_missing", path=str(source)) from exc
    except OSError as exc:
        raise ValidationError("error.import_cannot_read", path=str(source), detail=exc.strerror or str(exc)) from exc
    if len(data) > limit:
        raise ValidationError("error.import_too_big", path=str(source), limit_mb=limit // (1024 * 1024))
    return data
