"""Failures: the exit code, one line on stderr in the user's language, and a file left as it was."""

from __future__ import annotations

import argparse
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner.cli.main import main
from tests.helpers.cli import Run, revision
from tests.helpers.fixed import USER

AddPost = Callable[..., dict[str, Any]]
AT = ("--at", "2026-06-01 10:00")


@pytest.fixture
def post(add_post: AddPost) -> dict[str, Any]:
    """One dated draft on Instagram, in Paris."""
    return add_post("Which coffee do you brew?", *AT)


# -- invalid input: exit 2, nothing written --------------------------------------------

INVALID = {
    "unknown platform": (
        ["post", "add", "--platform", "Tumblr", "--title", "t", *AT],
        "Unknown platform “Tumblr”. Platforms of this plan: Instagram, LinkedIn, X.",
    ),
    "unknown category": (
        ["post", "add", "--platform", "X", "--title", "t", "--category", "Gossip", *AT],
        "Unknown category “Gossip”.",
    ),
    "bad date": (
        ["post", "add", "--platform", "X", "--title", "t", "--at", "2026-13-01 10:00"],
        "“2026-13-01 10:00” is not a date and time: write it as YYYY-MM-DD HH:MM",
    ),
    "bad week": (["post", "list", "--week", "2026-W54"], "“2026-W54” is not a week"),
    "unknown zone": (
        ["post", "add", "--platform", "X", "--title", "t", *AT, "--tz", "Mars/Olympus_Mons"],
        "Unknown time zone “Mars/Olympus_Mons”",
    ),
    "missing title": (["post", "add", "--platform", "X", *AT], "the following arguments are required: --title"),
    "unknown option": (
        ["post", "add", "--platform", "X", "--title", "t", *AT, "--colour", "red"],
        "unrecognized arguments: --colour red",
    ),
    "force without reason": (
        ["post", "add", "--platform", "X", "--title", "t", *AT, "--force"],
        "--force needs --reason",
    ),
    "text over the platform limit": (
        ["post", "add", "--platform", "X", "--title", "t", *AT, "--status", "ready", "--body", "é" * 281],
        "The text has 281 characters but X allows 280",
    ),
    "edit with nothing to change": (["post", "edit", "1"], "Nothing to change"),
    "half a range": (["post", "list", "--from", "2026-06-01"], "Give both --from and --to."),
}


@pytest.mark.parametrize(("arguments", "message"), INVALID.values(), ids=INVALID.keys())
def test_invalid_input_exits_2_with_one_line_and_writes_nothing(
    cli: Run, plan_path: Path, post: dict[str, Any], arguments: list[str], message: str
) -> None:
    before = plan_path.read_bytes()

    result = cli(*arguments)

    assert result.code == 2
    line = result.assert_one_line_error()
    assert line.startswith("Error: ") and message in line
    assert plan_path.read_bytes() == before


def test_a_time_in_the_spring_forward_gap_names_the_gap(cli: Run, plan_path: Path, post: dict[str, Any]) -> None:
    revision_before = revision(plan_path)

    added = cli("post", "add", "--platform", "X", "--title", "t", "--at", "2027-03-28 02:30", "--tz", "Europe/Paris")
    moved = cli("post", "move", post["id"], "--at", "2027-03-28 02:30")

    for result in (added, moved):
        assert result.code == 2
        line = result.assert_one_line_error()
        assert "2027-03-28 02:30 does not exist in Europe/Paris" in line
        assert "from 02:00 to 03:00" in line
    assert revision(plan_path) == revision_before
    assert cli("post", "show", post["id"], "--format", "json").json == post


# -- conflicts: exit 4 -------------------------------------------------------------------

CHANGES = {
    "edit": ["post", "edit", "{id}", "--title", "Mine"],
    "move": ["post", "move", "{id}", "--at", "2026-06-09 09:00"],
    "rm": ["post", "rm", "{id}"],
    "edit --at": ["post", "edit", "{id}", "--at", "2026-06-09 09:00"],
}


def _command(action: str, post_id: int) -> list[str]:
    return [part.format(id=post_id) for part in CHANGES[action]]


@pytest.mark.parametrize("action", CHANGES)
def test_a_stale_expected_version_is_a_conflict(cli: Run, plan_path: Path, post: dict[str, Any], action: str) -> None:
    theirs = cli("post", "edit", post["id"], "--title", "Theirs", "--format", "json").json
    before = plan_path.read_bytes()

    result = cli(*_command(action, post["id"]), "--expect-version", "1")

    assert result.code == 4
    assert result.assert_one_line_error() == (
        f"Error: Post {post['id']} is at version 2, not 1 (last changed by {USER}): reload it and try again."
    )
    assert plan_path.read_bytes() == before
    assert cli("post", "show", post["id"], "--format", "json").json == theirs


@pytest.mark.parametrize("action", CHANGES)
def test_a_post_deleted_meanwhile_is_a_conflict(cli: Run, plan_path: Path, post: dict[str, Any], action: str) -> None:
    assert cli("post", "rm", post["id"]).code == 0
    before = plan_path.read_bytes()

    result = cli(*_command(action, post["id"]), "--expect-version", "1")

    assert result.code == 4
    assert result.assert_one_line_error() == f"Error: Post {post['id']} was deleted since you last saw it."
    assert plan_path.read_bytes() == before


@pytest.mark.parametrize("action", CHANGES)
def test_a_post_that_never_was_is_not_found_even_with_an_expected_version(
    cli: Run, plan_path: Path, post: dict[str, Any], action: str
) -> None:
    before = plan_path.read_bytes()

    result = cli(*_command(action, 999), "--expect-version", "1")

    assert result.code == 2
    assert result.assert_one_line_error() == "Error: There is no post 999."
    assert plan_path.read_bytes() == before


def test_the_right_expected_version_is_accepted(cli: Run, post: dict[str, Any]) -> None:
    edited = cli("post", "edit", post["id"], "--title", "Mine", "--expect-version", "1", "--format", "json")
    moved = cli("post", "move", post["id"], "--at", "2026-06-09 09:00", "--expect-version", "2", "--format", "json")

    assert (edited.code, moved.code) == (0, 0)
    assert moved.json["version"] == 3
    assert cli("post", "rm", post["id"], "--expect-version", "3").code == 0


# -- the user's language ------------------------------------------------------------------


def test_errors_in_french_with_lang_fr(cli: Run) -> None:
    result = cli("post", "add", "--platform", "Tumblr", "--title", "t", *AT, "--lang", "fr")

    assert result.code == 2
    assert result.assert_one_line_error() == (
        "Erreur : Plateforme inconnue « Tumblr ». Plateformes de ce planning : Instagram, LinkedIn, X."
    )


def test_errors_in_french_from_the_locale(cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")

    bad_date = cli("post", "add", "--platform", "X", "--title", "t", "--at", "2026-13-01 10:00")
    usage = cli("post", "add", "--platform", "X", *AT)

    assert bad_date.code == 2 and usage.code == 2
    assert bad_date.assert_one_line_error().startswith("Erreur : « 2026-13-01 10:00 » n’est pas une date et une heure")
    assert "arguments obligatoires manquants : --title" in usage.assert_one_line_error()


def test_lang_en_overrides_a_french_locale(cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")

    result = cli("post", "list", "--week", "2026-W54", "--lang", "en")

    assert result.code == 2
    assert result.assert_one_line_error().startswith("Error: “2026-W54” is not a week")


def test_output_follows_the_language_too(cli: Run, add_post: AddPost, monkeypatch: pytest.MonkeyPatch) -> None:
    add_post("Sondage du lundi", *AT, "--category", "Poll")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")

    lines = cli("post", "list").out.splitlines()

    assert lines[0].split()[:3] == ["ID", "Quand", "Plateforme"]
    assert "lun. 2026-06-01 10:00 CEST" in lines[2] and "brouillon" in lines[2]


def test_debug_adds_the_traceback(cli: Run) -> None:
    result = cli("post", "list", "--week", "2026-W54", "--debug")

    assert result.code == 2 and result.out == ""
    assert result.err.startswith("Traceback (most recent call last):")
    assert result.err.splitlines()[-1] == "Error: “2026-W54” is not a week: write it as YYYY-Www, for example 2026-W23."


# -- main() never raises -----------------------------------------------------------------------


@pytest.mark.parametrize("arguments", [["--help"], ["post", "add", "--help"], ["--version"], []])
def test_help_and_version_return_0_on_the_given_output(arguments: list[str]) -> None:
    out, err = io.StringIO(), io.StringIO()

    code = main(arguments, out=out, err=err)

    assert code == 0
    assert err.getvalue() == ""
    assert "Dialogos" in out.getvalue() or "--platform" in out.getvalue()


def _every_command(parser: argparse.ArgumentParser, path: list[str]) -> list[list[str]]:
    found = [path]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _every_command(sub, [*path, name])
    return found


def test_the_french_help_of_every_command_has_french_placeholders() -> None:
    """Placeholders are words the user reads (--reason TEXTE), not the option's English name."""
    from planner.cli.commands import build_parser
    from planner.i18n import set_language

    set_language("fr")
    try:
        commands = _every_command(build_parser(), [])
    finally:
        set_language("en")
    english = re.compile(r"--[a-z-]+ (REASON|PLATFORM|COLOUR|KIND|LIMIT|WEEKS|POSTS|SEED|WINDOW|NEW_NAME|MAX_|MIN_)")
    for command in commands:
        out = io.StringIO()
        assert main(["--lang", "fr", *command, "--help"], out=out, err=io.StringIO()) == 0
        assert not english.findall(out.getvalue()), command
    assert len(commands) > 30


@pytest.mark.parametrize("command", [["post", "add", "--platform", "X", "--title", "T"], ["post", "edit", "1"]])
def test_an_empty_at_is_refused_not_taken_for_an_idea_or_nothing(cli: Run, plan_path: Path, command: list[str]) -> None:
    """An unset variable in a script (--at "$WHEN") must not quietly make an idea."""
    cli("post", "add", "--platform", "X", "--title", "There", "--at", "2026-06-01 10:00")
    before = plan_path.read_bytes()

    result = cli(*command, "--at", " ")

    assert result.code == 2 and "--at" in result.assert_one_line_error() and "empty" in result.err
    assert plan_path.read_bytes() == before
