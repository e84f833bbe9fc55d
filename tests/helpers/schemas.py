"""Plans of an older schema, as an older Dialogos left them."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import peewee as pw

from planner.storage.backend import SqliteBackend
from planner.storage.migrations import MIGRATIONS, migrate
from tests.helpers.paths import FIXTURES

# Written by Dialogos 0.1.0 (schema 1): two platforms, three posts (one an idea), default categories.
SCHEMA_1_FIXTURE = FIXTURES / "schema-v1.sqlite"


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


def columns(path: Path) -> dict[str, list[tuple[str, str, int]]]:
    """Every table's columns: name, type, not null."""
    connection = sqlite3.connect(path)
    try:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            table: [(c[1], c[2], c[3]) for c in connection.execute(f'PRAGMA table_info("{table}")')]
            for table in sorted(tables)
        }
    finally:
        connection.close()


def indexes(path: Path) -> list[tuple[str, str]]:
    """Every index: its name and its SQL (the same SQL either way, "IF NOT EXISTS" aside)."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        return sorted((name, sql.replace("IF NOT EXISTS ", "")) for name, sql in rows)
    finally:
        connection.close()
