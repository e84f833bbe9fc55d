"""The words over the calendar: the range's title ("Week 25 · 15–21 Jun 2026"), and
which breach messages each shown post's card carries.

The texts keep the main window's translation context ("MainWindow"), where they were written first.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from planner.balance.verdicts import Breach
from ui import ranges
from ui.window.actions import View


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def range_title(view: View, first: date, last: date, week: int) -> str:
    """The title of the range ``first``…``last`` shown in ``view`` (``week``: the ISO week shown)."""
    locale = QLocale()
    if view is View.MONTH:
        title = locale.toString(
            _qdate(first), QCoreApplication.translate("MainWindow", "MMMM yyyy", "QLocale format of a month's title")
        )
        return title[:1].upper() + title[1:]  # "juin 2026" heads a page: "Juin 2026"
    full = QCoreApplication.translate("MainWindow", "d MMM yyyy", "QLocale format of the last day of a week")
    if (first.year, first.month) == (last.year, last.month):
        start_format = QCoreApplication.translate(
            "MainWindow", "d", "QLocale format of a week's first day, same month as its last"
        )
        template = QCoreApplication.translate("MainWindow", "{first}–{last}", "days of a week within one month")
    else:
        same_year = first.year == last.year
        start_format = (
            QCoreApplication.translate(
                "MainWindow", "d MMM", "QLocale format of a week's first day, same year as its last"
            )
            if same_year
            else full
        )
        template = QCoreApplication.translate("MainWindow", "{first} – {last}", "days of a week across two months")
    dates = template.format(
        first=locale.toString(_qdate(first), start_format), last=locale.toString(_qdate(last), full)
    )
    if view is View.INSIGHTS:
        return QCoreApplication.translate("MainWindow", "Last {count} weeks · {dates}").format(
            count=ranges.INSIGHT_WEEKS, dates=dates
        )
    return QCoreApplication.translate("MainWindow", "Week {week} · {dates}").format(week=week, dates=dates)


def messages_by_post(breaches: Iterable[Breach], shown: Iterable[int]) -> dict[int, list[str]]:
    """The messages of the breaches each shown post takes part in, in report order."""
    wanted = set(shown)
    found: dict[int, list[str]] = {}
    for breach in breaches:
        for post_id in breach.posts:
            if post_id in wanted:
                found.setdefault(post_id, []).append(breach.message)
    return found
