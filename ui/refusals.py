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

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from planner.balance.verdicts import BalanceRefused
from ui.once import one_use
from ui.suggested import SHOWN_ADDITIONS, additions


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


def ask_about_refusal(parent: QWidget | None, refused: BalanceRefused) -> RefusalAnswer:
    """The refusal with what would pass as buttons: "Move to Tue 10 Dec 09:00" saves the post
    there; "Add a conversation post on …" opens the editor on one; then save anyway, or cancel."""
    from ui.editor.fields import moment_text  # the box is rare: its words load when it opens

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("PostOperations", "Refused by a balance rule"))
    box.setText(refused.message)
    locale = QLocale()
    answers: dict[QPushButton, RefusalAnswer] = {}
    slots = [s for s in refused.verdict.suggestions if s.kind == "move_here"][:SHOWN_SLOTS]
    for suggestion in slots:
        label = QCoreApplication.translate("PostOperations", "Move to {moment}").format(
            moment=moment_text(locale, suggestion.at)
        )
        button = box.addButton(label, QMessageBox.ButtonRole.ActionRole)
        answers[button] = RefusalAnswer(Refusal.MOVE, suggestion.at, suggestion.platform)
    for platform, moment in additions(refused.verdict.suggestions)[:SHOWN_ADDITIONS]:
        label = QCoreApplication.translate("PostOperations", "Add a conversation post on {moment}…").format(
            moment=moment_text(locale, moment)
        )
        button = box.addButton(label, QMessageBox.ButtonRole.ActionRole)
        answers[button] = RefusalAnswer(Refusal.ADD, moment, platform)
    override = box.addButton(
        QCoreApplication.translate("PostOperations", "Save &anyway…"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(next(iter(answers), cancel))
    box.setEscapeButton(cancel)
    with one_use(box):
        box.exec()
        clicked = box.clickedButton()
    if clicked is override:
        return RefusalAnswer(Refusal.OVERRIDE)
    return (
        answers.get(clicked, RefusalAnswer(Refusal.CANCEL))
        if isinstance(clicked, QPushButton)
        else RefusalAnswer(Refusal.CANCEL)
    )
