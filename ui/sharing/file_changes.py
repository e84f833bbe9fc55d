"""What the window does when its file changes under it.

Replaced by another file or overwritten by an older copy: the plan is read
again from the path. Deleted or moved away: the window still shows the whole
plan, and offers to save it again where it was, to restore the newest sound
backup, or to leave it. Made read-only: the window shows it as read-only
(title, status bar, no action that changes the plan), and as changeable
again once it may be written.

The core notices and words it (:meth:`planner.sharing.file_watch.FileWatch.file_news`,
asked by the team watch every second); this module says it in one line and
reacts. A plan on a server has no file: nothing ever happens here.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from planner.errors import PlannerError
from planner.i18n import tr as core_message  # the core's catalogue: not Qt's tr(), which lupdate collects
from planner.sharing.file_watch import FileEvent, FileNews
from ui import settings
from ui.background import run_in_background

if TYPE_CHECKING:
    from planner.service import Planner
    from planner.sharing.backups import SoundBackup
    from ui.live_calendar import LiveCalendarKeeper
    from ui.operations import PostOperations
    from ui.sharing.team_watch import TeamWatch

MESSAGE_MS = 15_000


class WayBack(enum.Enum):
    """What to do with a plan whose file was deleted."""

    SAVE_AGAIN = "save_again"
    RESTORE = "restore"
    LEAVE = "leave"


def saved_when(backup: SoundBackup) -> str:
    return backup.saved_at.strftime("%Y-%m-%d %H:%M %Z")


def ask_way_back(parent: QWidget, message: str, backup: SoundBackup | None) -> WayBack:
    """Save the plan again, restore ``backup`` (when there is one), or leave it."""
    question = QMessageBox(parent)
    question.setIcon(QMessageBox.Icon.Warning)
    question.setWindowTitle(QCoreApplication.translate("FileChanges", "The plan’s file is gone"))
    question.setText(message)
    question.setInformativeText(
        QCoreApplication.translate(
            "FileChanges", "This window still shows the whole plan: save it again where it was, or restore a backup."
        )
    )
    save = question.addButton(
        QCoreApplication.translate("FileChanges", "&Save the plan again"), QMessageBox.ButtonRole.AcceptRole
    )
    restore_button = None
    if backup is not None:
        label = QCoreApplication.translate("FileChanges", "&Restore the backup of {saved}")
        restore_button = question.addButton(
            label.format(saved=saved_when(backup)), QMessageBox.ButtonRole.DestructiveRole
        )
    leave = question.addButton(
        QCoreApplication.translate("FileChanges", "&Leave it"), QMessageBox.ButtonRole.RejectRole
    )
    question.setDefaultButton(save)
    question.setEscapeButton(leave)
    question.exec()
    clicked = question.clickedButton()
    if clicked is save:
        return WayBack.SAVE_AGAIN
    if restore_button is not None and clicked is restore_button:
        return WayBack.RESTORE
    return WayBack.LEAVE


class PlanWindow(Protocol):
    """What this module uses of the main window (which imports it): its plan, watch, operations
    and live file, its status bar, and how it shows the plan read-only or reads it again."""

    planner: Planner
    watch: TeamWatch
    ops: PostOperations
    live: LiveCalendarKeeper

    def statusBar(self) -> QStatusBar: ...
    def reload(self) -> None: ...
    def present_read_only(self, read_only: bool, reason: str | None = None) -> None: ...


class FileChanges(QObject):
    """Reacts to what happens to the window's file: says it, reads the plan again, offers the way back."""

    # The tests answer for the user.
    way_back_asker = staticmethod(ask_way_back)

    def __init__(self, window: PlanWindow) -> None:
        super().__init__(cast(QObject, window))
        self._window = window
        self._reason: str | None = None  # why the plan is read-only now, when the file says it
        window.watch.fileChanged.connect(self.react)
        # A write refused because the file became read-only meanwhile: shown as read-only at once.
        window.ops.failed.connect(lambda _message: self.present())

    def react(self, news: FileNews) -> None:
        """One line in the status bar, then what ``news`` calls for."""
        self._window.statusBar().showMessage(news.message, MESSAGE_MS)
        if news.event is FileEvent.JOURNAL_SET_ASIDE:
            # The plan is as it was: nothing to read again, but worth more than a passing line.
            self._window.planner.notices.clear()
            title = QCoreApplication.translate("FileChanges", "A journal was set aside")
            QMessageBox.warning(cast(QWidget, self._window), title, news.message)
            return
        self._reason = news.message if news.event in (FileEvent.DELETED, FileEvent.READ_ONLY) else None
        if news.reopen:
            # Another file, or an older copy: what could be undone was done in the plan that is gone.
            self.read_again(forget_undo=news.event in (FileEvent.REPLACED, FileEvent.OLDER))
        elif news.event is FileEvent.DELETED:
            self.present()
            self.offer_way_back(news.message)
        self.present()

    def present(self) -> None:
        """The window as read-only, or as changeable, as the plan is now."""
        self._window.present_read_only(self._window.planner.read_only, self._reason)

    def read_again(self, *, forget_undo: bool) -> bool:
        """Read the plan again from the file at its path; False (said in the status bar) if it cannot be."""
        window = self._window
        try:
            window.planner.reopen()
        except PlannerError as error:
            window.statusBar().showMessage(error.message)  # until the next message: the window shows what was
            return False
        if forget_undo:
            window.ops.stack.clear()
        self._reason = None
        window.watch.restart()
        window.reload()
        window.live.refresh()
        return True

    def offer_way_back(self, message: str) -> None:
        """The file was deleted: save the plan again, restore the newest sound backup, or leave it."""
        # Backups load when a file is gone, not with the window's first paint.
        from planner.sharing.backups import newest_sound_backup, restore

        window = self._window
        parent = cast(QWidget, window)
        planner = window.planner
        window.watch.stop()  # one question at a time
        try:
            folder = planner.backup_folder
            backup = run_in_background(
                parent,
                self.tr("Looking for a sound backup…"),
                lambda: newest_sound_backup(planner.path, folder),
            )
            chosen = self.way_back_asker(parent, message, backup)
            if chosen is WayBack.SAVE_AGAIN:
                # In this thread: its connection is the one that still reads the deleted file.
                planner.save_again()
                self._reason = None
                window.watch.restart()
                window.statusBar().showMessage(core_message("file.saved_again", path=str(planner.path)), MESSAGE_MS)
            elif chosen is WayBack.RESTORE and backup is not None:
                source = backup.path
                run_in_background(
                    parent,
                    core_message("damage.restoring", file=planner.path.name),
                    lambda: restore(planner.path, source, backup_folder_setting=settings.BACKUP_FOLDER.get()),
                )
                if self.read_again(forget_undo=True):
                    done = self.tr("The plan was restored from the backup of {saved}.")
                    window.statusBar().showMessage(done.format(saved=saved_when(backup)), MESSAGE_MS)
        except PlannerError as error:
            window.statusBar().showMessage(error.message, MESSAGE_MS)
        finally:
            window.watch.start()
