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
``planner.reports``        balance reports (:mod:`planner.balance.reports`)
``planner.history``        a post's versions, restoring one (:mod:`planner.history`)
``planner.context``        context calendars (:mod:`planner.context`)
``planner.presence``       who else has the plan open (:mod:`planner.sharing.presence`)
``planner.comparison``     another copy of the plan (:mod:`planner.sharing.comparison`)
=========================  ====================================================

The services read and write through the session and call one another's
public methods only. Those a first look at a plan does not need (reports,
history, context, presence, comparison) are made, and their modules
imported, on first use. The planner's own methods are one-line delegations
kept for the callers written before the services.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Self, cast

from planner.balance.checks import BalanceChecks
from planner.model import (
    UNSET,
    AuditEntry,
    Category,
    Change,
    DatabaseInfo,
    Entity,
    Member,
    Platform,
    Post,
    PostFields,
    PostPatch,
    PostQuery,
    Side,
    _Unset,
)
from planner.posting_hours import PostingHours
from planner.posts import Posts
from planner.reference import ReferenceData
from planner.session import Clock, system_clock
from planner.sharing.file_watch import FileNews, FileWatch
from planner.storage import connection as conn

if TYPE_CHECKING:
    import peewee as pw

    from planner.balance.engine import RawBreach
    from planner.balance.reports import BalanceReports
    from planner.balance.rules import BalanceRule
    from planner.balance.verdicts import PlatformBalance, Verdict, WeekSides
    from planner.context import ContextCalendar, ContextCalendars, ContextEvent, ContextEventData, ContextSaved
    from planner.history import PostHistory, PostVersion
    from planner.sharing.backups import AutoBackup
    from planner.sharing.comparison import BroughtBack, CopyComparison, PlanComparison
    from planner.sharing.presence import Presence, PresenceKind, TeamPresence


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

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        create: bool = True,
        planning_zone: str | None = None,
        clock: Clock = system_clock,
        user: str | None = None,
        busy_timeout: float = conn.DEFAULT_BUSY_TIMEOUT,
        backup_folder: str | os.PathLike[str] | None = None,
    ) -> Self:
        """The plan at ``path``: see :meth:`planner.session.Session.open`."""
        return cls(
            FileWatch.open(
                path,
                create=create,
                planning_zone=planning_zone,
                clock=clock,
                user=user,
                busy_timeout=busy_timeout,
                backup_folder=backup_folder,
            )
        )

    # -- the services made on first use -----------------------------------------

    @cached_property
    def reports(self) -> BalanceReports:
        from planner.balance.reports import BalanceReports

        return BalanceReports(self.session, self.reference, self.balance, self.posting_hours)

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

    @property
    def _db(self) -> pw.Database:
        return self.session.database

    @property
    def path(self) -> Path:
        return self.session.path

    @property
    def location(self) -> str:
        return self.session.location

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    @property
    def user(self) -> str:
        return self.session.user

    @user.setter
    def user(self, name: str) -> None:
        self.session.user = name

    @property
    def backup_folder(self) -> Path | None:
        return self.session.backup_folder

    @backup_folder.setter
    def backup_folder(self, folder: Path | None) -> None:
        self.session.backup_folder = folder

    @property
    def backup_made(self) -> Path | None:
        return self.session.backup_made

    @property
    def journal_set_aside(self) -> Path | None:
        return self.session.journal_set_aside

    @property
    def notices(self) -> list[str]:
        return self.session.notices

    @property
    def on_server(self) -> bool:
        return self.session.on_server

    @property
    def planning_zone(self) -> str:
        return self.session.planning_zone

    @property
    def backup_base(self) -> Path:
        return self.session.backup_base

    def now(self) -> datetime:
        return self.session.now()

    def rehearsal(self, *, patience: float | None = None) -> AbstractContextManager[None]:
        return self.session.rehearsal(patience=patience)

    def batch(self) -> AbstractContextManager[None]:
        return self.session.batch()

    def revision(self) -> int:
        return self.session.revision()

    def others_committed(self) -> bool:
        return self.session.others_committed()

    def changes_since(self, revision: int) -> list[AuditEntry]:
        return self.session.changes_since(revision)

    def audit_log(self, *, entity: Entity | None = None, entity_id: int | None = None) -> list[AuditEntry]:
        return self.session.audit_log(entity=entity, entity_id=entity_id)

    def check(self) -> list[str]:
        return self.session.check()

    def backup(self, destination: str | os.PathLike[str] | None = None) -> Path:
        return self.session.backup(destination)

    def auto_backup(self) -> AutoBackup:
        return self.session.auto_backup()

    def file_news(self) -> FileNews | None:
        return self.session.file_news()

    def save_again(self) -> Path:
        """:meth:`FileWatch.save_again <planner.sharing.file_watch.FileWatch.save_again>`,
        then show this session in the file written back."""
        path = self.session.save_again()
        self._after_reopen()
        return path

    # -- posts ------------------------------------------------------------------

    def get_post(self, post_id: int, *, expect_version: int | None = None) -> Post:
        return self.posts.get_post(post_id, expect_version=expect_version)

    def posts_by_uid(self, uids: Iterable[str]) -> dict[str, Post]:
        return self.posts.posts_by_uid(uids)

    def list_posts(self, query: PostQuery | None = None) -> list[Post]:
        return self.posts.list_posts(query)

    def create_post(self, fields: PostFields, *, reason: str | None = None) -> Change:
        return self.posts.create_post(fields, reason=reason)

    def create_posts(self, many: Iterable[PostFields], *, reason: str | None = None, judge: bool = True) -> Change:
        return self.posts.create_posts(many, reason=reason, judge=judge)

    def undelete_post(self, post: Post, *, reason: str | None = None) -> Change:
        return self.posts.undelete_post(post, reason=reason)

    def edit_post(
        self, post_id: int, patch: PostPatch, *, expect_version: int | None = None, reason: str | None = None
    ) -> Change:
        return self.posts.edit_post(post_id, patch, expect_version=expect_version, reason=reason)

    def move_post(
        self,
        post_id: int,
        start: datetime,
        *,
        timezone: str | None = None,
        expect_version: int | None = None,
        reason: str | None = None,
    ) -> Change:
        return self.posts.move_post(post_id, start, timezone=timezone, expect_version=expect_version, reason=reason)

    def delete_post(self, post_id: int, *, expect_version: int | None = None) -> Change:
        return self.posts.delete_post(post_id, expect_version=expect_version)

    def preview_create(self, fields: PostFields, *, patience: float | None = None) -> Verdict:
        return self.posts.preview_create(fields, patience=patience)

    def preview_edit(self, post_id: int, patch: PostPatch, *, patience: float | None = None) -> Verdict:
        return self.posts.preview_edit(post_id, patch, patience=patience)

    # -- reference data -----------------------------------------------------------

    def platforms(self, *, active_only: bool = False) -> list[Platform]:
        return self.reference.platforms(active_only=active_only)

    def platform(self, name: str) -> Platform:
        return self.reference.platform(name)

    def add_platform(
        self, name: str, kind: str, *, colour: str | None = None, text_limit: int | _Unset | None = UNSET
    ) -> Platform:
        return self.reference.add_platform(name, kind, colour=colour, text_limit=text_limit)

    def edit_platform(
        self,
        name: str,
        *,
        new_name: str | _Unset = UNSET,
        kind: str | _Unset = UNSET,
        colour: str | _Unset = UNSET,
        text_limit: int | _Unset | None = UNSET,
        active: bool | _Unset = UNSET,
        expect_version: int | None = None,
    ) -> Platform:
        return self.reference.edit_platform(
            name,
            new_name=new_name,
            kind=kind,
            colour=colour,
            text_limit=text_limit,
            active=active,
            expect_version=expect_version,
        )

    def remove_platform(self, name: str) -> Change:
        return self.reference.remove_platform(name)

    def categories(self) -> list[Category]:
        return self.reference.categories()

    def add_category(self, name: str, side: str | Side) -> Category:
        return self.reference.add_category(name, side)

    def edit_category(
        self,
        name: str,
        *,
        new_name: str | _Unset = UNSET,
        side: str | Side | _Unset = UNSET,
        expect_version: int | None = None,
    ) -> Category:
        return self.reference.edit_category(name, new_name=new_name, side=side, expect_version=expect_version)

    def remove_category(self, name: str) -> Change:
        return self.reference.remove_category(name)

    def members(self) -> list[Member]:
        return self.reference.members()

    def add_member(self, name: str, *, initials: str | None = None, colour: str | None = None) -> Member:
        return self.reference.add_member(name, initials=initials, colour=colour)

    # -- balance --------------------------------------------------------------------

    def rules(self) -> list[BalanceRule]:
        return self.balance.rules()

    def rule_for(self, platform: str) -> BalanceRule:
        return self.balance.rule_for(platform)

    def set_rule(self, rule: BalanceRule, *, expect_version: int | None = None) -> BalanceRule:
        return self.balance.set_rule(rule, expect_version=expect_version)

    def remove_rule(self, platform: str, *, expect_version: int | None = None) -> None:
        self.balance.remove_rule(platform, expect_version=expect_version)

    def set_posting_hours(self, start_minute: int, end_minute: int) -> None:
        self.posting_hours.set(start_minute, end_minute)

    def next_posting_time(self, zone_name: str | None = None) -> datetime:
        return self.posting_hours.next_time(zone_name)

    def balance_report(
        self, start: datetime | None = None, end: datetime | None = None, platforms: Sequence[str] = ()
    ) -> list[PlatformBalance]:
        return self.reports.balance_report(start, end, platforms)

    def weekly_sides(self, year: int, week: int, weeks: int = 12, *, first_weekday: int = 1) -> list[WeekSides]:
        return self.reports.weekly_sides(year, week, weeks, first_weekday=first_weekday)

    def full_report_raw(self) -> set[tuple[int, RawBreach]]:
        return self.reports.full_report_raw()

    def breached_posts(self, start: datetime, end: datetime) -> set[int]:
        return self.reports.breached_posts(start, end)

    # -- history ----------------------------------------------------------------------

    def post_history(self, post_id: int) -> list[PostVersion]:
        return self.history.post_history(post_id)

    def restore_patch(self, post_id: int, version: int) -> PostPatch:
        return self.history.restore_patch(post_id, version)

    def restore_version(
        self, post_id: int, version: int, *, expect_version: int | None = None, reason: str | None = None
    ) -> Change:
        return self.history.restore_version(post_id, version, expect_version=expect_version, reason=reason)

    # -- context calendars ----------------------------------------------------------------

    def context_calendars(self) -> list[ContextCalendar]:
        return self.context.context_calendars()

    def context_calendar(self, name: str) -> ContextCalendar:
        return self.context.context_calendar(name)

    def context_events(self, start: datetime, end: datetime, *, visible_only: bool = True) -> list[ContextEvent]:
        return self.context.context_events(start, end, visible_only=visible_only)

    def save_context_calendar(
        self, name: str, events: Sequence[ContextEventData], *, source: str, colour: str | None = None
    ) -> ContextSaved:
        return self.context.save_context_calendar(name, events, source=source, colour=colour)

    def set_context_visible(self, calendar_id: int, visible: bool) -> Change:
        return self.context.set_context_visible(calendar_id, visible)

    def remove_context_calendar(self, calendar_id: int) -> Change:
        return self.context.remove_context_calendar(calendar_id)

    # -- presence ---------------------------------------------------------------------------

    def join(self, name: str | None = None, kind: PresenceKind | str = "app") -> bool:
        return self.presence.join(name, kind)

    def heartbeat(self) -> bool:
        presence = self._presence_joined()
        return False if presence is None else presence.heartbeat()

    def leave(self) -> None:
        presence = self._presence_joined()
        if presence is not None:
            presence.leave()

    def present(self, now: datetime | None = None, *, everyone: bool = False) -> list[Presence]:
        return self.presence.present(now, everyone=everyone)

    # -- another copy ------------------------------------------------------------------------

    def compare_with_copy(self, location: str | os.PathLike[str]) -> PlanComparison:
        return self.comparison.compare_with_copy(location)

    def restore_from_copy(
        self,
        location: str | os.PathLike[str],
        copy_id: int,
        *,
        expect_version: int | None = None,
        reason: str | None = None,
    ) -> BroughtBack:
        return self.comparison.restore_from_copy(location, copy_id, expect_version=expect_version, reason=reason)
