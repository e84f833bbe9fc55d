"""Every instant of an export, as the calendar apps' own parsers read it.

An IT-minded friend checked exports with parsers Dialogos does not use:
ical.js (Thunderbird) put summer posts an hour off when the export spanned
two years, and libical, sabre/vobject and ical.js all read a time of the
repeated autumn hour as its second occurrence. Here one plan spanning two
years, with posts every twenty minutes around each daylight-saving change of
Paris, New York and Lord Howe (whose clocks move by 30 minutes), is exported
once and read by ical.js, libical, vobject, icalendar and ical
(:mod:`tests.helpers.readers`): each must find every start, end and due
instant where the plan has it. Then the same readers check instants around
every change of every IANA zone over the same two years.

ical.js and libical run outside the tests' Python; CI installs them
(``.ci/run``). A machine without them fails here, saying what to install.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

import pytest
from icalendar import Event

from planner import Planner
from planner.exchange.ics import fields
from planner.exchange.ics.calendar import DIALOGOS_COLOUR, EventBuilder, add_events, add_timezones, new_calendar
from planner.exchange.ics.export import ExportOptions, calendar_bytes
from planner.model import FollowupKind, Post, PostFields
from tests.helpers.fixed import NOW
from tests.helpers.readers import READERS, Instants

PARIS, NEW_YORK, LORD_HOWE = "Europe/Paris", "America/New_York", "Australia/Lord_Howe"

CHANGE_DAYS = {
    # The last Sundays of March and October, at 02:00 and 03:00.
    PARIS: (date(2026, 3, 29), date(2026, 10, 25), date(2027, 3, 28), date(2027, 10, 31)),
    # The second Sunday of March and the first of November, at 02:00.
    NEW_YORK: (date(2026, 3, 8), date(2026, 11, 1), date(2027, 3, 14), date(2027, 11, 7)),
    # The first Sundays of April and October, at 02:00: half an hour back, half an hour forward.
    LORD_HOWE: (date(2026, 4, 5), date(2026, 10, 4), date(2027, 4, 4), date(2027, 10, 3)),
}
"""The days each zone's clocks change within the two years of the plan."""

SEASONS = ((2026, 1, 2, 9, 0), (2026, 6, 15, 9, 30), (2026, 12, 20, 18, 0), (2027, 7, 14, 12, 0))
"""Quiet days: both winters and both summers, first year and second (the year ical.js got wrong)."""

DURATIONS = (20, 45, 90)
"""Minutes; cycled, so ends too fall before, inside and after each change."""


@dataclass(frozen=True)
class Expected:
    """Where a component's instants are, and how to name it in a failure."""

    label: str
    instants: dict[str, datetime]


def plan(planner: Planner) -> dict[str, Expected]:
    """The two-year plan, by UID of the components the export will hold."""
    wanted: list[PostFields] = []
    for zone_name, days in CHANGE_DAYS.items():
        tz = ZoneInfo(zone_name)
        for day in days:
            # Every twenty minutes of real time from 23:00 the day before, for six hours: both
            # occurrences of a repeated hour, and the times on either side of a skipped one.
            first = datetime.combine(day - timedelta(days=1), time(23, 0), tz).astimezone(UTC)
            for step in range(18):
                start = (first + timedelta(minutes=20 * step)).astimezone(tz)
                minutes = DURATIONS[step % len(DURATIONS)]
                wanted.append(post_fields(start, zone_name, minutes))
        for at in SEASONS:
            wanted.append(post_fields(datetime(*at, tzinfo=tz), zone_name, 60))
        # The span's last evening: the post ends in the year after.
        wanted.append(post_fields(datetime(2027, 12, 31, 23, 30, tzinfo=tz), zone_name, 60))
    posts = [planner.get_post(i) for i in planner.create_posts(wanted, judge=False).ids]
    expected = {}
    for post in posts:
        assert post.start is not None and post.end is not None
        label = f"{post.title} ({post.duration_minutes} min)"
        expected[fields.event_uid(post.uid)] = Expected(label, {"dtstart": post.start, "dtend": post.end})
    expected.update(promises(planner, posts[0]))
    return expected


def post_fields(start: datetime, zone_name: str, minutes: int) -> PostFields:
    title = f"{zone_name} {start.isoformat()}"
    return PostFields(platform="Instagram", title=title, start=start, timezone=zone_name, duration_minutes=minutes)


def promises(planner: Planner, post: Post) -> dict[str, Expected]:
    """Follow-ups of a March post due in Paris' repeated autumn hour: a reply window from its
    first occurrence into its second, and an answer due in the second."""
    assert post.timezone == PARIS
    tz = ZoneInfo(PARIS)
    due = datetime(2026, 10, 25, 2, 10, tzinfo=tz)
    window = planner.followups.add(post.id, FollowupKind.REPLIES, due=due, duration=60).followups[0]
    due = datetime(2026, 10, 25, 2, 40, fold=1, tzinfo=tz)
    answer = planner.followups.add(post.id, FollowupKind.ANSWER, due=due).followups[0]
    found = {
        fields.followup_uid(post.uid, window.id): Expected(
            "reply window (to-do)", {"dtstart": window.due, "due": window.end}
        ),
        fields.reply_window_uid(post.uid, window.id): Expected(
            "reply window (event)", {"dtstart": window.due, "dtend": window.end}
        ),
        fields.followup_uid(post.uid, answer.id): Expected("answer", {"due": answer.due}),
    }
    return found


def mismatches(expected: dict[str, Expected], read: Instants) -> list[str]:
    """Each instant the reader places elsewhere than the plan, in words."""
    wrong = []
    for uid, wanted in expected.items():
        got = read.get(uid)
        if got is None:
            wrong.append(f"{wanted.label}: missing")
            continue
        for name, moment in wanted.instants.items():
            found = got.get(name)
            if found != moment.astimezone(UTC):
                wrong.append(f"{wanted.label}: {name} read as {found}, is {moment.astimezone(UTC)}")
    return wrong


@pytest.mark.parametrize("reader", READERS)
def test_every_instant_of_a_two_year_plan_reads_right(planner: Planner, reader: str) -> None:
    expected = plan(planner)

    data = calendar_bytes(planner, ExportOptions(followups=True))
    wrong = mismatches(expected, READERS[reader](data))

    assert len(expected) == 3 * (4 * 18 + len(SEASONS) + 1) + 3  # the plan is what it claims to be
    assert wrong == [], f"{reader} reads {len(wrong)} of {len(expected)} components wrong:\n" + "\n".join(wrong)


@pytest.mark.parametrize("reader", READERS)
def test_a_summer_post_of_the_first_year_of_two_reads_right(planner: Planner, reader: str) -> None:
    # The smallest shape of the ical.js bug: a summer post in an export spanning two years,
    # as the default export does. The summer of the second year was right, that of the first not.
    tz = ZoneInfo(PARIS)
    wanted = [(2026, 1, 5), (2026, 6, 5), (2027, 6, 5), (2027, 12, 5)]
    posts = planner.create_posts(
        [PostFields(platform="X", title=str(d), start=datetime(*d, 9, 0, tzinfo=tz), timezone=PARIS) for d in wanted],
        judge=False,
    ).posts

    read = READERS[reader](calendar_bytes(planner, ExportOptions()))

    assert [read[fields.event_uid(post.uid)]["dtstart"] for post in posts] == [post.start_utc for post in posts]


@cache
def every_zone() -> tuple[bytes, dict[str, Expected]]:
    """A calendar with, in every IANA zone, instants around each change of 2026 and 2027.

    Built with the export's own parts (its instants and ``VTIMEZONE``s), without a plan: a
    post in each of some 600 zones would only slow the test down.
    """
    calendar = new_calendar("Every zone", "UTC", DIALOGOS_COLOUR)
    builder = EventBuilder(NOW, None)
    expected: dict[str, Expected] = {}
    events = []
    for zone_name in sorted(available_timezones() - {"Factory", "localtime"}):
        tz = ZoneInfo(zone_name)
        moments = [datetime(2026, 1, 1, 0, 30, tzinfo=tz), datetime(2027, 12, 31, 23, 30, tzinfo=tz)]
        for change in changes(tz, datetime(2026, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC)):
            moments += [(change + timedelta(minutes=m)).astimezone(tz) for m in (-61, -1, 0, 29, 61)]
        for number, moment in enumerate(moments):
            uid = f"{zone_name}-{number}"
            event = Event()
            event["UID"] = uid
            event["DTSTAMP"] = builder.stamp
            event["DTSTART"] = builder.instant(moment)
            events.append(event)
            expected[uid] = Expected(f"{zone_name} {moment.isoformat()}", {"dtstart": moment})
    add_events(calendar, events)
    add_timezones(calendar, builder.zones)
    return calendar.to_ical(), expected


def changes(tz: ZoneInfo, start: datetime, end: datetime) -> list[datetime]:
    """The instants ``tz`` changes its offset between two UTC instants, to the minute."""
    found = []
    moment, offset = start, start.astimezone(tz).utcoffset()
    while moment < end:
        following = moment + timedelta(hours=12)
        if following.astimezone(tz).utcoffset() != offset:
            while (following - moment) > timedelta(minutes=1):
                middle = moment + timedelta(minutes=(following - moment) // timedelta(minutes=2))
                if middle.astimezone(tz).utcoffset() == offset:
                    moment = middle
                else:
                    following = middle
            found.append(following)
        moment, offset = following, following.astimezone(tz).utcoffset()
    return found


@pytest.mark.parametrize("reader", READERS)
def test_instants_around_every_change_of_every_zone_read_right(reader: str) -> None:
    data, expected = every_zone()

    wrong = mismatches(expected, READERS[reader](data))

    assert wrong == [], f"{reader} reads {len(wrong)} of {len(expected)} instants wrong:\n" + "\n".join(wrong[:40])
