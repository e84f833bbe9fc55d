"""Undoable changes of the plan's team and review settings (Planning ▸ Team…), on the window's
undo stack.

Giving a member a role is undone by giving them the role they had; a member added by the dialog
is removed again by undo, and a member removed is added back with their role. Review settings are
undone by setting them back.
Like every :class:`~ui.undo.CoreCommand`, a command is pushed once its first run is done, and an
undo the plan no longer allows (the last approver while review is on) is said in one line.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.model import Member, ReviewSettings, Role
from ui.undo import CoreCommand, History


def role_words(role: Role) -> str:
    """A role's name in the user's language."""
    if role is Role.APPROVER:
        return QCoreApplication.translate("TeamCommands", "Approver")
    return QCoreApplication.translate("TeamCommands", "Editor")


class RoleCommand(CoreCommand):
    """``name`` given ``after`` (done); undo gives back ``before``, or removes them when they were new."""

    def __init__(self, history: History, name: str, before: Role | None, after: Role) -> None:
        # Whole sentences per role: word order and agreement differ between languages.
        if before is None and after is Role.APPROVER:
            text = QCoreApplication.translate("TeamCommands", "Add {name} to the team as an approver")
        elif before is None:
            text = QCoreApplication.translate("TeamCommands", "Add {name} to the team as an editor")
        elif after is Role.APPROVER:
            text = QCoreApplication.translate("TeamCommands", "Make {name} an approver")
        else:
            text = QCoreApplication.translate("TeamCommands", "Make {name} an editor")
        super().__init__(history, text.format(name=name))
        self.name = name
        self.before = before
        self.after = after

    def revert(self) -> None:
        if self.before is None:
            self.planner.review.remove_member(self.name)
        else:
            self.planner.review.set_member(self.name, self.before)

    def apply(self) -> None:
        self.planner.review.set_member(self.name, self.after)


class RemoveMemberCommand(CoreCommand):
    """``removed`` taken out of the team (done); undo adds them back with their role."""

    def __init__(self, history: History, removed: Member) -> None:
        text = QCoreApplication.translate("TeamCommands", "Remove {name} from the team")
        super().__init__(history, text.format(name=removed.name))
        self.removed = removed

    def revert(self) -> None:
        self.planner.review.set_member(self.removed.name, self.removed.role)

    def apply(self) -> None:
        self.planner.review.remove_member(self.removed.name)


class ReviewSettingsCommand(CoreCommand):
    """The plan's review settings changed from ``before`` to ``after`` (done); undo sets them back."""

    def __init__(self, history: History, before: ReviewSettings, after: ReviewSettings) -> None:
        if before.review != after.review:
            text = (
                QCoreApplication.translate("TeamCommands", "Turn review on")
                if after.review
                else QCoreApplication.translate("TeamCommands", "Turn review off")
            )
        elif after.self_approval:
            text = QCoreApplication.translate("TeamCommands", "Let approvers approve their own posts")
        else:
            text = QCoreApplication.translate("TeamCommands", "Ask another approver for an approver's posts")
        super().__init__(history, text)
        self.before = before
        self.after = after

    def _set(self, settings: ReviewSettings) -> None:
        self.planner.review.set_review(settings.review, self_approval=settings.self_approval)

    def revert(self) -> None:
        self._set(self.before)

    def apply(self) -> None:
        self._set(self.after)
