"""``dialogos platform add NAME`` without ``--kind``: the kind its name says."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.cli import Run


def test_platform_add_linkedin_needs_no_kind(cli: Run, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite"
    added = cli("platform", "add", "LinkedIn", "--format", "json", db=fresh)

    assert added.code == 0, added.err
    assert (added.json["kind"], added.json["text_limit"], added.json["colour"]) == ("linkedin", 3000, "#0A66C2")


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Facebook", "facebook"), ("X (Twitter)", "x"), ("Lettre d’information", "newsletter"), ("Vitrine", "other")],
)
def test_platform_add_guesses_the_kind_from_the_name(cli: Run, name: str, kind: str) -> None:
    added = cli("platform", "add", name, "--format", "json")

    assert added.code == 0, added.err
    assert added.json["kind"] == kind
    listed = {p["name"]: p["kind"] for p in cli("platform", "list", "--format", "json").json}
    assert listed[name] == kind


def test_a_kind_given_wins_over_the_guess(cli: Run) -> None:
    added = cli("platform", "add", "Facebook", "--kind", "forum", "--format", "json")

    assert added.code == 0, added.err
    assert (added.json["kind"], added.json["text_limit"]) == ("forum", None)


def test_a_guess_is_said_in_the_help_in_both_languages(cli: Run) -> None:
    english = cli("platform", "add", "--help")
    french = cli("--lang", "fr", "platform", "add", "--help")

    assert "guessed from the name" in " ".join(english.out.split())
    assert "deviné d’après le nom" in " ".join(french.out.split())
