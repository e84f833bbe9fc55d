"""``dialogos import ics``: context calendars and posts from .ics files, one-line results and errors."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner.exchange.files import MAX_IMPORT_BYTES
from tests.helpers.cli import Run, revision
from tests.helpers.ics_samples import FIXTURES, calendar, event


def dump(db: Path) -> list[str]:
    """Every row of the file, as SQL: what "nothing was written" compares."""
    connection = sqlite3.connect(db)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.fixture
def offers(tmp_path: Path) -> Path:
    path = tmp_path / "offers.ics"
    path.write_bytes(
        calendar(
            event("o1@x", "Offer one", "DTSTART;TZID=Europe/Paris:20260615T090000", ""),
            event("o2@x", "Offer two", "DTSTART;TZID=Europe/Paris:20260616T090000", ""),
        )
    )
    return path


def test_a_calendar_is_imported_as_context_by_default(cli: Run) -> None:
    result = cli("import", "ics", FIXTURES / "outlook-exchange-2010.ics")
    assert result.code == 0, result.err
    assert result.out == "Context calendar “Trade fairs” imported from outlook-exchange-2010.ics (events: 3).\n"
    assert result.err == ""
    assert cli("post", "list", "--format", "json").json == []  # the plan itself is untouched

    again = cli("import", "ics", FIXTURES / "outlook-exchange-2010.ics")
    assert (
        again.out == "Context calendar “Trade fairs” replaced from outlook-exchange-2010.ics (events: 3, before: 3).\n"
    )


def test_context_calendars_are_listed_hidden_shown_and_removed(cli: Run) -> None:
    cli("import", "ics", FIXTURES / "google-calendar.ics", "--name", "Salons", "--colour", "#336699")
    listed = cli("import", "ics", "--list", "--format", "json").json
    assert [(c["name"], c["colour"], c["visible"], c["events"]) for c in listed] == [("Salons", "#336699", True, 2)]

    assert cli("import", "ics", "--hide", "salons").out == "Context calendar “Salons” hidden.\n"
    assert cli("import", "ics", "--list", "--format", "json").json[0]["visible"] is False
    assert cli("import", "ics", "--show", "Salons").out == "Context calendar “Salons” shown.\n"
    table = cli("import", "ics", "--list")
    assert "Salons" in table.out and "google-calendar.ics" in table.out

    assert cli("import", "ics", "--remove", "Salons").out == "Context calendar “Salons” removed (events: 2).\n"
    assert cli("import", "ics", "--list", "--format", "json").json == []
    missing = cli("import", "ics", "--remove", "Salons")
    assert missing.code == 2 and "no context calendar “Salons”" in missing.assert_one_line_error()


def test_the_broken_file_is_refused_and_nothing_is_written(cli: Run, plan_path: Path) -> None:
    before = dump(plan_path)
    result = cli("import", "ics", FIXTURES / "events-without-properties.ics")
    assert result.code == 2
    line = result.assert_one_line_error()
    assert line.startswith("Error: Cannot import “events-without-properties.ics”: 21 problems, such as line 41:")
    assert "cut short" in line and "Nothing was imported." in line
    assert dump(plan_path) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"Dear team,\nthe fair is on Monday.\n", "not an iCalendar file"),
        (bytes(range(256)), "not a text file"),
        (b"", "the file is empty"),
        (calendar(event(start="DTSTART;TZID=Atlantis/Capital:20260615T090000")), "line 8: unknown time zone"),
        (calendar(event(start="DTSTART:20260230T090000Z", end="")), "line 8: the value of DTSTART"),
    ],
    ids=["text", "binary", "empty", "unknown zone", "30 February"],
)
def test_bad_files_give_exit_2_and_one_line(
    cli: Run, plan_path: Path, tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "bad.ics"
    path.write_bytes(content)
    before = dump(plan_path)
    for kind in ("context", "posts"):
        result = cli("import", "ics", path, "--as", kind, *(["--platform", "X"] if kind == "posts" else []))
        assert result.code == 2
        assert words in result.assert_one_line_error()
    assert dump(plan_path) == before


def test_a_file_over_the_size_limit_is_refused_before_reading(cli: Run, plan_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "huge.ics"
    with path.open("wb") as stream:
        stream.truncate(MAX_IMPORT_BYTES + 1)  # sparse: no 20 MB written
    before = dump(plan_path)
    result = cli("import", "ics", path)
    assert result.code == 2 and "larger than 20 MB" in result.assert_one_line_error()
    assert dump(plan_path) == before


def test_a_missing_file_and_no_file_are_usage_errors(cli: Run, tmp_path: Path) -> None:
    assert "There is no file" in cli("import", "ics", tmp_path / "nope.ics").assert_one_line_error()
    assert "Name the .ics file" in cli("import", "ics").assert_one_line_error()


def test_posts_from_another_app_need_a_platform(cli: Run, plan_path: Path) -> None:
    before = dump(plan_path)
    result = cli("import", "ics", FIXTURES / "google-calendar.ics", "--as", "posts")
    assert result.code == 2
    assert result.assert_one_line_error() == (
        "Error: Choose the platform the events become posts on: “Press day” (line 26) comes from another calendar."
        " Nothing was imported. Give it with --platform."
    )
    assert dump(plan_path) == before


def test_posts_import_then_reimport_changes_nothing(cli: Run, plan_path: Path) -> None:
    first = cli("import", "ics", FIXTURES / "google-calendar.ics", "--as", "posts", "--platform", "Instagram")
    assert first.code == 0, first.err
    assert first.out == (
        "Imported from google-calendar.ics: posts created: 2, updated: 0, unchanged: 0. Skipped: cancelled: 1.\n"
    )
    # Each event left out, with why, on its own line.
    assert first.err == "Skipped “Cancelled breakfast” (line 69): the event is cancelled in its calendar.\n"
    posts = cli("post", "list", "--format", "json").json
    assert [(p["title"], p["status"], p["start"]) for p in posts] == [
        ("Press day", "draft", "2026-06-04T20:15:00+02:00"),
        ("Fête de la musique", "draft", "2026-06-21T08:00:00+02:00"),
    ]
    at = revision(plan_path)
    again = cli("import", "ics", FIXTURES / "google-calendar.ics", "--as", "posts", "--platform", "Instagram")
    assert "posts created: 0, updated: 0, unchanged: 2" in again.out
    assert revision(plan_path) == at


def test_a_repeating_event_is_imported_as_posts_over_a_range(cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "weekly.ics"
    weekly = event("w@x", "Stand-up", "DTSTART;TZID=Europe/Paris:20260302T090000", "", "RRULE:FREQ=WEEKLY")
    path.write_bytes(calendar(weekly))
    refused = cli("import", "ics", path, "--as", "posts", "--platform", "X")
    assert refused.code == 2
    line = refused.assert_one_line_error()
    assert "“Stand-up” (line 4) repeats" in line and line.endswith("Give them with --from and --to, or --week.")
    result = cli("import", "ics", path, "--as", "posts", "--platform", "X", "--week", "2026-W14")
    assert result.code == 0 and "posts created: 1," in result.out
    assert cli("post", "list", "--format", "json").json[0]["start"] == "2026-03-30T09:00:00+02:00"


def test_block_mode_refuses_the_import_with_exit_3_then_a_reason_saves_it(
    cli: Run, plan_path: Path, offers: Path
) -> None:
    cli("rules", "set", "--platform", "Instagram", "--preset", "80-20", "--mode", "block")
    before = dump(plan_path)
    args = ("import", "ics", offers, "--as", "posts", "--platform", "Instagram", "--category", "Offer")
    refused = cli(*args)
    assert refused.code == 3
    assert "--force --reason" in refused.assert_one_line_error()
    assert dump(plan_path) == before

    assert cli(*args, "--force").code == 2  # a reason is required
    forced = cli(*args, "--force", "--reason", "Summer sale")
    assert forced.code == 0, forced.err
    assert "posts created: 2" in forced.out and forced.err.startswith("Warning: On Instagram, 2 promotions")


def test_options_of_the_other_kind_of_import_are_refused(cli: Run, offers: Path) -> None:
    assert "--as posts" in cli("import", "ics", offers, "--platform", "X").assert_one_line_error()
    assert "--as context" in cli("import", "ics", offers, "--as", "posts", "--name", "N").assert_one_line_error()
    assert "#RRGGBB" in cli("import", "ics", offers, "--colour", "blue").assert_one_line_error()


def test_messages_are_in_french_too(cli: Run, plan_path: Path, offers: Path) -> None:
    broken = cli("--lang", "fr", "import", "ics", FIXTURES / "events-without-properties.ics")
    line = broken.assert_one_line_error()
    assert line.startswith("Erreur : Impossible d’importer « events-without-properties.ics » : 21 problèmes")
    assert "Rien n’a été importé." in line

    done = cli("--lang", "fr", "import", "ics", offers)
    assert done.out == "Calendrier de contexte « offers » importé depuis offers.ics (événements : 2).\n"
    posts = cli("--lang", "fr", "import", "ics", offers, "--as", "posts", "--platform", "X")
    assert posts.out.startswith("Import depuis offers.ics : publications créées : 2, modifiées : 0, inchangées : 0.")
    cli("rules", "set", "--platform", "LinkedIn", "--preset", "80-20", "--mode", "block")
    as_offers = ("--as", "posts", "--platform", "LinkedIn", "--category", "Offer")
    refused = cli("--lang", "fr", "import", "ics", offers, *as_offers)
    assert refused.code == 3
    assert "Pour enregistrer quand même, ajoutez --force --reason" in refused.assert_one_line_error()


def test_scripts_get_the_report_as_json(cli: Run) -> None:
    report = cli("import", "ics", FIXTURES / "google-calendar.ics", "--format", "json").json
    assert (report["kind"], report["created"], report["replaced"]) == ("context", 2, None)
    assert report["calendar"]["name"] == "Industry days"
    assert report["skipped"] == [
        {
            "uid": "cancelled0001@google.com",
            "summary": "Cancelled breakfast",
            "line": 69,
            "why": "cancelled",
            "reason": "the event is cancelled in its calendar",
        }
    ]


@pytest.mark.parametrize(
    ("start", "rule", "words"),
    [
        ("DTSTART;TZID=Europe/Paris:20260302T090000", "RRULE:FREQ=WEEKLY;INTERVAL=0", "INTERVAL=0"),
        ("DTSTART;TZID=Europe/Paris:20260302T090000", "RRULE:FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30", "never gives"),
        ("DTSTART;VALUE=DATE:20260131", "RRULE:FREQ=MONTHLY;BYMONTHDAY=31;COUNT=100000", "goes on after 2999"),
    ],
    ids=["interval 0", "30 February", "past 2999"],
)
def test_a_repeat_rule_that_would_hang_or_overflow_is_refused_with_its_line(
    cli: Run, plan_path: Path, tmp_path: Path, start: str, rule: str, words: str
) -> None:
    path = tmp_path / "rule.ics"
    path.write_bytes(calendar(event("w@x", "Stand-up", start, "", rule)))
    before = dump(plan_path)
    as_posts = ("--as", "posts", "--platform", "X", "--from", "2026-03-01", "--to", "2026-03-31")
    for options in ((), as_posts):
        result = cli("import", "ics", path, *options)
        assert result.code == 2
        line = result.assert_one_line_error()
        assert line.startswith("Error: Cannot import “rule.ics”, line 9: the repeat rule (RRULE)") and words in line
    assert dump(plan_path) == before


def test_an_older_export_does_not_undo_a_newer_edit(
    cli: Run, plan_path: Path, add_post: Callable[..., dict[str, Any]], tmp_path: Path
) -> None:
    coffee = add_post("Which coffee?", "--at", "2026-06-15 09:00")
    add_post("Roastery news", "--at", "2026-06-16 09:00", platform="X")
    old = tmp_path / "monday.ics"
    assert cli("export", "ics", old).code == 0
    assert cli("post", "edit", coffee["id"], "--title", "Which coffee? (final)").code == 0
    at = revision(plan_path)

    result = cli("import", "ics", old, "--as", "posts")

    assert result.code == 0, result.err
    assert result.out == (
        "Imported from monday.ics: posts created: 0, updated: 0, unchanged: 1."
        " Skipped: changed in Dialogos since the export: 1.\n"
    )
    lines = old.read_text(encoding="utf-8").splitlines()
    begins = lines.index(f"UID:{coffee['uid']}@dialogos")
    while lines[begins] != "BEGIN:VEVENT":
        begins -= 1
    assert result.err == (
        f"Skipped “[Instagram] Which coffee?” (line {begins + 1}): the post was changed in Dialogos by camille"
        " since this file was exported (version 1, now 2).\n"
    )
    assert revision(plan_path) == at
    assert cli("post", "list", "--format", "json").json[0]["title"] == "Which coffee? (final)"
    skipped = cli("import", "ics", old, "--as", "posts", "--format", "json").json["skipped"]
    assert [(s["why"], s["line"]) for s in skipped] == [("changed_since_export", begins + 1)]


def test_many_skipped_events_are_listed_up_to_twenty(cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "year.ics"
    events = [event(f"e{day}@x", f"Day {day}", f"DTSTART;VALUE=DATE:202601{day:02d}", "") for day in range(1, 32)]
    path.write_bytes(calendar(*events))
    result = cli("import", "ics", path, "--as", "posts", "--platform", "X", "--week", "2026-W02")
    assert result.code == 0, result.err
    assert "posts created: 7," in result.out and "Skipped: outside the range: 24." in result.out
    lines = [line for line in result.err.splitlines() if not line.startswith("Warning:")]  # the 80/20 rule's
    assert lines[0] == "Skipped “Day 1” (line 4): it is outside the dates imported."
    assert len(lines) == 21 and lines[-1] == "… and 4 more skipped (--format json lists them all)."

    french = cli("--lang", "fr", "import", "ics", path, "--as", "posts", "--platform", "X", "--week", "2026-W02")
    assert "« Day 1 » (ligne 4) ignoré : il est hors de la période importée.\n" in french.err


def test_an_export_with_follow_ups_imports_back_without_new_posts(
    cli: Run, add_post: Callable[..., dict[str, Any]], plan_path: Path, tmp_path: Path
) -> None:
    post = add_post("Your winter book?", "--at", "2026-06-01 09:30")
    assert cli("followup", "add", post["id"], "--kind", "replies", "--after", "2h").code == 0
    assert cli("export", "ics", tmp_path / "plan.ics", "--followups").code == 0
    at = revision(plan_path)

    again = cli("import", "ics", tmp_path / "plan.ics", "--as", "posts")

    assert again.code == 0, again.err
    assert "posts created: 0, updated: 0, unchanged: 1" in again.out
    assert again.err == "Note: 1 reply window(s) of Dialogos follow-ups left out; they are not posts.\n"
    assert revision(plan_path) == at
