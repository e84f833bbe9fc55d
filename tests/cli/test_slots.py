"""``dialogos slot list|add|rm``: the weekly grid of the README's "Weekly slots", its JSON, its
table in both languages, and bad input (one line, the error's exit code, nothing written)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.cli import Run, revision

FIELDS = {"id", "platform", "day", "time", "side", "version"}


def _add(cli: Run, platform: str, day: str, time: str, *side: str) -> dict[str, Any]:
    result = cli("slot", "add", "--platform", platform, "--day", day, "--time", time, *side, "--format", "json")
    assert result.code == 0, result.err
    return result.json  # type: ignore[no-any-return]


def test_add_prints_the_saved_slot_in_the_json_of_the_contract(cli: Run) -> None:
    monday = _add(cli, "Instagram", "mon", "09:00", "--side", "conversation")
    friday = _add(cli, "instagram", "Friday", "17h")

    assert set(monday) == FIELDS
    shown = [(s["platform"], s["day"], s["time"], s["side"]) for s in (monday, friday)]
    assert shown == [("Instagram", "mon", "09:00", "conversation"), ("Instagram", "fri", "17:00", None)]
    assert monday["version"] == 1 and friday["id"] != monday["id"]


def test_add_as_a_table_says_the_day_and_the_side_in_words(cli: Run) -> None:
    english = cli("slot", "add", "--platform", "LinkedIn", "--day", "tue", "--time", "12:30")
    on_x = ("--platform", "X", "--day", "mer", "--time", "8:15", "--side", "promotion")
    french = cli("--lang", "fr", "slot", "add", *on_x)

    assert english.code == 0 and english.out.splitlines()[0].split() == ["ID", "Platform", "Day", "Time", "Side"]
    assert english.out.splitlines()[2].split() == ["1", "LinkedIn", "Tuesday", "12:30", "any"]
    assert french.out.splitlines()[0].split() == ["ID", "Plateforme", "Jour", "Heure", "Registre"]
    assert french.out.splitlines()[2].split() == ["2", "X", "mercredi", "08:15", "promotion"]


def test_list_orders_by_platform_day_and_time_and_filters_platforms(cli: Run) -> None:
    _add(cli, "X", "mon", "10:00")
    _add(cli, "Instagram", "fri", "17:00", "--side", "promotion")
    _add(cli, "Instagram", "mon", "12:30", "--side", "information")
    _add(cli, "Instagram", "mon", "09:00", "--side", "any")

    every = cli("slot", "list", "--format", "json").json
    assert [(s["platform"], s["day"], s["time"]) for s in every] == [
        ("Instagram", "mon", "09:00"),
        ("Instagram", "mon", "12:30"),
        ("Instagram", "fri", "17:00"),
        ("X", "mon", "10:00"),
    ]
    assert every[0]["side"] is None
    only_x = cli("slot", "list", "--platform", "x", "--format", "json").json
    assert [s["platform"] for s in only_x] == ["X"]
    both = cli("slot", "list", "--platform", "X", "--platform", "Instagram", "--format", "json").json
    assert both == every
    table = cli("slot", "list").out.splitlines()
    assert len(table) == 2 + 4 and table[2].split()[1:] == ["Instagram", "Monday", "09:00", "any"]


def test_an_empty_grid_says_so(cli: Run) -> None:
    assert cli("slot", "list").out.strip() == "No slots."
    assert cli("--lang", "fr", "slot", "list").out.strip() == "Aucun créneau."
    assert cli("slot", "list", "--platform", "LinkedIn", "--format", "json").json == []


def test_rm_removes_the_slot_and_says_which(cli: Run) -> None:
    kept = _add(cli, "Instagram", "mon", "09:00")
    gone = _add(cli, "Instagram", "wed", "12:30")

    result = cli("slot", "rm", gone["id"])
    assert result.code == 0 and result.out.strip() == f"Slot {gone['id']} removed: Instagram, Wednesday at 12:30."
    assert [s["id"] for s in cli("slot", "list", "--format", "json").json] == [kept["id"]]
    french = cli("--lang", "fr", "slot", "rm", kept["id"])
    assert french.out.strip() == f"Créneau {kept['id']} supprimé : Instagram, lundi à 09:00."


@pytest.mark.parametrize(
    ("arguments", "code", "start"),
    [
        (("--day", "someday", "--time", "09:00"), 2, "Error: “someday” is not a day of the week"),
        (("--day", "mon", "--time", "24:00"), 2, "Error: “24:00” is not a time of day"),
        (("--day", "mon", "--time", "nine"), 2, "Error: “nine” is not a time of day"),
        (("--day", "mon", "--time", "09:00", "--side", "sales"), 2, "Error: Unknown side “sales”. A slot is"),
        (("--day", "mon", "--time", "09:00", "--platform", "Tiktok"), 2, "Error: Unknown platform “Tiktok”"),
        (("--day", "mon", "--time", "09:00", "--platform", ""), 2, "Error: dialogos slot add: argument --platform"),
        (("--day", "mon"), 2, "Error: dialogos slot add: the following arguments are required: --time"),
        (("--day", "mon", "--time", "9h"), 2, "Error: Instagram already has a slot on Monday at 09:00."),
    ],
    ids=["day", "hour", "words", "side", "platform", "empty platform", "no time", "duplicate"],
)
def test_bad_input_is_one_line_with_its_code_and_writes_nothing(
    cli: Run, plan_path: Path, arguments: tuple[str, ...], code: int, start: str
) -> None:
    _add(cli, "Instagram", "mon", "09:00")
    before = revision(plan_path)

    platform = () if "--platform" in arguments else ("--platform", "Instagram")
    result = cli("slot", "add", *platform, *arguments)

    assert result.assert_one_line_error().startswith(start)
    assert result.code == code
    assert revision(plan_path) == before
    assert len(cli("slot", "list", "--format", "json").json) == 1


def test_any_side_is_written_as_the_table_shows_it(cli: Run) -> None:
    french = cli("--lang", "fr", "slot", "add", "--platform", "X", "--day", "lun", "--time", "9:00", "--side", "Tous")
    assert french.code == 0 and french.out.splitlines()[2].split() == ["1", "X", "lundi", "09:00", "tous"]
    assert cli("slot", "list", "--format", "json").json[0]["side"] is None


def test_bad_input_in_french(cli: Run) -> None:
    result = cli("--lang", "fr", "slot", "add", "--platform", "Instagram", "--day", "jour", "--time", "09:00")
    assert result.assert_one_line_error().startswith("Erreur : « jour » n’est pas un jour de la semaine")
    assert result.code == 2


def test_unknown_platform_or_id_is_refused_in_one_line(cli: Run, plan_path: Path) -> None:
    _add(cli, "Instagram", "mon", "09:00")
    before = revision(plan_path)

    missing = cli("slot", "rm", "99")
    not_a_number = cli("slot", "rm", "one")
    unknown = cli("slot", "list", "--platform", "Mastodon")

    assert missing.assert_one_line_error() == "Error: No slot has the id 99: `dialogos slot list` shows them."
    assert not_a_number.assert_one_line_error().endswith("“one” is not a whole number (see dialogos slot rm --help)")
    assert unknown.assert_one_line_error().startswith("Error: Unknown platform “Mastodon”")
    assert {missing.code, not_a_number.code, unknown.code} == {2}
    assert revision(plan_path) == before


DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    day=st.sampled_from(DAYS),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    side=st.sampled_from([None, "conversation", "information", "promotion"]),
)
def test_a_slot_added_is_listed_as_it_was_given(cli: Run, day: str, hour: int, minute: int, side: str | None) -> None:
    extra = () if side is None else ("--side", side)
    added = _add(cli, "LinkedIn", day.upper(), f"{hour}:{minute:02d}", *extra)
    try:
        assert (added["day"], added["time"], added["side"]) == (day, f"{hour:02d}:{minute:02d}", side)
        listed = cli("slot", "list", "--platform", "LinkedIn", "--format", "json").json
        assert listed == [added]
    finally:
        assert cli("slot", "rm", added["id"]).code == 0
