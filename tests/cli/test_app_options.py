"""``dialogos`` without a command opens the app: its few options parse at once,
and anything else gets the whole command line and its messages."""

from __future__ import annotations

import contextlib
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.cli.app_options import read_app_options
from planner.cli.arguments import UsageError
from planner.cli.main import parse_args
from planner.i18n import language, set_language


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


WORDS = ["--db", "--lang", "--debug", "en", "fr", "de", "x.sqlite", "", "-x", "-1", "--", "--db=a=b", "--db=-y"]
WORDS += ["--lang=fr", "--lang=de", "--debug=1", "--d", "--la", "post", "list", "--help", "--version"]


@given(st.lists(st.sampled_from(WORDS), max_size=6))
def test_the_app_s_options_read_without_the_parser_are_what_the_parser_reads(argv: list[str]) -> None:
    """What the launcher reads without the parser (None: it asks the parser) is what the parser would read."""
    set_language("en")
    fast = read_app_options(argv)
    if fast is None:
        return
    fast_language = language()
    set_language("en")
    args = parse_args(argv)
    assert (args.command, args.db, args.lang, args.debug) == (None, fast.db, fast.lang, fast.debug)
    assert language() == fast_language


@pytest.mark.parametrize(
    "argv", [["--db"], ["--db", "--debug"], ["--lang", "de"], ["--lang=de"], ["--la", "fr"], ["post"], ["--help"]]
)
def test_what_only_the_parser_reads_is_left_to_it(argv: list[str]) -> None:
    assert read_app_options(argv) is None
