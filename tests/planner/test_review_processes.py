"""Two members in two processes on one plan (issue 18's acceptance), on a file and on a server:
Camille (an editor) submits a post here; Léa (an approver) in another process sees it wait for
her through the team's refresh (``changes_since``, ``waiting``) and approves it; Camille then
sees the approval. The polls are bounded loops: only their outcome is asserted, never a time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

import pytest

from planner import Planner, PostFields, Status
from planner.model import Entity, Role
from tests.helpers.backends import each_backend, planner_on_each_backend  # noqa: F401 - fixtures on both backends
from tests.helpers.fixed import NOW
from tests.helpers.paths import ROOT

T = TypeVar("T")
POLL_SECONDS = 0.1
PATIENCE_SECONDS = 60.0  # a generous bound for a loaded machine; the 2 s is the app's refresh

# Léa's process: open the plan, say so, poll what changed and what waits for her until the post
# waits for review, approve it, and say what she saw.
LEA = """
import json, sys, time
from datetime import datetime
from planner import Planner
from planner.model import WaitingKind

location, now, post_id = sys.argv[1], datetime.fromisoformat(sys.argv[2]), int(sys.argv[3])
with Planner.open(location, clock=lambda: now, user="Léa") as lea:
    revision = lea.revision()
    lea.others_committed()
    print("ready", flush=True)
    seen = []
    for _ in range(int(float(sys.argv[4]) / 0.1)):
        if lea.others_committed():
            entries = lea.changes_since(revision)
            revision = max([revision, *(e.revision for e in entries)])
            seen += [[e.entity.value, e.entity_id, e.who] for e in entries]
            waiting = [w for w in lea.waiting() if w.kind is WaitingKind.REVIEW and w.post.id == post_id]
            if waiting:
                change = lea.approve_post(post_id, comment="Lovely", expect_version=waiting[0].post.version)
                print(json.dumps({"seen": seen, "approved": change.posts[0].version}), flush=True)
                break
        time.sleep(0.1)
    else:
        print(json.dumps({"seen": seen, "approved": None}), flush=True)
"""


@pytest.fixture
def camille(planner: Planner) -> Planner:
    """The plan, with review on, a team (Camille writes, Léa approves), opened by Camille."""
    planner.user = "Camille"
    planner.set_member("Camille", Role.EDITOR)
    planner.set_member("Léa", Role.APPROVER)
    planner.set_review(True)
    return planner


@pytest.fixture
def lea(db_location: Path | str, camille: Planner) -> Iterator[Callable[[int], subprocess.Popen[str]]]:
    """Start Léa's process on the plan, watching for post ``post_id``."""
    started: list[subprocess.Popen[str]] = []

    def start(post_id: int) -> subprocess.Popen[str]:
        child = subprocess.Popen(
            [sys.executable, "-c", LEA, str(db_location), NOW.isoformat(), str(post_id), str(PATIENCE_SECONDS)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"},
        )
        started.append(child)
        return child

    yield start
    for child in started:
        if child.poll() is None:
            child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()


def poll(read: Callable[[], T], done: Callable[[T], bool]) -> T:
    """Read until ``done`` (every 0.1 s, at most :data:`PATIENCE_SECONDS`); the last reading."""
    value = read()
    for _ in range(int(PATIENCE_SECONDS / POLL_SECONDS)):
        if done(value):
            break
        time.sleep(POLL_SECONDS)
        value = read()
    return value


def test_one_submits_the_other_sees_it_and_approves_the_first_sees_the_approval(
    camille: Planner, lea: Callable[[int], subprocess.Popen[str]]
) -> None:
    start = datetime(2026, 6, 15, 9, tzinfo=ZoneInfo("Europe/Paris"))
    post = camille.create_post(PostFields("Instagram", "Behind the roaster", start=start)).posts[0]
    child = lea(post.id)
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    revision = camille.revision()

    camille.submit_post(post.id, comment="Ready when you are", expect_version=post.version)

    seen = json.loads(child.stdout.readline())
    assert child.wait() == 0
    assert seen["approved"] is not None, "Léa never saw the post wait for her"
    assert ["post", post.id, "Camille"] in seen["seen"]
    after = poll(lambda: camille.get_post(post.id), lambda p: p.approved_by is not None)
    assert (after.status, after.approved_by, after.version) == (Status.APPROVED, "Léa", seen["approved"])
    entries = camille.changes_since(revision)
    assert [(e.entity, e.entity_id, e.who) for e in entries if e.who == "Léa"] == [(Entity.POST, post.id, "Léa")]
    assert [(c.author, c.text) for c in camille.comments(post.id)] == [
        ("Camille", "Ready when you are"),
        ("Léa", "Lovely"),
    ]
