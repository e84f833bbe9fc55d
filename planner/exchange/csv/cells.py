"""Reading one cell of a CSV file: dates, times and offsets as people and spreadsheets write them."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from planner.errors import ValidationError
from planner.exchange.csv.columns import unguard
from planner.timezones import localize, within_years

__all__ = [
    "either_order",
    "format_offset",
    "free_text",
    "header_order",
    "localize_at",
    "optional",
    "parse_date",
    "parse_datetime",
    "parse_offset",
    "parse_time",
    "slashed_parts",
]

_T = TypeVar("_T")

_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_FRENCH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_TIME = re.compile(r"(\d{1,2})(?:\s*[hH]\s*(\d{2})?|:(\d{2})(?::(\d{2}))?)")
# An en-US spreadsheet's 12-hour clock: 9:15 PM, 09:15:00 AM, 9 pm, 9:15 p.m.
_TWELVE_HOUR = re.compile(r"(\d{1,2})(?::(\d{2})(?::(\d{2}))?)?\s*([AaPp])\.?\s*[Mm]\.?")
# A header that spells its dates' layout: "Date (MM/DD/YYYY HH:MM)", "Date (DD/MM/YYYY)", "Date (JJ/MM/AAAA)".
_SPELLED_ORDER = re.compile(r"\b(mm?|dd?|jj?)\s*[/.-]\s*(mm?|dd?|jj?)\s*[/.-]\s*(?:yy|aa)", re.IGNORECASE)
_OFFSET = re.compile(r"(?:UTC|GMT)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?(?::(\d{2}))?", re.IGNORECASE)


def parse_date(text: str, *, month_first: bool = False) -> date:
    """``2026-06-01``, or ``01/06/2026`` as French spreadsheets write it (day first, unless ``month_first``:
    ``06/01/2026`` as a mapped file from an en-US tool says it, never guessed row by row)."""
    iso = _ISO_DATE.fullmatch(text)
    slashed = None if iso else _FRENCH_DATE.fullmatch(text)
    try:
        if iso:
            day = date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        elif slashed:
            first, second = int(slashed.group(1)), int(slashed.group(2))
            month, day_of_month = (first, second) if month_first else (second, first)
            day = date(int(slashed.group(3)), month, day_of_month)
        else:
            raise ValueError(text)
    except ValueError:
        raise ValidationError("error.csv_bad_date", value=text[:40]) from None
    within_years(day, text)
    return day


def parse_datetime(text: str, *, month_first: bool = False) -> datetime:
    """A date and a time in one cell, as Hootsuite's bulk file and other tools write them:
    ``06/01/2026 09:15``, ``2026-06-01T09:15:00``, ``01/06/2026 9:15 PM``."""
    day_text, _, time_text = text.replace("T", " ", 1).partition(" ")
    if not time_text.strip():
        raise ValidationError("error.csv_bad_datetime", value=text[:40])
    try:
        return datetime.combine(parse_date(day_text, month_first=month_first), parse_time(time_text.strip()))
    except ValidationError:
        raise ValidationError("error.csv_bad_datetime", value=text[:40]) from None


def slashed_parts(text: str) -> tuple[int, int] | None:
    """The first two numbers of a ``N/N/YYYY`` date at the start of ``text``: what tells day-first from
    month-first in a column (a 13 or more can only be a day)."""
    found = _FRENCH_DATE.match(text)
    return (int(found.group(1)), int(found.group(2))) if found else None


def either_order(text: str) -> tuple[date, date] | None:
    """The two dates a ``N/N/YYYY`` date at the start of ``text`` can be, day first then month first, when
    they differ: what a file must settle (``06/05/2027`` is 6 May or 5 June); None when it is one date."""
    found = _FRENCH_DATE.match(text)
    if not found:
        return None
    first, second, year = int(found.group(1)), int(found.group(2)), int(found.group(3))
    if first == second or not (1 <= first <= 12 and 1 <= second <= 12):
        return None
    try:
        return date(year, second, first), date(year, first, second)
    except ValueError:  # a year out of range: a bad date, said as such when the row is read
        return None


def parse_time(text: str) -> time:
    """``09:30``, ``9:30``, ``9h30``, ``9h`` or ``09:30:00``; ``9:30 PM`` or ``09:30:00 AM`` (en-US sheets)."""
    found = _TIME.fullmatch(text)
    if found:
        hour, minute, second = int(found.group(1)), int(found.group(2) or found.group(3) or 0), int(found.group(4) or 0)
    else:
        found = _TWELVE_HOUR.fullmatch(text)
        if not found or not 1 <= int(found.group(1)) <= 12:
            raise ValidationError("error.csv_bad_time", value=text[:40])
        # 12 AM is midnight and 12 PM noon: the 12 counts as 0 before the half day is added.
        hour = int(found.group(1)) % 12 + (12 if found.group(4) in "Pp" else 0)
        minute, second = int(found.group(2) or 0), int(found.group(3) or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValidationError("error.csv_bad_time", value=text[:40])
    return time(hour, minute, second)


def parse_offset(text: str) -> timedelta:
    """``UTC+02:00``, ``+02:00``, ``+0200``, ``GMT-5``; ``UTC`` or ``Z`` alone is zero."""
    if text.upper() in ("UTC", "GMT", "Z"):
        return timedelta(0)
    found = _OFFSET.fullmatch(text)
    if not found:
        raise ValidationError("error.csv_bad_offset", value=text[:40])
    size = timedelta(hours=int(found.group(2)), minutes=int(found.group(3) or 0), seconds=int(found.group(4) or 0))
    return size if found.group(1) == "+" else -size


def localize_at(wall: datetime, zone_name: str, offset: timedelta | None, *, strict: bool = False) -> datetime:
    """``wall`` in the zone: the first of two ambiguous times, unless ``offset`` names the second.

    A time in the spring-forward gap is refused with the core's message; with
    ``strict``, so is an ``offset`` the zone never has at that time.
    """
    first = localize(wall, zone_name)
    if offset is not None and first.utcoffset() != offset:
        second = wall.replace(tzinfo=first.tzinfo, fold=1)
        if second.utcoffset() == offset:
            return second
        if strict:
            raise ValidationError(
                "error.csv_offset_mismatch",
                offset=format_offset(offset),
                time=wall.strftime("%Y-%m-%d %H:%M"),
                zone=zone_name,
            )
    return first


def format_offset(offset: timedelta) -> str:
    """``UTC+02:00``: spreadsheets keep it as text, where a bare ``+02:00`` may become a time."""
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    text = f"UTC{sign}{hours:02d}:{minutes:02d}"
    return f"{text}:{seconds:02d}" if seconds else text


def optional(read: Callable[[str], _T]) -> Callable[[str], _T | None]:
    """``read`` on a trimmed cell; an empty cell is None."""

    def reading(cell: str) -> _T | None:
        text = cell.strip()
        return read(text) if text else None

    return reading


def free_text(read: Callable[[str], str]) -> Callable[[str], str]:
    """``read`` on a cell of free text, its formula guard removed."""
    return lambda cell: read(unguard(cell))


def header_order(header: str) -> bool | None:
    """What a header says of its dates: month first (``MM/DD/YYYY``), day first (``DD/MM/YYYY``,
    ``JJ/MM/AAAA``), or nothing (None)."""
    spelled = _SPELLED_ORDER.search(header)
    if spelled is None:
        return None
    first, second = spelled.group(1)[0].lower(), spelled.group(2)[0].lower()
    if first == "m" and second in "dj":
        return True
    if first in "dj" and second == "m":
        return False
    return None
