"""Tables and dialogs sized to what they hold, within the screen.

A table's size hint knows neither its columns' text nor its rows until it is painted once, so a
dialog sized from it opens narrow and short: one row and a horizontal scroll bar. These helpers
measure the cells instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QHeaderView, QStyle, QTableView

# Of the screen's free area, the most a dialog takes: the window behind it stays in sight.
SCREEN_SHARE = 0.9


def _widths(table: QTableView) -> dict[int, int]:
    """The width each shown column's content and title need."""
    header = table.horizontalHeader()
    return {
        column: max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        for column in range(table.model().columnCount())
        if not header.isSectionHidden(column)
    }


def content_size(table: QTableView, rows: int) -> QSize:
    """The size that shows every column of ``table`` whole and ``rows`` of its rows (all, if fewer)."""
    header = table.horizontalHeader()
    width = sum(_widths(table).values())
    default_row = table.verticalHeader().defaultSectionSize()
    shown = min(rows, table.model().rowCount())
    row_height = max(table.sizeHintForRow(0), default_row) if shown else default_row
    height = header.sizeHint().height() + max(shown, 1) * row_height
    frame = 2 * table.frameWidth()
    if table.model().rowCount() > rows:
        # The rows past ``rows`` scroll: room for the vertical bar.
        width += table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
    return QSize(width + frame, height + frame)


def fit_table(table: QTableView, rows: int, free: QSize, elastic: Sequence[int] = ()) -> None:
    """Give ``table`` the room of its content (see :func:`content_size`), no more than ``free``.

    The other columns are always whole; when the room runs short, the ``elastic`` ones (long
    texts with a tooltip; the last shown column if none is given) give up width in proportion
    to theirs, and elide their text, instead of a horizontal scroll bar.
    """
    header = table.horizontalHeader()
    widths = _widths(table)
    if not widths:
        return
    wanted = content_size(table, rows)
    table.setMinimumSize(wanted.boundedTo(free))
    giving = [c for c in elastic if c in widths] or [max(widths)]
    room = sum(widths[c] for c in giving) - max(0, wanted.width() - free.width())
    given = _shares({c: widths[c] for c in giving}, room, {c: header.sectionSizeHint(c) for c in giving})
    for column in widths:
        if column in given:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, given[column])
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)  # and the last takes what is left


def _shares(widths: dict[int, int], room: int, least: dict[int, int]) -> dict[int, int]:
    """``widths`` cut down in proportion to fit ``room``, none under its ``least`` (its title)."""
    total = sum(widths.values())
    if total <= room:
        return dict(widths)
    given = {c: max(least[c], w * room // total) for c, w in widths.items()}
    widest = max(given, key=given.__getitem__)
    given[widest] = max(least[widest], given[widest] - (sum(given.values()) - room))  # what the floors kept
    return given


def free_room(dialog: QDialog) -> QSize:
    """The most room a dialog takes on its screen."""
    area = dialog.screen().availableGeometry().size()
    return QSize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))


def fit_dialog(dialog: QDialog) -> None:
    """Grow ``dialog`` to its size hint (never shrink it under the user), within its screen."""
    wanted = dialog.sizeHint().expandedTo(dialog.size()).boundedTo(free_room(dialog))
    dialog.resize(wanted)
