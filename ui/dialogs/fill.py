"""Planning ▸ Fill the week…: which backlog ideas go into which empty slots of the shown range,
seen before anything is written, and applied as one undoable step (:mod:`ui.fill_operations`).

The core chooses (:mod:`planner.fill`): conversation slots first, promotion last and only where
every rule lets it pass. The dialog shows its proposal, what it could not fill and why, and
says when the range has no slots at all, with the way to add some.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.fill import FillProposal, Placement, missing_line
from planner.service import Planner
from planner.timezones import day_range, zone
from ui.editor.fields import moment_text, set_error_text, swatch
from ui.fill_operations import apply_fill
from ui.labels import side_label
from ui.palette import SIDE_COLOURS
from ui.undo import Operations

SLOTS_ACTION_NAME = "actionSlots"
"""The object name of Planning ▸ Slots…, which the "Edit slots…" button triggers when the window has it."""


class FillDialog(QDialog):
    """The proposal for [``first``, ``last``] on ``platforms`` (None: all), applied through ``ops``."""

    def __init__(
        self,
        planner: Planner,
        ops: Operations,
        first: date,
        last: date,
        platforms: Collection[str] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._ops = ops
        self._platforms = tuple(platforms) if platforms is not None else None
        self._zone = planner.planning_zone
        self._range = day_range(first, last, self._zone)
        self._colours = {p.name: p.colour for p in planner.platforms()}
        self.proposal: FillProposal | None = None
        self.done_message = ""  # what the window says once the proposal is applied
        self._left_out: dict[int, Placement] = {}  # the ideas the user unticked, by id, as last placed
        self.setWindowTitle(self.tr("Fill the week"))

        locale = QLocale()
        day_format = self.tr("ddd d MMM", "QLocale format of the range's first and last days")
        self.range_label = QLabel(
            self.tr("From {first} to {last}, with ideas from the backlog. Nothing is saved until you apply.").format(
                first=locale.toString(_qdate(first), day_format), last=locale.toString(_qdate(last), day_format)
            ),
            self,
        )
        self.range_label.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)

        self.placements = self._placement_list()
        self.placements.itemChanged.connect(self._ticked)
        self.missing_box = QGroupBox(self.tr("Not filled"), self)
        self.missing_label = QLabel(self.missing_box)
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.missing_box).addWidget(self.missing_label)

        self.no_slots_label = QLabel(self)
        self.no_slots_label.setWordWrap(True)
        no_slots_row = QHBoxLayout()
        no_slots_row.addWidget(self.no_slots_label, 1)
        slots = parent.findChild(QAction, SLOTS_ACTION_NAME) if parent is not None else None
        self.edit_slots_button: QPushButton | None = None
        if isinstance(slots, QAction):
            self.edit_slots_button = QPushButton(self.tr("Edit &slots…"), self)
            self.edit_slots_button.clicked.connect(lambda: self._edit_slots(slots))
            no_slots_row.addWidget(self.edit_slots_button, 0, Qt.AlignmentFlag.AlignTop)

        self.error_label = QLabel(self)  # a conflict on apply: one line, in the error colour
        self.error_label.setWordWrap(True)
        set_error_text(self.error_label, True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = self.buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setDefault(True)
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.range_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(no_slots_row)
        layout.addWidget(self.placements, 1)
        layout.addWidget(self.missing_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.propose()
        # Enter applies, Escape cancels: the keyboard starts on the buttons, not in the list.
        placed = self.proposal is not None and bool(self.proposal.placements)
        (self.apply_button if placed else self.buttons.button(QDialogButtonBox.StandardButton.Cancel)).setFocus()
        # Room for a week of placements; without slots, only the lines that say so.
        width = self.fontMetrics().averageCharWidth() * 100
        no_slots = self.proposal is not None and self.proposal.slots == 0
        self.resize(width, self.sizeHint().height() if no_slots else self.fontMetrics().height() * 28)

    def _placement_list(self) -> QTreeWidget:
        """One row per placement, read-only: when, platform, idea, side; the idea's title takes the room."""
        tree = QTreeWidget(self)
        tree.setRootIsDecorated(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        tree.setToolTip(self.tr("Untick an idea to leave it out: the rest is proposed again without it."))
        tree.setHeaderLabels([self.tr("When"), self.tr("Platform"), self.tr("Idea"), self.tr("Side")])
        header = tree.header()
        header.setStretchLastSection(False)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return tree

    # -- the proposal -------------------------------------------------------------

    def propose(self) -> None:
        """Ask the core again and show its proposal (at opening, and after a conflict)."""
        start, end = self._range
        if self._platforms == ():  # the toolbar hides every platform: nothing of theirs to fill
            self.proposal = None
            self._show(None)
            return
        try:
            proposal = self._planner.propose_fill(start, end, self._platforms, leave_out=tuple(self._left_out))
        except PlannerError as error:
            self.proposal = None
            self._show_error(error.message)
            self._show(None)
            return
        self.proposal = proposal
        self._show(proposal)

    def _show(self, proposal: FillProposal | None) -> None:
        placements = proposal.placements if proposal is not None else ()
        self.placements.blockSignals(True)  # filling the list is not the user ticking rows
        self.placements.clear()
        for placement in placements:
            self.placements.addTopLevelItem(self._row(placement, placed=True))
        for placement in self._left_out.values():
            self.placements.addTopLevelItem(self._row(placement, placed=False))
        self.placements.blockSignals(False)
        no_slots = proposal is not None and proposal.slots == 0
        self.placements.setVisible(not no_slots)
        self.no_slots_label.setVisible(no_slots)
        if self.edit_slots_button is not None:
            self.edit_slots_button.setVisible(no_slots)
        if no_slots:
            self.no_slots_label.setText(self._no_slots_text())
        self.summary_label.setText(self._summary(proposal))
        self.summary_label.setVisible(bool(self.summary_label.text()) and not no_slots)
        lines = [missing_line(shortfall) for shortfall in proposal.missing] if proposal is not None else []
        self.missing_label.setText("\n".join(lines))
        self.missing_box.setVisible(bool(lines))
        self.apply_button.setEnabled(bool(placements))

    def _row(self, placement: Placement, *, placed: bool) -> QTreeWidgetItem:
        """A placement, ticked; or an idea the user left out, unticked, with no time."""
        idea = placement.idea
        when = moment_text(QLocale(), placement.start.astimezone(zone(self._zone))) if placed else self.tr("left out")
        item = QTreeWidgetItem([when, placement.slot.platform, idea.title, side_label(idea.side)])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if placed else Qt.CheckState.Unchecked)
        item.setData(0, Qt.ItemDataRole.UserRole, idea.id)
        ratio = self.devicePixelRatioF()
        item.setIcon(1, swatch(self._colours.get(placement.slot.platform, "#808080"), self.palette(), ratio))
        if idea.side is not None:
            item.setIcon(3, swatch(SIDE_COLOURS[idea.side].name(), self.palette(), ratio))
        item.setToolTip(2, idea.title)  # a long title is elided in its column
        return item

    def _ticked(self, item: QTreeWidgetItem, column: int) -> None:
        """A row unticked leaves its idea out, ticked back puts it in again: either way the core
        proposes again, since a promotion may pass only thanks to a conversation post before it."""
        if column != 0 or self.proposal is None:
            return
        idea_id = item.data(0, Qt.ItemDataRole.UserRole)
        if item.checkState(0) is Qt.CheckState.Checked:
            self._left_out.pop(idea_id, None)
        else:
            placed = next((p for p in self.proposal.placements if p.idea.id == idea_id), None)
            if placed is not None:
                self._left_out[idea_id] = placed
        self.apply_button.setEnabled(False)  # the proposal on screen is no longer the one to apply
        # Once the item is done telling: proposing again clears the list, this item with it.
        QTimer.singleShot(0, self, self.propose)

    def _summary(self, proposal: FillProposal | None) -> str:
        if proposal is None and self._platforms == ():
            return self.tr("No platform is shown: show one in the toolbar to fill its slots.")
        if proposal is None:
            return ""
        if proposal.empty_slots == 0 and proposal.past_slots:
            return self.tr("The empty slots of this range are past: only slots still to come are filled.")
        if proposal.empty_slots == 0:
            return self.tr("Every slot of this range already holds a post: there is nothing to fill.")
        placed = len(proposal.placements)
        if placed == 0 and self._left_out:
            return self.tr("Nothing is placed: every idea proposed is left out.")
        if placed == 0:
            return self.tr("No idea of the backlog fits the %n empty slot(s) of this range.", "", proposal.empty_slots)
        return self.tr("%n idea(s) go into the empty slots:", "", placed)

    def _no_slots_text(self) -> str:
        if self.edit_slots_button is not None:
            return self.tr(
                "This range has no slots. Filling places ideas in the platforms' weekly slots: add some first."
            )
        return self.tr(
            "This range has no slots. Filling places ideas in the platforms' weekly slots: add some first "
            "(Planning ▸ Slots… or dialogos slot add)."
        )

    # -- applying -----------------------------------------------------------------

    def _apply(self) -> None:
        """Write the proposal as one step; a conflict says so in one line and shows the new proposal."""
        if self.proposal is None or not self.proposal.placements:
            return
        try:
            change = apply_fill(self._ops, self.proposal)
        except PlannerError as error:
            self.propose()
            self._show_error(
                self.tr("Nothing was placed: {error} The proposal below is for the plan as it is now.").format(
                    error=error.message
                )
            )
            return
        self.done_message = self.tr("%n idea(s) placed; Edit ▸ Undo takes them back.", "", len(change.posts))
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _edit_slots(self, slots: QAction) -> None:
        """Planning ▸ Slots… once this dialog is closed (one dialog at a time)."""
        self.reject()
        QTimer.singleShot(0, slots.trigger)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
