"""Planning ▸ Balance rules…: the default rule and each platform's own.

The presets' numbers, the limits' meaning and what makes a rule valid are the
core's (planner.balance.rules); the dialog fills its fields from them and shows the
core's refusal next to the numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner.balance.rules import MAX_OFFER_DAYS, MAX_WINDOW, PRESET_LABELS, PRESETS, BalanceRule, Mode, preset_rule
from planner.errors import ConflictError, PlannerError
from planner.model import Platform
from planner.service import Planner
from ui.dialogs import AnyIndex, InlineMessage
from ui.labels import add_presets

CUSTOM = ""  # the preset combo's data for a rule of one's own numbers
NO_LIMIT = -1  # the spin value that stands for "no limit" (None in a BalanceRule)
# An upper bound for typing only: the core says which gaps are acceptable.
MAX_GAP_HOURS = 10_000.0
MAX_OFFERS = 999
DEFAULT_OFFER_DAYS = 7  # the days shown while offers have no limit


@dataclass(frozen=True, slots=True)
class RuleEntry:
    """One line of the list: the default (``platform`` None) or a platform with its own rule, if any."""

    platform: Platform | None
    rule: BalanceRule | None

    @property
    def version(self) -> int:
        """The version of the rule as read: 0 when the platform has none of its own (a save checks it)."""
        return self.rule.version if self.rule is not None else 0


def mode_label(mode: Mode) -> str:
    return {
        Mode.OFF: QCoreApplication.translate("RulesDialog", "Off"),
        Mode.ADVISE: QCoreApplication.translate("RulesDialog", "Advise"),
        Mode.WARN: QCoreApplication.translate("RulesDialog", "Warn"),
        Mode.BLOCK: QCoreApplication.translate("RulesDialog", "Block"),
    }[mode]


def preset_label(rule: BalanceRule) -> str:
    return PRESET_LABELS.get(rule.preset or "") or QCoreApplication.translate("RulesDialog", "Custom")


class RuleListModel(QAbstractListModel):
    """The default rule, then every platform with its own rule or "follows the default"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[RuleEntry] = []

    def set_entries(self, entries: list[RuleEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> RuleEntry:
        return self._entries[row]

    def row_of(self, platform: str | None) -> int:
        names = [e.platform.name if e.platform else None for e in self._entries]
        return names.index(platform) if platform in names else -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = entry.platform.name if entry.platform else self.tr("Default rule")
            if entry.rule is None:
                return self.tr("{platform}\nfollows the default").format(platform=name)
            return self.tr("{platform}\n{rule} · {mode}", "a rule in the list").format(
                platform=name, rule=preset_label(entry.rule), mode=mode_label(entry.rule.mode)
            )
        if role == Qt.ItemDataRole.DecorationRole and entry.platform is not None:
            return QColor(entry.platform.colour)
        if role == Qt.ItemDataRole.FontRole and entry.platform is None:
            font = QFont()
            font.setBold(True)  # the default stands apart from the platforms
            return font
        return None


class RulesDialog(QDialog):
    """Choose a rule on the left, edit it on the right, Save or Follow the default."""

    changed = Signal()

    def __init__(self, planner: Planner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._planner = planner
        self._filling = False  # true while the form shows a rule, not while the user types
        self.setWindowTitle(self.tr("Balance rules"))

        self.model = RuleListModel(self)
        self.list_view = QListView(self)
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setSpacing(2)
        self.list_view.setAccessibleName(self.tr("Rules"))
        swatch = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.list_view.setIconSize(QSize(swatch, swatch))
        self.list_view.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)

        self.heading = QLabel(self)
        heading_font = self.heading.font()
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.preset_combo = QComboBox(self)
        add_presets(self.preset_combo)
        self.preset_combo.addItem(self.tr("Custom"), CUSTOM)
        self.window_spin = self._spin(1, self.tr(" posts", "suffix of the window"))
        self.max_promotion_spin = self._spin(NO_LIMIT, "", self.tr("No limit"))
        self.min_conversation_spin = self._spin(NO_LIMIT, "", self.tr("No minimum"))
        self.streak_spin = self._spin(NO_LIMIT, "", self.tr("No limit"))
        self.gap_spin = QDoubleSpinBox(self)
        self.gap_spin.setRange(0, MAX_GAP_HOURS)
        self.gap_spin.setDecimals(1)
        self.gap_spin.setSpecialValueText(self.tr("No limit"))  # 0 h: the core stores no gap
        self.gap_spin.setSuffix(self.tr(" h", "suffix: hours"))
        self.promises_check = QCheckBox(self.tr("No new promotion while a follow-up is &late"), self)
        self.promises_check.setToolTip(
            self.tr("Promises before promotion: what the community was promised comes before the next offer.")
        )
        self.offers_spin = QSpinBox(self)
        self.offers_spin.setRange(NO_LIMIT, MAX_OFFERS)
        self.offers_spin.setSpecialValueText(self.tr("No limit"))
        self.offers_spin.setToolTip(
            self.tr(
                "Offers are posts of categories marked offer. With a limit, offers on one weekday and time, "
                "or at equal intervals, three times in a row are flagged too: the community learns to wait "
                "for the next coupon (a warning, never a refusal)."
            )
        )
        self.offer_days_spin = QSpinBox(self)
        self.offer_days_spin.setRange(1, MAX_OFFER_DAYS)
        self.offer_days_spin.setPrefix(self.tr("in ", "prefix: offers in so many days"))
        self.offer_days_spin.setSuffix(self.tr(" days", "suffix: offers in so many days"))
        self.offer_days_spin.setAccessibleName(self.tr("Days the offers are counted over"))
        self.mode_combo = QComboBox(self)
        for mode, explanation in self._mode_explanations().items():
            text = self.tr("{mode}: {explanation}", "a mode and what it does").format(
                mode=mode_label(mode), explanation=explanation
            )
            self.mode_combo.addItem(text, mode.value)
        self.error = InlineMessage(self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.follow_button = QPushButton(self.tr("&Follow the default"), self)
        self.follow_button.setToolTip(self.tr("Remove this platform's own rule: the default rule applies again"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        self._lay_out(close)
        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        for spin in (self.window_spin, self.max_promotion_spin, self.min_conversation_spin):
            spin.valueChanged.connect(self._numbers_edited)
        self.offers_spin.valueChanged.connect(self._offers_edited)
        self.list_view.selectionModel().currentChanged.connect(self._show_current)
        self.save_button.clicked.connect(self.save)
        self.follow_button.clicked.connect(self.follow_default)
        close.rejected.connect(self.reject)
        self.reload(select=None)
        self.resize(self.sizeHint().width(), max(self.sizeHint().height(), self.fontMetrics().lineSpacing() * 22))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the list only picks a rule: saving it would give a platform
        # that follows the default a rule of its own.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.list_view.hasFocus():
            event.accept()
            return
        super().keyPressEvent(event)

    def _spin(self, minimum: int, suffix: str, special: str = "") -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(minimum, MAX_WINDOW)
        spin.setSuffix(suffix)
        spin.setSpecialValueText(special)  # shown at the minimum, which stands for "no limit"
        return spin

    def _mode_explanations(self) -> dict[Mode, str]:
        return {
            Mode.OFF: self.tr("not checked at all"),
            Mode.ADVISE: self.tr("shown in balance reports only"),
            Mode.WARN: self.tr("saved, with a visible warning"),
            Mode.BLOCK: self.tr("refused unless overridden with a reason"),
        }

    def _lay_out(self, close: QDialogButtonBox) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Preset:"), self.preset_combo)
        form.addRow(self.tr("&Window:"), self.window_spin)
        form.addRow(self.tr("Most promotions per wi&ndow:"), self.max_promotion_spin)
        form.addRow(self.tr("Least &conversation per window:"), self.min_conversation_spin)
        form.addRow(self.tr("Most promotions in a &row:"), self.streak_spin)
        form.addRow(self.tr("Least &hours between promotions:"), self.gap_spin)
        offers = QHBoxLayout()
        offers.addWidget(self.offers_spin, 1)
        offers.addWidget(self.offer_days_spin, 1)
        offers_label = QLabel(self.tr("Most &offers:"), self)
        offers_label.setBuddy(self.offers_spin)  # a row of two fields: the label's key goes to the first
        form.addRow(offers_label, offers)
        form.addRow("", self.promises_check)
        form.addRow(self.tr("&Mode:"), self.mode_combo)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.follow_button)
        actions.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.note)
        right.addLayout(form)
        right.addWidget(self.error)
        right.addStretch(1)
        right.addLayout(actions)
        top = QHBoxLayout()
        top.addWidget(self.list_view, 2)
        top.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(close)
        self.save_button.setDefault(True)

    # -- the list ---------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the rules again and show ``select`` (a platform name; None: the default)."""
        own = {rule.platform: rule for rule in self._planner.rules()}
        entries = [RuleEntry(None, own.get(None))]
        entries += [RuleEntry(p, own.get(p.name)) for p in self._planner.platforms()]
        self.model.set_entries(entries)
        row = max(self.model.row_of(select), 0)
        self.list_view.setCurrentIndex(self.model.index(row))
        self._show_current()

    def select_platform(self, platform: str | None) -> None:
        """Show the rule of ``platform`` (None: the default rule)."""
        row = self.model.row_of(platform)
        if row >= 0:
            self.list_view.setCurrentIndex(self.model.index(row))

    def current(self) -> RuleEntry:
        index = self.list_view.currentIndex()
        return self.model.entry(index.row() if index.isValid() else 0)

    def _show_current(self) -> None:
        entry = self.current()
        self.error.clear()
        if entry.platform is None:
            self.heading.setText(self.tr("Default rule"))
            self.note.setText(self.tr("Applies to every platform that has no rule of its own."))
        else:
            self.heading.setText(self.tr("Rule for {platform}").format(platform=entry.platform.name))
            if entry.rule is None:
                self.note.setText(
                    self.tr("{platform} follows the default rule. Saving gives it a rule of its own.").format(
                        platform=entry.platform.name
                    )
                )
            else:
                self.note.setText(self.tr("{platform} has a rule of its own.").format(platform=entry.platform.name))
        self.follow_button.setEnabled(entry.platform is not None and entry.rule is not None)
        shown = entry.rule or self._planner.rules()[0]  # the default's numbers for a platform that follows it
        self._fill(shown)

    def _fill(self, rule: BalanceRule) -> None:
        self._filling = True
        try:
            self.window_spin.setValue(rule.window)
            self._set_limit(self.max_promotion_spin, rule.max_promotion)
            self._set_limit(self.min_conversation_spin, rule.min_conversation)
            self._set_limit(self.streak_spin, rule.max_promo_streak)
            self.gap_spin.setValue(rule.min_promo_gap_hours or 0)
            self.promises_check.setChecked(rule.no_promotion_while_late)
            self._set_limit(self.offers_spin, rule.max_offers)
            self.offer_days_spin.setValue(rule.offer_days or DEFAULT_OFFER_DAYS)
            self._offers_edited()
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(rule.mode.value))
            preset = rule.preset if rule.preset in PRESETS else CUSTOM
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset))
        finally:
            self._filling = False

    @staticmethod
    def _set_limit(spin: QSpinBox, value: int | None) -> None:
        spin.setValue(NO_LIMIT if value is None else value)

    @staticmethod
    def _limit(spin: QSpinBox) -> int | None:
        return None if spin.value() == NO_LIMIT else spin.value()

    # -- presets and numbers -------------------------------------------------------

    def _offers_edited(self) -> None:
        """The days count only with a limit: with none, they are shown but not asked for."""
        self.offer_days_spin.setEnabled(self.offers_spin.value() != NO_LIMIT)

    def _offer_limit(self) -> tuple[int | None, int | None]:
        """(max_offers, offer_days) as the form gives them: both, or neither for no limit."""
        most = self._limit(self.offers_spin)
        return (None, None) if most is None else (most, self.offer_days_spin.value())

    def _preset_chosen(self) -> None:
        name = self.preset_combo.currentData()
        if self._filling or name == CUSTOM:
            return
        window, promotion, conversation = PRESETS[name]
        self._filling = True  # these numbers are the preset's, not an edit
        try:
            self.window_spin.setValue(window)
            self.max_promotion_spin.setValue(promotion)
            self.min_conversation_spin.setValue(conversation)
        finally:
            self._filling = False

    def _numbers_edited(self) -> None:
        if self._filling:
            return
        numbers = (
            self.window_spin.value(),
            self._limit(self.max_promotion_spin),
            self._limit(self.min_conversation_spin),
        )
        # Numbers typed by hand that happen to be a preset's are that preset.
        matching = next((name for name, values in PRESETS.items() if values == numbers), CUSTOM)
        self._filling = True
        try:
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(matching))
        finally:
            self._filling = False

    def rule(self) -> BalanceRule:
        """The rule the form describes, for the platform shown."""
        entry = self.current()
        platform = entry.platform.name if entry.platform else None
        mode = Mode(self.mode_combo.currentData())
        streak = self._limit(self.streak_spin)
        gap = self.gap_spin.value() or None
        promises = self.promises_check.isChecked()
        most_offers, offer_days = self._offer_limit()
        preset = self.preset_combo.currentData()
        if preset != CUSTOM:
            return replace(
                preset_rule(preset, platform=platform, mode=mode),
                max_promo_streak=streak,
                min_promo_gap_hours=gap,
                no_promotion_while_late=promises,
                max_offers=most_offers,
                offer_days=offer_days,
            )
        return BalanceRule(
            platform=platform,
            window=self.window_spin.value(),
            max_promotion=self._limit(self.max_promotion_spin),
            min_conversation=self._limit(self.min_conversation_spin),
            max_promo_streak=streak,
            min_promo_gap_hours=gap,
            mode=mode,
            no_promotion_while_late=promises,
            max_offers=most_offers,
            offer_days=offer_days,
        )

    # -- saving --------------------------------------------------------------------

    def save(self) -> None:
        entry = self.current()
        try:
            self._planner.set_rule(self.rule(), expect_version=entry.version)
        except ConflictError as conflict:
            # The colleague's rule is shown as it is now, to look at before saving again.
            self.reload(select=entry.platform.name if entry.platform else None)
            self.error.show_message(conflict.message)
            return
        except PlannerError as error:
            self.error.show_message(error.message)
            return
        self.reload(select=entry.platform.name if entry.platform else None)
        self.changed.emit()

    def follow_default(self) -> None:
        entry = self.current()
        if entry.platform is None:
            return
        try:
            self._planner.remove_rule(entry.platform.name, expect_version=entry.version)
        except ConflictError as conflict:
            self.reload(select=entry.platform.name)
            self.error.show_message(conflict.message)
            return
        except PlannerError as error:
            self.error.show_message(error.message)
            return
        self.reload(select=entry.platform.name)
        self.changed.emit()
