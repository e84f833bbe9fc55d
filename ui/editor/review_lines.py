"""What saving a post means for its review, said in the editor before it is saved: "Saving sends it
back to review" when the text of an approved post changed, and "Schedule without review" for an
approver when the core refuses to schedule an unapproved post.

The core decides both (:mod:`planner.review`): it refuses the rehearsed save (the editor shows its
refusal where the balance verdict is), and it sends an approved post's changed text back to review.
These lines only say it ahead, from the plan's setting, the post's approval and the fields changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from planner.errors import PlannerError
from planner.model import UNSET, Post, PostPatch, Role, Status
from planner.service import Planner

# The fields whose change sends an approved post back to review (the core's own list).
REVIEWED_FIELDS = ("title", "body", "link")


class ReviewLines(QWidget):
    """The review's lines under the editor's verdict; ``waiveRequested`` when an approver chooses
    to schedule without review."""

    waiveRequested = Signal()

    def __init__(self, planner: Planner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._planner = planner
        self.note = QLabel(self.tr("Saving sends it back to review: its approval goes."), self)
        self.note.setWordWrap(True)
        self.note.hide()
        self.waive_button = QPushButton(self.tr("Schedule without review"), self)
        self.waive_button.setAutoDefault(False)
        self.waive_button.setToolTip(
            self.tr("As an approver, save it scheduled though nobody approved it: the history says so")
        )
        self.waive_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # a button, not a bar
        self.waive_button.clicked.connect(self.waiveRequested)
        self.waive_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.waive_button, 0, Qt.AlignmentFlag.AlignTrailing)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    def show_for(self, post: Post | None, patch: PostPatch | None, *, refused: bool) -> None:
        """The lines for ``post`` saved with ``patch`` (None: the fields are refused, or a new post);
        ``refused``: the core refuses it until it is approved."""
        self.waive_button.setVisible(refused and self._role() is Role.APPROVER)
        self.note.setVisible(patch is not None and self._reopens(post, patch))
        self.setVisible(self.waive_button.isVisibleTo(self) or self.note.isVisibleTo(self))

    def _role(self) -> Role:
        try:
            return self._planner.review.role_of()
        except PlannerError:
            return Role.EDITOR

    def _reopens(self, post: Post | None, patch: PostPatch) -> bool:
        """Whether saving sends the post back to review: review on, an approval it holds, and its
        title, text or link changed."""
        if post is None or post.approved_by is None or post.status not in (Status.APPROVED, Status.SCHEDULED):
            return False
        if not any(getattr(patch, name) is not UNSET for name in REVIEWED_FIELDS):
            return False
        try:
            return self._planner.review_settings().review
        except PlannerError:
            return False
