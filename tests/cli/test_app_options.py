"""``dialogos`` without a command opens the app: its few options parse at once,
and a stray word still gets the whole command line's message."""

from __future__ import annotations

import argparse

import pytest

from planner.cli import parse_args
from planner.cli.parser import COMMANDS, UsageError, build_parser


def test_the_commands_named_for_the_app_s_start_are_the_parser_s_own() -> None:
    (subcommands,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    assert tuple(subcommands.choices) == COMMANDS


@pytest.mark.parametrize(
    ("argv", "db", "lang"),
    [
        ([], None, None),
        (["--db", "team.sqlite"], "team.sqlite", None),
        (["--lang=fr", "--db=x.sqlite"], "x.sqlite", "fr"),
    ],
)
def test_opening_the_app_reads_its_options(argv: list[str], db: str | None, lang: str | None) -> None:
    args = parse_args(argv)
    assert (args.command, args.action, args.db, args.lang) == (None, None, db, lang)


def test_a_file_named_like_a_command_is_still_a_file() -> None:
    args = parse_args(["--db", "post"])
    assert (args.command, args.db) == (None, "post")


def test_a_stray_word_is_told_which_commands_exist() -> None:
    with pytest.raises(UsageError) as caught:
        parse_args(["--lang", "en", "pots"])
    assert "invalid choice: 'pots'" in caught.value.message and "'post'" in caught.value.message


def test_an_unknown_option_is_refused_in_the_user_s_language() -> None:
    with pytest.raises(UsageError) as caught:
        parse_args(["--lang", "fr", "--nope"])
    assert "arguments inconnus : --nope" in caught.value.message
