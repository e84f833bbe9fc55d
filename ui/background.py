"""Long work off the GUI thread, with a progress dialog, so the window never freezes;
and short looks at the disk (:class:`Worker`) that report when done.

The work runs in a ``QThread``; meanwhile a local event loop keeps painting
and a busy progress dialog says what is happening. The caller gets the
result, or the work's exception raised again in the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner.errors import PlannerError

T = TypeVar("T")

# A dialog only for work that lasts: quick work should not flash one.
SHOW_AFTER_MS = 300


class _Worker(QThread, Generic[T]):
    done = Signal()

    def __init__(self, work: Callable[[], T], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.result: T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as error:  # noqa: BLE001 - handed back to the GUI thread
            self.error = error
        self.done.emit()


def run_in_background(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """Run ``work`` in a thread and return its result; the GUI keeps responding.

    Planner calls made by ``work`` get their own SQLite connection (peewee's
    connections are per thread).
    """
    worker: _Worker[T] = _Worker(work)
    loop = QEventLoop()
    worker.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)  # the work cannot be stopped halfway: it is one transaction
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_AFTER_MS)
    progress.setAutoClose(False)
    timer = QTimer()
    timer.setInterval(SHOW_AFTER_MS)
    timer.setSingleShot(True)
    timer.timeout.connect(progress.show)
    timer.start()
    worker.start()
    loop.exec()  # returns when the worker's "done" arrives, even if it came first
    worker.wait()
    timer.stop()
    progress.close()
    progress.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]


class Worker(QThread):
    """``work`` in a thread of its own: what touches the disk (a share can be slow) never holds the window."""

    done = Signal(object)  # what ``work`` returned, or the PlannerError or OSError that stopped it

    def __init__(self, work: Callable[[], object]) -> None:
        # No parent: a window closed mid-work must not destroy a running thread.
        # The thread keeps itself alive until it has finished.
        super().__init__()
        self._work = work
        _RUNNING.add(self)
        self.finished.connect(lambda: _RUNNING.discard(self))

    def run(self) -> None:
        try:
            self.done.emit(self._work())
        except (PlannerError, OSError) as error:
            self.done.emit(error)


_RUNNING: set[Worker] = set()
