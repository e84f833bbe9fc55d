"""Conflicted copies beside the open plan: said once per session for each copy, and
kept in sight while they are there.

Finding them is the core's (:func:`planner.sharing.copies.conflict_copies`), done off
the GUI thread when the window starts and every minute after (a sync tool
makes a copy while the plan is open, when a colleague saves at the same time).
A copy not yet told in this session (or written again since) gets a message
saying what it means, with "Compare…"; a button in the status bar stays while
any copy is there, so closing the message never hides a possible loss. The
app does not share the command line's once-ever memory: a window is kept open
all day, and a warning once per session is what reminds the user until the
copy is dealt with (moved or deleted).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QStyle, QToolButton, QWidget

from planner.service import Planner
from ui.background import Worker

if TYPE_CHECKING:
    from planner.sharing.copies import ConflictCopy


def conflict_copies(path: Path) -> list[ConflictCopy]:
    """The core's :func:`planner.sharing.copies.conflict_copies`, loaded when first looked for
    (after the first paint)."""
    from planner.sharing.copies import conflict_copies as found_beside

    return found_beside(path)


COPIES_CHECK_MS = 60 * 1000


class ConflictCopies(QObject):
    """The copies found beside the plan (``found``), the status bar's button, the message.

    The window places ``button`` in its status bar and opens the comparison on ``compareRequested``.
    """

    compareRequested = Signal()

    def __init__(self, planner: Planner, window: QWidget) -> None:
        super().__init__(window)
        self._planner = planner
        self._window = window
        self.found: list[ConflictCopy] = []
        self._told: set[tuple[str, str]] = set()  # (path, signature) of the copies said in this session
        self._check: Worker | None = None
        self.box: QMessageBox | None = None
        self.button = QToolButton(window)
        self.button.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setAutoRaise(True)
        # No taller than the status bar's text: shown or not, the bar keeps its height.
        line = window.fontMetrics().height()
        self.button.setIconSize(QSize(line, line))
        self.button.setMaximumHeight(line)
        self.button.clicked.connect(lambda: self.compareRequested.emit())
        self.button.hide()
        self._timer = QTimer(self)
        self._timer.setInterval(COPIES_CHECK_MS)
        self._timer.timeout.connect(self.look)

    def start(self) -> None:
        if self._planner.on_server:
            return  # a server has no folder for a sync tool to leave copies in
        self._timer.start()
        QTimer.singleShot(0, self.look)

    def stop(self) -> None:
        self._timer.stop()
        if self._check is not None:
            self._check.wait()

    def look(self) -> None:
        """Look for copies beside the plan, in a thread (a folder on a slow share takes a while)."""
        if self._planner.on_server or self._check is not None:
            return
        path = self._planner.path
        self._check = Worker(lambda: conflict_copies(path))
        self._check.done.connect(self._looked)
        self._check.start()

    def _looked(self, found: object) -> None:
        self._check = None
        if not isinstance(found, list):
            return  # an error listing the folder: nothing to say rather than a wrong alarm
        self.found = found
        self._show_button()
        news = [copy for copy in found if (str(copy.path), copy.signature) not in self._told]
        if news and self.box is None:
            self._told.update((str(copy.path), copy.signature) for copy in news)
            self._tell(news)

    def _show_button(self) -> None:
        count = len(self.found)
        self.button.setText(self.tr("%n conflicted copy(ies)", "", count))
        zone_name = self._planner.planning_zone if count else ""
        self.button.setToolTip("\n".join(copy.summary(zone_name) for copy in self.found))
        self.button.setVisible(bool(count))

    def _tell(self, news: list[ConflictCopy]) -> None:
        """The message, without blocking the window: "Compare…" opens the comparison."""
        zone_name = self._planner.planning_zone
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Conflicted copy of this plan"), "", parent=self._window)
        box.setText(self.tr("A sync tool kept %n other version(s) of this plan beside it.", "", len(news)))
        explanation = self.tr(
            "What someone saved in a copy is not in the plan. Compare the copy with the plan to bring back "
            "the posts you need (Undo takes each back). Once nothing is missing, move or delete the copy "
            "and Dialogos stops warning about it."
        )
        box.setInformativeText("\n\n".join([*(copy.summary(zone_name) for copy in news), explanation]))
        self.compare_button: QPushButton = box.addButton(self.tr("&Compare…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.compare_button)
        box.finished.connect(lambda _result: self._answered(box))
        self.box = box
        box.open()

    def _answered(self, box: QMessageBox) -> None:
        compare = box.clickedButton() is self.compare_button
        self.box = None
        box.deleteLater()
        if compare:
            # Once the click is over: the comparison runs an event loop, which would delete the box under it.
            QTimer.singleShot(0, self.compareRequested.emit)
