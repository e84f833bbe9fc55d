"""The editor's Follow-ups section: what the post promises, kept or not, and how to add or close them.

For a saved post each change goes at once through the window's operations (one undo step each,
a colleague's change meanwhile said in one line); the section then reads the post's follow-ups
again. For a new post it shows what the chosen category will give it once saved with a date.
The section folds away, so the editor fits a small screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.model import Category, Followup, FollowupDefault, FollowupKind, FollowupStatus, Post
from planner.service import Planner
from ui.editor.fields import moment_text, set_error_text
from ui.labels import offset_words
from ui.marks import PAST_DUE

if TYPE_CHECKING:
    from ui.operations import PostOperations

FOLLOWUP_ROLE = Qt.ItemDataRole.UserRole + 1
"""The follow-up's id on its row (none on a row of a new post's defaults)."""

SOON = timedelta(hours=24)
"""Closer than this to now, a due instant reads "in 2 h" or "3 h ago"; further, as a day and time."""


class FollowupsSection(QWidget):
    """The follow-ups of ``post`` (changed through ``operations``), or those a new post will get."""

    def __init__(
        self,
        planner: Planner,
        post: Post | None,
        operations: PostOperations | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followups_section")
        self._planner = planner
        self._post = post
        self._ops = operations
        self._followups: list[Followup] = []
        self._category: str | None = post.category if post is not None else None
        self._categories = {c.name: c for c in planner.categories()}
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._fold)
        self.summary = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Follow-up"), self.tr("Due"), self.tr("Status"), self.tr("Owner")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setAccessibleName(self.tr("Follow-ups of the post"))
        self.tree.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        set_error_text(self.message, True)
        self.message.hide()
        self.add_button = self._button(self.tr("&Add…"), self.tr("Add a follow-up by hand"), self.add)
        self.defaults_button = self._button(
            self.tr("Add the category's de&faults"),
            self.tr("Add the follow-ups the category gives its posts that this post does not have yet"),
            self.add_defaults,
        )
        self.keep_button = self._button(self.tr("&Keep"), self.tr("Mark the selected follow-up kept"), self.keep)
        self.drop_button = self._button(
            self.tr("&Drop…"), self.tr("Drop the selected follow-up, saying why"), self.drop
        )
        self.remove_button = self._button(
            self.tr("&Remove"), self.tr("Remove the selected follow-up, added by mistake"), self.remove
        )
        self.body = QWidget(self)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.defaults_button, self.keep_button, self.drop_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        inside = QVBoxLayout(self.body)
        inside.setContentsMargins(0, 0, 0, 0)
        inside.addWidget(self.tree)
        inside.addWidget(self.message)
        inside.addLayout(buttons)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.toggle)
        header.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.body)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.reload()
        # Open when something is owed or late; folded otherwise, to leave the room to the post.
        self.toggle.setChecked(any(f.late for f in self._followups))
        self._fold(self.toggle.isChecked())

    def _button(self, text: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -- what it shows ----------------------------------------------------------

    def set_category(self, name: str | None) -> None:
        """The category chosen in the editor: a new post's preview and the defaults button follow it."""
        self._category = name
        self.reload()

    def focus_chain(self) -> list[QWidget]:
        """The section's widgets in the order Tab visits them (the editor puts them after the notes)."""
        return [self.toggle, self.tree, self.add_button, self.defaults_button, self.keep_button,
                self.drop_button, self.remove_button]  # fmt: skip

    def followups(self) -> list[Followup]:
        """The post's follow-ups as last read (none for a new post)."""
        return list(self._followups)

    def reload(self) -> None:
        """Read the post's follow-ups again (or the new post's defaults) and show them."""
        if self._post is not None:
            try:
                self._followups = self._planner.followups.list(post_id=self._post.id)
            except PlannerError as error:
                self.show_message(error.message)
        self.tree.clear()
        if self._post is None:
            self._show_defaults(self._defaults())
        else:
            for followup in self._followups:
                self._row(followup)
        for column in range(1, self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        self._summarise()
        self._enable()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _defaults(self) -> tuple[FollowupDefault, ...]:
        category: Category | None = self._categories.get(self._category or "")
        return category.followups if category is not None else ()

    def _show_defaults(self, defaults: Sequence[FollowupDefault]) -> None:
        for default in defaults:
            item = QTreeWidgetItem(
                self.tree,
                [
                    self._kind(default.kind, default.duration_minutes, ""),
                    self.tr("{offset} after the post").format(offset=offset_words(default.after)),
                    self.tr("when saved with a date"),
                    "",
                ],
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(item.font(0))
            font.setItalic(True)
            for column in range(self.tree.columnCount()):
                item.setFont(column, font)

    def _row(self, followup: Followup) -> None:
        item = QTreeWidgetItem(
            self.tree,
            [
                self._kind(followup.kind, followup.duration_minutes, followup.note),
                self._due(followup),
                self._status(followup),
                followup.owner or "",
            ],
        )
        item.setData(0, FOLLOWUP_ROLE, followup.id)
        item.setToolTip(1, moment_text(QLocale(), followup.due))
        if followup.late:
            for column in range(self.tree.columnCount()):
                item.setForeground(column, QBrush(PAST_DUE))

    def _summarise(self) -> None:
        if self._post is None:
            count = len(self._defaults())
            self.toggle.setText(self.tr("Follow-ups (%n)", "", count))
            self.summary.setText(
                self.tr("The category gives a new post these once it is saved with a date.") if count else ""
            )
            return
        late = sum(1 for f in self._followups if f.late)
        self.toggle.setText(self.tr("Follow-ups (%n)", "", len(self._followups)))
        self.summary.setText(self.tr("%n late", "", late) if late else "")
        set_error_text(self.summary, late > 0)

    def _kind(self, kind: FollowupKind, minutes: int | None, note: str) -> str:
        if kind is FollowupKind.REPLIES:
            minutes = minutes or 60
            if minutes % 60:
                return self.tr("Reply window, %n min", "", minutes)
            return self.tr("Reply window, %n h", "", minutes // 60)
        if kind is FollowupKind.POST:
            return self.tr("Promised post: {note}").format(note=note) if note else self.tr("Promised post")
        return self.tr("Answer to {whom}").format(whom=note) if note else self.tr("Answer")

    def _due(self, followup: Followup) -> str:
        """ "in 2 h", "3 h ago" near now; a day and a time (the post's wall clock) further."""
        left = followup.due - self._planner.now()
        if abs(left) >= SOON:
            return moment_text(QLocale(), followup.due)
        hours, minutes = divmod(int(abs(left).total_seconds()) // 60, 60)
        if left >= timedelta(0):
            return self.tr("in %n h", "", hours) if hours else self.tr("in %n min", "", minutes)
        return self.tr("%n h ago", "", hours) if hours else self.tr("%n min ago", "", minutes)

    def _status(self, followup: Followup) -> str:
        if followup.status is FollowupStatus.LATE:
            return self.tr("late")
        if followup.status is FollowupStatus.KEPT:
            return self.tr("kept")
        if followup.status is FollowupStatus.DROPPED:
            return self.tr("dropped: {reason}").format(reason=followup.reason or "")
        if followup.kept_by_post is not None:
            return self.tr("open, kept once post {post} is published").format(post=followup.kept_by_post)
        return self.tr("open")

    def selected(self) -> Followup | None:
        item = self.tree.currentItem()
        followup_id = item.data(0, FOLLOWUP_ROLE) if item is not None else None
        return next((f for f in self._followups if f.id == followup_id), None)

    def _enable(self) -> None:
        changeable = self._post is not None and self._ops is not None and self._post.start is not None
        chosen = self.selected()
        open_ = chosen is not None and chosen.status in (FollowupStatus.OPEN, FollowupStatus.LATE)
        self.add_button.setEnabled(changeable)
        having = {(f.kind, f.offset) for f in self._followups}
        missing = [d for d in self._defaults() if (d.kind, d.after) not in having]
        self.defaults_button.setEnabled(changeable and bool(missing))
        # A promised post is kept by the post that keeps it, once published: linked in the Follow-ups panel.
        self.keep_button.setEnabled(
            changeable and open_ and chosen is not None and chosen.kind is not FollowupKind.POST
        )
        self.drop_button.setEnabled(changeable and open_)
        self.remove_button.setEnabled(changeable and open_)
        for button in (self.add_button, self.defaults_button, self.keep_button, self.drop_button, self.remove_button):
            button.setVisible(self._post is not None)

    def _fold(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.body.setVisible(shown)

    # -- changing them ------------------------------------------------------------

    def add(self) -> None:
        """The form to add a follow-up by hand; saved (and undoable) when the form is accepted."""
        from ui.editor.followup_form import FollowupForm
        from ui.once import one_use

        if self._post is None or self._ops is None:
            return
        with one_use(FollowupForm(self._planner, self._post, self._ops, self)) as form:
            if form.exec():
                self._done(None)

    def add_defaults(self) -> None:
        if self._post is not None and self._ops is not None:
            self._done(self._ops.add_default_followups(self._post, self._category))

    def keep(self) -> None:
        chosen = self.selected()
        if chosen is not None and self._ops is not None:
            self._done(self._ops.keep_followup(chosen))

    def drop(self) -> None:
        chosen = self.selected()
        if chosen is not None and self._ops is not None:
            self._done(self._ops.drop_followup(chosen))

    def remove(self) -> None:
        chosen = self.selected()
        if chosen is not None and self._ops is not None:
            self._done(self._ops.remove_followup(chosen) or None)

    def _done(self, result: object) -> None:
        """After a change: the follow-ups as they are now, and why nothing changed if it did not."""
        error = self._ops.last_error if self._ops is not None and result is None else None
        self.show_message(error.message if error is not None else "")
        kept = self.selected()
        self.reload()
        if kept is not None:
            for row in range(self.tree.topLevelItemCount()):
                item = self.tree.topLevelItem(row)
                if item is not None and item.data(0, FOLLOWUP_ROLE) == kept.id:
                    self.tree.setCurrentItem(item)
        self.toggle.setChecked(True)
