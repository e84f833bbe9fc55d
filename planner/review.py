"""Review before it goes out: members' roles, the plan's review setting, a post's thread of
comments, approving and returning, and what waits for each member (``planner.review``).

With the plan's review on (:class:`~planner.model.ReviewSettings`), a post is sent for review
(``in_review``), approved by an approver (``approved``), then scheduled; scheduling an
unapproved post is refused (:class:`ReviewRefused`, exit 3) unless an approver says so
(:meth:`Review.waived`). An edit of an approved post's text sends it back to review. Every
step is a write of its own: versions checked, audited in the post's history, seen by the
team's refresh. This is coordination inside a trusted team on one plan, not security.

CONTRACT (issue 18 skeleton): the signatures below are what the CLI and the app call.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from planner.errors import PlannerError
from planner.model import Change, Comment, Member, ReviewSettings, Role, Waiting
from planner.posts import Posts
from planner.reference import ReferenceData
from planner.session import Session


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

    # -- the plan's setting and its team ----------------------------------------

    def settings(self) -> ReviewSettings:
        """Whether review is on, and whether an approver may approve their own posts."""
        raise NotImplementedError

    def set_review(self, review: bool | None = None, *, self_approval: bool | None = None) -> ReviewSettings:
        """Turn review on or off, allow or forbid self-approval (None: as it is). Turning it on
        with no approver is a ValidationError (exit 2) that says how to name one. Audited."""
        raise NotImplementedError

    def team(self) -> list[Member]:
        """The plan's members with their roles, by name."""
        raise NotImplementedError

    def set_member(self, name: str, role: Role) -> Member:
        """Add ``name`` with ``role``, or give an existing member that role (``team add``).
        Making the last approver an editor while review is on is a ValidationError. Audited."""
        raise NotImplementedError

    def role_of(self, name: str | None = None) -> Role:
        """The role of ``name`` (default: the session's user); someone not in the team is an editor."""
        raise NotImplementedError

    # -- a post's steps ---------------------------------------------------------

    def submit(self, post_id: int, *, comment: str = "", expect_version: int | None = None) -> Change:
        """Send a dated post for review (``in_review``), with an optional comment; any member."""
        raise NotImplementedError

    def approve(self, post_id: int, *, comment: str = "", expect_version: int | None = None) -> Change:
        """Approve a post (``approved``, ``approved_by`` the user): an approver only, and not
        their own post unless the plan allows it (:class:`ReviewRefused` otherwise)."""
        raise NotImplementedError

    def return_post(self, post_id: int, comment: str, *, expect_version: int | None = None) -> Change:
        """Return a post to its author (``draft``, ``returned_by`` the user) with what to change;
        an approver only; the comment may not be empty (ValidationError)."""
        raise NotImplementedError

    @contextmanager
    def waived(self) -> Iterator[None]:
        """Inside, an approver may schedule an unapproved post: they say so, the history says
        "scheduled without review". An editor is still refused."""
        raise NotImplementedError
        yield

    # -- the thread -------------------------------------------------------------

    def comment(self, post_id: int, text: str) -> Comment:
        """Add a comment to a post's thread; ``@Name`` of a member mentions them. An empty
        comment, or a post that does not exist, is a ValidationError; nothing written."""
        raise NotImplementedError

    def comments(self, post_id: int) -> list[Comment]:
        """A post's thread, oldest first (review steps included)."""
        raise NotImplementedError

    def remove_comment(self, comment_id: int) -> None:
        """Take back one's own comment (undo of :meth:`comment`); a review step's line stays.
        Another member's comment, or one that is gone, is a ValidationError."""
        raise NotImplementedError

    def seen(self, comment_id: int) -> None:
        """The user has seen the mention of them in that comment: it no longer waits for them."""
        raise NotImplementedError

    # -- what waits for whom ----------------------------------------------------

    def waiting(self, name: str | None = None) -> list[Waiting]:
        """What waits for ``name`` (default: the user): posts in review they may approve,
        their posts returned to them, mentions not yet seen. By post start, ideas last."""
        raise NotImplementedError
