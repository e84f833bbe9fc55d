"""Who else has the shared file open, in the status bar.

The label keeps this window's presence alive: it joins the file under the
name the user gave in the settings when started, renews the heartbeat on its
timer (reading who else is there at the same time) and leaves when stopped.
It shows nothing when nobody else has the file open, or when presence cannot
be read or written (a read-only or busy file): presence never gets in the way.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from planner.model import Presence, PresenceKind
from planner.service import Planner

# Names shown in the label itself; more than that become a count (the tooltip has everyone).
MOST_NAMES = 3


class PresenceLabel(QLabel):
    """ "Also open: Léa, Sam", with who, where and since when in the tooltip."""

    changed = Signal(list)  # the other sessions (planner.sharing.presence.Presence) whenever they change

    def __init__(
        self,
        planner: Planner,
        parent: QWidget | None = None,
        *,
        name: str | None = None,
        interval_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._name = name
        self._others: list[Presence] = []
        self._timer = QTimer(self)
        self._interval_ms = interval_ms  # None: the core's heartbeat, looked up when joining (after the first paint)
        self._timer.timeout.connect(self.beat)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    # -- the session's life ----------------------------------------------------

    def start(self) -> None:
        """Join the file (under ``name``, else the planner's user) and keep the heartbeat going."""
        if self._interval_ms is None:
            from planner.sharing.presence import HEARTBEAT_SECONDS

            self._interval_ms = HEARTBEAT_SECONDS * 1000
        self._timer.setInterval(self._interval_ms)
        self._planner.join(self._name)
        self.refresh()
        self._timer.start()

    def stop(self) -> None:
        """Stop the heartbeat and leave: the others stop seeing this window at once."""
        self._timer.stop()
        self._planner.leave()

    def pause(self) -> None:
        """No heartbeat for a while (the file is held by long work); nobody is told to leave."""
        self._paused = self._timer.isActive()
        self._timer.stop()

    def resume(self) -> None:
        if getattr(self, "_paused", False):
            self._paused = False
            self._timer.start()

    def set_name(self, name: str | None) -> None:
        """The user changed their name in the settings: the others see the new one."""
        self._name = name
        if self._timer.isActive():
            self._planner.join(name)

    def beat(self) -> None:
        """One heartbeat, then read who else is there."""
        self._planner.heartbeat()
        self.refresh()

    def refresh(self) -> None:
        """Read who else has the file open now (cheap: also fine on the team watch's signals)."""
        others = self._planner.present()
        if [_who(p) for p in others] != [_who(p) for p in self._others]:
            self._others = others
            self._show()
            self.changed.emit(list(others))

    def others(self) -> list[Presence]:
        return list(self._others)

    # -- what it shows ---------------------------------------------------------

    def _show(self) -> None:
        names = list(dict.fromkeys(p.name for p in self._others))  # one person on two machines: named once
        if not names:
            self.clear()
            self.setToolTip("")
            self.hide()
            return
        if len(names) <= MOST_NAMES:
            text = self.tr("Also open: {names}", "who else has the file open").format(
                names=self.tr(", ", "between names").join(names)
            )
        else:
            text = self.tr("Also open by %n people", "", len(names))
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip("\n".join(self._line(p) for p in self._others))
        self.show()

    def _line(self, presence: Presence) -> str:
        since = self._moment(presence.since)
        if presence.kind is PresenceKind.CLI:
            line = self.tr("{name} on {host} (command line), since {since}")
        else:
            line = self.tr("{name} on {host}, since {since}")
        return line.format(name=presence.name, host=presence.host, since=since)

    def _moment(self, moment: datetime) -> str:
        """The time alone today, else the day too; at the plan's wall clock, like every time in the app."""
        zone = ZoneInfo(self._planner.planning_zone)
        local, today = moment.astimezone(zone), self._planner.now().astimezone(zone).date()
        locale = QLocale()
        # The wall-clock fields, not a QDateTime: Qt would convert to the machine's zone.
        time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        if local.date() == today:
            return time
        day = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)
        return self.tr("{day} {time}", "a day and a time").format(day=day, time=time)


def _who(presence: Presence) -> tuple[object, ...]:
    """A session as shown: its heartbeats alone change nothing on screen."""
    return (presence.name, presence.host, presence.pid, presence.kind, presence.since)
