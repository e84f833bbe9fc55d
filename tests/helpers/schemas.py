"""Plans of an older schema, as an older Dialogos left them."""

from __future__ import annotations

import shutil
from pathlib import Path

import peewee as pw

from planner.storage.backend import SqliteBackend
from planner.storage.migrations import MIGRATIONS, migrate

# Written by Dialogos 0.1.0 (schema 1): two platforms, three posts (one an idea), default categories.
SCHEMA_1_FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema-v1.sqlite"


def older_file(path: Path, schema: int, *, source: Path = SCHEMA_1_FIXTURE) -> Path:
    """``source`` (schema 1) copied to ``path`` and brought to ``schema`` by the steps up to it only,
    without the backup the steps leave beside it."""
    if source != path:
        shutil.copyfile(source, path)
    database = pw.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    database.connect()
    try:
        current = int(database.execute_sql("PRAGMA user_version").fetchone()[0])
        migrate(database, SqliteBackend(path), current, migrations=MIGRATIONS, target=schema)
    finally:
        database.close()
    for backup in path.parent.glob(f"{path.stem}*before-v*"):
        backup.unlink()
    return path
