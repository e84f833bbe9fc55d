"""The domain of Dialogos: plain values the service takes and returns.

Nothing here knows about storage or Qt. Every datetime is aware; instants are
kept in UTC together with the IANA zone a post was planned in.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from planner.balance.values import Verdict  # a leaf: the model loads nothing else of the core


class Side(enum.StrEnum):
    """What a category does for the community, its *side*: conversation, information or promotion."""

    CONVERSATION = "conversation"
    INFORMATION = "information"
    PROMOTION = "promotion"


class Status(enum.StrEnum):
    """Where a post stands in its life."""

    IDEA = "idea"
    DRAFT = "draft"
    READY = "ready"
    IN_REVIEW = "in_review"  # sent for review: an approver's turn (schema 11)
    APPROVED = "approved"  # an approver said yes: it may be scheduled
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    CANCELLED = "cancelled"

    @property
    def is_dated(self) -> bool:
        """Every status but ``idea`` needs a date."""
        return self is not Status.IDEA

    @property
    def counts_in_balance(self) -> bool:
        """Balance rules judge dated posts that may still go out: not ideas, not cancelled ones."""
        return self not in (Status.IDEA, Status.CANCELLED)

    @property
    def enforces_text_limit(self) -> bool:
        """A draft may be too long; a post about to go out may not."""
        return self in (Status.READY, Status.IN_REVIEW, Status.APPROVED, Status.SCHEDULED, Status.PUBLISHED)

    @property
    def awaits_publication(self) -> bool:
        """Ready and scheduled posts are meant to go out at their start: once it has passed,
        someone should say whether they did (see :meth:`Post.past_due`)."""
        return self in (Status.READY, Status.SCHEDULED)


class ChangeKind(enum.StrEnum):
    CREATE = "create"
    EDIT = "edit"
    MOVE = "move"
    DELETE = "delete"


class Entity(enum.StrEnum):
    POST = "post"
    PLATFORM = "platform"
    CATEGORY = "category"
    MEMBER = "member"
    RULE = "rule"
    DATABASE = "database"
    CONTEXT = "context"
    FOLLOWUP = "followup"
    SLOT = "slot"
    COMMENT = "comment"


@dataclass(frozen=True, slots=True)
class PlatformKind:
    """A kind of channel and what it allows by default."""

    key: str
    label: str
    text_limit: int | None
    colour: str


@dataclass(frozen=True, slots=True)
class Platform:
    id: int
    name: str
    kind: str
    colour: str
    text_limit: int | None
    active: bool
    version: int


class FollowupKind(enum.StrEnum):
    """What a post promises the community: a reply window, a promised post, a personal answer."""

    REPLIES = "replies"
    POST = "post"
    ANSWER = "answer"


class FollowupStatus(enum.StrEnum):
    """Where a follow-up stands. ``open``, ``kept`` and ``dropped`` are stored; ``late`` is an
    open follow-up past its due instant, worked out from the clock when it is read."""

    OPEN = "open"
    LATE = "late"
    KEPT = "kept"
    DROPPED = "dropped"


def offset_text(offset: timedelta) -> str:
    """An offset as typed: ``3d``, ``2h`` or ``30m``, the largest unit that divides it."""
    minutes = int(offset.total_seconds()) // 60
    for unit, size in (("d", 24 * 60), ("h", 60)):
        if minutes and minutes % size == 0:
            return f"{minutes // size}{unit}"
    return f"{minutes}m"


DEFAULT_REPLY_MINUTES = 60
"""How long a reply window lasts when nobody says."""


@dataclass(frozen=True, slots=True)
class FollowupDefault:
    """A follow-up a category gives its posts when they get a date: ``after`` their start."""

    kind: FollowupKind
    after: timedelta
    duration_minutes: int | None = None  # replies only; None: DEFAULT_REPLY_MINUTES

    @property
    def text(self) -> str:
        """As typed on the command line: ``replies:2h:90``, ``post:3d``."""
        base = f"{self.kind.value}:{offset_text(self.after)}"
        return base if self.duration_minutes is None else f"{base}:{self.duration_minutes}"


@dataclass(frozen=True, slots=True)
class Category:
    id: int
    name: str
    side: Side
    version: int
    followups: tuple[FollowupDefault, ...] = ()  # given to its posts when they get a date (schema 6)
    offer: bool = False  # a coupon, a discount, a giveaway: the offer habit counts it (schema 6)


class Role(enum.StrEnum):
    """What a member may do when the plan's review is on (schema 11): coordination inside a
    trusted team on one plan, not security."""

    EDITOR = "editor"  # writes posts and sends them for review
    APPROVER = "approver"  # also approves them, or returns them with a comment


@dataclass(frozen=True, slots=True)
class Member:
    id: int
    name: str
    initials: str
    colour: str
    version: int
    role: Role = Role.EDITOR


@dataclass(frozen=True, slots=True)
class ReviewSettings:
    """The plan's review (schema 11): with ``review`` on, a post is approved before it is
    scheduled; ``self_approval`` lets an approver approve a post they wrote."""

    review: bool = False
    self_approval: bool = False


class CommentKind(enum.StrEnum):
    """What a line of a post's thread says: a comment, or a step of its review."""

    COMMENT = "comment"
    SUBMIT = "submit"  # sent for review
    APPROVE = "approve"
    RETURN = "return"  # returned to its author, with what to change
    REOPEN = "reopen"  # its text changed after approval: back to review (written by the core)


@dataclass(frozen=True, slots=True)
class Comment:
    """One line of a post's thread (schema 11)."""

    id: int
    post_id: int
    author: str
    at: datetime  # aware, UTC
    text: str
    kind: CommentKind = CommentKind.COMMENT
    mentions: tuple[str, ...] = ()  # the members it names with @, as their names are spelt


class WaitingKind(enum.StrEnum):
    """Why a post waits for someone (the "For me" panel)."""

    REVIEW = "review"  # in review, and they may approve it
    RETURNED = "returned"  # their post, returned to them with a comment
    MENTION = "mention"  # a comment names them, not yet seen


@dataclass(frozen=True, slots=True)
class Waiting:
    """A post that waits for a member, and why; ``comment`` is the return's or the mention's."""

    kind: WaitingKind
    post: Post
    comment: Comment | None = None


@dataclass(frozen=True, slots=True)
class Post:
    """One planned item on one platform, as stored."""

    id: int
    uid: str
    platform: str
    title: str
    body: str
    category: str | None
    side: Side | None
    status: Status
    start: datetime | None  # aware, in the post's own zone; None for ideas
    timezone: str
    duration_minutes: int
    author: str | None
    campaign: str
    link: str
    notes: str
    group_uid: str | None
    series_uid: str | None  # the occurrences of one repeat share it (planner.series)
    version: int
    created_at: datetime
    updated_at: datetime
    created_by: str
    updated_by: str
    approved_by: str | None = None  # who approved it, while the approval holds (schema 11)
    approved_at: datetime | None = None  # aware, UTC
    returned_by: str | None = None  # who returned it to its author, until it is sent again

    @property
    def start_utc(self) -> datetime | None:
        return self.start.astimezone(ZoneInfo("UTC")) if self.start else None

    def past_due(self, now: datetime) -> bool:
        """Whether the post's start is before ``now`` (aware) while it is still ready or
        scheduled: was it published? Nobody has said so yet."""
        if now.tzinfo is None:
            raise TypeError("naive datetime: the core only handles aware ones")
        return self.status.awaits_publication and self.start is not None and self.start < now

    @property
    def end(self) -> datetime | None:
        if self.start is None:
            return None
        # Wall-clock arithmetic would be wrong across a DST change: add in UTC.
        end_utc = self.start.astimezone(ZoneInfo("UTC")) + timedelta(minutes=self.duration_minutes)
        return end_utc.astimezone(ZoneInfo(self.timezone))


@dataclass(frozen=True, slots=True)
class Followup:
    """An expectation a post created, as stored (with ``late`` worked out at reading).

    ``due`` is aware, in the post's zone. ``offset`` is the due instant's distance from the
    post's start while it moves with the post, None when the due instant was given fixed.
    """

    id: int
    post_id: int
    platform: str
    kind: FollowupKind
    title: str  # the post's title
    due: datetime
    offset: timedelta | None
    duration_minutes: int | None  # replies only
    owner: str | None
    note: str  # answer: to whom; any kind: what was promised
    status: FollowupStatus
    kept_at: datetime | None  # aware, UTC
    kept_by: str | None
    kept_by_post: int | None  # post: the post that keeps (or will keep, once published) it
    reason: str | None  # why it was dropped
    version: int

    @property
    def end(self) -> datetime:
        """Where a reply window ends (its due instant for the other kinds)."""
        if self.duration_minutes is None:
            return self.due
        end_utc = self.due.astimezone(ZoneInfo("UTC")) + timedelta(minutes=self.duration_minutes)
        return end_utc.astimezone(self.due.tzinfo)

    @property
    def late(self) -> bool:
        return self.status is FollowupStatus.LATE

    @property
    def kept_on_time(self) -> bool:
        return self.status is FollowupStatus.KEPT and self.kept_at is not None and self.kept_at <= self.end


@dataclass(frozen=True, slots=True)
class KeptOnTime:
    """Kept on time, the health figure of a platform over a range: what became of the
    follow-ups due in it (those withdrawn with their post aside).

    Each is exactly one of: ``kept_on_time`` (kept by its deadline: a reply window's end, the
    other kinds' due instant), ``kept_late`` (kept after it), ``late`` (open, its deadline
    passed), ``open`` (open, its deadline to come) or ``dropped``; ``due`` is their total, so
    the five add up to it.
    """

    kept_on_time: int = 0
    kept_late: int = 0
    late: int = 0
    open: int = 0
    dropped: int = 0

    @property
    def due(self) -> int:
        return self.kept_on_time + self.kept_late + self.late + self.open + self.dropped

    @property
    def judged(self) -> int:
        """Those whose fate is known: kept, on time or not, late, or dropped (a promise given up
        was not kept: dropping a late one does not mend the figure). An open one may still be
        kept on time."""
        return self.kept_on_time + self.kept_late + self.late + self.dropped

    @property
    def share(self) -> float | None:
        """``kept_on_time`` over :attr:`judged`, a fraction; None when nothing was judged."""
        return self.kept_on_time / self.judged if self.judged else None


class _Unset(enum.Enum):
    UNSET = 0

    def __repr__(self) -> str:
        return "UNSET"


UNSET = _Unset.UNSET
"""Marks a field of a :class:`PostPatch` that the edit leaves as it is."""


@dataclass(frozen=True, slots=True)
class PostFields:
    """What a user gives to create a post. ``start`` is aware, or None for an idea.

    ``status`` defaults to ``draft`` for a dated post and ``idea`` otherwise;
    ``timezone`` defaults to the zone of ``start``, else the planning zone.
    """

    platform: str
    title: str
    body: str = ""
    category: str | None = None
    status: Status | None = None
    start: datetime | None = None
    timezone: str | None = None
    duration_minutes: int | None = None
    author: str | None = None
    campaign: str = ""
    link: str = ""
    notes: str = ""
    group_uid: str | None = None
    series_uid: str | None = None  # one of the occurrences of a repeat (planner.series)
    uid: str | None = None  # a new one unless restoring a deleted post (undo)

    @classmethod
    def of(cls, post: Post) -> PostFields:
        """The fields that recreate ``post`` as it was, its uid included."""
        return cls(**{name: getattr(post, name) for name in cls.__slots__})  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class PostPatch:
    """The fields an edit changes; the others stay ``UNSET``."""

    platform: str | _Unset = UNSET
    title: str | _Unset = UNSET
    body: str | _Unset = UNSET
    category: str | _Unset | None = UNSET
    status: Status | _Unset = UNSET
    start: datetime | _Unset | None = UNSET
    timezone: str | _Unset = UNSET
    duration_minutes: int | _Unset = UNSET
    author: str | _Unset | None = UNSET
    campaign: str | _Unset = UNSET
    link: str | _Unset = UNSET
    notes: str | _Unset = UNSET
    group_uid: str | _Unset | None = UNSET
    series_uid: str | _Unset | None = UNSET
    # Undo and redo put an approval back as it was (planner.review); an edit never names it.
    approved_by: str | _Unset | None = UNSET

    @classmethod
    def back_to(cls, post: Post) -> PostPatch:
        """Every editable field as in ``post``: undoing an edit or a move."""
        return cls(**{name: getattr(post, name) for name in cls.__slots__})  # type: ignore[attr-defined]

    def is_empty(self) -> bool:
        return all(getattr(self, name) is UNSET for name in self.__slots__)  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class PostQuery:
    """Which posts to list: an instant range [start, end), platforms, statuses.

    With no range, every post, ideas included, comes back; with a range only
    dated posts whose start falls in it.
    """

    start: datetime | None = None
    end: datetime | None = None
    platforms: tuple[str, ...] = ()
    statuses: tuple[Status, ...] = ()


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    who: str
    action: ChangeKind
    entity: Entity
    entity_id: int | None
    summary: str
    reason: str | None
    revision: int


@dataclass(frozen=True, slots=True)
class Change:
    """What one write did: the UI refreshes from this, not by reloading all."""

    revision: int
    kind: ChangeKind
    entity: Entity
    ids: tuple[int, ...]
    posts: tuple[Post, ...] = ()
    verdict: Verdict | None = None  # what the change breaks, for post changes
    followups: tuple[Followup, ...] = ()  # the follow-ups as the change left them, for follow-up changes
    # Nothing was written (a move to where the posts already are): no new revision, nothing to undo.
    unchanged: bool = False


class PresenceKind(enum.StrEnum):
    APP = "app"
    CLI = "cli"


@dataclass(frozen=True, slots=True)
class Presence:
    """One open session of the file (:mod:`planner.sharing.presence`)."""

    name: str
    host: str
    pid: int
    kind: PresenceKind
    since: datetime  # aware, UTC
    seen: datetime  # the last heartbeat, aware, UTC
    mine: bool  # this planner's own session


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    path: str
    schema_version: int
    planning_zone: str
    created_at: datetime
    created_with: str
    revision: int
    read_only: bool
    size_bytes: int
    journal_mode: str
    counts: dict[str, int]
    present: tuple[Presence, ...] = ()  # who has the file open now (schema 4), by arrival
