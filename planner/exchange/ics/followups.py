"""Follow-ups as iCalendar components, beside their post's ``VEVENT``.

Each follow-up is a ``VTODO`` (RFC 5545 §3.6.2): ``DUE`` is the instant after which
Dialogos calls it late, in the post's zone (a reply window's end, from ``DTSTART``
when it opens; the other kinds' due instant), ``STATUS``
says where it stands (``NEEDS-ACTION`` open or late, ``COMPLETED`` with the
``COMPLETED`` instant in UTC when kept, ``CANCELLED`` when dropped) and
``RELATED-TO`` names the post's event.

A reply window is time spent, so it is also a ``VEVENT`` over the window,
``TRANSP:OPAQUE``: calendars that ignore to-dos (Google Calendar) still show
those hours as busy. A dropped window takes no time and has no event.

UIDs are the follow-up's own (:func:`~planner.exchange.ics.fields.followup_uid`),
the same at every export, in a domain no reader takes for a post's: a
re-import of the file never turns them into posts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from icalendar import Event, Todo, vDDDTypes, vInt

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


@dataclass(frozen=True, slots=True)
class _Shared:
    """Values a follow-up's to-do and its window's event both hold (never changed once built)."""

    summary: Text
    description: Text
    related: Text
    due: vDDDTypes
    sequence: vInt


class FollowupBuilder:
    """Builds the components of each follow-up with the posts' :class:`EventBuilder`, so
    their instants share its ``VTIMEZONE`` bookkeeping and its stamp."""

    def __init__(self, events: EventBuilder) -> None:
        self._events = events
        self._summaries = {kind: f"ics_export.followup_{kind.value}" for kind in FollowupKind}
        self._labels = {key: tr(f"ics_export.label_{key}") for key in ("owner", "status", "reason")}
        self._statuses = {status: tr(f"followup_status.{status.value}") for status in FollowupStatus}
        self._texts = {value: text(value) for value in (*TODO_STATUS.values(), "OPAQUE", "CONFIRMED")}
        self._complete = vInt(100)

    def components(self, followup: Followup, post_uid: str, post_start: datetime) -> list[Todo | Event]:
        """The ``VTODO`` of ``followup`` (of the post ``post_uid``), and its window's ``VEVENT`` if it has one.

        The values both share (summary, description, post, due instant) are built once.
        """
        events = self._events
        shared = _Shared(
            summary=self._summary(followup),
            description=text(self._description(followup)),
            related=text(fields.event_uid(post_uid)),
            due=events.instant(followup.due),
            sequence=vInt(followup.version - 1),
        )
        built: list[Todo | Event] = [self._todo(followup, post_uid, post_start, shared)]
        if followup.kind is FollowupKind.REPLIES and followup.status is not FollowupStatus.DROPPED:
            built.append(self._window(followup, post_uid, shared))
        return built

    def _todo(self, followup: Followup, post_uid: str, post_start: datetime, shared: _Shared) -> Todo:
        events = self._events
        todo = Todo()
        todo["UID"] = text(fields.followup_uid(post_uid, followup.id))
        todo["DTSTAMP"] = events.stamp
        todo["SUMMARY"] = shared.summary
        todo["DESCRIPTION"] = shared.description
        if followup.kind is FollowupKind.REPLIES:
            # A window's to-do runs from its opening to its end, when Dialogos calls it late.
            todo["DTSTART"] = shared.due
            todo["DUE"] = events.instant(followup.end)
        else:
            todo["DUE"] = shared.due
        todo["STATUS"] = self._texts[TODO_STATUS[followup.status]]
        if followup.status is FollowupStatus.KEPT and followup.kept_at is not None:
            todo["COMPLETED"] = events.utc(followup.kept_at)
            todo["PERCENT-COMPLETE"] = self._complete
        todo["RELATED-TO"] = shared.related
        todo["SEQUENCE"] = shared.sequence
        return todo

    def _window(self, followup: Followup, post_uid: str, shared: _Shared) -> Event:
        """The reply window as busy time: ``followup.due`` to its end."""
        event = Event()
        event["UID"] = text(fields.reply_window_uid(post_uid, followup.id))
        event["DTSTAMP"] = self._events.stamp
        event["DTSTART"] = shared.due
        event["DTEND"] = self._events.instant(followup.end)
        event["SUMMARY"] = shared.summary
        event["DESCRIPTION"] = shared.description
        event["TRANSP"] = self._texts["OPAQUE"]
        event["STATUS"] = self._texts["CONFIRMED"]
        event["RELATED-TO"] = shared.related
        event["SEQUENCE"] = shared.sequence
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
