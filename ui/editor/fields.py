"""The parts of the post editor: item models for its combo boxes, the time
zone box, the text counter and the panel that shows the balance verdict.

They only show what the core says; the editor (:mod:`ui.editor.post_editor`) puts
them together and asks the core.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStringListModel, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner.balance.verdicts import Breach, Verdict
from planner.model import Category, Platform, Side
from ui.labels import side_label
from ui.suggested import shown_additions

# The name a combo item stands for (a platform, a category, a Status).
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1

# System artefacts in the zone database, not places anyone plans in.
_NOT_PLACES = ("posix/", "right/")
_NOT_PLACE_NAMES = {"Factory", "localtime", "posixrules"}


def error_colour(palette: QPalette) -> QColor:
    """The red text that reads on ``palette``: Qt has no error role, so the
    shade follows the lightness of the palette's base (light or dark theme)."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#c62828")


def set_error_text(label: QLabel, error: bool) -> None:
    """Text in the error colour, or back to the inherited palette (which then
    follows a change of theme)."""
    palette = QPalette()  # only the roles set here override the inherited ones
    if error:
        palette.setColor(QPalette.ColorRole.WindowText, error_colour(label.palette()))
    label.setPalette(palette)


def moment_text(locale: QLocale, moment: datetime) -> str:
    """A day and a wall-clock time in the locale's words: "Mon 15 Jun 09:00"."""
    # The wall-clock fields, not a QDateTime: Qt would convert to the machine's zone.
    day_format = QCoreApplication.translate("PostEditor", "ddd d MMM", "QLocale format of a slot")
    day = locale.toString(QDate(moment.year, moment.month, moment.day), day_format)
    time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("PostEditor", "{day} {time}", "day and time of a slot").format(day=day, time=time)


def swatch(colour: str, palette: QPalette, ratio: float) -> QIcon:
    """A platform's colour as a small rounded square, drawn at the screen's
    pixel ratio so it stays sharp on high-DPI screens."""
    size = 14
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # An outline in the text colour keeps dark swatches visible on a dark theme.
    outline = QColor(palette.color(QPalette.ColorRole.Text))
    outline.setAlpha(90)
    painter.setPen(outline)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def platform_model(platforms: Iterable[Platform], parent: QWidget) -> QStandardItemModel:
    """One row per platform, with its colour as a swatch."""
    model = QStandardItemModel(parent)
    for platform in platforms:
        item = QStandardItem(swatch(platform.colour, parent.palette(), parent.devicePixelRatioF()), platform.name)
        item.setData(platform.name, VALUE_ROLE)
        item.setEditable(False)
        model.appendRow(item)
    return model


def category_model(categories: Iterable[Category], parent: QWidget) -> QStandardItemModel:
    """Categories grouped under their side; the headings cannot be chosen."""
    model = QStandardItemModel(parent)
    none = QStandardItem(QCoreApplication.translate("PostEditor", "No category"))
    none.setData(None, VALUE_ROLE)
    model.appendRow(none)
    by_side: dict[Side, list[Category]] = {}
    for category in categories:
        by_side.setdefault(category.side, []).append(category)
    heading_font = QFont()
    heading_font.setBold(True)
    for side in Side:
        if side not in by_side:
            continue
        heading = QStandardItem(side_label(side))
        heading.setFlags(Qt.ItemFlag.NoItemFlags)
        heading.setFont(heading_font)
        heading.setData(None, VALUE_ROLE)
        model.appendRow(heading)
        for category in sorted(by_side[side], key=lambda c: c.name.casefold()):
            item = QStandardItem(category.name)
            item.setData(category.name, VALUE_ROLE)
            tip = QCoreApplication.translate("PostEditor", "{category} ({side})", "a category and its side")
            item.setToolTip(tip.format(category=category.name, side=side_label(side)))
            item.setEditable(False)
            model.appendRow(item)
    return model


def select_value(combo: QComboBox, value: str | None) -> None:
    """The item standing for ``value``; the first one (no category…) when none does."""
    combo.setCurrentIndex(max(combo.findData(value, VALUE_ROLE), 0))


def select_text(combo: QComboBox, text: str) -> None:
    """The item showing ``text`` in an editable combo, or ``text`` typed in."""
    index = combo.findText(text)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(text)


def four_digit_years(date_format: str) -> str:
    """Qt's date edits read a two-digit year as 19xx: show all four digits."""
    if "yyyy" in date_format:
        return date_format
    return date_format.replace("yy", "yyyy")


class ZoneComboBox(QComboBox):
    """An editable list of IANA zones: type part of a city to find it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        names = sorted(
            name for name in available_timezones() if not name.startswith(_NOT_PLACES) and name not in _NOT_PLACE_NAMES
        )
        self.setModel(QStringListModel(names, self))
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)

    def zone_name(self) -> str:
        return self.currentText().strip()

    def set_zone_name(self, name: str) -> None:
        index = self.findText(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)  # an unusual zone still shows; the core judges it


class TextCounter(QLabel):
    """ "123 / 280": the body's length against the platform's limit, in the
    error colour past it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._over = False

    def show_count(self, count: int, limit: int | None) -> None:
        locale = QLocale()
        if limit is None:
            self.setText(self.tr("%n character(s)", "", count))
            self.setToolTip(self.tr("This platform has no text limit."))
        else:
            self.setText(
                self.tr("{count} / {limit}", "characters used / the platform's text limit").format(
                    count=locale.toString(count), limit=locale.toString(limit)
                )
            )
            self.setToolTip(self.tr("Characters used and this platform's limit"))
        self._over = limit is not None and count > limit
        self._paint_state()

    def is_over(self) -> bool:
        return self._over

    def _paint_state(self) -> None:
        set_error_text(self, self._over)
        font = self.font()
        font.setBold(self._over)
        self.setFont(font)


class VerdictState(enum.Enum):
    """What the panel shows."""

    CLEAR = "clear"  # no rule broken
    WARNING = "warning"  # breaches that let the change be saved
    BLOCKED = "blocked"  # a rule in block mode refuses it without a reason
    ERROR = "error"  # the core refuses the input itself


class VerdictPanel(QFrame):
    """The live verdict of the change: the breaches in words and, when the
    core suggests them, the slots where the post would pass, as buttons, and
    the conversation posts that would let it pass where no slot does. Above
    it, the breaches a saved post is in now, as its card shows them."""

    slotChosen = Signal(object)  # an aware datetime, in the editor's zone
    conversationRequested = Signal(str, object)  # a conversation post to add: platform, aware datetime
    lateRequested = Signal(tuple)  # the ids of the late follow-ups a promotion waits behind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.state = VerdictState.CLEAR
        self.icon_label = QLabel(self)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading_label = QLabel(self)
        heading_font = self.heading_label.font()
        heading_font.setBold(True)
        self.heading_label.setFont(heading_font)
        self.heading_label.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The breaches the post is in now, as saved: what its card's mark names. The verdict above
        # judges the change; without these, a post marked ⚠ would read "No balance rule broken".
        self.now_heading_label = QLabel(self)
        self.now_heading_label.setWordWrap(True)
        self.now_heading_label.setFont(heading_font)
        self.now_label = QLabel(self)
        self.now_label.setWordWrap(True)
        self.now_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._now: tuple[Breach, ...] = ()
        # The slots where it would pass, each a "Move to …" button (the words say what it does).
        self._slots_row = QHBoxLayout()
        self._slots_row.addStretch(1)
        self.slot_buttons: list[QPushButton] = []
        # Promises before promotion: the breach names the late follow-ups; this shows them in the panel.
        self._late: tuple[int, ...] = ()
        self.late_button = QPushButton(self.tr("Show the &late follow-ups"), self)
        self.late_button.setAutoDefault(False)
        self.late_button.setToolTip(self.tr("Select them in the Follow-ups panel; what you typed stays here"))
        self.late_button.clicked.connect(lambda: self.lateRequested.emit(self._late))
        self._slots_row.addWidget(self.late_button)
        # What fixes a post no slot lets pass: the conversation posts to add, each a button.
        self._fix_row = QHBoxLayout()
        self.fix_label = QLabel(self.tr("Add a conversation post on:"), self)
        self._fix_row.addWidget(self.fix_label)
        self._fix_row.addStretch(1)
        self.fix_buttons: list[QPushButton] = []
        # "+1 more": the posts the sentence names beyond the buttons, so that the two agree.
        self.more_fixes_label = QLabel(self)
        self.more_fixes_label.hide()

        text = QVBoxLayout()
        text.addWidget(self.now_heading_label)
        text.addWidget(self.now_label)
        text.addWidget(self.heading_label)
        text.addWidget(self.message_label)
        text.addLayout(self._slots_row)
        text.addLayout(self._fix_row)
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon_label)
        layout.addLayout(text, 1)
        self.set_breaches_now(())
        self.show_verdict(Verdict(), "UTC")

    # -- what to show -------------------------------------------------------------

    def set_breaches_now(self, breaches: Sequence[Breach]) -> None:
        """The breaches the post is in now (as saved), said above what the change does."""
        self._now = tuple(breaches)
        heading = (
            self.tr("Now: this post is in %n balance breach(es), as its card shows.", "", len(self._now))
            if self._now
            else ""
        )
        self.now_heading_label.setText(heading)
        self.now_heading_label.setVisible(bool(self._now))
        self.now_label.setText("\n".join(breach.message for breach in self._now))
        self.now_label.setVisible(bool(self._now))

    def breaches_now(self) -> tuple[Breach, ...]:
        return self._now

    def show_verdict(self, verdict: Verdict, zone_name: str, after: Sequence[Breach] | None = None) -> None:
        """Show ``verdict``; slot buttons give their times in ``zone_name``. ``after``: the breaches the
        post would be in once the change is saved, when known (said against those it is in now)."""
        if verdict.blocking:
            self.state = VerdictState.BLOCKED
            heading = self.tr("Blocked: a balance rule in block mode refuses this change.")
            icon = QStyle.StandardPixmap.SP_MessageBoxCritical
        elif verdict.breaches:
            self.state = VerdictState.WARNING
            heading = self.tr("Warning: this change breaks a balance rule.")
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
        elif self._now and after is not None and not after:
            self.state = VerdictState.CLEAR
            heading = self.tr("This change takes the post out of these breaches.")
            icon = QStyle.StandardPixmap.SP_DialogApplyButton
        elif self._now:
            # Saved as it is, the post stays in the breaches above: the change adds none.
            self.state = VerdictState.CLEAR
            heading = self.tr("This change adds no breach.")
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
        else:
            self.state = VerdictState.CLEAR
            heading = self.tr("No balance rule broken.")
            icon = QStyle.StandardPixmap.SP_DialogApplyButton
        lines = [breach.message for breach in verdict.breaches]
        lines += [s.message for s in verdict.suggestions if s.kind != "move_here" and verdict.breaches]
        self._show(heading, "\n".join(lines), icon, error=False)
        late: dict[int, None] = {}
        for breach in verdict.breaches:
            late.update(dict.fromkeys(breach.followups))
        self._late = tuple(late)
        self.late_button.setVisible(bool(self._late))
        slots = [s.at for s in verdict.suggestions if s.kind == "move_here"] if verdict.breaches else []
        self._show_slots(slots, zone_name, [s.message for s in verdict.suggestions if s.kind == "move_here"])
        self._show_fixes(*(shown_additions(verdict.suggestions) if verdict.breaches else ([], 0)), zone_name)

    def show_error(self, message: str, *, quiet: bool = False) -> None:
        """The core's refusal of the input; ``quiet`` while nothing was typed yet."""
        self.state = VerdictState.ERROR
        icon = QStyle.StandardPixmap.SP_MessageBoxInformation if quiet else QStyle.StandardPixmap.SP_MessageBoxCritical
        self._show("", message, icon, error=not quiet)
        self._late = ()
        self.late_button.hide()
        self._show_slots([], "UTC", [])
        self._show_fixes([], 0, "UTC")

    def heading(self) -> str:
        return self.heading_label.text()

    def message(self) -> str:
        return self.message_label.text()

    # -- drawing ------------------------------------------------------------------

    def _show(self, heading: str, message: str, icon: QStyle.StandardPixmap, *, error: bool) -> None:
        self.heading_label.setText(heading)
        self.heading_label.setVisible(bool(heading))
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
        set_error_text(self.message_label, error)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        self.icon_label.setPixmap(self.style().standardIcon(icon, None, self).pixmap(size, size))
        now = (self.now_heading_label.text(), self.now_label.text()) if self._now else ()
        self.setAccessibleDescription("\n".join(part for part in (*now, heading, message) if part))

    def _show_slots(self, slots: list[datetime], zone_name: str, tips: list[str]) -> None:
        for button in self.slot_buttons:
            self._slots_row.removeWidget(button)
            button.deleteLater()
        self.slot_buttons = []
        locale = QLocale()
        tz = ZoneInfo(zone_name) if slots else None
        for position, (slot, tip) in enumerate(zip(slots, tips, strict=True)):
            local = slot.astimezone(tz)
            button = QPushButton(self.tr("Move to {moment}").format(moment=moment_text(locale, local)), self)
            button.setToolTip(tip)
            button.setAutoDefault(False)  # Return in the dialog saves; it does not pick a slot
            button.clicked.connect(lambda _checked=False, at=local: self.slotChosen.emit(at))
            self._slots_row.insertWidget(position, button)
            self.slot_buttons.append(button)

    def _show_fixes(self, posts: list[tuple[str, datetime]], more: int, zone_name: str) -> None:
        """A button per conversation post to add (platform, instant), in ``zone_name``, and how
        many ``more`` the verdict names ("+1 more")."""
        for button in self.fix_buttons:
            self._fix_row.removeWidget(button)
            button.deleteLater()
        self.fix_buttons = []
        locale = QLocale()
        for position, (platform, moment) in enumerate(posts):
            local = moment.astimezone(ZoneInfo(zone_name))
            button = QPushButton(self.tr("{moment}…", "a conversation post to add").format(
                moment=moment_text(locale, local)), self)  # fmt: skip
            button.setToolTip(self.tr("Opens the editor on a new conversation post on {platform} there").format(
                platform=platform))  # fmt: skip
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, p=platform, at=local: self.conversationRequested.emit(p, at))
            self._fix_row.insertWidget(1 + position, button)
            self.fix_buttons.append(button)
        self.fix_label.setVisible(bool(posts))
        self._fix_row.removeWidget(self.more_fixes_label)
        self._fix_row.insertWidget(1 + len(posts), self.more_fixes_label)
        self.more_fixes_label.setText(self.tr("+%n more", "conversation posts to add, not shown", more))
        self.more_fixes_label.setVisible(bool(posts) and more > 0)
