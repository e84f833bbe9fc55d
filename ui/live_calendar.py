"""The live calendar file, kept current by the open window.

The user turns it on in File ▸ Export… ("keep this file up to date"); the
choice is remembered per plan (its file, or its server's URL) in QSettings.
After each change saved here and each change a colleague made, the window
asks :meth:`LiveCalendarKeeper.refresh`;
the core (:class:`planner.exchange.live.LiveCalendar`) rewrites the file only
when the plan's revision moved. The writing runs in a worker thread, so a big
plan never holds up the window; changes that arrive meanwhile are gathered
into one more write.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from planner.errors import PlannerError
from planner.model import Status
from planner.service import Planner
from ui import settings
from ui.background import Worker

if TYPE_CHECKING:
    # iCalendar loads only when a plan has a live file: the window opens faster without it.
    from planner.exchange.ics.export import ExportOptions
    from planner.exchange.live import LiveCalendar


def _setting(planner: Planner) -> settings.Setting[str | None]:
    # A file by its full path; a server plan by its URL without the password (a password never goes to settings).
    return settings.live_calendar(planner.location if planner.on_server else str(planner.path.resolve()))


class LiveCalendarKeeper(QObject):
    """Keeps one plan's live calendar file current, off the GUI thread."""

    written = Signal(list)  # the paths rewritten
    failed = Signal(str)  # one line: why the file could not be written

    def __init__(self, planner: Planner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._planner = planner
        self._calendar: LiveCalendar | None = None
        self.destination: Path | None = None
        self._writer: Worker | None = None
        self._again = False
        self._restore()

    def is_on(self) -> bool:
        return self._calendar is not None

    def turn_on(self, options: ExportOptions, destination: Path) -> None:
        """Keep ``destination`` current from now on (it was just written by the export)."""
        from planner.exchange.live import LiveCalendar

        self._calendar = LiveCalendar(self._planner, options, destination)
        self.destination = destination
        _setting(self._planner).set(json.dumps(_options_record(options, destination)))
        self.refresh()

    def turn_off(self) -> None:
        self._calendar, self.destination = None, None
        _setting(self._planner).remove()

    def refresh(self, *, force: bool = False) -> None:
        """Rewrite the file if the plan changed; a write already running is followed by one more."""
        if self._calendar is None:
            return
        if self._writer is not None:
            self._again = True
            return
        calendar = self._calendar
        # Any failure must end the write, or the file stops following.
        self._writer = Worker(lambda: calendar.refresh(force), catch=(Exception,))
        self._writer.done.connect(self._done)
        self._writer.start()

    def wait(self) -> None:
        """Let a running write (and the one it may have queued) finish: closing the window, tests."""
        while self._writer is not None:
            self._writer.wait()
            QCoreApplication.processEvents()  # delivers its "done", which may start the next one

    def _done(self, outcome: object) -> None:
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.wait()
            writer.deleteLater()
        if isinstance(outcome, PlannerError):
            self.failed.emit(outcome.message)
        elif isinstance(outcome, Exception):
            self.failed.emit(f"{type(outcome).__name__}: {outcome}")
        elif isinstance(outcome, list):
            self.written.emit(outcome)
        if self._again:
            self._again = False
            self.refresh()

    def _restore(self) -> None:
        value = _setting(self._planner).get()
        if not value:
            return
        from planner.exchange.ics.export import ExportOptions
        from planner.exchange.live import LiveCalendar

        try:
            record = json.loads(str(value))
            options = ExportOptions(
                platforms=tuple(record["platforms"]),
                statuses=tuple(Status(s) for s in record["statuses"]),
                per_platform=bool(record["per_platform"]),
                reminder_minutes=record["reminder_minutes"],
                # A live file made before follow-ups existed shows them too: it follows the plan.
                followups=bool(record.get("followups", True)),
            )
            destination = Path(record["destination"])
        except (ValueError, KeyError, TypeError):
            _setting(self._planner).remove()  # a damaged setting: forget it
            return
        self._calendar = LiveCalendar(self._planner, options, destination)
        self.destination = destination


def _options_record(options: ExportOptions, destination: Path) -> dict[str, object]:
    return {
        "destination": str(destination),
        "platforms": list(options.platforms),
        "statuses": [status.value for status in options.statuses],
        "per_platform": options.per_platform,
        "reminder_minutes": options.reminder_minutes,
        "followups": options.followups,
    }
