"""Commits per second with 1, 2 and 4 writers on one file, against a single writer.

Each writer is a process of its own, as a colleague's Dialogos would be,
opened on the same file with the app's settings (rollback journal,
``synchronous=FULL``, ``BEGIN IMMEDIATE``, 5 s busy timeout). It commits
``COMMITS`` small edits of its own post through ``Planner.edit_post`` with
the version its last save returned, so there is no conflict: what is
measured is the cost of sharing the write lock. The writers start together;
the run lasts from the first one's start to the last one's end.

Printed for each count: commits per second in all and per writer, the
ratio of the total to the single writer's, and the slowest commit (how long
a writer waited for the lock at worst, against the 5 s busy timeout). There
is no target: the curve is the figure.

When ``DIALOGOS_TEST_PG`` names a PostgreSQL server, the same runs follow on
it (a fresh schema for each count, dropped afterwards), with the ratio of the
server's commits per second to the file's.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks._common import USER, ZONE, clock, scratch
from planner.model import PostFields, PostPatch
from planner.service import Planner
from planner.timezones import localize

WRITERS = (1, 2, 4)
COMMITS = 250
ROOT = Path(__file__).resolve().parent.parent


def _prepare(path: Path | str, writers: int) -> list[int]:
    """A fresh file with one post per writer."""
    with Planner.open(path, planning_zone=ZONE, clock=clock, user=USER) as planner:
        planner.add_platform("Instagram", "instagram")
        first = localize(datetime(2026, 6, 15, 9, 0), ZONE)
        return [
            planner.create_post(
                PostFields(platform="Instagram", title=f"Post {n}", start=first + timedelta(hours=n))
            ).ids[0]
            for n in range(writers)
        ]


def worker(path: str, name: str, post_id: int, commits: int) -> None:
    """One writer: wait for the start, commit ``commits`` edits, print the timings as JSON."""
    latencies: list[float] = []
    with Planner.open(path, create=False, clock=clock, user=name) as planner:
        version = planner.get_post(post_id).version
        print("ready", flush=True)
        sys.stdin.readline()
        began = time.monotonic()  # one clock for every process of the machine
        for index in range(commits):
            before = time.monotonic()
            change = planner.edit_post(post_id, PostPatch(title=f"{name} {index}"), expect_version=version)
            latencies.append(time.monotonic() - before)
            version = change.posts[0].version
        ended = time.monotonic()
    print(json.dumps({"began": began, "ended": ended, "latencies": latencies}), flush=True)


def _run(writers: int, folder: Path) -> dict[str, Any]:
    return _run_on(writers, folder / f"writers-{writers}.sqlite")


@contextlib.contextmanager
def _server_schema(server: str) -> Iterator[str]:
    """The URL of a fresh schema on ``server``, dropped afterwards."""
    import psycopg

    name = f"dialogos_bench_{secrets.token_hex(6)}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{name}"')
    try:
        yield f"{server}{'&' if '?' in server else '?'}options=-csearch_path%3D{name}"
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP SCHEMA "{name}" CASCADE')


def _run_on(writers: int, path: Path | str) -> dict[str, Any]:
    posts = _prepare(path, writers)
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "benchmarks.bench_concurrent_writers",
                "worker",
                str(path),
                f"w{n}",
                str(post),
                str(COMMITS),
            ],
            cwd=ROOT,
            env=environment,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n, post in enumerate(posts)
    ]
    try:
        for process in processes:
            assert process.stdout is not None and process.stdout.readline() == "ready\n"
        for process in processes:
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()
        reports = []
        for process in processes:
            out, _ = process.communicate(timeout=600)
            assert process.returncode == 0, f"writer failed ({process.returncode})"
            reports.append(json.loads(out))
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
    with Planner.open(path, create=False, clock=clock, user=USER) as planner:
        assert planner.check() == []
        assert all(planner.get_post(post).version == COMMITS + 1 for post in posts)
    latencies = sorted(latency for report in reports for latency in report["latencies"])
    elapsed = max(r["ended"] for r in reports) - min(r["began"] for r in reports)
    total = writers * COMMITS / elapsed
    return {
        "total": total,
        "per_writer": total / writers,
        "median_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99)] * 1000,
        "slowest_ms": latencies[-1] * 1000,
    }


def _print(results: dict[int, dict[str, Any]]) -> float:
    single = results[1]["total"]
    for writers, result in results.items():
        print(
            f"   {writers} writer{'s' if writers > 1 else ' '}: {result['total']:6.1f} commits/s in all, "
            f"{result['per_writer']:6.1f} per writer, ratio to one writer {result['total'] / single:4.2f}; "
            f"commit median {result['median_ms']:5.1f} ms, p99 {result['p99_ms']:6.1f} ms, "
            f"slowest {result['slowest_ms']:6.1f} ms"
        )
    return float(single)


def main() -> None:
    print(
        f"== concurrent writers: {COMMITS} commits each (an edit of its own post), one file, processes started together"
    )
    with scratch("writers") as folder:
        results = {writers: _run(writers, folder) for writers in WRITERS}
    single = _print(results)
    print(f"   RATIO commits/s, 4 writers / 1 writer: {results[4]['total'] / single:.2f}  (no target: the curve)")
    server = os.environ.get("DIALOGOS_TEST_PG", "").strip()
    if not server:
        print("   (PostgreSQL: skipped, DIALOGOS_TEST_PG is not set)")
        return
    print("== the same on PostgreSQL (DIALOGOS_TEST_PG): one schema per count, writers take an advisory lock")
    on_server: dict[int, dict[str, Any]] = {}
    for writers in WRITERS:
        with _server_schema(server) as url:
            on_server[writers] = _run_on(writers, url)
    server_single = _print(on_server)
    print(
        f"   RATIO commits/s on PostgreSQL, 4 writers / 1 writer: {on_server[4]['total'] / server_single:.2f}; "
        + ", ".join(f"{n} writers server / file: {on_server[n]['total'] / results[n]['total']:.2f}" for n in WRITERS)
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["worker"]:
        worker(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
    else:
        main()
