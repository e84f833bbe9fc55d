"""The side panels' strip: below a window width, or when the shown week's posts side by side in
one hour would get lanes too narrow for their time, the docks fold into a narrow toolbar of their
names, and the week gets their width (the cards are what a narrow window is for).

Folding is the window's doing, not the user's: a panel the user opens from the strip stays open,
the panels folded come back when the window is wide again, and the layout saved on closing is the
unfolded one (a window reopened wide shows its panels). A panel the user opens or closes from the
strip is the user's choice, and wins: closed there, it does not come back when the window widens;
opened there, it is remembered (in the settings) and stays open when the panels fold again, after
a calmer week brought them back or at the next start, as long as the week's cards still read beside
it. Closed by the user, it folds with the others again.

The margin that keeps a window resized by a few pixels from flickering is kept for small changes
only: a window much wider than when the panels folded (maximised) gets them back as soon as the
week's cards read beside them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar

from ui import settings

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
        self._folded_at = 0  # the window's width when they folded
        names = {dock.objectName() for dock in self._docks}
        self._opened = set(settings.SIDE_PANELS_OPENED.get()) & names  # opened from the strip, kept open
        self._closes = _CloseWatch(self._closed)
        for dock in self._docks:
            dock.installEventFilter(self._closes)

    def _chosen(self, dock: QDockWidget) -> None:
        """The user showed or hid ``dock`` (from the strip or the View menu): no longer the window's to
        bring back. Shown from the strip, it is the user's to keep open; hidden, it folds with the others."""
        if self._folded is not None and dock in self._folded:
            self._folded.remove(dock)
        if dock.isHidden():
            self._closed(dock)
        elif self._folded is not None:
            self._remember(self._opened | {dock.objectName()})

    def _closed(self, dock: QDockWidget) -> None:
        """The user closed ``dock`` (its toggle, or the close button of its title bar)."""
        self._remember(self._opened - {dock.objectName()})

    def _remember(self, opened: set[str]) -> None:
        if opened != self._opened:
            self._opened = opened
            settings.SIDE_PANELS_OPENED.set(sorted(opened))

    def kept_open(self) -> list[QDockWidget]:
        """The docks the user opened from the strip: not the window's to fold."""
        return [dock for dock in self._docks if dock.objectName() in self._opened]

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
                self._fold(shown, width, week_width, lanes_fit)
        elif width >= UNFOLD_FROM and lanes_fit is not None:
            # The week as wide as beside the panels again, less the same margin as the window's width
            # has (a week resized by a few pixels, or a week of posts one lane short, does not flicker);
            # a window much wider than when they folded needs no margin: it is not a few pixels' flicker.
            margin = UNFOLD_FROM - FOLD_BELOW
            if width - self._folded_at >= margin:
                margin = 0
            if lanes_fit(week_width + self.toolbar.width() - self._regained() - margin):
                self.unfold()

    def _fold(
        self, shown: list[QDockWidget], width: int, week_width: int, lanes_fit: Callable[[float], bool] | None
    ) -> None:
        """Fold the ``shown`` docks but those the user opened from the strip, if the week's cards read
        beside these (the width the others leave them, as far as ``lanes_fit`` can tell)."""
        spans = {dock: (dock.x(), dock.x() + dock.width()) for dock in shown}
        kept = [dock for dock in shown if dock in self.kept_open()]
        if kept and lanes_fit is not None:
            regained = _covered(list(spans.values())) - _covered([spans[dock] for dock in kept])
            if not lanes_fit(week_width + regained):
                kept = []  # even beside them alone the cards would not read: they fold too, for now
        folded = [dock for dock in shown if dock not in kept]
        self._spans = spans  # the kept docks' columns too: the folded ones regain no width they share
        self._folded, self._folded_at = folded, width
        for dock in folded:
            dock.hide()
        self.toolbar.show()

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


class _CloseWatch(QObject):
    """Tells ``closed`` of a dock the user closes from its title bar (a close, not a fold's hide)."""

    def __init__(self, closed: Callable[[QDockWidget], None]) -> None:
        super().__init__()
        self._closed = closed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and isinstance(watched, QDockWidget):
            self._closed(watched)
        return False
