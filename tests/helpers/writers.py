"""Writer processes for the stress and crash tests: ``python -m tests.helpers.writers MODE JSON``.

Each mode opens the shared file in its own process, as a colleague's copy of
Dialogos would, and talks to the test through its standard streams:

* ``edit``: prints ``ready``, waits for a line on stdin, then makes ``edits``
  edits and moves of a few posts through the service API, each with the
  version it read just before; a conflict is retried from the post the
  :class:`ConflictError` carries (never by reading again). Prints one JSON
  line: every save (post, version reached, title, start), the conflicts,
  the retries and the key of every other error.
* ``move``: reads one post, prints ``read``, waits for a line on stdin, then
  moves it once with the version it read; prints ``saved`` or ``conflict N``
  (N, the version the conflict carries).
* ``cli``: the ``edit`` loop through the command line (``post show``, ``post
  edit --expect-version``, ``post move --expect-version``), each command run
  as ``dialogos`` runs it (parse, open the file, write, close), in this
  process: starting a Python per command would cost more than the test.
  Prints one JSON line with the saves and the exit codes.
* ``create``: creates posts one per transaction and prints each id, flushed,
  once its commit has returned; a test kills it with SIGKILL.
* ``spill``: commits ``acknowledge`` posts like ``create``, then writes a big
  batch with a tiny page cache, so SQLite writes uncommitted pages into the
  database file, prints the file's size before and during it, and sleeps
  inside the transaction until it is killed.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from planner import ConflictError, DatabaseError, Planner, PostFields, PostPatch
from planner.cli.main import main as dialogos
from planner.model import Post
from planner.timezones import localize
from tests.helpers.fixed import NOW
from tests.helpers.paths import ROOT

RETRIES = 3
"""How many times an edit refused as a conflict is tried again from the post the conflict carries."""


def clock() -> datetime:
    return NOW


def first_start(index: int) -> datetime:
    """Where the ``index``-th post of a stream starts: every half hour from Monday 15 June 2026, Paris time."""
    return localize(datetime(2026, 6, 15, 9, 0), "Europe/Paris") + timedelta(minutes=30 * index)


def _wait_for_go() -> None:
    print("ready", flush=True)
    sys.stdin.readline()


def _report(result: dict[str, Any]) -> None:
    print(json.dumps(result), flush=True)


def _patch(rng: random.Random, name: str, step: int, post: Post) -> tuple[str, PostPatch]:
    """Half the edits retitle the post, half move it by half an hour."""
    if rng.random() < 0.5:
        return "edit", PostPatch(title=f"{name} #{step}")
    assert post.start is not None
    return "move", PostPatch(start=post.start + timedelta(minutes=rng.choice((-30, 30))))


def edit(db: str, name: str, edits: int, posts: list[int], seed: int) -> None:
    rng = random.Random(seed)
    saves: list[list[Any]] = []
    conflicts = retries = given_up = 0
    slowest = 0.0  # seconds: the longest edit, its wait for the write lock included
    errors: list[str] = []
    with Planner.open(db, create=False, clock=clock, user=name) as planner:
        _wait_for_go()
        for step in range(edits):
            post_id = rng.choice(posts)
            seen = planner.get_post(post_id)
            for attempt in range(RETRIES + 1):
                kind, patch = _patch(rng, name, step, seen)
                began = time.monotonic()
                try:
                    if kind == "move":
                        assert isinstance(patch.start, datetime)
                        change = planner.move_post(post_id, patch.start, expect_version=seen.version)
                    else:
                        change = planner.edit_post(post_id, patch, expect_version=seen.version)
                except ConflictError as conflict:
                    slowest = max(slowest, time.monotonic() - began)
                    conflicts += 1
                    current = conflict.current
                    # The conflict carries the post as it is now: enough to try again.
                    assert current is not None and current.version > seen.version, (current, seen)
                    seen = current
                    if attempt < RETRIES:
                        retries += 1
                    else:
                        given_up += 1
                    continue
                except DatabaseError as error:
                    errors.append(error.key)
                    break
                slowest = max(slowest, time.monotonic() - began)
                saved = change.posts[0]
                start = saved.start.isoformat() if saved.start else None
                saves.append([post_id, saved.version, saved.title, start])
                break
    _report(
        {
            "name": name,
            "saves": saves,
            "given_up": given_up,
            "conflicts": conflicts,
            "retries": retries,
            "errors": errors,
            "slowest": slowest,
        }
    )


def move(db: str, name: str, post: int, day: int) -> None:
    with Planner.open(db, create=False, clock=clock, user=name) as planner:
        seen = planner.get_post(post)
        print("read", flush=True)
        sys.stdin.readline()
        try:
            planner.move_post(
                post, localize(datetime(2026, 6, day, 11, 0), "Europe/Paris"), expect_version=seen.version
            )
        except ConflictError as conflict:
            found = conflict.current.version if conflict.current is not None else 0
            print(f"conflict {found}", flush=True)
        else:
            print("saved", flush=True)


def _cli(db: str, *arguments: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = dialogos([*(str(a) for a in arguments), "--db", db], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def cli(db: str, name: str, edits: int, posts: list[int], seed: int) -> None:
    rng = random.Random(seed)
    saves: list[list[Any]] = []
    codes: dict[str, int] = {}
    failures: list[str] = []
    unchanged = 0  # moves to where the post already was: exit 0, nothing written
    _wait_for_go()
    for step in range(edits):
        post_id = rng.choice(posts)
        code, out, err = _cli(db, "post", "show", post_id, "--format", "json")
        if code != 0:
            failures.append(err.strip())
            codes[str(code)] = codes.get(str(code), 0) + 1
            continue
        version = json.loads(out)["version"]
        if rng.random() < 0.5:
            command: tuple[object, ...] = ("post", "edit", post_id, "--title", f"{name} #{step}")
        else:
            at = first_start(0) + timedelta(hours=rng.randrange(0, 48))
            command = ("post", "move", post_id, "--at", at.strftime("%Y-%m-%d %H:%M"))
        code, out, err = _cli(db, *command, "--expect-version", version, "--format", "json")
        codes[str(code)] = codes.get(str(code), 0) + 1
        if code == 0:
            saved = json.loads(out)
            if saved["version"] == version:
                unchanged += 1
            else:
                saves.append([post_id, saved["version"], saved["title"], saved["start"]])
        elif code != 4:
            failures.append(err.strip())
    _report({"name": name, "saves": saves, "codes": codes, "failures": failures, "unchanged": unchanged})


def create(db: str, name: str, limit: int) -> None:
    with Planner.open(db, create=False, clock=clock, user=name) as planner:
        for index in range(limit):
            change = planner.create_post(
                PostFields(platform="Instagram", title=f"Post {index}", start=first_start(index))
            )
            # Only now is the post acknowledged: its commit has returned.
            print(change.ids[0], flush=True)


def spill(db: str, name: str, acknowledge: int, batch: int) -> None:
    path = Path(db)
    with Planner.open(path, create=False, clock=clock, user=name) as planner:
        for index in range(acknowledge):
            change = planner.create_post(
                PostFields(platform="Instagram", title=f"Post {index}", start=first_start(index))
            )
            print(change.ids[0], flush=True)
        # A few pages of cache: the batch cannot stay in memory and goes to the file before its commit.
        planner._db.execute_sql("PRAGMA cache_size = 8")
        print(f"before {path.stat().st_size}", flush=True)
        fields = [
            PostFields(platform="Instagram", title=f"Uncommitted {index}", body="x" * 200, start=first_start(index))
            for index in range(batch)
        ]
        with planner.batch():
            planner.create_posts(fields)
            print(f"during {path.stat().st_size}", flush=True)
            time.sleep(120)  # killed here, inside the transaction


def start(mode: str, **options: Any) -> subprocess.Popen[str]:
    """A writer process in ``mode``, its standard streams piped to the test."""
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), environment.get("PYTHONPATH")]))
    return subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.writers", mode, json.dumps(options)],
        cwd=ROOT,
        env=environment,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def together(writers: list[subprocess.Popen[str]], *, timeout: float = 180) -> list[dict[str, Any]]:
    """Start ``writers`` at the same moment (each has said ``ready``); their JSON reports, in order.

    A writer that fails or outlives ``timeout`` fails the test, with its error output.
    """
    try:
        for writer in writers:
            assert writer.stdout is not None
            line = writer.stdout.readline()
            assert line == "ready\n", (line, writer.stderr.read() if writer.stderr else "")
        for writer in writers:
            assert writer.stdin is not None
            writer.stdin.write("go\n")
            writer.stdin.flush()
        reports = []
        for writer in writers:
            out, err = writer.communicate(timeout=timeout)
            assert writer.returncode == 0, err
            reports.append(json.loads(out))
        return reports
    finally:
        for writer in writers:
            if writer.poll() is None:
                writer.kill()
                writer.wait()


def run(mode: str, options: dict[str, Any]) -> None:
    modes: dict[str, Callable[..., None]] = {"edit": edit, "move": move, "cli": cli, "create": create, "spill": spill}
    modes[mode](**options)


if __name__ == "__main__":
    run(sys.argv[1], json.loads(sys.argv[2]))
