"""What a user typed, shown safely: in tables, and inside the core's messages, in the app as
on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner import Planner, ValidationError
from planner.printable import visible

# Any character, surrogates included, and often the ones a terminal acts on.
risky = st.sampled_from("\u202a\u202e\u2066\u2069\n\t\x1b\x9b\udce9\ud800")


@given(st.text(st.one_of(st.characters(codec=None), risky)))
def test_text_made_visible_holds_nothing_a_terminal_acts_on(text: str) -> None:
    shown = visible(text)

    assert not any(ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F or 0xD800 <= ord(char) <= 0xDFFF for char in shown)
    assert not any(char in shown for char in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    shown.encode("utf-8")  # printable on any terminal


def test_a_name_with_a_direction_override_is_neutralised_in_the_core_s_message(tmp_path: Path) -> None:
    with Planner.open(tmp_path / "plan.sqlite", planning_zone="Europe/Paris") as planner:
        planner.add_platform("Evil \u202eesrever", "blog")
        with pytest.raises(ValidationError) as duplicate:
            planner.add_platform("evil \u202eesrever", "blog")

    assert duplicate.value.message == "A platform called “evil \ufffdesrever” already exists."
