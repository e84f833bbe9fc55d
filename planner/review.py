"""Review before it goes out: members' roles, the plan's review setting, a post's thread of
comments, approving and returning, and what waits for each member (``planner.review``).

With the plan's review on (:class:`~planner.model.ReviewSettings`), a post is sent for review
(``in_review``), approved by an approver (``approved``), then scheduled; scheduling an
unapproved post is refused (:class:`ReviewRefused`, exit 3) unless an approver says so
(:meth:`Review.waived`). An edit of an approved post's text sends it back to review. Every
step is a write of its own: versions checked, audited in the post's history, seen by the
team's refresh. This is coordination inside a trusted team on one plan, not security.

The rules hold in every write of a post: :class:`~planner.posts.Posts` asks :meth:`Review.judge`
(wired by :class:`~planner.service.Planner`), so the command line, the app, imports, series and
cross-posts get them alike. A step's thread line and each comment are audited as
:attr:`Entity.COMMENT <planner.model.Entity.COMMENT>` entries whose ``entity_id`` is the
**post's** id: an open window refreshes that post, and its history tells them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, cast

from planner import validation as check
from planner.errors import NotFoundError, PlannerError, ValidationError
from planner.i18n import Term
from planner.model import (
    Change,
    ChangeKind,
    Comment,
    CommentKind,
    Entity,
    Member,
    Post,
    PostPatch,
    ReviewSettings,
    Role,
    Status,
    Waiting,
    WaitingKind,
)
from planner.posts import Posts
from planner.reference import ReferenceData, member_named
from planner.session import Session, Transaction
from planner.storage import models as db
from planner.timezones import from_timestamp

HOLDING = (Status.APPROVED, Status.SCHEDULED, Status.PUBLISHED)
"""The statuses in which a post keeps the approval it has."""
GOING_OUT = (Status.SCHEDULED, Status.PUBLISHED)
"""The statuses a post may only enter approved, with review on."""
REVIEWED_TEXT = ("title", "body", "link")
"""What an approver approved: changing it sends an approved or scheduled post back to review."""
DELETED = "deleted"
"""``comment.withdrawn`` of the thread of a deleted post (an undo brings it back)."""
UNDONE = "undone"
"""``comment.withdrawn`` of a step's line whose step was undone (a redo writes a fresh one)."""
STEP_TO = {Status.IN_REVIEW: CommentKind.SUBMIT, Status.APPROVED: CommentKind.APPROVE, Status.DRAFT: CommentKind.RETURN}
"""The step that left a post in that status (what :meth:`Review.undo_step` takes back)."""


class ReviewRefused(PlannerError):
    """A step the plan's review does not allow (exit 3): scheduling an unapproved post,
    approving as an editor, approving one's own post where the plan forbids it."""

    exit_code = 3


class Review:
    """The review of the open plan (``planner.review``)."""

    def __init__(self, session: Session, reference: ReferenceData, posts: Posts) -> None:
        self._session = session
        self._reference = reference
        self._posts = posts
        self._waived = False
        self._step: CommentKind | None = None  # the step whose edit is being written
        self._returned_back: tuple[str | None] | None = None  # who had returned it, while a step is undone

    # -- the plan's setting and its team ----------------------------------------

    def settings(self) -> ReviewSettings:
        """Whether review is on, and whether an approver may approve their own posts."""
        with self._session.reading():
            return _settings()

    def set_review(self, review: bool | None = None, *, self_approval: bool | None = None) -> ReviewSettings:
        """Turn review on or off, allow or forbid self-approval (None: as it is). Turning it on
        with no approver is a ValidationError (exit 2) that says how to name one. Audited."""
        with self._session.writing() as tx:
            before = _settings()
            after = ReviewSettings(
                before.review if review is None else bool(review),
                before.self_approval if self_approval is None else bool(self_approval),
            )
            if after.review and not before.review and not _approvers():
                raise ValidationError("error.review_no_approver")
            if after == before:
                return after
            db.Meta.update(review=after.review, self_approval=after.self_approval).where(db.Meta.id == 1).execute()
            changed = {
                name: [getattr(before, name), getattr(after, name)]
                for name in ("review", "self_approval")
                if getattr(before, name) != getattr(after, name)
            }
            self._session.audit(tx, ChangeKind.EDIT, Entity.DATABASE, None, {"review": changed})
            return after

    def team(self) -> list[Member]:
        """The plan's members with their roles, by name."""
        return self._reference.members()

    def set_member(self, name: str, role: Role | str) -> Member:
        """Add ``name`` with ``role``, or give an existing member that role (``team add``).
        Making the last approver an editor while review is on is a ValidationError. Audited."""
        wanted = _as_role(role)
        with self._session.writing() as tx:
            row = self._reference.member_row(tx, check.name(name, what="member"))
            old = Role(row.role) if row.role in tuple(Role) else Role.EDITOR
            if old is not wanted:
                if old is Role.APPROVER and _settings().review and _approvers() == [row.id]:
                    raise ValidationError("error.review_last_approver", name=row.name)
                db.Member.update(role=wanted.value, version=db.Member.version + 1).where(
                    db.Member.id == row.id
                ).execute()
                summary = {"name": row.name, "role": [old.value, wanted.value]}
                self._session.audit(tx, ChangeKind.EDIT, Entity.MEMBER, row.id, summary)
            found = member_named(row.name)
            assert found is not None
            return Member(found.id, found.name, found.initials, found.colour, found.version, wanted)

    def role_of(self, name: str | None = None) -> Role:
        """The role of ``name`` (default: the session's user); someone not in the team is an editor."""
        with self._session.reading():
            return _role_of(self._session.user if name is None else name)

    def remove_member(self, name: str) -> Member:
        """Take ``name`` out of the team; the member removed comes back (role included), so an
        undo can :meth:`set_member` them again. Refused (ValidationError, nothing written) for
        the last approver while review is on, and for a member posts name as their author or
        follow-ups as their owner (they would lose that name). Audited."""
        with self._session.writing() as tx:
            row = member_named(name)
            if row is None:
                raise NotFoundError("error.review_no_such_member", name=" ".join(name.split())[:80])
            role = Role.APPROVER if row.role == Role.APPROVER.value else Role.EDITOR
            if role is Role.APPROVER and _settings().review and _approvers() == [row.id]:
                raise ValidationError("error.review_last_approver", name=row.name)
            _refuse_named(row)
            removed = Member(row.id, row.name, row.initials, row.colour, row.version, role)
            db.Mention.delete().where(db.Mention.member == row.id).execute()
            db.Member.delete().where(db.Member.id == row.id).execute()
            summary = {"name": row.name, "role": role.value, "event": "removed"}
            self._session.audit(tx, ChangeKind.DELETE, Entity.MEMBER, row.id, summary)
            return removed

    def approvers_for(self, post_id: int) -> list[str]:
        """The members who may approve that post now: the approvers, less its author unless
        the plan allows self-approval. Empty: sent for review, it would wait for no one."""
        with self._session.reading():
            post = self._posts.current(post_id, None)
            return _approvers_of(post)

    def mentions_in(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """What :meth:`comment` would read in ``text``: the members it mentions (as their names
        are spelt), and the ``@words`` that name no member ("@Leah"), each once, in order."""
        names = self._names()
        found, unknown = scan_mentions(text, names)
        shared = ambiguous_mentions(text, names)
        return found, tuple(word for word in unknown if word not in shared)

    def ambiguous_in(self, text: str) -> dict[str, tuple[str, ...]]:
        """The ``@words`` of ``text`` that could be several members (a first name they share),
        each with those members: the writer should give the full name."""
        return ambiguous_mentions(text, self._names())

    def mention_spans(self, text: str) -> list[tuple[int, int, str | None]]:
        """Where ``text`` mentions whom, as :meth:`comment` reads it (:func:`mention_spans`): a
        thread emphasises exactly the mentions the core counted."""
        return mention_spans(text, self._names())

    def _names(self) -> list[str]:
        with self._session.reading():
            return [name for (name,) in _tuples(db.Member.select(db.Member.name))]

    # -- a post's steps ---------------------------------------------------------

    def submit(self, post_id: int, *, comment: str = "", expect_version: int | None = None) -> Change:
        """Send a dated post for review (``in_review``), with an optional comment; any member."""
        text = _said(comment, required=False)
        with self._session.writing() as tx:
            current = self._posts.current(post_id, expect_version)
            if current.start is None:
                raise ValidationError("error.review_submit_idea", id=post_id)
            return self._step_to(tx, current, CommentKind.SUBMIT, Status.IN_REVIEW, text)

    def approve(self, post_id: int, *, comment: str = "", expect_version: int | None = None) -> Change:
        """Approve a post (``approved``, ``approved_by`` the user): an approver only, and not
        their own post unless the plan allows it (:class:`ReviewRefused` otherwise)."""
        text = _said(comment, required=False)
        with self._session.writing() as tx:
            current = self._posts.current(post_id, expect_version)
            if current.status in GOING_OUT:
                raise ValidationError("error.review_already_out", id=post_id, status=Term("status." + current.status))
            if current.start is None:
                raise ValidationError("error.review_submit_idea", id=post_id)
            if current.status is Status.APPROVED:
                raise ValidationError("error.review_already_approved", id=post_id, who=current.approved_by or "—")
            if current.status is Status.DRAFT:
                raise ValidationError("error.review_not_sent", id=post_id)
            if current.status is not Status.IN_REVIEW:
                status = Term("status." + current.status)
                raise ValidationError("error.review_not_sent_status", id=post_id, status=status)
            self._refuse_editor(tx.who)
            if not _settings().self_approval and _owns(tx.who, current):
                raise ReviewRefused("error.review_own_post", id=post_id, name=tx.who)
            return self._step_to(tx, current, CommentKind.APPROVE, Status.APPROVED, text)

    def return_post(self, post_id: int, comment: str, *, expect_version: int | None = None) -> Change:
        """Return a post to its author (``draft``, ``returned_by`` the user) with what to change;
        an approver only; the comment may not be empty (ValidationError)."""
        text = _said(comment, required=True, empty="error.review_return_needs_comment")
        with self._session.writing() as tx:
            current = self._posts.current(post_id, expect_version)
            self._refuse_editor(tx.who)
            if current.status not in (Status.IN_REVIEW, Status.APPROVED):
                raise ValidationError("error.review_not_in_review", id=post_id, status=Term("status." + current.status))
            return self._step_to(tx, current, CommentKind.RETURN, Status.DRAFT, text)

    @contextmanager
    def waived(self) -> Iterator[None]:
        """Inside, an approver may schedule an unapproved post: they say so, the history says
        "scheduled without review". An editor is still refused."""
        before = self._waived
        self._waived = True
        try:
            yield
        finally:
            self._waived = before

    def undo_step(self, after: Post, before: Post) -> Change:
        """Undo the review step the user just made (submit, approve, return): the post at
        ``after.version`` is put back as ``before`` (fields and approval, as
        :meth:`PostPatch.back_to <planner.model.PostPatch.back_to>`) and the step's line is
        withdrawn from the thread (and from what waits), in one write; the history says
        "… undone by X". Redo is the step again, with a fresh line. A post changed since is a
        ConflictError; a post no step left where it is, a ValidationError."""
        with self._session.writing():
            current = self._posts.current(after.id, after.version)
            kind = STEP_TO.get(current.status)
            line = (
                db.Comment.select()
                .where(
                    (db.Comment.post_id == current.id)
                    & db.Comment.kind.in_([k.value for k in STEP_TO.values()])
                    & db.Comment.withdrawn.is_null()
                )
                .order_by(db.Comment.id.desc())
                .first()
            )
            if kind is None or line is None or line.kind != kind.value:
                raise ValidationError("error.review_no_step", id=current.id)
            db.Comment.update(withdrawn=UNDONE).where(db.Comment.id == line.id).execute()
            undoing = self._returned_back
            self._returned_back = (before.returned_by,)
            try:
                with self._posts.noted(review=f"undo_{kind.value}"):
                    return self._posts.edit_post(current.id, PostPatch.back_to(before), expect_version=current.version)
            finally:
                self._returned_back = undoing

    def _step_to(self, tx: Transaction, current: Post, kind: CommentKind, status: Status, text: str) -> Change:
        """A step, inside the caller's write: the post's edit to ``status`` (judged as every write,
        at the version just checked, audited with the step and its comment), its line in the
        thread, and the user's mentions on the post seen."""
        notes: dict[str, object] = {"review": kind.value, **({"comment": text} if text else {})}
        before = self._step
        self._step = kind
        try:
            with self._posts.noted(**notes):
                change = self._posts.edit_post(current.id, PostPatch(status=status), expect_version=current.version)
            saved = change.posts[0]
            self._write_line(tx, saved, kind, text)
            if kind is not CommentKind.SUBMIT:
                self._see_post(tx, saved.id)
            return change
        finally:
            self._step = before

    # -- the thread -------------------------------------------------------------

    def comment(self, post_id: int, text: str) -> Comment:
        """Add a comment to a post's thread; ``@Name`` of a member mentions them. An empty
        comment, or a post that does not exist, is a ValidationError; nothing written."""
        said = _said(text, required=True, empty="error.review_empty_comment")
        with self._session.writing() as tx:
            post = self._posts.current(post_id, None)
            line = self._write_line(tx, post, CommentKind.COMMENT, said)
            self._see_post(tx, post.id, keep=line.id)
            summary = {"event": "comment", "comment": line.id, "text": said, "mentions": list(line.mentions)}
            self._session.audit(tx, ChangeKind.CREATE, Entity.COMMENT, post.id, summary)
            return line

    def comments(self, post_id: int) -> list[Comment]:
        """A post's thread, oldest first (review steps included)."""
        with self._session.reading():
            post = self._posts.current(post_id, None)
            rows = list(
                db.Comment.select()
                .where((db.Comment.post_id == post.id) & db.Comment.withdrawn.is_null())
                .order_by(db.Comment.at, db.Comment.id)
            )
            named = _mentions_of([row.id for row in rows])
            return [_comment(row, named.get(row.id, ())) for row in rows]

    def remove_comment(self, comment_id: int) -> None:
        """Take back one's own comment (undo of :meth:`comment`); a review step's line stays.
        Another member's comment, or one that is gone, is a ValidationError."""
        with self._session.writing() as tx:
            row = _comment_row(comment_id)
            if row.kind != CommentKind.COMMENT.value:
                raise ValidationError("error.review_step_stays", id=comment_id)
            if _folded(row.author) != _folded(self._session.user):
                raise ValidationError("error.review_not_your_comment", id=comment_id, author=row.author)
            db.Mention.delete().where(db.Mention.comment == row.id).execute()
            db.Comment.delete().where(db.Comment.id == row.id).execute()
            summary = {"event": "removed", "comment": row.id, "text": row.text}
            self._session.audit(tx, ChangeKind.DELETE, Entity.COMMENT, row.post_id, summary)

    def seen(self, comment_id: int) -> None:
        """The user has seen the mention of them in that comment: it no longer waits for them.
        A comment that does not mention them is a ValidationError (a wrong id, most likely)."""
        with self._session.reading():
            row = _comment_row(comment_id)
            member = member_named(self._session.user)
            mentions = db.Mention.select().where(db.Mention.comment == row.id)
            if member is None or not mentions.where(db.Mention.member == member.id).exists():
                raise ValidationError("error.review_not_mentioned", id=comment_id)
            if not _unseen(member.id).where(db.Mention.comment == row.id).exists():
                return  # seen already: no write
        with self._session.writing() as tx:
            db.Mention.update(seen_at=tx.now_ts).where(
                (db.Mention.comment == row.id) & (db.Mention.member == member.id) & db.Mention.seen_at.is_null()
            ).execute()
            summary = {"event": "seen", "comment": row.id}
            self._session.audit(tx, ChangeKind.EDIT, Entity.COMMENT, row.post_id, summary)

    def _write_line(self, tx: Transaction, post: Post, kind: CommentKind, text: str) -> Comment:
        """A line of ``post``'s thread by the user, and the members it names."""
        row = db.Comment.create(
            post_id=post.id, post_uid=post.uid, author=tx.who, at=tx.now_ts, text=text, kind=kind.value
        )
        members = _tuples(db.Member.select(db.Member.id, db.Member.name))
        team = {_folded(name): (member_id, name) for member_id, name in members}
        named = mentioned(text, [name for _, name in team.values()]) if "@" in text else ()
        if named:
            db.Mention.insert_many([{"comment": row.id, "member": team[_folded(name)][0]} for name in named]).execute()
        return _comment(row, named)

    def _see_post(self, tx: Transaction, post_id: int, *, keep: int | None = None) -> None:
        """The user acted on the post: the mentions of them in its thread are seen (but ``keep``,
        their own new comment's)."""
        member = member_named(tx.who)
        if member is None:
            return
        lines = db.Comment.select(db.Comment.id).where(db.Comment.post_id == post_id)
        if keep is not None:
            lines = lines.where(db.Comment.id != keep)
        db.Mention.update(seen_at=tx.now_ts).where(
            (db.Mention.member == member.id) & db.Mention.seen_at.is_null() & db.Mention.comment.in_(lines)
        ).execute()

    # -- what waits for whom ----------------------------------------------------

    def waiting(self, name: str | None = None) -> list[Waiting]:
        """What waits for ``name`` (default: the user): posts in review they may approve,
        their posts returned to them, mentions not yet seen (the latest per post; a return that
        mentions its author is listed once, as returned). Each post once per kind; the count
        of what waits is the length of the list. By post start, ideas last."""
        who = self._session.user if name is None else name
        found: list[tuple[Post, int, int, Waiting]] = []
        with self._session.reading():
            member = member_named(who)
            settings = _settings()
            if member is not None and member.role == Role.APPROVER.value:
                for post in self._posts.matching(db.Post.status == Status.IN_REVIEW.value):
                    if settings.self_approval or not _owns(who, post):
                        found.append((post, 0, 0, Waiting(WaitingKind.REVIEW, post)))
            returned = db.Post.status.in_([Status.DRAFT.value, Status.READY.value]) & db.Post.returned_by.is_null(False)
            for post in self._posts.matching(returned):
                if _owns(who, post):
                    line = self._last_line(post.id, CommentKind.RETURN)
                    found.append((post, 1, line.id if line else 0, Waiting(WaitingKind.RETURNED, post, line)))
            if member is not None:
                # One row per post and kind: the latest mention of them; none for a post already
                # listed as returned to them when the return's line is what mentions them.
                returned_posts = {post.id for post, kind, _, _ in found if kind == 1}
                latest: dict[int, tuple[Post, Comment]] = {}
                for post, line in self._mentions_waiting(member.id):
                    if post.id in returned_posts and line.kind is CommentKind.RETURN:
                        continue
                    latest[post.id] = (post, line)
                for post, line in latest.values():
                    found.append((post, 2, line.id, Waiting(WaitingKind.MENTION, post, line)))
        found.sort(key=lambda item: (*_when(item[0]), item[1], item[2]))
        return [waiting for _, _, _, waiting in found]

    def _last_line(self, post_id: int, kind: CommentKind) -> Comment | None:
        row = (
            db.Comment.select()
            .where((db.Comment.post_id == post_id) & (db.Comment.kind == kind.value) & db.Comment.withdrawn.is_null())
            .order_by(db.Comment.id.desc())
            .first()
        )
        return None if row is None else _comment(row, _mentions_of([row.id]).get(row.id, ()))

    def _mentions_waiting(self, member_id: int) -> list[tuple[Post, Comment]]:
        rows = list(
            db.Comment.select()
            .join(db.Mention, on=(db.Mention.comment == db.Comment.id))
            .where((db.Mention.member == member_id) & db.Mention.seen_at.is_null() & db.Comment.withdrawn.is_null())
            .order_by(db.Comment.id)
        )
        if not rows:
            return []
        posts = {post.id: post for post in self._posts.matching(db.Post.id.in_({row.post_id for row in rows}))}
        named = _mentions_of([row.id for row in rows])
        return [(posts[row.post_id], _comment(row, named.get(row.id, ()))) for row in rows if row.post_id in posts]

    # -- the gate every write of a post goes through ------------------------------

    def judge(
        self, tx: Transaction, settings: ReviewSettings, before: Post | None, values: dict[str, Any], *, restoring: bool
    ) -> dict[str, object]:
        """The rules of the flow for one write of a post (:class:`~planner.posts.ReviewGate`):
        refuse it, or settle its status and approval in ``values``; what its audit entry adds.

        With review off nothing is refused, but an approval still comes and goes with the
        status. Reads the team only when a rule needs it: a plan without review pays nothing.
        """
        status = _status_in(values)
        if status is None:
            return {}  # not a status: the write refuses it itself
        if restoring:  # undo or redo: as it was, which was allowed then
            self._settle(values, status, approved=values.get("approved_by"), now=tx.now_ts)
            if self._returned_back is not None and status not in HOLDING and status is not Status.IN_REVIEW:
                values["returned_by"] = self._returned_back[0]  # a submit undone: returned to its author again
            return {}
        notes: dict[str, object] = {}
        holds = before is not None and before.approved_by is not None and before.status in HOLDING
        if (
            settings.review
            and holds
            and self._step is None
            and before is not None
            and before.status in (Status.APPROVED, Status.SCHEDULED)
            and status in (Status.APPROVED, Status.SCHEDULED)
            and _text_changed(before, values)
        ):
            status = values["status"] = Status.IN_REVIEW
            holds = False
            notes["review"] = "reopened"
            reopen = CommentKind.REOPEN.value
            db.Comment.create(post_id=before.id, post_uid=before.uid, author=tx.who, at=tx.now_ts, text="", kind=reopen)
        if (
            settings.review
            and not holds
            and not self._waived
            and self._step is None
            and status in HOLDING
            and self._posts.noting("restored", "from_copy")
        ):
            # A version brought back (the history, another copy): its words, not its approval,
            # which is given, never restored. It comes back in review.
            status = values["status"] = Status.IN_REVIEW
            notes["review"] = "restored_in_review"
        if status is Status.APPROVED and not holds:
            if settings.review or self._step is CommentKind.APPROVE:
                self._refuse_editor(tx.who)
                if not settings.self_approval and _owns(tx.who, before, values):
                    raise ReviewRefused("error.review_own_post", id=before.id if before else "—", name=tx.who)
            if self._step is None:
                notes["review"] = "approve"
            values["approved_at"] = tx.now_ts
            self._settle(values, status, approved=tx.who, now=tx.now_ts)
        elif status in GOING_OUT and not holds and (before is None or before.status not in GOING_OUT):
            if settings.review:
                if self._waived and _role_of(tx.who) is not Role.APPROVER:
                    raise ReviewRefused("error.review_waive_not_approver", name=tx.who)
                if not self._waived:
                    title = str(values.get("title") or "")[:60]
                    if before is None:
                        raise ReviewRefused("error.review_new_needs_approval", title=title)
                    waits = before.status is Status.IN_REVIEW
                    key = "error.review_needs_approval_in_review" if waits else "error.review_needs_approval"
                    raise ReviewRefused(key, id=before.id, title=title)
                notes["review"] = "waived"
            self._settle(values, status, approved=None, now=tx.now_ts)
        else:
            self._settle(values, status, approved=values.get("approved_by") if holds else None, now=tx.now_ts)
        if self._step is CommentKind.RETURN:
            values["returned_by"] = tx.who
        return notes

    @staticmethod
    def _settle(values: dict[str, Any], status: Status, *, approved: object, now: int) -> None:
        """An approval held only in the statuses that keep one; who returned it forgotten once
        it is sent again (or further)."""
        if status in HOLDING and approved:
            values["approved_by"] = approved
            if values.get("approved_at") is None:
                values["approved_at"] = now
        else:
            values["approved_by"] = values["approved_at"] = None
        if status is Status.IN_REVIEW or status in HOLDING:
            values["returned_by"] = None

    def _refuse_editor(self, name: str) -> None:
        if _role_of(name) is not Role.APPROVER:
            raise ReviewRefused("error.review_not_approver", name=name)

    # -- a deleted post's thread goes with it, and comes back with it -------------

    def created(self, tx: Transaction, ids: Iterable[int]) -> None:
        """Nothing: a new post has no thread."""

    def changed(self, tx: Transaction, before: Post, after: Post) -> None:
        """Nothing: the thread stays with its post."""

    def deleted(self, tx: Transaction, post: Post) -> None:
        """A post deleted: its thread is withdrawn, its mentions no longer wait."""
        db.Comment.update(withdrawn=DELETED).where(
            (db.Comment.post_id == post.id) & (db.Comment.post_uid == post.uid) & db.Comment.withdrawn.is_null()
        ).execute()

    def undeleted(self, tx: Transaction, post: Post, new_id: int) -> None:
        """A deleted post brought back (undo): its thread comes back, on its id now."""
        db.Comment.update(withdrawn=None, post_id=new_id).where(
            (db.Comment.post_uid == post.uid) & (db.Comment.withdrawn == DELETED)
        ).execute()


# -- mentions ---------------------------------------------------------------------------------


def mentioned(text: str, names: Iterable[str]) -> tuple[str, ...]:
    """The members ``text`` names with ``@Name`` (as their names are spelt), in the order it first
    names them (see :func:`scan_mentions`)."""
    return scan_mentions(text, names)[0]


def scan_mentions(text: str, names: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The members ``text`` mentions, and the ``@words`` that name none ("@Leah"), each once in
    the order it first says them (see :func:`mention_spans`)."""
    found: list[str] = []
    unknown: list[str] = []
    for start, end, name in mention_spans(text, names):
        if name is None:
            if text[start:end] not in unknown:
                unknown.append(text[start:end])
        elif name not in found:
            found.append(name)
    return tuple(found), tuple(unknown)


def mention_spans(text: str, names: Iterable[str]) -> list[tuple[int, int, str | None]]:
    """Where ``text`` says ``@`` and whom: (start, end, the member as spelt) for each mention, the
    ``@`` included, and (start, end, None) for an ``@word`` that names no member, in order. What a
    thread emphasises is what the core reads.

    ``@`` then a member's full name, or their first name when no other member has it, whatever
    the case and the accents ("@lea" is Léa Martin); the longest name first ("@Léa Martin" is
    Léa Martin, not a Léa), and a name only when no letter or digit goes on after it ("@Léanne"
    is not Léa), nor stands before the @ (an address, lea@example.org, mentions no one)."""
    keys = _mention_keys(names)
    flat, origin = _plain_with_origin(text)
    spans: list[tuple[int, int, str | None]] = []
    start = flat.find("@")
    while start != -1:
        rest = start + 1
        if start > 0 and _word(flat[start - 1]):
            start = flat.find("@", rest)
            continue
        for key, name in keys:
            end = rest + len(key)
            if flat.startswith(key, rest) and (end == len(flat) or not flat[end].isalnum()):
                spans.append((origin[start], origin[end - 1] + 1, name))
                break
        else:
            word = _WORD_AFTER.match(text, origin[rest]) if rest < len(flat) else None
            if word is not None:
                spans.append((origin[start], word.end(), None))
        start = flat.find("@", rest)
    return spans


_WORD_AFTER = re.compile(r"[^\W_](?:[\w.'’-]*\w)?")


def _mention_keys(names: Iterable[str]) -> list[tuple[str, str]]:
    """What a mention may say of each member, folded, longest first: their full name (as spelt,
    or with its spaces made single), and their first name when it is theirs alone."""
    members = sorted({name for name in names if name.strip()})
    keys: dict[str, str] = {}
    for name in members:
        keys.setdefault(_plain(name), name)
        keys.setdefault(_plain(" ".join(name.split())), name)
    for first, owners in _first_names(members).items():
        if len(owners) == 1 and first not in keys:
            keys[first] = owners[0]
    return sorted(keys.items(), key=lambda item: (-len(item[0]), item[0]))


def _first_names(members: Iterable[str]) -> dict[str, list[str]]:
    """Each first name (folded) of the members whose names have more than one word, and whose it is."""
    firsts: dict[str, list[str]] = {}
    for name in sorted(set(members)):
        parts = name.split()
        if len(parts) > 1:
            firsts.setdefault(_plain(parts[0]), []).append(name)
    return firsts


def ambiguous_mentions(text: str, names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The ``@words`` of ``text`` that name no member because several share that first name
    ("@lea" with Léa Martin and Lea Dupont), each with the members it could be, by name."""
    members = [name for name in names if name.strip()]
    firsts = _first_names(members)
    full = {_plain(" ".join(name.split())) for name in members}
    shared = {first: tuple(owners) for first, owners in firsts.items() if len(owners) > 1 and first not in full}
    said: dict[str, tuple[str, ...]] = {}
    for start, end, name in mention_spans(text, members):
        word = text[start:end]
        owners = shared.get(_plain(word[1:]))
        if name is None and owners is not None:
            said.setdefault(word, owners)
    return said


def _plain(text: str) -> str:
    """``text`` without accents nor case ("Léa" and "LEA" alike): NFKD, marks dropped, casefolded."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def _plain_with_origin(text: str) -> tuple[str, list[int]]:
    """``text`` made plain, and for each of its characters the index in ``text`` it comes from."""
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        plain = _plain(char)
        pieces.append(plain)
        origin.extend([index] * len(plain))
    return "".join(pieces), origin


def _word(char: str) -> bool:
    return char.isalnum() or char == "_"


# -- inside a read or a write ------------------------------------------------------------------


def _settings() -> ReviewSettings:
    meta = db.Meta.get_by_id(1)
    return ReviewSettings(bool(meta.review), bool(meta.self_approval))


def _approvers_of(post: Post) -> list[str]:
    """Who may approve ``post`` now: the approvers, less its author unless self-approval is on."""
    own = _settings().self_approval
    rows = db.Member.select(db.Member.name).where(db.Member.role == Role.APPROVER.value).order_by(db.Member.name)
    return [name for (name,) in _tuples(rows) if own or not _owns(name, post)]


def _refuse_named(row: db.Member) -> None:
    """A member posts name as their author, or follow-ups as their owner, stays in the team."""
    posts = [i for (i,) in _tuples(db.Post.select(db.Post.id).where(db.Post.author == row.id).order_by(db.Post.id))]
    if posts:
        key = "error.review_member_author_one" if len(posts) == 1 else "error.review_member_author"
        raise ValidationError(key, name=row.name, count=len(posts), ids=_ids(posts))
    query = db.Followup.select(db.Followup.id).where(db.Followup.owner == row.id).order_by(db.Followup.id)
    followups = [i for (i,) in _tuples(query)]
    if followups:
        key = "error.review_member_owner_one" if len(followups) == 1 else "error.review_member_owner"
        raise ValidationError(key, name=row.name, count=len(followups), ids=_ids(followups))


def _ids(ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:5])
    return shown + ("…" if len(ids) > 5 else "")


def _approvers() -> list[int]:
    return [i for (i,) in _tuples(db.Member.select(db.Member.id).where(db.Member.role == Role.APPROVER.value))]


def _role_of(name: str) -> Role:
    row = member_named(name)
    return Role.APPROVER if row is not None and row.role == Role.APPROVER.value else Role.EDITOR


def _as_role(role: Role | str) -> Role:
    try:
        return Role(str(role).strip().lower())
    except ValueError:
        raise ValidationError("error.review_bad_role", value=str(role)[:40]) from None


def _said(text: str, *, required: bool, empty: str = "error.review_empty_comment") -> str:
    """A comment as kept: trimmed, capped like notes; empty refused where one is needed."""
    said = check.text_field(text or "", what="comment", single_line=False)
    if required and not said:
        raise ValidationError(empty)
    return said


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def _owns(name: str, post: Post | None, values: Mapping[str, Any] | None = None) -> bool:
    """Whether the post is ``name``'s: its author, or who created it when it has none."""
    author = values.get("author") if values is not None else (post.author if post is not None else None)
    if author:
        return _folded(str(author)) == _folded(name)
    if post is not None:
        return _folded(post.created_by) == _folded(name)
    return True  # a new post without an author is its creator's: the user's


def _status_in(values: Mapping[str, Any]) -> Status | None:
    given = values.get("status")
    if not given:
        return Status.DRAFT if values.get("start") is not None else Status.IDEA
    try:
        return Status(given)
    except ValueError:
        return None


def _text_changed(before: Post, values: Mapping[str, Any]) -> bool:
    return any((values.get(name) or "") != (getattr(before, name) or "") for name in REVIEWED_TEXT)


def _when(post: Post) -> tuple[bool, float, int]:
    start = post.start_utc
    return (start is None, start.timestamp() if start is not None else 0.0, post.id)


def _unseen(member_id: int) -> Any:
    return db.Mention.select().where((db.Mention.member == member_id) & db.Mention.seen_at.is_null())


def _comment_row(comment_id: int) -> db.Comment:
    row = db.Comment.get_or_none(db.Comment.id == comment_id) if db.storable(comment_id) else None
    if row is None or row.withdrawn is not None:
        raise NotFoundError("error.review_comment_not_found", id=comment_id)
    return row


def _mentions_of(comment_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """The names each comment mentions, in the order it names them."""
    named: dict[int, list[str]] = {}
    for first in range(0, len(comment_ids), 500):
        query = (
            db.Mention.select(db.Mention.comment, db.Member.name)
            .join(db.Member, on=(db.Mention.member == db.Member.id))
            .where(db.Mention.comment.in_(comment_ids[first : first + 500]))
            .order_by(db.Mention.id)
        )
        for comment_id, name in _tuples(query):
            named.setdefault(comment_id, []).append(name)
    return {key: tuple(names) for key, names in named.items()}


def _tuples(query: Any) -> Iterable[tuple[Any, ...]]:
    return cast(Iterable[tuple[Any, ...]], query.tuples())


def _comment(row: db.Comment, mentions: Iterable[str]) -> Comment:
    try:
        kind = CommentKind(row.kind)
    except ValueError:
        kind = CommentKind.COMMENT
    return Comment(
        id=row.id,
        post_id=row.post_id,
        author=row.author,
        at=from_timestamp(row.at, "UTC"),
        text=row.text,
        kind=kind,
        mentions=tuple(mentions),
    )
