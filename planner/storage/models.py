"""Peewee models of the Dialogos file.

The models are bound to a :class:`peewee.DatabaseProxy`; each open planner
binds its own database around its work (see ``connection.bound``), so tests
and a second connection in the same process never share a module-level
connection. Instants are stored as integer seconds since the epoch, UTC.
"""

from __future__ import annotations

from typing import Any

import peewee as pw

database_proxy = pw.DatabaseProxy()


def storable(number: int) -> bool:
    """Whether ``number`` fits the 64 bits SQLite and PostgreSQL store integers in: an id beyond
    them names no row, and the drivers refuse to even compare with it."""
    return -(2**63) <= number < 2**63


class BaseModel(pw.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Meta(BaseModel):
    """One row: facts about the whole file."""

    id = pw.IntegerField(primary_key=True)
    planning_zone = pw.CharField()
    created_at = pw.IntegerField()
    created_with = pw.CharField()
    revision = pw.IntegerField(default=0)
    # Posting hours, minutes after local midnight in the planning zone: where
    # suggestions may put a post (schema 2).
    posting_start = pw.IntegerField(default=8 * 60)
    posting_end = pw.IntegerField(default=20 * 60)
    # The mark of the last write transaction's rollback journal (schema 5),
    # which tells the file's own journal from one carried over from a copy
    # (planner.storage.journal). Files only; NULL on a server.
    journal_mark = pw.BlobField(null=True)
    # The plan's review (schema 11, planner.review): with it on, a post is approved before it is
    # scheduled; self_approval lets an approver approve a post they wrote.
    review = pw.BooleanField(default=False, constraints=[pw.SQL("DEFAULT false")])
    self_approval = pw.BooleanField(default=False, constraints=[pw.SQL("DEFAULT false")])


class Member(BaseModel):
    id = pw.AutoField()
    name = pw.CharField(unique=True, collation="NOCASE")
    initials = pw.CharField()
    colour = pw.CharField()
    version = pw.IntegerField(default=1)
    # "editor" or "approver" (schema 11, planner.review).
    role = pw.CharField(default="editor", constraints=[pw.SQL("DEFAULT 'editor'")])


class Platform(BaseModel):
    id = pw.AutoField()
    name = pw.CharField(unique=True, collation="NOCASE")
    kind = pw.CharField()
    colour = pw.CharField()
    text_limit = pw.IntegerField(null=True)
    active = pw.BooleanField(default=True)
    version = pw.IntegerField(default=1)


class Category(BaseModel):
    id = pw.AutoField()
    name = pw.CharField(unique=True, collation="NOCASE")
    side = pw.CharField()
    version = pw.IntegerField(default=1)
    # The follow-ups its posts get when dated, a JSON list of {"kind", "after" (minutes),
    # "duration" (minutes or null)}, and whether it is an offer (schema 6).
    followups = pw.TextField(default="[]")
    offer = pw.BooleanField(default=False)


class Post(BaseModel):
    id = pw.AutoField()
    uid = pw.CharField(unique=True)
    platform = pw.ForeignKeyField(Platform, on_delete="RESTRICT", index=False)
    title = pw.CharField()
    body = pw.TextField(default="")
    category = pw.ForeignKeyField(Category, null=True, on_delete="RESTRICT")
    status = pw.CharField(index=True)
    start_ts = pw.IntegerField(null=True, index=True)
    timezone = pw.CharField()
    duration_minutes = pw.IntegerField()
    author = pw.ForeignKeyField(Member, null=True, on_delete="SET NULL")
    campaign = pw.CharField(default="")
    link = pw.CharField(default="")
    notes = pw.TextField(default="")
    group_uid = pw.CharField(null=True, index=True)
    version = pw.IntegerField(default=1)
    created_at = pw.IntegerField()
    updated_at = pw.IntegerField()
    created_by = pw.CharField()
    updated_by = pw.CharField()
    # The occurrences of one repeat share it (schema 9): "this and the following", "all".
    series_uid = pw.CharField(null=True, index=True)
    # Who approved it and when, while the approval holds; who returned it to its author, until it
    # is sent for review again (schema 11, planner.review).
    approved_by = pw.CharField(null=True)
    approved_at = pw.IntegerField(null=True)
    returned_by = pw.CharField(null=True)

    class Meta:
        # (category, platform, start): the offers of a platform near an instant, read by the
        # offer habit one offer category at a time whatever the size of the plan (schema 8).
        indexes = ((("platform", "start_ts"), False), (("category", "platform", "start_ts"), False))


class Audit(BaseModel):
    """Every change: who, when, what, and the override reason where one was given.

    ``revision`` ties each row to the write that made it, so an open app asks
    "what changed since revision N" and refreshes only that.
    """

    id = pw.AutoField()

    at = pw.IntegerField()
    who = pw.CharField()
    action = pw.CharField()
    entity = pw.CharField()
    entity_id = pw.IntegerField(null=True)
    summary = pw.TextField(default="")
    reason = pw.TextField(null=True)
    revision = pw.IntegerField(index=True)


class BalanceRule(BaseModel):
    """A platform's balance rule; the row with no platform is the default (schema 2).

    ``no_promotion_while_late`` (schema 7): no new promotion while a follow-up is late; on
    unless said otherwise, so the rows written before it (and the schema-2 default rule) have it.
    ``max_offers`` in ``offer_days`` (schema 8): at most so many posts of offer categories in any
    span of that many days; both null (no limit) in the rows written before them.
    """

    id = pw.AutoField()
    platform = pw.ForeignKeyField(Platform, null=True, unique=True, on_delete="CASCADE")
    window = pw.IntegerField()
    max_promotion = pw.IntegerField(null=True)
    min_conversation = pw.IntegerField(null=True)
    max_promo_streak = pw.IntegerField(null=True)
    min_promo_gap_hours = pw.FloatField(null=True)
    mode = pw.CharField()
    preset = pw.CharField(null=True)
    version = pw.IntegerField(default=1)
    no_promotion_while_late = pw.BooleanField(default=True, constraints=[pw.SQL("DEFAULT true")])
    max_offers = pw.IntegerField(null=True)
    offer_days = pw.IntegerField(null=True)


class ContextCalendar(BaseModel):
    """An imported calendar shown behind the plan: holidays, launches, industry days (schema 3).

    ``source`` is the file it came from; importing a file again under the same
    name replaces its events.
    """

    id = pw.AutoField()
    name = pw.CharField(unique=True, collation="NOCASE")
    colour = pw.CharField()
    visible = pw.BooleanField(default=True)
    source = pw.CharField()
    imported_at = pw.IntegerField()
    imported_by = pw.CharField()


class ContextEvent(BaseModel):
    """One event of a context calendar, as the file gave it (schema 3).

    A timed event keeps its first start and end as UTC seconds with the IANA
    zone its wall-clock times are in (None: UTC); an all-day event keeps its
    dates as the UTC midnight of each (``all_day``). A repeating event keeps
    its rule and its extra and excluded dates (JSON lists of ISO texts), and
    is expanded when read; ``until_ts`` is where its last occurrence ends
    (None: it never ends), so a read skips events over before the range.
    """

    id = pw.AutoField()
    calendar = pw.ForeignKeyField(ContextCalendar, on_delete="CASCADE", index=False)
    uid = pw.CharField()
    summary = pw.TextField(default="")
    description = pw.TextField(default="")
    location = pw.TextField(default="")
    all_day = pw.BooleanField(default=False)
    start_ts = pw.IntegerField()
    end_ts = pw.IntegerField()
    until_ts = pw.IntegerField(null=True)
    timezone = pw.CharField(null=True)
    rrule = pw.TextField(null=True)
    exdates = pw.TextField(default="[]")
    rdates = pw.TextField(default="[]")
    status = pw.CharField(default="")

    class Meta:
        indexes = ((("calendar", "start_ts"), False),)


# A post's history reads its audit entries by entity and id (schema 4).
Audit.add_index(Audit.entity, Audit.entity_id)


class PostState(BaseModel):
    """Every field of a post after a change, beside that change's audit entry (schema 4).

    It makes the version restorable: ``state`` is a JSON object of the post's
    fields (see :mod:`planner.history`). Entries written before schema 4 have none.
    """

    audit = pw.ForeignKeyField(Audit, primary_key=True, on_delete="CASCADE")
    state = pw.TextField()


class Presence(BaseModel):
    """Who has the file open: one row per open app, kept alive by a heartbeat (schema 4).

    Not part of the plan: written without a new revision or an audit entry.
    Instants are UTC seconds from the writer's own clock.
    """

    key = pw.CharField(primary_key=True)  # random, one per open session
    name = pw.CharField()
    host = pw.CharField()
    pid = pw.IntegerField()
    kind = pw.CharField()  # "app" or "cli"
    since = pw.IntegerField()
    heartbeat = pw.IntegerField()


class Followup(BaseModel):
    """An expectation a post created: a reply window, a promised post, an answer (schema 6).

    ``post_id`` is no foreign key: a deleted post's follow-ups stay, ``withdrawn``, so that
    undoing the deletion brings them back (found by ``post_uid``). ``withdrawn`` is NULL for a
    follow-up in the plan, ``cancelled`` for the open ones of a cancelled post, ``deleted`` for
    those of a deleted post. ``platform_id`` is the post's, kept with it, so that "late on this
    platform" and a week's follow-ups of some platforms read an index only. ``offset_minutes``
    is NULL when the due instant was given fixed; otherwise the due instant moves with the post
    while the follow-up is open.
    """

    id = pw.AutoField()
    post_id = pw.IntegerField(index=True)
    post_uid = pw.CharField()
    platform_id = pw.IntegerField()
    kind = pw.CharField()
    due_ts = pw.IntegerField(index=True)
    offset_minutes = pw.IntegerField(null=True)
    duration_minutes = pw.IntegerField(null=True)
    owner = pw.ForeignKeyField(Member, null=True, on_delete="SET NULL", index=False)
    note = pw.TextField(default="")
    status = pw.CharField()
    kept_at = pw.IntegerField(null=True)
    kept_by = pw.CharField(null=True)
    kept_by_post = pw.IntegerField(null=True, index=True)
    reason = pw.TextField(null=True)
    withdrawn = pw.CharField(null=True)
    version = pw.IntegerField(default=1)
    created_at = pw.IntegerField()
    created_by = pw.CharField()

    class Meta:
        indexes = ((("platform_id", "status", "due_ts"), False),)


class Slot(BaseModel):
    """A weekly place where a platform usually posts: a weekday and a wall-clock time in the
    planning zone, for one side or any (schema 10). Filling a week puts ideas in them."""

    id = pw.AutoField()
    platform = pw.ForeignKeyField(Platform, on_delete="CASCADE", index=False)
    weekday = pw.IntegerField()  # 0 Monday … 6 Sunday
    minute = pw.IntegerField()  # minutes after local midnight
    side = pw.CharField(null=True)
    version = pw.IntegerField(default=1)
    created_at = pw.IntegerField()
    created_by = pw.CharField()

    class Meta:
        indexes = ((("platform", "weekday", "minute"), True),)


class Comment(BaseModel):
    """One line of a post's thread: a comment, or a step of its review (schema 11).

    ``post_id`` is no foreign key, as for follow-ups: a deleted post's comments stay,
    ``withdrawn`` ("deleted"), so that undoing the deletion brings them back (by ``post_uid``).
    """

    id = pw.AutoField()
    post_id = pw.IntegerField(index=True)
    post_uid = pw.CharField()
    author = pw.CharField()
    at = pw.IntegerField()
    text = pw.TextField(default="")
    kind = pw.CharField()
    withdrawn = pw.CharField(null=True)


class Mention(BaseModel):
    """A member named with @ in a comment, and when they saw it (NULL: it waits for them) (schema 11)."""

    id = pw.AutoField()
    comment = pw.ForeignKeyField(Comment, on_delete="CASCADE", index=False)
    member = pw.ForeignKeyField(Member, on_delete="CASCADE")
    seen_at = pw.IntegerField(null=True)

    class Meta:
        indexes = ((("comment", "member"), True),)


def followup_deadline() -> Any:
    """When an open follow-up becomes late: a reply window once it has ended (its due instant is
    where it opens), the other kinds at their due instant. A read bounded on it is also bounded
    on ``due_ts`` (the deadline is never before it), so it keeps the due instant's indexes."""
    return Followup.due_ts + pw.fn.COALESCE(Followup.duration_minutes, 0) * 60


MODELS: tuple[type[BaseModel], ...] = (
    Meta,
    Member,
    Platform,
    Category,
    Post,
    Audit,
    BalanceRule,
    ContextCalendar,
    ContextEvent,
    PostState,
    Presence,
    Followup,
    Slot,
    Comment,
    Mention,
)
