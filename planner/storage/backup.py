"""Consistent copies of an open database, through SQLite's online backup."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import peewee as pw

from planner.errors import DatabaseError


def backup_path_for(path: Path, label: str) -> Path:
    """A fresh name beside ``path``: ``plan.backup-<label>-<UTC time>.sqlite``."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.stem}.backup-{label}-{stamp}{path.suffix or '.sqlite'}")
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.stem}.backup-{label}-{stamp}-{counter}{path.suffix or '.sqlite'}")
    return candidate


def backup_database(db: pw.SqliteDatabase, destination: Path) -> None:
    """Copy ``db`` to ``destination`` page by page while others may still read it.

    The copy is written to a temporary name first and renamed, so a failed
    backup never leaves a half-written file under the real name.
    """
    partial = destination.with_name(destination.name + ".partial")
    try:
        target = sqlite3.connect(str(partial))
    except sqlite3.Error as exc:
        raise DatabaseError("error.backup_cannot_write", path=str(destination), reason=str(exc)) from None
    try:
        db.connection().backup(target)
    except BaseException:
        target.close()
        partial.unlink(missing_ok=True)
        raise
    target.close()
    partial.replace(destination)
