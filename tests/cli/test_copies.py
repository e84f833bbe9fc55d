"""Conflicted copies on the command line: the warning (once per copy), ``db compare
OTHER`` and ``post restore --from OTHER ID``, with their exit codes."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner import Planner, PostPatch
from tests.helpers.cli import Run, revision

AddPost = Callable[..., dict[str, Any]]
COPY = "plan (Léa's conflicted copy 2026-06-10).sqlite"


def conflicted_copy(plan_path: Path, name: str = COPY) -> Path:
    """The plan as a sync tool keeps it when Léa saved at the same time: a copy beside it."""
    copy = plan_path.with_name(name)
    shutil.copyfile(plan_path, copy)
    return copy


def snapshot(path: Path) -> tuple[bytes, int, list[str]]:
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


def test_a_conflicted_copy_is_reported_once_on_stderr_with_the_way_to_look_into_it(
    cli: Run, add_post: AddPost, plan_path: Path
) -> None:
    add_post()
    copy = conflicted_copy(plan_path)

    first = cli("post", "list")
    second = cli("post", "list")
    os.utime(copy, (1_900_000_000, 1_900_000_000))  # the sync tool wrote it again
    third = cli("post", "list", "--format", "json")

    assert first.code == 0 and second.code == 0 and third.code == 0
    [warning] = first.err.splitlines()
    assert warning.startswith(f"Warning: {copy} looks like a conflicted copy of this plan made by Dropbox for Léa")
    assert "may be missing from the plan" in warning
    assert "dialogos db compare" in warning and "dialogos post restore --from" in warning
    assert second.err == ""
    assert third.err.count("\n") == 1 and third.json  # the results stay clean for scripts
    assert "Which coffee" in first.out  # the command did its work


def test_the_warning_is_in_french_too(cli: Run, plan_path: Path) -> None:
    conflicted_copy(plan_path)

    result = cli("post", "list", "--lang", "fr")

    assert result.err.startswith("Attention : ") and "copie en conflit de ce planning" in result.err


def test_db_info_lists_the_copies_every_time(cli: Run, plan_path: Path) -> None:
    copy = conflicted_copy(plan_path)
    cli("post", "list")  # reported there

    table = cli("db", "info")
    record = cli("db", "info", "--format", "json").json

    assert table.err == "" and f"{copy} looks like a conflicted copy" in table.out
    [listed] = record["conflicted_copies"]
    assert (listed["path"], listed["service"], listed["who"]) == (str(copy), "Dropbox", "Léa")


def test_db_compare_lists_the_posts_that_differ_and_never_writes_the_copy(
    cli: Run, add_post: AddPost, plan_path: Path
) -> None:
    kept = add_post("Which roast?", "--at", "2026-06-15 09:00")
    gone = add_post("Tip of the week", "--at", "2026-06-16 09:00")
    copy = conflicted_copy(plan_path)
    with Planner.open(copy, user="léa") as theirs:
        theirs.edit_post(kept["id"], PostPatch(title="Which roast do you brew?"))
    assert cli("post", "rm", gone["id"]).code == 0
    before = snapshot(copy)

    table = cli("db", "compare", copy)
    record = cli("db", "compare", copy, "--format", "json")

    assert table.code == 0 and record.code == 0
    assert table.out.startswith(f"Compared with {copy}: 0 only in the plan, 1 only in the copy, 1 changed.")
    assert "title: Which roast? | copy: Which roast do you brew?" in table.out
    assert "deleted by camille" in table.out
    assert "dialogos post restore --from" in table.out
    data = record.json
    assert data["counts"] == {"only_in_plan": 0, "only_in_other": 1, "changed": 1}
    changed, only_there = data["posts"]
    assert (changed["difference"], changed["plan"]["version"], changed["other"]["version"]) == ("changed", 1, 2)
    assert changed["other"]["updated_by"] == "léa"
    assert changed["fields"] == [{"field": "title", "plan": "Which roast?", "other": "Which roast do you brew?"}]
    assert only_there["difference"] == "only_in_other" and only_there["deleted_in_plan"]["by"] == "camille"
    assert snapshot(copy) == before


def test_db_compare_says_when_nothing_differs(cli: Run, add_post: AddPost, plan_path: Path, tmp_path: Path) -> None:
    add_post()
    backup = tmp_path / "plan-june.sqlite"
    shutil.copyfile(plan_path, backup)

    result = cli("db", "compare", backup)

    assert (result.code, result.out) == (0, f"The plan and {backup} hold the same posts.\n")


@pytest.mark.parametrize(
    ("make", "code", "words"),
    [
        (lambda path: None, 2, "There is no file"),
        (lambda path: path.write_text("not a plan", encoding="utf-8"), 5, "is not a Dialogos database"),
    ],
)
def test_db_compare_refuses_what_is_not_a_copy_of_a_plan_in_one_line(
    cli: Run, tmp_path: Path, make: Callable[[Path], None], code: int, words: str
) -> None:
    other = tmp_path / "elsewhere" / "other.sqlite"
    other.parent.mkdir()
    make(other)

    result = cli("db", "compare", other)

    assert result.code == code and words in result.assert_one_line_error()


def test_db_compare_on_a_mistyped_plan_makes_no_plan(cli: Run, plan_path: Path, tmp_path: Path) -> None:
    result = cli("db", "compare", plan_path, db=tmp_path / "typo.sqlite")

    assert result.code == 5 and not (tmp_path / "typo.sqlite").exists()


def test_post_restore_from_a_copy_edits_or_creates_and_its_history_names_the_copy(
    cli: Run, add_post: AddPost, plan_path: Path
) -> None:
    kept = add_post("Which roast?", "--at", "2026-06-15 09:00")
    copy = conflicted_copy(plan_path)
    with Planner.open(copy, user="léa") as theirs:
        theirs.edit_post(kept["id"], PostPatch(title="Which roast do you brew?"))
        theirs.add_platform("Bluesky", "bluesky")
    assert (
        cli("post", "add", "--platform", "Bluesky", "--title", "Hello", "--at", "2026-06-16 10:00", db=copy).code == 0
    )
    cli("post", "list")  # the warning, said once

    edited = cli("post", "restore", "--from", copy, kept["id"], "--expect-version", 1)
    created = cli("post", "restore", kept["id"] + 1, "--from", copy, "--format", "json")

    assert edited.code == 0, edited.err
    assert edited.out.startswith(
        f"Post {kept['id']} is back as post {kept['id']} of {copy} has it: saved as version 2."
    )
    assert created.code == 0, created.err
    assert (created.json["title"], created.json["platform"]) == ("Hello", "Bluesky")
    history = cli("post", "history", kept["id"], "--format", "json").json
    assert history[-1]["from_copy"] == {"file": str(copy), "id": kept["id"], "version": 2}
    assert "brought back from " + COPY in cli("post", "history", kept["id"]).out


def test_post_restore_from_a_copy_has_the_documented_exit_codes(cli: Run, add_post: AddPost, plan_path: Path) -> None:
    offer = add_post("-20% on filters", "--at", "2026-06-05 09:00", "--category", "Offer", platform="LinkedIn")
    copy = conflicted_copy(plan_path)
    assert cli("post", "rm", offer["id"]).code == 0  # also says the copy once
    assert cli("rules", "set", "--preset", "5-3-2", "--mode", "block").code == 0
    before = revision(plan_path)

    refused = cli("post", "restore", "--from", copy, offer["id"])
    stale = cli("post", "restore", "--from", copy, offer["id"], "--expect-version", 1)
    unknown = cli("post", "restore", "--from", copy, 99)
    neither = cli("post", "restore", offer["id"])
    both = cli("post", "restore", offer["id"], "--version", 1, "--from", copy)
    assert revision(plan_path) == before  # a failing command writes nothing
    forced = cli("post", "restore", "--from", copy, offer["id"], "--force", "--reason", "Launch week")
    again = cli("post", "restore", "--from", copy, offer["id"])

    assert refused.code == 3 and "--force --reason" in refused.assert_one_line_error()
    assert stale.code == 4 and "was deleted since" in stale.assert_one_line_error()
    assert unknown.code == 2 and f"There is no post 99 in {copy}" in unknown.assert_one_line_error()
    assert neither.code == 2 and "--version" in neither.assert_one_line_error()
    assert both.code == 2 and "not allowed with" in both.assert_one_line_error()
    assert forced.code == 0, forced.err
    assert again.code == 2 and "nothing to bring back" in again.assert_one_line_error()


def test_the_help_says_id_is_the_copys_own(cli: Run) -> None:
    result = cli("post", "restore", "--help")

    assert result.code == 0
    assert "--from OTHER" in result.out and "its id in OTHER, as db compare lists it" in " ".join(result.out.split())
