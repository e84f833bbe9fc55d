"""Follow-ups as iCalendar components, beside their post's ``VEVENT``.

Each follow-up is a ``VTODO`` (RFC 5545 §3.6.2): ``DUE`` is its due instant in
the post's zone (the instant after which Dialogos calls it late), ``STATUS``
says where it stands (``NEEDS-ACTION`` open or late, ``COMPLETED`` with the
``COMPLETED`` instant in UTC when kept, ``CANCELLED`` when dropped) and
``RELATED-TO`` names the post's event. A reply window starts (``DTSTART``)
when its post goes out, so a task list shows it from then.

A reply window is time spent, so it is also a ``VEVENT`` over the window,
``TRANSP:OPAQUE``: calendars that ignore to-dos (Google Calendar) still show
those hours as busy. A dropped window takes no time and has no event.

UIDs are the follow-up's own (:func:`~planner.exchange.ics.fields.followup_uid`),
the same at every export, in a domain no reader takes for a post's: a
re-import of the file never turns them into posts.
"""

from __future__ import annotations

from datetime import datetime

from icalendar import Event, Todo, vInt

from planner.exchange.ics import fields
from planner.exchange.ics.calendar import EventBuilder, Text, text
from planner.i18n import tr
from planner.model import Followup, FollowupKind, FollowupStatus

TODO_STATUS: dict[FollowupStatus, str] = {
    FollowupStatus.OPEN: "NEEDS-ACTION",
    FollowupStatus.LATE: "NEEDS-ACTION",
    FollowupStatus.KEPT: "COMPLETED",
    FollowupStatus.DROPPED: "CANCELLED",
}


class FollowupBuilder:
    """Builds the components of each follow-up with the posts' :class:`EventBuilder`, so
    their instants share its ``VTIMEZONE`` bookkeeping and its stamp."""

    def __init__(self, events: EventBuilder) -> None:
        self._events = events
        self._summaries = {kind: f"ics_export.followup_{kind.value}" for kind in FollowupKind}
        self._labels = {key: tr(f"ics_export.label_{key}") for key in ("owner", "status", "reason")}
        self._statuses = {status: tr(f"followup_status.{status.value}") for status in FollowupStatus}
        self._texts = {value: text(value) for value in (*TODO_STATUS.values(), "OPAQUE", "CONFIRMED")}

    def components(self, followup: Followup, post_uid: str, post_start: datetime) -> list[Todo | Event]:
        """The ``VTODO`` of ``followup`` (of the post ``post_uid``), and its window's ``VEVENT`` if it has one."""
        built: list[Todo | Event] = [self.todo(followup, post_uid, post_start)]
        if followup.kind is FollowupKind.REPLIES and followup.status is not FollowupStatus.DROPPED:
            built.append(self.window(followup, post_uid))
        return built

    def todo(self, followup: Followup, post_uid: str, post_start: datetime) -> Todo:
        events = self._events
        todo = Todo()
        todo["UID"] = text(fields.followup_uid(post_uid, followup.id))
        todo["DTSTAMP"] = events.stamp
        todo["SUMMARY"] = self._summary(followup)
        todo["DESCRIPTION"] = text(self._description(followup))
        if followup.kind is FollowupKind.REPLIES:
            # From the post's start, never after the due instant (a fixed due of a post moved since).
            todo["DTSTART"] = events.instant(min(post_start, followup.due))
        todo["DUE"] = events.instant(followup.due)
        todo["STATUS"] = self._texts[TODO_STATUS[followup.status]]
        if followup.status is FollowupStatus.KEPT and followup.kept_at is not None:
            todo["COMPLETED"] = events.utc(followup.kept_at)
            todo["PERCENT-COMPLETE"] = vInt(100)
        todo["RELATED-TO"] = text(fields.event_uid(post_uid))
        todo["SEQUENCE"] = vInt(followup.version - 1)
        return todo

    def window(self, followup: Followup, post_uid: str) -> Event:
        """The reply window as busy time: ``followup.due`` to its end."""
        events = self._events
        event = Event()
        event["UID"] = text(fields.reply_window_uid(post_uid, followup.id))
        event["DTSTAMP"] = events.stamp
        event["DTSTART"] = events.instant(followup.due)
        event["DTEND"] = events.instant(followup.end)
        event["SUMMARY"] = self._summary(followup)
        event["DESCRIPTION"] = text(self._description(followup))
        event["TRANSP"] = self._texts["OPAQUE"]
        event["STATUS"] = self._texts["CONFIRMED"]
        event["RELATED-TO"] = text(fields.event_uid(post_uid))
        event["SEQUENCE"] = vInt(followup.version - 1)
        return event

    def _summary(self, followup: Followup) -> Text:
        return text(tr(self._summaries[followup.kind], platform=followup.platform, title=followup.title))

    def _description(self, followup: Followup) -> str:
        labels = self._labels
        lines = [followup.note] if followup.note else []
        lines.append(labels["status"].format(value=self._statuses[followup.status]))
        if followup.owner:
            lines.append(labels["owner"].format(value=followup.owner))
        if followup.reason:
            lines.append(labels["reason"].format(value=followup.reason))
        return "\n".join(lines)
