"""Sensible defaults: a platform's kind guessed from its name, and the kinds' colours far apart."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from planner import Planner
from planner.defaults import KIND_NAMES, OTHER_KIND, PLATFORM_KINDS, folded_name, guess_kind
from planner.model import PlatformKind
from tests.helpers.colours import ciede2000, lab, lab_difference, lightness

KNOWN = {
    "LinkedIn": "linkedin",
    "Instagram": "instagram",
    "Facebook": "facebook",
    "X": "x",
    "Twitter": "x",
    "X (Twitter)": "x",
    "Mastodon": "mastodon",
    "Bluesky": "bluesky",
    "TikTok": "tiktok",
    "YouTube": "youtube",
    "Threads": "threads",
    "Newsletter": "newsletter",
    "Lettre d'information": "newsletter",
    "Lettre d’information": "newsletter",
    "Infolettre": "newsletter",
    "Blog": "blog",
    "Forum": "forum",
}


@pytest.mark.parametrize(("name", "kind"), KNOWN.items())
def test_a_known_name_gives_its_kind(name: str, kind: str) -> None:
    assert guess_kind(name) == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Instagram du café", "instagram"),
        ("Blog de la librairie", "blog"),
        ("Newsletter du jeudi", "newsletter"),
        ("Le forum des lecteurs", "forum"),
        ("Page Facebook", "facebook"),
    ],
)
def test_a_known_word_in_a_longer_name_gives_its_kind(name: str, kind: str) -> None:
    assert guess_kind(name) == kind


@pytest.mark.parametrize("name", ["Mon site", "Facebook et Instagram", "Boîte X", "Vitrine", "", "   "])
def test_an_unknown_or_ambiguous_name_is_other(name: str) -> None:
    """Two kinds named at once, or a lone letter inside a name, say nothing sure."""
    assert guess_kind(name) == OTHER_KIND


def _respelt(draw: st.DrawFn, name: str) -> str:
    """``name`` with each letter in either case and spaces, dashes or dots here and there."""
    out = []
    for letter in name:
        out.append(letter.upper() if draw(st.booleans()) else letter.lower())
        out.append(draw(st.sampled_from(["", "", "", " ", "  ", "-", "."])))
    return draw(st.sampled_from(["", " ", "\t"])) + "".join(out) + draw(st.sampled_from(["", " "]))


@st.composite
def respelt_known(draw: st.DrawFn) -> tuple[str, str]:
    name, kind = draw(st.sampled_from(sorted(KNOWN.items())))
    return _respelt(draw, name), kind


@given(respelt_known())
def test_any_casing_or_spacing_of_a_known_name_gives_its_kind(named: tuple[str, str]) -> None:
    name, kind = named
    assert guess_kind(name) == kind


@given(st.text(alphabet="qjzvwpQJZVWP0123456789 -_.!?éÉàç", max_size=40))
def test_text_spelling_no_known_name_is_other(name: str) -> None:
    """None of these letters is in a known name: whatever is written with them is other."""
    assert guess_kind(name) == OTHER_KIND


@given(st.text(max_size=40))
def test_random_text_is_other_unless_it_names_a_kind(name: str) -> None:
    words = {folded_name(word) for word in name.split()} | {folded_name(name)}
    assume(not words & set(KIND_NAMES))
    assert guess_kind(name) == OTHER_KIND


def test_every_name_the_guess_knows_names_a_kind() -> None:
    assert set(KIND_NAMES.values()) <= set(PLATFORM_KINDS)
    assert all(folded_name(name) == name for name in KIND_NAMES)


# -- adding a platform ------------------------------------------------------------------


def test_a_platform_added_without_a_kind_gets_the_one_its_name_says(planner: Planner) -> None:
    added = planner.add_platform("Facebook")
    assert (added.kind, added.colour, added.text_limit) == ("facebook", "#1A237E", 63206)
    assert planner.add_platform("Lettre d’information").kind == "newsletter"
    assert planner.add_platform("Vitrine").kind == "other"


def test_a_kind_given_wins_over_the_name(planner: Planner) -> None:
    assert planner.add_platform("Facebook", "forum").kind == "forum"


def test_a_platform_keeps_its_colour_when_its_kind_changes(planner: Planner) -> None:
    """The kinds' new colours are defaults for new platforms: nobody's chosen colour moves."""
    added = planner.add_platform("Page", "facebook", colour="#1877F2")
    edited = planner.edit_platform("Page", kind="linkedin", expect_version=added.version)
    assert edited.colour == "#1877F2"


# -- the kinds' colours -----------------------------------------------------------------


def test_the_colour_difference_matches_the_published_examples() -> None:
    """Sharma, Wu and Dalal's test data, pairs 1, 7 and 17 (Lab in, CIEDE2000 out)."""
    assert lab_difference((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)
    assert lab_difference((50, 0, 0), (50, -1, 2)) == pytest.approx(2.3669, abs=1e-4)
    assert lab_difference((50, 2.5, 0), (73, 25, -18)) == pytest.approx(27.1492, abs=1e-4)


def test_white_and_black_are_the_ends_of_lightness() -> None:
    assert lab("#FFFFFF")[0] == pytest.approx(100, abs=0.01)
    assert lab("#000000")[0] == pytest.approx(0, abs=0.01)


PAIRS = list(itertools.combinations(PLATFORM_KINDS.values(), 2))


@pytest.mark.parametrize(("first", "second"), PAIRS, ids=[f"{a.key}-{b.key}" for a, b in PAIRS])
def test_the_kinds_colours_are_told_apart_at_a_glance(first: PlatformKind, second: PlatformKind) -> None:
    """CIEDE2000 of 15 or more between any two kinds (2 is barely seen, 10 clearly)."""
    a, b = first.colour, second.colour
    assert ciede2000(a, b) >= 15


@pytest.mark.parametrize(("first", "second"), PAIRS, ids=[f"{a.key}-{b.key}" for a, b in PAIRS])
def test_the_kinds_colours_differ_in_grey_scale_too(first: PlatformKind, second: PlatformKind) -> None:
    """Printed in grey, no two kinds share a shade: their lightness differs by 3.5 or more."""
    a, b = first.colour, second.colour
    assert abs(lightness(a) - lightness(b)) >= 3.5


def test_facebook_and_linkedin_are_no_longer_two_near_identical_blues() -> None:
    facebook, linkedin = PLATFORM_KINDS["facebook"].colour, PLATFORM_KINDS["linkedin"].colour
    assert ciede2000(facebook, linkedin) >= 20
    assert abs(lightness(facebook) - lightness(linkedin)) >= 15
