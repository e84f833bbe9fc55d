"""The Follow-ups panel: what the shown posts promised, late first (in red), then due, then kept.

Ticking a follow-up keeps it, its menu drops it (asking why), plans a promised post or jumps to its post. The panel
changes nothing itself: it asks the window, whose operations run the core and push the undo.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.model import Followup, FollowupKind, FollowupStatus
from planner.timezones import zone
from ui.marks import PAST_DUE

FOLLOWUP_ROLE = Qt.ItemDataRole.UserRole + 1
"""The follow-up's id on its row."""

LATE_COLOUR = PAST_DUE
"""Late follow-ups are written in the red of "was it published?": both say something is owed."""


class FollowupsPanel(QWidget):
    """Late, due and kept follow-ups of the shown range, each with its platform's colour."""

    keepRequested = Signal(object)  # the Followup, as shown
    dropRequested = Signal(object)  # the Followup, as shown
    postRequested = Signal(object)  # the Followup whose post to show
    planRequested = Signal(object)  # the promised post Followup whose draft to plan

    def __init__(self, parent: QWidget | None = None, *, planning_zone: str = "UTC") -> None:
        super().__init__(parent)
        self.setObjectName("followups_panel")
        self._zone = zone(planning_zone)
        self._shown: dict[int, Followup] = {}
        self._read_only = False
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)
        # Two lines a row (when and what, then the post's title), each cut short with "…" in a narrow
        # dock rather than wrapped: a wrapped first line would hide the title. The tooltip has it all.
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu_at)
        self.tree.itemChanged.connect(self._ticked)
        self.tree.itemActivated.connect(lambda item, _column: self._ask("post", item))
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.tree.setAccessibleName(self.tr("Follow-ups"))
        self.keep_button = QPushButton(self.tr("Keep"), self)
        self.keep_button.setToolTip(self.tr("Mark the selected follow-up kept"))
        self.keep_button.clicked.connect(lambda: self._ask("keep", self.tree.currentItem()))
        self.drop_button = QPushButton(self.tr("Drop…"), self)
        self.drop_button.setToolTip(self.tr("Drop the selected follow-up, saying why"))
        self.drop_button.clicked.connect(lambda: self._ask("drop", self.tree.currentItem()))
        self.post_button = QPushButton(self.tr("Show post"), self)
        self.post_button.setToolTip(self.tr("Show the post that made this promise in the week"))
        self.post_button.clicked.connect(lambda: self._ask("post", self.tree.currentItem()))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.keep_button, self.drop_button, self.post_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._enable()

    # -- what it shows ------------------------------------------------------

    def set_followups(self, followups: Sequence[Followup], colours: Mapping[str, str]) -> None:
        """Show ``followups`` (any order): the late ones first, then those still due, then the kept
        ones, each section by due instant; dropped ones are left out."""
        current = self.selected()
        self._shown = {f.id: f for f in followups if f.status is not FollowupStatus.DROPPED}
        self.tree.blockSignals(True)
        self.tree.clear()
        for status in (FollowupStatus.LATE, FollowupStatus.OPEN, FollowupStatus.KEPT):
            members = sorted((f for f in self._shown.values() if f.status is status), key=lambda f: (f.due, f.id))
            if not members:
                continue
            header = QTreeWidgetItem(self.tree, [self._section_title(status, len(members))])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            if status is FollowupStatus.LATE:
                header.setForeground(0, QBrush(LATE_COLOUR))
            for followup in members:
                self._row(header, followup, colours)
            header.setExpanded(True)
        self.tree.blockSignals(False)
        if current is not None:
            self.select(current.id)
        self._enable()

    def set_read_only(self, read_only: bool) -> None:
        """On a read-only plan the list is still there to read; nothing offers to change it."""
        self._read_only = read_only
        self._enable()

    def selected(self) -> Followup | None:
        item = self.tree.currentItem()
        followup_id = item.data(0, FOLLOWUP_ROLE) if item is not None else None
        return self._shown.get(followup_id) if followup_id is not None else None

    def shown(self) -> list[Followup]:
        """The follow-ups listed, as they were given."""
        return list(self._shown.values())

    def highlight(self, ids: Sequence[int]) -> None:
        """Select the rows of follow-ups ``ids`` (the first current, scrolled to), to point at them."""
        items = [item for item in (self.item(followup_id) for followup_id in ids) if item is not None]
        if not items:
            return
        self.tree.clearSelection()
        self.tree.setCurrentItem(items[0])
        for item in items:
            item.setSelected(True)
        self.tree.scrollToItem(items[0])
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def select(self, followup_id: int) -> None:
        item = self.item(followup_id)
        if item is not None:
            self.tree.setCurrentItem(item)

    def item(self, followup_id: int) -> QTreeWidgetItem | None:
        """The row of follow-up ``followup_id``, if it is shown."""
        for header in self._headers():
            for row in range(header.childCount()):
                child = header.child(row)
                if child is not None and child.data(0, FOLLOWUP_ROLE) == followup_id:
                    return child
        return None

    def _headers(self) -> list[QTreeWidgetItem]:
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [header for header in found if header is not None]

    def sections(self) -> list[str]:
        """The sections' titles, top to bottom (for the tests and screen readers alike)."""
        return [header.text(0) for header in self._headers()]

    # -- rows ----------------------------------------------------------------

    def _section_title(self, status: FollowupStatus, count: int) -> str:
        if status is FollowupStatus.LATE:
            return self.tr("Late (%n)", "", count)
        if status is FollowupStatus.KEPT:
            return self.tr("Kept (%n)", "", count)
        return self.tr("Due (%n)", "", count)

    def _row(self, header: QTreeWidgetItem, followup: Followup, colours: Mapping[str, str]) -> None:
        due = self._when(followup.due)
        line = self.tr("{when} · {kind}\n{title}").format(when=due, kind=self._kind(followup), title=followup.title)
        item = QTreeWidgetItem(header, [line])
        item.setData(0, FOLLOWUP_ROLE, followup.id)
        kept = followup.status is FollowupStatus.KEPT
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not kept and not self._read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        item.setCheckState(0, Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked)
        item.setIcon(0, _swatch(QColor(colours.get(followup.platform, "#808080"))))
        if followup.late:
            item.setForeground(0, QBrush(LATE_COLOUR))
        item.setToolTip(0, self._details(followup, due))

    def _kind(self, followup: Followup) -> str:
        if followup.kind is FollowupKind.REPLIES:
            minutes = followup.duration_minutes or 0
            if minutes % 60:
                return self.tr("Reply window, %n min", "", minutes)
            return self.tr("Reply window, %n h", "", minutes // 60)
        if followup.kind is FollowupKind.POST:
            return self.tr("Promised post")
        return self.tr("Answer to {whom}").format(whom=followup.note) if followup.note else self.tr("Answer")

    def _details(self, followup: Followup, due: str) -> str:
        if followup.late:
            state = self.tr("Late since {when}").format(when=due)
        elif followup.status is FollowupStatus.KEPT and followup.kept_at is not None:
            state = self.tr("Kept {when}").format(when=self._when(followup.kept_at))
        else:
            state = self.tr("Due {when}").format(when=due)
        lines = [
            self.tr("{kind} on {platform}, for “{title}”").format(
                kind=self._kind(followup), platform=followup.platform, title=followup.title
            ),
            state,
        ]
        if followup.owner:
            lines.append(self.tr("Owner: {owner}").format(owner=followup.owner))
        return "\n".join(lines)

    def _when(self, moment: datetime) -> str:
        return self.tr("{day} {time}").format(**day_and_time(moment.astimezone(self._zone)))

    # -- asking the window ------------------------------------------------------

    def _ticked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.checkState(0) is not Qt.CheckState.Checked:
            return
        # Unticked again at once: the window's refresh after the keep shows it kept (or not, if refused).
        self.tree.blockSignals(True)
        item.setCheckState(0, Qt.CheckState.Unchecked)
        self.tree.blockSignals(False)
        self.tree.setCurrentItem(item)
        self._ask("keep", item)

    def _ask(self, what: str, item: QTreeWidgetItem | None) -> None:
        """Ask the window to ``keep``, ``drop`` or show the ``post`` of the follow-up on ``item``."""
        followup_id = item.data(0, FOLLOWUP_ROLE) if item is not None else None
        followup = self._shown.get(followup_id) if followup_id is not None else None
        if followup is None:
            return
        if what == "post":
            self.postRequested.emit(followup)
        elif what == "plan":
            if not self._read_only and _plannable(followup):
                self.planRequested.emit(followup)
        elif not self._read_only and _open(followup):
            (self.keepRequested if what == "keep" else self.dropRequested).emit(followup)

    def _menu_at(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        if item is None or item.data(0, FOLLOWUP_ROLE) is None:
            return
        self.tree.setCurrentItem(item)
        menu = self.menu()
        menu.popup(self.tree.viewport().mapToGlobal(point))

    def menu(self) -> QMenu:
        """The selected follow-up's menu: keep, drop, show its post."""
        menu = QMenu(self)
        menu.setObjectName("followup_menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        followup = self.selected()
        changeable = followup is not None and _open(followup) and not self._read_only
        keep = menu.addAction(self.tr("Keep"))
        keep.setEnabled(changeable)
        keep.triggered.connect(lambda: self._ask("keep", self.tree.currentItem()))
        drop = menu.addAction(self.tr("Drop…"))
        drop.setEnabled(changeable)
        drop.triggered.connect(lambda: self._ask("drop", self.tree.currentItem()))
        if followup is not None and followup.kind is FollowupKind.POST:
            plan = menu.addAction(self.tr("Plan the promised post…"))
            plan.setToolTip(self.tr("A draft on the same platform at the due time, linked to this promise"))
            plan.setEnabled(_plannable(followup) and not self._read_only)
            plan.triggered.connect(lambda: self._ask("plan", self.tree.currentItem()))
        menu.addSeparator()
        show = menu.addAction(self.tr("Show post"))
        show.triggered.connect(lambda: self._ask("post", self.tree.currentItem()))
        return menu

    def _enable(self) -> None:
        followup = self.selected()
        changeable = followup is not None and _open(followup) and not self._read_only
        self.keep_button.setEnabled(changeable)
        self.drop_button.setEnabled(changeable)
        self.post_button.setEnabled(followup is not None)


def day_and_time(local: datetime) -> dict[str, str]:
    """``local`` (a wall-clock time) as the locale writes a short day and a time: "Mon 8 Jun", "11:00"."""
    locale = QLocale()
    return {
        "day": locale.toString(QDate(local.year, local.month, local.day), "ddd d MMM"),
        "time": locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat),
    }


def _open(followup: Followup) -> bool:
    return followup.status in (FollowupStatus.OPEN, FollowupStatus.LATE)


def _plannable(followup: Followup) -> bool:
    """An open promised post with no post linked yet: its draft can be planned."""
    return followup.kind is FollowupKind.POST and _open(followup) and followup.kept_by_post is None


def _swatch(colour: QColor) -> QIcon:
    picture = QPixmap(12, 12)
    picture.fill(colour)
    return QIcon(picture)
