"""A writer killed mid-stream (SIGKILL: no clean-up, no Python handler) loses nothing acknowledged.

The writer (:mod:`tests.helpers.writers`) creates posts one per transaction
and prints each id once its commit has returned. The test kills it at a
random moment, reads whatever it had printed, then opens the file as the
next colleague would: SQLite rolls back a hot journal on open, the file
passes its integrity check, every acknowledged post is there, and the
revision and the audit log agree with the posts: nothing half-written.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from planner import Planner, PostFields
from planner.model import ChangeKind, Entity
from planner.session import Clock
from tests.helpers import writers

SEED = 6
RUNS = 4
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # the first bytes of a rollback journal (SQLite's file format)


def kill(writer: subprocess.Popen[str]) -> list[str]:
    """SIGKILL ``writer``; the lines it had printed and not yet read."""
    if writer.poll() is None:
        writer.send_signal(signal.SIGKILL)
    out, _err = writer.communicate(timeout=30)
    return out.splitlines()


def read_until(writer: subprocess.Popen[str], done: Callable[[list[str]], bool]) -> list[str]:
    """The lines ``writer`` prints, until ``done`` says enough; a writer that dies first fails the test."""
    assert writer.stdout is not None and writer.stderr is not None
    lines: list[str] = []
    while not done(lines):
        line = writer.stdout.readline()
        if not line:
            writer.wait(timeout=30)
            pytest.fail(f"the writer stopped by itself ({writer.returncode}): {writer.stderr.read()}")
        lines.append(line.strip())
    return lines


def journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def assert_sound_after_crash(path: Path, clock: Clock, acknowledged: list[int], revision_before: int) -> None:
    """Opened again: sound, every acknowledged post there, each post with its revision and audit entry."""
    with Planner.open(path, create=False, clock=clock, user="next") as planner:
        assert planner.check() == []
        posts = {post.id: post for post in planner.list_posts()}
        missing = [post_id for post_id in acknowledged if post_id not in posts]
        assert missing == []
        for index, post_id in enumerate(acknowledged):
            assert posts[post_id].title == f"Post {index}"
        # At most one post more than acknowledged: committed, killed before it could say so.
        assert len(posts) - len(acknowledged) in (0, 1)
        created = [e for e in planner.changes_since(revision_before) if e.entity is Entity.POST]
        assert [(e.action, e.entity_id) for e in created] == [(ChangeKind.CREATE, post_id) for post_id in sorted(posts)]
        # One revision per committed post: no revision without its change, no change without its revision.
        assert [e.revision for e in created] == list(range(revision_before + 1, revision_before + len(posts) + 1))
        assert planner.revision() == revision_before + len(posts)
        # And the next colleague writes as usual; the commit leaves no journal behind.
        planner.create_post(PostFields(platform="X", title="After the crash", start=writers.first_start(0)))
        assert not journal(path).exists()
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()


@pytest.mark.parametrize("run", range(RUNS))
def test_a_writer_killed_at_a_random_moment_loses_no_acknowledged_post(
    planner: Planner, db_path: Path, clock: Clock, run: int
) -> None:
    rng = random.Random(SEED * 100 + run)
    wanted, pause = rng.randint(20, 60), rng.uniform(0, 0.02)
    revision_before = planner.revision()
    planner.close()  # the test's own connection is not in the way

    writer = writers.start("create", db=str(db_path), name="doomed", limit=10_000)
    try:
        acknowledged = read_until(writer, lambda lines: len(lines) >= wanted)
        time.sleep(pause)  # somewhere in the next commits
    finally:
        rest = kill(writer)
    assert writer.returncode == -signal.SIGKILL  # it was still writing when killed
    acknowledged += rest
    assert_sound_after_crash(db_path, clock, [int(line) for line in acknowledged], revision_before)


def test_a_writer_killed_inside_a_big_transaction_leaves_it_rolled_back(
    planner: Planner, db_path: Path, clock: Clock
) -> None:
    """The uncommitted batch had already reached the database file: the journal puts it back."""
    revision_before = planner.revision()
    planner.close()
    writer = writers.start("spill", db=str(db_path), name="doomed", acknowledge=5, batch=2000)
    try:
        lines = read_until(writer, lambda lines: bool(lines) and lines[-1].startswith("during"))
    finally:
        rest = kill(writer)
    assert writer.returncode == -signal.SIGKILL
    lines += rest

    sizes = {word: int(size) for word, size in (line.split() for line in lines if not line.isdigit())}
    assert sizes["during"] > sizes["before"]  # uncommitted pages were in the file when it died
    # And the journal that undoes them was left behind, hot: it starts with SQLite's journal magic.
    assert journal(db_path).read_bytes()[:8] == JOURNAL_MAGIC
    acknowledged = [int(line) for line in lines if line.isdigit()]
    assert len(acknowledged) == 5
    assert_sound_after_crash(db_path, clock, acknowledged, revision_before)
