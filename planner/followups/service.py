"""Follow-ups of the open plan (``planner.followups``): adding, keeping, dropping, listing them,
and keeping them with their post as it moves, is cancelled, deleted or brought back.

Every change is audited (entity ``followup``, its id, the post in the summary) in the same
transaction as what caused it, with a new version of the follow-up. ``late`` is worked out at
reading from the session's clock: an open follow-up past its due instant.

An open follow-up given as an offset moves with its post: the due instant is stored and
rewritten, in the post's own transaction, whenever the post's start changes (a watcher the
facade wires into :class:`~planner.posts.Posts`). Storing it, rather than working it out at
reading, keeps a week's follow-ups one range read on the due instant's index, whatever the
size of the plan, and lets "late on this platform at that instant" be one index read too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any, cast

import peewee as pw

from planner import validation as check
from planner.defaults import MAX_DURATION_MINUTES, MAX_TITLE_LENGTH
from planner.errors import ConflictError, NotFoundError, ValidationError
from planner.followups.kept import by_name, kept_on_time_counts
from planner.i18n import Term, tr
from planner.model import (
    AuditEntry,
    Change,
    ChangeKind,
    Entity,
    Followup,
    FollowupKind,
    FollowupStatus,
    KeptOnTime,
    Post,
    PostFields,
    Status,
)
from planner.posts import Posts
from planner.reference import ReferenceData, followup_defaults
from planner.session import Session, Transaction
from planner.storage import models as db
from planner.timezones import from_timestamp, timestamp

FollowupList = list[Followup]
AuditList = list[AuditEntry]  # named here: inside the class, ``list`` is Followups.list

_CANCELLED = "cancelled"  # withdrawn with its cancelled post (the open ones only)
_DELETED = "deleted"  # withdrawn with its deleted post (all of them)
_UNDATED = "undated"  # withdrawn while its post is an idea again (the open ones only)

_COLUMNS = (
    db.Followup.id,
    db.Followup.post_id,
    db.Platform.name,
    db.Followup.kind,
    db.Post.title,
    db.Followup.due_ts,
    db.Post.timezone,
    db.Followup.offset_minutes,
    db.Followup.duration_minutes,
    db.Member.name,
    db.Followup.note,
    db.Followup.status,
    db.Followup.kept_at,
    db.Followup.kept_by,
    db.Followup.kept_by_post,
    db.Followup.reason,
    db.Followup.version,
)


class Followups:
    """The follow-ups of the open plan's posts."""

    def __init__(self, session: Session, reference: ReferenceData, posts: Posts) -> None:
        self._session = session
        self._reference = reference
        self._posts = posts

    # -- reading ----------------------------------------------------------

    def _select(self) -> Any:
        """Follow-ups shown: not withdrawn with a cancelled or deleted post."""
        return self._select_any().where(db.Followup.withdrawn.is_null())

    def _followup(self, row: Sequence[Any], now_ts: int) -> Followup:
        (fid, post_id, platform, kind, title, due_ts, tz, offset, duration, owner, note, status,
         kept_at, kept_by, kept_by_post, reason, version) = row  # fmt: skip
        shown = FollowupStatus(status)
        if shown is FollowupStatus.OPEN and due_ts + (duration or 0) * 60 < now_ts:  # a window: once ended
            shown = FollowupStatus.LATE
        return Followup(
            id=fid,
            post_id=post_id,
            platform=platform,
            kind=FollowupKind(kind),
            title=title,
            due=from_timestamp(due_ts, tz),
            offset=None if offset is None else timedelta(minutes=offset),
            duration_minutes=duration,
            owner=owner,
            note=note,
            status=shown,
            kept_at=None if kept_at is None else from_timestamp(kept_at, "UTC"),
            kept_by=kept_by,
            kept_by_post=kept_by_post,
            reason=reason,
            version=version,
        )

    def _find(self, followup_id: int) -> Followup | None:
        if not db.storable(followup_id):
            return None
        row = self._select().where(db.Followup.id == followup_id).tuples().first()
        return None if row is None else self._followup(row, timestamp(self._session.now()))

    def get(self, followup_id: int) -> Followup:
        """Follow-up ``followup_id``; an unknown one is a :class:`NotFoundError` (exit 2)."""
        with self._session.reading():
            return self._current(followup_id, None)

    def list(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        *,
        platforms: Iterable[str] = (),
        statuses: Iterable[FollowupStatus | str] = (),
        post_id: int | None = None,
    ) -> FollowupList:
        """Follow-ups due in [``start``, ``end``) (aware instants), of some platforms and
        statuses (``late``: open past due; ``open``: open, not yet due), or of one post; by due
        instant. A range reads the index on the due instant: a week costs the same on any plan.
        """
        wanted = {check.followup_status(s) for s in statuses}
        with self._session.reading():
            now_ts = timestamp(self._session.now())
            select = self._select()
            if post_id is not None:
                self._posts.current(post_id, None)
                select = select.where(db.Followup.post_id == post_id)
            if start is not None:
                select = select.where(db.Followup.due_ts >= timestamp(start))
            if end is not None:
                select = select.where(db.Followup.due_ts < timestamp(end))
            names = list(platforms)
            if names:
                ids = [self._reference.platform_row(name).id for name in names]
                select = select.where(db.Followup.platform_id.in_(ids))
            elif wanted and start is None and post_id is None:
                # Every platform named: the index on (platform, status, due) then serves a status
                # read with no lower bound, as "late before the range" is, whatever the plan's size.
                everyone = [i for (i,) in _rows(db.Platform.select(db.Platform.id))]
                select = select.where(db.Followup.platform_id.in_(everyone))
            if wanted:
                stored = {FollowupStatus.OPEN if s is FollowupStatus.LATE else s for s in wanted}
                select = select.where(db.Followup.status.in_([s.value for s in stored]))
            select = select.order_by(db.Followup.due_ts, db.Followup.id)
            found = [self._followup(row, now_ts) for row in select.tuples()]
        return [f for f in found if not wanted or f.status in wanted]

    def due_or_late(self, start: datetime, end: datetime, *, platforms: Iterable[str] = ()) -> FollowupList:
        """What the Follow-ups panel shows for a range: the follow-ups due in [``start``, ``end``)
        and every one still late from before it, on some platforms (all when none is named).

        Two index reads, one on the due instant within the range, one on (platform, status, due)
        for the late ones: a week costs the same on any plan, however old it is."""
        names = list(platforms)
        late = self.list(None, start, platforms=names, statuses=[FollowupStatus.LATE])
        in_range = self.list(start, end, platforms=names)
        return list({f.id: f for f in (*late, *in_range)}.values())

    def shown_in(self, start: datetime, end: datetime, *, platforms: Iterable[str] = ()) -> FollowupList:
        """What a calendar shows of [``start``, ``end``): the follow-ups due in it, and the reply
        windows that opened before ``start`` and still run at it (not dropped ones: a promise
        withdrawn takes no time). By due instant.

        A window lasts at most :data:`~planner.defaults.MAX_DURATION_MINUTES`, so the due index
        is read from that far before ``start``: the cost stays that of a range, on any plan.
        """
        earliest = start - timedelta(minutes=MAX_DURATION_MINUTES)
        found = self.list(earliest, end, platforms=platforms)
        return [
            f
            for f in found
            if f.status is not FollowupStatus.DROPPED
            and (f.due >= start or (f.kind is FollowupKind.REPLIES and f.end > start))
        ]

    def late_of(self, post_ids: Iterable[int]) -> FollowupList:
        """The late follow-ups of posts ``post_ids`` (read on the post index: a week's cards
        show which of them owe something, whenever it was due). By due instant."""
        ids = sorted(set(post_ids))
        if not ids:
            return []
        with self._session.reading():
            now_ts = timestamp(self._session.now())
            found: FollowupList = []
            for chunk in _slices(ids):
                select = self._select().where(
                    db.Followup.post_id.in_(chunk)
                    & (db.Followup.status == FollowupStatus.OPEN.value)
                    & (db.Followup.due_ts < now_ts)
                    & (db.followup_deadline() < now_ts)
                )
                found += [self._followup(row, now_ts) for row in select.tuples()]
        return sorted(found, key=lambda f: (f.due, f.id))

    def late_count(self, platform: str, at: datetime) -> int:
        """How many follow-ups on ``platform`` are open past their due instant at ``at``."""
        with self._session.reading():
            row = self._reference.platform_row(platform)
            return int(
                db.Followup.select()
                .where(
                    (db.Followup.platform_id == row.id)
                    & (db.Followup.status == FollowupStatus.OPEN.value)
                    & (db.Followup.due_ts < timestamp(at))
                    & (db.followup_deadline() < timestamp(at))
                    & db.Followup.withdrawn.is_null()
                )
                .count()
            )

    def kept_on_time(self, start: datetime, end: datetime, platforms: Iterable[str] = ()) -> dict[str, KeptOnTime]:
        """Kept on time per platform (all of them, or those named, by name) over the
        follow-ups due in [``start``, ``end``) (aware instants): how many were kept on time,
        kept late, are late, still open or dropped, and the share kept on time
        (:mod:`planner.followups.kept` says how each is counted). One grouped read of the
        range on the due instant's index."""
        if start.tzinfo is None or end.tzinfo is None:
            raise TypeError("naive datetime: the core only handles aware ones")
        with self._session.reading():
            names = list(platforms)
            rows = (
                [self._reference.platform_row(name) for name in names]
                if names
                else sorted(db.Platform.select(db.Platform.id, db.Platform.name), key=lambda r: r.name.casefold())
            )
            ids = {int(row.id): str(row.name) for row in rows}
            counts = kept_on_time_counts(ids, timestamp(start), timestamp(end), timestamp(self._session.now()))
        return by_name(counts, ids)

    def events(self, post_id: int) -> AuditList:
        """What happened to post ``post_id``'s follow-ups (created, kept, dropped, moved…), oldest first."""
        with self._session.reading():
            ids = [f for (f,) in _rows(db.Followup.select(db.Followup.id).where(db.Followup.post_id == post_id))]
        if not ids:
            return []
        return [
            entry
            for entry in self._session.audit_log(entity=Entity.FOLLOWUP)
            if entry.entity_id in ids and json.loads(entry.summary).get("post") == post_id
        ]

    # -- writing ----------------------------------------------------------

    def add(
        self,
        post_id: int,
        kind: FollowupKind | str,
        *,
        after: timedelta | str | None = None,
        due: datetime | None = None,
        duration: int | None = None,
        owner: str | None = None,
        note: str | None = None,
    ) -> Change:
        """Add a follow-up to post ``post_id``, due ``after`` its start (moving with it) or at
        ``due`` (fixed, aware, not before the post's start)."""
        kind = check.followup_kind(kind)
        if (after is None) == (due is None):
            raise ValidationError("error.followup_when")
        offset = check.offset(after) if isinstance(after, str) else after
        minutes = check.reply_duration(kind, duration)
        text = check.text_field(note or "", what="notes", single_line=True)
        with self._session.writing() as tx:
            post = self._posts.current(post_id, None)
            start = self._dated(post)
            if offset is not None:
                if offset <= timedelta(0):
                    raise ValidationError("error.bad_offset", value=str(after))
                due_ts = timestamp(start) + int(offset.total_seconds())
            else:
                assert due is not None
                if due.tzinfo is None:
                    raise TypeError("naive datetime: the core only handles aware ones")
                due_ts = timestamp(due)
                if due_ts < timestamp(start):
                    raise ValidationError(
                        "error.followup_before_post", due=_shown(due, post.timezone), start=_shown(start, post.timezone)
                    )
            owner_id = self._owner(tx, post, owner)
            row = db.Followup.create(
                post_id=post.id,
                post_uid=post.uid,
                platform_id=self._reference.platform_row(post.platform).id,
                kind=kind.value,
                due_ts=due_ts,
                offset_minutes=None if offset is None else int(offset.total_seconds()) // 60,
                duration_minutes=minutes,
                owner=owner_id,
                note=text,
                status=FollowupStatus.OPEN.value,
                version=1,
                created_at=tx.now_ts,
                created_by=tx.who,
            )
            return self._saved(tx, ChangeKind.CREATE, int(row.id), "created")

    def add_defaults(self, post_id: int, *, category: str | None = None) -> Change:
        """Add to post ``post_id`` the default follow-ups of ``category`` (else of its own category)
        it lacks: those whose kind and offset none of its follow-ups has. One transaction; the change
        lists those added (none when nothing was missing)."""
        with self._session.writing() as tx:
            post = self._posts.current(post_id, None)
            self._dated(post)
            name = category if category is not None else post.category
            defaults = followup_defaults(self._reference.category_row(name).followups) if name else ()
            now_ts = timestamp(self._session.now())
            rows = self._select().where(db.Followup.post_id == post_id).tuples()
            having = {(f.kind, f.offset) for f in (self._followup(row, now_ts) for row in rows)}
            added: list[Followup] = []
            for default in defaults:
                if (default.kind, default.after) in having:
                    continue
                having.add((default.kind, default.after))
                change = self.add(post_id, default.kind, after=default.after, duration=default.duration_minutes)
                added.extend(change.followups)
            return Change(
                tx.revision, ChangeKind.CREATE, Entity.FOLLOWUP, tuple(f.id for f in added), followups=tuple(added)
            )

    def remove_all(self, seen: Sequence[Followup]) -> Change:
        """Remove the follow-ups ``seen`` (each expecting the version it was seen at) in one
        transaction: all go, or none if one changed meanwhile (undoing the addition of several)."""
        with self._session.writing() as tx:
            for followup in seen:
                self.remove(followup.id, expect_version=followup.version)
            return Change(
                tx.revision, ChangeKind.DELETE, Entity.FOLLOWUP, tuple(f.id for f in seen), followups=tuple(seen)
            )

    def keep(
        self,
        followup_id: int,
        *,
        by_post: int | None = None,
        expect_version: int | None = None,
        at: datetime | None = None,
    ) -> Change:
        """Mark follow-up ``followup_id`` kept, now or ``at`` (an aware instant, not in the
        future nor before its post's start: an import or the demo records a keep of the past).
        A promised post is kept by ``by_post``: on the same platform, dated; published already,
        it keeps it now (or ``at``), otherwise it is linked and keeps it once published."""
        with self._session.writing() as tx:
            current = self._current(followup_id, expect_version)
            self._refuse_closed(current)
            kept_ts = tx.now_ts if at is None else self._kept_when(tx, current, at)
            values: dict[str, object]
            if current.kind is FollowupKind.POST:
                if by_post is None:
                    raise ValidationError("error.followup_needs_post", id=followup_id)
                keeper = self._keeper(current, by_post)
                values = {"kept_by_post": keeper.id}
                if keeper.status is Status.PUBLISHED:
                    values |= self._kept(tx, kept_ts)
                elif at is not None:
                    raise ValidationError("error.kept_at_unpublished", id=followup_id, post=by_post)
            else:
                if by_post is not None:
                    raise ValidationError(
                        "error.followup_by_post_kind", id=followup_id, kind=Term("followup_kind." + current.kind.value)
                    )
                values = self._kept(tx, kept_ts)
            self._update(current, values)
            event = "kept" if "status" in values else "linked"
            return self._saved(tx, ChangeKind.EDIT, followup_id, event, by_post=by_post)

    def drop(self, followup_id: int, *, reason: str, expect_version: int | None = None) -> Change:
        """Drop follow-up ``followup_id``, saying why (kept in the history)."""
        why = check.text_field(reason or "", what="reason", single_line=True).strip()
        if not why:
            raise ValidationError("error.drop_needs_reason")
        with self._session.writing() as tx:
            current = self._current(followup_id, expect_version)
            self._refuse_closed(current)
            self._update(current, {"status": FollowupStatus.DROPPED.value, "reason": why})
            return self._saved(tx, ChangeKind.EDIT, followup_id, "dropped", reason=why)

    def reopen(self, followup_id: int, *, expect_version: int | None = None) -> Change:
        """Open a kept or dropped follow-up again (undoing a keep or a drop); a relative one
        takes its due instant from its post's start again."""
        with self._session.writing() as tx:
            current = self._current(followup_id, expect_version)
            values: dict[str, object] = {
                "status": FollowupStatus.OPEN.value,
                "kept_at": None,
                "kept_by": None,
                "kept_by_post": None,
                "reason": None,
            }
            post = self._posts.find(current.post_id)
            if current.offset is not None and post is not None and post.start is not None:
                values["due_ts"] = timestamp(post.start) + int(current.offset.total_seconds())
            self._update(current, values)
            return self._saved(tx, ChangeKind.EDIT, followup_id, "reopened")

    def remove(self, followup_id: int, *, expect_version: int | None = None) -> Change:
        """Remove a follow-up altogether (undoing its addition)."""
        with self._session.writing() as tx:
            current = self._current(followup_id, expect_version)
            gone = (
                db.Followup.delete()
                .where((db.Followup.id == followup_id) & (db.Followup.version == current.version))
                .execute()
            )
            if gone != 1:
                raise ConflictError("error.conflict_followup", id=followup_id)
            self._audit(tx, ChangeKind.DELETE, current, "removed")
            return Change(tx.revision, ChangeKind.DELETE, Entity.FOLLOWUP, (followup_id,), followups=(current,))

    def plan_promised_post(
        self,
        followup_id: int,
        *,
        title: str | None = None,
        expect_version: int | None = None,
        reason: str | None = None,
        again: Post | None = None,
    ) -> Change:
        """Plan the post that keeps promised post ``followup_id``, in one transaction: a draft on
        its platform at its due instant (in its post's zone), titled ``title`` or "Results:
        <the post's title>", its notes naming the post that promised it; and link it, so that
        publishing it keeps the promise. ``again`` is that draft as an undo took it away (redo):
        it comes back with its uid instead of a new one.

        The change names the new post (``posts``) and the linked follow-up (``followups``); a
        rule in block mode may refuse the draft (:class:`BalanceRefused`) unless ``reason``
        overrides it. Only an open promised post with no post linked yet can be planned (exit 2).
        """
        with self._session.writing() as tx:
            current = self._current(followup_id, expect_version)
            self._refuse_closed(current)
            if current.kind is not FollowupKind.POST:
                raise ValidationError(
                    "error.followup_plan_kind", id=followup_id, kind=Term("followup_kind." + current.kind.value)
                )
            if current.kept_by_post is not None:
                raise ValidationError("error.followup_already_linked", id=followup_id, post=current.kept_by_post)
            if again is not None:
                made = self._posts.undelete_post(again, reason=reason)
            else:
                made = self._posts.create_post(self._promised_fields(current, title), reason=reason)
            planned = made.posts[0]
            self._update(current, {"kept_by_post": planned.id})
            linked = self._saved(tx, ChangeKind.EDIT, followup_id, "linked", by_post=planned.id)
            return Change(
                tx.revision, ChangeKind.CREATE, Entity.POST, (planned.id,), (planned,), made.verdict, linked.followups
            )

    def unplan_promised_post(
        self, followup_id: int, *, expect_version: int | None = None, post_version: int | None = None
    ) -> Change:
        """Undo :meth:`plan_promised_post` in one transaction: the follow-up open again with no
        post linked, and the planned post deleted (expecting ``post_version`` if given)."""
        with self._session.writing() as tx:
            current = self._current(followup_id, expect_version)
            linked = current.kept_by_post
            if current.kind is not FollowupKind.POST or linked is None:
                raise ConflictError("error.conflict_followup", id=followup_id)
            self.reopen(followup_id, expect_version=current.version)
            gone = self._posts.delete_post(linked, expect_version=post_version)
            saved = self._find(followup_id)
            assert saved is not None
            return Change(tx.revision, ChangeKind.DELETE, Entity.POST, (linked,), gone.posts, gone.verdict, (saved,))

    def _promised_fields(self, current: Followup, title: str | None) -> PostFields:
        """The draft that keeps ``current``: same platform, at its due instant in its post's zone."""
        post = self._posts.current(current.post_id, None)
        wanted = title if title is not None else tr("followup.promised_title", title=post.title)
        if len(wanted) > MAX_TITLE_LENGTH:
            wanted = wanted[: MAX_TITLE_LENGTH - 1] + "…"
        day = _shown(post.start, post.timezone) if post.start is not None else ""
        return PostFields(
            platform=current.platform,
            title=wanted,
            body=current.note,
            status=Status.DRAFT,
            start=current.due,
            timezone=post.timezone,
            author=current.owner,
            campaign=post.campaign,
            notes=tr("followup.promised_notes", title=post.title, post=post.id, day=day),
        )

    # -- with their post (the watcher the facade wires into planner.posts) --------------

    def created(self, tx: Transaction, ids: Sequence[int]) -> None:
        """Posts created: the dated ones of a category with defaults get them."""
        self._give_defaults(tx, ids)

    def changed(self, tx: Transaction, before: Post, after: Post) -> None:
        """A post edited or moved: its follow-ups follow it."""
        post_filter = db.Followup.post_id == after.id
        if before.platform != after.platform:
            platform_id = self._reference.platform_row(after.platform).id
            db.Followup.update(platform_id=platform_id).where(post_filter).execute()
            # A promise is kept on its own platform: links that now cross platforms go.
            crossing = (db.Followup.post_id == after.id) & db.Followup.kept_by_post.is_null(False)
            self._unlink(tx, crossing, keeper_platform_not=platform_id)
            self._unlink(tx, db.Followup.kept_by_post == after.id, keeper_uid=after.uid)
        if after.status is Status.CANCELLED and before.status is not Status.CANCELLED:
            self._withdraw(tx, after, _CANCELLED, open_only=True)
            return
        if before.status is Status.CANCELLED and after.status is not Status.CANCELLED:
            self._bring_back(tx, after, _CANCELLED, after.id)
        if before.start is not None and after.start is None:  # back to an idea: it promises nothing for now
            self._withdraw(tx, after, _UNDATED, open_only=True)
            return
        if before.start is None and after.start is not None:
            self._bring_back(tx, after, _UNDATED, after.id)
        if after.start is not None and (before.start is None or timestamp(before.start) != timestamp(after.start)):
            self._move_with(tx, after)
        if before.start is None and after.start is not None:
            self._give_defaults(tx, (after.id,))
        if after.status is Status.PUBLISHED and before.status is not Status.PUBLISHED:
            self._kept_by_publication(tx, after)

    def deleted(self, tx: Transaction, post: Post) -> None:
        """A post deleted: its follow-ups go with it, and the promises it was to keep are open
        to another post again (an undo brings both back)."""
        self._withdraw(tx, post, _DELETED, open_only=False)
        self._unlink(tx, db.Followup.kept_by_post == post.id, keeper_uid=post.uid)

    def undeleted(self, tx: Transaction, post: Post, new_id: int) -> None:
        """A deleted post brought back (undo): its follow-ups come back with it."""
        self._bring_back(tx, post, _DELETED, new_id)
        self._relink(tx, post.uid, new_id)

    # -- inside a write ---------------------------------------------------

    def _current(self, followup_id: int, expect_version: int | None) -> Followup:
        current = self._find(followup_id)
        if current is None:
            if expect_version is not None and db.storable(followup_id) and self._ever_existed(followup_id):
                raise ConflictError("error.conflict_followup", id=followup_id)
            raise NotFoundError("error.followup_not_found", id=followup_id)
        if expect_version is not None and current.version != expect_version:
            who = db.Audit.select(db.Audit.who).where(
                (db.Audit.entity == Entity.FOLLOWUP.value) & (db.Audit.entity_id == followup_id)
            ).order_by(db.Audit.id.desc()).scalar()  # fmt: skip
            raise ConflictError(
                "error.conflict_followup_version",
                id=followup_id,
                expected=expect_version,
                found=current.version,
                who=who or "?",
            )
        return current

    @staticmethod
    def _ever_existed(followup_id: int) -> bool:
        return bool(
            db.Audit.select()
            .where((db.Audit.entity == Entity.FOLLOWUP.value) & (db.Audit.entity_id == followup_id))
            .exists()
        )

    @staticmethod
    def _dated(post: Post) -> datetime:
        if post.status is Status.CANCELLED:
            raise ValidationError("error.followup_of_a_cancelled_post", id=post.id)
        if post.start is None:
            raise ValidationError("error.followup_of_an_idea", id=post.id)
        return post.start

    @staticmethod
    def _refuse_closed(current: Followup) -> None:
        if current.status in (FollowupStatus.KEPT, FollowupStatus.DROPPED):
            raise ValidationError(
                "error.followup_not_open", id=current.id, status=Term("followup_status." + current.status.value)
            )

    def _keeper(self, current: Followup, by_post: int) -> Post:
        keeper = self._posts.current(by_post, None)
        if keeper.id == current.post_id:
            raise ValidationError("error.followup_kept_by_itself", post=by_post)
        if keeper.start is None:
            raise ValidationError("error.followup_kept_by_idea", post=by_post)
        promising = self._posts.find(current.post_id)
        if promising is not None and promising.start is not None and keeper.start < promising.start:
            raise ValidationError(
                "error.followup_kept_by_earlier",
                post=by_post,
                id=current.id,
                start=_shown(keeper.start, keeper.timezone),
                promised=_shown(promising.start, promising.timezone),
            )
        if keeper.platform.casefold() != current.platform.casefold():
            raise ValidationError(
                "error.followup_other_platform",
                post=by_post,
                found=keeper.platform,
                id=current.id,
                platform=current.platform,
            )
        return keeper

    @staticmethod
    def _kept(tx: Transaction, kept_ts: int | None = None) -> dict[str, object]:
        when = tx.now_ts if kept_ts is None else kept_ts
        return {"status": FollowupStatus.KEPT.value, "kept_at": when, "kept_by": tx.who}

    def _kept_when(self, tx: Transaction, current: Followup, at: datetime) -> int:
        """``at`` as the instant a follow-up was kept: not in the future, not before its post."""
        if at.tzinfo is None:
            raise TypeError("naive datetime: the core only handles aware ones")
        at_ts = timestamp(at)
        post = self._posts.current(current.post_id, None)
        zone_name = post.timezone
        if at_ts > tx.now_ts:
            raise ValidationError("error.kept_in_future", at=_shown(at, zone_name))
        if post.start is not None and at_ts < timestamp(post.start):
            raise ValidationError(
                "error.kept_before_post", at=_shown(at, zone_name), start=_shown(post.start, zone_name)
            )
        return at_ts

    def _owner(self, tx: Transaction, post: Post, owner: str | None) -> int:
        name = check.name(owner, what="member") if owner else (post.author or tx.who)
        return int(self._reference.member_row(tx, name).id)

    @staticmethod
    def _update(current: Followup, values: dict[str, object]) -> None:
        updated = (
            db.Followup.update(**values, version=db.Followup.version + 1)
            .where((db.Followup.id == current.id) & (db.Followup.version == current.version))
            .execute()
        )
        if updated != 1:
            raise ConflictError("error.conflict_followup", id=current.id)

    def _saved(self, tx: Transaction, kind: ChangeKind, followup_id: int, event: str, **more: object) -> Change:
        saved = self._find(followup_id)
        assert saved is not None
        self._audit(tx, kind, saved, event, **more)
        return Change(tx.revision, kind, Entity.FOLLOWUP, (followup_id,), followups=(saved,))

    def _audit(self, tx: Transaction, kind: ChangeKind, followup: Followup, event: str, **more: object) -> None:
        summary = {
            "event": event,
            "post": followup.post_id,
            "kind": followup.kind.value,
            "due": followup.due.isoformat(),
            "status": followup.status.value,
            "version": followup.version,
            **{name: value for name, value in more.items() if value is not None},
        }
        self._session.audit(tx, kind, Entity.FOLLOWUP, followup.id, summary)

    def _audit_rows(self, tx: Transaction, ids: Iterable[int], event: str, **more: object) -> None:
        now_ts = tx.now_ts
        for first in _slices(list(ids)):
            query = self._select_any().where(db.Followup.id.in_(first))
            for row in query.tuples():
                self._audit(tx, ChangeKind.EDIT, self._followup(row, now_ts), event, **more)

    def _select_any(self) -> Any:
        """Follow-ups withdrawn or not (the post's own watcher sees them all)."""
        return (
            db.Followup.select(*_COLUMNS)
            .join(db.Post, on=(db.Followup.post_id == db.Post.id))
            .join(db.Platform, on=(db.Followup.platform_id == db.Platform.id))
            .switch(db.Followup)
            .join(db.Member, pw.JOIN.LEFT_OUTER, on=(db.Followup.owner == db.Member.id))
        )

    def _move_with(self, tx: Transaction, post: Post) -> None:
        assert post.start is not None
        start_ts = timestamp(post.start)
        # Only those whose due instant changes: the history tells a real move.
        moving = (
            (db.Followup.post_id == post.id)
            & (db.Followup.status == FollowupStatus.OPEN.value)
            & db.Followup.offset_minutes.is_null(False)
            & db.Followup.withdrawn.is_null()
            & (db.Followup.due_ts != start_ts + db.Followup.offset_minutes * 60)
        )
        ids = [i for (i,) in _rows(db.Followup.select(db.Followup.id).where(moving))]
        if not ids:
            return
        db.Followup.update(due_ts=start_ts + db.Followup.offset_minutes * 60, version=db.Followup.version + 1).where(
            moving
        ).execute()
        self._audit_rows(tx, ids, "moved")

    def _withdraw(self, tx: Transaction, post: Post, why: str, *, open_only: bool) -> None:
        going = (db.Followup.post_id == post.id) & (db.Followup.post_uid == post.uid) & db.Followup.withdrawn.is_null()
        if open_only:
            going &= db.Followup.status == FollowupStatus.OPEN.value
        ids = [i for (i,) in _rows(db.Followup.select(db.Followup.id).where(going))]
        if not ids:
            return
        if why == _CANCELLED:
            self._audit_rows(tx, ids, "withdrawn")  # the post is still there to join
        db.Followup.update(withdrawn=why).where(db.Followup.id.in_(ids)).execute()

    def _unlink(
        self, tx: Transaction, linked: Any, *, keeper_uid: str | None = None, keeper_platform_not: int | None = None
    ) -> None:
        """Open promises among ``linked`` lose the post that was to keep them (it is gone, or on
        another platform now): another post may keep them. The history says which post it was."""
        going = linked & (db.Followup.status == FollowupStatus.OPEN.value) & db.Followup.withdrawn.is_null()
        query = db.Followup.select(db.Followup.id, db.Followup.kept_by_post).where(going)
        found = list(_rows(query))
        if keeper_platform_not is not None:
            keepers = {pid for _fid, pid in found}
            elsewhere = {
                pid for (pid,) in _rows(db.Post.select(db.Post.id).where(
                    db.Post.id.in_(list(keepers)) & (db.Post.platform != keeper_platform_not)))
            } if keepers else set()  # fmt: skip
            found = [(fid, pid) for fid, pid in found if pid in elsewhere]
        if not found:
            return
        uids = {}
        if keeper_uid is None:
            ids = [pid for _fid, pid in found]
            uids = dict(_rows(db.Post.select(db.Post.id, db.Post.uid).where(db.Post.id.in_(ids))))
        for fid, pid in found:
            db.Followup.update(kept_by_post=None, version=db.Followup.version + 1).where(
                db.Followup.id == fid
            ).execute()
            self._audit_rows(tx, [fid], "unlinked", from_post=pid, from_uid=keeper_uid or uids.get(pid))

    def _relink(self, tx: Transaction, keeper_uid: str, new_id: int) -> None:
        """Undoing a deletion: the promises the post was to keep, unlinked with it and still open
        and unlinked, are its again (read from the history, which names the post by its uid)."""
        marked = db.Audit.select(db.Audit.entity_id).where(
            (db.Audit.entity == Entity.FOLLOWUP.value)
            & db.Audit.summary.contains('"unlinked"')
            & db.Audit.summary.contains(keeper_uid)
        )
        ids = {int(i) for (i,) in _rows(marked) if i is not None}
        if not ids:
            return
        waiting = (
            db.Followup.id.in_(list(ids))
            & (db.Followup.status == FollowupStatus.OPEN.value)
            & db.Followup.kept_by_post.is_null()
            & db.Followup.withdrawn.is_null()
        )
        back = [i for (i,) in _rows(db.Followup.select(db.Followup.id).where(waiting))]
        if not back:
            return
        db.Followup.update(kept_by_post=new_id, version=db.Followup.version + 1).where(
            db.Followup.id.in_(back)
        ).execute()
        self._audit_rows(tx, back, "linked", by_post=new_id)

    def _bring_back(self, tx: Transaction, post: Post, why: str, new_id: int) -> None:
        back = (db.Followup.post_id == post.id) & (db.Followup.post_uid == post.uid) & (db.Followup.withdrawn == why)
        ids = [i for (i,) in _rows(db.Followup.select(db.Followup.id).where(back))]
        if not ids:
            return
        db.Followup.update(withdrawn=None, post_id=new_id).where(db.Followup.id.in_(ids)).execute()
        self._audit_rows(tx, ids, "back")
        found = self._posts.find(new_id)
        if found is not None and found.start is not None:
            self._move_with(tx, found)

    def _kept_by_publication(self, tx: Transaction, post: Post) -> None:
        waiting = (
            (db.Followup.kept_by_post == post.id)
            & (db.Followup.status == FollowupStatus.OPEN.value)
            & db.Followup.withdrawn.is_null()
        )
        ids = [i for (i,) in _rows(db.Followup.select(db.Followup.id).where(waiting))]
        if not ids:
            return
        db.Followup.update(**self._kept(tx), version=db.Followup.version + 1).where(waiting).execute()
        self._audit_rows(tx, ids, "kept", by_post=post.id)

    def _give_defaults(self, tx: Transaction, ids: Sequence[int]) -> None:
        """The category's default follow-ups for the dated posts among ``ids`` that have none yet
        (so a post never gets them twice: an idea dated again, a post brought back)."""
        categories = {
            row.id: followup_defaults(row.followups)
            for row in db.Category.select(db.Category.id, db.Category.followups).where(db.Category.followups != "[]")
        }
        categories = {cid: defaults for cid, defaults in categories.items() if defaults}
        if not categories or not ids:
            return
        rows: list[dict[str, object]] = []
        fallback: int | None = None
        for chunk in _slices(list(ids)):
            posts = db.Post.select(
                db.Post.id, db.Post.uid, db.Post.platform, db.Post.category, db.Post.start_ts, db.Post.author
            ).where(
                db.Post.id.in_(chunk)
                & db.Post.category.in_(list(categories))
                & db.Post.start_ts.is_null(False)
                & (db.Post.status != Status.CANCELLED.value)
            )
            found = list(_rows(posts))
            having = {
                p for (p,) in _rows(db.Followup.select(db.Followup.post_id).where(
                    db.Followup.post_id.in_([f[0] for f in found])))
            }  # fmt: skip
            for post_id, uid, platform_id, category_id, start_ts, author_id in found:
                if post_id in having:
                    continue
                if author_id is None and fallback is None:
                    fallback = int(self._reference.member_row(tx, tx.who).id)
                for default in categories[category_id]:
                    minutes = check.reply_duration(default.kind, default.duration_minutes) or 0
                    if start_ts + int(default.after.total_seconds()) + minutes * 60 < tx.now_ts:
                        continue  # a post of the past: no promise that would be late the moment it is made
                    rows.append(
                        {
                            "post_id": post_id,
                            "post_uid": uid,
                            "platform_id": platform_id,
                            "kind": default.kind.value,
                            "due_ts": start_ts + int(default.after.total_seconds()),
                            "offset_minutes": int(default.after.total_seconds()) // 60,
                            "duration_minutes": check.reply_duration(default.kind, default.duration_minutes),
                            "owner": author_id if author_id is not None else fallback,
                            "note": "",
                            "status": FollowupStatus.OPEN.value,
                            "version": 1,
                            "created_at": tx.now_ts,
                            "created_by": tx.who,
                        }
                    )
        if not rows:
            return
        for first in range(0, len(rows), 500):
            db.Followup.insert_many(rows[first : first + 500]).execute()
        if len(rows) <= 50:
            made = db.Followup.select(db.Followup.id).where(
                db.Followup.post_id.in_({r["post_id"] for r in rows}) & (db.Followup.created_at == tx.now_ts)
            )
            self._audit_rows(tx, [i for (i,) in _rows(made)], "created")
        else:
            self._session.audit(tx, ChangeKind.CREATE, Entity.FOLLOWUP, None, {"event": "created", "count": len(rows)})

    # -- reading for exports (appended: exchange reads through these) -------------------

    def of_posts(self, post_ids: Iterable[int]) -> FollowupList:
        """The follow-ups shown of posts ``post_ids`` (not withdrawn), by due instant: what an
        export of those posts carries. Read in slices of ids, so a big export stays a few reads."""
        found: FollowupList = []
        with self._session.reading():
            now_ts = timestamp(self._session.now())
            for chunk in _slices(sorted(set(post_ids))):
                select = self._select().where(db.Followup.post_id.in_(chunk))
                found.extend(self._followup(row, now_ts) for row in select.tuples())
        return sorted(found, key=lambda f: (timestamp(f.due), f.id))

    def post_uids(self, post_ids: Iterable[int]) -> dict[int, str]:
        """The uid of each post among ``post_ids`` that exists (a follow-up names its post by id;
        a file names it by uid, which survives a move to another plan)."""
        uids: dict[int, str] = {}
        with self._session.reading():
            for chunk in _slices(sorted(set(post_ids))):
                rows = db.Post.select(db.Post.id, db.Post.uid).where(db.Post.id.in_(chunk))
                uids.update({int(pid): str(uid) for pid, uid in _rows(rows)})
        return uids


def _rows(query: Any) -> Iterable[tuple[Any, ...]]:
    return cast("Iterable[tuple[Any, ...]]", query.tuples())


def _slices(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    """SQLite limits the "?" of one statement: ask in slices."""
    for first in range(0, len(ids), size):
        yield ids[first : first + size]


def _shown(moment: datetime, zone_name: str) -> str:
    return from_timestamp(timestamp(moment), zone_name).strftime("%Y-%m-%d %H:%M")
