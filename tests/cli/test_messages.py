"""Error messages that say what is wrong, and show what a user typed as tables show it: no
terminal commands, no line turned backwards, one line."""

from __future__ import annotations

import pytest

from tests.helpers.cli import Run

POST = ("post", "add", "--platform", "X", "--title", "Coffee?", "--at", "2026-06-01 10:00")


@pytest.mark.parametrize(
    "name", ["Sale \u202eesrever\u202c", "Two\nlines", "Bell\x07", "Isolate \u2067x\u2069"], ids=repr
)
def test_a_name_in_an_error_shows_as_in_tables_on_one_line(cli: Run, name: str) -> None:
    result = cli("post", "add", "--platform", name, "--title", "T", "--at", "2026-06-01 10:00")

    line = result.assert_one_line_error()
    assert line.startswith("Error: Unknown platform “")
    assert not any(char in line for char in "\u202e\u202c\u2067\u2069\x07")


def test_a_link_with_a_space_says_so(cli: Run) -> None:
    result = cli(*POST, "--link", "https://example.org/our menu")

    assert result.assert_one_line_error() == (
        "Error: “https://example.org/our menu” is not a web link: it holds a space. "
        "Write the space as %20, or remove it."
    )


def test_a_link_whose_site_cannot_be_read_says_so(cli: Run) -> None:
    result = cli(*POST, "--link", "https://[::1/menu")

    assert "the site after https:// cannot be read" in result.assert_one_line_error()


def test_too_long_notes_give_the_limit(cli: Run) -> None:
    result = cli(*POST, "--notes", "n" * 100_001)
    french = cli("--lang", "fr", *POST, "--notes", "n" * 100_001)

    assert result.assert_one_line_error() == "Error: Too long: the notes (100001 characters; 100000 at most)."
    assert french.assert_one_line_error() == "Erreur : Trop long : les notes (100001 caractères ; 100000 au plus)."
