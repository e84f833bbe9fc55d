"""A change refused by a rule in block mode: under "promises before promotion", the box that
names the late follow-ups and offers to show them, and which follow-ups a refusal waits behind;
for any other refusal, the box that offers what the core suggests as buttons (move the post to a
free slot where it passes, or add the conversation posts that would let it pass), before a reason.

The operations ask them (:mod:`ui.operations`); the window shows the follow-ups in its panel and
opens the editor for a conversation post.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner.balance.verdicts import BalanceRefused
from ui.once import one_use
from ui.suggested import shown_additions


class LateAnswer(Enum):
    """What to do with a change refused because follow-ups on its platform are late."""

    OVERRIDE = "override"  # save it anyway, giving a reason
    SHOW = "show"  # save nothing and show the late follow-ups
    CANCEL = "cancel"


def ask_about_late(parent: QWidget | None, refusal: str) -> LateAnswer:
    """The refusal under "promises before promotion": it names the late follow-ups and offers
    to show them (the first choice: the dialogue first), to save anyway, or to cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("PostOperations", "Promises before promotion"))
    box.setText(refusal)
    show = box.addButton(
        QCoreApplication.translate("PostOperations", "&Show the late follow-ups"), QMessageBox.ButtonRole.ActionRole
    )
    override = box.addButton(
        QCoreApplication.translate("PostOperations", "Save &anyway…"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(show)
    box.setEscapeButton(cancel)
    with one_use(box):
        box.exec()
        clicked = box.clickedButton()
    if clicked is show:
        return LateAnswer.SHOW
    return LateAnswer.OVERRIDE if clicked is override else LateAnswer.CANCEL


def late_followups(refused: BalanceRefused) -> tuple[int, ...]:
    """The late follow-ups a refusal waits behind (the oldest first), none for any other refusal."""
    found: dict[int, None] = {}
    for breach in refused.verdict.blocking:
        found.update(dict.fromkeys(breach.followups))
    return tuple(found)


# The most "Move to …" buttons a refusal box shows: a choice, not a wall of buttons.
SHOWN_SLOTS = 3


class Refusal(Enum):
    """What to do with a change a rule refuses, when the core suggested something."""

    MOVE = "move"  # save it at ``at`` instead, where it passes
    ADD = "add"  # save nothing; open the editor on a conversation post at ``at`` on ``platform``
    OVERRIDE = "override"  # save it anyway, giving a reason
    CANCEL = "cancel"


@dataclass(frozen=True, slots=True)
class RefusalAnswer:
    choice: Refusal
    at: datetime | None = None
    platform: str | None = None


def actionable(refused: BalanceRefused) -> bool:
    """Whether the refusal suggests something a button can do: a slot, or a post to add."""
    return any(s.kind == "move_here" or s.moments or s.kind == "add_conversation" for s in refused.verdict.suggestions)


class RefusalBox(QDialog):
    """The refusal in words, then what would pass as buttons, one a line: "Move to Tue 10 Dec
    09:00" saves the post there; "Add a conversation post on …" opens the editor on one; then
    save anyway (a reason is asked next), or cancel. :attr:`answer` is what was chosen."""

    def __init__(self, refused: BalanceRefused, parent: QWidget | None = None) -> None:
        from ui.editor.fields import moment_text  # the box is rare: its words load when it opens

        super().__init__(parent)
        self.setWindowTitle(self.tr("Refused by a balance rule"))
        self.answer = RefusalAnswer(Refusal.CANCEL)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message_label = QLabel(refused.message, self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setMinimumWidth(420)
        choices = QVBoxLayout()
        locale = QLocale()
        self.choice_buttons: list[QPushButton] = []
        for suggestion in [s for s in refused.verdict.suggestions if s.kind == "move_here"][:SHOWN_SLOTS]:
            label = self.tr("Move to {moment}").format(moment=moment_text(locale, suggestion.at))
            self._choice(choices, label, RefusalAnswer(Refusal.MOVE, suggestion.at, suggestion.platform))
        shown, more = shown_additions(refused.verdict.suggestions)
        for platform, moment in shown:
            label = self.tr("Add a conversation post on {moment}…").format(moment=moment_text(locale, moment))
            self._choice(choices, label, RefusalAnswer(Refusal.ADD, moment, platform))
        # The sentence above names every post to add: the ones without a button are counted.
        self.more_label = QLabel(self.tr("+%n more", "conversation posts to add, not shown", more), self)
        self.more_label.setVisible(more > 0)
        choices.addWidget(self.more_label)
        buttons = QDialogButtonBox(self)
        self.override_button = buttons.addButton(self.tr("Save &anyway…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.override_button.setAutoDefault(False)
        self.override_button.clicked.connect(lambda: self._choose(RefusalAnswer(Refusal.OVERRIDE)))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        if self.choice_buttons:
            self.choice_buttons[0].setDefault(True)
            self.choice_buttons[0].setFocus()
        text = QVBoxLayout()
        text.addWidget(self.message_label)
        text.addLayout(choices)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)

    def _choice(self, choices: QVBoxLayout, label: str, answer: RefusalAnswer) -> None:
        button = QPushButton(label, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: self._choose(answer))
        choices.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.choice_buttons.append(button)

    def _choose(self, answer: RefusalAnswer) -> None:
        self.answer = answer
        self.accept()


def ask_about_refusal(parent: QWidget | None, refused: BalanceRefused) -> RefusalAnswer:
    """The :class:`RefusalBox` of a refusal that suggests something; what the user chose."""
    with one_use(RefusalBox(refused, parent)) as box:
        box.exec()
        return box.answer
