"""Error messages that say what is wrong, and show what a user typed as tables show it: no
terminal commands, no line turned backwards, one line."""

from __future__ import annotations

import pytest

from tests.cli.conftest import Run

POST = ("post", "add", "--platform", "X", "--title", "Coffee?", "--at", "2026-06-01 10:00")


@pytest.mark.parametrize(
    "name", ["Sale \u202eesrever\u202c", "Two\nlines", "Bell\x07", "Isolate \u2067x\u2069"], ids=repr
)
def test_a_name_in_an_error_shows_as_in_tables_on_one_line(cli: Run, name: str) -> None:
    result = cli("post", "add", "--platform", name, "--title", "T", "--at", "2026-06-01 10:00")

    line = result.assert_one_line_error()
    assert line.startswith("Error: Unknown platform “")
    assert not any(char in line for char in "\u202e\u202c\u2067\u2069\x07")
