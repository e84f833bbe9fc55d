"""The balance panel: per platform, the sides of the visible range against its rule.

Everything it shows comes from the core's :class:`planner.balance.verdicts.PlatformBalance`:
counts, breach messages and suggested slots. The panel only lays them out; a
click on a suggestion asks the host to plan a post there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QRect, QSize, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from planner import i18n
from planner.balance.rules import BalanceRule, Mode
from planner.balance.verdicts import PlatformBalance, Suggestion
from ui.kept import kept_text, kept_tooltip
from ui.palette import SIDES, UNCLASSIFIED, ColourSwatch, SideGauge, SideLegend

_BREACH_ICONS = {
    Mode.ADVISE: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Mode.WARN: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Mode.BLOCK: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def allowed_promotion_share(rule: BalanceRule) -> float | None:
    """Where the gauge marks the rule: its own numbers read as a share, when it limits promotion."""
    if rule.mode is Mode.OFF or rule.max_promotion is None or rule.window <= 0:
        return None
    return rule.max_promotion / rule.window


def gauge_muted(balance: PlatformBalance) -> bool:
    """Whether the gauge shows promotion in a neutral colour: a range shorter than the rule's window
    holds no window the rule judges, so its share (one promotion of one post: all of it) is context,
    and a bar in the warning orange beside "No breach in this range" would read as an alarm."""
    return balance.rule.mode is not Mode.OFF and sum(balance.counts.values()) < balance.rule.window


def gauge_marker(balance: PlatformBalance) -> float | None:
    """Where the gauge marks the rule, if anywhere. The rule judges windows of consecutive posts, not
    the range: three posts with one promotion are 33 % but no breach of "1 in 5". So the marker shows
    only when the range holds a whole window, and not when promotion passes it while no rule is
    broken (an orange bar past the marker would read as a breach)."""
    allowed = allowed_promotion_share(balance.rule)
    if allowed is None or sum(balance.counts.values()) < balance.rule.window:
        return None
    if balance.promotion_share > allowed and not balance.breaches:
        return None
    return allowed


class SlotButton(QPushButton):
    """A push button whose text wraps: a suggestion is a whole sentence."""

    def __init__(self, suggestion: Suggestion, parent: QWidget | None = None) -> None:
        super().__init__(suggestion.message, parent)
        self.suggestion = suggestion
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_suggestion(self, suggestion: Suggestion) -> None:
        self.suggestion = suggestion
        if suggestion.message != self.text():
            self.setText(suggestion.message)

    def _margins(self) -> tuple[int, int]:
        style = self.style()
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, self)
        horizontal = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, self) + frame
        return horizontal, max(frame * 2, self.fontMetrics().height() // 3)

    def _text_height(self, text_width: int) -> int:
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        return self.fontMetrics().boundingRect(QRect(0, 0, max(1, text_width), 100_000), flags, self.text()).height()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        horizontal, vertical = self._margins()
        return self._text_height(width - 2 * horizontal) + 2 * vertical

    def sizeHint(self) -> QSize:
        horizontal, _vertical = self._margins()
        one_line = self.fontMetrics().horizontalAdvance(self.text()) + 2 * horizontal
        width = min(one_line, self.fontMetrics().averageCharWidth() * 36)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().averageCharWidth() * 10
        return QSize(width, self.heightForWidth(width))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Outside dialogs a push button ignores Enter; a keyboard user expects it to work here.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""  # the style would draw it on one line; the wrapped text follows
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        horizontal, vertical = self._margins()
        area = self.rect().adjusted(horizontal, vertical, -horizontal, -vertical)
        if self.isDown():
            area.translate(
                self.style().pixelMetric(QStyle.PixelMetric.PM_ButtonShiftHorizontal, option, self),
                self.style().pixelMetric(QStyle.PixelMetric.PM_ButtonShiftVertical, option, self),
            )
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawItemText(area, flags, self.palette(), self.isEnabled(), self.text(), QPalette.ColorRole.ButtonText)


class PlatformSection(QWidget):
    """One platform: name and rule, the gauge, counts, breaches and suggested slots."""

    slotActivated = Signal(str, object)

    def __init__(self, platform: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = platform
        self.swatch = ColourSwatch("#808080", self)
        self.name_label = QLabel(platform, self)
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.rule_label = QLabel(self)
        self.rule_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(self.swatch, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.name_label, 1)
        header.addWidget(self.rule_label)

        self.gauge = SideGauge(self)
        self.judge_label = _wrapped_label(self)  # the rule, in words: the panel's judge
        self.counts_label = _wrapped_label(self)
        self.share_label = _wrapped_label(self)
        self.kept_label = _wrapped_label(self)  # kept on time: hidden when no follow-up was due
        self.kept_label.hide()
        # "No breach" (or "not checked"), then the breaches, then the suggestions. The widgets are
        # kept from one range to the next, only their text changes: the next week shows at once.
        self.notes = QVBoxLayout()
        self._quiet = _wrapped_label(self, muted=True)
        self.notes.addWidget(self._quiet)
        self._breach_rows: list[tuple[QLabel, QLabel]] = []  # (mark, message)
        self._buttons: list[SlotButton] = []
        self.breach_labels: list[QLabel] = []  # those shown, in order
        self.suggestion_buttons: list[SlotButton] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.judge_label)
        layout.addWidget(self.gauge)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.share_label)
        layout.addWidget(self.kept_label)
        layout.addLayout(self.notes)

    def show_balance(self, balance: PlatformBalance, colour: str) -> None:
        self.swatch.set_colour(colour)
        rule = balance.rule
        label = i18n.tr(rule.label) if isinstance(rule.label, i18n.Term) else rule.label
        self.rule_label.setText(self.tr("{rule} · {mode}").format(rule=label, mode=mode_name(rule.mode)))
        self.rule_label.setToolTip(self._rule_tooltip(rule))
        self.judge_label.setText(self._judge_text(rule))
        _show_if(self.judge_label, bool(self.judge_label.text()))
        self.gauge.set_counts(balance.counts, gauge_marker(balance), muted=gauge_muted(balance))
        counts = {side: balance.counts.get(side.value, 0) for side in SIDES}
        text = self.tr("Conversation {conversation} · Information {information} · Promotion {promotion}")
        unclassified = balance.counts.get(UNCLASSIFIED, 0)
        if unclassified:
            text = self.tr(
                "Conversation {conversation} · Information {information} · Promotion {promotion} · %n without a side",
                "",
                unclassified,
            )
        self.counts_label.setText(text.format(**{side.value: QLocale().toString(n) for side, n in counts.items()}))
        self.share_label.setText(self._share_text(balance))
        self.gauge.setToolTip(self.share_label.text())
        self.kept_label.setText(kept_text(balance.followups))
        self.kept_label.setToolTip(kept_tooltip(balance.followups))
        _show_if(self.kept_label, bool(balance.followups.due))
        self._show_notes(balance)

    def _share_text(self, balance: PlatformBalance) -> str:
        """The range's share of promotion: context, not the rule's figure (the rule judges windows)."""
        total = sum(balance.counts.values())
        if not total:
            return self.tr("No post in this range.")
        share = percent(balance.promotion_share)
        return self.tr("Promotion in this range: {share} of %n post(s).", "", total).format(share=share)

    def _judge_text(self, rule: BalanceRule) -> str:
        """What the rule judges, in windows of posts: the figures its breaches are measured against."""
        if rule.mode is Mode.OFF:
            return ""
        parts = []
        if rule.max_promotion is not None:
            text = self.tr("At most %n promotion(s) in any {window} consecutive posts.", "", rule.max_promotion)
            parts.append(text.format(window=rule.window))
        if rule.min_conversation:
            least = rule.min_conversation
            text = self.tr("At least %n conversation post(s) in any {window} consecutive posts.", "", least)
            parts.append(text.format(window=rule.window))
        if rule.max_promo_streak is not None:
            parts.append(self.tr("At most %n promotion(s) in a row.", "", rule.max_promo_streak))
        return " ".join(parts)

    def _rule_tooltip(self, rule: BalanceRule) -> str:
        if rule.max_promotion is None:
            return ""
        text = self.tr("At most %n promotion(s) in any {window} consecutive posts.", "", rule.max_promotion)
        return text.format(window=rule.window)

    def _show_notes(self, balance: PlatformBalance) -> None:
        if balance.rule.mode is Mode.OFF:
            self._quiet.setText(self.tr("Not checked: this rule is off."))
        elif not balance.breaches:
            self._quiet.setText(self.tr("No breach in this range."))
        _show_if(self._quiet, balance.rule.mode is Mode.OFF or not balance.breaches)
        icon = self.style().standardIcon(_BREACH_ICONS.get(balance.rule.mode, _BREACH_ICONS[Mode.WARN]))
        extent = self.fontMetrics().height()
        pixmap = icon.pixmap(QSize(extent, extent), self.devicePixelRatioF())
        while len(self._breach_rows) < len(balance.breaches):
            self._add_breach_row()
        for index, (mark, label) in enumerate(self._breach_rows):
            shown = index < len(balance.breaches)
            if shown:
                mark.setPixmap(pixmap)
                label.setText(balance.breaches[index].message)
            _show_if(mark, shown)
            _show_if(label, shown)
        self.breach_labels = [label for _mark, label in self._breach_rows[: len(balance.breaches)]]
        while len(self._buttons) < len(balance.suggestions):
            self._add_button(balance.suggestions[len(self._buttons)])
        for index, button in enumerate(self._buttons):
            shown = index < len(balance.suggestions)
            if shown:
                suggestion = balance.suggestions[index]
                button.set_suggestion(suggestion)
                button.setToolTip(self._slot_tooltip(suggestion))
            _show_if(button, shown)
        self.suggestion_buttons = self._buttons[: len(balance.suggestions)]

    def _add_breach_row(self) -> None:
        row = QHBoxLayout()
        mark = QLabel(self)
        label = _wrapped_label(self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(label, 1)
        self.notes.insertLayout(1 + len(self._breach_rows), row)  # after "no breach", before the suggestions
        self._breach_rows.append((mark, label))

    def _add_button(self, suggestion: Suggestion) -> None:
        button = SlotButton(suggestion, self)
        button.clicked.connect(
            lambda _checked=False: self.slotActivated.emit(button.suggestion.platform, button.suggestion.at)
        )
        self.notes.addWidget(button)
        self._buttons.append(button)

    def _slot_tooltip(self, suggestion: Suggestion) -> str:
        # The slot's own wall-clock time: the core gives it in the planning zone.
        at, locale = suggestion.at, QLocale()
        day = locale.toString(QDate(at.year, at.month, at.day), QLocale.FormatType.LongFormat)
        time = locale.toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
        text = self.tr("Plan a post on {platform} on {day} at {time}")
        return text.format(platform=suggestion.platform, day=day, time=time)


class _SectionList(QWidget):
    """The scrolled sections, as tall as their wrapped text needs at the width they get."""

    def minimumSizeHint(self) -> QSize:
        # The scroll area makes this heightForWidth(width) tall. The layout's own minimum adds
        # up every label at its narrowest, taller still: it would leave a void below the last section.
        return QSize(super().minimumSizeHint().width(), 0)


class BalancePanel(QWidget):
    """The balance of the visible range, one section per platform, scrolling when long."""

    slotActivated = Signal(str, object)  # platform name, aware datetime of the suggested slot

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = SideLegend(self)
        self.empty_label = _wrapped_label(self, self.tr("No platform yet: add one in Planning ▸ Platforms…"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._content = _SectionList()
        self._sections_layout = QVBoxLayout(self._content)
        self._sections_layout.addWidget(self.empty_label)
        self._sections_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self._content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        legend_row = QHBoxLayout()
        legend_row.setContentsMargins(self._sections_layout.contentsMargins().left(), 6, 0, 0)
        legend_row.addWidget(self.legend)
        layout.addLayout(legend_row)
        layout.addWidget(self.scroll_area, 1)
        self._sections: list[PlatformSection] = []
        self._separators: list[QFrame] = []

    def sizeHint(self) -> QSize:
        # Room for two or three platforms when docked; the rest scrolls.
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 60, metrics.height() * 32)

    def minimumSizeHint(self) -> QSize:
        # Narrower, the counts break mid-phrase and every note takes four lines or more.
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.fontMetrics().averageCharWidth() * 54), hint.height())

    def sections(self) -> list[PlatformSection]:
        return list(self._sections)

    def set_report(self, report: Sequence[PlatformBalance], colours: Mapping[str, str]) -> None:
        """Show ``report``; sections are kept when the platforms are the same, and so is the scroll."""
        names = [balance.platform for balance in report]
        if names != [section.platform for section in self._sections]:
            self._rebuild(names)
        fallback = self.palette().color(QPalette.ColorRole.Mid).name()
        # Notes come and go from one range to the next: shown or hidden one by one on a shown window,
        # each costs a pass over the window; hidden together, the sections are shown again in one.
        # Not while the keyboard is on a suggestion: hiding it would send the focus away and back.
        focused = self.window().focusWidget()
        together = not (focused is not None and self._content.isAncestorOf(focused))
        scrolled = self.scroll_area.verticalScrollBar().value()
        if together:
            self._content.hide()
        for section, balance in zip(self._sections, report, strict=True):
            section.show_balance(balance, colours.get(balance.platform, fallback))
        if together:
            self._content.show()
            self.scroll_area.verticalScrollBar().setValue(scrolled)
        self.empty_label.setVisible(not report)
        if not report:  # with platforms, an empty report means the toolbar's toggles hide them all
            empty = self.tr("Every platform is hidden: show one with the toolbar's platform buttons.")
            self.empty_label.setText(empty if colours else self.tr("No platform yet: add one in Planning ▸ Platforms…"))
        self.legend.setVisible(bool(report))
        self._fit_content()

    def _fit_content(self) -> None:
        """Lay the sections out for their new text now, not a few event-loop turns later.

        Until then new notes would be missing (a layout shows what it gets only from the
        event loop) and sections squeezed: the scroll area learns last of a taller label.
        """
        for widget in self._content.findChildren(QWidget):
            if widget.isHidden() and not widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                widget.show()
        for section in self._sections:
            layout = section.layout()
            if layout is not None:  # each section lays itself out from its first line
                layout.activate()
        self._sections_layout.activate()
        QCoreApplication.sendEvent(self.scroll_area, QEvent(QEvent.Type.LayoutRequest))

    def _rebuild(self, names: list[str]) -> None:
        for widget in (*self._sections, *self._separators):
            self._sections_layout.removeWidget(widget)
            widget.hide()  # it would paint until the event loop deletes it
            widget.deleteLater()
        self._sections, self._separators = [], []
        position = self._sections_layout.indexOf(self.empty_label) + 1
        for index, name in enumerate(names):
            if index:
                line = QFrame(self._content)
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                self._sections_layout.insertWidget(position, line)
                self._separators.append(line)
                position += 1
            section = PlatformSection(name, self._content)
            section.slotActivated.connect(self.slotActivated)
            self._sections_layout.insertWidget(position, section)
            self._sections.append(section)
            position += 1


def mode_name(mode: Mode) -> str:
    """The mode of a rule, as the panel names it."""
    names = {
        Mode.OFF: QCoreApplication.translate("BalancePanel", "off", "balance rule mode"),
        Mode.ADVISE: QCoreApplication.translate("BalancePanel", "advise", "balance rule mode"),
        Mode.WARN: QCoreApplication.translate("BalancePanel", "warn", "balance rule mode"),
        Mode.BLOCK: QCoreApplication.translate("BalancePanel", "block", "balance rule mode"),
    }
    return names[mode]


def percent(fraction: float) -> str:
    """A share as a whole percentage in the user's locale ("20%", "20 %")."""
    number = QLocale().toString(round(fraction * 100))
    return QCoreApplication.translate("BalancePanel", "{number}%", "a percentage").format(number=number)


def _wrapped_label(parent: QWidget, text: str = "", *, muted: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if muted:
        palette = label.palette()
        # The placeholder colour is the theme's own "secondary text", light or dark.
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        label.setPalette(palette)
    return label


def _show_if(widget: QWidget, shown: bool) -> None:
    """Show or hide ``widget``; not a call to Qt when it already is (costly even then, on a shown window)."""
    if widget.isHidden() == shown:
        widget.setVisible(shown)
