"""``dialogos import ics``: what the import left out of a file is told, one line each, in the user's language."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.cli import Run
from tests.helpers.ics_samples import FIXTURES, calendar, event


def test_a_holiday_feed_with_empty_rrules_imports_and_says_what_it_left_out(cli: Run) -> None:
    # Calendar Labs' public holiday feeds: a bare "RRULE:" in every event.
    result = cli("import", "ics", FIXTURES / "holidays-empty-rrule.ics")

    assert result.code == 0, result.err
    assert result.out == "Context calendar “France Holidays” imported from holidays-empty-rrule.ics (events: 2).\n"
    assert result.err == (
        "Note: Line 15: RRULE is empty and was left out.\nNote: Line 28: RRULE is empty and was left out.\n"
    )


def test_events_without_uid_as_posts_import_once_and_again_change_nothing(cli: Run) -> None:
    # Files a script writes often leave UID out.
    options = ("--as", "posts", "--platform", "X")
    first = cli("import", "ics", FIXTURES / "events-without-uid.ics", *options)
    again = cli("import", "ics", FIXTURES / "events-without-uid.ics", *options)

    assert first.code == 0, first.err
    assert "posts created: 3, updated: 0, unchanged: 0." in first.out
    assert "posts created: 0, updated: 0, unchanged: 3." in again.out
    assert "Note: Line 4: events without UID: 3." in again.err
    assert len(cli("post", "list", "--format", "json").json) == 3


def test_notes_are_listed_up_to_ten_then_counted(cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "holidays.ics"
    days = range(1, 16)
    path.write_bytes(
        calendar(*(event(f"d{d}@x", f"Day {d}", f"DTSTART;VALUE=DATE:202605{d:02d}", "", "RRULE:") for d in days))
    )

    result = cli("import", "ics", path)

    lines = result.err.splitlines()
    assert result.code == 0 and len(lines) == 11
    assert lines[0] == "Note: Line 9: RRULE is empty and was left out."
    assert lines[-1] == "… and 5 more notes (--format json lists them all)."


def test_notes_read_in_french(cli: Run) -> None:
    result = cli("--lang", "fr", "import", "ics", FIXTURES / "feed-with-trailing-line.ics")

    assert result.code == 0, result.err
    assert result.err == (
        "Note : Ligne 13 : ce qui suit END:VCALENDAR (« <!-- page generated in 0.031 s --> », lignes : 2) "
        "a été ignoré : cela ne fait pas partie du calendrier.\n"
    )


def test_scripts_get_every_note_in_the_json_report(cli: Run) -> None:
    report = cli("import", "ics", FIXTURES / "unused-components-broken.ics", "--format", "json").json

    assert [(n["line"], n["kind"]) for n in report["notes"]] == [
        (10, "component_unclosed"),
        (14, "component_skipped"),
        (21, "component_skipped"),
        (26, "component_skipped"),
    ]
    assert report["notes"][1]["message"].startswith("Line 14: a VTODO was left out")


def test_an_unreadable_value_is_quoted_and_nothing_is_written(cli: Run) -> None:
    result = cli("import", "ics", FIXTURES / "rdate-date-with-z.ics")

    assert result.code == 2
    assert result.assert_one_line_error() == (
        "Error: Cannot import “rdate-date-with-z.ics”, line 10: the value of RDATE, “20131210Z”, cannot be read. "
        "Nothing was imported."
    )
    assert cli("import", "ics", "--list", "--format", "json").json == []


def test_a_calendar_in_windows_1252_imports_with_a_note(cli: Run, tmp_path: Path) -> None:
    # Outlook 2003 saves a calendar in Windows' code page on a Western machine: “Fête” is not UTF-8.
    path = tmp_path / "outlook.ics"
    outlook = "-//Microsoft Corporation//Outlook 11.0 MIMEDIR//EN"
    text = calendar(event("fete@x", "Fête de la musique", "DTSTART:20260621T180000Z", ""), prodid=outlook)
    path.write_bytes(text.decode("utf-8").encode("cp1252"))

    result = cli("import", "ics", path, "--as", "posts", "--platform", "X")
    french = cli("--lang", "fr", "import", "ics", path, "--name", "Fêtes")

    assert result.code == 0, result.err
    assert "Note: Line 7: the text is not UTF-8" in result.err and "Windows-1252" in result.err
    assert [p["title"] for p in cli("post", "list", "--format", "json").json] == ["Fête de la musique"]
    assert french.code == 0 and "Note : Ligne 7 : le texte n’est pas en UTF-8" in french.err
