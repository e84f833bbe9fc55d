"""What the window does for a team sharing the file: who else is here, the
daily backup, the user's name, and one clear warning about a risky place.

The rules are the core's (:mod:`planner.sharing.presence`, :mod:`planner.sharing.backups`,
:mod:`planner.sharing.places`); this module only runs them at the right moments,
off the GUI thread where they touch the disk, and shows what they say.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from planner.errors import PlannerError
from planner.service import Planner
from planner.storage.backup import backup_folder
from ui import settings
from ui.background import Worker
from ui.sharing.copies_warning import ConflictCopies
from ui.sharing.presence_label import PresenceLabel

if TYPE_CHECKING:
    from planner.sharing.places import RiskyPlace


def warn_once(path: Path) -> RiskyPlace | None:
    """The core's :func:`planner.sharing.places.warn_once`, loaded when the place is first looked at
    (after the first paint)."""
    from planner.sharing.places import warn_once as look

    return look(path)


BACKUP_CHECK_MS = 60 * 60 * 1000  # an hour: the core takes one backup a day and answers at once after that


def chosen_backup_folder() -> str | None:
    """The folder chosen in File ▸ Automatic backups folder…, if any (else beside each plan)."""
    return settings.BACKUP_FOLDER.get()


def user_name() -> str | None:
    """The name the user gave in Edit ▸ Your name…, if any."""
    return settings.USER_NAME.get()


class Sharing(QObject):
    """Presence in the status bar, the automatic backup, the user's name, the risky-place warning,
    the conflicted copies beside the plan (:class:`~ui.sharing.copies_warning.ConflictCopies`).

    ``parent`` is the window its questions and warnings belong to; what it says in passing goes
    out through ``message``, for the window's status bar. The window places ``presence`` and
    ``copies.button`` in its status bar.
    """

    message = Signal(str, int)  # a line to show, for how many milliseconds

    def __init__(self, planner: Planner, parent: QWidget) -> None:
        super().__init__(parent)
        self._planner = planner
        self._parent = parent
        name = user_name()
        if name:
            planner.user = name  # the audit log says who changed what
        self._apply_backup_folder()
        self.presence = PresenceLabel(planner, parent, name=name)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self.back_up)
        self._worker: Worker | None = None
        self._place_check: Worker | None = None
        self.copies = ConflictCopies(planner, parent)

    def start(self) -> None:
        """Join the file, take today's backup if it is due, and say once if the place is risky."""
        # Joining writes to the file: the window calls this once the week is painted (MainWindow.finish_start).
        self.presence.start()
        QTimer.singleShot(0, self.say_notices)
        if self._planner.on_server:
            # The server's administrator backs it up (pg_dump), and no synced folder or share is involved.
            return
        self._backup_timer.start()
        QTimer.singleShot(0, self.back_up)
        QTimer.singleShot(0, self.warn_about_place)
        self.copies.start()

    def pause(self) -> None:
        """Long work holds the file: no heartbeat or backup meanwhile (see MainWindow.polling_paused)."""
        self.presence.pause()
        self._backup_timer.stop()

    def resume(self) -> None:
        self.presence.resume()
        if not self._planner.on_server:
            self._backup_timer.start()

    def stop(self) -> None:
        self._backup_timer.stop()
        for worker in (self._worker, self._place_check):
            if worker is not None:
                worker.wait()
        self.copies.stop()
        self.presence.stop()

    # -- backups ----------------------------------------------------------------

    def back_up(self) -> None:
        """Today's automatic backup, in a worker thread (a big file on a share takes a moment)."""
        if self._worker is not None or self._planner.on_server:
            return
        self._worker = Worker(self._planner.auto_backup)
        self._worker.done.connect(self._backed_up)
        self._worker.start()

    def _backed_up(self, outcome: object) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.wait()
        if isinstance(outcome, PlannerError):
            QMessageBox.warning(self._parent, QCoreApplication.translate("Sharing", "Backup"), outcome.message)
            return
        problem = getattr(outcome, "problem", None)
        path = getattr(outcome, "path", None)
        if problem:
            self.message.emit(problem, 15_000)
        elif path is not None:
            self.message.emit(QCoreApplication.translate("Sharing", "Today’s backup: {path}").format(path=path), 10_000)

    def choose_backup_folder(self) -> None:
        """File ▸ Automatic backups folder…: where every plan's daily backups go (Cancel: beside each plan)."""
        if self._planner.on_server:
            return
        current = chosen_backup_folder() or str(self._planner.path.parent)
        folder = QFileDialog.getExistingDirectory(
            self._parent, QCoreApplication.translate("Sharing", "Folder for automatic backups"), current
        )
        if folder:
            settings.BACKUP_FOLDER.set(folder)
        else:
            settings.BACKUP_FOLDER.remove()
        self._apply_backup_folder()
        where = self._planner.backup_folder
        self.message.emit(
            QCoreApplication.translate("Sharing", "Automatic backups go to {folder}").format(folder=where), 10_000
        )

    def _apply_backup_folder(self) -> None:
        planner = self._planner
        if not planner.on_server:
            planner.backup_folder = backup_folder(planner.path, chosen_backup_folder())

    def say_notices(self) -> None:
        """What opening the plan did that the user should know (a stray journal set aside, an
        update without a backup): said once, in words."""
        planner = self._planner
        if planner.notices:
            title = QCoreApplication.translate("Sharing", "When the plan opened")
            QMessageBox.warning(self._parent, title, "\n\n".join(planner.notices))
            planner.notices.clear()

    # -- the place --------------------------------------------------------------

    def warn_about_place(self) -> None:
        """Once per file and kind of place: a synced folder or a file system without locks.

        Looking (folders up to the root, the mount table) takes a while on a slow share: in a thread.
        """
        if self._planner.on_server or self._place_check is not None:
            return
        path = self._planner.path
        self._place_check = Worker(lambda: warn_once(path))
        self._place_check.done.connect(self._place_checked)
        self._place_check.start()

    def _place_checked(self, place: object) -> None:
        from planner.sharing.places import RiskyPlace  # loaded by warn_once, in the worker

        self._place_check = None
        # An OSError: the warning's own memory cannot be written, better silent than in the way.
        if isinstance(place, RiskyPlace):
            title = QCoreApplication.translate("Sharing", "This place is risky for a shared plan")
            QMessageBox.warning(self._parent, title, place.message)

    # -- the user's name --------------------------------------------------------

    def ask_name(self) -> None:
        """Edit ▸ Your name…: what colleagues see in their status bar and the history shows."""
        current = user_name() or self._planner.user
        name, accepted = QInputDialog.getText(
            self._parent,
            QCoreApplication.translate("Sharing", "Your name"),
            QCoreApplication.translate("Sharing", "The name your colleagues see and the history records:"),
            QLineEdit.EchoMode.Normal,
            current,
        )
        name = " ".join(name.split())
        if not accepted or not name:
            return
        settings.USER_NAME.set(name)
        self._planner.user = name
        self.presence.set_name(name)
