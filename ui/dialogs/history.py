"""The history of a post: every version, who saved it, when, what changed and why.

"Restore this version" does not save: the core works out the edit that brings
the version back (the fields that differ) and the dialog emits it in a
:class:`RestoreRequest`; the window runs it through its undo stack like any
edit, so the restore can be undone. A deleted post's history can be read; its
versions can no longer be restored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QStyle,
    QWidget,
)

from planner.errors import NotFoundError, PlannerError
from planner.history import UNDO_REASON, FollowupEvent, PostVersion
from planner.model import ChangeKind, FollowupKind, Post, PostPatch
from planner.service import Planner
from ui.dialogs import AnyIndex, RowsModel, rows_and_details
from ui.dialogs.conflict import DifferenceModel, when_text
from ui.dialogs.fitting import fit_dialog, fit_table, free_room


@dataclass(frozen=True, slots=True)
class RestoreRequest:
    """What the user asked for: ``post`` (as the dialog read it) back to ``version`` with ``patch``."""

    post: Post
    version: int
    patch: PostPatch


class ChangesModel(DifferenceModel):
    """Field | Before | After of one version; Field | Value for a creation."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], deleted=False, parent=parent)
        self._creation = False

    def set_version(self, version: PostVersion | None) -> None:
        self.beginResetModel()
        changes = version.changes if version is not None else ()  # a follow-up's change has none
        self._rows = [(c.field, c.before, c.after) for c in changes]
        # A creation has no "before": one column of values, as the conflict dialog shows a deleted post.
        self._creation = version is not None and version.action is ChangeKind.CREATE
        self._deleted = self._creation
        self.endResetModel()

    def titles(self) -> list[str]:
        if self._creation:
            return [self.tr("Field"), self.tr("Value")]
        return [self.tr("Field"), self.tr("Before"), self.tr("After")]


class VersionModel(RowsModel[PostVersion]):
    """Version | When | Who | Change | What changed | Reason, oldest first."""

    def __init__(self, planning_zone: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = ZoneInfo(planning_zone)
        self._labels = ChangesModel(self)  # the fields' names, as the details table shows them

    def titles(self) -> list[str]:
        return [
            self.tr("Version"),
            self.tr("When"),
            self.tr("Who"),
            self.tr("Change"),
            self.tr("What changed"),
            self.tr("Reason"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        version = self.value(index.row())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() not in (4, 5):
            return None  # the long cells only
        if role == Qt.ItemDataRole.FontRole and version.current:
            font = QFont()
            font.setBold(True)  # the version the post is at now
            return font
        return super().data(index, role)

    def cell(self, version: PostVersion, column: int) -> str:
        return self._text(version, column)

    def _text(self, version: PostVersion, column: int) -> str:
        if column == 0:
            if version.version is None:
                return ""
            if version.current:
                return self.tr("{version} (now)", "the version the post is at").format(version=version.version)
            return str(version.version)
        if column == 1:
            return when_text(version.at.astimezone(self._zone))
        if column == 2:
            return version.who
        if column == 3:
            return self.action_text(version)
        if column == 4 and version.followup is not None:
            return self.followup_text(version.followup)
        if column == 4:
            return self.tr(", ", "between field names").join(
                self._labels.field_label(change.field) for change in version.changes
            )
        if version.followup is not None and version.followup.reason:
            return version.followup.reason  # why it was dropped
        if version.reason == UNDO_REASON:
            return self.tr("Undo or redo", "why a change was saved")
        return version.reason or ""

    def followup_text(self, event: FollowupEvent) -> str:
        """The follow-up's kind, and its due instant where this change set it."""
        kinds = {
            FollowupKind.REPLIES: self.tr("Reply window"),
            FollowupKind.POST: self.tr("Promised post"),
            FollowupKind.ANSWER: self.tr("Answer"),
        }
        kind = kinds.get(event.kind, "") if event.kind is not None else ""
        if event.due is None or event.event not in ("created", "moved", "back", "reopened"):
            return kind
        due = when_text(event.due.astimezone(self._zone))
        return self.tr("{kind}, due {due}", "a follow-up's kind and due instant").format(kind=kind, due=due)

    def followup_action(self, event: FollowupEvent) -> str:
        """What happened to the follow-up, in a few words."""
        texts = {
            "created": self.tr("Follow-up {id} added"),
            "linked": self.tr("Follow-up {id} linked to post {post}"),
            "kept": self.tr("Follow-up {id} kept"),
            "dropped": self.tr("Follow-up {id} dropped"),
            "reopened": self.tr("Follow-up {id} reopened"),
            "moved": self.tr("Follow-up {id} moved with its post"),
            "withdrawn": self.tr("Follow-up {id} withdrawn with its cancelled post"),
            "back": self.tr("Follow-up {id} back with its post"),
            "removed": self.tr("Follow-up {id} removed"),
        }
        text = texts.get(event.event, self.tr("Follow-up {id} changed"))
        if event.event == "kept" and event.by_post is not None:
            text = self.tr("Follow-up {id} kept by post {post}")
        return text.format(id=event.id, post=event.by_post if event.by_post is not None else "")

    def action_text(self, version: PostVersion) -> str:
        if version.followup is not None:
            return self.followup_action(version.followup)
        if version.batch is not None:
            return self.tr("Created with %n posts at once", "only for more than 50 posts", version.batch)
        if version.from_copy is not None:
            return self.tr("Brought back from {file}").format(file=PurePath(version.from_copy.file).name)
        if version.restored_from is not None:
            return self.tr("Restored version {version}").format(version=version.restored_from)
        if version.undeleted:
            return self.tr("Brought back (deletion undone)")
        if version.copied_from is not None:
            return self.tr("Created as a copy of post {id}").format(id=version.copied_from)
        texts = {
            ChangeKind.CREATE: self.tr("Created"),
            ChangeKind.EDIT: self.tr("Edited"),
            ChangeKind.MOVE: self.tr("Moved"),
            ChangeKind.DELETE: self.tr("Deleted"),
        }
        return texts[version.action]


# The versions the history shows without scrolling, when the post has that many.
HISTORY_ROWS = 8
# What changed and the reason: long texts, shown whole in their tooltips.
LONG_COLUMNS = (4, 5)


class HistoryDialog(QDialog):
    """The versions of one post, the details of the selected one, and "Restore this version"."""

    restoreRequested = Signal(object)  # a RestoreRequest

    def __init__(self, planner: Planner, post_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._planner = planner
        self._post_id = post_id
        self._post: Post | None = None
        self.setWindowTitle(self.tr("Post history"))

        self.model = VersionModel(planner.planning_zone, self)
        self.changes = ChangesModel(self)
        parts = rows_and_details(self, self.model, self.changes, self.tr("&Restore this version"))
        self.heading, self.table, self.details, self.note = parts.heading, parts.table, parts.details, parts.note
        self.message, self.buttons, self.restore_button = parts.message, parts.buttons, parts.action
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.restore_button.clicked.connect(self.restore_selected)
        self.reload()
        fit_dialog(self)

    # -- reading ------------------------------------------------------------------

    def reload(self) -> None:
        """Read the history again (after a restore, or when someone else changed the post)."""
        self.message.clear()
        try:
            versions = self._planner.post_history(self._post_id)
            try:
                self._post = self._planner.get_post(self._post_id)
            except NotFoundError:
                self._post = None
        except PlannerError as error:
            versions = []
            self.message.show_message(error.message)
        self.model.set_rows(versions)
        self.heading.setText(self._heading(versions))
        room = free_room(self) - QSize(4 * self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin), 0)
        # The versions' columns whole, eight of them in view; the details under them at that width.
        fit_table(self.table, HISTORY_ROWS, QSize(room.width(), room.height() // 2), elastic=LONG_COLUMNS)
        self.details.setMinimumSize(self.table.minimumWidth(), self.fontMetrics().lineSpacing() * 8)
        if versions:
            self.table.selectRow(len(versions) - 1)  # the latest change first in view
            self.table.scrollToBottom()
        self._selection_changed()

    def selected(self) -> PostVersion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.value(rows[0].row()) if rows else None

    def select_version(self, version: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.value(row).version == version:
                self.table.selectRow(row)

    def _heading(self, versions: list[PostVersion]) -> str:
        if self._post is not None:
            return self.tr("History of “{title}”").format(title=self._post.title)
        titles = [c.after for v in versions for c in v.changes if c.field == "title" and c.after]
        if titles:
            return self.tr("History of “{title}”, deleted").format(title=titles[-1])
        return self.tr("History of post {id}").format(id=self._post_id)

    def _selection_changed(self) -> None:
        version = self.selected()
        self.changes.set_version(version)
        self.details.resizeRowsToContents()
        self.note.setText(self._note(version))
        self.restore_button.setEnabled(version is not None and version.restorable and self._post is not None)

    def _note(self, version: PostVersion | None) -> str:
        if version is None:
            return "" if self.model.rowCount() else self.tr("No change of this post is in the history.")
        if version.followup is not None:
            return self.tr("A change of one of the post's follow-ups: it makes no version of the post.")
        if version.action is ChangeKind.DELETE:
            return self.tr("The post was deleted here.")
        if self._post is None:
            return self.tr("The post was deleted: its versions can no longer be restored.")
        if version.current:
            return self.tr("This is the post as it is now.")
        if not version.kept and version.batch:
            return self.tr(
                "This version was created with %n posts at once, whose fields were not kept one by one: "
                "it cannot be restored.",
                "",
                version.batch,
            )
        if not version.kept:
            return self.tr("An older Dialogos saved this version without keeping it whole: it cannot be restored.")
        if not version.restorable:
            return self.tr("The post is already as in this version.")
        return self.tr(
            "Restoring saves the post as it was in version {version}, as a new version: Undo takes it back."
        ).format(version=version.version)

    # -- restoring --------------------------------------------------------------------

    def restore_selected(self) -> None:
        """Ask the window to bring the selected version back, then close."""
        version = self.selected()
        if version is None or version.version is None or self._post is None or not version.restorable:
            return
        try:
            patch = self._planner.restore_patch(self._post_id, version.version)
        except PlannerError as error:
            # Someone changed or deleted the post meanwhile: say so and show the history as it is now.
            self.reload()
            self.message.show_message(error.message)
            return
        self.restoreRequested.emit(RestoreRequest(self._post, version.version, patch))
        self.accept()
