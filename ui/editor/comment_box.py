"""The box where a comment on a post is typed (the editor's Review section): Ctrl+Enter sends it,
and ``@`` followed by letters offers the team's names to mention."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QPlainTextEdit, QWidget


def _is_send_key(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
        event.modifiers() & Qt.KeyboardModifier.ControlModifier
    )


class CommentBox(QPlainTextEdit):
    """Where a comment is typed: Ctrl+Enter sends it (the editor's own Ctrl+Enter saves the post
    when the focus is elsewhere); ``@`` followed by letters offers the team's names."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setWidget(self)
        self.completer.activated.connect(self._complete)

    def set_names(self, names: list[str]) -> None:
        self.names.setStringList(names)

    def event(self, event: QEvent) -> bool:
        # Take Ctrl+Enter before the dialog's shortcut does: here it sends the comment.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and _is_send_key(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer.popup()
        assert popup is not None  # a completer always has its list
        if popup.isVisible() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            event.ignore()  # the completer's popup takes it
            return
        if _is_send_key(event):
            self.submitted.emit()
            return
        super().keyPressEvent(event)
        prefix = self._mention_prefix()
        if prefix is None:
            popup.hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0:
            popup.hide()
            return
        rect = self.cursorRect()
        rect.setWidth(popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width())
        self.completer.complete(rect)

    def _mention_prefix(self) -> str | None:
        """The letters typed after an ``@`` just before the cursor (None when not in a mention)."""
        cursor = self.textCursor()
        before = self.toPlainText()[: cursor.position()]
        found = re.search(r"(?:^|\s)@(\w*)$", before)
        return found.group(1) if found else None

    def _complete(self, name: str) -> None:
        prefix = self._mention_prefix() or ""
        cursor = self.textCursor()
        for _letter in prefix:
            cursor.deletePreviousChar()
        cursor.insertText(name + " ")
        self.setTextCursor(cursor)
