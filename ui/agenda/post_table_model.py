"""The posts of a period as a table: one row per post, display only.

A narrow first column marks the posts that sit in a window breaking a balance
rule; its tooltip gives the core's explanations, already translated. The status
column asks "was it published?" of a post whose time has passed while it is
still ready or scheduled (:meth:`planner.model.Post.past_due`), with the mark the
week shows (:mod:`ui.marks`).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt, QTime
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from planner.model import Post, Status
from ui.labels import side_label, status_label
from ui.marks import past_due_icon, past_due_text, review_text

AnyIndex = QModelIndex | QPersistentModelIndex

# The post behind a row, for views and actions that need more than the text.
POST_ROLE = Qt.ItemDataRole.UserRole + 1
# The balance messages (list of str) that involve a row's post; empty when none.
BREACHES_ROLE = Qt.ItemDataRole.UserRole + 2
# Whether a row's post is past due to publish (bool): "was it published?".
PAST_DUE_ROLE = Qt.ItemDataRole.UserRole + 3


class Column(enum.IntEnum):
    BALANCE = 0
    DAY_TIME = 1
    PLATFORM = 2
    TITLE = 3
    CATEGORY = 4
    SIDE = 5
    STATUS = 6
    AUTHOR = 7


class PostTableModel(QAbstractTableModel):
    """A read-only table over a list of :class:`planner.model.Post`.

    ``planning_zone`` is the zone the week is shown in: a post planned in
    another zone shows its own wall-clock time with the zone's name.
    """

    def __init__(self, parent: QObject | None = None, *, planning_zone: str = "UTC") -> None:
        super().__init__(parent)
        self._posts: list[Post] = []
        self._colours: dict[str, QColor] = {}
        self._breaches: dict[int, tuple[str, ...]] = {}
        self._planning_zone = planning_zone
        self._warning_icon: QIcon | None = None
        self._past_due: set[int] = set()
        self._past_due_icon: QIcon | None = None
        self._groups: dict[str, list[Post]] = {}  # the cross-posts among the posts shown, by group

    # -- content ------------------------------------------------------------

    def set_posts(
        self,
        posts: Sequence[Post],
        colours: Mapping[str, str] | None = None,
        breaches: Mapping[int, Sequence[str]] | None = None,
        *,
        now: datetime | None = None,
    ) -> None:
        """Show ``posts``; ``colours`` maps a platform name to its ``#RRGGBB`` colour
        (None keeps the last ones); ``breaches`` maps a post id to the balance
        messages that involve it (None: no post is marked); at ``now`` (aware), the
        posts past due to publish are asked "was it published?" (None: none is)."""
        self.beginResetModel()
        self._posts = list(posts)
        self._past_due = {post.id for post in self._posts if now is not None and post.past_due(now)}
        if colours is not None:
            self._colours = {name: QColor(value) for name, value in colours.items()}
        self._breaches = {post_id: tuple(found) for post_id, found in (breaches or {}).items() if found}
        self._groups = {}
        for post in self._posts:
            if post.group_uid:
                self._groups.setdefault(post.group_uid, []).append(post)
        self.endResetModel()

    def post(self, row: int) -> Post:
        return self._posts[row]

    def posts(self) -> list[Post]:
        return list(self._posts)

    def breach_messages(self, row: int) -> list[str]:
        """The balance messages that involve the post of ``row``."""
        return list(self._breaches.get(self._posts[row].id, ()))

    def marked_rows(self) -> list[int]:
        """The rows whose post sits in a breached window."""
        return [row for row, post in enumerate(self._posts) if post.id in self._breaches]

    def past_due_rows(self) -> list[int]:
        """The rows whose post is asked "was it published?"."""
        return [row for row, post in enumerate(self._posts) if post.id in self._past_due]

    # -- QAbstractTableModel ------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._posts)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == Column.BALANCE and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Balance: marked posts sit in a window that breaks a balance rule")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.BALANCE: "",
            Column.DAY_TIME: self.tr("Day & time"),
            Column.PLATFORM: self.tr("Platform"),
            Column.TITLE: self.tr("Title"),
            Column.CATEGORY: self.tr("Category"),
            Column.SIDE: self.tr("Side"),
            Column.STATUS: self.tr("Status"),
            Column.AUTHOR: self.tr("Author"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._posts):
            return None
        post = self._posts[index.row()]
        column = Column(index.column())
        if column == Column.BALANCE:
            balance = self._balance_data(post, role)
            if balance is not None:
                return balance
        if column == Column.STATUS and post.id in self._past_due:
            status = self._past_due_data(post, role)
            if status is not None:
                return status
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(post, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(post, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.PLATFORM:
            return self._colours.get(post.platform)
        if role == Qt.ItemDataRole.ForegroundRole and post.status is Status.CANCELLED:
            # Cancelled posts stay listed so nobody re-plans them by mistake, but fade out.
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and post.status is Status.CANCELLED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == POST_ROLE:
            return post
        if role == BREACHES_ROLE:
            return list(self._breaches.get(post.id, ()))
        if role == PAST_DUE_ROLE:
            return post.id in self._past_due
        return None

    def _past_due_data(self, post: Post, role: int) -> Any:
        """The status cell of a post past due: its status and the question, the mark, why in a sentence."""
        if role == Qt.ItemDataRole.DisplayRole:
            # Short, the column stays narrow: the tooltip asks in a whole sentence.
            return self.tr("{status} · published?", "a post whose time has passed: was it published?").format(
                status=status_label(post.status)
            )
        if role == Qt.ItemDataRole.DecorationRole:
            if self._past_due_icon is None:
                extent = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
                self._past_due_icon = past_due_icon(extent)
            return self._past_due_icon
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return past_due_text(post)
        return None

    def _balance_data(self, post: Post, role: int) -> Any:
        """The marker cell: a warning icon, and the messages as its tooltip."""
        messages = self._breaches.get(post.id)
        if not messages:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if self._warning_icon is None:
                self._warning_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._warning_icon
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return "\n".join(messages)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Balance warning")
        return None

    # -- cells --------------------------------------------------------------

    def _display(self, post: Post, column: Column) -> str:
        match column:
            case Column.BALANCE:
                return ""
            case Column.DAY_TIME:
                return self._when(post)
            case Column.PLATFORM:
                others = self._siblings(post)
                if not others:
                    return post.platform
                # The group mark: a cross-post says on how many other platforms it is shown too.
                return self.tr("{platform} +{count}", "a cross-post: its platform and its other posts shown").format(
                    platform=post.platform, count=len(others)
                )
            case Column.TITLE:
                return post.title
            case Column.CATEGORY:
                return post.category or "—"
            case Column.SIDE:
                return side_label(post.side) if post.side else "—"
            case Column.STATUS:
                return status_label(post.status)
            case Column.AUTHOR:
                return post.author or "—"
        return ""

    def _tooltip(self, post: Post, column: Column) -> str | None:
        if column == Column.DAY_TIME and post.start is not None:
            locale = QLocale()
            full = self.tr("dddd d MMMM yyyy", "QLocale format of a post's full date")
            start, end = post.start, post.end or post.start
            # A post may last days: then its end needs a date too.
            end_text = _time(locale, end) if end.date() == start.date() else self._day_time(locale, end, full)
            return self.tr("{start} – {end} ({zone}, {minutes} min)", "when a post runs").format(
                start=self._day_time(locale, start, full),
                end=end_text,
                zone=post.timezone,
                minutes=post.duration_minutes,
            )
        if column == Column.PLATFORM and (others := self._siblings(post)):
            names = ", ".join(other.platform for other in others)
            return self.tr("Cross-post: also on {platforms}").format(platforms=names)
        if column == Column.TITLE:
            body = post.body.strip()
            return body[:500] or None
        if column == Column.AUTHOR and post.updated_by:
            return self.tr("Last changed by {who}").format(who=post.updated_by)
        if column == Column.STATUS:
            return review_text(post) or None  # in review, approved by whom, returned by whom
        return None

    def _siblings(self, post: Post) -> list[Post]:
        """The other posts of ``post``'s cross-post among those shown."""
        if not post.group_uid:
            return []
        return [other for other in self._groups.get(post.group_uid, []) if other.id != post.id]

    def _when(self, post: Post) -> str:
        if post.start is None:
            return self.tr("No date")
        text = self._day_time(QLocale(), post.start, self.tr("ddd d MMM", "QLocale format of a post's day"))
        if post.timezone != self._planning_zone:
            city = post.timezone.rsplit("/", 1)[-1].replace("_", " ")
            text = self.tr("{when} ({zone})", "a time in another zone").format(when=text, zone=city)
        return text

    def _day_time(self, locale: QLocale, moment: datetime, date_format: str) -> str:
        return self.tr("{day} {time}", "day and time of a post").format(
            day=locale.toString(_qdate(moment), date_format), time=_time(locale, moment)
        )


def _qdate(moment: datetime) -> QDate:
    # The wall-clock fields, not a QDateTime: Qt would convert to the machine's zone.
    return QDate(moment.year, moment.month, moment.day)


def _time(locale: QLocale, moment: datetime) -> str:
    return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
