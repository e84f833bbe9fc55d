"""The For me panel: the posts that wait for the user, by why they wait.

"To review" (in review, and the user may approve them), "Returned to you" (the user's posts an
approver sent back, with what to change) and "Mentions" (a comment names the user, not seen yet).
Each row says where and when (the platform's letter on its colour, the start in the plan's zone)
and what: the title, and for a return or a mention the comment's first line. Double-click or
Enter opens the post's editor; a mention can be marked seen. The panel changes nothing itself:
it asks the dock, which asks the core.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QRectF, QSize, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.model import Waiting, WaitingKind
from planner.timezones import zone
from ui.marks import crisp_icon
from ui.platform_mark import contrasting, paint_platform_mark, platform_mark

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""A row's index in the list of what waits (headers have none)."""

ROOM_ROWS = 5
"""The rows (of two lines: the title, then what the comment says) the list is given room for when shown."""

HEADER_AIR = 6
"""Pixels a section's title gets beyond its line (split above and below it)."""

KINDS = (WaitingKind.REVIEW, WaitingKind.RETURNED, WaitingKind.MENTION)
"""The sections, top to bottom: what the user must do for others first, then what is theirs to fix."""


class ForMePanel(QWidget):
    """What waits for the user, in three sections; "Nothing waits for you" when none does."""

    openRequested = Signal(object)  # the Waiting whose post to open in the editor
    seenRequested = Signal(object)  # the mention's Waiting the user has seen

    def __init__(self, parent: QWidget | None = None, *, planning_zone: str = "UTC") -> None:
        super().__init__(parent)
        self.setObjectName("for_me_panel")
        self._zone = zone(planning_zone)
        self._waiting: list[Waiting] = []
        self._read_only = False
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)
        # Two lines a row, each cut short with "…" in a narrow dock: the tooltip has it all.
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setAccessibleName(self.tr("What waits for you"))
        self.tree.itemActivated.connect(lambda item, _column: self._ask_open(item))
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.empty_label = QLabel(self.tr("Nothing waits for you"), self)
        self.empty_label.setObjectName("for_me_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)  # greyed, as a placeholder reads
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(self.tree)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setToolTip(self.tr("Open the selected post in the editor"))
        self.open_button.clicked.connect(lambda: self._ask_open(self.tree.currentItem()))
        self.seen_button = QPushButton(self.tr("Mark as seen"), self)
        self.seen_button.setToolTip(self.tr("The selected mention no longer waits for you"))
        self.seen_button.clicked.connect(self._ask_seen)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.seen_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._enable()

    # -- what it shows ------------------------------------------------------

    def set_stranger(self, name: str | None) -> None:
        """Say, when nothing waits, that the user's name is none of the team's (``name``), else
        plainly that nothing waits: "lea" for "Léa Martin" would wait for nothing forever."""
        if name is None:
            self.empty_label.setText(self.tr("Nothing waits for you"))
        else:
            text = self.tr("Nothing waits for “{name}”: no member of the team has that name (Edit ▸ Your name…)")
            self.empty_label.setText(text.format(name=name))

    def set_waiting(self, waiting: Sequence[Waiting], colours: Mapping[str, str]) -> None:
        """Show ``waiting`` (in the core's order: by start, ideas last) in its sections; the
        selected row stays selected when it is still there."""
        current = self.selected()
        self._waiting = list(waiting)
        self.tree.blockSignals(True)
        self.tree.clear()
        for kind in KINDS:
            rows = [(index, item) for index, item in enumerate(self._waiting) if item.kind is kind]
            if not rows:
                continue
            header = QTreeWidgetItem(self.tree, [self._section_title(kind, len(rows))])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            # Air above the title: a capital's accent ("À relire") is not lost against the frame or the row above.
            header.setSizeHint(0, QSize(0, QFontMetrics(font).height() + HEADER_AIR))
            for index, item in rows:
                self._row(header, index, item, colours)
            header.setExpanded(True)
        self.tree.blockSignals(False)
        self.pages.setCurrentWidget(self.tree if self._waiting else self.empty_label)
        if current is not None:
            self._select_like(current)
        self._enable()

    def set_read_only(self, read_only: bool) -> None:
        """On a read-only plan the list is still there to read and open; a mention cannot be marked seen."""
        self._read_only = read_only
        self._enable()

    def room(self) -> int:
        """The list's height (pixels) for :data:`ROOM_ROWS` rows of two lines, the window's to give it."""
        return ROOM_ROWS * self._two_line_row()

    def _two_line_row(self) -> int:
        """A row of two lines' height: as the rows listed have it, else as the font would make it."""
        listed = [self.tree.visualItemRect(item).height() for item in self._items()]
        by_font = 2 * self.tree.fontMetrics().lineSpacing() + 4
        return max([by_font, *listed])

    def waiting(self) -> list[Waiting]:
        """What the panel lists, as it was given."""
        return list(self._waiting)

    def sections(self) -> list[str]:
        """The sections' titles, top to bottom (for the tests and screen readers alike)."""
        return [header.text(0) for header in self._headers()]

    def rows(self) -> list[str]:
        """Every row's text, top to bottom."""
        return [item.text(0) for item in self._items()]

    def selected(self) -> Waiting | None:
        item = self.tree.currentItem()
        index = item.data(0, ROW_ROLE) if item is not None else None
        return self._waiting[index] if index is not None else None

    def item_of(self, kind: WaitingKind, post_id: int) -> QTreeWidgetItem | None:
        """The row saying that post ``post_id`` waits for ``kind``, if it is listed."""
        for item in self._items():
            waiting = self._waiting[item.data(0, ROW_ROLE)]
            if waiting.kind is kind and waiting.post.id == post_id:
                return item
        return None

    def select(self, kind: WaitingKind, post_id: int) -> None:
        item = self.item_of(kind, post_id)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _select_like(self, previous: Waiting) -> None:
        def key(waiting: Waiting) -> tuple[WaitingKind, int, int | None]:
            return waiting.kind, waiting.post.id, waiting.comment.id if waiting.comment is not None else None

        for item in self._items():
            if key(self._waiting[item.data(0, ROW_ROLE)]) == key(previous):
                self.tree.setCurrentItem(item)
                return

    def _headers(self) -> list[QTreeWidgetItem]:
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [header for header in found if header is not None]

    def _items(self) -> list[QTreeWidgetItem]:
        """The rows under the sections' headers, top to bottom."""
        found = (header.child(i) for header in self._headers() for i in range(header.childCount()))
        return [item for item in found if item is not None]

    # -- rows ----------------------------------------------------------------

    def _section_title(self, kind: WaitingKind, count: int) -> str:
        if kind is WaitingKind.REVIEW:
            return self.tr("To review (%n)", "", count)
        if kind is WaitingKind.RETURNED:
            return self.tr("Returned to you (%n)", "", count)
        return self.tr("Mentions (%n)", "", count)

    def _row(self, header: QTreeWidgetItem, index: int, waiting: Waiting, colours: Mapping[str, str]) -> None:
        post = waiting.post
        when = self._when(post.start)
        said = first_line(waiting.comment.text) if waiting.comment is not None else ""
        if said:
            line = self.tr("{when} · {title}\n{author}: {comment}").format(
                when=when, title=post.title, author=_author(waiting), comment=said
            )
        else:
            line = self.tr("{when} · {title}").format(when=when, title=post.title)
        item = QTreeWidgetItem(header, [line])
        item.setData(0, ROW_ROLE, index)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        colour = QColor(colours.get(post.platform, "#808080"))
        item.setIcon(0, mark_icon(post.platform, colour, self.palette().text().color(), self.font()))
        item.setToolTip(0, self._details(waiting, when))

    def _details(self, waiting: Waiting, when: str) -> str:
        post = waiting.post
        lines = [self.tr("“{title}” on {platform}, {when}").format(title=post.title, platform=post.platform, when=when)]
        if waiting.kind is WaitingKind.REVIEW:
            lines.append(self.tr("In review: yours to approve or return"))
        elif waiting.kind is WaitingKind.RETURNED:
            lines.append(self.tr("Returned to you by {who}").format(who=_author(waiting)))
        else:
            lines.append(self.tr("{who} mentioned you").format(who=_author(waiting)))
        if waiting.comment is not None and waiting.comment.text.strip():
            lines.append(waiting.comment.text.strip())
        return "\n".join(lines)

    def _when(self, moment: datetime | None) -> str:
        if moment is None:
            return self.tr("Idea")  # an idea has no date yet
        local = moment.astimezone(self._zone)
        locale = QLocale()
        day = locale.toString(QDate(local.year, local.month, local.day), "ddd d MMM")
        time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        return self.tr("{day} {time}").format(day=day, time=time)

    # -- asking the dock ------------------------------------------------------

    def _ask_open(self, item: QTreeWidgetItem | None) -> None:
        index = item.data(0, ROW_ROLE) if item is not None else None
        if index is not None:
            self.openRequested.emit(self._waiting[index])

    def _ask_seen(self) -> None:
        waiting = self.selected()
        if waiting is not None and self._seeable(waiting):
            self.seenRequested.emit(waiting)

    def _seeable(self, waiting: Waiting) -> bool:
        return waiting.kind is WaitingKind.MENTION and waiting.comment is not None and not self._read_only

    def _enable(self) -> None:
        waiting = self.selected()
        self.open_button.setEnabled(waiting is not None)
        self.seen_button.setEnabled(waiting is not None and self._seeable(waiting))
        # Only a mention is marked seen: the button is there when a mention is listed.
        self.seen_button.setVisible(any(item.kind is WaitingKind.MENTION for item in self._waiting))


def first_line(text: str) -> str:
    """A comment's first line with words in it (a comment may start with a blank line)."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _author(waiting: Waiting) -> str:
    if waiting.comment is not None:
        return waiting.comment.author
    return waiting.post.returned_by or ""


def mark_icon(platform: str, colour: QColor, ring: QColor, font: QFont) -> QIcon:
    """The platform's letter on its colour, ringed in ``ring`` (as on a week's card), as an icon a line high."""
    extent = max(12, round(font.pointSizeF() * 1.6)) if font.pointSizeF() > 0 else 14
    letter_font = QFont(font)
    letter_font.setBold(True)
    letter_font.setPixelSize(max(7, round(extent * 0.7)))
    box = QRectF(0, 0, extent, extent)
    letter = platform_mark(platform)
    return crisp_icon(
        extent,
        lambda painter: paint_platform_mark(painter, box, letter, colour, ring, contrasting(colour), letter_font),
    )
