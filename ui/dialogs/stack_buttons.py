"""Undo and Redo of the window's undo stack inside a modal dialog whose changes are steps on it
(Planning ▸ Slots…, Planning ▸ Team…): the window's Edit menu is out of reach while the dialog is
open, so the dialog carries the two, with the usual keys, each naming the step it takes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget


class StackButtons:
    """``undo_button`` and ``redo_button`` on ``dialog``, over ``stack``; :meth:`show_stack` after each step."""

    def __init__(self, dialog: QWidget, stack: QUndoStack) -> None:
        self._stack = stack
        self.undo_button = _button(
            dialog, QCoreApplication.translate("StackButtons", "&Undo"), QKeySequence.StandardKey.Undo, stack.undo
        )
        self.redo_button = _button(
            dialog, QCoreApplication.translate("StackButtons", "Red&o"), QKeySequence.StandardKey.Redo, stack.redo
        )
        self.show_stack()

    def show_stack(self) -> None:
        """Undo and Redo enabled when there is a step to take, which their tooltips name ("Undo Approve
        “Quiz”", in French "Défaire l’approbation de « Quiz »": a step's text is what follows the verb)."""
        undo = QCoreApplication.translate("StackButtons", "Undo {step}")
        redo = QCoreApplication.translate("StackButtons", "Redo {step}")
        for button, can, text in (
            (self.undo_button, self._stack.canUndo(), undo.format(step=self._stack.undoText())),
            (self.redo_button, self._stack.canRedo(), redo.format(step=self._stack.redoText())),
        ):
            button.defaultAction().setEnabled(can)
            button.defaultAction().setToolTip(text if can else "")


def _button(dialog: QWidget, text: str, key: QKeySequence.StandardKey, step: Callable[[], None]) -> QToolButton:
    action = QAction(text, dialog)
    action.setShortcuts(QKeySequence.keyBindings(key))
    action.triggered.connect(step)
    dialog.addAction(action)
    button = QToolButton(dialog)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # as wide as the buttons beside
    return button
