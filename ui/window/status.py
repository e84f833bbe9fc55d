"""What the window says of its user's actions: the status bar's message of an action, until the next
one, and the "N balance warnings" line under the range's title, which keeps its place when empty.

A refusal said in the status bar ("Refused: …") that stays through later successful drops reads as
if those were refused too: an action's message goes when the next action is done (or a drag
starts), or after its time.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

ACTION_MESSAGE_MS = 15_000
"""How long an action's message stays when no other action follows."""


class ActionMessages(QObject):
    """The status bar's message of the last action, cleared by the next action."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self._said: str | None = None

    def say(self, message: str, timeout_ms: int = ACTION_MESSAGE_MS) -> None:
        """Show ``message`` for the action just done (or refused)."""
        self._bar.showMessage(message, timeout_ms)
        self._said = message

    def next_action(self) -> None:
        """Another action is done or begins: what the last one said no longer holds. A message said
        by something else (a colleague's change, the live calendar) is left to its own time."""
        if self._said is not None and self._bar.currentMessage() == self._said:
            self._bar.clearMessage()
        self._said = None


class BalanceLine(QLabel):
    """The "N balance warnings" line: one line, elided when narrow (the tooltip has every breach),
    and its height kept when there is none, so the calendar below does not jump when it comes or goes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)

    def set_line(self, text: str) -> None:
        """Show ``text`` (elided to the width), or hide the line keeping its place when ``text`` is empty."""
        self._full = text
        self._elide()
        self.setVisible(bool(text))

    def line(self) -> str:
        """The whole line, as said before any eliding."""
        return self._full

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 20, self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.width()))
        if shown != super().text():
            super().setText(shown)


class PathLabel(QLabel):
    """Where the plan is ("Database: /home/…/plan.sqlite"): the path elided in the middle to the
    room the status bar leaves it, so the file's name stays readable on a narrow window; the whole
    path in the tooltip. The line's words around the path are never cut."""

    def __init__(self, line: str, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._line = line  # translated, with a {path} placeholder
        self._path = path
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(path)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._elide()

    def full_text(self) -> str:
        """The line with the whole path, as said before any eliding."""
        return self._line.format(path=self._path)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.full_text()) + 2 * self.margin(), metrics.height())

    def minimumSizeHint(self) -> QSize:
        # The words and a few characters of the path: the rest of the bar keeps its room.
        metrics = self.fontMetrics()
        least = metrics.horizontalAdvance(self._line.format(path="")) + metrics.averageCharWidth() * 12
        return QSize(min(least, self.sizeHint().width()), metrics.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics, width = self.fontMetrics(), self.contentsRect().width()
        shown = self.full_text()
        if metrics.horizontalAdvance(shown) > width:
            room = width - metrics.horizontalAdvance(self._line.format(path=""))
            shown = self._line.format(path=metrics.elidedText(self._path, Qt.TextElideMode.ElideMiddle, max(0, room)))
        if shown != super().text():
            super().setText(shown)
