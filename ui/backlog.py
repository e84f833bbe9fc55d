"""The ideas backlog: posts with no date yet, dragged from here onto the calendar.

A drag carries the post's id as ASCII under :data:`POST_MIME_TYPE`, and its platform
under :data:`PLATFORM_MIME_TYPE`; the week view accepts that drop (near an empty slot of
the platform, on the slot) and asks the core to schedule the idea.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner.model import Post
from ui.palette import swatch_outline

POST_MIME_TYPE = "application/x-dialogos-post"
PLATFORM_MIME_TYPE = "application/x-dialogos-platform"

Index = QModelIndex | QPersistentModelIndex


class IdeaRole(enum.IntEnum):
    POST_ID = Qt.ItemDataRole.UserRole + 1
    COLOUR = Qt.ItemDataRole.UserRole + 2  # the platform's colour, a QColor
    DETAILS = Qt.ItemDataRole.UserRole + 3  # "Platform · Category"


class IdeaListModel(QAbstractListModel):
    """Ideas in the order the core gives them; each row drags out as its post id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._posts: list[Post] = []
        self._colours: dict[str, str] = {}

    def set_ideas(self, posts: Sequence[Post], colours: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._posts = list(posts)
        self._colours = dict(colours)
        self.endResetModel()

    def post(self, row: int) -> Post:
        return self._posts[row]

    def row_of(self, post_id: int) -> int | None:
        return next((row for row, post in enumerate(self._posts) if post.id == post_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._posts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._posts):
            return None
        post = self._posts[index.row()]
        match role:
            case Qt.ItemDataRole.DisplayRole | Qt.ItemDataRole.EditRole:
                return post.title
            case IdeaRole.POST_ID:
                return post.id
            case IdeaRole.COLOUR:
                return QColor(self._colours.get(post.platform, "#808080"))
            case IdeaRole.DETAILS:
                return self._details(post)
            case Qt.ItemDataRole.ToolTipRole:
                return self.tr("{title}\n{details}").format(title=post.title, details=self._details(post))
            case Qt.ItemDataRole.AccessibleDescriptionRole:
                return self._details(post)
        return None

    def _details(self, post: Post) -> str:
        category = post.category or self.tr("no category")
        return self.tr("{platform} · {category}").format(platform=post.platform, category=category)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [POST_MIME_TYPE, PLATFORM_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The first dragged idea's id and platform: the calendar schedules one post per drop."""
        mime = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            idea = self._posts[rows[0]]
            mime.setData(POST_MIME_TYPE, QByteArray(str(idea.id).encode("ascii")))
            mime.setData(PLATFORM_MIME_TYPE, QByteArray(idea.platform.encode("utf-8")))
            mime.setText(idea.title)
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction


class IdeaDelegate(QStyledItemDelegate):
    """Two lines per idea: its title, then platform and category, behind a strip of the platform's colour."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.height()  # type: ignore[attr-defined]
        return QSize(line * 10, line * 2 + line // 2 + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        option.text = ""  # type: ignore[attr-defined]
        if style is not None:
            # Selection, hover and focus as the style draws them.
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        line = metrics.height()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        strip = QRect(rect.left() + 4, rect.top() + 3, max(4, line // 4), rect.height() - 6)
        painter.setPen(swatch_outline(option.palette))  # type: ignore[attr-defined]
        painter.setBrush(index.data(IdeaRole.COLOUR))
        painter.drawRoundedRect(strip, 2, 2)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        left = strip.right() + line // 2
        text_rect = QRect(left, rect.top() + 2, rect.right() - left - 4, line)
        title_font = QFont(option.font)  # type: ignore[attr-defined]
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.color(text_role))
        title = painter.fontMetrics().elidedText(index.data(), Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        painter.setFont(option.font)  # type: ignore[attr-defined]
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        details = metrics.elidedText(index.data(IdeaRole.DETAILS), Qt.TextElideMode.ElideRight, text_rect.width())
        text_rect.translate(0, line + 2)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), details)
        painter.restore()


class IdeaListView(QListView):
    """The list itself: Enter edits, Delete deletes, and an empty list says what it is for."""

    editRequested = Signal(int)
    deleteRequested = Signal(int)
    postMenuRequested = Signal(int, QPoint)  # the idea's id, where its menu opens (global)
    dragStarted = Signal()  # an idea is picked up: a new action, what the last one said goes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setUniformItemSizes(True)
        self.setItemDelegate(IdeaDelegate(self))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.doubleClicked.connect(self._edit_index)
        # Until the ideas are read (right after the window's first paint), the list does not say it is empty.
        self.ideas_read = False

    def current_post_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        return int(index.data(IdeaRole.POST_ID))

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.editRequested.emit(int(index.data(IdeaRole.POST_ID)))

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        self.dragStarted.emit()
        super().startDrag(supportedActions)

    def _own_key(self, event: QKeyEvent) -> bool:
        return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or event.matches(QKeySequence.StandardKey.Delete)

    def event(self, event: QEvent) -> bool:
        # The window's Delete and Enter shortcuts must not steal these keys from the list.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._own_key(event):
            if self.current_post_id() is not None:
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        post_id = self.current_post_id()
        if post_id is not None and self._own_key(event):
            if event.matches(QKeySequence.StandardKey.Delete):
                self.deleteRequested.emit(post_id)
            else:
                self.editRequested.emit(post_id)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The post menu of the idea under the mouse (the selected one from the keyboard), selected."""
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        index = self.currentIndex() if keyboard else self.indexAt(event.pos())
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        where = self.visualRect(index).center() if keyboard else event.pos()
        self.postMenuRequested.emit(int(index.data(IdeaRole.POST_ID)), self.viewport().mapToGlobal(where))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.ideas_read and self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            margin = self.fontMetrics().height()
            area = self.viewport().rect().adjusted(margin, margin, -margin, -margin)
            text = self.tr("No ideas yet. Jot one down with “New idea”, then drag it onto the calendar.")
            painter.drawText(area, int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap), text)


class BacklogView(QWidget):
    """The ideas (undated posts), a "New idea" button above them."""

    editRequested = Signal(int)
    deleteRequested = Signal(int)
    postMenuRequested = Signal(int, QPoint)  # an idea's id, where its menu opens (global)
    newIdeaRequested = Signal()
    dragStarted = Signal()  # an idea is picked up to be dropped on the calendar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_button = QPushButton(self.tr("+ New idea"), self)
        self.new_button.setToolTip(self.tr("Note an idea without a date; drag it onto the calendar later."))
        self.new_button.clicked.connect(self.newIdeaRequested)
        self.model = IdeaListModel(self)
        self.list = IdeaListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Ideas"))
        self.list.editRequested.connect(self.editRequested)
        self.list.deleteRequested.connect(self.deleteRequested)
        self.list.postMenuRequested.connect(self.postMenuRequested)
        self.list.dragStarted.connect(self.dragStarted)
        self.setFocusProxy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_button)
        layout.addWidget(self.list, 1)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 36, metrics.height() * 14)

    def set_ideas(self, posts: Sequence[Post], colours: Mapping[str, str]) -> None:
        """Show ``posts``; the selected idea stays selected if it is still there (team refresh)."""
        kept = self.selected_idea()
        self.model.set_ideas(posts, colours)
        self.list.ideas_read = True
        row = self.model.row_of(kept) if kept is not None else None
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row))
        self.list.viewport().update()  # the empty-list text depends on the row count

    def selected_idea(self) -> int | None:
        """The id of the selected idea, if any."""
        return self.list.current_post_id()
