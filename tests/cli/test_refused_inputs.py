"""Arguments that used to end in "Unexpected error" (exit 70): text that is not UTF-8, ids
beyond 64 bits, weeks past the calendar. Each is now a one-line refusal (exit 2), and nothing
is written. The cases that reach the database run on a file and on a PostgreSQL server
(tests/helpers/backends.py).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.service import Planner
from tests.helpers.backends import BACKENDS, fresh_schema
from tests.helpers.cli import Result, Run, run_cli
from tests.helpers.fixed import PLANNING_ZONE, PLATFORMS, USER

POST = ("post", "add", "--platform", "X", "--title", "Coffee?", "--at", "2026-06-01 10:00")


@pytest.fixture(params=BACKENDS)
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A plan with Instagram, LinkedIn and X and one post: a file, or a schema on the test server."""

    def filled(where: str) -> str:
        with Planner.open(where, planning_zone=PLANNING_ZONE, user=USER) as planner:
            for name, kind in PLATFORMS:
                planner.add_platform(name, kind)
        assert run_cli(list(POST), where).code == 0
        return where

    if request.param == "sqlite":
        yield filled(str(tmp_path / "plan.sqlite"))
        return
    with fresh_schema() as url:
        yield filled(url)


def revision(where: str) -> int:
    result = run_cli(["db", "info", "--format", "json"], where)
    assert result.code == 0, result.err
    return int(result.json["revision"])


def refused(arguments: list[str], where: str) -> str:
    """Run a command that must be refused: exit 2, one line, nothing written; the line."""
    before = revision(where)
    result = run_cli(arguments, where)
    assert result.code == 2, result
    line = result.assert_one_line_error()
    assert revision(where) == before
    return line


# -- bytes that are not UTF-8 -------------------------------------------------------------------

# What Python makes of `--title $'caf\xe9'` in a Latin-1 terminal: the byte as a lone surrogate.
LATIN1 = os.fsdecode(b"caf\xe9")


@pytest.mark.parametrize(
    "arguments",
    [
        [*POST[:4], "--title", LATIN1, *POST[6:]],
        [*POST, "--body", LATIN1],
        [*POST, "--notes", LATIN1],
        [*POST, "--campaign", LATIN1],
        [*POST, "--author", LATIN1],
        [*POST, "--category", LATIN1],
        [*POST, "--link", f"https://example.org/{LATIN1}"],
        [*POST[:2], "--platform", LATIN1, *POST[4:]],
        [*POST[:4], "--title", "caf\ud800", *POST[6:]],  # a lone surrogate that stands for no byte
        ["platform", "add", LATIN1, "--kind", "blog"],
        ["platform", "rm", LATIN1],
        ["category", "add", LATIN1, "--side", "conversation"],
        ["post", "list", "--platform", LATIN1],
        ["rules", "set", "--platform", LATIN1, "--preset", "80-20"],
        ["import", "ics", "--hide", LATIN1],
    ],
    ids=lambda arguments: " ".join(a for a in arguments[:2]),
)
def test_text_that_is_not_utf8_is_refused_showing_the_bytes(location: str, arguments: list[str]) -> None:
    line = refused(arguments, location)

    assert "is not UTF-8 text" in line and ("caf\\xe9" in line or "caf\\ud800" in line)


# -- numbers beyond 64 bits ------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["9223372036854775808", "-9223372036854775809", str(10**30)])
@pytest.mark.parametrize(
    "command",
    [["post", "show"], ["post", "rm"], ["post", "history"], ["post", "edit", "{}", "--title", "T"]],
    ids=lambda command: " ".join(command[:2]),
)
def test_an_id_beyond_64_bits_is_no_post(location: str, number: str, command: list[str]) -> None:
    arguments = [word.format(number) for word in command] if "{}" in command else [*command, number]

    assert refused(arguments, location) == f"Error: There is no post {number}."


def test_moving_or_restoring_a_post_beyond_64_bits_is_refused_too(location: str) -> None:
    huge = "9223372036854775808"

    assert refused(["post", "move", huge, "--at", "2026-06-02 10:00"], location) == f"Error: There is no post {huge}."
    assert refused(["post", "restore", huge, "--version", "1"], location) == f"Error: There is no post {huge}."


# -- the edges of the calendar ---------------------------------------------------------------------------


@pytest.mark.parametrize("week", ["9999-W52", "0001-W01", "1899-W52", "3000-W02"])
@pytest.mark.parametrize("command", [["post", "list"], ["balance"], ["export", "csv", "-"]])
def test_a_week_out_of_the_calendar_is_refused(cli: Run, week: str, command: list[str]) -> None:
    result = cli(*command, "--week", week)

    assert result.code == 2
    assert result.assert_one_line_error() == (
        f"Error: {week} is too far away: Dialogos plans between the years 1900 and 2999."
    )


@pytest.mark.parametrize("week", ["1900-W01", "2999-W52", "2026-W53"])
def test_the_weeks_at_the_edges_that_are_in_the_calendar_are_listed(cli: Run, week: str) -> None:
    assert cli("post", "list", "--week", week, "--format", "json").code == 0


def _rows(plan_path: Path) -> int:
    with sqlite3.connect(plan_path) as connection:
        return int(connection.execute('SELECT count(*) FROM "post"').fetchone()[0])


def test_nothing_is_written_by_a_refused_odd_argument(plan_path: Path, cli: Run) -> None:
    results: list[Result] = [
        cli(*POST[:4], "--title", LATIN1, *POST[6:]),
        cli("post", "show", "9223372036854775808"),
        cli("post", "list", "--week", "9999-W52"),
    ]

    assert [result.code for result in results] == [2, 2, 2]
    assert _rows(plan_path) == 0
