"""The planner: the one API the CLI, the desktop app and the tests use.

It takes plain values, returns domain objects (:mod:`planner.model`) and
raises typed errors (:mod:`planner.errors`) whose message is ready to show.

:class:`Planner` is a facade over the open file (:attr:`Planner.session`)
and the services built on it, each usable alone:

=========================  ====================================================
``planner.reference``      platforms, categories, members (:mod:`planner.reference`)
``planner.posting_hours``  when suggestions may put posts (:mod:`planner.posting_hours`)
``planner.balance``        balance rules and verdicts (:mod:`planner.balance.checks`)
``planner.posts``          posts, each change judged and audited (:mod:`planner.posts`)
``planner.series``         repeated posts, edited one, following or all (:mod:`planner.series`)
``planner.new_posts``      where a new post goes unless told (:mod:`planner.new_posts`)
``planner.reports``        balance reports (:mod:`planner.balance.reports`)
``planner.followups``      what posts promise, kept or not (:mod:`planner.followups.service`)
``planner.crossposts``     one post on several platforms, copies (:mod:`planner.crossposts`)
``planner.slots``          weekly slots, where posts usually go (:mod:`planner.slots`)
``planner.filling``        backlog ideas into the empty slots, no rule broken (:mod:`planner.fill`)
``planner.review``         roles, approval, comments, what waits for whom (:mod:`planner.review`)
``planner.history``        a post's versions, restoring one (:mod:`planner.history`)
``planner.context``        context calendars (:mod:`planner.context`)
``planner.presence``       who else has the plan open (:mod:`planner.sharing.presence`)
``planner.comparison``     another copy of the plan (:mod:`planner.sharing.comparison`)
=========================  ====================================================

The services read and write through the session and call one another's
public methods only. Those a first look at a plan does not need (reports,
history, context, presence, comparison) are made, and their modules
imported, on first use. What the parts do is offered on the planner too, one
line each (``planner.create_post`` is ``planner.posts.create_post``), for the
callers that hold a planner; a method nothing outside its part uses is not.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Self, TypeVar, cast, overload

from planner.balance.checks import BalanceChecks
from planner.model import (
    Change,
    DatabaseInfo,
    Post,
    PostPatch,
    ReviewSettings,
)
from planner.new_posts import NewPostPlaces
from planner.posting_hours import PostingHours
from planner.posts import Posts
from planner.reference import ReferenceData
from planner.sharing.file_watch import FileWatch

if TYPE_CHECKING:
    from planner.balance.reports import BalanceReports
    from planner.balance.verdicts import Breach, EditPreview
    from planner.context import ContextCalendars
    from planner.crossposts import CrossPosts
    from planner.fill import Filling
    from planner.followups.service import Followups
    from planner.history import PostHistory
    from planner.review import Review
    from planner.series import Series
    from planner.session import Transaction
    from planner.sharing.comparison import CopyComparison
    from planner.sharing.presence import TeamPresence
    from planner.slots import Slots


P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class _Part(Generic[P, R]):
    """A method of one of the planner's parts, offered on the planner itself.

    ``create_post = _Part("posts", lambda: Posts.create_post)``: ``planner.create_post(...)``
    is ``planner.posts.create_post(...)``, with its signature for the type checker. The
    method is named in a lambda that never runs, so a part made on first use (``history``,
    ``context``…) is not imported before it is used.
    """

    def __init__(self, part: str, method: Callable[[], Callable[Concatenate[Any, P], R]], *, name: str = "") -> None:
        self._part = part
        self._name = name

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = self._name or name

    @overload
    def __get__(self, planner: None, owner: type) -> Callable[Concatenate[Planner, P], R]: ...

    @overload
    def __get__(self, planner: Planner, owner: type | None = None) -> Callable[P, R]: ...

    def __get__(self, planner: Planner | None, owner: type | None = None) -> Callable[..., R]:
        if planner is None:  # on the class: a function of the planner, as a method would be
            return lambda of, *args, **kwargs: getattr(getattr(of, self._part), self._name)(*args, **kwargs)
        return cast("Callable[P, R]", getattr(getattr(planner, self._part), self._name))


class _OfTheSession(Generic[T]):
    """What the open file knows, read (and, where the session allows, set) on the planner:
    ``path = _OfTheSession(lambda session: session.path)``."""

    def __init__(self, read: Callable[[FileWatch], T]) -> None:
        self._read = read
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, planner: Planner, owner: type | None = None) -> T:
        return self._read(planner.session)

    def __set__(self, planner: Planner, value: T) -> None:
        setattr(planner.session, self._name, value)


class _Opening(Generic[P]):
    """``Planner.open(...)``: the session's own ``open``, then the planner's parts built on it."""

    def __init__(self, opener: Callable[P, FileWatch]) -> None:
        self._opener = opener

    def __get__(self, planner: object, owner: type[Planner]) -> Callable[P, Planner]:
        def open_plan(*args: P.args, **kwargs: P.kwargs) -> Planner:
            return owner(self._opener(*args, **kwargs))

        return open_plan


class _FollowupsOf:
    """The posts' watcher that hands each change of a post to ``planner.followups``, made then."""

    def __init__(self, planner: Planner) -> None:
        self._planner = planner

    def created(self, tx: Transaction, ids: Sequence[int]) -> None:
        self._planner.followups.created(tx, ids)

    def changed(self, tx: Transaction, before: Post, after: Post) -> None:
        self._planner.followups.changed(tx, before, after)

    def deleted(self, tx: Transaction, post: Post) -> None:
        self._planner.followups.deleted(tx, post)

    def undeleted(self, tx: Transaction, post: Post, new_id: int) -> None:
        self._planner.followups.undeleted(tx, post, new_id)


class _ReviewOf:
    """The posts' review gate and watcher, handing each write of a post to ``planner.review``,
    made then (a deleted post's thread goes with it and comes back with it)."""

    def __init__(self, planner: Planner) -> None:
        self._planner = planner

    def judge(
        self, tx: Transaction, settings: ReviewSettings, before: Post | None, values: dict[str, Any], *, restoring: bool
    ) -> dict[str, object]:
        return self._planner.review.judge(tx, settings, before, values, restoring=restoring)

    def created(self, tx: Transaction, ids: Sequence[int]) -> None:
        """Nothing: a new post has no thread (and the review is not made for it)."""

    def changed(self, tx: Transaction, before: Post, after: Post) -> None:
        """Nothing: the thread stays with its post."""

    def deleted(self, tx: Transaction, post: Post) -> None:
        self._planner.review.deleted(tx, post)

    def undeleted(self, tx: Transaction, post: Post, new_id: int) -> None:
        self._planner.review.undeleted(tx, post, new_id)


class Planner:
    """An open plan: its file (:attr:`session`) and the services built on it.

    Open one with :meth:`open`; close it when done (or use it in a ``with``).
    """

    def __init__(self, session: FileWatch) -> None:
        self.session = session
        self.reference = ReferenceData(session)
        self.posting_hours = PostingHours(session)
        self.balance = BalanceChecks(session, self.reference, self.posting_hours)
        self.posts = Posts(session, self.reference, self.balance)
        self.new_posts = NewPostPlaces(session, self.reference, self.posts, self.posting_hours)
        # A new post goes to a free weekly slot first: the slots are read on the first new post.
        self.new_posts.slot_times = lambda platform, start, end: self.slots.times(platform, start, end)
        # Follow-ups go with their post: made on the first change of a post, not before.
        self.posts.watchers.append(_FollowupsOf(self))
        # Review judges every write of a post, and keeps a deleted post's thread for an undo.
        review = _ReviewOf(self)
        self.posts.review = review
        self.posts.watchers.append(review)

    open = _Opening(FileWatch.open)
    """The plan at ``path``, with its parts: takes what :meth:`planner.session.Session.open` takes."""

    # -- the services made on first use -----------------------------------------

    @cached_property
    def reports(self) -> BalanceReports:
        from planner.balance.reports import BalanceReports

        return BalanceReports(self.session, self.reference, self.balance, self.posting_hours)

    @cached_property
    def series(self) -> Series:
        from planner.series import Series

        return Series(self.session, self.posts, self.reference)

    @cached_property
    def slots(self) -> Slots:
        from planner.slots import Slots

        return Slots(self.session, self.reference, self.posts)

    @cached_property
    def filling(self) -> Filling:
        from planner.fill import Filling

        return Filling(self.session, self.reference, self.balance, self.posts, self.slots)

    @cached_property
    def followups(self) -> Followups:
        from planner.followups.service import Followups

        return Followups(self.session, self.reference, self.posts)

    @cached_property
    def crossposts(self) -> CrossPosts:
        from planner.crossposts import CrossPosts

        return CrossPosts(self.session, self.posts)

    @cached_property
    def review(self) -> Review:
        from planner.review import Review

        return Review(self.session, self.reference, self.posts)

    @cached_property
    def history(self) -> PostHistory:
        from planner.history import PostHistory

        return PostHistory(self.session, self.posts)

    @cached_property
    def context(self) -> ContextCalendars:
        from planner.context import ContextCalendars

        return ContextCalendars(self.session)

    @cached_property
    def presence(self) -> TeamPresence:
        from planner.sharing.presence import TeamPresence

        return TeamPresence(self.session)

    @cached_property
    def comparison(self) -> CopyComparison:
        from planner.sharing.comparison import CopyComparison

        return CopyComparison(self.session, self.reference, self.posts, self._other_copy)

    @contextmanager
    def _other_copy(self, location: str | os.PathLike[str]) -> Iterator[CopyComparison]:
        """Another copy of the plan, opened as this one was (clock, user), to compare with."""
        with type(self).open(location, create=False, clock=self.session.clock, user=self.session.user) as other:
            yield other.comparison

    def _presence_joined(self) -> TeamPresence | None:
        """The presence service if it was made: one never made has nothing to renew or leave."""
        return cast("TeamPresence | None", self.__dict__.get("presence"))

    # -- the open file ----------------------------------------------------------

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Leave (others stop seeing this session), then close the file."""
        presence = self._presence_joined()
        if presence is not None:
            presence.leave()
        self.session.close()

    def reopen(self) -> None:
        """:meth:`Session.reopen <planner.session.Session.reopen>`, then show this session in the file now read."""
        self.session.reopen()
        self._after_reopen()

    def _after_reopen(self) -> None:
        presence = self._presence_joined()
        if presence is not None:
            presence.heartbeat()

    def info(self) -> DatabaseInfo:
        """:meth:`Session.info <planner.session.Session.info>`, with who has the file open."""
        return replace(self.session.info(), present=tuple(self.presence.present(everyone=True)))

    def has_posts(self) -> bool:
        """Whether the plan holds a post, dated or an idea: the app's first steps are offered until it does."""
        return self.session.info().counts["posts"] > 0

    _db = _OfTheSession(lambda session: session.database)
    path = _OfTheSession(lambda session: session.path)
    location = _OfTheSession(lambda session: session.location)
    read_only = _OfTheSession(lambda session: session.read_only)
    user = _OfTheSession(lambda session: session.user)
    backup_folder = _OfTheSession(lambda session: session.backup_folder)
    backup_made = _OfTheSession(lambda session: session.backup_made)
    notices = _OfTheSession(lambda session: session.notices)
    on_server = _OfTheSession(lambda session: session.on_server)
    planning_zone = _OfTheSession(lambda session: session.planning_zone)
    backup_base = _OfTheSession(lambda session: session.backup_base)

    def save_again(self) -> Path:
        """:meth:`FileWatch.save_again <planner.sharing.file_watch.FileWatch.save_again>`,
        then show this session in the file written back."""
        path = self.session.save_again()
        self._after_reopen()
        return path

    def preview_edit_effect(self, post_id: int, patch: PostPatch, *, patience: float | None = None) -> EditPreview:
        """What an edit would break, and the breaches its post would be in once saved: beside
        :meth:`breaches_of` (the post as it is), the editor says what the change does to them.
        Nothing is saved (``patience`` as for :meth:`preview_edit`)."""
        from planner.balance.verdicts import EditPreview

        after: tuple[Breach, ...] | None = None

        def edit() -> Change:
            nonlocal after
            done = self.posts.edit_post(post_id, patch)
            after = self.reports.breaches_of(done.posts[0])  # inside the rehearsal: the plan as edited
            return done

        verdict = self.posts.preview(edit, patience)
        return EditPreview(verdict, after)

    # -- what the parts do, offered on the planner ------------------------------

    now = _Part("session", lambda: FileWatch.now)
    batch = _Part("session", lambda: FileWatch.batch)
    revision = _Part("session", lambda: FileWatch.revision)
    others_committed = _Part("session", lambda: FileWatch.others_committed)
    changes_since = _Part("session", lambda: FileWatch.changes_since)
    check = _Part("session", lambda: FileWatch.check)
    backup = _Part("session", lambda: FileWatch.backup)
    auto_backup = _Part("session", lambda: FileWatch.auto_backup)
    file_news = _Part("session", lambda: FileWatch.file_news)

    get_post = _Part("posts", lambda: Posts.get_post)
    posts_by_uid = _Part("posts", lambda: Posts.posts_by_uid)
    list_posts = _Part("posts", lambda: Posts.list_posts)
    create_post = _Part("posts", lambda: Posts.create_post)
    create_posts = _Part("posts", lambda: Posts.create_posts)
    undelete_post = _Part("posts", lambda: Posts.undelete_post)
    edit_post = _Part("posts", lambda: Posts.edit_post)
    move_post = _Part("posts", lambda: Posts.move_post)
    delete_post = _Part("posts", lambda: Posts.delete_post)
    preview_create = _Part("posts", lambda: Posts.preview_create)
    preview_edit = _Part("posts", lambda: Posts.preview_edit)
    create_series = _Part("series", lambda: Series.create_series)
    edit_series = _Part("series", lambda: Series.edit_series)
    move_series = _Part("series", lambda: Series.move_series)
    delete_series = _Part("series", lambda: Series.delete_series)
    series_members = _Part("series", lambda: Series.members, name="members")
    group_posts = _Part("posts", lambda: Posts.group_posts)

    create_cross_post = _Part("crossposts", lambda: CrossPosts.create_cross_post)
    siblings = _Part("crossposts", lambda: CrossPosts.siblings)
    siblings_of = _Part("crossposts", lambda: CrossPosts.siblings_of)
    apply_to_siblings = _Part("crossposts", lambda: CrossPosts.apply_to_siblings)
    copy_post = _Part("crossposts", lambda: CrossPosts.copy_post)

    slots_of = _Part("slots", lambda: Slots.slots, name="slots")
    add_slot = _Part("slots", lambda: Slots.add_slot)
    remove_slot = _Part("slots", lambda: Slots.remove_slot)
    propose_fill = _Part("filling", lambda: Filling.propose, name="propose")
    apply_fill = _Part("filling", lambda: Filling.apply, name="apply")
    undo_fill = _Part("filling", lambda: Filling.undo, name="undo")

    platforms = _Part("reference", lambda: ReferenceData.platforms)
    platform = _Part("reference", lambda: ReferenceData.platform)
    add_platform = _Part("reference", lambda: ReferenceData.add_platform)
    edit_platform = _Part("reference", lambda: ReferenceData.edit_platform)
    remove_platform = _Part("reference", lambda: ReferenceData.remove_platform)
    categories = _Part("reference", lambda: ReferenceData.categories)
    add_category = _Part("reference", lambda: ReferenceData.add_category)
    edit_category = _Part("reference", lambda: ReferenceData.edit_category)
    remove_category = _Part("reference", lambda: ReferenceData.remove_category)
    members = _Part("reference", lambda: ReferenceData.members)

    rules = _Part("balance", lambda: BalanceChecks.rules)
    rule_for = _Part("balance", lambda: BalanceChecks.rule_for)
    set_rule = _Part("balance", lambda: BalanceChecks.set_rule)
    remove_rule = _Part("balance", lambda: BalanceChecks.remove_rule)
    next_posting_time = _Part("posting_hours", lambda: PostingHours.next_time, name="next_time")
    new_post_start = _Part("new_posts", lambda: NewPostPlaces.start_for, name="start_for")
    new_post_platform = _Part("new_posts", lambda: NewPostPlaces.platform_for, name="platform_for")
    balance_report = _Part("reports", lambda: BalanceReports.balance_report)
    weekly_sides = _Part("reports", lambda: BalanceReports.weekly_sides)
    breaches_of = _Part("reports", lambda: BalanceReports.breaches_of)
    kept_on_time = _Part("followups", lambda: Followups.kept_on_time)

    review_settings = _Part("review", lambda: Review.settings, name="settings")
    set_review = _Part("review", lambda: Review.set_review)
    team = _Part("review", lambda: Review.team)
    set_member = _Part("review", lambda: Review.set_member)
    submit_post = _Part("review", lambda: Review.submit, name="submit")
    approve_post = _Part("review", lambda: Review.approve, name="approve")
    return_post = _Part("review", lambda: Review.return_post)
    comment_post = _Part("review", lambda: Review.comment, name="comment")
    comments = _Part("review", lambda: Review.comments)
    remove_comment = _Part("review", lambda: Review.remove_comment)
    waiting = _Part("review", lambda: Review.waiting)
    remove_member = _Part("review", lambda: Review.remove_member)
    approvers_for = _Part("review", lambda: Review.approvers_for)

    post_history = _Part("history", lambda: PostHistory.post_history)
    restore_patch = _Part("history", lambda: PostHistory.restore_patch)
    restore_version = _Part("history", lambda: PostHistory.restore_version)

    context_calendars = _Part("context", lambda: ContextCalendars.context_calendars)
    context_calendar = _Part("context", lambda: ContextCalendars.context_calendar)
    context_events = _Part("context", lambda: ContextCalendars.context_events)
    save_context_calendar = _Part("context", lambda: ContextCalendars.save_context_calendar)
    set_context_visible = _Part("context", lambda: ContextCalendars.set_context_visible)
    remove_context_calendar = _Part("context", lambda: ContextCalendars.remove_context_calendar)

    join = _Part("presence", lambda: TeamPresence.join)
    present = _Part("presence", lambda: TeamPresence.present)

    compare_with_copy = _Part("comparison", lambda: CopyComparison.compare_with_copy)
    restore_from_copy = _Part("comparison", lambda: CopyComparison.restore_from_copy)

    # -- presence that was never joined has nothing to renew or leave ----------

    def heartbeat(self) -> bool:
        presence = self._presence_joined()
        return False if presence is None else presence.heartbeat()

    def leave(self) -> None:
        presence = self._presence_joined()
        if presence is not None:
            presence.leave()
