"""A post's history: who changed what and when, and going back to an earlier version.

The history comes from the audit log. From schema 4 on, every audit entry of a
post keeps the post's every field after the change (``post_state``), which
makes that version restorable; entries written by an older Dialogos show what
they recorded (what an edit changed, before and after) but cannot be restored.

Restoring is an ordinary edit: the fields that differ from the version are
changed back, judged by the balance rules, checked against the version the
caller saw, audited (as a restore of that version) and undone like any edit.

A post's history is the life of its id since it was last created: SQLite may
give the id of a deleted post to a new one, whose history starts afresh. A
deleted post's history stays readable, ending in its deletion. A deleted post
brought back by an undo (:meth:`~planner.posts.Posts.undelete_post`) keeps
its id while no other post took it, and its history goes on through the
deletion.

The history also tells what happened to the post's follow-ups (added, kept, linked to the
promised post, dropped with a reason, moved with the post, reopened…): those entries carry a
:class:`FollowupEvent`, make no version of the post and are never restored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, cast
from zoneinfo import ZoneInfo

import peewee as pw

from planner.errors import ConflictError, NotFoundError, ValidationError
from planner.i18n import tr
from planner.model import (
    Change,
    ChangeKind,
    Entity,
    FollowupKind,
    FollowupStatus,
    Post,
    PostFields,
    PostPatch,
    Status,
)
from planner.posts import Posts
from planner.session import Session
from planner.storage import models as db
from planner.timezones import from_timestamp, zone

UNDO_REASON = "undo"
"""The reason audited for a change an undo or a redo made: it overrides a rule in block mode."""

# Fields a create shows: what the post started with (its uid and group are internal).
_INTERNAL = ("uid", "group_uid", "series_uid")


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a post, before and after a change (None before a creation).

    ``start`` is an aware datetime in the post's zone, ``status`` a
    :class:`~planner.model.Status`; the other fields are as stored.
    """

    field: str
    before: object
    after: object


@dataclass(frozen=True, slots=True)
class CopySource:
    """Where a version brought back from another copy of the plan came from: the
    file (its name as given), the post's id there and its version there."""

    file: str
    id: int
    version: int


FOLLOWUP_EVENTS = ("created", "linked", "kept", "dropped", "reopened", "moved", "withdrawn", "back", "removed")
"""What the history can say happened to a follow-up, as audited by :mod:`planner.followups`."""


@dataclass(frozen=True, slots=True)
class FollowupEvent:
    """What happened to one of the post's follow-ups, and how it stood afterwards.

    ``event`` is one of :data:`FOLLOWUP_EVENTS` (another word from a newer Dialogos is kept
    as it is); ``due`` is aware, in the post's zone; ``reason`` is why it was dropped;
    ``by_post`` the post linked to keep a promised post.
    """

    id: int
    event: str
    kind: FollowupKind | None
    due: datetime | None
    status: FollowupStatus | None
    version: int | None
    reason: str | None = None
    by_post: int | None = None


REVIEW_STEPS = (
    "submit",
    "approve",
    "return",
    "reopened",
    "restored_in_review",
    "waived",
    "comment",
    "removed",
    "undo_submit",
    "undo_approve",
    "undo_return",
)
"""What the history can say of the post's review (:mod:`planner.review`): a step of it, an edit
that sent it back to review or scheduled it without one, a comment of its thread, one taken back."""


@dataclass(frozen=True, slots=True)
class ReviewEvent:
    """A step of the post's review, or a line of its thread, as its history tells it.

    ``step`` is one of :data:`REVIEW_STEPS`; ``comment`` what was said with it (None: nothing).
    """

    step: str
    comment: str | None = None

    def words(self, who: str) -> str:
        """The step in a sentence of the user's language ("Approved by Léa: lovely")."""
        keys = _REVIEW_WORDS.get(self.step)
        if keys is None:
            return self.step  # a step of a newer Dialogos: its word as it is
        said = self.comment or ""
        return tr(keys[1] if said else keys[0], who=who, comment=said)


# Each step's sentence without and with what was said (the catalogue's planner/messages/review.py).
_REVIEW_WORDS = {
    "submit": ("history.review.submit", "history.review.submit_said"),
    "approve": ("history.review.approve", "history.review.approve_said"),
    "return": ("history.review.return", "history.review.return"),
    "reopened": ("history.review.reopened", "history.review.reopened"),
    "restored_in_review": ("history.review.restored_in_review", "history.review.restored_in_review"),
    "waived": ("history.review.waived", "history.review.waived"),
    "comment": ("history.review.comment", "history.review.comment"),
    "removed": ("history.review.removed", "history.review.removed"),
    "undo_submit": ("history.review.undo_submit", "history.review.undo_submit"),
    "undo_approve": ("history.review.undo_approve", "history.review.undo_approve"),
    "undo_return": ("history.review.undo_return", "history.review.undo_return"),
}


@dataclass(frozen=True, slots=True)
class PostVersion:
    """One change in a post's life: the version it made, who, when, what and why."""

    version: int | None  # the version the change made; None for the deletion
    at: datetime  # aware, UTC
    who: str
    action: ChangeKind
    changes: tuple[FieldChange, ...]
    reason: str | None  # why a balance rule was overridden (or "undo"), as audited
    restored_from: int | None = None  # this change restored that earlier version
    fields: PostFields | None = None  # the post as this version left it; None when not kept
    batch: int | None = None  # created with this many posts at once, details not kept
    current: bool = False  # the post is at this version now
    restorable: bool = False  # restore_version would change something
    undeleted: bool = False  # a deletion undone: the post came back as it was
    from_copy: CopySource | None = None  # brought back from a conflicted copy or another plan
    copied_from: int | None = None  # created as a copy of that post (planner.crossposts)
    followup: FollowupEvent | None = None  # a follow-up's change: no version of the post
    review: ReviewEvent | None = None  # a review step (with its version), or a comment (none)

    @property
    def kept(self) -> bool:
        """Whether the whole version was kept (from schema 4 on)."""
        return self.fields is not None


class PostHistory:
    """The history of the open plan's posts (``planner.history``), and going back to a version
    through an ordinary edit of :class:`~planner.posts.Posts`."""

    def __init__(self, session: Session, posts: Posts) -> None:
        self._session = session
        self._posts = posts

    def post_history(self, post_id: int) -> list[PostVersion]:
        """Every recorded change of post ``post_id``, oldest first, even once it is deleted.

        An unknown id is a :class:`NotFoundError` (exit 2); a post with no
        recorded change (made by a bulk write of an old Dialogos) has an empty history.
        """
        if not db.storable(post_id):
            raise NotFoundError("error.post_not_found", id=post_id)
        with self._session.reading():
            query = (
                db.Audit.select(*_ENTRY_COLUMNS, db.PostState.state)
                .join(db.PostState, pw.JOIN.LEFT_OUTER, on=(db.PostState.audit == db.Audit.id))
                .where((db.Audit.entity == Entity.POST.value) & (db.Audit.entity_id == post_id))
            )
            rows = [_entry(row[:-1], row[-1]) for row in _tuples(query)]
            rows += self._batches_with(post_id)
            current = self._posts.find(post_id)
            zone_name = current.timezone if current is not None else self._session.planning_zone
            events = self._followup_events(post_id, zone_name) + self._thread_events(post_id)
        if not rows and current is None:
            raise NotFoundError("error.post_not_found", id=post_id)
        rows.sort(key=lambda row: row.id)
        creations = [i for i, row in enumerate(rows) if row.action == ChangeKind.CREATE.value and not _goes_on(rows, i)]
        life = rows[creations[-1] :] if creations else rows
        numbered = [((row.revision, 0, row.id), _version(row, current)) for row in life]
        if life:
            # The follow-ups' events of this life of the id (from the write that made it: a
            # category's defaults are given in it) in the order they were written; in one write,
            # after the post's change that caused them (a creation, a move, a publication).
            numbered += [((e.revision, 1, e.id), event) for e, event in events if e.revision >= life[0].revision]
            numbered.sort(key=lambda pair: pair[0])
        versions = [version for _, version in numbered]
        if current is not None:
            with self._session.guard():
                existing = _existing_names()
            made = [i for i, v in enumerate(versions) if v.version == current.version and v.action != ChangeKind.DELETE]
            if made:
                versions[made[-1]] = replace(versions[made[-1]], current=True)
            versions = [
                replace(
                    v, restorable=v.fields is not None and not patch_towards(current, v.fields, existing).is_empty()
                )
                if v.action is not ChangeKind.DELETE
                else v
                for v in versions
            ]
        return versions

    def _followup_events(self, post_id: int, zone_name: str) -> list[tuple[_Entry, PostVersion]]:
        """The audit entries of the post's follow-ups (by their audit id): one index read on
        the follow-ups of the post, one on their entries, whatever the size of the plan."""
        ids = [fid for (fid,) in _tuples(db.Followup.select(db.Followup.id).where(db.Followup.post_id == post_id))]
        found: list[tuple[_Entry, PostVersion]] = []
        for first in range(0, len(ids), 500):
            query = db.Audit.select(*_ENTRY_COLUMNS).where(
                (db.Audit.entity == Entity.FOLLOWUP.value) & db.Audit.entity_id.in_(ids[first : first + 500])
            )
            for row in _tuples(query):
                entry = _entry(row, None)
                summary = _summary(entry.summary)
                if summary.get("post") == post_id and entry.entity_id is not None:
                    found.append((entry, _followup_version(entry, summary, zone_name)))
        found.sort(key=lambda pair: pair[0].id)
        return found

    def _thread_events(self, post_id: int) -> list[tuple[_Entry, PostVersion]]:
        """The comments of the post's thread, and those taken back, from their audit entries
        (:mod:`planner.review` audits them under the post's id): no version of the post."""
        query = db.Audit.select(*_ENTRY_COLUMNS).where(
            (db.Audit.entity == Entity.COMMENT.value) & (db.Audit.entity_id == post_id)
        )
        found: list[tuple[_Entry, PostVersion]] = []
        for row in _tuples(query):
            entry = _entry(row, None)
            summary = _summary(entry.summary)
            event = summary.get("event")
            if event not in ("comment", "removed"):
                continue  # a mention seen: nothing happened to the post
            text = summary.get("text")
            version = PostVersion(
                version=None,
                at=from_timestamp(entry.at, "UTC"),
                who=entry.who,
                action=ChangeKind(entry.action),
                changes=(),
                reason=None,
                review=ReviewEvent(str(event), text if isinstance(text, str) else None),
            )
            found.append((entry, version))
        return found

    def _batches_with(self, post_id: int) -> list[_Entry]:
        """Creations of many posts at once, recorded as one entry, that made ``post_id``."""
        found = []
        query = db.Audit.select(*_ENTRY_COLUMNS).where(
            (db.Audit.entity == Entity.POST.value)
            & db.Audit.entity_id.is_null()
            & (db.Audit.action == ChangeKind.CREATE.value)
        )
        for row in _tuples(query):
            entry = _entry(row, None)
            ids = _summary(entry.summary).get("ids")
            if isinstance(ids, list) and len(ids) == 2 and ids[0] <= post_id <= ids[1]:
                found.append(entry)
        return found

    def restore_patch(self, post_id: int, version: int) -> PostPatch:
        """The edit that brings post ``post_id`` back to ``version``: the fields that differ.

        Raises what :meth:`restore_version` raises for an unknown, deleted or
        not restorable version (exit 2).
        """
        return self._restorable(post_id, version, None)

    def restore_version(
        self, post_id: int, version: int, *, expect_version: int | None = None, reason: str | None = None
    ) -> Change:
        """Bring post ``post_id`` back to ``version`` with an ordinary, undoable edit.

        The balance rules judge it (a refusal in block mode is overridden by a
        ``reason``); with ``expect_version``, a post changed or deleted since is
        a :class:`ConflictError` (exit 4). An unknown version, one an older
        Dialogos did not keep whole, or the version the post is already at is
        a :class:`ValidationError` (exit 2). The audit entry says which version
        was restored.
        """
        self._session.check_writable()
        # Under the write lock from the start: the patch is made against the post as it will be saved.
        with self._session.locked():
            patch = self._restorable(post_id, version, expect_version)
            with self._posts.noted(restored=version):
                return self._posts.edit_post(post_id, patch, expect_version=expect_version, reason=reason)

    def _restorable(self, post_id: int, version: int, expect_version: int | None) -> PostPatch:
        """The edit back to ``version``; refuses a deleted post, a stale version, an unknown, unkept or current one."""
        versions = self.post_history(post_id)
        with self._session.reading():
            if self._posts.find(post_id) is None:
                if expect_version is not None:
                    raise ConflictError("error.conflict_vanished", id=post_id)
                raise ValidationError("error.restore_deleted", id=post_id)
            current = self._posts.current(post_id, expect_version)
        chosen = [v for v in versions if v.version == version and v.action is not ChangeKind.DELETE]
        if not chosen:
            known = sorted({v.version for v in versions if v.version is not None})
            if not known:
                raise NotFoundError("error.no_versions", id=post_id)
            raise NotFoundError(
                "error.version_not_found", id=post_id, version=version, known=", ".join(str(n) for n in known)
            )
        fields = chosen[-1].fields
        if fields is None:
            raise ValidationError("error.version_not_kept", id=post_id, version=version)
        with self._session.guard():
            existing = _existing_names()
        patch = patch_towards(current, fields, existing)
        if patch.is_empty():
            raise ValidationError("error.version_is_current", id=post_id, version=version)
        return patch


# -- versions from audit entries ----------------------------------------------------

_ENTRY_COLUMNS = (
    db.Audit.id,
    db.Audit.at,
    db.Audit.who,
    db.Audit.action,
    db.Audit.entity_id,
    db.Audit.summary,
    db.Audit.reason,
    db.Audit.revision,
)


@dataclass(frozen=True, slots=True)
class _Entry:
    """An audit entry of a post, with the state it kept (None before schema 4)."""

    id: int
    at: int
    who: str
    action: str
    entity_id: int | None
    summary: str
    reason: str | None
    revision: int
    state: str | None


def _fields(state: str | None) -> PostFields | None:
    if not state:
        return None
    try:
        values = json.loads(state)
        known = {name: values[name] for name in PostFields.__slots__ if name in values}  # type: ignore[attr-defined]
        known["status"] = Status(known["status"]) if known.get("status") else None
        known["start"] = _moment(known.get("start"), known.get("timezone"))
        return PostFields(**known)
    except (ValueError, TypeError, KeyError, ValidationError):
        return None  # a damaged or foreign state: shown as not kept, never restored from


def _moment(value: object, zone_name: object) -> datetime | None:
    """An ISO text from the log as an aware datetime, in ``zone_name`` when it is a known zone."""
    if not isinstance(value, str) or not value:
        return None
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if isinstance(zone_name, str) and zone_name:
        try:
            return moment.astimezone(zone(zone_name))
        except ValidationError:
            pass
    return moment


def _summary(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _tuples(query: Any) -> Iterable[tuple[Any, ...]]:
    return cast(Iterable[tuple[Any, ...]], query.tuples())


def _entry(row: Sequence[Any], state: str | None) -> _Entry:
    """An entry from a row of :data:`_ENTRY_COLUMNS`."""
    entry_id, at, who, action, entity_id, summary, reason, revision = row
    return _Entry(entry_id, at, who, action, entity_id, summary, reason, revision, state)


def _goes_on(rows: Sequence[_Entry], index: int) -> bool:
    """Whether the creation ``rows[index]`` brought back the post whose deletion comes just before it."""
    summary = _summary(rows[index].summary)
    if summary.get("undeleted") is not True or index == 0:
        return False
    before = rows[index - 1]
    return before.action == ChangeKind.DELETE.value and _summary(before.summary).get("uid") == summary.get("uid")


def _version(row: _Entry, current: Post | None) -> PostVersion:
    action = ChangeKind(row.action)
    summary = _summary(row.summary)
    fields = _fields(row.state)
    restored = summary.get("restored")
    version = summary.get("version") if isinstance(summary.get("version"), int) else None
    batch = None
    if row.entity_id is None:
        batch, version = summary.get("count"), 1
    changes: tuple[FieldChange, ...] = ()
    undeleted = summary.get("undeleted") is True
    from_copy = _copy_source(summary.get("from_copy"))
    if action is ChangeKind.CREATE and (not undeleted or from_copy is not None):
        changes = _created(fields, summary)
    elif action in (ChangeKind.EDIT, ChangeKind.MOVE):
        changes = _changed(summary.get("changed"), fields, current)
    return PostVersion(
        version=None if action is ChangeKind.DELETE else version,
        at=from_timestamp(row.at, "UTC"),
        who=row.who,
        action=action,
        changes=changes,
        reason=row.reason,
        restored_from=restored if isinstance(restored, int) else None,
        fields=None if action is ChangeKind.DELETE else fields,
        batch=batch if isinstance(batch, int) else None,
        undeleted=undeleted,
        from_copy=from_copy,
        copied_from=copied if isinstance(copied := summary.get("copied_from"), int) else None,
        review=_review_event(summary),
    )


def _review_event(summary: Mapping[str, Any]) -> ReviewEvent | None:
    """The review's word on a change of the post, as audited (:mod:`planner.review`)."""
    step = summary.get("review")
    if not isinstance(step, str) or not step:
        return None
    comment = summary.get("comment")
    return ReviewEvent(step, comment if isinstance(comment, str) and comment else None)


def _followup_version(entry: _Entry, summary: Mapping[str, Any], zone_name: str) -> PostVersion:
    """A follow-up's audit entry as a line of its post's history."""
    assert entry.entity_id is not None
    event = summary.get("event")
    reason = summary.get("reason")
    by_post = summary.get("by_post")
    version = summary.get("version")
    followup = FollowupEvent(
        id=entry.entity_id,
        event=event if isinstance(event, str) else "changed",
        kind=_enum(FollowupKind, summary.get("kind")),
        due=_moment(summary.get("due"), zone_name),
        status=_enum(FollowupStatus, summary.get("status")),
        version=version if isinstance(version, int) else None,
        reason=reason if isinstance(reason, str) else None,
        by_post=by_post if isinstance(by_post, int) else None,
    )
    return PostVersion(
        version=None,
        at=from_timestamp(entry.at, "UTC"),
        who=entry.who,
        action=ChangeKind(entry.action),
        changes=(),
        reason=entry.reason,
        followup=followup,
    )


def _enum(kind: Any, value: object) -> Any:
    try:
        return kind(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _copy_source(value: object) -> CopySource | None:
    if not isinstance(value, dict):
        return None
    file, post_id, version = value.get("file"), value.get("id"), value.get("version")
    if isinstance(file, str) and isinstance(post_id, int) and isinstance(version, int):
        return CopySource(file, post_id, version)
    return None


def _created(fields: PostFields | None, summary: Mapping[str, Any]) -> tuple[FieldChange, ...]:
    """What a post started with: every field given, or what an older Dialogos recorded."""
    if fields is not None:
        given = ((n, getattr(fields, n)) for n in PostFields.__slots__ if n not in _INTERNAL)  # type: ignore[attr-defined]
        return tuple(FieldChange(n, None, v) for n, v in given if v not in (None, ""))
    recorded = []
    for name in ("platform", "title", "status", "start"):
        value = summary.get(name)
        if value not in (None, ""):
            recorded.append(FieldChange(name, None, _typed(name, value, summary.get("timezone"))))
    return tuple(recorded)


def _changed(changed: object, fields: PostFields | None, current: Post | None) -> tuple[FieldChange, ...]:
    if not isinstance(changed, dict):
        return ()
    zone_after = fields.timezone if fields else (current.timezone if current else None)
    zone_before = zone_after
    if isinstance(changed.get("timezone"), list) and len(changed["timezone"]) == 2:
        zone_before, zone_after = changed["timezone"]
    found = []
    for name, pair in changed.items():
        if isinstance(pair, list) and len(pair) == 2:
            found.append(FieldChange(name, _typed(name, pair[0], zone_before), _typed(name, pair[1], zone_after)))
    return tuple(found)


def _typed(name: str, value: object, zone_name: object) -> object:
    if name == "start":
        return _moment(value, zone_name)
    if name == "status" and isinstance(value, str):
        try:
            return Status(value)
        except ValueError:
            return value
    return value


# -- from a version back to an edit ---------------------------------------------------


def same_value(old: object, new: object) -> bool:
    """Whether two values of a post's field are the same (datetimes: the same instant in the same zone)."""
    # Aware datetimes in one zone compare by wall clock and ignore the fold: compare instants and zones.
    if isinstance(old, datetime) and isinstance(new, datetime):
        return old.astimezone(UTC) == new.astimezone(UTC) and _zone_key(old) == _zone_key(new)
    return old == new


def _zone_key(moment: datetime) -> object:
    return moment.tzinfo.key if isinstance(moment.tzinfo, ZoneInfo) else moment.utcoffset()


def _existing_names() -> dict[str, set[str]]:
    """The platforms and categories of the plan now, compared as names are (case-insensitive)."""
    return {
        "platform": {str(row[0]).casefold() for row in _tuples(db.Platform.select(db.Platform.name))},
        "category": {str(row[0]).casefold() for row in _tuples(db.Category.select(db.Category.name))},
    }


_RESTORED = frozenset(PostFields.__slots__)  # type: ignore[attr-defined]


def patch_towards(current: Post, target: PostFields, existing: dict[str, set[str]] | None = None) -> PostPatch:
    """The fields of ``target`` that differ from ``current``, as an edit.

    A platform or category the version names that no longer exists (renamed or
    removed since) stays as it is now: the rest of the version still comes back.
    """
    # A version holds no approval (PostFields has none): restoring one never restores an approval,
    # and goes through the review like any edit.
    values = {
        name: getattr(target, name)
        for name in PostPatch.__slots__  # type: ignore[attr-defined]
        if name in _RESTORED and not same_value(getattr(current, name), getattr(target, name))
    }
    for name, known in (existing or {}).items():
        wanted = values.get(name)
        if isinstance(wanted, str) and wanted.casefold() not in known:
            del values[name]
    if "timezone" in values and target.start is not None:
        # A new zone alone keeps the wall clock: give the instant too, so the version comes back exactly.
        values["start"] = target.start
    if values.get("status") is None and "status" in values:
        del values["status"]  # an old version without a status: leave the current one
    return PostPatch(**values)
