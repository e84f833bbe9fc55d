"""Several people writing the same posts at once, each in their own process: nothing lost.

Four writer processes (:mod:`tests.helpers.writers`) edit and move the same
three posts 200 times each, every change with the version its writer read
just before, under the default 5 s busy timeout. Each edit ends saved or
refused as a conflict; the versions the saves reached, the audit log and the
file's revision must account for every save, exactly once. The same runs
against a PostgreSQL server when ``DIALOGOS_TEST_PG`` names one.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from planner import ConflictError, Planner, PostFields
from planner.model import ChangeKind, Entity
from planner.session import Clock
from planner.storage.connection import DEFAULT_BUSY_TIMEOUT
from planner.timezones import localize
from tests.helpers import writers
from tests.helpers.backends import fresh_schema, needs_pg
from tests.helpers.fixed import PLANNING_ZONE, PLATFORMS, USER

WRITERS = 4
EDITS = 200
POSTS = 3
SEED = 2026


def paris(day: int, hour: int) -> datetime:
    return localize(datetime(2026, 6, day, hour, 0), "Europe/Paris")


def integrity(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` as SQLite itself reports it, on a connection of its own."""
    con = sqlite3.connect(path)
    try:
        return [line for (line,) in con.execute("PRAGMA integrity_check")]
    finally:
        con.close()


def test_four_writers_editing_the_same_posts_lose_no_save(planner: Planner, db_path: Path) -> None:
    four_writers_lose_no_save(planner, str(db_path))
    assert integrity(db_path) == ["ok"]


@needs_pg
def test_four_writers_on_a_server_lose_no_save(clock: Clock) -> None:
    with fresh_schema() as url, Planner.open(url, planning_zone=PLANNING_ZONE, clock=clock, user=USER) as planner:
        for name, kind in PLATFORMS:
            planner.add_platform(name, kind)
        four_writers_lose_no_save(planner, url)


def four_writers_lose_no_save(planner: Planner, location: str) -> None:
    """The writers at work on ``location`` (a file's path or a server's URL), and the sums that must add up."""
    assert DEFAULT_BUSY_TIMEOUT == 5.0  # what the writers run with
    ids = [
        planner.create_post(PostFields(platform="Instagram", title=f"Shared {n}", start=paris(15 + n, 9))).ids[0]
        for n in range(POSTS)
    ]
    first = planner.revision()

    reports = writers.together(
        [
            writers.start("edit", db=location, name=f"writer-{n}", edits=EDITS, posts=ids, seed=SEED + n)
            for n in range(WRITERS)
        ]
    )

    # No "database is locked" (nor any other storage error) reached a writer.
    assert [report["errors"] for report in reports] == [[]] * WRITERS
    # Every edit ended: saved, or refused as a conflict after its retries.
    for report in reports:
        assert len(report["saves"]) + report["given_up"] == EDITS, report["name"]
    assert sum(report["conflicts"] for report in reports) > 0  # the writers did overlap

    saves = [tuple(save) for report in reports for save in report["saves"]]
    for post_id in ids:
        post = planner.get_post(post_id)
        reached = sorted(version for pid, version, _title, _start in saves if pid == post_id)
        # One version per save, none twice, none skipped: every save is counted in the final version.
        assert reached == list(range(2, post.version + 1))
        _, _, title, start = next(save for save in saves if save[:2] == (post_id, post.version))
        assert (post.title, post.start.isoformat() if post.start else None) == (title, start)
        audited = Counter(
            entry.action for entry in planner.session.audit_log(entity=Entity.POST, entity_id=post_id) if entry.action
        )
        assert audited[ChangeKind.EDIT] + audited[ChangeKind.MOVE] == len(reached)
    # One revision per saved change, each with its audit entry.
    assert planner.revision() == first + len(saves)
    revisions = [entry.revision for entry in planner.changes_since(first)]
    assert sorted(revisions) == list(range(first + 1, first + len(saves) + 1))
    assert planner.check() == []


def test_two_people_moving_the_same_post_at_once_one_is_saved_and_the_other_told(
    planner: Planner, db_path: Path
) -> None:
    """Two processes read version 1, then both move it: exactly one move is saved."""
    post_id = planner.create_post(PostFields(platform="LinkedIn", title="Launch", start=paris(15, 9))).ids[0]
    movers = [
        writers.start("move", db=str(db_path), name=name, post=post_id, day=day)
        for name, day in (("sam", 16), ("lea", 17))
    ]
    try:
        for mover in movers:
            assert mover.stdout is not None and mover.stdout.readline() == "read\n"
        for mover in movers:
            assert mover.stdin is not None
            mover.stdin.write("go\n")
            mover.stdin.flush()
        outcomes = sorted(mover.communicate(timeout=60)[0].strip() for mover in movers)
    finally:
        for mover in movers:
            if mover.poll() is None:
                mover.kill()
                mover.wait()

    # The one told sees the saved move's version: enough to try again.
    assert outcomes == ["conflict 2", "saved"]
    post = planner.get_post(post_id)
    assert post.version == 2 and post.start is not None and post.start.day in (16, 17)
    moves = [e for e in planner.session.audit_log(entity=Entity.POST, entity_id=post_id) if e.action is ChangeKind.MOVE]
    assert [e.who for e in moves] == [post.updated_by]


def test_the_one_told_of_a_conflict_can_retry_from_the_post_it_carries(planner: Planner, clock: Clock) -> None:
    post_id = planner.create_post(PostFields(platform="LinkedIn", title="Launch", start=paris(15, 9))).ids[0]
    with Planner.open(planner.path, clock=clock, user="sam") as sam:
        seen_by_sam = sam.get_post(post_id)
        planner.move_post(post_id, paris(16, 10), expect_version=1)

        with pytest.raises(ConflictError) as caught:
            sam.move_post(post_id, paris(17, 11), expect_version=seen_by_sam.version)
        theirs = caught.value.current
        assert theirs is not None and theirs.start == paris(16, 10) and theirs.updated_by == "camille"
        assert (caught.value.exit_code, sam.get_post(post_id).start) == (4, paris(16, 10))  # nothing overwritten

        # Sam has seen Camille's move and moves it anyway: a knowing change, saved.
        sam.move_post(post_id, paris(17, 11), expect_version=theirs.version)

    post = planner.get_post(post_id)
    assert (post.start, post.version, post.updated_by) == (paris(17, 11), 3, "sam")
    moves = [
        (e.who, e.revision)
        for e in planner.session.audit_log(entity=Entity.POST, entity_id=post_id)
        if e.action is ChangeKind.MOVE
    ]
    assert [who for who, _ in moves] == ["camille", "sam"]
