"""The start panel: on a plan with no post yet, three first steps above the empty week.

Add the usual platforms (each with its kind's colour and text limit), pick a balance
rule among the presets, or fill the plan with the demo. The window hides it for good
once the plan holds a post. The writes are the core's (:meth:`planner.Planner.add_platform`,
:meth:`planner.Planner.set_rule`); the panel only offers them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from planner.balance.rules import preset_rule
from planner.defaults import PLATFORM_KINDS
from planner.errors import PlannerError
from planner.service import Planner
from ui.labels import add_presets

START_KINDS = ("instagram", "facebook", "linkedin", "mastodon", "newsletter", "blog")
"""The platforms offered: those a small shop or a café starts with most often."""

FIRST_PRESET = "80-20"


class StartPanel(QFrame):
    """Three first steps; ``changed`` after a write (the window reads the plan again),
    ``message`` says what was done or refused (the window's status bar)."""

    changed = Signal()
    message = Signal(str)

    def __init__(self, planner: Planner, demo: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Never wider than the week: a narrow window (below the 1024 pixels it fits in) clips its right end.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        self._planner = planner

        title = QLabel(self.tr("<b>An empty plan: three ways to start</b>"), self)
        self.kinds: dict[str, QCheckBox] = {}
        kinds_grid = QGridLayout()  # three a row: the panel stays narrower than the week at 1024 pixels
        for index, key in enumerate(START_KINDS):
            box = QCheckBox(PLATFORM_KINDS[key].label, self)
            self.kinds[key] = box
            kinds_grid.addWidget(box, index // 3, index % 3)
            box.toggled.connect(self._offer_adding)
        self.add_button = QPushButton(self.tr("&Add these platforms"), self)
        self.add_button.clicked.connect(self.add_platforms)

        self.preset_combo = QComboBox(self)
        add_presets(self.preset_combo)
        self.rule_button = QPushButton(self.tr("Use this &rule"), self)
        self.rule_button.clicked.connect(self.use_rule)

        self.demo_button = QPushButton(self.tr("Try the &demo plan"), self)
        self.demo_button.clicked.connect(demo.trigger)

        grid = QGridLayout(self)
        left = Qt.AlignmentFlag.AlignLeft
        grid.addWidget(title, 0, 0, 1, 4)
        grid.addWidget(QLabel(self.tr("1. Your platforms:"), self), 1, 0)
        grid.addLayout(kinds_grid, 1, 1)
        grid.addWidget(self.add_button, 1, 2)
        grid.addWidget(QLabel(self.tr("2. Your balance rule:"), self), 2, 0)
        grid.addWidget(self.preset_combo, 2, 1, left)
        grid.addWidget(self.rule_button, 2, 2)
        grid.addWidget(QLabel(self.tr("3. Or look around first:"), self), 3, 0)
        grid.addWidget(self.demo_button, 3, 1, left)
        hint = QLabel(self.tr("Then double-click a time in the week below to plan your first post."), self)
        hint.setWordWrap(True)
        grid.addWidget(hint, 4, 0, 1, 4)
        grid.setColumnStretch(3, 1)  # the steps keep their natural width, on the left
        self.refresh()
        try:
            rules = self._planner.rules()
        except PlannerError:
            rules = []  # the combo offers the first preset; refresh() has said what is wrong
        default = rules[0].preset if rules and rules[0].platform is None else None
        self.preset_combo.setCurrentIndex(max(self.preset_combo.findData(default or FIRST_PRESET), 0))

    def refresh(self) -> None:
        """Tick and lock the kinds the plan has already (added here, in the Platforms dialog, by a colleague)."""
        try:
            present = {platform.kind for platform in self._planner.platforms()}
        except PlannerError as error:
            self.message.emit(error.message)
            return
        for key, box in self.kinds.items():
            box.setChecked(key in present or box.isChecked())
            box.setEnabled(key not in present)
        self._offer_adding()

    def _offer_adding(self) -> None:
        """ "Add these platforms" once a kind the plan lacks is ticked."""
        self.add_button.setEnabled(any(box.isChecked() and box.isEnabled() for box in self.kinds.values()))

    def add_platforms(self) -> None:
        """Each ticked kind the plan lacks, as a platform named after it with the kind's defaults."""
        added: list[str] = []
        try:
            for key, box in self.kinds.items():
                if box.isChecked() and box.isEnabled():
                    kind = PLATFORM_KINDS[key]
                    added.append(self._planner.add_platform(kind.label, key).name)
        except PlannerError as error:
            self.message.emit(error.message)
        if added:
            self.message.emit(self.tr("Platforms added: {names}").format(names=", ".join(added)))
            self.refresh()
            self.changed.emit()

    def use_rule(self) -> None:
        """The chosen preset as the default rule, in the mode the default rule had."""
        name = self.preset_combo.currentData()
        try:
            rules = self._planner.rules()
            current = rules[0] if rules and rules[0].platform is None else None
            if current is None:
                self._planner.set_rule(preset_rule(name))
            else:
                self._planner.set_rule(preset_rule(name, mode=current.mode), expect_version=current.version)
        except PlannerError as error:
            self.message.emit(error.message)
            return
        chosen = self.preset_combo.currentText()
        self.message.emit(self.tr("Balance rule for every platform: {rule}").format(rule=chosen))
        self.changed.emit()
