"""The conflict dialog: someone else saved this post while you were editing it.

Never a silent overwrite (the README, "Sharing a planning with your team"): the dialog shows who changed it and
when, the fields where their version and yours differ, and lets the user keep
theirs, overwrite theirs with yours knowingly, or edit again. A post deleted
meanwhile can be recreated from yours or dropped.

A colleague's approval (or return) is a change too, though no field I edited shows it: given the post
as I saw it, the dialog adds a Status row (theirs "Approved by Léa", mine "In review") whenever the
status or its approval differ, and says when overwriting with mine would send their approval back
to review (review on, and my title, text or link differ from theirs).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.model import UNSET, Post, PostFields, PostPatch, Status
from ui.dialogs import AnyIndex, RowsModel
from ui.labels import status_label

# The fields people edit, in the editor's order; the cross-post group and uid are internal.
SHOWN_FIELDS = (
    "platform",
    "title",
    "body",
    "category",
    "status",
    "start",
    "timezone",
    "duration_minutes",
    "author",
    "campaign",
    "link",
    "notes",
)
# Long texts are cut in the table; the tooltip has them whole.
SHORT_TEXT = 160
# Statuses that hold an approval, and the fields whose edit sends such a post back to review (the core's rule).
HOLDING = (Status.APPROVED, Status.SCHEDULED, Status.PUBLISHED)
TEXT_FIELDS = ("title", "body", "link")


class ConflictChoice(enum.StrEnum):
    THEIRS = "theirs"  # keep their version (or, once deleted, drop mine)
    MINE = "mine"  # save mine over theirs (or recreate it)
    EDIT = "edit"  # edit again, starting from their version


def differences(mine: PostPatch | PostFields, theirs: Post | None) -> list[tuple[str, object, object]]:
    """(field, their value, my value) for each field I set that differs from theirs.

    With a patch, only the fields it changes count: the others would stay as
    they are now. With full fields, unset defaults (None) are not differences.
    """
    found = []
    given = {f.name for f in fields(mine)}
    for name in SHOWN_FIELDS:
        if name not in given:
            continue
        value = getattr(mine, name)
        unset_default = isinstance(mine, PostFields) and (value is None or (theirs is None and value == ""))
        if value is UNSET or unset_default:
            continue
        their_value = getattr(theirs, name) if theirs is not None else None
        if theirs is None or their_value != value:
            found.append((name, their_value, value))
    return found


@dataclass(frozen=True, slots=True)
class Standing:
    """Where a post is in its review: its status, and who approved or returned it while that holds."""

    status: Status
    approved_by: str | None = None
    returned_by: str | None = None


def standing_of(post: Post) -> Standing:
    approved = post.approved_by if post.status in HOLDING else None
    returned = post.returned_by if post.status is Status.DRAFT else None
    return Standing(post.status, approved, returned)


def my_standing(mine: PostPatch, seen: Post) -> Standing:
    """Where my save would leave the post: as I saw it, or at the status I chose (no one's approval:
    a status set by hand leaves or takes an approval of its own)."""
    if isinstance(mine.status, Status) and mine.status is not seen.status:
        return Standing(mine.status)
    return standing_of(seen)


def review_differences(mine: PostPatch, theirs: Post, seen: Post) -> list[tuple[str, object, object]]:
    """:func:`differences`, with the Status row shown whenever the status or its approval differ,
    mine being the post as I saw it (``seen``) with my changes."""
    rows = [row for row in differences(mine, theirs) if row[0] != "status"]
    their_standing, mine_standing = standing_of(theirs), my_standing(mine, seen)
    if their_standing != mine_standing:
        before = SHOWN_FIELDS[: SHOWN_FIELDS.index("status")]
        at = sum(1 for row in rows if row[0] in before)
        rows.insert(at, ("status", their_standing, mine_standing))
    return rows


def loses_approval(mine: PostPatch, theirs: Post, *, review: bool) -> bool:
    """Whether overwriting ``theirs`` with ``mine`` sends their approval back to review (the core's rule:
    review on, a post holding an approval, its title, text or link changed)."""
    if not review or theirs.approved_by is None or theirs.status not in HOLDING:
        return False
    return any(name in TEXT_FIELDS for name, _theirs, _mine in differences(mine, theirs))


class DifferenceModel(RowsModel[tuple[str, object, object]]):
    """Field | Theirs | Mine, one row per difference (no Theirs column once deleted)."""

    def __init__(self, rows: list[tuple[str, object, object]], *, deleted: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._deleted = deleted

    def titles(self) -> list[str]:
        """The columns' titles (other dialogs compare other pairs of values)."""
        theirs = [] if self._deleted else [self.tr("Theirs")]
        return [self.tr("Field"), *theirs, self.tr("Yours")]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, theirs, mine = self._rows[index.row()]
        column = index.column()
        value = mine if column == 2 or (self._deleted and column == 1) else theirs
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.field_label(name)
            text = self.value_text(name, value)
            if len(text) > SHORT_TEXT:
                text = self.tr("{start}…", "a long text cut short").format(start=text[:SHORT_TEXT].rstrip())
            return text
        if role == Qt.ItemDataRole.ToolTipRole and column > 0:
            return self.value_text(name, value)
        return None

    def field(self, row: int) -> str:
        return self._rows[row][0]

    def field_label(self, name: str) -> str:
        labels = {
            "platform": self.tr("Platform"),
            "title": self.tr("Title"),
            "body": self.tr("Text"),
            "category": self.tr("Category"),
            "status": self.tr("Status"),
            "start": self.tr("Date and time"),
            "timezone": self.tr("Time zone"),
            "duration_minutes": self.tr("Duration"),
            "author": self.tr("Author"),
            "campaign": self.tr("Campaign"),
            "link": self.tr("Link"),
            "notes": self.tr("Notes"),
        }
        return labels.get(name, name)

    def value_text(self, name: str, value: object) -> str:
        if value is None or value == "":
            return self.tr("No date") if name == "start" else "—"
        if isinstance(value, Status):
            return status_label(value)
        if isinstance(value, Standing):
            return self.standing_text(value)
        if isinstance(value, datetime):
            return when_text(value)
        if name == "duration_minutes" and isinstance(value, int):
            return self.tr("%n minute(s)", "", value)
        return " ".join(str(value).split()) if name == "body" else str(value)

    def standing_text(self, standing: Standing) -> str:
        if standing.approved_by is not None and standing.status is Status.APPROVED:
            return self.tr("Approved by {name}").format(name=standing.approved_by)
        if standing.approved_by is not None:
            return self.tr("{status}, approved by {name}").format(
                status=status_label(standing.status), name=standing.approved_by
            )
        if standing.returned_by is not None:
            return self.tr("Changes requested by {name}").format(name=standing.returned_by)
        return status_label(standing.status)


def when_text(moment: datetime) -> str:
    """A day and time in the locale's format, at ``moment``'s own wall clock."""
    locale = QLocale()
    date_format = QCoreApplication.translate("ConflictDialog", "ddd d MMM yyyy", "QLocale format of a post's day")
    # The wall-clock fields, not a QDateTime: Qt would convert to the machine's zone.
    day = locale.toString(QDate(moment.year, moment.month, moment.day), date_format)
    time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("ConflictDialog", "{day}, {time}", "a day and a time").format(day=day, time=time)


class ConflictDialog(QDialog):
    """Their version next to mine; ``choice()`` says what the user picked."""

    def __init__(
        self,
        mine: PostPatch | PostFields,
        theirs: Post | None,
        parent: QWidget | None = None,
        *,
        seen: Post | None = None,
        review: bool = False,
    ) -> None:
        """``seen``: the post as I saw it when I began (my side of the Status row); ``review``: whether
        the plan reviews its posts (then overwriting their approval with my text sends it back)."""
        super().__init__(parent)
        self._theirs = theirs
        # Closing without a choice neither overwrites nor loses anything that still exists.
        self._choice = ConflictChoice.EDIT if theirs is not None else ConflictChoice.THEIRS
        if isinstance(mine, PostPatch) and theirs is not None and seen is not None:
            self.rows = review_differences(mine, theirs, seen)
        else:
            self.rows = differences(mine, theirs)
        losing = isinstance(mine, PostPatch) and theirs is not None and loses_approval(mine, theirs, review=review)
        self.setWindowTitle(self.tr("Someone else changed this post"))

        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(self._heading(), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.who = QLabel(self._who(), self)
        self.who.setWordWrap(True)
        self.who.setTextFormat(Qt.TextFormat.PlainText)

        self.model = DifferenceModel(self.rows, deleted=theirs is None, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Wrapped rows need their height again whenever the columns' widths change.
        header.sectionResized.connect(self.table.resizeRowsToContents)
        self.same = QLabel(self.tr("Their version already has your changes."), self)
        self.table.setVisible(bool(self.rows))
        self.same.setVisible(not self.rows)
        self.back_to_review = QLabel(self)
        self.back_to_review.setWordWrap(True)
        self.back_to_review.setTextFormat(Qt.TextFormat.PlainText)
        if losing and theirs is not None:
            self.back_to_review.setText(
                self.tr(
                    "Overwriting with yours sends it back to review: your text differs from the one {name} approved."
                ).format(name=theirs.approved_by)
            )
        self.back_to_review.setVisible(losing)

        self.buttons = QDialogButtonBox(self)
        self.edit_button: QPushButton | None = None
        if theirs is None:
            self.mine_button = self._button(self.tr("&Recreate mine"), ConflictChoice.MINE)
            self.theirs_button = self._button(self.tr("&Discard mine"), ConflictChoice.THEIRS)
        else:
            self.theirs_button = self._button(self.tr("Keep &theirs"), ConflictChoice.THEIRS)
            self.mine_button = self._button(self.tr("&Overwrite with mine"), ConflictChoice.MINE)
            self.edit_button = self._button(self.tr("&Edit again"), ConflictChoice.EDIT)
            self.edit_button.setDefault(True)  # the choice that loses nobody's work

        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.who)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.same)
        layout.addWidget(self.back_to_review)
        layout.addWidget(self.buttons)
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())
        (self.edit_button or self.theirs_button).setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Rows wrap at the widths known only now: fit the height to them once.
        self.table.resizeRowsToContents()
        self.resize(self.width(), min(self.sizeHint().height(), self.screen().availableGeometry().height() * 3 // 4))

    def choice(self) -> ConflictChoice:
        return self._choice

    def _button(self, text: str, choice: ConflictChoice) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: ConflictChoice) -> None:
        self._choice = choice
        self.accept()

    def _heading(self) -> str:
        if self._theirs is None:
            return self.tr("Someone else deleted this post while you were editing it.")
        return self.tr("Someone else saved this post while you were editing it.")

    def _who(self) -> str:
        theirs = self._theirs
        if theirs is None:
            return self.tr("Recreate it from your version, or discard your changes.")
        # Shown at the post's own wall clock, never the machine's zone.
        saved = when_text(theirs.updated_at.astimezone(ZoneInfo(theirs.timezone)))
        return self.tr("“{title}” was changed by {who} ({when}), version {version}.").format(
            title=theirs.title, who=theirs.updated_by or self.tr("someone"), when=saved, version=theirs.version
        )
