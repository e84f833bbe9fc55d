"""Undoable changes of the weekly slots (Planning ▸ Slots…), on the window's undo stack.

A slot has no history of its own to go back to: undoing an added slot removes it, undoing a
removal adds the same weekday, time and side again (a new id, which the command follows).
Like every :class:`~ui.undo.CoreCommand`, a command is pushed once its first run is done, and
an undo or redo the file no longer allows (a colleague removed the slot, or added the same one)
is said in one line and dropped from the stack.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from planner.errors import PlannerError
from planner.slots import Slot
from ui.undo import CoreCommand, History


def slot_words(slot: Slot) -> str:
    """ "Monday 09:00 on Instagram", the weekday and time in the user's locale."""
    locale = QLocale()
    day = locale.standaloneDayName(slot.weekday + 1, QLocale.FormatType.LongFormat)  # Qt: 1 is Monday
    at = locale.toString(QTime(slot.at.hour, slot.at.minute), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("SlotCommands", "{day} {time} on {platform}").format(
        day=day, time=at, platform=slot.platform
    )


class _SlotsCommand(CoreCommand):
    """Slots added on redo and removed on undo (``adding``), or the other way round."""

    def __init__(self, history: History, slots: Sequence[Slot], text: str, *, adding: bool) -> None:
        super().__init__(history, text)
        self.slots = list(slots)  # as they are now (their current ids)
        self._adding = adding

    def _add_all(self) -> None:
        added: list[Slot] = []
        try:
            for slot in self.slots:
                added.append(self.planner.add_slot(slot.platform, slot.weekday, slot.at, slot.side))
        except PlannerError:
            # The core has no one transaction for several slots: what went through is taken back,
            # so a step that fails leaves the grid as it found it.
            for slot in added:
                self.planner.remove_slot(slot.id)
            raise
        self.slots = added

    def _remove_all(self) -> None:
        removed: list[Slot] = []
        try:
            for slot in self.slots:
                removed.append(self.planner.remove_slot(slot.id))
        except PlannerError:
            back = [self.planner.add_slot(slot.platform, slot.weekday, slot.at, slot.side) for slot in removed]
            self.slots = back + self.slots[len(removed) :]  # the ids they have again
            raise

    def apply(self) -> None:
        self._add_all() if self._adding else self._remove_all()

    def revert(self) -> None:
        self._remove_all() if self._adding else self._add_all()


def add_slot_command(history: History, added: Slot) -> CoreCommand:
    """The undo of adding ``added`` (already saved)."""
    text = QCoreApplication.translate("SlotCommands", "Add the slot {slot}").format(slot=slot_words(added))
    return _SlotsCommand(history, [added], text, adding=True)


def remove_slots_command(history: History, removed: Sequence[Slot]) -> CoreCommand:
    """The undo of removing ``removed`` (already done), one step however many they were."""
    if len(removed) == 1:
        text = QCoreApplication.translate("SlotCommands", "Remove the slot {slot}").format(slot=slot_words(removed[0]))
    else:
        text = QCoreApplication.translate("SlotCommands", "Remove {count} slots").format(count=len(removed))
    return _SlotsCommand(history, removed, text, adding=False)
