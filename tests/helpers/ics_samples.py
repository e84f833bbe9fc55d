"""Helpers of the iCalendar import tests: the fixture files and calendars written inline."""

from __future__ import annotations

from tests.helpers.paths import FIXTURES as ALL_FIXTURES

FIXTURES = ALL_FIXTURES / "ics"


def fixture(name: str) -> bytes:
    """One of the files under ``tests/fixtures/ics`` (quirks of real calendar apps)."""
    return (FIXTURES / name).read_bytes()


def calendar(*events: str, head: str = "", prodid: str = "-//Tests//Dialogos//EN") -> bytes:
    """A calendar around ``events`` (each a VEVENT's lines), CRLF-ended as RFC 5545 says; ``prodid`` names
    the app whose shape it reproduces."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}"]
    if head:
        lines.append(head.strip("\n"))
    lines += [e.strip("\n") for e in events]
    lines.append("END:VCALENDAR")
    return ("\r\n".join("\n".join(lines).split("\n")) + "\r\n").encode()


def event(
    uid: str = "launch-1@example.org",
    summary: str = "Spring launch",
    start: str = "DTSTART;TZID=Europe/Paris:20260615T090000",
    end: str = "DTEND;TZID=Europe/Paris:20260615T100000",
    *more: str,
) -> str:
    """A VEVENT with the given lines; an empty argument leaves that property out."""
    lines = ["BEGIN:VEVENT", "DTSTAMP:20260601T120000Z"]
    lines += [line for line in (f"UID:{uid}" if uid else "", f"SUMMARY:{summary}", start, end, *more) if line]
    lines.append("END:VEVENT")
    return "\n".join(lines)
