"""Another copy of the plan (a conflicted copy a sync tool left, a backup): the posts
that differ, and "Bring back" for the one selected.

The comparing is the core's (:meth:`planner.service.Planner.compare_with_copy`),
run off the GUI thread; bringing a post back is asked of the window in a
:class:`BringBackRequest`, which runs it through its undo stack like any edit,
then the dialog compares again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QWidget,
)

from planner.errors import PlannerError
from planner.model import Post
from planner.service import Planner
from planner.sharing.comparison import Deletion, Difference, PlanComparison, PostDifference
from ui.background import run_in_background
from ui.dialogs import RowsModel, rows_and_details
from ui.dialogs.conflict import DifferenceModel, when_text


@dataclass(frozen=True, slots=True)
class BringBackRequest:
    """What the user asked for: the post of ``difference`` back from the ``copy`` file."""

    copy: Path
    difference: PostDifference


class CopyFieldsModel(DifferenceModel):
    """Field | In the plan | In the copy, for the selected post."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], deleted=False, parent=parent)

    def set_difference(self, difference: PostDifference | None) -> None:
        self.beginResetModel()
        self._rows = [] if difference is None else [(f.field, f.plan, f.other) for f in difference.fields]
        self.endResetModel()

    def titles(self) -> list[str]:
        return [self.tr("Field"), self.tr("In the plan"), self.tr("In the copy")]


class DifferencesModel(RowsModel[PostDifference]):
    """Difference | When | Platform | Title | In the plan | In the copy, in time order."""

    def __init__(self, planning_zone: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = ZoneInfo(planning_zone)

    def titles(self) -> list[str]:
        return [
            self.tr("Difference"),
            self.tr("When"),
            self.tr("Platform"),
            self.tr("Title"),
            self.tr("In the plan"),
            self.tr("In the copy"),
        ]

    def cell(self, difference: PostDifference, column: int) -> str:
        post = difference.post
        if column == 0:
            return self.kind_text(difference.difference)
        if column == 1:
            return when_text(post.start) if post.start else self.tr("Idea (no date)")
        if column == 2:
            return post.platform
        if column == 3:
            return post.title
        if column == 4:
            return self._side(difference.plan, difference.deleted_in_plan)
        return self._side(difference.other, difference.deleted_in_other)

    def kind_text(self, kind: Difference) -> str:
        texts = {
            Difference.ONLY_IN_PLAN: self.tr("Only in the plan"),
            Difference.ONLY_IN_OTHER: self.tr("Only in the copy"),
            Difference.CHANGED: self.tr("Changed"),
        }
        return texts[kind]

    def _side(self, post: Post | None, deletion: Deletion | None) -> str:
        if post is not None:
            return self.tr("v{version} · {who} · {when}", "a post's version, who saved it, when").format(
                version=post.version, who=post.updated_by, when=when_text(post.updated_at.astimezone(self._zone))
            )
        if deletion is not None:
            return self.tr("Deleted by {who}, {when}").format(
                who=deletion.who, when=when_text(deletion.at.astimezone(self._zone))
            )
        return "—"


class CopyDialog(QDialog):
    """The posts that differ between the plan and one of ``copies``, and "Bring back"."""

    bringBackRequested = Signal(object)  # a BringBackRequest

    def __init__(
        self,
        planner: Planner,
        copies: list[Path],
        parent: QWidget | None = None,
        *,
        explanations: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._comparison: PlanComparison | None = None
        self._explanations = dict(explanations or {})  # what a conflicted copy is, by its path
        self.setWindowTitle(self.tr("Compare with another copy of the plan"))

        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.chooser = QComboBox(self)
        for path in copies:
            self.chooser.addItem(path.name, str(path))
        self.chooser.setVisible(len(copies) > 1)
        self.model = DifferencesModel(planner.planning_zone, self)
        self.fields = CopyFieldsModel(self)
        parts = rows_and_details(
            self, self.model, self.fields, self.tr("&Bring back"), above=(self.explanation, self.chooser)
        )
        self.heading, self.table, self.details, self.note = parts.heading, parts.table, parts.details, parts.note
        self.message, self.buttons, self.bring_back_button = parts.message, parts.buttons, parts.action

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.chooser.currentIndexChanged.connect(lambda _index: self.reload())
        self.bring_back_button.clicked.connect(self.bring_back_selected)
        self.resize(self.fontMetrics().averageCharWidth() * 175, self.fontMetrics().lineSpacing() * 32)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The details wrap at the widths known only now: fit their rows to them.
        self.details.resizeRowsToContents()

    def copy(self) -> Path:
        return Path(str(self.chooser.currentData()))

    # -- comparing -----------------------------------------------------------------

    def reload(self) -> None:
        """Compare the plan with the chosen copy again (another copy chosen, or the plan changed)."""
        self.message.clear()
        self._compare()

    def _compare(self) -> None:
        copy = self.copy()
        self.explanation.setText(self._explanations.get(str(copy), ""))
        self.explanation.setVisible(bool(self.explanation.text()))
        try:
            self._comparison = run_in_background(
                self,
                self.tr("Comparing with {file}…").format(file=copy.name),
                lambda: self._planner.compare_with_copy(copy),
            )
        except PlannerError as error:
            self._comparison = None
            self.message.show_message(error.message)
        self.model.set_rows(self._comparison.differences if self._comparison else [])
        self.heading.setText(self._heading())
        if self.model.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    def _heading(self) -> str:
        comparison = self._comparison
        if comparison is None:
            return ""
        if not comparison.differences:
            return self.tr("The plan and {file} hold the same posts.").format(file=self.copy().name)
        return self.tr("{file}: {only_copy} only in the copy, {only_plan} only in the plan, {changed} changed.").format(
            file=self.copy().name,
            only_copy=comparison.count(Difference.ONLY_IN_OTHER),
            only_plan=comparison.count(Difference.ONLY_IN_PLAN),
            changed=comparison.count(Difference.CHANGED),
        )

    def selected(self) -> PostDifference | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.value(rows[0].row()) if rows else None

    def select_title(self, title: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.value(row).post.title == title:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        difference = self.selected()
        self.fields.set_difference(difference)
        self.details.setVisible(difference is not None and bool(difference.fields))
        self.details.resizeRowsToContents()
        self.note.setText(self._note(difference))
        self.bring_back_button.setEnabled(
            difference is not None and difference.can_bring_back and not self._planner.read_only
        )

    def _note(self, difference: PostDifference | None) -> str:
        if difference is None:
            return ""
        if difference.difference is Difference.ONLY_IN_PLAN:
            if difference.deleted_in_other is not None:
                return self.tr("Deleted in the copy: to delete it from the plan too, delete it in the plan.")
            return self.tr("Only the plan has this post: there is nothing to bring back from the copy.")
        if difference.difference is Difference.ONLY_IN_OTHER and difference.deleted_in_plan is not None:
            return self.tr(
                "Someone deleted this post from the plan. Bringing it back creates it again as the copy has it: "
                "Undo takes it back."
            )
        if difference.difference is Difference.ONLY_IN_OTHER:
            return self.tr("Bringing it back creates it in the plan as the copy has it: Undo takes it back.")
        return self.tr("Bringing it back saves the post as the copy has it, as a new version: Undo takes it back.")

    # -- bringing back -------------------------------------------------------------

    def bring_back_selected(self) -> None:
        """Ask the window to bring the selected post back, then compare again (a failure stays said)."""
        difference = self.selected()
        if difference is None or not difference.can_bring_back:
            return
        self.message.clear()
        # The window saves it, and says here why if it could not (it connects its failures to ``message``).
        self.bringBackRequested.emit(BringBackRequest(self.copy(), difference))
        self._compare()
