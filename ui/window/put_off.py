"""The status bar's "Move “Book launch” again": a change a rule refused, put off while the user
added the conversation post that lets it pass (the refusal box's "Add a conversation post").

Once that post is saved, the window offers the change again: a click tries it through the same
operation (judged again, one step to undo). The offer goes at the next change of the plan, or once
clicked: it never runs by itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPushButton, QWidget

from ui.operations import PutOff

TITLE_WIDTH = 150
"""The most pixels the post's title takes in the button (elided beyond): the status bar stays readable."""


class PutOffButton(QPushButton):
    """Hidden until :meth:`offer`; clicked, tries the change put off once more."""

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._put_off: PutOff | None = None
        self.setObjectName("putOffButton")
        self.hide()
        self.clicked.connect(self._again)
        # Undo, redo or any other change: the offer was about the plan as it was.
        stack.indexChanged.connect(lambda _index: self.withdraw())

    def offer(self, put_off: PutOff) -> str:
        """Show the button for ``put_off``; the line that says so, for the status bar."""
        self._put_off = put_off
        title = self.fontMetrics().elidedText(put_off.title, Qt.TextElideMode.ElideRight, TITLE_WIDTH)
        if put_off.moved:
            self.setText(self.tr("Move “{title}” again").format(title=title))
            line = self.tr("The conversation post is saved: now try the move again.")
        else:
            self.setText(self.tr("Save “{title}” again").format(title=title))
            line = self.tr("The conversation post is saved: now try saving again.")
        self.setToolTip(line)
        self.show()
        return line

    def offered(self) -> PutOff | None:
        return self._put_off

    def withdraw(self) -> None:
        self._put_off = None
        self.hide()

    def _again(self) -> None:
        put_off = self._put_off
        self.withdraw()
        if put_off is not None:
            put_off.again()
