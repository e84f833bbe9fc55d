"""The main window: the calendar in the centre, balance, follow-ups and ideas beside it.

The window reads what it shows from the core and changes posts through
:class:`ui.operations.PostOperations` (undo, refusals, conflicts). It keeps no
rule of its own: breaches, suggestions and counts all come from the core.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, QSize, Qt, QTime, QTimer
from PySide6.QtGui import QCloseEvent, QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner.balance.verdicts import Breach, PlatformBalance
from planner.errors import PlannerError
from planner.model import AuditEntry, Entity, Followup, Post, PostQuery, Side, Status
from planner.service import Planner
from planner.session import Clock
from planner.timezones import day_range, moved_by, week_number, week_start, zone
from ui import ranges, settings
from ui.backlog import BacklogView
from ui.balance_panel import BalancePanel
from ui.followups.dock import FollowupsDock
from ui.for_me.dock import ForMe
from ui.live_calendar import LiveCalendarKeeper
from ui.operations import ConflictAsker, PostOperations, ReasonAsker, RefusalAsker, ask_reason, ask_resolution
from ui.palette import PlatformToggle, arrow_icon
from ui.plan_place import short_name
from ui.sharing.file_changes import FileChanges
from ui.sharing.team import Sharing
from ui.sharing.team_watch import POLL_INTERVAL_MS, TeamWatch
from ui.start_panel import StartPanel
from ui.week.view import WeekView
from ui.window import editing, post_actions
from ui.window.actions import Actions, View, create_actions
from ui.window.commands import connect_actions
from ui.window.menus import build_menus
from ui.window.put_off import PutOffButton
from ui.window.selection_actions import follow_selection
from ui.window.side_strip import SideStrip
from ui.window.status import ActionMessages, BalanceLine, MessageRoom, PathLabel
from ui.window.titles import messages_by_post, range_title
from ui.window.windows import WINDOWS, Windows

if TYPE_CHECKING:
    from planner.context import ContextEvent
    from ui.agenda.post_table_model import PostTableModel
    from ui.agenda.view import AgendaView
    from ui.insights import InsightsView
    from ui.month.view import MonthView


FIRST_SHARE = 0.85
"""How much of the screen's available area the first window takes (then it opens as last closed)."""
SIDE_SHARE = 0.26
"""The most of the window's width the side panels keep when it is resized: they give way before the week."""


def first_size(available: QSize) -> QSize:
    """The first window's size on a screen of ``available`` room: big enough for the week's cards to
    read, and on screen whatever its size."""
    return QSize(round(available.width() * FIRST_SHARE), round(available.height() * FIRST_SHARE))


"""The window's size the first time; afterwards, the size it was closed at."""

START_FALLBACK_MS = 1000
"""When a shown window's week has not been painted (minimised), the rest starts after this anyway."""


class MainWindow(QMainWindow):
    """A plan, week by week (or by month, as an agenda, as insights)."""

    def __init__(
        self,
        planner: Planner,
        *,
        clock: Clock | None = None,
        poll_interval_ms: int = POLL_INTERVAL_MS,
        reason_asker: ReasonAsker = ask_reason,
        conflict_asker: ConflictAsker = ask_resolution,
        refusal_asker: RefusalAsker | None = None,
        opener: Windows = WINDOWS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.planner = planner
        self.opener = opener  # opens the plans File ▸ New, Open, Open recent… ask for, in windows like this one
        self._clock = clock or planner.now
        self._zone = planner.planning_zone
        self._tz = zone(self._zone)
        self._anchor = self.today()
        self._view = View.WEEK
        self._hidden: set[str] = set()
        self._colours: dict[str, str] = {}
        self._shown: dict[int, Post] = {}  # the posts as drawn: a move or delete expects these versions
        self._menu_post: Post | None = None  # the post whose menu is open (ui.window.post_actions)
        # What the range shows, kept for a page made later (month, agenda, insights are made when first wanted).
        self._range_posts: list[Post] = []
        self._marks: dict[int, list[str]] = {}
        self._context: list[ContextEvent] = []
        self._report: list[PlatformBalance] = []
        self._pages: dict[View, QWidget] = {}
        # The week is painted first; the side panels, presence and the live file follow at once (finish_start).
        self._started = False
        self._closed = False  # a window closed before its start finished starts nothing more
        self.ops = PostOperations(
            planner, self, reason_asker=reason_asker, conflict_asker=conflict_asker, refusal_asker=refusal_asker
        )
        self.action_set: Actions = create_actions(self, self.ops.stack)
        # Names the first window's tests know.
        self.previous_week_action = self.action_set.previous
        self.this_week_action = self.action_set.today
        self.next_week_action = self.action_set.next

        self._shown_read_only = False
        self._read_only_reason = self.read_only_text()
        self._create_central()
        self._create_docks()
        self._create_toolbars()
        self.menus = build_menus(
            self.menuBar(),
            self.action_set,
            platform_toggles=lambda: self.platform_actions.values(),
            dock_toggles=[
                self.balance_dock.toggleViewAction(),
                self.followups.dock.toggleViewAction(),
                self.backlog_dock.toggleViewAction(),
            ],
            for_me=self.for_me.actions(),
        )
        self.recent_menu, self.context_menu = self.menus.recent, self.menus.context
        follow_selection(
            self.menus.edit,
            self.action_set,
            has_post=lambda: self.selected_post() is not None,
            read_only=lambda: self._shown_read_only,
        )
        self._create_status_bar()
        self._show_title()
        self.present_read_only(planner.read_only)
        self.sharing = Sharing(planner, self)
        self.sharing.message.connect(self.statusBar().showMessage)
        self.statusBar().addPermanentWidget(self.sharing.presence)
        self.statusBar().addPermanentWidget(self.sharing.copies.button)
        self.sharing.copies.compareRequested.connect(lambda: self.show_copies())

        self.watch = TeamWatch(planner, self, interval_ms=poll_interval_ms)
        self.watch.changedElsewhere.connect(self._changed_elsewhere)
        self.watch.problem.connect(lambda message: self.statusBar().showMessage(message, 10_000))
        self.watch.checked.connect(self._checked)
        self.ops.changed.connect(self._after_change)
        # An action's message (a refusal, a warning) goes with the next action: a step done or undone, a drag.
        self.action_messages = ActionMessages(self.statusBar())
        self.ops.stepped.connect(self.action_messages.next_action)
        self.week_view.dragStarted.connect(self.action_messages.next_action)
        self.backlog.dragStarted.connect(self.action_messages.next_action)  # an idea picked up for the calendar
        self.ops.failed.connect(self.action_messages.say)
        self.ops.noted.connect(self.action_messages.say)
        self.ops.warned.connect(lambda messages: self.action_messages.say(" ".join(messages)))
        self.ops.editAgain.connect(self.edit_post)
        self.ops.lateRequested.connect(self.show_late_followups)
        # A refusal's fix: the editor on a new conversation post where it would let the refused one pass.
        self.ops.conversationRequested.connect(self._add_conversation_first)
        self.live = LiveCalendarKeeper(planner, self)
        self.live.written.connect(self._live_written)
        self.live.failed.connect(lambda message: self.statusBar().showMessage(message, 15_000))
        connect_actions(self)
        self.file_changes = FileChanges(self)  # the file replaced, deleted or made read-only under the window
        self.action_set.live_calendar.setChecked(self.live.is_on())
        self._restore_settings()
        self.watch.start()
        self.reload()

    def sibling(self, planner: Planner) -> MainWindow:
        """Another window like this one, on ``planner`` (File ▸ Open…), not shown yet."""
        return MainWindow(planner, opener=self.opener)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            # The rest follows the week's first paint (see eventFilter); or, if the week is not painted
            # (a minimised window), a moment later anyway.
            QTimer.singleShot(START_FALLBACK_MS, self.finish_start)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._side_panels_give_way(lanes=False)
        QTimer.singleShot(0, self, self._side_panels_give_way)  # the lanes once the week has its new width

    def _side_panels_give_way(self, *, lanes: bool = True) -> None:
        """Narrow the side panels wider than :data:`SIDE_SHARE` of the window (as far as their content
        lets them), and fold them into a strip in a narrow window, or when the shown week's posts side
        by side in one hour would be too narrow for their time, their platform's letter and the start of
        their title: a smaller window takes its width from them before the week's cards."""
        week = self.week_view
        lanes_fit = (week.lanes_fit if self._view is View.WEEK else (lambda _width: True)) if lanes else None
        self.side_strip.fit(self.width(), week.width(), lanes_fit)
        self._narrow_side_panels()

    def _side_panel_shown(self, shown: bool) -> None:
        if shown:
            QTimer.singleShot(0, self, self._narrow_side_panels)  # once the dock area is laid out again

    def _narrow_side_panels(self) -> None:
        """Narrow the shown side panels to :data:`SIDE_SHARE` of the window, as far as their content lets them."""
        allowed = int(self.width() * SIDE_SHARE)
        docks = [self.balance_dock, self.followups.dock, self.backlog_dock, self.for_me.dock]
        wide = [dock for dock in docks if not dock.isHidden() and not dock.isFloating() and dock.width() > allowed]
        if wide:
            self.resizeDocks(wide, [allowed] * len(wide), Qt.Orientation.Horizontal)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.week_view and event.type() == QEvent.Type.Paint:
            self.week_view.removeEventFilter(self)
            QTimer.singleShot(0, self.finish_start)  # runs once this paint is over
        return super().eventFilter(watched, event)

    def finish_start(self) -> None:
        """What follows the first painted week: the balance and ideas panels, presence, backups, the live file.

        Called once the window is first shown; harmless to call again.
        """
        if self._started or self._closed:
            return
        self._started = True
        self.balance_panel.set_report(self._report, self._colours)  # read with the week
        self.followups.start()
        self.followups.show_range(*day_range(*self.visible_days(), self._zone), self._colours, self._hidden)
        self._start_for_me()
        self._show_week_followups()
        self._show_context()
        try:
            ideas = self.planner.list_posts(PostQuery(statuses=(Status.IDEA,)))
        except PlannerError as error:
            self.statusBar().showMessage(error.message, 10_000)
        else:
            self._show_ideas(ideas)
        self.sharing.start()  # joining writes: on a busy file it may wait, the panels are filled by then
        self.live.refresh()  # the file may be older than the plan: changes made while the app was closed

    def _show_context(self) -> None:
        """The context calendars' events behind the shown range (after the first paint, then with every reload)."""
        first, last = self.visible_days()
        start, end = day_range(first, last, self._zone)
        try:
            self._context = self.planner.context_events(start, end)
        except PlannerError as error:
            self.statusBar().showMessage(error.message, 10_000)
            return
        self.week_view.set_context(self._context)
        if View.MONTH in self._pages:
            self.month_view.set_context(self._context)

    def is_started(self) -> bool:
        """Whether everything around the week is shown too (see :meth:`finish_start`)."""
        return self._started

    # -- building -------------------------------------------------------------

    def _create_central(self) -> None:
        self.week_label = QLabel(self)
        font = self.week_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.week_label.setFont(font)
        self.balance_label = BalanceLine(self)
        self.balance_bar = self.balance_label  # the line under the title, shown when breaches exist

        self.week_view = WeekView(self, planning_zone=self._zone)
        self.week_view.installEventFilter(self)  # its first paint starts the rest (finish_start)
        self._pages[View.WEEK] = self.week_view
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.week_view)
        self.pages.setMinimumHeight(ranges.month_minimum_height(self.fontMetrics().height()))  # made later

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.week_label)
        layout.addWidget(self.balance_label)
        self.start_panel = self._create_start_panel()
        if self.start_panel is not None:
            layout.addWidget(self.start_panel)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.week_view.editRequested.connect(self._edit_by_id)
        self.week_view.deleteRequested.connect(self._delete_by_id)
        self.week_view.moveRequested.connect(self._move_by_id)
        self.week_view.createRequested.connect(lambda start: self.new_post(start=start))
        self.week_view.slotRequested.connect(
            lambda slot: self.new_post(start=slot.start, platform=slot.platform, side=slot.side)
        )
        self.week_view.scheduleRequested.connect(self._move_by_id)
        self.week_view.customContextMenuRequested.connect(self._post_menu_at)
        self.week_view.copyRequested.connect(lambda post_id, start: self.duplicate_post(self._post(post_id), start))
        self.week_view.followupClicked.connect(self._show_followup)

    def _create_start_panel(self) -> StartPanel | None:
        """The first steps, on a plan nobody has written a post in yet (and that may be written)."""
        if self.planner.read_only or not self._plan_is_empty():
            return None
        panel = StartPanel(self.planner, self.action_set.demo, self)
        panel.changed.connect(self.reload)
        # What the panel did is an action's message: the next action (a change, the demo) clears it.
        panel.message.connect(lambda text: self.action_messages.say(text, 10_000))
        return panel

    def _plan_is_empty(self) -> bool:
        try:
            return not self.planner.has_posts()
        except PlannerError:
            return False  # the window says what is wrong with the file; no panel over it

    def _keep_start_panel(self, shown: bool) -> None:
        """The start panel goes, for good, once the plan holds a post (``shown``: one is on screen)."""
        if self.start_panel is None:
            return
        if shown or not self._plan_is_empty():
            self.start_panel.hide()
            self.start_panel.deleteLater()
            self.start_panel = None
        else:
            self.start_panel.refresh()

    def _page(self, view: View) -> QWidget:
        """The page showing ``view``: made the first time it is wanted, with what the range holds."""
        page = self._pages.get(view)
        if page is not None:
            return page
        if view is View.MONTH:
            from ui.month.view import MonthView

            month = MonthView(self, planning_zone=self._zone)
            month.editRequested.connect(self._edit_by_id)
            month.postMenuRequested.connect(self._post_menu_for)
            month.dayActivated.connect(self._open_day)
            month.set_context(self._context)
            page = month
        elif view is View.AGENDA:
            from ui.agenda.view import AgendaView

            agenda = AgendaView(self, planning_zone=self._zone)
            agenda.editRequested.connect(self._edit_by_id)
            agenda.deleteRequested.connect(self._delete_by_id)
            agenda.postMenuRequested.connect(self._post_menu_for)
            agenda.set_posts(self._range_posts, self._colours, self._marks, now=self._clock())
            page = agenda
        else:
            from ui.insights import InsightsView

            page = InsightsView(self)
        self._pages[view] = page
        self.pages.addWidget(page)
        return page

    @property
    def month_view(self) -> MonthView:
        return cast("MonthView", self._page(View.MONTH))

    @property
    def agenda(self) -> AgendaView:
        """The agenda's table: once made, it follows every range shown (the week's too)."""
        return cast("AgendaView", self._page(View.AGENDA))

    @property
    def insights(self) -> InsightsView:
        return cast("InsightsView", self._page(View.INSIGHTS))

    @property
    def model(self) -> PostTableModel:
        return self.agenda.model

    @property
    def table(self) -> QTableView:
        return self.agenda.table

    def _create_docks(self) -> None:
        self.balance_panel = BalancePanel(self)
        # A slot of the panel is where a conversation post is missing.
        self.balance_panel.slotActivated.connect(
            lambda platform, start: self.new_post(start=start, platform=platform, side=Side.CONVERSATION)
        )
        self.balance_dock = QDockWidget(self.tr("Balance"), self)
        self.balance_dock.setObjectName("balance_dock")
        self.balance_dock.setWidget(self.balance_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.balance_dock)
        self.followups = FollowupsDock(self, self, self._zone)  # its panel comes after the first paint

        self.backlog = BacklogView(self)
        self.backlog.editRequested.connect(self._edit_by_id)
        self.backlog.postMenuRequested.connect(self._post_menu_for)
        self.backlog.deleteRequested.connect(self._delete_by_id)
        self.backlog.newIdeaRequested.connect(lambda: self.new_post(idea=True))
        self.backlog_dock = QDockWidget(self.tr("Ideas"), self)
        self.backlog_dock.setObjectName("backlog_dock")
        self.backlog_dock.setWidget(self.backlog)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.backlog_dock)
        self._create_for_me()
        self.side_strip = SideStrip(self, [self.balance_dock, self.followups.dock, self.backlog_dock, self.for_me.dock])
        for dock in (self.balance_dock, self.followups.dock, self.backlog_dock, self.for_me.dock):
            # A panel opened from the strip comes back as wide as its column was: no wider than its share.
            dock.visibilityChanged.connect(self._side_panel_shown)
        # The balance has a section per platform to show; the ideas are a short list that scrolls.
        line = self.fontMetrics().height()
        self.resizeDocks(
            [self.balance_dock, self.followups.dock, self.backlog_dock],
            [line * 30, line * 16, line * 10],
            Qt.Orientation.Vertical,
        )

    # -- For me (issue 18) ----------------------------------------------------------

    def _create_for_me(self) -> None:
        """The For me dock, tabbed with the follow-ups (both say what is owed), hidden until asked for."""
        self.for_me: ForMe = ForMe(self, self, self._zone)
        self.tabifyDockWidget(self.followups.dock, self.for_me.dock)
        self.followups.dock.raise_()

    def _start_for_me(self) -> None:
        """After the first paint: the panel and what waits for the user (the calendar again if the
        filter was turned on before the first answer came)."""
        self.for_me.start()
        self.for_me.refresh(self._colours)
        if self.for_me.filtering():
            self.reload()

    def user_renamed(self) -> None:
        """Edit ▸ Your name…: what waits is someone else's now."""
        self.reload()

    def _create_toolbars(self) -> None:
        toolbar = QToolBar(self.tr("Navigation"), self)
        toolbar.setObjectName("navigation_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.action_set.previous, self.action_set.today, self.action_set.next):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in self.action_set.views():
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.action_set.new_post)
        self.addToolBar(toolbar)
        self.filter_bar = QToolBar(self.tr("Platforms"), self)
        self.filter_bar.setObjectName("platform_toolbar")
        # Names beside small swatches: five coloured squares alone say nothing of what they filter.
        self.filter_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        swatch = self.fontMetrics().height()
        self.filter_bar.setIconSize(QSize(swatch, swatch))
        self.addToolBar(self.filter_bar)
        self.platform_actions: dict[str, PlatformToggle] = {}

    def _create_status_bar(self) -> None:
        self.count_label = QLabel(self)
        self.refresh_label = QLabel(self)
        # The file's path, or the server's URL without its password.
        self.path_label = PathLabel(self.tr("Database: {path}"), self.planner.location, self)
        self.path_label.setToolTip(self.planner.location)
        self.statusBar().addWidget(self.count_label)
        # Posts whose time has passed while still ready or scheduled: was each published?
        self.confirm_label = QLabel(self)
        self.confirm_label.setToolTip(
            self.tr("Their time has passed and they are still ready or scheduled: was each published?")
        )
        self.statusBar().addWidget(self.confirm_label)
        self.confirm_label.hide()
        self.statusBar().addWidget(self.followups.late_label)  # "2 follow-ups late", shown when some are
        # What must stay readable while a message is shown (a colleague's change, the backup at start):
        # permanent widgets, which QStatusBar never hides and never draws a message over. A normal
        # widget shown during a message would be drawn on it; one hidden by the message while it
        # changed would stay hidden. "N posts shown: only what waits for you" (while filtering: posts
        # are missing from the calendar) and "3 for you" (shown when something waits), before the path.
        self.filter_label = QLabel(self)
        self.filter_label.setObjectName("for_me_filter_count")
        self.statusBar().addPermanentWidget(self.filter_label)
        self.filter_label.hide()
        self.statusBar().addPermanentWidget(self.for_me.count_button)
        MessageRoom(self.statusBar(), [self.count_label, self.confirm_label, self.followups.late_label])
        # After a refusal's "Add a conversation post": the change it put off, to try again.
        self.put_off_button = PutOffButton(self.ops.stack, self)
        self.statusBar().addPermanentWidget(self.put_off_button)
        self.statusBar().addPermanentWidget(self.refresh_label)
        self.statusBar().addPermanentWidget(self.path_label)
        self.read_only_label = QLabel(self.tr("Read-only"), self)
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.read_only_label.hide()

    def _show_title(self) -> None:
        # A plan on a server is named "plan on db.example": its location (never a password) is in the status bar.
        if self._shown_read_only:
            title = self.tr("Dialogos — {file} (read-only)")
        else:
            title = self.tr("Dialogos — {file}")
        self.setWindowTitle(title.format(file=short_name(self.planner.location)))

    def present_read_only(self, read_only: bool, reason: str | None = None) -> None:
        """Show the plan as one nobody can change from here (a read-only share, a file made read-only
        or deleted meanwhile), or as changeable again: said in the title and the status bar (``reason``
        in its tooltip), and nothing offers to change it: no new post, drag or delete, no platform,
        category or rule editors. A post's editor still opens, to read it: it says itself that nothing
        can be saved."""
        self._read_only_reason = reason or self.read_only_text()
        self.read_only_label.setToolTip(self._read_only_reason)
        if read_only == self._shown_read_only:
            return
        self._shown_read_only = read_only
        for action in (
            self.action_set.new_post,
            self.action_set.new_idea,
            self.action_set.delete_post,
            self.action_set.mark_published,
            self.action_set.duplicate_post,
            self.action_set.move_post_to,
            self.action_set.cancel_post,
            self.action_set.move_day_earlier,
            self.action_set.move_day_later,
            self.action_set.move_earlier,
            self.action_set.move_later,
            self.action_set.demo,
            self.action_set.import_file,
            self.action_set.platforms,
            self.action_set.categories,
            self.action_set.rules,
            self.action_set.fill_week,
        ):
            action.setEnabled(not read_only)
        self.week_view.set_read_only(read_only)
        self.followups.set_read_only(read_only)
        self.for_me.set_read_only(read_only)
        self.read_only_label.setVisible(read_only)
        self._show_title()

    @property
    def planning_zone(self) -> str:
        """The zone the plan's days are in, as the window was opened."""
        return self._zone

    def read_only_text(self) -> str:
        return self.tr("This plan is read-only here: you can look at it, not change it.")

    def refused_read_only(self) -> bool:
        """On a read-only plan, say so (in the status bar) instead of trying a change that must fail."""
        if self.planner.read_only:
            self.action_messages.say(self._read_only_reason, 10_000)
        return self.planner.read_only

    # -- what is shown --------------------------------------------------------

    def today(self) -> date:
        return self._clock().astimezone(self._tz).date()

    @property
    def week(self) -> tuple[int, int]:
        """The (year, week) number of the shown week: the ISO week of most of its days
        (where weeks start on Sunday, that of its Monday to Saturday), as the command line reads it."""
        return week_number(ranges.week_days(self._anchor)[0], ranges.first_weekday() + 1)

    def current_week(self) -> tuple[int, int]:
        return week_number(ranges.week_days(self.today())[0], ranges.first_weekday() + 1)

    def show_week(self, year: int, week: int) -> None:
        self._anchor = week_start(year, week, ranges.first_weekday() + 1)
        self.reload()

    def show_current_week(self) -> None:
        self.go_today()

    def go_today(self) -> None:
        self._anchor = self.today()
        self.reload()

    def shift(self, steps: int) -> None:
        if self._view is View.MONTH:
            self._anchor = ranges.shift_month(self._anchor, steps)
        elif self._view is View.INSIGHTS:
            self._anchor += timedelta(weeks=steps * ranges.INSIGHT_WEEKS)
        else:
            self._anchor += timedelta(weeks=steps)
        self.reload()

    def show_view(self, view: View) -> None:
        self._view = view
        self.pages.setCurrentWidget(self._page(view))
        self.action_set.views()[int(view)].setChecked(True)
        self.reload()

    @property
    def view(self) -> View:
        return self._view

    def visible_days(self) -> tuple[date, date]:
        if self._view is View.MONTH:
            return ranges.month_days(self._anchor)
        if self._view is View.INSIGHTS:
            last = ranges.week_days(self._anchor)[1]
            return last - timedelta(weeks=ranges.INSIGHT_WEEKS) + timedelta(days=1), last
        return ranges.week_days(self._anchor)

    def reload(self) -> None:
        """Read the shown range again: posts, balance, ideas."""
        first, last = self.visible_days()
        start, end = day_range(first, last, self._zone)
        try:
            self._colours = {p.name: p.colour for p in self.planner.platforms()}
            shown = tuple(name for name in self._colours if name not in self._hidden)
            query = PostQuery(start, end, platforms=shown) if self._hidden else PostQuery(start, end)
            posts = self.planner.list_posts(query) if shown else []
            report = self.planner.balance_report(start, end, shown) if shown else []  # also the cards' marks
            # The week's empty slots of the shown platforms, drawn faintly behind the cards.
            empty = self.planner.slots.empty(start, end, shown) if shown and self._view is View.WEEK else []
            ideas = self.planner.list_posts(PostQuery(statuses=(Status.IDEA,))) if self._started else []
            # The context calendars (and their repeats) are read once the week is painted (finish_start).
            context = self.planner.context_events(start, end) if self._started else []
        except PlannerError as error:
            # A locked or vanished file must not close the window: say it and keep the last view.
            self.statusBar().showMessage(error.message, 10_000)
            return
        self._shown = {post.id: post for post in (*posts, *ideas)}
        any_shown = bool(posts or ideas)
        if self._started:
            self.for_me.refresh(self._colours)
        if self._view is not View.INSIGHTS:  # the charts count every post, whatever waits
            posts = self.for_me.kept(posts)  # View ▸ Only what waits for me
        breaches = [breach for balance in report for breach in balance.breaches]
        marks = messages_by_post(breaches, (post.id for post in posts))
        self._range_posts, self._marks, self._context, self._report = posts, marks, context, report
        self._sync_platform_filters()
        self.week_label.setText(range_title(self._view, first, last, self.week[1]))
        self._show(posts, marks, report, first)
        if self._view is View.WEEK:
            # Only what waits for me: no empty slot inviting a new post either.
            self.week_view.set_empty_slots([] if self.for_me.filtering() else empty)
        if self._started:
            self._show_week_followups()
        self.week_view.set_context(context)
        if View.MONTH in self._pages:
            self.month_view.set_context(context)
        if self._started:
            self.balance_panel.set_report(report, self._colours)
            self.followups.show_range(start, end, self._colours, self._hidden)
            self._show_ideas(ideas)
        filtered = self.for_me.filtering() and self._view is not View.INSIGHTS
        self.filter_label.setText(
            self.tr("%n post(s) shown: only what waits for you", "", len(posts)) if filtered else ""
        )
        self.filter_label.setVisible(filtered)  # a permanent widget: no message hides it or is drawn over it
        if filtered:
            self.count_label.setText("")  # said by the filter's count, which stays through messages
        elif self._view is View.WEEK:
            self.count_label.setText(self.tr("%n post(s) this week", "", len(posts)))
        elif self._view is View.INSIGHTS:
            # The charts count what the balance counts: a cancelled post is in neither.
            counted = sum(1 for post in posts if post.status.counts_in_balance)
            self.count_label.setText(self.tr("%n post(s) shown", "", counted))
        else:
            self.count_label.setText(self.tr("%n post(s) shown", "", len(posts)))
        now = self._clock()
        to_confirm = sum(1 for post in posts if post.past_due(now))
        self.confirm_label.setText(self.tr("%n post(s) to confirm", "", to_confirm))
        self.confirm_label.setVisible(to_confirm > 0)
        self._show_balance_line(breaches)
        self._keep_start_panel(any_shown)

    def _show_week_followups(self) -> None:
        """The shown week's reply windows, due markers and late marks, read with the week's posts
        (from the first paint on: the follow-ups' module is loaded then)."""
        if self._view is not View.WEEK:
            return
        start, end = day_range(*self.visible_days(), self._zone)
        shown = [name for name in self._colours if name not in self._hidden]
        try:
            followups = self.planner.followups.shown_in(start, end, platforms=shown if self._hidden else ())
            late = self.planner.followups.late_of(post.id for post in self._range_posts)
        except PlannerError as error:
            self.statusBar().showMessage(error.message, 10_000)
            return
        followups = [f for f in followups if f.platform in shown]
        if self.for_me.filtering():  # the follow-ups of the posts it hides go with them
            drawn = {post.id for post in self._range_posts}
            followups = [f for f in followups if f.post_id in drawn]
        self.week_view.set_followups(followups, late)

    def _also_on(self, posts: list[Post]) -> dict[int, list[str]]:
        """The platforms of each shown cross-post's other posts, shown or not: one read per reload,
        none when no post shown is part of a cross-post."""
        if not any(post.group_uid for post in posts):
            return {}
        try:
            found = self.planner.siblings_of(posts)
        except PlannerError as error:
            self.statusBar().showMessage(error.message, 10_000)
            return {}
        return {post_id: [other.platform for other in others] for post_id, others in found.items()}

    def _show_followup(self, followup: Followup) -> None:
        """A band or a marker clicked (the view selected its post, when shown): the follow-up in its
        panel, opened if it was closed. "Show post" there goes to a post of another week."""
        panel = self.followups.panel
        if panel is not None and panel.item(followup.id) is not None:
            self.followups.dock.show()
            self.followups.dock.raise_()
            panel.select(followup.id)

    def _show(self, posts: list[Post], marks: dict[int, list[str]], report: list[PlatformBalance], first: date) -> None:
        now = self._clock()
        if View.AGENDA in self._pages:
            self.agenda.set_posts(posts, self._colours, marks, now=now)
        if self._view is View.WEEK:
            self.week_view.set_week(first, posts, self._colours, marks, now)
            self.week_view.set_cross_posts(self._also_on(posts))
            if self.isVisible():  # else its first resize will: a window not shown has no widths yet
                self._side_panels_give_way()  # a week crowded in one hour may want the panels' width
        elif self._view is View.MONTH:
            self.month_view.set_month(self._anchor.year, self._anchor.month, posts, self._colours, marks, self.today())
        elif self._view is View.INSIGHTS:
            first_weekday = ranges.first_weekday() + 1  # as isoweekday: Monday is 1
            last_week = week_number(ranges.week_days(self.visible_days()[1])[0], first_weekday)
            weeks = self.planner.weekly_sides(*last_week, ranges.INSIGHT_WEEKS, first_weekday=first_weekday)
            shown = [w for w in weeks if w.platform not in self._hidden]
            # Kept on time over the weeks the charts show: from the first chart's week to the last's end.
            starts = sorted({w.start for w in shown})
            kept = (
                self.planner.kept_on_time(*day_range(starts[0], starts[-1] + timedelta(days=6), self._zone))
                if starts
                else {}
            )
            self.insights.set_weeks(shown, self._colours, kept)

    def _show_ideas(self, ideas: list[Post]) -> None:
        self._shown.update((idea.id, idea) for idea in ideas)
        self.backlog.set_ideas([p for p in ideas if p.platform not in self._hidden], self._colours)

    def _show_balance_line(self, breaches: list[Breach]) -> None:
        if not breaches:
            self.balance_label.set_line("")
            self.balance_label.setToolTip("")
            return
        platforms = QLocale().createSeparatedList(list(dict.fromkeys(breach.platform for breach in breaches)))
        if self._view is View.WEEK:
            line = self.tr("%n balance warning(s) this week on {platforms}", "", len(breaches))
        else:
            line = self.tr("%n balance warning(s) in this range on {platforms}", "", len(breaches))
        self.balance_label.set_line(line.format(platforms=platforms))
        self.balance_label.setToolTip("\n".join(breach.message for breach in breaches))

    def _sync_platform_filters(self) -> None:
        """One toggle per platform, in its colour; hidden platforms are left out of every view."""
        current = [(name, action.colour) for name, action in self.platform_actions.items()]
        if current == [(name, QColor(colour)) for name, colour in self._colours.items()]:
            return  # same platforms, order and colours: keep the toggles (and the keyboard focus)
        self.filter_bar.clear()
        for old in self.platform_actions.values():
            old.deleteLater()
        self.platform_actions = {}
        extent = self.filter_bar.iconSize().height()
        for name, colour in self._colours.items():
            action = PlatformToggle(name, colour, extent, self.devicePixelRatioF(), self)
            action.setChecked(name not in self._hidden)
            action.setToolTip(self.tr("Show or hide the posts of {platform}").format(platform=name))
            action.toggled.connect(lambda shown, platform=name: self.filter_platform(platform, shown))
            self.filter_bar.addAction(action)
            self.platform_actions[name] = action

    def filter_platform(self, platform: str, shown: bool) -> None:
        if shown:
            self._hidden.discard(platform)
        else:
            self._hidden.add(platform)
        self.reload()

    # -- changes ----------------------------------------------------------------

    def selected_post(self) -> Post | None:
        if self._menu_post is not None:
            return self._menu_post  # the post a menu was opened on acts, wherever it is shown
        if self.backlog.hasFocus() or self.backlog.isAncestorOf(self.focusWidget()):
            post_id = self.backlog.selected_idea()
        elif self._view is View.AGENDA:
            post_id = self.agenda.selected_post()
        elif self._view is View.MONTH:
            post_id = self.month_view.selected_post()  # the chip clicked: Ctrl+D, Ctrl+E act on it
        else:
            post_id = self.week_view.selected_post()
        return self._post(post_id) if post_id is not None else None

    def _post(self, post_id: int) -> Post | None:
        try:
            return self.planner.get_post(post_id)
        except PlannerError as error:
            self.statusBar().showMessage(error.message, 10_000)
            return None

    def new_post(
        self,
        *,
        start: datetime | None = None,
        idea: bool = False,
        platform: str | None = None,
        side: Side | None = None,
    ) -> Post | None:
        return editing.new_post(self, start=start, idea=idea, platform=platform, side=side)

    def _add_conversation_first(self, platform: str, at: datetime) -> None:
        """A refusal's "Add a conversation post": the editor on one; once it is saved, the change
        the refusal put off is offered again in the status bar (a button, until the next change)."""
        put_off = self.ops.take_put_off()
        added = self.new_post(start=at, platform=platform, side=Side.CONVERSATION)
        if added is not None and put_off is not None:
            self.action_messages.say(self.put_off_button.offer(put_off))

    def edit_post(self, post: Post | None = None) -> None:
        editing.edit_post(self, post)

    def reveal(self, post: Post) -> None:
        """Select ``post`` where it is shown, scrolled into view (after the editor saved it)."""
        if self._view is View.WEEK:
            self.week_view.select_post(post.id)  # a post outside the week is left alone
        elif self._view is View.AGENDA and self.agenda.shows(post.id):
            self.agenda.select_post(post.id)  # a post not listed leaves the selection alone

    def show_late_followups(self, ids: Sequence[int]) -> None:
        """The Follow-ups panel brought forward with follow-ups ``ids`` selected (a refused promotion's)."""
        self.followups.show_late(ids)

    def show_post_in_week(self, post_id: int) -> None:
        """Show post ``post_id``'s week with the post selected (a follow-up's "Show post")."""
        post = self._post(post_id)
        if post is None or post.start is None:
            return
        self._anchor = post.start.astimezone(self._tz).date()
        self.show_view(View.WEEK)
        self.week_view.select_post(post.id)
        self.week_view.setFocus()

    def show_history(self, post: Post | None = None) -> None:
        """Edit ▸ Post history: who changed what and when; a version can be brought back (and undone)."""
        editing.show_history(self, post)

    def show_copies(self, copy: Path | None = None) -> None:
        """The posts that differ between the plan and a copy (:func:`ui.window.editing.show_copies`)."""
        editing.show_copies(self, copy)

    def history_from_editor(self, editor: QDialog, post_id: int) -> None:
        """The editor's History button: restoring a version replaces what the editor shows, so it closes."""
        editing.history_from_editor(self, editor, post_id)

    def fill_with_demo(self) -> None:
        """Write the demo plan (13 weeks around today) without freezing the window."""
        self.action_messages.next_action()  # the demo is an action: the start panel's last line goes
        editing.fill_with_demo(self)

    @contextmanager
    def polling_paused(self) -> Iterator[None]:
        """While long work writes in the background, the window's own timers leave the file alone.

        The writer holds the file (and this process's storage) for its whole
        transaction: a poll or a heartbeat would only wait for it, frozen.
        """
        self.watch.stop()
        self.sharing.pause()
        try:
            yield
        finally:
            self.sharing.resume()
            self.watch.start()

    def move_selected(self, *, days: int = 0, minutes: int = 0) -> None:
        """Edit ▸ Move post: the selected post a day or a step earlier or later, as a drag would.

        The core says where it lands (:func:`planner.timezones.moved_by`); a time the clocks
        skip that day is said in the status bar, and nothing moves."""
        post = self.selected_post()
        if post is None or post.start is None or self.refused_read_only():
            return
        post = self._shown.get(post.id, post)
        assert post.start is not None
        try:
            start = moved_by(post.start, post.timezone, days=days, minutes=minutes)
        except PlannerError as error:
            self.action_messages.say(error.message, 10_000)
            return
        moved = self.ops.move(post, start)
        if moved is None or moved.start is None:
            return
        # Moved out of the days shown, the view follows it: the keyboard keeps hold of the post.
        day = moved.start.astimezone(zone(self.planner.planning_zone)).date()
        first, last = self.visible_days()
        if self._view is View.WEEK and not first <= day <= last:
            self._anchor = day
            self.reload()
        self.reveal(moved)

    def delete_selected(self) -> None:
        post = self.selected_post()
        if post is not None:
            self.ops.delete(self._shown.get(post.id, post))

    def mark_published(self, post: Post | None = None) -> None:
        """Edit ▸ Mark published: ``post`` (else the selected one), whose time has passed while it is
        still ready or scheduled, went out. One step to undo; any other post is left as it is, and the
        status bar says why."""
        post = post or self.selected_post()
        if post is None or self.refused_read_only():
            return
        post = self._shown.get(post.id, post)
        if not post.past_due(self._clock()):
            line = self.tr("Only a ready or scheduled post whose time has passed can be marked published.")
            self.action_messages.say(line, 10_000)
            return
        saved = self.ops.mark_published(post)
        if saved is not None:
            self.reveal(saved)

    def duplicate_post(self, post: Post | None = None, start: datetime | None = None) -> None:
        """Edit ▸ Duplicate (:func:`ui.window.post_actions.duplicate`)."""
        post_actions.duplicate(self, post, start=start)

    def move_post_to(self) -> None:
        """Edit ▸ Move post ▸ Move to… (:func:`ui.window.post_actions.move_to`)."""
        post_actions.move_to(self)

    def cancel_post(self) -> None:
        """Edit ▸ Cancel post (:func:`ui.window.post_actions.cancel`)."""
        post_actions.cancel(self)

    def as_shown(self, post: Post) -> Post:
        """``post`` as the user saw it drawn: a colleague's change since then is a conflict, not overwritten."""
        return self._shown.get(post.id, post)

    def now(self) -> datetime:
        return self._clock()

    def set_menu_post(self, post: Post | None) -> None:
        """While a post menu is open, its post is the one the shared actions act on."""
        self._menu_post = post

    def _post_menu_for(self, post_id: int, where: QPoint) -> None:
        """The post menu of post ``post_id`` at global ``where`` (a month chip, an agenda row, an idea)."""
        post = self._as_shown(post_id)
        if post is not None:
            post_actions.open_post_menu(self, post, where)

    def _post_menu_at(self, point: QPoint) -> None:
        """The menu of the card under ``point`` in the week (the selected card from the keyboard)."""
        post_id = self.week_view.post_at(point)
        selected = self.week_view.selected_post()
        if post_id is None and selected is not None:
            post_id = selected
            point = self.week_view.layout_rects()[selected].center().toPoint()
        post = self._as_shown(post_id) if post_id is not None else None
        if post is None:
            return
        self.week_view.select_post(post.id)
        post_actions.open_post_menu(self, post, self.week_view.mapToGlobal(point))

    def _edit_by_id(self, post_id: int) -> None:
        self.edit_post(self._post(post_id))

    def _as_shown(self, post_id: int) -> Post | None:
        """The post as the user saw it: a colleague's change since then is a conflict, not overwritten."""
        return self._shown.get(post_id) or self._post(post_id)

    def _delete_by_id(self, post_id: int) -> None:
        if self.refused_read_only():
            return
        post = self._as_shown(post_id)
        if post is not None:
            self.ops.delete(post)

    def _move_by_id(self, post_id: int, start: datetime) -> None:
        if self.refused_read_only():
            return
        post = self._as_shown(post_id)
        if post is not None:
            self.ops.move(post, start)

    def _open_day(self, day: date) -> None:
        self._anchor = day
        self.show_view(View.WEEK)

    def _after_change(self, change: object) -> None:
        revision = getattr(change, "revision", None)
        if revision is not None:
            self.watch.seen(revision)
        self.reload()
        self.live.refresh()

    def _changed_elsewhere(self, entries: list[AuditEntry]) -> None:
        """Someone else saved: refresh if it touches what is shown (posts, rules, platforms, context, slots)."""
        shown = {
            Entity.POST,
            Entity.FOLLOWUP,
            Entity.PLATFORM,
            Entity.CATEGORY,
            Entity.RULE,
            Entity.DATABASE,
            Entity.CONTEXT,
            Entity.SLOT,
            Entity.COMMENT,  # a comment or a review step: what waits for the user (For me)
            Entity.MEMBER,  # a role given: who may approve what
        }
        if any(entry.entity in shown for entry in entries):
            who = QLocale().createSeparatedList(sorted({entry.who for entry in entries}))
            self.statusBar().showMessage(self.tr("Updated with changes by {who}").format(who=who), 10_000)
            self.reload()
        self.live.refresh()

    def _live_written(self, paths: list[Path]) -> None:
        files = QLocale().createSeparatedList([path.name for path in paths])
        self.statusBar().showMessage(self.tr("Live calendar updated: {files}").format(files=files), 5_000)

    def hidden_platforms(self) -> set[str]:
        """The platforms the toolbar's filters hide."""
        return set(self._hidden)

    def _checked(self, moment: datetime) -> None:
        local = moment.astimezone(self._tz)
        time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        self.refresh_label.setText(self.tr("Checked {time}").format(time=time))

    # -- settings and closing ------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = settings.WINDOW_GEOMETRY.get()
        if not (geometry is not None and self.restoreGeometry(geometry)):
            self.resize(first_size(self.screen().availableGeometry().size()))
        state = settings.WINDOW_STATE.get()
        if state is not None:
            self.restoreState(state)

    def changeEvent(self, event: QEvent) -> None:
        # The toolbar's arrows are drawn in the theme's colours, pointing the way the text reads.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.LayoutDirectionChange):
            self.action_set.previous.setIcon(arrow_icon(forward=False))
            self.action_set.next.setIcon(arrow_icon(forward=True))
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self.watch.stop()
        self.sharing.stop()  # leaves: colleagues stop seeing this window at once
        self.live.wait()  # a live calendar being written is finished, not cut short
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        self.side_strip.unfold()  # the panels as the user left them, not as a narrow window folded them
        settings.WINDOW_STATE.set(self.saveState())
        super().closeEvent(event)
