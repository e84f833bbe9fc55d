"""What the week's cards show, read back from their painting: the tests of readable cards share it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSize, QTime
from pytestqt.qtbot import QtBot

from planner.model import Post
from tests.helpers.ui import NOW
from ui.week.paint import DrawnCard
from ui.window.main_window import MainWindow, first_size

# The first window on a 1366×768 laptop screen (its room less a panel), then two usual window sizes.
SIZES = [first_size(QSize(1366, 740)), QSize(1366, 768), QSize(1024, 700)]


def letters(text: str) -> str:
    """``text`` without its spaces: what a reader counts as the letters shown."""
    return "".join(text.split())


def readable(drawn: DrawnCard, time_text: str, title: str) -> bool:
    """The card shows its time, its platform's letter, and the start of its title: three letters at
    least (all of a shorter title), not one ("F…") that names nothing."""
    shown = letters("".join(line.replace("…", "") for line in drawn.title))
    start = letters(title)[:3]
    return drawn.time == time_text and bool(drawn.platform_mark) and shown[: len(start)] == start


def time_text(post: Post) -> str:
    """The post's time as the week shows it: in the locale's short format (24-hour or 12-hour)."""
    assert post.start is not None
    local = post.start.astimezone(NOW.tzinfo)
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def shown_week(qtbot: QtBot, window: MainWindow, size: QSize) -> dict[int, DrawnCard]:
    """Every card of the week painted at ``size``, scrolled through from the top to the bottom."""
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size)
    QCoreApplication.processEvents()  # the side panels' second look, once the week has its new width
    view = window.week_view
    drawn: dict[int, DrawnCard] = {}
    bar = view.verticalScrollBar()
    for value in range(0, bar.maximum() + bar.pageStep(), bar.pageStep()):
        bar.setValue(min(value, bar.maximum()))
        view.grab()  # paints
        drawn.update(view.drawn_cards())
    return drawn
