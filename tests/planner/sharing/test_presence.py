"""Presence: who has the shared file open, kept alive by a heartbeat, never a plan change."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields
from planner.session import Clock
from planner.sharing.presence import FORGET_AFTER_SECONDS, GONE_AFTER_SECONDS, HEARTBEAT_SECONDS, PresenceKind
from tests.helpers.fixed import NOW
from tests.helpers.paths import ROOT


class MovingClock:
    """A clock the test moves forward by hand."""

    def __init__(self, start: datetime = NOW) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def sam_clock() -> MovingClock:
    return MovingClock()


@pytest.fixture
def sam(planner: Planner, sam_clock: MovingClock) -> Iterator[Planner]:
    """Sam, with the same file open in another connection and his own clock."""
    other = Planner.open(planner.path, clock=sam_clock, user="sam")
    yield other
    other.close()


def rows(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute('SELECT count(*) FROM "presence"').fetchone()[0])
    finally:
        connection.close()


def test_the_others_see_who_has_the_file_open(planner: Planner, sam: Planner) -> None:
    assert planner.join("Camille Martin") is True
    assert sam.join() is True  # without a name: the planner's user

    [camille] = sam.present()
    assert (camille.name, camille.host, camille.pid, camille.kind) == (
        "Camille Martin",
        socket.gethostname(),
        os.getpid(),
        PresenceKind.APP,
    )
    assert (camille.since, camille.seen, camille.mine) == (NOW, NOW, False)
    assert [p.name for p in planner.present()] == ["sam"]
    assert [(p.name, p.mine) for p in planner.present(everyone=True)] == [("Camille Martin", True), ("sam", False)]


def test_presence_is_not_a_change_of_the_plan(planner: Planner, sam: Planner) -> None:
    """A heartbeat makes no revision and no audit entry: an open window has nothing to reload."""
    planner.create_post(PostFields(platform="X", title="Before anyone joined"))
    revision, entries = planner.revision(), len(planner.session.audit_log())
    planner.others_committed()  # the mark, as the team watch sets it

    sam.join()
    sam.heartbeat()
    sam.leave()

    assert planner.others_committed() is True  # SQLite saw a commit from another connection...
    assert planner.changes_since(revision) == []  # ...which changed nothing of the plan
    assert (planner.revision(), len(planner.session.audit_log())) == (revision, entries)


def test_joining_again_changes_the_name_and_keeps_since(planner: Planner, sam: Planner, sam_clock: MovingClock) -> None:
    sam.join("Sam")
    sam_clock.advance(HEARTBEAT_SECONDS)
    sam.join("  Samuel\nDupont ")

    [shown] = planner.present(now=sam_clock.now)
    assert (shown.name, shown.since, shown.seen) == ("Samuel Dupont", NOW, sam_clock.now)
    assert rows(planner.path) == 1


def test_a_silent_session_counts_as_gone_then_is_forgotten(
    planner: Planner, sam: Planner, sam_clock: MovingClock
) -> None:
    sam.join()
    assert [p.name for p in planner.present(now=NOW + timedelta(seconds=GONE_AFTER_SECONDS))] == ["sam"]
    assert planner.present(now=NOW + timedelta(seconds=GONE_AFTER_SECONDS + 1)) == []

    # Heartbeats keep it there as long as they come.
    sam_clock.advance(GONE_AFTER_SECONDS)
    assert sam.heartbeat() is True
    assert [p.name for p in planner.present(now=sam_clock.now + timedelta(seconds=1))] == ["sam"]

    # Gone long enough: the next heartbeat of anyone removes the row.
    late = MovingClock(sam_clock.now + timedelta(seconds=FORGET_AFTER_SECONDS + 1))
    with Planner.open(planner.path, clock=late, user="lea") as lea:
        lea.join()
        assert rows(planner.path) == 1
        assert [p.name for p in lea.present(everyone=True)] == ["lea"]


def test_a_removed_session_comes_back_with_its_next_heartbeat(planner: Planner, sam: Planner) -> None:
    """A colleague whose clock runs far ahead may remove Sam's row: Sam's next heartbeat writes it again."""
    sam.join("Sam")
    connection = sqlite3.connect(planner.path)
    connection.execute('DELETE FROM "presence"')
    connection.commit()
    connection.close()

    assert sam.heartbeat() is True
    assert [(p.name, p.since) for p in planner.present()] == [("Sam", NOW)]


def test_closing_leaves(planner: Planner, clock: Clock) -> None:
    with Planner.open(planner.path, clock=clock, user="sam") as sam:
        sam.join()
        assert [p.name for p in planner.present()] == ["sam"]
    assert planner.present() == [] and rows(planner.path) == 0


def test_a_killed_app_is_ignored_once_its_heartbeat_is_stale(planner: Planner) -> None:
    script = (
        "import sys, time\n"
        "from datetime import datetime\n"
        "from planner import Planner\n"
        "now = datetime.fromisoformat(sys.argv[2])\n"
        "planner = Planner.open(sys.argv[1], clock=lambda: now, user='sam')\n"
        "print(planner.join('Sam'), flush=True)\n"
        "time.sleep(120)\n"
    )
    root = ROOT
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(planner.path), NOW.isoformat()],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "True"
        [sam] = planner.present()
        assert (sam.name, sam.pid) == ("Sam", child.pid)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()

    assert [p.name for p in planner.present()] == ["Sam"]  # nobody can tell yet
    assert planner.present(now=NOW + timedelta(seconds=GONE_AFTER_SECONDS + 1)) == []
    assert planner.check() == []


def test_a_read_only_file_shows_presence_without_writing_it(planner: Planner, sam: Planner, clock: Clock) -> None:
    sam.join("Sam")
    planner.close()
    planner.path.chmod(0o444)
    try:
        with Planner.open(planner.path, clock=clock, user="lea") as reader:
            assert reader.read_only
            assert reader.join("Léa") is False  # no error: presence is just not written
            assert reader.heartbeat() is False
            assert [p.name for p in reader.present()] == ["Sam"]
            reader.leave()
    finally:
        planner.path.chmod(0o644)
    assert [p.name for p in sam.present(everyone=True)] == ["Sam"]


def test_a_busy_file_skips_a_heartbeat_quietly(planner: Planner, sam: Planner) -> None:
    sam.join("Sam")
    holder = sqlite3.connect(planner.path, isolation_level=None)  # a colleague mid-write
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert sam.heartbeat() is False
        assert planner.join() is False
        # The connection's usual busy timeout is back for the plan's own writes.
        assert sam._db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert sam.heartbeat() is True and planner.heartbeat() is True
    assert [p.name for p in sam.present()] == ["camille"]


def test_db_info_tells_who_has_the_file_open(planner: Planner, sam: Planner) -> None:
    sam.join("Sam", kind="app")

    info = planner.info()

    assert [(p.name, p.kind, p.mine) for p in info.present] == [("Sam", PresenceKind.APP, False)]
    assert planner.heartbeat() is False  # never joined: nothing to renew


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(max_size=90) | st.just("a" * 59 + " b"))
def test_any_name_from_the_settings_is_shown_on_one_short_line(planner: Planner, sam: Planner, name: str) -> None:
    planner.join(name)

    [shown] = sam.present()

    assert shown.name and len(shown.name) <= 60
    assert shown.name == shown.name.strip() and not any(c in shown.name for c in "\n\r\t")
    assert shown.name == (" ".join(name.split())[:60].rstrip() or "camille")
