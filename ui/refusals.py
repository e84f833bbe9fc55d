"""A change refused under "promises before promotion": the box that names the late follow-ups and
offers to show them, and which follow-ups a refusal waits behind.

The operations ask it (:mod:`ui.operations`); the window shows the follow-ups in its panel.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.balance.verdicts import BalanceRefused
from ui.once import one_use


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
