"""Posts as iCalendar components (RFC 5545, RFC 7986), built with ``icalendar``.

One ``VEVENT`` per post, one ``VTIMEZONE`` per zone used, calendar properties
that Google Calendar, Outlook, Apple Calendar and Thunderbird read. The
``X-DIALOGOS-*`` properties (:mod:`planner.exchange.ics.fields`) carry the
post's own fields so Dialogos re-imports its export exactly. Texts meant for
people (``SUMMARY``, ``DESCRIPTION``, ``CATEGORIES``) are in the current language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event, vCategory, vDDDTypes, vDuration, vInt, vText, vUri

from planner.exchange.ics import fields
from planner.exchange.ics.colours import nearest_css_name
from planner.exchange.ics.vtimezones import vtimezone
from planner.i18n import tr
from planner.model import Post, Side, Status
from planner.version import __version__

PRODID = f"-//Dialogos//Dialogos {__version__}//EN"

SIDE_MARKS: dict[Side, str] = {
    Side.CONVERSATION: "\N{SPEECH BALLOON}",
    Side.INFORMATION: "\N{NEWSPAPER}",
    Side.PROMOTION: "\N{SHOPPING TROLLEY}",
}
"""The mark before a title in ``SUMMARY``: the side at a glance in a crowded week.

One code point each, with an emoji look by default (no variation selector
needed), so every client shows them alike: a speech balloon for dialogue, a
newspaper for the brand's own news, a shopping trolley for selling.
"""

EVENT_STATUS: dict[Status, str] = {
    Status.DRAFT: "TENTATIVE",
    Status.READY: "TENTATIVE",
    Status.IN_REVIEW: "TENTATIVE",
    Status.APPROVED: "TENTATIVE",
    Status.SCHEDULED: "CONFIRMED",
    Status.PUBLISHED: "CONFIRMED",
    Status.CANCELLED: "CANCELLED",
}


_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def plain(text: str) -> str:
    """``text`` as iCalendar TEXT can hold it: line breaks as ``\\n``, no control characters.

    RFC 5545 §3.3.11 has no escape for a carriage return or a control
    character: CR LF and a lone CR become a line break, the others (invisible
    anyway) are left out. Tabs stay.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)


class Text(vText):
    """A TEXT value escaped as RFC 5545 §3.3.11 says, and only so.

    icalendar's own escaping first turns a backslash followed by ``N`` into a
    line break, so "C:\\New" would come back on two lines; this keeps every
    backslash. Build it from :func:`plain` text.
    """

    __slots__ = ()

    def to_ical(self) -> bytes:
        escaped = self.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
        return escaped.encode("utf-8")


def text(value: str) -> Text:
    """The TEXT value of ``value``."""
    return Text(plain(value))


class Categories(vCategory):
    """``CATEGORIES`` whose names are escaped like :class:`Text`."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(names)
        self.cats = [Text(plain(name)) for name in names]


DIALOGOS_COLOUR = "#3FB37F"
"""The colour of a calendar of several platforms: the conversation green of Dialogos' icon.

A single-platform calendar has its platform's colour; a mixed one has no
platform to take it from, and a calendar app left to choose would give it a
colour of its own at each subscription."""

REFRESH_INTERVAL = timedelta(hours=1)
"""How often a calendar app should fetch a subscribed (live) file again.

An hour: a plan changes over the day, and the file is rewritten only when it
does, so a client polling hourly costs little. Google Calendar ignores it and
refreshes every 12 to 24 hours whatever the file says."""


def new_calendar(name: str, planning_zone: str, colour: str, *, subscribed: bool = False) -> Calendar:
    """An empty calendar with its RFC 5545 / RFC 7986 properties.

    ``COLOR`` must be a CSS3 colour name (RFC 7986 §5.9): the nearest name to
    ``colour``; the exact ``#RRGGBB`` goes in ``X-APPLE-CALENDAR-COLOR``. A
    ``subscribed`` calendar (the live file) says how often to fetch it again,
    in RFC 7986's ``REFRESH-INTERVAL`` and in ``X-PUBLISHED-TTL``, Outlook's
    and Apple Calendar's older name for it.
    """
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    calendar.add("NAME", text(name))
    calendar.add("X-WR-CALNAME", text(name))
    calendar.add("X-WR-TIMEZONE", planning_zone)
    calendar.add("COLOR", nearest_css_name(colour))
    calendar.add("X-APPLE-CALENDAR-COLOR", colour.upper())
    if subscribed:
        # RFC 7986 §5.7: the value type is required, not implied.
        calendar.add("REFRESH-INTERVAL", vDuration(REFRESH_INTERVAL, params={"VALUE": "DURATION"}))
        calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH_INTERVAL))
    return calendar


class EventBuilder:
    """Builds the ``VEVENT`` of each post and remembers the zones they use.

    Property values are given to icalendar already typed (``vText``,
    ``vDDDTypes``…), which spares its per-value type guessing, and the ones
    that repeat from post to post (platform, status, category, stamp…) are
    built once and shared: a big export costs little more than icalendar's
    own serialisation. Nothing here changes a value once built.
    """

    def __init__(self, stamp: datetime, reminder_minutes: int | None) -> None:
        self._stamp = vDDDTypes(stamp.astimezone(UTC))
        self._trigger = None if reminder_minutes is None else vDDDTypes(timedelta(minutes=-reminder_minutes))
        self._display = text("DISPLAY")
        self._labels = {key: tr(f"ics_export.label_{key}") for key in ("category", "side", "status", "link")}
        self._sides = {side: tr(f"side.{side.value}") for side in Side}
        self._statuses = {status: tr(f"status.{status.value}") for status in Status}
        self._texts: dict[str, Text] = {}
        self._instants: dict[datetime, vDDDTypes] = {}
        self._categories: dict[tuple[str, ...], Categories] = {}
        self._integers: dict[int, vInt] = {}
        self.zones: dict[str, tuple[int, int]] = {}
        """Zone name -> (first year, last year) of the instants written in that zone."""

    def event(self, post: Post) -> Event:
        """The ``VEVENT`` of a dated post."""
        start, end = post.start, post.end
        assert start is not None and end is not None, "ideas have no date and are never exported"
        side = self._sides[post.side] if post.side else None
        mark = f"{SIDE_MARKS[post.side]} " if post.side else ""
        summary = text(f"[{post.platform}] {mark}{post.title}")
        shared = self._shared
        event = Event()
        # Each property once, set as a dict item: what add() does for a first
        # value, without its checks for appending, which cost a big export.
        event["UID"] = text(fields.event_uid(post.uid))
        event["DTSTAMP"] = self._stamp
        event["DTSTART"] = self._instant(start)
        event["DTEND"] = self._instant(end)
        event["SUMMARY"] = summary
        event["DESCRIPTION"] = text(self._description(post, side))
        event["CATEGORIES"] = self._categories_of(post.category, side, post.platform)
        event["STATUS"] = shared(EVENT_STATUS[post.status])
        event["SEQUENCE"] = self._integer(post.version - 1)
        event["CREATED"] = self._utc(post.created_at)
        event["LAST-MODIFIED"] = self._utc(post.updated_at)
        if post.link:
            event["URL"] = vUri(post.link)
        # The post's own values, for an exact re-import; a missing one means
        # an empty field or none. Typed as TEXT: an X- property is otherwise
        # written raw, and a comma or a newline in it would break the file.
        event[fields.X_PLATFORM] = shared(post.platform)
        event[fields.X_TITLE] = text(post.title)
        if post.body:
            event[fields.X_BODY] = text(post.body)
        if post.category:
            event[fields.X_CATEGORY] = shared(post.category)
        if post.side:
            event[fields.X_SIDE] = shared(post.side.value)
        event[fields.X_STATUS] = shared(post.status.value)
        if post.campaign:
            event[fields.X_CAMPAIGN] = shared(post.campaign)
        if post.author:
            event[fields.X_AUTHOR] = shared(post.author)
        event[fields.X_VERSION] = shared(str(post.version))
        event[fields.X_TIMEZONE] = shared(post.timezone)
        if self._trigger is not None:
            alarm = Alarm()
            alarm["ACTION"] = self._display
            alarm["TRIGGER"] = self._trigger
            alarm["DESCRIPTION"] = summary
            event.add_component(alarm)
        return event

    def instant(self, moment: datetime) -> vDDDTypes:
        """``moment`` as written, in its zone; the zone's years are noted for its ``VTIMEZONE``."""
        return self._instant(moment)

    def utc(self, moment: datetime) -> vDDDTypes:
        """``moment`` in UTC, each value built once."""
        return self._utc(moment)

    @property
    def stamp(self) -> vDDDTypes:
        """The ``DTSTAMP`` of every component of the export."""
        return self._stamp

    def _instant(self, moment: datetime) -> vDDDTypes:
        value = vDDDTypes(_written(moment))
        tzid = value.params.get("TZID")
        if tzid:
            first, last = self.zones.get(tzid, (moment.year, moment.year))
            self.zones[tzid] = (min(first, moment.year), max(last, moment.year))
        return value

    def _description(self, post: Post, side: str | None) -> str:
        labels = self._labels
        lines = [labels["category"].format(value=post.category)] if post.category else []
        if side:
            lines.append(labels["side"].format(value=side))
        lines.append(labels["status"].format(value=self._statuses[post.status]))
        if post.link:
            lines.append(labels["link"].format(value=post.link))
        details = "\n".join(lines)
        return f"{post.body}\n\n{details}" if post.body else details

    def _shared(self, value: str) -> Text:
        shared = self._texts.get(value)
        if shared is None:
            shared = self._texts[value] = text(value)
        return shared

    def _utc(self, moment: datetime) -> vDDDTypes:
        value = self._instants.get(moment)
        if value is None:
            value = self._instants[moment] = vDDDTypes(moment.astimezone(UTC))
        return value

    def _integer(self, number: int) -> vInt:
        value = self._integers.get(number)
        if value is None:
            value = self._integers[number] = vInt(number)
        return value

    def _categories_of(self, *names: str | None) -> Categories:
        key = tuple(name for name in names if name)
        value = self._categories.get(key)
        if value is None:
            value = self._categories[key] = Categories(list(key))
        return value


def _written(moment: datetime) -> datetime:
    """``moment`` as written: in its zone (with a TZID), or in UTC when its wall time is not one instant.

    A wall time of the autumn hour that happens twice is written in UTC,
    whichever occurrence it is. RFC 5545 §3.3.5 says such a time means its
    first occurrence, but libical (Evolution), sabre/vobject and ical.js
    (Thunderbird) read the second: in UTC every reader agrees. The same goes
    for a wall time the zone skips, which no post has but which would be
    read as either side of the gap.
    """
    if moment.replace(fold=1 - moment.fold).utcoffset() != moment.utcoffset():
        return moment.astimezone(UTC)
    return moment


def add_timezones(calendar: Calendar, zones: dict[str, tuple[int, int]]) -> None:
    """A ``VTIMEZONE`` for each zone, covering the years its instants fall in, before the events."""
    for position, (zone_name, (first, last)) in enumerate(sorted(zones.items())):
        calendar.subcomponents.insert(position, vtimezone(zone_name, first, last))


def add_events(calendar: Calendar, events: Iterable[Event]) -> None:
    calendar.subcomponents.extend(events)
