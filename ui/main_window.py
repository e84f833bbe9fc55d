"""The first window: the posts of one ISO week, with week navigation.

Posts in a window that breaks a balance rule carry a warning mark, and a line
under the week's title counts the week's breaches. The core judges; this
window only shows its report, read once per reload.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.model import PostQuery
from planner.service import Planner
from planner.session import Clock
from planner.timezones import week_of, week_range, zone
from planner.verdicts import Breach
from ui.post_table_model import Column, PostTableModel

# How often to ask SQLite whether another process committed (PRAGMA data_version
# reads no page, so this is cheap even on a network share).
POLL_INTERVAL_MS = 2000


class _SpacedDelegate(QStyledItemDelegate):
    """Cells sized with room to spare, so columns sized to their contents do not touch."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + option.fontMetrics.averageCharWidth() * 2, hint.height())

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.column() == Column.BALANCE:
            # The marker alone in its narrow column: centred, not stuck to the left edge.
            option.decorationAlignment = Qt.AlignmentFlag.AlignCenter


class MainWindow(QMainWindow):
    """The posts of one week, read again when another process commits to the file."""

    def __init__(
        self,
        planner: Planner,
        *,
        clock: Clock | None = None,
        poll_interval_ms: int = POLL_INTERVAL_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._clock = clock or planner.now
        self._zone = planner.planning_zone
        self._year, self._week = self.current_week()
        self.model = PostTableModel(self, planning_zone=self._zone)

        self.setWindowTitle(self.tr("Dialogos — {file}").format(file=planner.path.name))
        self._create_actions()
        self._create_menus_and_toolbar()
        self._create_central()
        self._create_status_bar()

        # The first call only records the file's state; later ones compare to it.
        planner.others_committed()
        self._poll = QTimer(self)
        self._poll.setInterval(poll_interval_ms)
        self._poll.timeout.connect(self._poll_others)
        self._poll.start()

        self.show_week(self._year, self._week)

    # -- building -----------------------------------------------------------

    def _create_actions(self) -> None:
        style = self.style()
        self.previous_week_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), self.tr("&Previous week"), self
        )
        self.previous_week_action.setShortcuts(
            [QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp)]
        )
        self.previous_week_action.triggered.connect(lambda: self._shift(-1))

        self.this_week_action = QAction(self.tr("&This week"), self)
        self.this_week_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_T))
        self.this_week_action.triggered.connect(self.show_current_week)

        self.next_week_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), self.tr("&Next week"), self
        )
        self.next_week_action.setShortcuts(
            [QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown)]
        )
        self.next_week_action.triggered.connect(lambda: self._shift(1))

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

        for action in (self.previous_week_action, self.this_week_action, self.next_week_action):
            # Toolbar buttons do not show shortcuts by themselves.
            action.setToolTip(
                self.tr("{action} ({shortcut})", "tooltip of a toolbar button").format(
                    action=action.text().replace("&", ""),
                    shortcut=action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                )
            )

    def _create_menus_and_toolbar(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.quit_action)
        week_menu = self.menuBar().addMenu(self.tr("&Week"))
        toolbar = QToolBar(self.tr("Week"), self)
        toolbar.setObjectName("week_toolbar")  # lets saveState() remember it
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.previous_week_action, self.this_week_action, self.next_week_action):
            week_menu.addAction(action)
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    def _create_central(self) -> None:
        self.week_label = QLabel(self)
        font = self.week_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.week_label.setFont(font)
        self.week_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # "2 balance warnings this week on Instagram", hidden when the week is balanced.
        self.balance_bar = QWidget(self)
        self.balance_icon = QLabel(self.balance_bar)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.balance_icon.setPixmap(warning.pixmap(size, size))
        self.balance_label = QLabel(self.balance_bar)
        bar_layout = QHBoxLayout(self.balance_bar)
        bar_layout.setContentsMargins(0, 0, 0, 0)
        bar_layout.addWidget(self.balance_icon)
        bar_layout.addWidget(self.balance_label, 1)
        self.balance_bar.hide()

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(_SpacedDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        # Room for the warning mark and no more, whether the week has one or not.
        marker = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        header.setSectionResizeMode(Column.BALANCE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.BALANCE, marker + self.fontMetrics().averageCharWidth())
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.empty_label = QLabel(self.tr("Nothing planned this week."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)  # the palette's muted text colour

        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.table)
        self._pages.addWidget(self.empty_label)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.week_label)
        layout.addWidget(self.balance_bar)
        layout.addWidget(self._pages, 1)
        self.setCentralWidget(central)

    def _create_status_bar(self) -> None:
        self.count_label = QLabel(self)
        self.path_label = QLabel(self.tr("Database: {path}").format(path=self._planner.path), self)
        self.path_label.setToolTip(str(self._planner.path))
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.path_label)

    # -- weeks --------------------------------------------------------------

    @property
    def week(self) -> tuple[int, int]:
        """The ISO (year, week) shown."""
        return self._year, self._week

    def current_week(self) -> tuple[int, int]:
        """Today's ISO week in the planning zone, by the window's clock."""
        return week_of(self._clock().astimezone(zone(self._zone)))

    def show_current_week(self) -> None:
        self.show_week(*self.current_week())

    def show_week(self, year: int, week: int) -> None:
        self._year, self._week = year, week
        self.week_label.setText(self._week_title())
        self.reload()

    def _shift(self, weeks: int) -> None:
        monday = date.fromisocalendar(self._year, self._week, 1) + timedelta(weeks=weeks)
        iso = monday.isocalendar()
        self.show_week(iso.year, iso.week)

    def reload(self) -> None:
        """Read the shown week again from the file."""
        start, end = week_range(self._year, self._week, self._zone)
        try:
            posts = self._planner.list_posts(PostQuery(start, end))
            colours = {platform.name: platform.colour for platform in self._planner.platforms()}
            # One report per reload: the core finds the breaches touching the week.
            breaches = [breach for balance in self._planner.balance_report(start, end) for breach in balance.breaches]
        except PlannerError as error:
            # A locked or vanished file must not close the window: say it and keep the last view.
            self.statusBar().showMessage(str(error), 10_000)
            return
        self.model.set_posts(posts, colours, messages_by_post(breaches, (post.id for post in posts)))
        self._pages.setCurrentWidget(self.table if posts else self.empty_label)
        self.count_label.setText(self.tr("%n post(s) this week", "", len(posts)))
        self._show_balance(breaches)

    def _show_balance(self, breaches: Sequence[Breach]) -> None:
        """The line under the week's title: how many breaches, on which platforms."""
        self.balance_bar.setVisible(bool(breaches))
        if not breaches:
            self.balance_label.clear()
            self.balance_bar.setToolTip("")
            return
        platforms = list(dict.fromkeys(breach.platform for breach in breaches))
        text = self.tr("%n balance warning(s) this week on {platforms}", "", len(breaches))
        self.balance_label.setText(text.format(platforms=QLocale().createSeparatedList(platforms)))
        self.balance_bar.setToolTip("\n".join(breach.message for breach in breaches))

    def _poll_others(self) -> None:
        try:
            changed = self._planner.others_committed()
        except PlannerError as error:
            self.statusBar().showMessage(str(error), 10_000)
            return
        if changed:
            self.reload()

    def _week_title(self) -> str:
        first = date.fromisocalendar(self._year, self._week, 1)
        last = first + timedelta(days=6)
        locale = QLocale()
        full = self.tr("d MMM yyyy", "QLocale format of the last day of a week")
        if (first.year, first.month) == (last.year, last.month):
            start_format = self.tr("d", "QLocale format of a week's first day, same month as its last")
            template = self.tr("{first}–{last}", "days of a week within one month")
        else:
            same_year = first.year == last.year
            start_format = (
                self.tr("d MMM", "QLocale format of a week's first day, same year as its last") if same_year else full
            )
            template = self.tr("{first} – {last}", "days of a week across two months")
        dates = template.format(
            first=locale.toString(QDate(first), start_format), last=locale.toString(QDate(last), full)
        )
        return self.tr("Week {week} · {dates}").format(week=self._week, dates=dates)

    # -- Qt -----------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._poll.stop()
        super().closeEvent(event)


def messages_by_post(breaches: Iterable[Breach], shown: Iterable[int]) -> dict[int, list[str]]:
    """The messages of the breaches each shown post takes part in, in report order."""
    wanted = set(shown)
    found: dict[int, list[str]] = {}
    for breach in breaches:
        for post_id in breach.posts:
            if post_id in wanted:
                found.setdefault(post_id, []).append(breach.message)
    return found
