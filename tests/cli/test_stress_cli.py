"""The command line on a file others write to at the same time: conflicts and busy files.

Three writer processes (:mod:`tests.helpers.writers`, mode ``cli``) each run
30 ``post edit``/``post move`` commands with ``--expect-version``, each with
the version a ``post show`` gave just before: every command exits 0 (saved)
or 4 (conflict), never 5, and the saves account for the final versions.
A command that waits for the write lock longer than the busy timeout (5 s)
exits 5 with one line telling to try again, in English and in French.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from planner.storage.connection import DEFAULT_BUSY_TIMEOUT
from tests.helpers import writers
from tests.helpers.cli import Run, dialogos_command

WRITERS = 3
COMMANDS = 30
SEED = 7
AddPost = Callable[..., dict[str, Any]]


@contextmanager
def colleague_saving(plan_path: Path) -> Iterator[sqlite3.Connection]:
    """A colleague's connection in the middle of a write: it holds the write lock until it commits or rolls back."""
    connection = sqlite3.connect(plan_path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    finally:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        connection.close()


def start_dialogos(*arguments: object, language: str = "en_GB.UTF-8") -> subprocess.Popen[str]:
    environment = {**os.environ, "LANG": language}
    return subprocess.Popen(
        [*dialogos_command(), *(str(a) for a in arguments)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=environment,
    )


def test_three_command_lines_editing_the_same_posts_exit_0_or_4_and_lose_no_save(
    cli: Run, add_post: AddPost, plan_path: Path
) -> None:
    posts = [add_post(f"Shared {n}", "--at", f"2026-06-{15 + n} 09:00")["id"] for n in range(3)]

    reports = writers.together(
        [
            writers.start("cli", db=str(plan_path), name=f"writer-{n}", edits=COMMANDS, posts=posts, seed=SEED + n)
            for n in range(WRITERS)
        ]
    )

    assert [report["failures"] for report in reports] == [[]] * WRITERS
    codes: dict[str, int] = {}
    for report in reports:
        for code, count in report["codes"].items():
            codes[code] = codes.get(code, 0) + count
    assert set(codes) == {"0", "4"} and sum(codes.values()) == WRITERS * COMMANDS  # saves and conflicts, nothing else
    saves = [tuple(save) for report in reports for save in report["saves"]]
    # A move to where the post already is exits 0 and writes nothing: no save, no version.
    assert len(saves) + sum(report["unchanged"] for report in reports) == codes["0"]
    for post_id in posts:
        shown = cli("post", "show", post_id, "--format", "json").json
        reached = sorted(version for pid, version, _title, _start in saves if pid == post_id)
        assert reached == list(range(2, shown["version"] + 1))
        last = next(save for save in saves if save[:2] == (post_id, shown["version"]))
        assert (shown["title"], shown["start"]) == last[2:]
    check = cli("db", "check")
    assert check.code == 0, check


def test_a_command_kept_waiting_past_the_busy_timeout_exits_5_saying_to_try_again(
    add_post: AddPost, plan_path: Path
) -> None:
    post = add_post("Launch", "--at", "2026-06-15 09:00")
    assert DEFAULT_BUSY_TIMEOUT == 5.0  # the command's patience: both runs wait that long, side by side
    with colleague_saving(plan_path):
        edits = {
            language: start_dialogos(
                "post",
                "edit",
                post["id"],
                "--title",
                "Blocked",
                "--expect-version",
                1,
                "--db",
                plan_path,
                language=language,
            )
            for language in ("en_GB.UTF-8", "fr_FR.UTF-8")
        }
        results = {language: command.communicate(timeout=60) for language, command in edits.items()}

    for language, command in edits.items():
        out, err = results[language]
        assert command.returncode == 5, err
        assert out == "" and err.endswith("\n") and err.count("\n") == 1 and "Traceback" not in err
    english, french = results["en_GB.UTF-8"][1], results["fr_FR.UTF-8"][1]
    assert str(plan_path) in english and "nothing was saved" in english and "Try again" in english
    assert str(plan_path) in french and "rien n’a été enregistré" in french and "Réessayez" in french
    shown = subprocess.run(
        [*dialogos_command(), "post", "show", str(post["id"]), "--format", "json", "--db", str(plan_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert '"version": 1' in shown.stdout and '"title": "Launch"' in shown.stdout  # nothing written


def test_a_command_waits_its_turn_while_a_colleague_saves(add_post: AddPost, plan_path: Path, cli: Run) -> None:
    post = add_post("Launch", "--at", "2026-06-15 09:00")
    with colleague_saving(plan_path) as colleague:
        edit = start_dialogos(
            "post", "move", post["id"], "--at", "2026-06-16 10:00", "--expect-version", 1, "--db", plan_path
        )
        time.sleep(1)  # the colleague's save takes a second, well under the busy timeout
        assert edit.poll() is None  # still waiting for the lock
        colleague.execute("COMMIT")
    _out, err = edit.communicate(timeout=60)

    assert edit.returncode == 0, err
    assert cli("post", "show", post["id"], "--format", "json").json["start"] == "2026-06-16T10:00:00+02:00"
