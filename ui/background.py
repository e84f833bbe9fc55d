"""Work off the GUI thread, so the window never freezes: one :class:`Worker` serves all.

A :class:`Worker` runs a function in a ``QThread`` of its own and reports what
it returned (or the error that stopped it) by a signal: looks at the disk, the
backup, the live calendar file. :func:`run_in_background` waits for one while a
local event loop keeps painting and a busy progress dialog says what is
happening; the caller gets the result, or the work's exception raised again in
the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TypeVar, cast

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner.errors import PlannerError

T = TypeVar("T")

# A dialog only for work that lasts: quick work should not flash one.
SHOW_AFTER_MS = 300


class Worker(QThread):
    """``work`` in a thread of its own: what touches the disk (a share can be slow) never holds the window.

    ``done`` carries what ``work`` returned, or the error of the kinds in ``catch`` that stopped it
    (also kept in ``result`` and ``error``); any other error is left to Qt's thread.
    """

    done = Signal(object)

    def __init__(
        self,
        work: Callable[[], object],
        *,
        catch: tuple[type[BaseException], ...] = (PlannerError, OSError),
    ) -> None:
        # No parent: a window closed mid-work must not destroy a running thread.
        # The thread keeps itself alive until it has finished.
        super().__init__()
        self._work = work
        self._catch = catch
        self.result: object = None
        self.error: BaseException | None = None
        _RUNNING.add(self)
        self.finished.connect(lambda: _RUNNING.discard(self))

    def run(self) -> None:
        try:
            self.result = self._work()
        except self._catch as error:
            self.error = error
            self.done.emit(error)
            return
        self.done.emit(self.result)


_RUNNING: set[Worker] = set()


class _Steps(QObject):
    """Carries "done of total" from the worker's thread to the progress dialog, in the GUI thread."""

    moved = Signal(int, int)


def run_in_background(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """Run ``work`` in a thread and return its result; the GUI keeps responding.

    Planner calls made by ``work`` get their own SQLite connection (peewee's
    connections are per thread).
    """
    return run_with_progress(parent, label, lambda _report: work())


def run_with_progress(
    parent: QWidget | None,
    label: str,
    work: Callable[[Callable[[int, int], None]], T],
    *,
    then: str | None = None,
) -> T:
    """As :func:`run_in_background`, ``work`` telling how far it is: it is given a function
    to call with (done, total), from its own thread; the dialog turns from busy to a bar.

    Once every step is done, work that goes on (saving what was read) turns the dialog busy
    again, saying ``then`` when given: a full bar standing still for long looks like a hang."""
    steps = _Steps()
    worker = Worker(lambda: work(steps.moved.emit), catch=(BaseException,))  # every error comes back to the GUI
    loop = QEventLoop()
    worker.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    progress = QProgressDialog(label, "", 0, 0, parent)
    steps.moved.connect(partial(_moved, progress, then), Qt.ConnectionType.QueuedConnection)
    progress.setCancelButton(None)  # the work cannot be stopped halfway: it is one transaction
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_AFTER_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)  # a bar at its end would otherwise go back to empty, and stay so
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
    return cast(T, worker.result)


def _moved(progress: QProgressDialog, then: str | None, done: int, total: int) -> None:
    if total <= 0:
        return
    if done >= total:
        progress.setRange(0, 0)  # busy: what follows the steps has no count of its own
        if then is not None:
            progress.setLabelText(then)
        return
    progress.setMaximum(total)
    progress.setValue(done)
