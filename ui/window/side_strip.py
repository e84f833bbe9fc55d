"""The side panels' strip: below a window width, or when the shown week's posts side by side in
one hour would get lanes too narrow for their time, the docks fold into a narrow toolbar of their
names, and the week gets their width (the cards are what a narrow window is for).

Folding is the window's doing, not the user's: a panel the user opens from the strip stays open,
the panels folded come back when the window is wide again, and the layout saved on closing is the
unfolded one (a window reopened wide shows its panels). A panel the user opens or closes from the
strip is the user's choice, and wins: closed there, it does not come back when the window widens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar

FOLD_BELOW = 1100
"""The window width (pixels) under which the side panels fold into the strip: narrower, they could
not give way to their share of it (the balance panel needs about 320 pixels to read), and a 1024-pixel
laptop window is the week's."""
UNFOLD_FROM = 1140
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
            action = dock.toggleViewAction()
            self.toolbar.addAction(action)
            action.triggered.connect(lambda _checked=False, dock=dock: self._chosen(dock))
        window.addToolBar(Qt.ToolBarArea.RightToolBarArea, self.toolbar)
        self.toolbar.hide()
        self._folded: list[QDockWidget] | None = None  # the docks folded away, while folded
        self._spans: dict[QDockWidget, tuple[int, int]] = {}  # where the docks were when folded

    def _chosen(self, dock: QDockWidget) -> None:
        """The user showed or hid ``dock`` (from the strip or the View menu): no longer the window's to bring back."""
        if self._folded is not None and dock in self._folded:
            self._folded.remove(dock)

    def is_folded(self) -> bool:
        return self._folded is not None

    def fit(self, width: int, week_width: int, lanes_fit: Callable[[float], bool] | None) -> None:
        """Fold the docks shown beside the week when the window's ``width`` is narrow, or when the week,
        ``week_width`` wide, leaves its crowded hours' cards too narrow (``lanes_fit`` says, for a week
        width); bring them back when the window is wide and the week would still fit beside them.

        Without ``lanes_fit`` (the week not laid out at its new width yet) only a narrow window folds.
        """
        if self._folded is None:
            shown = [dock for dock in self._docks if not dock.isHidden() and not dock.isFloating()]
            if width < FOLD_BELOW or (shown and lanes_fit is not None and not lanes_fit(week_width)):
                self._spans = {dock: (dock.x(), dock.x() + dock.width()) for dock in shown}
                self._folded = shown
                for dock in shown:
                    dock.hide()
                self.toolbar.show()
        elif width >= UNFOLD_FROM and lanes_fit is not None:
            # The week as wide as beside the panels again, less the same margin as the window's width
            # has (a week resized by a few pixels, or a week of posts one lane short, does not flicker).
            if lanes_fit(week_width + self.toolbar.width() - self._regained() - (UNFOLD_FROM - FOLD_BELOW)):
                self.unfold()

    def _regained(self) -> int:
        """The width the folded docks would take back from the week: their columns as they were when
        folded, less those the docks the user has opened since already take."""
        opened = [span for dock, span in self._spans.items() if dock not in (self._folded or []) and dock.isVisible()]
        folded = [span for dock, span in self._spans.items() if dock in (self._folded or [])]
        return _covered(opened + folded) - _covered(opened)

    def unfold(self) -> None:
        """The folded docks shown again, the strip hidden (before the window's layout is saved too)."""
        if self._folded is None:
            return
        folded, self._folded = self._folded, None
        for dock in folded:
            dock.show()
        self.toolbar.hide()


def _covered(spans: Sequence[tuple[int, int]]) -> int:
    """The width docks spanning ``spans`` (left, right) take beside the central widget: docks stacked
    in one column count once, and each column its splitter handle."""
    covered, right = 0, None
    for left, end in sorted(spans):
        if right is None or left >= right:
            covered, right = covered + end - left + SPLITTER, end
        elif end > right:
            covered, right = covered + end - right, end
    return covered


SPLITTER = 6
"""About a dock column's splitter handle and margins, in pixels."""
