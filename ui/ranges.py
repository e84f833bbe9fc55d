"""Which days a view shows: a week from the locale's first day, a month, twelve weeks.

Only calendar display lives here (where a week starts is the locale's
business); the instants of those days come from the core's
:func:`planner.timezones.day_range`, in the planning zone.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt

INSIGHT_WEEKS = 12
MOVE_STEP_MINUTES = 15
"""How far Edit ▸ Move post moves a post earlier or later (Shift+Up, Shift+Down)."""
MONTH_WEEKS = 6
"""A month page always shows six weeks, so that every month fits and the page never changes height."""
MIN_DAY_CELL = 36
"""A month's day cell is never smaller than this, in pixels."""


def python_date(day: QDate) -> date:
    """A date edit's day as the core takes it (what ``QDate.toPython`` gives, typed)."""
    return date(day.year(), day.month(), day.day())


def month_header_height(line: int) -> int:
    """The height of the month page's row of day names, for a font ``line`` pixels high."""
    return line + 8


def month_minimum_height(line: int) -> int:
    """The month page's least height, for a font ``line`` pixels high. The window keeps room for it
    before the page is made, so that showing the month the first time never makes the window taller."""
    return month_header_height(line) + MONTH_WEEKS * MIN_DAY_CELL


def first_weekday(locale: QLocale | None = None) -> int:
    """The locale's first day of the week, Monday = 0 (Monday in France, Sunday in the US)."""
    first = (locale or QLocale()).firstDayOfWeek()
    return (first.value if isinstance(first, Qt.DayOfWeek) else int(first)) - 1


def week_days(anchor: date, locale: QLocale | None = None) -> tuple[date, date]:
    """The seven days around ``anchor``, starting on the locale's first day."""
    first = anchor - timedelta(days=(anchor.weekday() - first_weekday(locale)) % 7)
    return first, first + timedelta(days=6)


def month_days(anchor: date) -> tuple[date, date]:
    last = calendar.monthrange(anchor.year, anchor.month)[1]
    return anchor.replace(day=1), anchor.replace(day=last)


def shift_month(anchor: date, months: int) -> date:
    index = anchor.year * 12 + anchor.month - 1 + months
    year, month = divmod(index, 12)
    day = min(anchor.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)
