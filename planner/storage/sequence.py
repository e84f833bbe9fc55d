"""The queries the balance engine needs: a platform's counted posts, in order.

A post counts when it has a date and is neither an idea nor cancelled. Posts
are ordered by (start, id); every query here walks the (platform, start)
index, so reading the neighbourhood of a post costs the same on any file size.
"""

from __future__ import annotations

from collections.abc import Sequence

import peewee as pw

from planner.model import Status

# The statuses Status.counts_in_balance leaves out, as stored.
UNCOUNTED = tuple(status.value for status in Status if not status.counts_in_balance)
Key = tuple[int, int]
Row = tuple[int, int, str | None]  # id, start, side of its category


def _placeholders(db: pw.Database, count: int) -> str:
    return ", ".join(db.param for _ in range(count))


def _sql(db: pw.Database, text: str) -> str:
    """``text`` with the driver's placeholder for each "?" (SQLite: "?", PostgreSQL: "%s")."""
    return text if db.param == "?" else text.replace("?", db.param)


def _between(
    db: pw.Database,
    sql: list[str],
    params: list[object],
    *,
    below: Key | None,
    above: Key | None,
    exclude: Sequence[int],
    descending: bool,
    limit: int | None,
) -> None:
    """Add to a read of posts what every read of a platform's sequence says: strictly between two
    (start, id) keys, without some ids, in time order (or the nearest first), cut at ``limit``."""
    if below is not None:
        sql.append('AND (p."start_ts", p."id") < (?, ?)')
        params += below
    if above is not None:
        sql.append('AND (p."start_ts", p."id") > (?, ?)')
        params += above
    if exclude:
        sql.append(f'AND p."id" NOT IN ({_placeholders(db, len(exclude))})')
        params += exclude
    order = "DESC" if descending else "ASC"
    sql.append(f'ORDER BY p."start_ts" {order}, p."id" {order}')
    if limit is not None:
        sql.append("LIMIT ?")
        params.append(limit)


def counted(
    db: pw.Database,
    platform_id: int,
    *,
    below: Key | None = None,
    above: Key | None = None,
    limit: int | None = None,
    exclude: Sequence[int] = (),
    descending: bool = False,
) -> list[Row]:
    """Counted posts of a platform strictly between two (start, id) keys."""
    sql = [
        'SELECT p."id", p."start_ts", c."side" FROM "post" p LEFT JOIN "category" c ON c."id" = p."category_id"',
        'WHERE p."platform_id" = ? AND p."start_ts" IS NOT NULL AND p."status" NOT IN (?, ?)',
    ]
    params: list[object] = [platform_id, *UNCOUNTED]
    _between(db, sql, params, below=below, above=above, exclude=exclude, descending=descending, limit=limit)
    rows: list[Row] = db.execute_sql(_sql(db, " ".join(sql)), params).fetchall()  # rows are tuples already
    return rows


def count(db: pw.Database, platform_id: int, *, up_to: int | None = None) -> int:
    """How many posts of a platform count; with ``up_to``, counting stops
    there, so asking "at least N?" reads N posts, not the whole platform."""
    sql = 'SELECT 1 FROM "post" WHERE "platform_id" = ? AND "start_ts" IS NOT NULL AND "status" NOT IN (?, ?)'
    params: list[object] = [platform_id, *UNCOUNTED]
    if up_to is not None:
        sql += " LIMIT ?"
        params.append(up_to)
    # PostgreSQL before 16 wants the sub-select named.
    row = db.execute_sql(_sql(db, f"SELECT count(*) FROM ({sql}) AS counted"), params).fetchone()
    return int(row[0])


def states(
    db: pw.Database, post_ids: Sequence[int]
) -> list[tuple[int, int, int | None, str, str | None, bool | int | None]]:
    """For each post: id, platform id, start, status, side of its category, whether that is an offer."""
    found = []
    for first in range(0, len(post_ids), 500):
        chunk = list(post_ids[first : first + 500])
        sql = (
            'SELECT p."id", p."platform_id", p."start_ts", p."status", c."side", c."offer" FROM "post" p '
            'LEFT JOIN "category" c ON c."id" = p."category_id" '
            f'WHERE p."id" IN ({_placeholders(db, len(chunk))})'
        )
        found += db.execute_sql(sql, chunk).fetchall()
    return found


def offer_categories(db: pw.Database) -> list[int]:
    """The ids of the categories marked offer (a handful at most)."""
    rows = db.execute_sql(_sql(db, 'SELECT "id" FROM "category" WHERE "offer" = ? ORDER BY "id"'), [True]).fetchall()
    return [int(r[0]) for r in rows]


def offers(
    db: pw.Database,
    platform_id: int,
    categories: Sequence[int],
    *,
    below: Key | None = None,
    above: Key | None = None,
    limit: int | None = None,
    exclude: Sequence[int] = (),
    descending: bool = False,
) -> list[Key]:
    """Counted posts of offer ``categories`` on a platform strictly between two (start, id) keys,
    as (start, id) keys in time order (the nearest first when ``descending``).

    One read of the (category, platform, start) index per category, each cut at ``limit``:
    the offers near an instant cost the same whatever the size of the plan."""
    found: list[Key] = []
    for category_id in categories:
        sql = [
            'SELECT p."start_ts", p."id" FROM "post" p WHERE p."category_id" = ? AND p."platform_id" = ?',
            'AND p."start_ts" IS NOT NULL AND p."status" NOT IN (?, ?)',
        ]
        params: list[object] = [category_id, platform_id, *UNCOUNTED]
        _between(db, sql, params, below=below, above=above, exclude=exclude, descending=descending, limit=limit)
        found += [(int(ts), int(pid)) for ts, pid in db.execute_sql(_sql(db, " ".join(sql)), params).fetchall()]
    found.sort(reverse=descending)
    return found if limit is None else found[:limit]
