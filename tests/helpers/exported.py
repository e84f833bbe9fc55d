"""Reading an export back with two parsers Dialogos does not use: vobject and ical.

vobject places ``TZID`` times with the file's own ``VTIMEZONE``; ical uses the
IANA zone named by the ``TZID``. Agreeing with both checks the ``VTIMEZONE``
and the wall times. ical leaves ``X-`` properties escaped and splits
``CATEGORIES`` on every comma, escaped or not: read those with vobject.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import vobject
from ical.calendar import Calendar as IcalCalendar
from ical.calendar_stream import IcsCalendarStream
from ical.event import Event as IcalEvent

from planner.exchange.ics.fields import event_uid


@dataclass(frozen=True)
class Exported:
    """One calendar as both parsers read it."""

    data: bytes
    vobject: Any
    ical: IcalCalendar

    def vevent(self, post_uid: str) -> Any:
        """The post's event as vobject reads it."""
        found = [e for e in self.vobject.contents.get("vevent", []) if e.uid.value == event_uid(post_uid)]
        assert len(found) == 1, f"{len(found)} events for {post_uid}"
        return found[0]

    def event(self, post_uid: str) -> IcalEvent:
        """The post's event as ical reads it."""
        found = [e for e in self.ical.events if e.uid == event_uid(post_uid)]
        assert len(found) == 1, f"{len(found)} events for {post_uid}"
        return found[0]

    @property
    def uids(self) -> set[str]:
        return {e.uid for e in self.ical.events}

    def calendar_value(self, name: str) -> str | None:
        """A calendar property as vobject reads it (unescaped), None when absent."""
        lines = self.vobject.contents.get(name.lower())
        return None if not lines else str(lines[0].value)


def read(data: bytes) -> Exported:
    text = data.decode("utf-8")
    return Exported(data, read_vobject(text), IcsCalendarStream.calendar_from_ics(text))


def read_vobject(text: str) -> Any:
    """vobject's reading of ``text``, its times placed with this file's own ``VTIMEZONE``.

    vobject keeps the first ``VTIMEZONE`` it ever met for a ``TZID``, for the
    rest of the process: a later file's own definition (other years) would be
    ignored. Register this file's, then read again.
    """
    for timezone in vobject.readOne(text).contents.get("vtimezone", []):
        vobject.icalendar.registerTzid(timezone.tzid.value, timezone.gettzinfo())
    return vobject.readOne(text)


def x_value(vevent: Any, name: str) -> str | None:
    """An ``X-`` property of a vobject event, unescaped; None when absent."""
    lines = vevent.contents.get(name.lower())
    return None if not lines else str(lines[0].value)


def utc(moment: datetime) -> datetime:
    assert moment.tzinfo is not None, "a parser gave a floating time"
    return moment.astimezone(UTC)
