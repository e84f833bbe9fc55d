"""The status bar's presence label: who else has the file open, kept alive by its own heartbeat."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields
from planner.sharing.presence import GONE_AFTER_SECONDS
from tests.helpers.ui import NOW
from ui.sharing.presence_label import PresenceLabel
from ui.sharing.team_watch import TeamWatch


class MovingClock:
    def __init__(self, start: datetime = NOW) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> MovingClock:
    return MovingClock()


@pytest.fixture
def mine(plan_path: Path, plan: Planner, clock: MovingClock) -> Iterator[Planner]:
    """This window's planner, with a clock the test moves."""
    opened = Planner.open(plan_path, clock=clock, user="camille")
    yield opened
    opened.close()


def colleague(plan_path: Path, name: str, when: datetime = NOW) -> Planner:
    other = Planner.open(plan_path, clock=lambda: when, user=name.lower())
    other.join(name)
    return other


@pytest.fixture
def bar(qtbot: QtBot) -> QStatusBar:
    """A status bar, as the main window has."""
    status_bar = QStatusBar()
    qtbot.addWidget(status_bar)
    status_bar.show()
    return status_bar


def label_in(bar: QStatusBar, planner: Planner, **options: object) -> PresenceLabel:
    label = PresenceLabel(planner, bar, **options)  # type: ignore[arg-type]
    bar.addPermanentWidget(label)
    return label


def test_shows_nothing_while_nobody_else_has_the_file_open(qtbot: QtBot, bar: QStatusBar, mine: Planner) -> None:
    label = label_in(bar, mine, name="Camille")
    label.start()

    assert label.isHidden() and label.text() == ""
    # This window is there for the others, under the name from the settings.
    with Planner.open(mine.path, clock=lambda: NOW, user="sam") as sam:
        assert [p.name for p in sam.present()] == ["Camille"]
    label.stop()


def test_names_the_others_with_host_and_since_in_the_tooltip(
    qtbot: QtBot, bar: QStatusBar, mine: Planner, plan_path: Path
) -> None:
    lea = colleague(plan_path, "Léa", NOW - timedelta(days=1))
    sam = colleague(plan_path, "Sam")
    label = label_in(bar, mine)
    try:
        with qtbot.waitSignal(label.changed) as changed:
            # Léa's last heartbeat is a day old: she is gone; Sam is there.
            label.start()
        assert [p.name for p in changed.args[0]] == ["Sam"]
        assert label.isVisible() and label.text() == "Also open: Sam"
        host = socket.gethostname()
        assert label.toolTip() == f"Sam on {host}, since 10:00"

        lea.close()
        lea = colleague(plan_path, "Léa", NOW - timedelta(seconds=10))
        label.refresh()
        assert label.text() == "Also open: Léa, Sam"
        assert label.toolTip().splitlines() == [f"Léa on {host}, since 09:59", f"Sam on {host}, since 10:00"]
    finally:
        lea.close()
        sam.close()
        label.stop()


def test_a_crowd_becomes_a_count(qtbot: QtBot, bar: QStatusBar, mine: Planner, plan_path: Path) -> None:
    others = [colleague(plan_path, name) for name in ("Léa", "Sam", "Noor", "Ines")]
    label = label_in(bar, mine)
    try:
        label.start()
        assert label.text() == "Also open by 4 people"
        assert len(label.toolTip().splitlines()) == 4
    finally:
        for other in others:
            other.close()
        label.stop()


def test_the_timer_keeps_this_window_alive_and_notices_who_left(
    qtbot: QtBot, bar: QStatusBar, mine: Planner, plan_path: Path, clock: MovingClock
) -> None:
    sam = colleague(plan_path, "Sam")
    label = label_in(bar, mine, interval_ms=20)
    label.start()
    assert label.text() == "Also open: Sam"

    # Time passes; Sam's app died without leaving, this window kept beating.
    clock.now = NOW + timedelta(seconds=GONE_AFTER_SECONDS + 5)
    qtbot.waitUntil(lambda: label.isHidden())
    with Planner.open(plan_path, clock=lambda: clock.now, user="lea") as lea:
        assert [p.name for p in lea.present()] == ["camille"]  # our heartbeat is fresh
    sam.close()
    label.stop()


def test_closing_leaves_at_once(qtbot: QtBot, bar: QStatusBar, mine: Planner, plan_path: Path) -> None:
    label = label_in(bar, mine, name="Camille")
    label.start()
    with Planner.open(plan_path, clock=lambda: NOW, user="sam") as sam:
        assert [p.name for p in sam.present()] == ["Camille"]
        label.stop()
        assert sam.present() == []


def test_a_read_only_file_shows_the_others_and_no_error(bar: QStatusBar, plan: Planner, plan_path: Path) -> None:
    sam = colleague(plan_path, "Sam")
    plan_path.chmod(0o444)
    try:
        with Planner.open(plan_path, clock=lambda: NOW, user="lea") as reader:
            label = label_in(bar, reader)
            label.start()  # cannot join: quietly not shown to the others
            label.beat()
            assert label.text() == "Also open: Sam"
            label.stop()
    finally:
        plan_path.chmod(0o644)
        sam.close()


def test_a_colleague_s_heartbeat_never_reloads_the_window(qtbot: QtBot, mine: Planner, plan_path: Path) -> None:
    """The team watch sees SQLite's data version move, reads the audit log since its revision: nothing."""
    watch = TeamWatch(mine, interval_ms=10_000)
    reloads: list[object] = []
    watch.changedElsewhere.connect(reloads.append)
    sam = colleague(plan_path, "Sam")
    try:
        for _ in range(3):
            sam.heartbeat()
            with qtbot.waitSignal(watch.checked):
                watch.check()
        sam.create_post(PostFields(platform="Instagram", title="A real change"))
        with qtbot.waitSignal(watch.changedElsewhere):
            watch.check()
    finally:
        sam.close()
    assert len(reloads) == 1  # the post, not the heartbeats
