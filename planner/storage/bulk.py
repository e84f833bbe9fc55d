"""Writing many rows at once, each statement made once: the SQL a query builder would make
again for every row costs more than the write itself when there are thousands."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import peewee as pw


def insert_posts(db: pw.Database, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> int:
    """Insert prepared rows into ``post``; returns the first new id."""
    return insert_rows(db, "post", columns, rows)


def insert_rows(db: pw.Database, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> int:
    """Insert prepared rows into ``table``, whose key is ``id``; returns the first new id.

    The new ids are consecutive: callers hold the write lock (BEGIN IMMEDIATE).
    """
    sql = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({", ".join(db.param for _ in columns)})'
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


def insert_keyed(db: pw.Database, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert rows that carry their own key (the state kept beside each audit entry)."""
    if rows:
        sql = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({", ".join(db.param for _ in columns)})'
        db.cursor().executemany(sql, rows)


def update_post(db: pw.Database, columns: tuple[str, ...], values: Sequence[Any], post_id: int, version: int) -> bool:
    """Write ``values`` into ``columns`` of post ``post_id`` if it is still at ``version``, which goes
    up by one; whether it was (False: changed or deleted meanwhile, nothing written)."""
    cursor = db.cursor()
    cursor.execute(_update_sql(db.param, columns), (*values, post_id, version))
    return bool(cursor.rowcount == 1)


@cache
def _update_sql(param: str, columns: tuple[str, ...]) -> str:
    assigned = ", ".join(f'"{name}" = {param}' for name in columns)
    return f'UPDATE "post" SET {assigned}, "version" = "version" + 1 WHERE "id" = {param} AND "version" = {param}'
