"""Noticing, within a second or two, that someone else saved to the shared file,
or that the file itself changed under the window.

``PRAGMA data_version`` costs no disk read, so asking every second is cheap
even on a network share; only when it moves does the watch read the audit
log since the last revision it saw, and it reports those entries, so the
window refreshes what they touch instead of everything. Before that, one
``stat`` of the path tells whether the file was replaced, overwritten by an
older copy, deleted or made read-only (:meth:`planner.service.Planner.file_news`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from planner.errors import PlannerError
from planner.service import Planner
from planner.sharing.file_watch import FileEvent

POLL_INTERVAL_MS = 1000


class TeamWatch(QObject):
    """Polls the file; emits what other people changed."""

    changedElsewhere = Signal(list)  # planner.model.AuditEntry, in order
    fileChanged = Signal(object)  # planner.sharing.file_watch.FileNews: the file replaced, deleted, made read-only…
    problem = Signal(str)  # the file could not be read (locked, gone): one line
    checked = Signal(object)  # the aware datetime of the last successful check

    def __init__(self, planner: Planner, parent: QObject | None = None, *, interval_ms: int = POLL_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._planner = planner
        self._revision = planner.revision()
        planner.others_committed()  # the first call only records the file's state
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def restart(self) -> None:
        """The plan was read again from its file (reopened): what others change counts from now."""
        self._revision = self._planner.revision()
        self._planner.others_committed()

    def seen(self, revision: int) -> None:
        """Our own writes: no need to report them back to us."""
        self._revision = max(self._revision, revision)

    def check(self) -> None:
        try:
            news = self._planner.file_news()
            if news is not None:
                self.fileChanged.emit(news)
                if news.reopen or news.event is FileEvent.DELETED:
                    return  # the plan was read again, or the file is gone: nothing more to read now
            if not self._planner.others_committed():
                self.checked.emit(self._planner.now())
                return
            # The revision first: a commit landing between the two reads is in the
            # entries (and reported), never skipped by a revision read after it.
            revision = self._planner.revision()
            entries = self._planner.changes_since(self._revision)
            self._revision = max([revision, *(entry.revision for entry in entries)])
        except PlannerError as error:
            self.problem.emit(error.message)
            return
        self.checked.emit(self._planner.now())
        if entries:
            self.changedElsewhere.emit(entries)
