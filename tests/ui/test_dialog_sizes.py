"""Planning ▸ Platforms… and Post history open at the size of what they hold, within the screen
(issue 17, point 8): every row of a short table in view, no column cut, no horizontal scroll bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from planner import Planner, PostPatch
from planner.model import Post
from ui.dialogs.history import HistoryDialog
from ui.dialogs.platforms import PlatformsDialog

AddPost = Callable[..., Post]


def shown(qtbot: QtBot, dialog: PlatformsDialog | HistoryDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def rows_in_view(table: QTableView) -> int:
    viewport = table.viewport().rect()
    return sum(
        1 for row in range(table.model().rowCount()) if viewport.contains(table.visualRect(table.model().index(row, 0)))
    )


def whole_columns(table: QTableView, columns: range) -> bool:
    header = table.horizontalHeader()
    return all(header.sectionSize(c) >= max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns)


def within_screen(dialog: PlatformsDialog | HistoryDialog) -> bool:
    free = dialog.screen().availableGeometry()
    return dialog.width() <= free.width() and dialog.height() <= free.height()


def test_platforms_show_every_row_and_column_whole(qtbot: QtBot, plan: Planner) -> None:
    for name in ("Facebook", "Mastodon", "Bluesky", "Threads", "Newsletter du café-librairie", "TikTok"):
        plan.add_platform(name)
    dialog = PlatformsDialog(plan)
    shown(qtbot, dialog)
    assert rows_in_view(dialog.table) == dialog.model.rowCount() == len(plan.platforms())
    assert not dialog.table.horizontalScrollBar().isVisible()
    assert whole_columns(dialog.table, range(dialog.model.columnCount()))
    assert within_screen(dialog)


def test_the_platforms_grow_as_platforms_are_added(qtbot: QtBot, plan: Planner) -> None:
    """From an empty plan: the dialog opened with one platform does not stay one row high."""
    dialog = PlatformsDialog(plan)
    shown(qtbot, dialog)
    for name in ("Facebook", "Mastodon", "Bluesky", "Newsletter du café-librairie"):
        plan.add_platform(name)
    dialog.reload()  # as after Add…
    qtbot.waitUntil(lambda: rows_in_view(dialog.table) == len(plan.platforms()))
    assert not dialog.table.horizontalScrollBar().isVisible()
    assert whole_columns(dialog.table, range(dialog.model.columnCount()))


def test_post_history_shows_its_columns_without_a_scroll_bar(qtbot: QtBot, plan: Planner, add_post: AddPost) -> None:
    post = add_post("Keep your beans away from the fridge", 2026, 6, 10, 9, 30)
    plan.edit_post(post.id, PostPatch(title="Keep your beans away from the fridge ☕", body="Airtight, dark, cool."))
    dialog = HistoryDialog(plan, post.id)
    shown(qtbot, dialog)
    table = dialog.table
    assert rows_in_view(table) == 2
    assert not table.horizontalScrollBar().isVisible()
    # Version, when, who and the change are whole; what changed and the reason give way (their tooltips tell).
    assert whole_columns(table, range(4))
    assert within_screen(dialog)
