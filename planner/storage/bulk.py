"""Writing many posts at once, with one prepared statement."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import peewee as pw


def insert_posts(db: pw.Database, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> int:
    """Insert prepared rows into ``post``; returns the first new id.

    The new ids are consecutive: callers hold the write lock (BEGIN IMMEDIATE).
    """
    sql = f'INSERT INTO "post" ({", ".join(columns)}) VALUES ({", ".join(db.param for _ in columns)})'
    cursor = db.cursor()
    if isinstance(db, pw.PostgresqlDatabase):
        # No lastrowid on a server: the first row says its id; the write lock keeps the next ones consecutive.
        cursor.execute(sql + ' RETURNING "id"', rows[0])
        first_id = int(cursor.fetchone()[0])
    else:
        cursor.execute(sql, rows[0])
        first_id = int(cursor.lastrowid or 0)
    if len(rows) > 1:
        cursor.executemany(sql, rows[1:])
    return first_id
