"""Odd places for a plan: ``--db`` values that used to crash (exit 70) are refused in one line
and leave nothing behind; a file's name may be any bytes; a journal that is a link is refused
with the reason."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.helpers.cli import Run, dialogos_command, run_cli

POST = ("post", "add", "--platform", "X", "--title", "Coffee?", "--at", "2026-06-01 10:00")


def test_a_plan_in_memory_is_refused_and_nothing_pretends_to_be_saved(
    tmp_path: Path, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("platform", "add", "Blog", "--kind", "blog", db=":memory:")

    assert result.code == 2
    assert "“:memory:” would keep the plan in memory only" in result.assert_one_line_error()
    assert not (tmp_path / ":memory:").exists()


def test_a_plan_path_too_long_for_the_system_is_refused(tmp_path: Path, cli: Run) -> None:
    long = "x" * 131_071

    for arguments in (["post", "list"], ["platform", "add", "Blog", "--kind", "blog"]):
        result = cli(*arguments, db=tmp_path / long)
        assert result.code == 2
        assert "too long for this system (" in result.assert_one_line_error()
        assert long not in result.err  # the message names the length, not 128 kB of path
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.sqlite"]


def test_a_plan_path_with_a_nul_character_is_refused(cli: Run) -> None:
    result = cli("post", "list", db="plan\x00.sqlite")

    assert result.code == 2 and "NUL character" in result.assert_one_line_error()


def test_an_unknown_user_s_home_is_a_file_name_not_a_crash(
    tmp_path: Path, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    result = cli("platform", "add", "Blog", "--kind", "blog", db="~nobody-called-this/plan.sqlite")

    assert result.code == 2 and "the folder ~nobody-called-this does not exist" in result.assert_one_line_error()


def test_a_file_s_name_may_be_any_bytes(tmp_path: Path, cli: Run) -> None:
    exported = tmp_path / os.fsdecode(b"plan-\xe9t\xe9.ics")

    result = cli("export", "ics", exported)

    assert result.code == 0 and exported.exists()
    assert os.fsencode(exported).endswith(b"plan-\xe9t\xe9.ics")


def test_a_plan_s_file_may_be_named_with_any_bytes(tmp_path: Path) -> None:
    plan_path = tmp_path / os.fsdecode(b"\xe9quipe.sqlite")

    assert run_cli(["platform", "add", "Blog", "--kind", "blog"], plan_path).code == 0
    listed = run_cli(["post", "list"], plan_path)
    missing = run_cli(["db", "info"], tmp_path / os.fsdecode(b"\xe9t\xe9.sqlite"))

    assert listed.code == 0
    assert missing.code == 5 and "\\xe9t\\xe9.sqlite" in missing.assert_one_line_error()


def test_a_name_that_is_not_utf8_is_printed_as_its_bytes_on_a_strict_utf8_terminal(tmp_path: Path) -> None:
    plan_path = tmp_path / os.fsdecode(b"\xe9quipe.sqlite")
    assert run_cli(["platform", "add", "Blog", "--kind", "blog"], plan_path).code == 0
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}  # what a UTF-8 locale gives

    shown = subprocess.run([*dialogos_command(), "db", "info", "--db", plan_path], capture_output=True, env=environment)

    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[0].endswith(b"\xe9quipe.sqlite")


def test_a_symlinked_journal_says_why_the_plan_is_refused(plan_path: Path, tmp_path: Path, cli: Run) -> None:
    elsewhere = tmp_path / "elsewhere"
    (plan_path.parent / "plan.sqlite-journal").symlink_to(elsewhere)
    before = plan_path.read_bytes()

    results = [cli("post", "list"), cli(*POST)]

    for result in results:
        assert result.code == 5
        assert result.assert_one_line_error() == (
            f"Error: {plan_path} has a journal {plan_path}-journal that is a symbolic link (to {elsewhere}): "
            "SQLite never "
            "writes a plan’s journal through a link, which could send its changes elsewhere, so nothing was "
            f"opened. Remove the link {plan_path}-journal, then open the plan again."
        )
    assert plan_path.read_bytes() == before and not elsewhere.exists()
