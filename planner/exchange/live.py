"""The live calendar file: an export kept up to date as the plan changes.

A calendar app subscribed to the file (or a sync tool watching it) sees each
change without anyone exporting again. The file is rewritten in one step,
and only when the plan's revision moved since the last write, so an idle
plan never touches the disk.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from planner.errors import PlannerError
from planner.exchange.ics.export import ExportOptions, Written, write_ics
from planner.locations import expanded

if TYPE_CHECKING:
    from planner.service import Planner

OnWrite = Callable[[list[Path]], None]


class LiveCalendar:
    """An export of ``options`` to ``destination`` that :meth:`refresh` keeps current.

    The app calls :meth:`refresh` after each change it saves and when a
    colleague's change comes in; the command line calls :meth:`watch`. The
    file is one to subscribe to: it tells calendar apps to fetch it again
    hourly (:attr:`ExportOptions.subscribed`).
    """

    def __init__(self, planner: Planner, options: ExportOptions, destination: str | Path) -> None:
        self._planner = planner
        self._options = replace(options, subscribed=True)
        self._destination = expanded(destination)
        self._revision: int | None = None
        self.written: list[Written] = []
        """The files of the last write, with their post counts; empty before the first."""

    def refresh(self, force: bool = False) -> list[Path] | None:
        """Rewrite the file(s) if the plan changed since the last write (or one went missing).

        Returns the files written, or None when they were already current.
        """
        # Read before the posts: a change landing in between is exported
        # now and triggers one more (harmless) write, never a missed one.
        revision = self._planner.revision()
        if not force and revision == self._revision and not self._missing():
            return None
        self.written = write_ics(self._planner, self._options, self._destination)
        self._revision = revision
        return [written.path for written in self.written]

    def watch(
        self,
        *,
        interval: float = 1.0,
        stop: Callable[[], bool],
        on_write: OnWrite | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Write the file(s) if needed, then keep them current until ``stop()`` is true.

        Polls every ``interval`` seconds with
        :meth:`~planner.session.Session.others_committed`, which costs no disk
        read; that makes this the one caller of it on this planner. The first
        write must succeed (its error is raised); after that a failed write (a
        file locked for a moment, a folder gone, a platform renamed) goes to
        ``on_error`` in one line and is tried again at the next change.
        """
        self._planner.others_committed()  # the baseline: only commits from now on count
        self._report(self.refresh(), on_write)
        pending = False
        while not stop():
            time.sleep(interval)
            if self._planner.others_committed() or self._missing() or pending:
                try:
                    self._report(self.refresh(), on_write)
                    pending = False
                except PlannerError as error:
                    pending = True
                    if on_error is not None:
                        on_error(error.message)

    def _missing(self) -> bool:
        return any(not written.path.exists() for written in self.written)

    @staticmethod
    def _report(paths: list[Path] | None, on_write: OnWrite | None) -> None:
        if paths is not None and on_write is not None:
            on_write(paths)


def watch(
    planner: Planner,
    options: ExportOptions,
    destination: str | Path,
    *,
    interval: float = 1.0,
    stop: Callable[[], bool],
    on_write: OnWrite | None = None,
) -> None:
    """Export to ``destination`` and keep the file(s) current until ``stop()`` is true.

    ``on_write`` gets the files after each write, the first one included.
    """
    LiveCalendar(planner, options, destination).watch(interval=interval, stop=stop, on_write=on_write)
