"""Posts: create, edit, move, delete and list them, each change judged by the balance rules.

The posts service of the open plan (``planner.posts``). Every change of a
post is audited with the post's every field as the version it made (what
:mod:`planner.history` reads back and restores).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, Protocol, cast
from zoneinfo import ZoneInfo

import peewee as pw

from planner import validation as check
from planner.balance.checks import BalanceChecks, CountedPost
from planner.balance.values import BreachKind, RawBreach
from planner.balance.verdicts import BalanceRefused, SeriesRefused, Verdict
from planner.defaults import DEFAULT_DURATION_MINUTES
from planner.errors import ConflictError, NotFoundError, PlannerError, ValidationError
from planner.i18n import Term
from planner.model import (
    UNSET,
    Change,
    ChangeKind,
    Entity,
    Post,
    PostFields,
    PostPatch,
    PostQuery,
    ReviewSettings,
    Side,
    Status,
)
from planner.reference import ReferenceData
from planner.session import Session, Transaction
from planner.storage import bulk
from planner.storage import models as db
from planner.timezones import from_timestamp, localize, timestamp, within_years, zone

# Columns of a post as read for display, in the order _post() expects.
_COLUMNS = (
    db.Post.id,
    db.Post.uid,
    db.Platform.name,
    db.Post.title,
    db.Post.body,
    db.Category.name,
    db.Category.side,
    db.Post.status,
    db.Post.start_ts,
    db.Post.timezone,
    db.Post.duration_minutes,
    db.Member.name,
    db.Post.campaign,
    db.Post.link,
    db.Post.notes,
    db.Post.group_uid,
    db.Post.version,
    db.Post.created_at,
    db.Post.updated_at,
    db.Post.created_by,
    db.Post.updated_by,
    db.Post.series_uid,
    db.Post.approved_by,
    db.Post.approved_at,
    db.Post.returned_by,
)

# How many posts a batched write reads at once, and between two reports of its progress: a
# statement holds at most so many parameters (SQLite's limit), and a bar moves every half second.
_BATCH = 500

Progress = Callable[[int, int], None]
"""Told (done, total) as a long write goes on: the app's progress bar."""

# The stored columns of a post, in insert order (bulk inserts use them).
_STORED = (
    "uid", "platform_id", "title", "body", "category_id", "status", "start_ts", "timezone",
    "duration_minutes", "author_id", "campaign", "link", "notes", "group_uid", "version",
    "created_at", "updated_at", "created_by", "updated_by", "series_uid", "approved_by", "approved_at",
    "returned_by",
)  # fmt: skip


# What an edit writes: every stored column but those a post keeps for life and its version,
# which goes up by one (planner.storage.bulk.update_post), and where each is in a stored row.
_EDITED = tuple(name for name in _STORED if name not in ("uid", "version", "created_at", "created_by"))
_EDITED_AT = tuple(_STORED.index(name) for name in _EDITED)

# The columns of the state kept beside a post's audit entry.
_STATE_COLUMNS = ("audit_id", "state")


def _post(row: Sequence[Any]) -> Post:
    (pid, uid, platform, title, body, category, side, status, start_ts, tz, duration, author,
     campaign, link, notes, group_uid, version, created, updated, created_by, updated_by, series_uid,
     approved_by, approved_at, returned_by) = row  # fmt: skip
    return Post(
        id=pid,
        uid=uid,
        platform=platform,
        title=title,
        body=body,
        category=category,
        side=Side(side) if side else None,
        status=Status(status),
        start=None if start_ts is None else from_timestamp(start_ts, tz),
        timezone=tz,
        duration_minutes=duration,
        author=author,
        campaign=campaign,
        link=link,
        notes=notes,
        group_uid=group_uid,
        series_uid=series_uid,
        version=version,
        created_at=from_timestamp(created, "UTC"),
        updated_at=from_timestamp(updated, "UTC"),
        created_by=created_by,
        updated_by=updated_by,
        approved_by=approved_by,
        approved_at=None if approved_at is None else from_timestamp(approved_at, "UTC"),
        returned_by=returned_by,
    )


class PostWatcher(Protocol):
    """What else a change of posts changes, in the same transaction (follow-ups move, go and
    come back with their post): the facade wires it, so this module imports none of it."""

    def created(self, tx: Transaction, ids: Sequence[int]) -> None: ...

    def changed(self, tx: Transaction, before: Post, after: Post) -> None: ...

    def deleted(self, tx: Transaction, post: Post) -> None: ...

    def undeleted(self, tx: Transaction, post: Post, new_id: int) -> None: ...


class ReviewGate(Protocol):
    """The plan's review, judging every write of a post (:mod:`planner.review`): the facade
    wires it, so this module imports none of it."""

    def judge(
        self, tx: Transaction, settings: ReviewSettings, before: Post | None, values: dict[str, Any], *, restoring: bool
    ) -> dict[str, object]:
        """Refuse the write (:class:`~planner.review.ReviewRefused`) or settle ``values``' status
        and approval (``approved_by``, ``approved_at`` as a timestamp, ``returned_by``) in place;
        what the audit entry adds. ``restoring``: undo or redo puts an approval back as it was."""
        ...


class Posts:
    """The posts of the open plan (``planner.posts``): reading them, and every change of
    one, judged by :class:`~planner.balance.checks.BalanceChecks` and audited."""

    def __init__(self, session: Session, reference: ReferenceData, balance: BalanceChecks) -> None:
        self._session = session
        self._reference = reference
        self._balance = balance
        # What the audit entries of the changes in progress add (noted()): a restore, a copy.
        self._notes: dict[str, object] = {}
        self.watchers: list[PostWatcher] = []
        self.review: ReviewGate | None = None

    # -- reading ----------------------------------------------------------

    def _select(self) -> Any:
        return (
            db.Post.select(*_COLUMNS)
            .join(db.Platform, on=(db.Post.platform == db.Platform.id))
            .switch(db.Post)
            .join(db.Category, pw.JOIN.LEFT_OUTER, on=(db.Post.category == db.Category.id))
            .switch(db.Post)
            .join(db.Member, pw.JOIN.LEFT_OUTER, on=(db.Post.author == db.Member.id))
        )

    def get_post(self, post_id: int, *, expect_version: int | None = None) -> Post:
        """Post ``post_id``; with ``expect_version``, one changed or deleted since that version
        is a :class:`ConflictError`, as for an edit."""
        with self._session.reading():
            return self.current(post_id, expect_version)

    def find(self, post_id: int) -> Post | None:
        """Post ``post_id``, None when there is none (inside the caller's read or write)."""
        row = self._select().where(db.Post.id == post_id).tuples().first()
        return None if row is None else _post(row)

    def matching(self, condition: Any) -> list[Post]:
        """The posts meeting a peewee ``condition`` on the post table, in time order (ideas last),
        inside the caller's read or write: what waits for a member (planner.review)."""
        select = self._select().where(condition)
        select = select.order_by(db.Post.start_ts.is_null(), db.Post.start_ts, db.Post.id)
        return [_post(row) for row in select.tuples()]

    def posts_by_uid(self, uids: Iterable[str]) -> dict[str, Post]:
        """The posts among ``uids`` that exist, by uid: imports update them instead of duplicating."""
        wanted = list(dict.fromkeys(uids))
        found: dict[str, Post] = {}
        with self._session.reading():
            # SQLite limits the number of "?" in one statement: ask in slices.
            for first in range(0, len(wanted), 500):
                chunk = wanted[first : first + 500]
                for row in self._rows(self._select().where(db.Post.uid.in_(chunk))):
                    post = _post(row)
                    found[post.uid] = post
        return found

    def group_posts(self, group_uid: str) -> list[Post]:
        """The posts of one cross-post (those sharing ``group_uid``), in time order, ideas last."""
        with self._session.reading():
            select = self._select().where(db.Post.group_uid == group_uid)
            select = select.order_by(db.Post.start_ts.is_null(), db.Post.start_ts, db.Post.id)
            return [_post(row) for row in select.tuples()]

    def in_groups(self, group_uids: Iterable[str]) -> list[Post]:
        """The posts of several cross-posts at once (those sharing any of ``group_uids``), in one
        read: what a view needs to mark every cross-post it shows, whatever else it shows."""
        wanted = sorted(set(group_uids))
        if not wanted:
            return []
        with self._session.reading():
            select = self._select().where(db.Post.group_uid.in_(wanted))
            select = select.order_by(db.Post.start_ts.is_null(), db.Post.start_ts, db.Post.id)
            return [_post(row) for row in select.tuples()]

    def list_posts(self, query: PostQuery | None = None) -> list[Post]:
        """Posts matching ``query``, in time order (ideas last).

        A range reads only the posts whose start lies in it, through the
        index on the start instant, so a week costs the same on any file size.
        """
        query = query or PostQuery()
        with self._session.reading():
            select = self._select()
            if query.start is not None:
                select = select.where(db.Post.start_ts >= timestamp(query.start))
            if query.end is not None:
                select = select.where(db.Post.start_ts < timestamp(query.end))
            if query.platforms:
                ids = [self._reference.platform_row(name).id for name in query.platforms]
                select = select.where(db.Post.platform.in_(ids))
            if query.statuses:
                select = select.where(db.Post.status.in_([s.value for s in query.statuses]))
            select = select.order_by(db.Post.start_ts.is_null(), db.Post.start_ts, db.Post.id)
            return [_post(row) for row in select.tuples()]

    def in_series(self, series_uid: str) -> list[Post]:
        """The posts of one series (:mod:`planner.series`), in time order, read through its index."""
        with self._session.reading():
            select = self._select().where(db.Post.series_uid == series_uid)
            return [_post(row) for row in select.order_by(db.Post.start_ts, db.Post.id).tuples()]

    def past_due(self, start: datetime, end: datetime, *, platforms: Sequence[str] = ()) -> list[Post]:
        """The posts of [``start``, ``end``) (on ``platforms``, else every platform) whose start has
        passed by the planner's clock while they are still ready or scheduled (:meth:`Post.past_due
        <planner.model.Post.past_due>`): was each published? In time order, read through the index on
        the start instant like any range. Marking one published is an edit of its status."""
        now = self._session.now()
        if start >= now:
            return []
        waiting = tuple(status for status in Status if status.awaits_publication)
        return self.list_posts(PostQuery(start, min(end, now), tuple(platforms), waiting))

    # -- writing ----------------------------------------------------------

    def create_post(self, fields: PostFields, *, reason: str | None = None) -> Change:
        """Create one post; returns the change with the saved post and its verdict.

        A rule in block mode refuses it (:class:`BalanceRefused`) unless a
        ``reason`` overrides it; the reason and the breach go to the audit log.
        """
        return self.create_posts([fields], reason=reason)

    def create_posts(
        self,
        many: Iterable[PostFields],
        *,
        reason: str | None = None,
        judge: bool = True,
        name_first_breach: bool = False,
    ) -> Change:
        """Create several posts at once: all are checked first, and either all
        are saved in one transaction or none is.

        ``judge=False`` skips the balance rules: only for the demo, whose plan
        shows breaches on purpose. ``name_first_breach``: a refusal is a
        :class:`SeriesRefused` naming the earliest of the new posts that breaks a rule (a series).
        """
        with self._session.writing() as tx:
            resolver = _Resolver(self._reference, tx)
            many = list(many)
            self._check_new_uids(resolver, [fields.uid for fields in many if fields.uid])
            rows = []
            notes: list[dict[str, object]] = []
            for fields in many:
                values = _fields_as_dict(fields)
                notes.append(self._judge(tx, resolver, None, values, restoring=False))
                rows.append(self._stored(resolver, values, tx))
            if not rows:
                return Change(tx.revision, ChangeKind.CREATE, Entity.POST, ())
            first_id = bulk.insert_posts(self._session.database, _STORED, rows)
            ids = tuple(range(first_id, first_id + len(rows)))
            try:
                verdict = (
                    self._balance.gate(tx, {}, self._balance.states(ids), reason=reason, removing=False)
                    if judge
                    else None
                )
            except BalanceRefused as refused:
                # The ids the inserts were given go back with the rollback: the refusal says so.
                if not name_first_breach:
                    raise BalanceRefused(refused.verdict, unsaved=ids) from None
                first = self._first_breaching(refused.verdict, ids, rows)
                raise SeriesRefused(refused.verdict, first, unsaved=ids) from None
            breaches = _breach_notes(verdict)
            for watcher in self.watchers:
                watcher.created(tx, ids)
            if len(rows) <= 50:
                posts = tuple(p for p in (self.find(i) for i in ids) if p is not None)
                for post, noted in zip(posts, notes, strict=True):
                    self._audit_post(tx, ChangeKind.CREATE, post, {**_summary(post), **noted, **breaches}, reason)
            else:
                posts = ()
                summary = {"count": len(rows), "ids": [ids[0], ids[-1]], **breaches}
                self._session.audit(tx, ChangeKind.CREATE, Entity.POST, None, summary, reason)
            return Change(tx.revision, ChangeKind.CREATE, Entity.POST, ids, posts, verdict)

    def undelete_post(self, post: Post, *, reason: str | None = None) -> Change:
        """Bring a deleted ``post`` back as it was (undo): its uid, its creation, and its id
        when no other post has taken it, so that its history goes on; its version follows
        the one that was deleted.

        Judged like a creation: a rule in block mode refuses it unless ``reason`` overrides it.
        A post with its uid already there is a :class:`ConflictError`.
        """
        return self.recreate(post, reason=reason, undeleted=True)

    def recreate(self, post: Post, *, reason: str | None, undeleted: bool) -> Change:
        """Insert ``post`` whole (uid, creation, id when free, version after ``post.version``);
        ``undeleted``: its history goes on from its deletion when it keeps its id."""
        with self._session.writing() as tx:
            resolver = _Resolver(self._reference, tx)
            self._check_new_uids(resolver, [post.uid])
            values = _fields_as_dict(PostFields.of(post))
            if undeleted:  # as it was: its approval, and who returned it, come back with it
                values.update(
                    approved_by=post.approved_by,
                    approved_at=None if post.approved_at is None else timestamp(post.approved_at),
                    returned_by=post.returned_by,
                )
            noted = self._judge(tx, resolver, None, values, restoring=undeleted)
            row = dict(zip(_STORED, self._stored(resolver, values, tx), strict=True))
            row.update(version=post.version + 1, created_at=timestamp(post.created_at), created_by=post.created_by)
            if not db.Post.select().where(db.Post.id == post.id).exists():
                row["id"] = post.id
            post_id = bulk.insert_posts(self._session.database, tuple(row), [tuple(row.values())])
            try:
                verdict = self._balance.gate(tx, {}, self._balance.states([post_id]), reason=reason, removing=False)
            except BalanceRefused as refused:
                raise BalanceRefused(refused.verdict, unsaved=(post_id,)) from None
            saved = self.find(post_id)
            assert saved is not None
            for watcher in self.watchers:
                if undeleted:
                    watcher.undeleted(tx, post, post_id)
                else:
                    watcher.created(tx, (post_id,))
            summary = {
                **_summary(saved),
                **({"undeleted": True} if undeleted else {}),
                **noted,
                **_breach_notes(verdict),
            }
            self._audit_post(tx, ChangeKind.CREATE, saved, summary, reason)
            return Change(tx.revision, ChangeKind.CREATE, Entity.POST, (post_id,), (saved,), verdict)

    def _check_new_uids(self, resolver: _Resolver, given: list[str]) -> None:
        """Refuse uids already taken, or given twice, in a few queries rather than one per post."""
        uids = [check.text_field(uid, what="uid", single_line=True) for uid in given]
        seen: set[str] = set()
        for uid in uids:
            if uid in seen:
                raise ConflictError("error.uid_exists", uid=uid[:60])
            seen.add(uid)
        for first in range(0, len(uids), 500):
            taken = db.Post.select(db.Post.uid).where(db.Post.uid.in_(uids[first : first + 500])).tuples().first()
            if taken is not None:
                raise ConflictError("error.uid_exists", uid=str(taken[0])[:60])
        resolver.free_uids.update(uids)

    def edit_post(
        self, post_id: int, patch: PostPatch, *, expect_version: int | None = None, reason: str | None = None
    ) -> Change:
        """Change some fields of a post.

        With ``expect_version``, a post that changed or vanished since that
        version is a :class:`ConflictError` carrying its current state.
        Giving a date to an idea schedules it as a draft; making a dated post
        an idea sends it back to the backlog without a date.
        """
        return self._update(post_id, patch, ChangeKind.EDIT, expect_version, reason)

    def move_post(
        self,
        post_id: int,
        start: datetime,
        *,
        timezone: str | None = None,
        expect_version: int | None = None,
        reason: str | None = None,
    ) -> Change:
        """Give a post a new start (an aware datetime), optionally in another zone."""
        patch = PostPatch(start=start) if timezone is None else PostPatch(start=start, timezone=timezone)
        return self._update(post_id, patch, ChangeKind.MOVE, expect_version, reason)

    def delete_post(self, post_id: int, *, expect_version: int | None = None) -> Change:
        """Delete a post. Never refused by a rule; the verdict says what it breaks."""
        with self._session.writing() as tx:
            current = self.current(post_id, expect_version)
            before = self._balance.states([post_id])
            deleted = db.Post.delete().where((db.Post.id == post_id) & (db.Post.version == current.version)).execute()
            if deleted != 1:
                raise ConflictError("error.conflict_post", current=self.find(post_id), id=post_id)
            verdict = self._balance.gate(tx, before, {}, reason=None, removing=True)
            for watcher in self.watchers:
                watcher.deleted(tx, current)
            self._audit_post(tx, ChangeKind.DELETE, current, {**_summary(current), **_breach_notes(verdict)})
            return Change(tx.revision, ChangeKind.DELETE, Entity.POST, (post_id,), (current,), verdict)

    def _first_breaching(self, verdict: Verdict, ids: Sequence[int], rows: Sequence[tuple[Any, ...]]) -> datetime:
        """The start of the first of the new posts (``ids``, stored as ``rows``) that breaks a
        blocking rule: the first occurrence of a series that does. Each offending window, run or
        pair breaks with one post (:func:`_breaking`); the new post that brought it is the latest
        new one up to it. Read inside the write, before the refusal rolls it back."""
        start_at, zone_at, platform_at = (_STORED.index(name) for name in ("start_ts", "timezone", "platform_id"))
        new = dict(zip(ids, rows, strict=True))
        blocked = {new[pid][platform_at] for breach in verdict.blocking for pid in breach.posts if pid in new}
        offending = [
            raw
            for platform_id, raw in verdict.raw
            if platform_id in blocked and raw.kind is not BreachKind.OFFER_RHYTHM and set(raw.post_ids) & new.keys()
        ]
        states = self._balance.states({pid for raw in offending for pid in raw.post_ids})
        keys = {pid: state.entry.key for pid, state in states.items() if state.entry is not None}
        brought: list[int] = []
        for raw in offending:
            posts = sorted((pid for pid in raw.post_ids if pid in keys), key=keys.__getitem__)
            if not posts:
                continue
            breaking = keys[_breaking(raw, posts, states)]
            mine = [pid for pid in posts if pid in new]
            upto = [pid for pid in mine if keys[pid] <= breaking]
            brought.append(upto[-1] if upto else mine[0])
        if not brought:
            return verdict.blocking[0].first
        row = new[min(brought, key=keys.__getitem__)]
        return from_timestamp(row[start_at], row[zone_at])

    def edit_posts(
        self,
        patches: Mapping[int, PostPatch],
        versions: Mapping[int, int],
        *,
        reason: str | None = None,
        kind: ChangeKind = ChangeKind.EDIT,
        read: Mapping[int, Post] | None = None,
        progress: Progress | None = None,
        refused: Callable[[int, ValidationError], PlannerError] | None = None,
    ) -> Change:
        """Edit several posts in one write judged as one change (a series, a file imported again):
        each post must still be at its version in ``versions``, else a :class:`ConflictError` and
        nothing is saved. ``kind`` is what the history calls it (a series moved is a move of each).

        Each post is written as :meth:`edit_post` writes it (its version, its history entry, the
        review's word, its follow-ups moved with it, a cancellation never refused), but the posts
        are read and written :data:`_BATCH` at a time and the balance rules judge the batch once,
        so that ten thousand posts take seconds, not minutes. ``read``: the posts as the caller
        read them, at those versions (an importer compared them with its file): only their
        versions are read again. ``progress`` hears (done, total) as they are written;
        ``refused`` turns the refusal of one post's values into the caller's error (an importer
        names the row it comes from).
        """
        if all(patch.is_empty() for patch in patches.values()):
            raise ValidationError("error.nothing_to_change")
        with self._session.writing() as tx:
            ids = list(patches)
            currents = self._currents(ids, versions, read or {})
            before = self._balance.states(ids)
            resolver = _Resolver(self._reference, tx)
            saved: dict[int, Post] = {}
            notes: dict[int, dict[str, object]] = {}
            for first in range(0, len(ids), _BATCH):
                chunk = ids[first : first + _BATCH]
                for pid in chunk:
                    try:
                        notes[pid] = self._write_row(tx, resolver, currents[pid], patches[pid])
                    except ValidationError as error:
                        if refused is None:
                            raise
                        raise refused(pid, error) from error
                saved.update(self._read_many(chunk))
                for pid in chunk:
                    for watcher in self.watchers:
                        watcher.changed(tx, currents[pid], saved[pid])
                if progress is not None:
                    progress(first + len(chunk), len(ids))
            verdict = self._judge_edits(tx, before, self._balance.states(ids), reason)
            breaches = _breach_notes_of(verdict, ids)
            summaries = [
                (saved[pid], {**_difference(currents[pid], saved[pid]), **notes[pid], **breaches[pid]}) for pid in ids
            ]
            self._audit_posts(tx, kind, summaries, reason)
            return Change(tx.revision, kind, Entity.POST, tuple(ids), tuple(saved[pid] for pid in ids), verdict)

    def _currents(self, ids: Sequence[int], versions: Mapping[int, int], read: Mapping[int, Post]) -> dict[int, Post]:
        """Posts ``ids`` inside the caller's write, each checked as :meth:`current` checks one (at
        its version in ``versions``, if given), :data:`_BATCH` at a time. A post the caller
        ``read`` at that version is that post still: only its version is read."""
        known = {pid: post for pid, post in read.items() if versions.get(pid) == post.version}
        found: dict[int, Post] = {}
        for first in range(0, len(ids), _BATCH):
            chunk = [pid for pid in ids[first : first + _BATCH] if db.storable(pid)]
            unread = [pid for pid in chunk if pid not in known]
            if unread:
                found.update(self._read_many(unread))
            if len(unread) < len(chunk):
                stored = self._rows(db.Post.select(db.Post.id, db.Post.version).where(db.Post.id.in_(chunk)))
                found.update((pid, known[pid]) for pid, at in stored if pid in known and at == known[pid].version)
        checked: dict[int, Post] = {}
        for pid in ids:
            post = found.get(pid)
            if post is None and pid in known:
                post = self.find(pid)  # changed or deleted since the caller read it: say which, as for one edit
            checked[pid] = self._checked(pid, post, versions.get(pid))
        return checked

    def _read_many(self, ids: Sequence[int]) -> dict[int, Post]:
        """Posts ``ids`` (at most :data:`_BATCH`: a statement holds so many parameters) by id, in one read."""
        return {post.id: post for post in map(_post, self._rows(self._select().where(db.Post.id.in_(list(ids)))))}

    def _rows(self, select: Any) -> Iterable[Sequence[Any]]:
        """The rows of a select on posts as the driver gives them: every column is a number or a text,
        which needs none of peewee's conversions (they cost a fifth of a second on ten thousand posts)."""
        return cast("Iterable[Sequence[Any]]", self._session.database.execute(select))

    def _judge_edits(
        self, tx: Transaction, before: dict[int, CountedPost], after: dict[int, CountedPost], reason: str | None
    ) -> Verdict:
        """The verdict on posts edited at once, as :meth:`edit_post` judges each: a post that stops
        counting (cancelled, back to the ideas) is never refused, only reported; one the rules see as
        they saw it (its text changed, not its time nor its category) breaks nothing new, so is left out."""
        moved = [pid for pid in before if before[pid] != after[pid]]
        verdicts = []
        for removing in (True, False):
            group = [pid for pid in moved if (after[pid].entry is None) is removing]
            if group:
                old, new = {pid: before[pid] for pid in group}, {pid: after[pid] for pid in group}
                verdicts.append(self._balance.gate(tx, old, new, reason=reason, removing=removing))
        return Verdict(
            tuple(b for v in verdicts for b in v.breaches),
            tuple(s for v in verdicts for s in v.suggestions),
            frozenset(r for v in verdicts for r in v.raw),
        )

    def undelete_posts(self, posts: Iterable[Post], *, reason: str | None = None) -> Change:
        """Bring deleted posts back as they were (their uids) in one transaction: redoing a
        cross-post or a copy, undoing a series' deletion. Each is judged as :meth:`undelete_post`."""
        with self._session.writing() as tx:
            changes = [self.undelete_post(post, reason=reason) for post in posts]
            return Change(
                tx.revision,
                ChangeKind.CREATE,
                Entity.POST,
                tuple(i for c in changes for i in c.ids),
                tuple(p for c in changes for p in c.posts),
                Verdict(tuple(b for c in changes if c.verdict for b in c.verdict.breaches)),
            )

    def delete_posts(self, versions: Mapping[int, int | None]) -> Change:
        """Delete several posts in one write (a series), each at its version in ``versions``
        (None: any). Never refused by a rule; the verdict says what it breaks."""
        with self._session.writing() as tx:
            ids = list(versions)
            currents = [self.current(pid, versions[pid]) for pid in ids]
            before = self._balance.states(ids)
            for current in currents:
                deleted = (
                    db.Post.delete().where((db.Post.id == current.id) & (db.Post.version == current.version)).execute()
                )
                if deleted != 1:
                    raise ConflictError("error.conflict_post", current=self.find(current.id), id=current.id)
            verdict = self._balance.gate(tx, before, {}, reason=None, removing=True)
            for current in currents:
                for watcher in self.watchers:
                    watcher.deleted(tx, current)
                self._audit_post(tx, ChangeKind.DELETE, current, {**_summary(current), **_breach_notes(verdict)})
            return Change(tx.revision, ChangeKind.DELETE, Entity.POST, tuple(ids), tuple(currents), verdict)

    @contextmanager
    def noted(self, **notes: object) -> Iterator[None]:
        """The posts created or edited inside are audited with ``notes`` as well: a restore
        says which version it brought back, a post from another copy which copy."""
        before = self._notes
        self._notes = {**before, **notes}
        try:
            yield
        finally:
            self._notes = before

    def noting(self, *names: str) -> bool:
        """Whether the changes in progress are noted with one of ``names`` (a restore, a copy)."""
        return any(name in self._notes for name in names)

    def _audit_post(
        self, tx: Transaction, action: ChangeKind, post: Post, summary: Mapping[str, object], reason: str | None = None
    ) -> None:
        """Audit a change of ``post`` and keep its every field as the version it made."""
        self._audit_posts(tx, action, [(post, summary)], reason)

    def _audit_posts(
        self,
        tx: Transaction,
        action: ChangeKind,
        changed: Sequence[tuple[Post, Mapping[str, object]]],
        reason: str | None = None,
    ) -> None:
        """Audit the change of each post of ``changed`` (with its summary) and keep its every field
        as the version it made, in two statements whatever their number (a batch of thousands)."""
        if self._notes and action is not ChangeKind.DELETE:
            changed = [(post, {**summary, **self._notes}) for post, summary in changed]
        ids = self._session.audit_many(
            tx, action, Entity.POST, [(post.id, summary) for post, summary in changed], reason
        )
        audited = zip(ids, changed, strict=True)
        states = [(audit_id, json.dumps(_state(post), ensure_ascii=False)) for audit_id, (post, _) in audited]
        bulk.insert_keyed(self._session.database, db.PostState._meta.table_name, _STATE_COLUMNS, states)

    # -- judging before saving ------------------------------------------------

    def preview_create(self, fields: PostFields, *, patience: float | None = None) -> Verdict:
        """The verdict creating this post would get; nothing is saved.

        ``patience``: at most how long to wait for a colleague's write
        (:meth:`~planner.session.Session.rehearsal`); then the file-is-busy error.
        """
        return self.preview(lambda: self.create_post(fields), patience)

    def preview_edit(self, post_id: int, patch: PostPatch, *, patience: float | None = None) -> Verdict:
        """The verdict this edit would get; nothing is saved (``patience`` as for :meth:`preview_create`)."""
        return self.preview(lambda: self.edit_post(post_id, patch), patience)

    def preview(self, change: Callable[[], Change], patience: float | None = None) -> Verdict:
        """Run a change in a rehearsal and keep its verdict, refused or not (a series', a
        cross-post's previews too).

        Invalid input still raises its error, so an editor can show it.
        """
        verdict = Verdict()
        with self._session.rehearsal(patience=patience):
            try:
                verdict = change().verdict or Verdict()
            except BalanceRefused as refused:
                verdict = refused.verdict
        return verdict

    def current(self, post_id: int, expect_version: int | None) -> Post:
        """Post ``post_id`` as :meth:`get_post` checks it, inside the caller's read or write."""
        if not db.storable(post_id):
            raise NotFoundError("error.post_not_found", id=post_id)
        return self._checked(post_id, self.find(post_id), expect_version)

    def _checked(self, post_id: int, current: Post | None, expect_version: int | None) -> Post:
        """``current``, as read for ``post_id``, if it is there at ``expect_version`` (None: any)."""
        if current is None:
            # "Deleted since you saw it" only for a post that was there: a mistyped id is not a conflict.
            if expect_version is not None and db.storable(post_id) and self._ever_existed(post_id):
                raise ConflictError("error.conflict_vanished", id=post_id)
            raise NotFoundError("error.post_not_found", id=post_id)
        if expect_version is not None and current.version != expect_version:
            raise ConflictError(
                "error.conflict_post_version",
                current=current,
                id=post_id,
                expected=expect_version,
                found=current.version,
                who=current.updated_by,
            )
        return current

    def _ever_existed(self, post_id: int) -> bool:
        """Whether the audit log names post ``post_id``, or it is below the highest id given: bulk
        creations are audited as one entry, and an old Dialogos audited none."""
        audited = db.Audit.select().where((db.Audit.entity == Entity.POST.value) & (db.Audit.entity_id == post_id))
        highest = db.Post.select(pw.fn.MAX(db.Post.id)).scalar() or 0
        return audited.exists() or post_id <= highest

    def _update(
        self, post_id: int, patch: PostPatch, kind: ChangeKind, expect_version: int | None, reason: str | None
    ) -> Change:
        if patch.is_empty():
            raise ValidationError("error.nothing_to_change")
        with self._session.reading():
            current = self.current(post_id, expect_version)
        if moves_nowhere(current, patch):
            return self.unchanged(kind, (current,))
        with self._session.writing() as tx:
            current = self.current(post_id, expect_version)
            before = self._balance.states([post_id])
            saved, noted = self._write_patch(tx, _Resolver(self._reference, tx), current, patch)
            after = self._balance.states([post_id])
            # Cancelling a post or sending it back to the ideas only removes it.
            removing = after[post_id].entry is None
            verdict = self._balance.gate(tx, before, after, reason=reason, removing=removing)
            summary = {**_difference(current, saved), **noted, **_breach_notes(verdict)}
            self._audit_post(tx, kind, saved, summary, reason)
            return Change(tx.revision, kind, Entity.POST, (post_id,), (saved,), verdict)

    def unchanged(self, kind: ChangeKind, posts: Sequence[Post]) -> Change:
        """A change that wrote nothing: ``posts`` as they are, at the file's revision, breaking nothing anew."""
        ids = tuple(p.id for p in posts)
        return Change(self._session.revision(), kind, Entity.POST, ids, tuple(posts), Verdict(), unchanged=True)

    def _write_patch(
        self, tx: Transaction, resolver: _Resolver, current: Post, patch: PostPatch
    ) -> tuple[Post, dict[str, object]]:
        """Write ``patch`` over ``current`` (at its version) and tell the watchers; the post as
        saved, and what its audit entry adds (the review's word on it)."""
        noted = self._write_row(tx, resolver, current, patch)
        saved = self.find(current.id)
        assert saved is not None
        for watcher in self.watchers:
            watcher.changed(tx, current, saved)
        return saved, noted

    def _write_row(self, tx: Transaction, resolver: _Resolver, current: Post, patch: PostPatch) -> dict[str, object]:
        """Write ``patch`` over ``current``'s row (at its version, which goes up by one), judged by the
        review; what its audit entry adds. The watchers are the caller's to tell."""
        values = _merge(current, patch)
        noted = self._judge(tx, resolver, current, values, restoring=patch.approved_by is not UNSET)
        row = self._stored(resolver, values, tx)
        changed = [row[at] for at in _EDITED_AT]
        if not bulk.update_post(self._session.database, _EDITED, changed, current.id, current.version):
            raise ConflictError("error.conflict_post", current=self.find(current.id), id=current.id)
        return noted

    def _judge(
        self, tx: Transaction, resolver: _Resolver, before: Post | None, values: dict[str, Any], *, restoring: bool
    ) -> dict[str, object]:
        """The review's word on a write of a post (nothing without one wired: a bare Posts)."""
        if self.review is None:
            return {}
        return self.review.judge(tx, resolver.review, before, values, restoring=restoring)

    def _stored(self, resolver: _Resolver, values: dict[str, Any], tx: Transaction) -> tuple[Any, ...]:
        """Check a post's fields as a whole and return its stored row."""
        platform_id, platform_name, text_limit = resolver.platform(values["platform"])
        title = check.title(values["title"])
        body = check.body(values["body"] or "")
        category_id = resolver.category(values["category"])
        start: datetime | None = values["start"]
        status = check.status(values["status"]) if values["status"] else (Status.DRAFT if start else Status.IDEA)
        if start is not None:
            if start.tzinfo is None:
                raise TypeError("naive datetime: the core only handles aware ones")
            within_years(start, start.isoformat())
        if status is Status.IDEA and start is not None:
            raise ValidationError("error.idea_has_no_date")
        if status.is_dated and start is None:
            raise ValidationError("error.date_required", status=Term("status." + status.value))
        zone_name = values["timezone"] or (resolver.zone_of(start) if start else None) or resolver.planning_zone
        resolver.check_zone(zone_name)
        given_duration = values["duration_minutes"]
        duration = check.duration(DEFAULT_DURATION_MINUTES if given_duration is None else given_duration)
        if text_limit is not None and len(body) > text_limit and status.enforces_text_limit:
            raise ValidationError(
                "error.text_over_limit",
                platform=platform_name,
                length=len(body),
                limit=text_limit,
                status=Term("status." + status.value),
            )
        author_id = resolver.member(values["author"])
        uid = values.get("uid")
        if uid and values.get("id") is None:
            uid = check.text_field(uid, what="uid", single_line=True)
            # Restoring a deleted post (undo) or re-importing: never two posts with one uid.
            if uid not in resolver.free_uids and db.Post.get_or_none(db.Post.uid == uid) is not None:
                raise ConflictError("error.uid_exists", uid=uid[:60])
        return (
            uid or resolver.new_uid(),
            platform_id,
            title,
            body,
            category_id,
            status.value,
            # An aware datetime's timestamp() is its UTC instant: timestamp() without astimezone().
            None if start is None else int(start.timestamp()),
            zone_name,
            duration,
            author_id,
            check.text_field(values["campaign"] or "", what="campaign", single_line=True),
            check.link(values["link"] or ""),
            check.text_field(values["notes"] or "", what="notes", single_line=False),
            values["group_uid"],
            1,
            tx.now_ts,
            tx.now_ts,
            tx.who,
            tx.who,
            values.get("series_uid"),
            values.get("approved_by"),
            values.get("approved_at"),
            values.get("returned_by"),
        )


class _Resolver:
    """What holds for a whole write, worked out once (bulk creates check
    thousands of posts naming the same few platforms, categories and zones):
    names to ids, each name as given and then as compared; zones checked;
    post uids drawn from the system's random source in blocks."""

    def __init__(self, reference: ReferenceData, tx: Transaction) -> None:
        self._reference = reference
        self._tx = tx
        self._platforms: dict[str, tuple[int, str, int | None]] = {}
        self._platform_names: dict[str, tuple[int, str, int | None]] = {}
        self._categories: dict[str | None, int | None] = {None: None, "": None}
        self._category_names: dict[str | None, int | None] = {}
        self._members: dict[str | None, int | None] = {None: None, "": None}
        self._member_names: dict[str | None, int | None] = {}
        self._zones: dict[object, str] = {}
        self._checked_zones: set[str] = set()
        self._uids: list[str] = []
        self._uids_drawn = 0
        self.free_uids: set[str] = set()  # given uids already checked against the file, in one go
        meta = db.Meta.get_by_id(1)
        self.planning_zone = str(meta.planning_zone)
        # The plan's review, read with the zone: a plan with it off pays nothing more per write.
        self.review = ReviewSettings(bool(meta.review), bool(meta.self_approval))

    def platform(self, name: str) -> tuple[int, str, int | None]:
        """The id, name and text limit of the platform called ``name``."""
        found = self._platform_names.get(name)
        if found is None:
            if not name or not str(name).strip():
                raise ValidationError("error.platform_required")
            key = name.lower()
            if key not in self._platforms:
                row = self._reference.platform_row(name)
                self._platforms[key] = (row.id, row.name, row.text_limit)
            found = self._platform_names[name] = self._platforms[key]
        return found

    def category(self, name: str | None) -> int | None:
        if name in self._category_names:
            return self._category_names[name]
        key = name.strip().lower() if name else None
        if key not in self._categories:
            self._categories[key] = self._reference.category_row(str(name)).id
        found = self._category_names[name] = self._categories[key]
        return found

    def member(self, name: str | None) -> int | None:
        if name in self._member_names:
            return self._member_names[name]
        key = " ".join(name.split()).lower() if name else None
        if key not in self._members:
            clean = check.name(str(name), what="member")
            self._members[key] = self._reference.member_row(self._tx, clean).id
        found = self._member_names[name] = self._members[key]
        return found

    def check_zone(self, name: str) -> None:
        """Refuse a zone that is not a known IANA zone (each name checked once)."""
        if name not in self._checked_zones:
            zone(name)
            self._checked_zones.add(name)

    def new_uid(self) -> str:
        """A new post uid: a random (version 4) UUID as 32 hex digits, like ``uuid.uuid4().hex``."""
        if not self._uids:
            # One at first, then doubling: a single post draws one, a bulk create draws 1024 at a time.
            count = min(max(self._uids_drawn, 1), 1024)
            self._uids = _random_uuid_hexes(count)
            self._uids_drawn += count
        return self._uids.pop()

    def zone_of(self, start: datetime) -> str | None:
        tz = start.tzinfo
        if tz not in self._zones:
            self._zones[tz] = tz.key if isinstance(tz, ZoneInfo) else ""
        return self._zones[tz] or None


# uuid4() sets these bits of 128 random ones: version 4, RFC 4122 variant.
_UUID4_KEEP = ~((0xF000 << 64) | (0xC000 << 48))
_UUID4_SET = (0x4000 << 64) | (0x8000 << 48)


def _random_uuid_hexes(count: int) -> list[str]:
    """``count`` of ``uuid.uuid4().hex``, from one read of ``os.urandom``."""
    data = os.urandom(16 * count)
    return [
        f"{int.from_bytes(data[i : i + 16], 'big') & _UUID4_KEEP | _UUID4_SET:032x}" for i in range(0, 16 * count, 16)
    ]


def _state(post: Post) -> dict[str, object]:
    """A post's fields as JSON values: ``start`` in ISO 8601 with its offset, read back in ``timezone``."""
    values: dict[str, object] = {}
    for name in PostFields.__slots__:  # type: ignore[attr-defined]
        value = getattr(post, name)
        values[name] = value.isoformat() if isinstance(value, datetime) else value
    return values


def _fields_as_dict(fields: PostFields) -> dict[str, Any]:
    return {name: getattr(fields, name) for name in PostFields.__slots__}  # type: ignore[attr-defined]


_PLACE = frozenset({"start", "timezone"})


def moves_nowhere(current: Post, patch: PostPatch) -> bool:
    """``patch`` only moves ``current`` (its start, its zone) to where it already is: the same
    instant in the same zone. Such a move writes nothing: no version, no history, nothing to undo."""
    if patch.start is UNSET and patch.timezone is UNSET:
        return False
    if any(getattr(patch, name) is not UNSET for name in PostPatch.__slots__ if name not in _PLACE):  # type: ignore[attr-defined]
        return False
    start = current.start if patch.start is UNSET else patch.start
    timezone = current.timezone if patch.timezone is UNSET else patch.timezone
    return _same_instant(start, current.start) and timezone == current.timezone


def _same_instant(a: datetime | None, b: datetime | None) -> bool:
    """Two starts at one instant. Not ``a == b``: two aware datetimes of one zone compare by wall
    clock, fold aside, so the two 02:30 of an autumn night would be the same."""
    if a is None or b is None:
        return a is b
    return a.astimezone(UTC) == b.astimezone(UTC)


def _merge(current: Post, patch: PostPatch) -> dict[str, Any]:
    values = {name: getattr(current, name) for name in PostFields.__slots__}  # type: ignore[attr-defined]
    values["uid"] = current.uid
    values["id"] = current.id  # an edit keeps its uid: no duplicate check
    # Its approval holds unless the review says otherwise (planner.review judges every write).
    values["approved_by"] = current.approved_by
    values["approved_at"] = None if current.approved_at is None else timestamp(current.approved_at)
    values["returned_by"] = current.returned_by
    for name in PostPatch.__slots__:  # type: ignore[attr-defined]
        value = getattr(patch, name)
        if value is not UNSET:
            values[name] = value
    if patch.start is not UNSET and patch.start is not None and current.status is Status.IDEA:
        if patch.status is UNSET:
            values["status"] = Status.DRAFT  # scheduling an idea makes it a draft
    if patch.status is Status.IDEA and patch.start is UNSET:
        values["start"] = None  # back to the backlog
    if patch.timezone is not UNSET and patch.start is UNSET and values["start"] is not None:
        if patch.timezone != current.timezone:
            # Same wall-clock time, new zone: that is what "change the zone" means. The second
            # of two 02:30 on an autumn night stays the second where the new zone has two too.
            start: datetime = values["start"]
            moved = localize(start.replace(tzinfo=None, fold=0), str(patch.timezone))
            second = moved.replace(fold=1)
            values["start"] = second if start.fold and second.utcoffset() != moved.utcoffset() else moved
        # The zone it is in already: its instant stays, the second 02:30 too.
    return values


def _breaking(raw: RawBreach, posts: Sequence[int], states: Mapping[int, CountedPost]) -> int:
    """The post of an offending window, run or pair (``posts``, in time order) with which it
    breaks its rule: the promotion (or offer) one past the limit, else its last post (a window
    short of conversation breaks once complete)."""
    if raw.kind in (BreachKind.MAX_PROMOTION, BreachKind.MAX_PROMO_STREAK, BreachKind.MAX_OFFERS):
        if raw.kind is BreachKind.MAX_OFFERS:
            counted = [pid for pid in posts if states[pid].offer]
        else:
            counted = [
                pid for pid in posts if (entry := states[pid].entry) is not None and entry.side is Side.PROMOTION
            ]
        beyond = int(raw.limit)
        if len(counted) > beyond:
            return counted[beyond]
    return posts[-1]


def _breach_notes(verdict: Verdict | None) -> dict[str, object]:
    """What the audit log keeps of a verdict: the breaches, in words."""
    if verdict is None or not verdict.breaches:
        return {}
    return {"breaches": [b.message for b in verdict.breaches]}


def _breach_notes_of(verdict: Verdict, ids: Sequence[int]) -> dict[int, dict[str, object]]:
    """What the audit entry of each post of a batch keeps of its verdict: the breaches it is part of,
    as its own edit would have said (every entry holding every breach of ten thousand moved posts
    wrote millions of lines); a breach naming none of them, on each."""
    mine: dict[int, list[str]] = {pid: [] for pid in ids}
    for breach in verdict.breaches:
        named = [pid for pid in breach.posts if pid in mine]
        for pid in named or ids:
            mine[pid].append(breach.message)
    return {pid: {"breaches": messages} if messages else {} for pid, messages in mine.items()}


def _summary(post: Post) -> dict[str, object]:
    return {
        "uid": post.uid,
        "platform": post.platform,
        "title": post.title,
        "status": post.status.value,
        "start": post.start.isoformat() if post.start else None,
        "version": post.version,
    }


def _difference(before: Post, after: Post) -> dict[str, object]:
    changed: dict[str, object] = {}
    for name in PostFields.__slots__:  # type: ignore[attr-defined]
        old, new = getattr(before, name), getattr(after, name)
        # Aware datetimes in one zone compare by wall clock and ignore the
        # fold: the two 02:30 of an autumn night would look equal. Compare instants.
        if isinstance(old, datetime) and isinstance(new, datetime):
            same = old.astimezone(UTC) == new.astimezone(UTC) and old.tzinfo == new.tzinfo
        else:
            same = old == new
        if not same:
            changed[name] = [
                old.isoformat() if isinstance(old, datetime) else old,
                new.isoformat() if isinstance(new, datetime) else new,
            ]
    return {"uid": after.uid, "version": after.version, "changed": changed}
