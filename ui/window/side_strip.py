"""The side panels' strip: below a window width the docks fold into a narrow toolbar of their
names, and the week gets their width (the cards are what a narrow window is for).

Folding is the window's doing, not the user's: a panel the user opens from the strip stays open,
the panels folded come back when the window is wide again, and the layout saved on closing is the
unfolded one (a window reopened wide shows its panels).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar

FOLD_BELOW = 960
"""The window width (pixels) under which the side panels fold into the strip."""
UNFOLD_FROM = 1000
"""The width from which they come back (a little more: a window resized by a few pixels does not flicker)."""


class SideStrip:
    """Folds ``docks`` of ``window`` into a vertical strip of their toggles, and back."""

    def __init__(self, window: QMainWindow, docks: Sequence[QDockWidget]) -> None:
        self._window, self._docks = window, list(docks)
        self.toolbar = QToolBar(QCoreApplication.translate("SideStrip", "Side panels"), window)
        self.toolbar.setObjectName("side_strip")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for dock in self._docks:
            self.toolbar.addAction(dock.toggleViewAction())
        window.addToolBar(Qt.ToolBarArea.RightToolBarArea, self.toolbar)
        self.toolbar.hide()
        self._folded: list[QDockWidget] | None = None  # the docks folded away, while folded

    def is_folded(self) -> bool:
        return self._folded is not None

    def fit(self, width: int) -> None:
        """Fold the docks shown beside the week when ``width`` is narrow; bring them back when wide."""
        if self._folded is None and width < FOLD_BELOW:
            self._folded = [dock for dock in self._docks if not dock.isHidden() and not dock.isFloating()]
            for dock in self._folded:
                dock.hide()
            self.toolbar.show()
        elif self._folded is not None and width >= UNFOLD_FROM:
            self.unfold()

    def unfold(self) -> None:
        """The folded docks shown again, the strip hidden (before the window's layout is saved too)."""
        if self._folded is None:
            return
        folded, self._folded = self._folded, None
        for dock in folded:
            dock.show()
        self.toolbar.hide()
