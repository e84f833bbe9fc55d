"""The Follow-ups dock of the main window and what its panel asks for.

The dock is made with the window (so its place is restored with the others), empty; its
panel is made and filled once the week is painted (:meth:`FollowupsDock.start`), then read
again with every range shown. Keeping, dropping and planning a promised post go through the
window's operations, so Undo takes each back.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QInputDialog, QLabel, QMainWindow, QStatusBar, QWidget

from planner.errors import PlannerError
from planner.model import Followup, FollowupKind, Post, PostQuery, Status
from planner.timezones import zone

if TYPE_CHECKING:
    from planner.service import Planner
    from ui.followups.panel import FollowupsPanel
    from ui.operations import PostOperations

KEEPER_DAYS_BEFORE = 7
KEEPER_DAYS_AFTER = 14
"""The posts offered to keep a promise: on its platform, from a week before it is due to two weeks after."""


class FollowupWindow(Protocol):
    """What the dock uses of the main window."""

    planner: Planner
    ops: PostOperations

    def statusBar(self) -> QStatusBar: ...

    def refused_read_only(self) -> bool: ...

    def show_post_in_week(self, post_id: int) -> None: ...

    def edit_post(self, post: Post | None = None) -> None: ...


KeeperAsker = Callable[[QWidget | None, Followup, list[Post], str], Post | None]


def ask_keeper(parent: QWidget | None, followup: Followup, candidates: list[Post], planning_zone: str) -> Post | None:
    """Which post keeps the promised post ``followup``; None when the user cancels."""
    from ui.followups.panel import day_and_time

    tz = zone(planning_zone)
    pattern = QCoreApplication.translate("FollowupsDock", "{day} {time} — {title}")

    def line(post: Post) -> str:
        assert post.start is not None
        return pattern.format(title=post.title, **day_and_time(post.start.astimezone(tz)))

    lines = [line(post) for post in candidates]
    title = QCoreApplication.translate("FollowupsDock", "Keep a promised post")
    question = QCoreApplication.translate(
        "FollowupsDock",
        "Which post on {platform} keeps the promise of “{title}”? It is kept once that post is published.",
    ).format(platform=followup.platform, title=followup.title)
    chosen, accepted = QInputDialog.getItem(parent, title, question, lines, 0, False)
    return candidates[lines.index(chosen)] if accepted and chosen in lines else None


class FollowupsDock(QObject):
    """The dock, its panel once the week is painted, and the status bar's count of late follow-ups."""

    def __init__(self, window: FollowupWindow, main_window: QMainWindow, planning_zone: str) -> None:
        super().__init__(main_window)
        self._window = window
        self._zone = planning_zone
        self.keeper_asker: KeeperAsker = ask_keeper
        self.panel: FollowupsPanel | None = None
        self.dock = QDockWidget(self.tr("Follow-ups"), main_window)
        self.dock.setObjectName("followups_dock")
        self.dock.setWidget(QWidget(self.dock))  # the panel comes after the first paint
        main_window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.late_label = QLabel(main_window)
        self.late_label.setObjectName("late_followups")
        self.late_label.setToolTip(self.tr("Follow-ups past their due time and not kept: the community is waiting"))
        self.late_label.hide()
        self._read_only = False
        self._colours: Mapping[str, str] = {}

    def start(self) -> None:
        """Make the panel (after the first paint): its module is loaded then, not before."""
        if self.panel is not None:
            return
        from ui.followups.panel import FollowupsPanel

        panel = FollowupsPanel(self.dock, planning_zone=self._zone)
        panel.keepRequested.connect(self.keep)
        panel.dropRequested.connect(self.drop)
        panel.postRequested.connect(lambda followup: self._window.show_post_in_week(followup.post_id))
        panel.planRequested.connect(self.plan)
        panel.set_read_only(self._read_only)
        self.dock.setWidget(panel)
        self.panel = panel

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if self.panel is not None:
            self.panel.set_read_only(read_only)

    def show_range(self, start: datetime, end: datetime, colours: Mapping[str, str], hidden: Collection[str]) -> None:
        """The follow-ups due in [``start``, ``end``) and every late one before, on the shown platforms."""
        self._colours = colours
        if self.panel is None:
            return
        platforms = [name for name in colours if name not in hidden]
        if not platforms:
            self.panel.set_followups([], colours)
            self._count(0)
            return
        shown = platforms if hidden else []
        try:
            followups = self._window.planner.followups.due_or_late(start, end, platforms=shown)
        except PlannerError as error:
            self._window.statusBar().showMessage(error.message, 10_000)
            return
        self.panel.set_followups(followups, colours)
        self._count(sum(1 for f in followups if f.late))

    def show_late(self, ids: Sequence[int]) -> None:
        """Bring the panel forward with follow-ups ``ids`` selected (those a refused promotion waits
        behind), listed even when the shown range or platforms would leave them out."""
        self.start()
        panel = self.panel
        assert panel is not None
        missing = [followup_id for followup_id in ids if panel.item(followup_id) is None]
        try:
            found = [self._window.planner.followups.get(followup_id) for followup_id in missing]
        except PlannerError as error:
            self._window.statusBar().showMessage(error.message, 10_000)
            found = []
        if found:
            panel.set_followups([*panel.shown(), *found], self._colours)
        self.dock.show()
        self.dock.raise_()
        panel.highlight(ids)

    def _count(self, late: int) -> None:
        self.late_label.setText(self.tr("%n follow-up(s) late", "", late))
        self.late_label.setVisible(late > 0)

    # -- what the panel asks ------------------------------------------------

    def keep(self, followup: Followup) -> None:
        if self._window.refused_read_only():
            return
        by_post: int | None = None
        if followup.kind is FollowupKind.POST:
            candidates = self._keepers(followup)
            if not candidates:
                line = self.tr(
                    "No post on {platform} to keep the promise of “{title}” yet: plan it, then keep the follow-up with it."  # noqa: E501
                ).format(platform=followup.platform, title=followup.title)
                self._window.statusBar().showMessage(line, 15_000)
                return
            keeper = self.keeper_asker(self.dock, followup, candidates, self._zone)
            if keeper is None:
                return
            by_post = keeper.id
        self._window.ops.keep_followup(followup, by_post)

    def drop(self, followup: Followup) -> None:
        if not self._window.refused_read_only():
            self._window.ops.drop_followup(followup)

    def plan(self, followup: Followup) -> None:
        """Plan the promised post's draft, then open it in the editor to write it."""
        if self._window.refused_read_only():
            return
        planned = self._window.ops.plan_promised_post(followup)
        if planned is not None:
            self._window.edit_post(planned)

    def _keepers(self, followup: Followup) -> list[Post]:
        """Dated posts on the promise's platform around its due instant, other than the post that made it."""
        query = PostQuery(
            followup.due - timedelta(days=KEEPER_DAYS_BEFORE),
            followup.due + timedelta(days=KEEPER_DAYS_AFTER),
            platforms=(followup.platform,),
        )
        try:
            posts = self._window.planner.list_posts(query)
        except PlannerError as error:
            self._window.statusBar().showMessage(error.message, 10_000)
            return []
        return [
            post
            for post in posts
            if post.id != followup.post_id and post.start is not None and post.status is not Status.CANCELLED
        ]
