"""The desktop app's tests' fixed world (tests/ui/conftest.py) and what several of them measure on a view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint

from planner.model import Post
from ui.week.view import WeekView

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 6, 10, 10, 0, tzinfo=PARIS)
"""The window's "today": Wednesday of ISO week 2026-W24 (8–14 June)."""

ShowWeek = Callable[..., WeekView]


def centre(view: WeekView, post: Post) -> QPoint:
    """Where a post's card sits in the week view: the middle of its rectangle."""
    return view.layout_rects()[post.id].center().toPoint()
