"""The For me dock of the main window, its count in the status bar, and View ▸ Only what waits for me.

The dock is made with the window (hidden the first time: a solo plan has nothing waiting; then as
the user left it, with the window's layout), empty; its panel is made once the week is painted
(:meth:`ForMe.start`) and read again with every refresh of the window: after the user's own
changes, undo and redo, a colleague's change (the team refresh), and a new name (Edit ▸ Your
name…). What waits is the core's answer (``planner.waiting()``): this module only shows it.

The filter hides, in the week, month and agenda, the posts that do not wait for the user: "only
what waits for me" is a to-do list laid on the calendar, and dimmed cards would still crowd a busy
week and take the agenda's rows. It is off when a window opens, so no post is ever missing without
the user having asked; while on, the status bar's post count says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStatusBar, QTabBar, QToolButton, QWidget

from planner.errors import PlannerError
from planner.model import Post, Waiting, WaitingKind

if TYPE_CHECKING:
    from planner.service import Planner
    from ui.for_me.panel import ForMePanel
    from ui.sharing.team_watch import TeamWatch

PANEL_SHORTCUT = QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_M)
"""View ▸ For me: Ctrl+Shift+M ("me"), free among the window's shortcuts."""


class ForMeWindow(Protocol):
    """What the dock uses of the main window."""

    planner: Planner
    watch: TeamWatch

    def statusBar(self) -> QStatusBar: ...

    def edit_post(self, post: Post | None = None) -> None: ...

    def reload(self) -> None: ...


class ForMe(QObject):
    """The dock, its panel once the week is painted, the status bar's "3 for you", and the filter."""

    def __init__(self, window: ForMeWindow, main_window: QMainWindow, planning_zone: str) -> None:
        super().__init__(main_window)
        self._window = window
        self._main = main_window
        self._zone = planning_zone
        self._waiting: list[Waiting] = []
        self._colours: Mapping[str, str] = {}
        self._read_only = False
        self.panel: ForMePanel | None = None
        self.dock = QDockWidget(self.tr("For me"), main_window)
        self.dock.setObjectName("for_me_dock")
        self.dock.setWidget(QWidget(self.dock))  # the panel comes after the first paint
        main_window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()  # until the user opens it (the window's saved layout may show it again)
        toggle = self.dock.toggleViewAction()
        toggle.setShortcut(PANEL_SHORTCUT)
        toggle.triggered.connect(self._toggled)
        self.dock.visibilityChanged.connect(self._visibility)
        toggle.setToolTip(
            self.tr("Show or hide what waits for you ({shortcut})").format(
                shortcut=PANEL_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.only_action = QAction(self.tr("&Only what waits for me"), main_window)
        self.only_action.setObjectName("for_me_only")
        self.only_action.setCheckable(True)
        self.only_action.setToolTip(self.tr("Hide, in the calendar and the agenda, the posts that do not wait for you"))
        self.only_action.toggled.connect(lambda _on: self._window.reload())
        self.count_button = QToolButton(main_window)
        self.count_button.setObjectName("for_me_count")
        self.count_button.setAutoRaise(True)
        self.count_button.setCursor(Qt.CursorShape.PointingHandCursor)  # it opens the panel
        font = self.count_button.font()
        font.setBold(True)  # someone is waiting: it reads apart from the counts beside it
        self.count_button.setFont(font)
        self.count_button.clicked.connect(self.show_panel)
        self.count_button.hide()

    def actions(self) -> list[QAction]:
        """The View menu's entries: the panel's toggle and the filter."""
        return [self.dock.toggleViewAction(), self.only_action]

    def start(self) -> None:
        """Make the panel (after the first paint): its module is loaded then, not before."""
        if self.panel is not None:
            return
        from ui.for_me.panel import ForMePanel

        panel = ForMePanel(self.dock, planning_zone=self._zone)
        panel.openRequested.connect(self.open)
        panel.seenRequested.connect(self.seen)
        panel.set_read_only(self._read_only)
        panel.set_waiting(self._waiting, self._colours)
        self.dock.setWidget(panel)
        self.panel = panel
        self.make_room()  # shown by the window's saved layout, perhaps squeezed

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if self.panel is not None:
            self.panel.set_read_only(read_only)

    # -- what waits ---------------------------------------------------------------

    def refresh(self, colours: Mapping[str, str]) -> None:
        """Ask the core again what waits for the user (whose name may have changed), and show it."""
        self._colours = colours
        try:
            self._waiting = self._window.planner.waiting()
        except PlannerError as error:
            self._window.statusBar().showMessage(error.message, 10_000)
            return  # the last answer stays shown
        if self.panel is not None:
            self.panel.set_waiting(self._waiting, colours)
            self.panel.set_stranger(self._stranger())
        self._show_count()

    def _stranger(self) -> str | None:
        """The user's name when the plan has a team and it is none of its members'."""
        user = self._window.planner.user or ""
        try:
            team = self._window.planner.team()
        except PlannerError:
            return None
        return user if team and all(m.name.casefold() != user.casefold() for m in team) else None

    def waiting(self) -> list[Waiting]:
        """What waits for the user, as last read."""
        return list(self._waiting)

    def filtering(self) -> bool:
        """Whether the calendar shows only what waits for the user."""
        return self.only_action.isChecked()

    def kept(self, posts: list[Post]) -> list[Post]:
        """``posts`` as the calendar shows them: all of them, or with the filter on only those that wait."""
        if not self.filtering():
            return posts
        ids = {item.post.id for item in self._waiting}
        return [post for post in posts if post.id in ids]

    def _show_count(self) -> None:
        counts = {kind: sum(1 for item in self._waiting if item.kind is kind) for kind in WaitingKind}
        total = sum(counts.values())
        self.count_button.setText(self.tr("%n for you", "", total))
        lines = {
            WaitingKind.REVIEW: self.tr("%n to review", "", counts[WaitingKind.REVIEW]),
            WaitingKind.RETURNED: self.tr("%n returned to you", "", counts[WaitingKind.RETURNED]),
            WaitingKind.MENTION: self.tr("%n mention(s)", "", counts[WaitingKind.MENTION]),
        }
        shown = [line for kind, line in lines.items() if counts[kind]]
        self.count_button.setToolTip("\n".join([*shown, self.tr("Click to see them in the For me panel")]))
        self.count_button.setVisible(total > 0)

    # -- what the panel and the count ask -----------------------------------------

    def show_panel(self) -> None:
        """Open (from the side strip too, in a narrow window) and bring forward the For me panel."""
        self.start()
        if self.dock.isHidden():
            self.dock.toggleViewAction().trigger()  # as the user's own choice: the side strip keeps it open
        self._bring_forward()
        if self.panel is not None:
            self.panel.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggled(self, shown: bool) -> None:
        """View ▸ For me (its shortcut, the side strip): shown means in front, tabbed or not, with room."""
        if shown:
            self._bring_forward()

    def _visibility(self, shown: bool) -> None:
        """Its tab made current (clicked, or the side panels unfolded): room for the list then too,
        once the dock area is laid out again."""
        if shown:
            QTimer.singleShot(0, self, self.make_room)

    def _bring_forward(self) -> None:
        self.dock.raise_()  # its tab over the follow-ups'
        self.make_room()

    def make_room(self) -> None:
        """Give the list the height of :data:`~ui.for_me.panel.ROOM_ROWS` rows when it has less, taking
        it from the panels above and below (Balance, Ideas) as far as they can give way.

        Docked on the right under the balance, tabbed with the follow-ups and over the ideas, the
        panel would otherwise get what is left of a laptop's height: a list two rows high. A list the
        user made taller is left as it is, and a floating panel is the user's to size.
        """
        panel, layout = self.panel, self._main.layout()
        if panel is None or layout is None or not self.dock.isVisible() or self.dock.isFloating():
            return
        layout.activate()  # the raised tab laid out: its list's height is the one the user would see
        if panel.visibleRegion().isEmpty():
            return  # a tab behind the follow-ups' (Qt keeps it "visible", out of sight): not shown yet
        short = panel.room() - panel.tree.viewport().height()
        if short <= 0:
            return
        # In a tab group the size given is the group's: the dock and its tab bar.
        group = self.dock.height() + self._tab_bar_height()
        self._main.resizeDocks([self.dock], [group + short], Qt.Orientation.Vertical)
        layout.activate()

    def _tab_bar_height(self) -> int:
        """The height of the tab bar under the dock, when it is tabbed with others (else 0)."""
        title = self.dock.windowTitle()
        for bar in self._main.findChildren(QTabBar):
            if bar.isVisible() and any(bar.tabText(i) == title for i in range(bar.count())):
                return bar.height()
        return 0

    def _mention_on(self, post_id: int) -> int | None:
        """The comment of the mention of the user still waiting on post ``post_id``, if one does."""
        for item in self._window.planner.waiting():
            if item.kind is WaitingKind.MENTION and item.post.id == post_id and item.comment is not None:
                return item.comment.id
        return None

    def open(self, waiting: Waiting) -> None:
        """The post's editor, as the window opens it from the calendar."""
        self._window.edit_post(waiting.post)

    def seen(self, waiting: Waiting) -> None:
        """The user has seen the mention: it no longer waits for them.

        The row stands for the post's mentions of the user (the core lists the latest one): all of
        them are seen, else the one before would take its place and the row would not go away.
        """
        if waiting.comment is None:
            return
        review = self._window.planner.review
        done: set[int] = set()
        comment_id: int | None = waiting.comment.id
        try:
            while comment_id is not None and comment_id not in done:
                review.seen(comment_id)
                done.add(comment_id)
                comment_id = self._mention_on(waiting.post.id)
            self._window.watch.seen(self._window.planner.revision())  # ours: not a colleague's change
        except PlannerError as error:
            self._window.statusBar().showMessage(error.message, 10_000)
            if not done:
                return
        self._window.reload()  # the panel, the count and, when filtering, the calendar
