"""Input that scripts and people get wrong, and output that must stay readable."""

from __future__ import annotations

import os
import subprocess
import unicodedata
from pathlib import Path

from planner.service import Planner
from planner.storage.connection import discard_if_untouched
from tests.helpers.cli import Run, dialogos_command, run_cli


def test_an_empty_db_path_never_falls_back_on_the_real_plan(tmp_path: Path) -> None:
    result = run_cli(["post", "list"], "")
    assert result.code == 2
    assert "--db" in result.assert_one_line_error()
    assert not (tmp_path / "home").exists()


def test_dates_too_far_away_are_refused_not_crashed_on(cli: Run) -> None:
    for when, zone in (("0001-01-01 00:00", "Asia/Tokyo"), ("9999-12-31 23:59", "Pacific/Kiritimati")):
        result = cli("post", "add", "--platform", "X", "--title", "Far", "--at", when, "--tz", zone)
        assert result.code == 2
        assert "between the years 1900 and 2999" in result.assert_one_line_error()
    assert cli("post", "list", "--from", "9999-12-30", "--to", "9999-12-31").code == 2


def test_a_zero_duration_is_refused_not_replaced(cli: Run) -> None:
    result = cli("post", "add", "--platform", "X", "--title", "T", "--at", "2026-06-01 10:00", "--duration", "0")
    assert result.code == 2
    assert "1 to 10080" in result.assert_one_line_error()


def test_the_demo_only_fills_an_empty_plan(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    assert run_cli(["demo", "--seed", "2"], db).code == 0
    before = db.read_bytes()
    again = run_cli(["demo", "--seed", "2"], db)
    assert again.code == 2
    assert "already has posts" in again.assert_one_line_error()
    assert db.read_bytes() == before


def test_control_characters_are_not_sent_to_the_terminal(cli: Run) -> None:
    title = "Sale \u202eesrever\u202c now"
    body = "Line one\n\x1b[31mred\x1b[0m"
    added = cli("post", "add", "--platform", "X", "--title", "Bidi", "--body", body, "--at", "2026-06-01 10:00")
    assert added.code == 0
    assert "\x1b" not in added.out and "\ufffd[31mred" in added.out and "Line one\n" in added.out
    # Stored as typed (it is the user's text), shown without its effect.
    shown = cli("post", "add", "--platform", "X", "--title", title, "--at", "2026-06-01 11:00")
    assert shown.code == 0 and "Sale \ufffdesrever\ufffd now" in shown.out and "\u202e" not in shown.out


def test_wide_characters_keep_table_columns_aligned(cli: Run) -> None:
    cli("post", "add", "--platform", "X", "--title", "☕☕ coffee time", "--at", "2026-06-01 10:00")
    cli("post", "add", "--platform", "X", "--title", "Plain title", "--at", "2026-06-01 11:00")
    table = cli("post", "list").out.splitlines()
    header, rows = table[0], table[2:]
    title_column = header.index("Title")

    def columns(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)

    # The title column starts at the same terminal column on every row.
    starts = {columns(row[: row.index(t)]) for row, t in zip(rows, ("☕☕", "Plain"), strict=True)}
    assert starts == {title_column}


def test_a_file_someone_wrote_to_is_never_discarded(tmp_path: Path) -> None:
    untouched, shared = tmp_path / "new.sqlite", tmp_path / "shared.sqlite"
    Planner.open(untouched, planning_zone="Europe/Paris").close()
    with Planner.open(shared, planning_zone="Europe/Paris") as colleague:
        colleague.add_platform("Blog", "blog")
    discard_if_untouched(untouched)
    discard_if_untouched(shared)
    assert not untouched.exists()
    assert shared.exists()


def test_an_empty_file_stays_empty_when_a_command_fails_and_says_it_is_empty(tmp_path: Path) -> None:
    """``touch plan.sqlite`` names a new plan: made one by a command that succeeds, not by one that fails."""
    db = tmp_path / "plan.sqlite"
    db.touch()

    failed = run_cli(["post", "add", "--platform", "X", "--title", "T", "--at", "2026-06-01 10:00"], db)
    listed = run_cli(["post", "list"], db)
    listed_fr = run_cli(["--lang", "fr", "post", "list"], db)

    assert failed.code == 2 and "Unknown platform" in failed.assert_one_line_error()
    assert db.stat().st_size == 0 and sorted(p.name for p in tmp_path.iterdir()) == ["plan.sqlite"]
    assert listed.code == 5 and listed.assert_one_line_error() == f"Error: {db} is empty: it holds no plan yet."
    assert "est vide" in listed_fr.assert_one_line_error()
    assert run_cli(["platform", "add", "X", "--kind", "x"], db).code == 0
    assert db.stat().st_size > 0


def test_the_app_without_a_screen_says_so_in_one_line(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [*dialogos_command(), "--db", str(tmp_path / "plan.sqlite")],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "DISPLAY" in result.stderr


def test_reading_commands_never_make_a_plan_at_a_mistyped_path(tmp_path: Path) -> None:
    missing = tmp_path / "pln.sqlite"
    for command in (["rules", "list"], ["rules", "presets"], ["balance"]):
        result = run_cli(command, missing)
        assert result.code == 5 and "There is no database" in result.assert_one_line_error(), command
    assert list(tmp_path.iterdir()) == []


def test_an_empty_zone_is_refused_not_taken_for_the_planning_zone(cli: Run) -> None:
    result = cli("post", "add", "--platform", "X", "--title", "T", "--at", "2026-06-01 10:00", "--tz", "")
    assert result.code == 2 and "--tz" in result.assert_one_line_error() and "empty" in result.err
