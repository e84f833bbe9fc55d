"""Schema creation and numbered migrations.

``PRAGMA user_version`` (a file) or the ``dialogos_schema`` row (a server)
holds the schema version (:mod:`planner.storage.schema`). Each step in
``MIGRATIONS`` brings the schema from ``n - 1`` to ``n``; before any step
runs, the plan is backed up (a copy of the file beside it; a ``pg_dump`` of a
server plan), and all steps run in one transaction, so a failure leaves the
plan as it was.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import peewee as pw

from planner.defaults import DEFAULT_CATEGORIES
from planner.storage.journal import database_file, fresh_mark, mark
from planner.storage.models import MODELS, Category, Meta
from planner.storage.schema import APPLICATION_ID, MARKS_TABLE, SCHEMA_VERSION

Migration = Callable[[pw.Database], None]


def _insert_default_rule(db: pw.Database, *, min_conversation: int = 1) -> None:
    """Every plan starts with the 80/20 rule as its default, in warn mode.

    Schema 2 wrote it with at least 4 conversation posts in 5 (``min_conversation=4``);
    schema 9 moves such rules to the preset's present numbers.
    """
    db.execute_sql(
        'INSERT INTO "balance_rule" ("platform_id", "window", "max_promotion", "min_conversation", '
        '"max_promo_streak", "min_promo_gap_hours", "mode", "preset", "version") '
        f"VALUES (NULL, 5, 1, {min_conversation:d}, NULL, NULL, 'warn', '80-20', 1)"
    )


def _v2_balance_rules(db: pw.Database) -> None:
    """Schema 2: balance rules and posting hours.

    Written as SQL, not from the models, so that it stays what schema 2 was
    whatever later versions do to the models.
    """
    db.execute_sql('ALTER TABLE "meta" ADD COLUMN "posting_start" INTEGER NOT NULL DEFAULT 480')
    db.execute_sql('ALTER TABLE "meta" ADD COLUMN "posting_end" INTEGER NOT NULL DEFAULT 1200')
    db.execute_sql(
        'CREATE TABLE "balance_rule" ("id" INTEGER NOT NULL PRIMARY KEY, "platform_id" INTEGER, '
        '"window" INTEGER NOT NULL, "max_promotion" INTEGER, "min_conversation" INTEGER, '
        '"max_promo_streak" INTEGER, "min_promo_gap_hours" REAL, "mode" VARCHAR(255) NOT NULL, '
        '"preset" VARCHAR(255), "version" INTEGER NOT NULL, '
        'FOREIGN KEY ("platform_id") REFERENCES "platform" ("id") ON DELETE CASCADE)'
    )
    db.execute_sql('CREATE UNIQUE INDEX "balance_rule_platform_id" ON "balance_rule" ("platform_id")')
    _insert_default_rule(db, min_conversation=4)


def _v3_context_calendars(db: pw.Database) -> None:
    """Schema 3: context calendars (imported iCalendar files shown behind the plan) and their events.

    Written as SQL for the same reason as schema 2.
    """
    db.execute_sql(
        'CREATE TABLE "context_calendar" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"name" VARCHAR(255) NOT NULL COLLATE NOCASE, "colour" VARCHAR(255) NOT NULL, "visible" INTEGER NOT NULL, '
        '"source" VARCHAR(255) NOT NULL, "imported_at" INTEGER NOT NULL, "imported_by" VARCHAR(255) NOT NULL)'
    )
    db.execute_sql('CREATE UNIQUE INDEX "context_calendar_name" ON "context_calendar" ("name")')
    db.execute_sql(
        'CREATE TABLE "context_event" ("id" INTEGER NOT NULL PRIMARY KEY, "calendar_id" INTEGER NOT NULL, '
        '"uid" VARCHAR(255) NOT NULL, "summary" TEXT NOT NULL, "description" TEXT NOT NULL, '
        '"location" TEXT NOT NULL, "all_day" INTEGER NOT NULL, "start_ts" INTEGER NOT NULL, '
        '"end_ts" INTEGER NOT NULL, "until_ts" INTEGER, "timezone" VARCHAR(255), "rrule" TEXT, '
        '"exdates" TEXT NOT NULL, "rdates" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL, '
        'FOREIGN KEY ("calendar_id") REFERENCES "context_calendar" ("id") ON DELETE CASCADE)'
    )
    db.execute_sql('CREATE INDEX "context_event_calendar_id_start_ts" ON "context_event" ("calendar_id", "start_ts")')


def _v4_presence_and_versions(db: pw.Database) -> None:
    """Schema 4: who has the file open (presence), whole post versions beside
    their audit entries (history), and an index to read a post's audit entries.

    Written as SQL for the same reason as schema 2.
    """
    db.execute_sql('CREATE INDEX "audit_entity_entity_id" ON "audit" ("entity", "entity_id")')
    db.execute_sql(
        'CREATE TABLE "post_state" ("audit_id" INTEGER NOT NULL PRIMARY KEY, "state" TEXT NOT NULL, '
        'FOREIGN KEY ("audit_id") REFERENCES "audit" ("id") ON DELETE CASCADE)'
    )
    db.execute_sql(
        'CREATE TABLE "presence" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, '
        '"host" VARCHAR(255) NOT NULL, "pid" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, '
        '"since" INTEGER NOT NULL, "heartbeat" INTEGER NOT NULL)'
    )


def _v5_journal_marks(db: pw.Database) -> None:
    """Schema 5: every write transaction leaves its journal's mark in ``meta``
    (planner.storage.journal), this one included.

    Written as SQL for the same reason as schema 2.
    """
    if isinstance(db, pw.PostgresqlDatabase):
        # The models' BlobField there; nothing marks journals on a server.
        db.execute_sql('ALTER TABLE "meta" ADD COLUMN "journal_mark" BYTEA')
        return
    db.execute_sql('ALTER TABLE "meta" ADD COLUMN "journal_mark" BLOB')
    mark(db.execute_sql, database_file(db))


def _v6_followups(db: pw.Database) -> None:
    """Schema 6: follow-ups (what posts promise the community), and on each category the
    follow-ups its posts get when dated and whether it is an offer.

    Written as SQL for the same reason as schema 2; on a server, in the types a new server
    plan has (``storage.backend.ServerDatabase``: BIGINT, BIGSERIAL, TEXT, BOOLEAN).
    """
    server = isinstance(db, pw.PostgresqlDatabase)
    if server:
        text, key, integer, boolean, false = "TEXT", "BIGSERIAL", "BIGINT", "BOOLEAN", "false"
    else:
        text, key, integer, boolean, false = "VARCHAR(255)", "INTEGER", "INTEGER", "INTEGER", "0"
    db.execute_sql('ALTER TABLE "category" ADD COLUMN "followups" TEXT NOT NULL DEFAULT \'[]\'')
    db.execute_sql(f'ALTER TABLE "category" ADD COLUMN "offer" {boolean} NOT NULL DEFAULT {false}')
    i = integer
    db.execute_sql(
        f'CREATE TABLE "followup" ("id" {key} NOT NULL PRIMARY KEY, "post_id" {i} NOT NULL, '
        f'"post_uid" {text} NOT NULL, "platform_id" {i} NOT NULL, "kind" {text} NOT NULL, '
        f'"due_ts" {i} NOT NULL, "offset_minutes" {i}, "duration_minutes" {i}, "owner_id" {i}, '
        f'"note" TEXT NOT NULL, "status" {text} NOT NULL, "kept_at" {i}, "kept_by" {text}, '
        f'"kept_by_post" {i}, "reason" TEXT, "withdrawn" {text}, "version" {i} NOT NULL, '
        f'"created_at" {i} NOT NULL, "created_by" {text} NOT NULL, '
        'FOREIGN KEY ("owner_id") REFERENCES "member" ("id") ON DELETE SET NULL)'
    )
    db.execute_sql('CREATE INDEX "followup_post_id" ON "followup" ("post_id")')
    db.execute_sql('CREATE INDEX "followup_due_ts" ON "followup" ("due_ts")')
    db.execute_sql('CREATE INDEX "followup_kept_by_post" ON "followup" ("kept_by_post")')
    db.execute_sql(
        'CREATE INDEX "followup_platform_id_status_due_ts" ON "followup" ("platform_id", "status", "due_ts")'
    )


def _v7_promises_before_promotion(db: pw.Database) -> None:
    """Schema 7: a balance rule may forbid new promotion while a follow-up is late
    ("promises before promotion"), on in every rule already there, as in every preset.

    Written as SQL for the same reason as schema 2; the default stays in the column, as a
    new plan's has it, so a rule written without it has it on.
    """
    boolean = "BOOLEAN" if isinstance(db, pw.PostgresqlDatabase) else "INTEGER"
    db.execute_sql(f'ALTER TABLE "balance_rule" ADD COLUMN "no_promotion_while_late" {boolean} NOT NULL DEFAULT true')


def _v8_offer_habit(db: pw.Database) -> None:
    """Schema 8: a balance rule may limit offers (``max_offers`` in ``offer_days`` days), no
    limit in every rule already there, as in every preset; and the index the offer habit reads
    a platform's offers near an instant by.

    Written as SQL for the same reason as schema 2; on a server, in a new server plan's types.
    """
    integer = "BIGINT" if isinstance(db, pw.PostgresqlDatabase) else "INTEGER"
    db.execute_sql(f'ALTER TABLE "balance_rule" ADD COLUMN "max_offers" {integer}')
    db.execute_sql(f'ALTER TABLE "balance_rule" ADD COLUMN "offer_days" {integer}')
    db.execute_sql(
        'CREATE INDEX "post_category_id_platform_id_start_ts" ON "post" ("category_id", "platform_id", "start_ts")'
    )


OLD_80_20 = (5, 1, 4)
"""The 80/20 preset's numbers before schema 9 (window, max promotion, min conversation): at least
4 conversation posts in any 5, which counted information posts against it."""
MIGRATION_AUTHOR = "Dialogos"
"""Who the audit log names for what a migration changed in the plan itself."""


def _v9_series_and_new_80_20(db: pw.Database) -> None:
    """Schema 9: a post may belong to a series (``series_uid``, the occurrences of one repeat),
    and the rules still on the old 80/20 numbers (:data:`OLD_80_20`) move to the new ones (at
    least 1 conversation post in 5), each with an audit entry so that the history says it.

    Written as SQL for the same reason as schema 2. The audit entries share one new revision,
    so an app open on the plan refreshes its rules; their instant is the system clock's, as the
    backup's name is: a migration runs before any planner (and its clock) exists.
    """
    text = "TEXT" if isinstance(db, pw.PostgresqlDatabase) else "VARCHAR(255)"
    db.execute_sql(f'ALTER TABLE "post" ADD COLUMN "series_uid" {text}')
    db.execute_sql('CREATE INDEX "post_series_uid" ON "post" ("series_uid")')
    window, max_promotion, min_conversation = OLD_80_20
    old = db.execute_sql(
        'SELECT r."id", p."name" FROM "balance_rule" r LEFT OUTER JOIN "platform" p ON p."id" = r."platform_id" '
        'WHERE r."preset" = \'80-20\' AND r."window" = %s AND r."max_promotion" = %s AND r."min_conversation" = %s '
        'ORDER BY r."id"'.replace("%s", db.param),
        (window, max_promotion, min_conversation),
    ).fetchall()
    if not old:
        return
    db.execute_sql('UPDATE "meta" SET "revision" = "revision" + 1 WHERE "id" = 1')
    revision = int(db.execute_sql('SELECT "revision" FROM "meta" WHERE "id" = 1').fetchone()[0])
    now_ts = int(time.time())
    for rule_id, platform in old:
        db.execute_sql(
            'UPDATE "balance_rule" SET "min_conversation" = 1, "version" = "version" + 1 WHERE "id" = %s'.replace(
                "%s", db.param
            ),
            (rule_id,),
        )
        summary = {"platform": platform, "preset": "80-20", "min_conversation": [min_conversation, 1], "schema": 9}
        db.execute_sql(
            'INSERT INTO "audit" ("at", "who", "action", "entity", "entity_id", "summary", "reason", "revision") '
            "VALUES (%s, %s, 'edit', 'rule', %s, %s, NULL, %s)".replace("%s", db.param),
            (now_ts, MIGRATION_AUTHOR, rule_id, json.dumps(summary), revision),
        )


def _v10_slots(db: pw.Database) -> None:
    """Schema 10: weekly slots, the places where a platform usually posts (a weekday and a
    wall-clock time, for a side or any), gone with their platform.

    Written as SQL for the same reason as schema 2; on a server, in a new server plan's types.
    """
    if isinstance(db, pw.PostgresqlDatabase):
        text, key, integer = "TEXT", "BIGSERIAL", "BIGINT"
    else:
        text, key, integer = "VARCHAR(255)", "INTEGER", "INTEGER"
    i = integer
    db.execute_sql(
        f'CREATE TABLE "slot" ("id" {key} NOT NULL PRIMARY KEY, "platform_id" {i} NOT NULL, '
        f'"weekday" {i} NOT NULL, "minute" {i} NOT NULL, "side" {text}, "version" {i} NOT NULL, '
        f'"created_at" {i} NOT NULL, "created_by" {text} NOT NULL, '
        'FOREIGN KEY ("platform_id") REFERENCES "platform" ("id") ON DELETE CASCADE)'
    )
    db.execute_sql(
        'CREATE UNIQUE INDEX "slot_platform_id_weekday_minute" ON "slot" ("platform_id", "weekday", "minute")'
    )


def _v11_review(db: pw.Database) -> None:
    """Schema 11: review before it goes out (planner.review). A member's role (every member an
    editor), the plan's review setting (off) and self-approval (forbidden), who approved a post
    and when and who returned it, a post's thread of comments and the members they mention.

    Written as SQL for the same reason as schema 2; on a server, in a new server plan's types.
    """
    if isinstance(db, pw.PostgresqlDatabase):
        text, key, integer, boolean = "TEXT", "BIGSERIAL", "BIGINT", "BOOLEAN"
    else:
        text, key, integer, boolean = "VARCHAR(255)", "INTEGER", "INTEGER", "INTEGER"
    i = integer
    db.execute_sql(f'ALTER TABLE "member" ADD COLUMN "role" {text} NOT NULL DEFAULT \'editor\'')
    db.execute_sql(f'ALTER TABLE "meta" ADD COLUMN "review" {boolean} NOT NULL DEFAULT false')
    db.execute_sql(f'ALTER TABLE "meta" ADD COLUMN "self_approval" {boolean} NOT NULL DEFAULT false')
    db.execute_sql(f'ALTER TABLE "post" ADD COLUMN "approved_by" {text}')
    db.execute_sql(f'ALTER TABLE "post" ADD COLUMN "approved_at" {i}')
    db.execute_sql(f'ALTER TABLE "post" ADD COLUMN "returned_by" {text}')
    db.execute_sql(
        f'CREATE TABLE "comment" ("id" {key} NOT NULL PRIMARY KEY, "post_id" {i} NOT NULL, '
        f'"post_uid" {text} NOT NULL, "author" {text} NOT NULL, "at" {i} NOT NULL, "text" TEXT NOT NULL, '
        f'"kind" {text} NOT NULL, "withdrawn" {text})'
    )
    db.execute_sql('CREATE INDEX "comment_post_id" ON "comment" ("post_id")')
    db.execute_sql(
        f'CREATE TABLE "mention" ("id" {key} NOT NULL PRIMARY KEY, "comment_id" {i} NOT NULL, '
        f'"member_id" {i} NOT NULL, "seen_at" {i}, '
        'FOREIGN KEY ("comment_id") REFERENCES "comment" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE CASCADE)'
    )
    db.execute_sql('CREATE INDEX "mention_member_id" ON "mention" ("member_id")')
    db.execute_sql('CREATE UNIQUE INDEX "mention_comment_id_member_id" ON "mention" ("comment_id", "member_id")')


# Each step brings the schema from n - 1 to n, and has a test that opens a
# file of the previous schema (tests/planner/storage/test_migrations.py).
MIGRATIONS: dict[int, Migration] = {
    2: _v2_balance_rules,
    3: _v3_context_calendars,
    4: _v4_presence_and_versions,
    5: _v5_journal_marks,
    6: _v6_followups,
    7: _v7_promises_before_promotion,
    8: _v8_offer_habit,
    9: _v9_series_and_new_80_20,
    10: _v10_slots,
    11: _v11_review,
}


def create_schema(
    db: pw.Database,
    *,
    planning_zone: str,
    now_ts: int,
    app_version: str,
    language: str,
) -> None:
    """Create every table of a new file, inside one write transaction."""
    server = isinstance(db, pw.PostgresqlDatabase)
    with db.atomic("IMMEDIATE"):
        if server:
            prepare_server_schema(db)
        db.create_tables(MODELS)
        # A mark no journal has (planner.storage.journal): the plan's first write is proven its own too.
        Meta.create(
            id=1,
            planning_zone=planning_zone,
            created_at=now_ts,
            created_with=app_version,
            revision=0,
            journal_mark=fresh_mark(),
        )
        _insert_default_rule(db)
        Category.insert_many(
            [{"name": fr if language == "fr" else en, "side": side.value} for en, fr, side in DEFAULT_CATEGORIES]
        ).execute()
        if server:
            finish_server_schema(db, MODELS, SCHEMA_VERSION)
            return
        # application_id marks the file as ours; user_version is the schema.
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID:d}")
        db.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION:d}")


def prepare_server_schema(db: pw.Database) -> None:
    """What the models need on a server before their tables: SQLite's NOCASE collation.

    A nondeterministic ICU collation compares names without case, so "instagram"
    and "Instagram" are one platform, as on a file.
    """
    db.execute_sql(
        "CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)"
    )


def finish_server_schema(db: pw.Database, models: tuple[type[pw.Model], ...], version: int) -> None:
    """Text columns without SQLite's ignored length limit, then the marks of a Dialogos database."""
    for model in models:
        for field in model._meta.sorted_fields:
            if field.field_type == "VARCHAR":
                collate = " COLLATE nocase" if field.collation else ""
                db.execute_sql(
                    f'ALTER TABLE "{model._meta.table_name}" ALTER COLUMN "{field.column_name}" TYPE TEXT{collate}'
                )
    db.execute_sql(f'CREATE TABLE "{MARKS_TABLE}" ("application_id" BIGINT NOT NULL, "user_version" INTEGER NOT NULL)')
    db.execute_sql(f'INSERT INTO "{MARKS_TABLE}" VALUES (%s, %s)', (APPLICATION_ID, version))


class BackupUnavailable(Exception):
    """No backup can be taken before migrating a server plan; ``reason`` says why, in one line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Versioned(Protocol):
    """What a migration needs from the kind of database (``storage.backend``'s backends)."""

    def schema_version(self, db: pw.Database) -> int: ...

    def set_schema_version(self, db: pw.Database, version: int) -> None: ...

    def back_up_before(self, db: pw.Database, version: int) -> Path:
        """A copy of the plan as it is, taken under the write lock; :class:`BackupUnavailable` if none can be."""
        ...


@dataclass(frozen=True, slots=True)
class Migrated:
    """A plan brought up to date: from which schema, and its backup (None, with the reason, on a
    server where none could be taken: the steps still ran, in one transaction)."""

    from_version: int
    backup: Path | None
    no_backup_reason: str | None = None


def migrate(
    db: pw.Database,
    backend: Versioned,
    from_version: int,
    *,
    migrations: Mapping[int, Migration] | None = None,
    target: int = SCHEMA_VERSION,
) -> Migrated | None:
    """Bring the plan from ``from_version`` to ``target``; None when nothing needed doing.

    The write lock is taken first and the version read again under it, so two
    people opening an old plan at once migrate it once; the backup is made
    under that lock, before any step writes.
    """
    steps = MIGRATIONS if migrations is None else migrations
    if from_version >= target:
        return None
    with db.atomic("IMMEDIATE"):
        current = backend.schema_version(db)
        if current >= target:
            return None
        try:
            backup, reason = backend.back_up_before(db, target), None
        except BackupUnavailable as unavailable:
            backup, reason = None, unavailable.reason
        for version in range(current + 1, target + 1):
            steps[version](db)
            backend.set_schema_version(db, version)
    return Migrated(current, backup, reason)
