"""``dialogos`` without a command opens the app: its few options parse at once,
and anything else gets the whole command line and its messages."""

from __future__ import annotations

import contextlib
import io

import pytest

from planner.cli.arguments import UsageError
from planner.cli.main import parse_args
from planner.i18n import language


@pytest.mark.parametrize(
    ("argv", "db", "lang"),
    [
        ([], None, None),
        (["--db", "team.sqlite"], "team.sqlite", None),
        (["--lang=fr", "--db=x.sqlite", "--debug"], "x.sqlite", "fr"),
        (["--db", "post"], "post", None),  # a file named like a command is still a file
    ],
)
def test_opening_the_app_reads_its_options(argv: list[str], db: str | None, lang: str | None) -> None:
    args = parse_args(argv)
    assert (args.command, args.action, args.db, args.lang) == (None, None, db, lang)


@pytest.mark.parametrize("argv", [["pots"], ["pots", "--version"], ["--lang", "en", "pots", "--he"]])
def test_a_stray_word_is_told_which_commands_exist(argv: list[str]) -> None:
    with pytest.raises(UsageError) as caught:
        parse_args(argv)
    assert "invalid choice: 'pots'" in caught.value.message and "'post'" in caught.value.message


def test_an_unknown_option_is_refused_in_the_user_s_language() -> None:
    with pytest.raises(UsageError) as caught:
        parse_args(["--lang", "fr", "--nope"])
    assert "arguments inconnus : --nope" in caught.value.message


@pytest.mark.parametrize("argv", [["--help"], ["--hel"], ["-h"]])
def test_help_lists_the_commands_however_it_is_asked_for(argv: list[str]) -> None:
    shown = io.StringIO()
    with contextlib.redirect_stdout(shown), pytest.raises(SystemExit):
        parse_args(argv)
    assert "post" in shown.getvalue() and "export" in shown.getvalue() and "--db" in shown.getvalue()


def test_a_shortened_lang_option_sets_the_language_too() -> None:
    args = parse_args(["--la", "fr"])
    assert args.lang == "fr" and language() == "fr"
