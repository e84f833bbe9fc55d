"""Presence: who else has the shared file open, on which machine, since when.

Each open app keeps one row in the ``presence`` table (schema 4) and renews
its heartbeat every :data:`HEARTBEAT_SECONDS`. A row whose heartbeat is older
than :data:`GONE_AFTER_SECONDS` belongs to an app that died or lost the share:
it counts as gone, and the next heartbeat of anyone removes it once it is
older than :data:`FORGET_AFTER_SECONDS`.

Presence is not part of the plan. Its writes take the write lock like any
other (``BEGIN IMMEDIATE``) but make no new revision and no audit entry, so a
colleague's team watch, which reads the audit entries since its revision,
never reloads the plan because of a heartbeat. They wait for a colleague's
write at most :data:`PATIENCE_SECONDS`, not the busy timeout, and fail
quietly: on a busy or read-only file presence is simply not written, and the
app goes on as if nothing happened.
"""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from planner.errors import PlannerError
from planner.model import Presence, PresenceKind
from planner.session import Session
from planner.storage import models as db
from planner.timezones import from_timestamp, timestamp

HEARTBEAT_SECONDS = 15
"""How often an open app says it is still there."""
GONE_AFTER_SECONDS = 4 * HEARTBEAT_SECONDS
"""A session silent for longer is gone: three missed heartbeats, and some room for clocks that differ."""
FORGET_AFTER_SECONDS = 3600
"""A gone session's row is removed after this long; until then it is only ignored.

Much longer than :data:`GONE_AFTER_SECONDS` so that a machine whose clock runs
ahead does not keep removing its colleagues' rows.
"""
PATIENCE_SECONDS = 0.25
"""At most this long waiting for a colleague's write: a heartbeat can wait for the next one."""

NAME_LENGTH = 60


@dataclass(frozen=True, slots=True)
class _Row:
    key: str
    name: str
    host: str
    pid: int
    kind: str
    since: int


class TeamPresence:
    """Who has the open plan open (``planner.presence``): this session's row and the others'."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._presence: _Row | None = None  # our row, once joined

    def join(self, name: str | None = None, kind: PresenceKind | str = PresenceKind.APP) -> bool:
        """Show this session to the others as ``name`` (default: the planner's user).

        Joining again changes the name or kind and keeps "since". Returns False
        when the file could not be written (read-only, busy): the next
        :meth:`heartbeat` tries again.
        """
        shown = " ".join((name or "").split())[:NAME_LENGTH].rstrip() or self._session.user
        previous = self._presence
        self._presence = _Row(
            key=previous.key if previous else secrets.token_hex(16),
            name=shown,
            host=_host(),
            pid=os.getpid(),
            kind=PresenceKind(kind).value,
            since=previous.since if previous else timestamp(self._session.now()),
        )
        return self.heartbeat()

    def heartbeat(self) -> bool:
        """Say this session is still there (every :data:`HEARTBEAT_SECONDS`).

        Writes the row again if someone removed it meanwhile (a colleague
        whose clock runs far ahead). False when not joined or not written.
        """
        row = self._presence
        if row is None:
            return False

        def beat(now: int) -> None:
            db.Presence.delete().where(db.Presence.heartbeat < now - FORGET_AFTER_SECONDS).execute()
            values = {"name": row.name, "host": row.host, "pid": row.pid, "kind": row.kind, "heartbeat": now}
            db.Presence.insert(key=row.key, since=row.since, **values).on_conflict(
                conflict_target=[db.Presence.key], update=values
            ).execute()

        return self._quietly(beat)

    def leave(self) -> None:
        """The others stop seeing this session (closing the planner leaves too)."""
        row, self._presence = self._presence, None
        if row is not None:
            self._quietly(lambda now: db.Presence.delete().where(db.Presence.key == row.key).execute())

    def present(self, now: datetime | None = None, *, everyone: bool = False) -> list[Presence]:
        """The sessions alive at ``now`` (default: the planner's clock), first arrived first.

        Others only, unless ``everyone``. A file that cannot be read now gives
        an empty list, never an error.
        """
        moment = timestamp(now or self._session.now())
        mine = self._presence.key if self._presence else None
        try:
            with self._session.reading():
                rows = list(
                    db.Presence.select()
                    .where(db.Presence.heartbeat >= moment - GONE_AFTER_SECONDS)
                    .order_by(db.Presence.since, db.Presence.name)
                )
        except PlannerError:
            return []
        return [
            Presence(
                name=row.name,
                host=row.host,
                pid=row.pid,
                kind=_kind(row.kind),
                since=from_timestamp(row.since, "UTC"),
                seen=from_timestamp(row.heartbeat, "UTC"),
                mine=row.key == mine,
            )
            for row in rows
            if everyone or row.key != mine
        ]

    def _quietly(self, work: Callable[[int], object]) -> bool:
        """Run ``work(now)`` in a write transaction that makes no revision; False if it could not."""
        try:
            self._session.check_writable()  # also a file made read-only, deleted or replaced since it was opened
            with self._session.patience(PATIENCE_SECONDS), self._session.locked():
                work(timestamp(self._session.now()))
        except PlannerError:
            return False
        return True


def _host() -> str:
    try:
        return socket.gethostname()[:255] or "?"
    except OSError:
        return "?"


def _kind(value: str) -> PresenceKind:
    try:
        return PresenceKind(value)
    except ValueError:
        return PresenceKind.APP  # written by a newer Dialogos: still someone with the file open
