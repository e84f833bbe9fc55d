"""What the window says of its user's actions: the status bar's message of an action, until the next
one, and the "N balance warnings" line under the range's title, which keeps its place when empty.

A refusal said in the status bar ("Refused: …") that stays through later successful drops reads as
if those were refused too: an action's message goes when the next action is done (or a drag
starts), or after its time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
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


class MessageRoom(QObject):
    """Keeps the status bar's normal widgets ("3 posts this week", "2 to confirm", "1 follow-up late")
    off its message. QStatusBar hides them while a message shows and shows them again after; one
    shown meanwhile (by the window's own refresh, or by Qt showing its parent again) would be
    drawn on the message. Such a widget is hidden again as QStatusBar hides it, so it comes back
    when the message goes. What must stay readable through messages is a permanent widget instead."""

    def __init__(self, bar: QStatusBar, widgets: list[QWidget]) -> None:
        super().__init__(bar)
        self._bar = bar
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and self._bar.currentMessage():
            watched.hide()
            watched.setAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide, False)  # shown after the message
        return False


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


PATH_CHARS = 48
"""The widest the database's path is drawn in the status bar, in average characters: a long path
would take the room of the messages and counts on its left; the tooltip has it whole."""


class PathLabel(QLabel):
    """The status bar's "Database: …": its whole text kept (``text()``), the path drawn elided in the
    middle when the text is longer than :data:`PATH_CHARS`, so messages beside it stay readable and
    the file's name (its end) shows."""

    def __init__(self, template: str, path: str, parent: QWidget | None = None) -> None:
        """``template``: the words around the path, with ``{path}`` where it goes."""
        super().__init__(template.format(path=path), parent)
        self._path = path
        self._around = template.split("{path}", 1) if "{path}" in template else [template, ""]

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * PATH_CHARS), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 12, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """The text as drawn: whole when it fits, else with the path elided in its middle."""
        metrics = self.fontMetrics()
        width = self.contentsRect().width()
        if metrics.horizontalAdvance(self.text()) <= width:
            return self.text()
        before, after = self._around
        room = max(0, width - metrics.horizontalAdvance(before + after))
        # The file's name whole where it fits, its folder elided in the middle; else the whole path.
        folder, slash, name = self._path.rpartition("/")
        left = room - metrics.horizontalAdvance(slash + name)
        if folder and left >= metrics.horizontalAdvance("/…"):
            return before + metrics.elidedText(folder, Qt.TextElideMode.ElideMiddle, left) + slash + name + after
        return before + metrics.elidedText(self._path, Qt.TextElideMode.ElideMiddle, room) + after

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        flags = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.contentsRect(), int(flags), self.shown_text())
