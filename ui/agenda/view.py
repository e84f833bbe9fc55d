"""The agenda view: the posts of a range as a sortable table, narrowed by a filter line.

The table is the shared :class:`PostTableModel` behind a proxy that filters on
title, platform, category and author, and sorts times by instant, so a
09:00 New York post comes after a 10:00 Paris post of the same day.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.model import Post, Side, Status
from ui.agenda.post_table_model import BREACHES_ROLE, POST_ROLE, Column, PostTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
# Sides and statuses sort in their own order (a post's life, conversation first), not alphabetically.
_SIDE_ORDER = {side: rank for rank, side in enumerate(Side)}
_STATUS_ORDER = {status: rank for rank, status in enumerate(Status)}
_NO_DATE = datetime.min.replace(tzinfo=UTC)


class AgendaProxy(QSortFilterProxyModel):
    """Filters on every word of a text and sorts each column by its value, not its label."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filter_text(self, text: str) -> None:
        """Keep the posts where each word of ``text`` is in the title, platform, category or author."""
        words = text.casefold().split()
        if words == self._words:
            return
        # beginFilterChange() is Qt 6.10's way; older Qt only has the invalidating call.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        post = self.sourceModel().index(source_row, 0, source_parent).data(POST_ROLE)
        if not isinstance(post, Post):
            return False
        haystack = " ".join(part for part in (post.title, post.platform, post.category, post.author) if part)
        haystack = haystack.casefold()
        return all(word in haystack for word in self._words)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        first, second = left.data(POST_ROLE), right.data(POST_ROLE)
        if not isinstance(first, Post) or not isinstance(second, Post):
            return super().lessThan(left, right)
        match left.column():
            case Column.DAY_TIME:
                # The instant, never the text: posts in other zones show their own wall clock.
                return _instant_key(first) < _instant_key(second)
            case Column.BALANCE:
                return len(left.data(BREACHES_ROLE) or ()) < len(right.data(BREACHES_ROLE) or ())
            case Column.SIDE:
                return _rank(_SIDE_ORDER, first.side) < _rank(_SIDE_ORDER, second.side)
            case Column.STATUS:
                return _STATUS_ORDER[first.status] < _STATUS_ORDER[second.status]
        return super().lessThan(left, right)


def _instant_key(post: Post) -> tuple[bool, datetime, int]:
    # Undated posts last, and the id so equal instants keep a stable order.
    return (post.start_utc is None, post.start_utc or _NO_DATE, post.id)


def _rank(order: Mapping[Side, int], side: Side | None) -> int:
    return order[side] if side is not None else len(order)


class _SpacedDelegate(QStyledItemDelegate):
    """Cells with room to spare, and the balance mark centred in its narrow column."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + option.fontMetrics.averageCharWidth() * 2, hint.height())

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        if index.column() == Column.BALANCE:
            option.decorationAlignment = Qt.AlignmentFlag.AlignCenter


class AgendaView(QWidget):
    """A range's posts as a table: type to filter, click a header to sort,
    double-click or Enter to edit, Delete to remove."""

    editRequested = Signal(int)
    deleteRequested = Signal(int)
    postSelected = Signal(int)
    postMenuRequested = Signal(int, QPoint)  # a row's post id, where its menu opens (global)

    def __init__(self, parent: QWidget | None = None, *, planning_zone: str) -> None:
        super().__init__(parent)
        self.model = PostTableModel(self, planning_zone=planning_zone)
        self.proxy = AgendaProxy(self)
        self.proxy.setSourceModel(self.model)
        self._restoring = False

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, platform, category or author"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter"))
        self.filter_edit.textChanged.connect(self._filter)
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(_SpacedDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DAY_TIME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Agenda"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        marker = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        header.setSectionResizeMode(Column.BALANCE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.BALANCE, marker + self.fontMetrics().averageCharWidth() * 2)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.table.doubleClicked.connect(self._edit_index)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu_at)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.installEventFilter(self)
        # Typing Down in the filter goes to the rows, so the keyboard flow is filter, then pick.
        self.filter_edit.installEventFilter(self)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self._parked = False
        self._park(True)  # until shown: the main window keeps the agenda filled behind the week
        self._update_count()

    # -- content ------------------------------------------------------------

    def set_posts(
        self,
        posts: Sequence[Post],
        colours: Mapping[str, str] | None = None,
        breaches: Mapping[int, Sequence[str]] | None = None,
        *,
        now: datetime | None = None,
    ) -> None:
        """Show ``posts`` (at ``now``: see :meth:`PostTableModel.set_posts`), keeping the selected
        post selected when it is still there."""
        kept = self.selected_post()
        self._restoring = True
        try:
            self.model.set_posts(posts, colours, breaches, now=now)
            if kept is not None:
                self.select_post(kept)
        finally:
            self._restoring = False
        self._update_count()

    def selected_post(self) -> int | None:
        """The id of the selected post, or None."""
        rows = self.table.selectionModel().selectedRows()
        post = rows[0].data(POST_ROLE) if rows else None
        return post.id if isinstance(post, Post) else None

    def select_post(self, post_id: int) -> bool:
        """Select and show the post ``post_id``; False (nothing selected) when it is not listed or filtered out."""
        index = self._shown_index(post_id)
        if index is None:
            self.table.clearSelection()
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def shows(self, post_id: int) -> bool:
        """Whether the post ``post_id`` is listed and not filtered out."""
        return self._shown_index(post_id) is not None

    def _shown_index(self, post_id: int) -> QModelIndex | None:
        for row in range(self.model.rowCount()):
            if self.model.post(row).id == post_id:
                index = self.proxy.mapFromSource(self.model.index(row, Column.TITLE))
                return index if index.isValid() else None
        return None

    def _park(self, parked: bool) -> None:
        """Hidden, the table neither sorts nor sizes its columns to their contents at
        each refresh (a busy week holds hundreds of posts); shown, it catches up once."""
        if parked == self._parked:
            return
        self._parked = parked
        header = self.table.horizontalHeader()
        mode = QHeaderView.ResizeMode.Interactive if parked else QHeaderView.ResizeMode.ResizeToContents
        for column in Column:
            if column not in (Column.TITLE, Column.BALANCE):  # stretched and fixed, whatever is shown
                header.setSectionResizeMode(column, mode)
        if parked:
            self.proxy.sort(-1)  # the core's order (by time) until shown: no sorting at each refresh
        else:
            self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def showEvent(self, event: QShowEvent) -> None:
        self._park(False)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._park(True)

    # -- reactions ----------------------------------------------------------

    def _filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n post(s)", "posts in the agenda", total))
        else:
            text = self.tr("{shown} of %n post(s)", "posts the filter keeps", total)
            self.count_label.setText(text.format(shown=shown))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        post = current.data(POST_ROLE) if current.isValid() else None
        # Re-selecting the same post after a refresh is not a new choice of the user's.
        if isinstance(post, Post) and not self._restoring:
            self.postSelected.emit(post.id)

    def _menu_at(self, point: QPoint) -> None:
        """The post menu of the row under ``point`` (viewport coordinates; the selected row from the
        keyboard), selected first."""
        index = self.table.indexAt(point)
        if not index.isValid():
            index = self.table.currentIndex()
            if not index.isValid():
                return
            point = self.table.visualRect(index).center()
        post = index.data(POST_ROLE)
        if not isinstance(post, Post):
            return
        self.select_post(post.id)
        self.postMenuRequested.emit(post.id, self.table.viewport().mapToGlobal(point))

    def _edit_index(self, index: QModelIndex) -> None:
        post = index.data(POST_ROLE)
        if isinstance(post, Post):
            self.editRequested.emit(post.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if watched is self.filter_edit and key == Qt.Key.Key_Escape and self.filter_edit.text():
            self.filter_edit.clear()
            return True
        if watched is self.filter_edit and key == Qt.Key.Key_Down and self.proxy.rowCount():
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            if self.selected_post() is None:
                self.table.selectRow(0)
            return True
        if watched is self.table:
            post_id = self.selected_post()
            if post_id is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.editRequested.emit(post_id)
                return True
            if post_id is not None and key == Qt.Key.Key_Delete:
                self.deleteRequested.emit(post_id)
                return True
        return super().eventFilter(watched, event)

    def data_at(self, row: int, column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell of the table as shown (filtered and sorted): for tests and accessibility checks."""
        return self.proxy.index(row, column).data(role)
