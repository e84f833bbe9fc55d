"""The ``VTIMEZONE`` an export writes: yearly rules, as tzurl.org writes them, right over the span.

Read with vobject, which builds a zone from the file's own definition
(python-dateutil's ``tzical``), never with the zoneinfo data the component
was made from.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.exchange.ics.vtimezones import vtimezone


def lines(zone_name: str, first: int, last: int) -> list[str]:
    return vtimezone(zone_name, first, last).to_ical().decode().splitlines()


def observances(zone_name: str, first: int, last: int) -> list[dict[str, str]]:
    """Each observance's properties, in the file's order, with its kind under ``KIND``."""
    found: list[dict[str, str]] = []
    for line in lines(zone_name, first, last):
        if line in ("BEGIN:STANDARD", "BEGIN:DAYLIGHT"):
            found.append({"KIND": line.removeprefix("BEGIN:")})
        elif found and ":" in line and not line.startswith("END:"):
            name, value = line.split(":", 1)
            found[-1][name] = value
    return found


def _calendar_text(zone_name: str, first: int, last: int) -> str:
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tests//EN", *lines(zone_name, first, last), "END:VCALENDAR"]
    return "\r\n".join(body) + "\r\n"


def read_back(zone_name: str, first: int, last: int) -> Any:
    """The zone vobject builds from the component alone."""
    return vobject.readOne(_calendar_text(zone_name, first, last)).vtimezone.gettzinfo()


def read_back_by_icalendar(zone_name: str, first: int, last: int) -> Any:
    """The zone icalendar builds from the component alone (``Timezone.to_tz``)."""
    return icalendar.Calendar.from_ical(_calendar_text(zone_name, first, last)).walk("VTIMEZONE")[0].to_tz()


def test_one_rule_per_observance_when_the_rules_hold_over_the_span() -> None:
    assert observances("Europe/Paris", 2026, 2027) == [
        # In force on 1 January 2026: from the autumn before, so no instant is before every onset
        # (ical.js would place it in UTC).
        {
            "KIND": "STANDARD",
            "DTSTART": "20251026T030000",
            "RRULE": "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
            "TZNAME": "CET",
            "TZOFFSETFROM": "+0200",
            "TZOFFSETTO": "+0100",
        },
        {
            "KIND": "DAYLIGHT",
            "DTSTART": "20260329T020000",  # the wall time before the change (RFC 5545 §3.6.5)
            "RRULE": "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
            "TZNAME": "CEST",
            "TZOFFSETFROM": "+0100",
            "TZOFFSETTO": "+0200",
        },
    ]


def test_a_nth_weekday_rule_and_half_hour_offsets() -> None:
    found = observances("Australia/Lord_Howe", 2026, 2027)
    rules = [(o["KIND"], o["RRULE"], o["TZOFFSETFROM"], o["TZOFFSETTO"]) for o in found]

    assert rules == [
        ("DAYLIGHT", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=10", "+1030", "+1100"),
        ("STANDARD", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=4", "+1100", "+1030"),
    ]
    assert [(o["KIND"], o["RRULE"]) for o in observances("America/New_York", 2026, 2027)] == [
        ("STANDARD", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"),
        ("DAYLIGHT", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"),
    ]


def test_rules_that_change_within_the_span_are_split_and_closed_by_until() -> None:
    # The United States moved their changes in 2007 (Energy Policy Act of 2005).
    rules = [(o["KIND"], o["DTSTART"], o["RRULE"]) for o in observances("America/New_York", 2005, 2008)]

    assert rules == [
        ("STANDARD", "20041031T020000", "FREQ=YEARLY;UNTIL=20061029T060000Z;BYDAY=-1SU;BYMONTH=10"),
        ("DAYLIGHT", "20050403T020000", "FREQ=YEARLY;UNTIL=20060402T070000Z;BYDAY=1SU;BYMONTH=4"),
        ("DAYLIGHT", "20070311T020000", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"),
        ("STANDARD", "20071104T020000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"),
    ]


def test_an_until_east_of_greenwich_keeps_the_last_change_for_every_reader() -> None:
    # Summer time in the European Union ended in September until 1995, in October from 1996.
    # The last September change is at 01:00 UTC, 03:00 on the wall: readers that compare
    # UNTIL with wall times (dateutil, icalendar) would drop it at 01:00.
    [september] = [o for o in observances("Europe/Paris", 1995, 1996) if "BYMONTH=9" in o.get("RRULE", "")]

    assert september["RRULE"] == "FREQ=YEARLY;UNTIL=19950924T030000Z;BYDAY=-1SU;BYMONTH=9"
    assert datetime(1995, 9, 24, 2, 0, tzinfo=UTC).astimezone(read_back("Europe/Paris", 1995, 1996)).utcoffset() == (
        timedelta(hours=1)
    )


def test_a_zone_without_changes_has_one_standard() -> None:
    assert observances("Asia/Kolkata", 2026, 2027) == [
        {
            "KIND": "STANDARD",
            "DTSTART": "19700101T000000",
            "TZNAME": "IST",
            "TZOFFSETFROM": "+0530",
            "TZOFFSETTO": "+0530",
        }
    ]


def test_a_negative_summer_shift_still_gives_a_standard_and_a_daylight() -> None:
    # zoneinfo calls Dublin's winter a negative summer time; calendar apps expect GMT as the
    # standard time and IST as the summer one.
    kinds = [(o["KIND"], o["TZNAME"]) for o in observances("Europe/Dublin", 2026, 2027)]

    assert kinds == [("STANDARD", "GMT"), ("DAYLIGHT", "IST")]


def test_changes_that_follow_no_weekday_rule_stand_alone_and_no_rdate_is_written() -> None:
    # Morocco sets its clocks back for Ramadan, whose dates move every year: each change is an
    # observance of its own (DTSTART alone), never an RDATE, which ical.js and Outlook misread.
    text = "\n".join(lines("Africa/Casablanca", 2026, 2027))

    assert "RDATE" not in text
    assert text.count("BEGIN:STANDARD") + text.count("BEGIN:DAYLIGHT") >= 4


ZONES = [
    "Europe/Paris",
    "America/New_York",
    "Australia/Lord_Howe",
    "America/Santiago",
    "Pacific/Chatham",
    "Africa/Casablanca",
    "Asia/Gaza",
    "Asia/Tehran",
    "Europe/Dublin",
    "Europe/Moscow",
    "America/Sao_Paulo",
    "America/Mexico_City",
    "Africa/Cairo",
    "Asia/Jerusalem",
    "Pacific/Apia",
    "Antarctica/Troll",
    "Asia/Kolkata",
    "UTC",
]
"""Zones with every kind of history: 30- and 45-minute offsets, summer times abolished or brought
back, dates that move, negative summer time, a two-hour change, none at all."""


@settings(max_examples=40)
@given(zone_name=st.sampled_from(ZONES), first=st.integers(1990, 2035), years=st.integers(0, 2))
def test_the_component_says_what_zoneinfo_says_over_the_whole_span(zone_name: str, first: int, years: int) -> None:
    last = first + years
    truth = ZoneInfo(zone_name)
    try:
        wrong = _off(read_back(zone_name, first, last), truth, first, last)
    except (ValueError, vobject.base.ParseError):
        # dateutil, vobject's reader, cannot hold a summer time of 24 hours or more (datetime refuses
        # such a dst()): Samoa's jump over 30 December 2011, from -10:00 to +14:00, both summer times;
        # nor a zone with summer times only (Morocco's Ramadan changes of 2016-2018, which zoneinfo calls
        # summer time both ways). The component says them as they are (ical.js and libical read them):
        # icalendar's reading checks those spans.
        wrong = _off(read_back_by_icalendar(zone_name, first, last), truth, first, last)
    assert wrong == [], f"{zone_name} {first}-{last}: {len(wrong)} instants off, from {wrong[0]}"


def _off(definition: Any, truth: ZoneInfo, first: int, last: int) -> list[datetime]:
    """The instants from the year ``first`` to ``last`` (and 14 hours either side) whose offset
    ``definition`` gives otherwise than ``truth``, every 11 h 07 min (so every hour of the day is met)."""
    moment = datetime(first, 1, 1, tzinfo=UTC) - timedelta(hours=14)
    end = datetime(last + 1, 1, 1, tzinfo=UTC) + timedelta(hours=14)
    wrong = []
    while moment < end:
        if moment.astimezone(definition).utcoffset() != moment.astimezone(truth).utcoffset():
            wrong.append(moment)
        moment += timedelta(hours=11, minutes=7)
    return wrong


@pytest.mark.parametrize(
    ("zone_name", "first", "last"), [("Pacific/Apia", 2009, 2011), ("Africa/Casablanca", 2016, 2018)]
)
def test_spans_vobject_cannot_read_are_right_to_the_minute(zone_name: str, first: int, last: int) -> None:
    # The examples hypothesis found: vobject's reader cannot read them, icalendar's does.
    truth = ZoneInfo(zone_name)
    assert _off(read_back_by_icalendar(zone_name, first, last), truth, first, last) == []
