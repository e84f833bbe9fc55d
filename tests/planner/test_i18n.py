"""Messages in English and French, and the language picked from the locale."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

import planner as planner_package
from planner import NotFoundError, Planner, PostFields, Side, Status, ValidationError
from planner.i18n import detect_language, set_language
from planner.messages import MESSAGES


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_every_message_has_english_and_french_with_the_same_placeholders() -> None:
    missing = [
        key for key, entry in MESSAGES.items() if not entry.get("en", "").strip() or not entry.get("fr", "").strip()
    ]
    mismatched = {
        key: (placeholders(entry["en"]), placeholders(entry["fr"]))
        for key, entry in MESSAGES.items()
        if key not in missing and placeholders(entry["en"]) != placeholders(entry["fr"])
    }

    assert missing == [] and mismatched == {}


def test_every_message_the_code_shows_is_in_the_catalogue() -> None:
    """A key missing from the catalogue would crash where a sentence was due."""
    source = Path(planner_package.__file__).parent
    shown = re.compile(r'\b(?:[A-Z]\w*Error|tr|tr_in|Term)\(\s*(?:\w+,\s*)?"([a-z_]+\.[a-z_.]+)"')
    keys = {key for file in source.rglob("*.py") for key in shown.findall(file.read_text(encoding="utf-8"))}

    assert len(keys) > 50  # the pattern still finds the calls
    assert sorted(keys - MESSAGES.keys()) == []


def test_every_status_and_side_has_a_word_in_both_languages() -> None:
    for key in [f"status.{s.value}" for s in Status] + [f"side.{s.value}" for s in Side]:
        assert MESSAGES[key]["en"] and MESSAGES[key]["fr"]


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_CA"}, "fr"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # a language we do not speak
        ({"LANG": "en_US.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr"),  # LC_ALL wins over LANG
        ({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "fr"}, "fr"),  # LANGUAGE wins over everything
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": ""}, "fr"),
    ],
)
def test_detect_language_from_the_locale_variables(environ: dict[str, str], expected: str) -> None:
    assert detect_language(environ) == expected


def test_errors_show_in_french_after_set_language(planner: Planner) -> None:
    set_language("fr")

    with pytest.raises(NotFoundError) as unknown:
        planner.create_post(PostFields(platform="Myspace", title="Astuce"))
    with pytest.raises(ValidationError) as undated:
        planner.create_post(PostFields(platform="X", title="Astuce", status=Status.SCHEDULED))

    assert "Plateforme inconnue « Myspace »" in unknown.value.message
    assert unknown.value.message.endswith(" : Instagram, LinkedIn, X.")
    # A status inside a sentence is translated with it.
    assert "« programmée »" in undated.value.message and "date" in undated.value.message
    assert str(undated.value) == undated.value.message


def test_an_error_raised_in_english_reads_in_french_later(planner: Planner) -> None:
    with pytest.raises(NotFoundError) as caught:
        planner.get_post(42)
    assert caught.value.message == "There is no post 42."

    set_language("fr")

    assert caught.value.message == "Il n’y a pas de publication 42."


def test_a_file_created_in_french_has_french_categories(tmp_path: Path) -> None:
    set_language("fr")

    with Planner.open(tmp_path / "plan.sqlite", planning_zone="Europe/Paris") as planner:
        names = {c.name for c in planner.categories()}

    assert {"Sondage", "Coulisses", "Offre"} <= names and "Poll" not in names


def test_the_app_takes_a_message_s_app_wording_and_the_command_line_its_own() -> None:
    from planner.i18n import set_surface, tr

    assert "(followup keep/drop)" in tr("promises.no_slot", platform="Instagram")
    set_surface("app")
    try:
        assert "(Keep or Drop… in the Follow-ups panel)" in tr("promises.no_slot", platform="Instagram")
        assert tr("promises.held_back", count=2) == " 2 promotions wait behind them."  # no app wording: the same
        set_language("fr")
        assert "(Tenir ou Abandonner… dans le panneau Suivis)" in tr("promises.no_slot", platform="Instagram")
    finally:
        set_surface("cli")
    assert "(followup keep/drop)" in tr("promises.no_slot", platform="Instagram")
    with pytest.raises(ValueError):
        set_surface("web")
