"""``dialogos export ics``: the file (or stdout) a calendar app gets, and the live file."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner.cli.main import main
from planner.exchange.ics import fields
from planner.model import PostPatch
from planner.service import Planner
from tests.helpers.cli import Run, revision
from tests.helpers.exported import read

AddPost = Callable[..., dict[str, Any]]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder exports go to, apart from the database file."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def uids(path: Path) -> set[str]:
    return read(path.read_bytes()).uids


def test_export_to_a_file(cli: Run, add_post: AddPost, plan_path: Path, out: Path) -> None:
    first = add_post("Which coffee do you brew?", "--at", "2026-06-01 09:30", "--category", "Question")
    second = add_post("Our sourcing report", "--at", "2026-06-02 12:00", platform="LinkedIn")
    before = revision(plan_path)

    result = cli("export", "ics", out / "plan.ics")

    assert result.code == 0, result.err
    assert result.out == f"Calendar written to {out / 'plan.ics'}; posts in it: 2.\n"
    assert result.err == ""
    exported = read((out / "plan.ics").read_bytes())
    assert exported.uids == {fields.event_uid(first["uid"]), fields.event_uid(second["uid"])}
    assert exported.event(first["uid"]).summary == "[Instagram] 💬 Which coffee do you brew?"
    assert revision(plan_path) == before  # exporting writes nothing in the plan


def test_a_dash_sends_the_calendar_to_stdout_and_the_summary_to_stderr(cli: Run, add_post: AddPost) -> None:
    post = add_post("To stdout", "--at", "2026-06-01 09:30")

    result = cli("export", "ics", "-")

    assert result.code == 0, result.err
    assert result.out.startswith("BEGIN:VCALENDAR\r\n") and result.out.endswith("END:VCALENDAR\r\n")
    assert read(result.out.encode("utf-8")).uids == {fields.event_uid(post["uid"])}
    assert result.err == "Calendar sent to standard output; posts in it: 1.\n"


def test_a_binary_stdout_gets_the_bytes_untouched(add_post: AddPost, plan_path: Path) -> None:
    post = add_post("Café, crème 🙂", "--at", "2026-06-01 09:30")
    # What a terminal or a pipe gives: text on top of bytes; the calendar goes to the bytes.
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="ascii", newline="\r\n")

    code = main(["export", "ics", "-", "--db", str(plan_path)], out=stdout, err=io.StringIO())

    stdout.flush()
    data = stdout.buffer.getvalue()  # type: ignore[attr-defined]
    assert code == 0
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and b"\r\r\n" not in data
    assert read(data).event(post["uid"]).summary == "[Instagram] Café, crème 🙂"


@pytest.mark.parametrize("option", ["--per-platform", "--watch"])
def test_a_dash_cannot_take_several_files_or_a_watch(cli: Run, add_post: AddPost, option: str) -> None:
    add_post("To stdout", "--at", "2026-06-01 09:30")

    result = cli("export", "ics", "-", option)

    assert result.code == 2
    assert result.assert_one_line_error() == f"Error: {option} writes files: give a file name instead of -."


def test_options_choose_the_posts(cli: Run, add_post: AddPost, out: Path) -> None:
    monday = add_post("Monday", "--at", "2026-06-01 09:30", "--status", "published")
    add_post("Next week", "--at", "2026-06-08 09:30", "--status", "published")
    add_post("Draft", "--at", "2026-06-02 09:30")
    add_post("LinkedIn", "--at", "2026-06-02 09:30", "--status", "published", platform="LinkedIn")
    add_post("Cancelled", "--at", "2026-06-03 09:30", "--status", "cancelled")

    only = ("--platform", "instagram", "--status", "published")
    week = cli("export", "ics", out / "week.ics", "--week", "2026-W23", *only)
    days = cli("export", "ics", out / "days.ics", "--from", "2026-06-01", "--to", "2026-06-01")
    everything = cli("export", "ics", out / "all.ics")
    cancelled = cli("export", "ics", out / "cancelled.ics", "--status", "cancelled")

    for result in (week, days, everything, cancelled):
        assert result.code == 0, result.err
    assert uids(out / "week.ics") == uids(out / "days.ics") == {fields.event_uid(monday["uid"])}
    assert len(uids(out / "all.ics")) == 4  # every dated status but cancelled
    assert len(uids(out / "cancelled.ics")) == 1
    assert read((out / "week.ics").read_bytes()).calendar_value("NAME") == "Dialogos — Instagram"


def test_one_file_per_platform(cli: Run, add_post: AddPost, out: Path) -> None:
    post = add_post("On Instagram", "--at", "2026-06-01 09:30")

    result = cli("export", "ics", out / "plan.ics", "--per-platform")

    assert result.code == 0, result.err
    names = "plan-instagram.ics (1), plan-linkedin.ics (0), plan-x.ics (0)"
    assert result.out == f"Calendars written in {out}: {names}; posts in them: 1.\n"
    assert sorted(p.name for p in out.iterdir()) == ["plan-instagram.ics", "plan-linkedin.ics", "plan-x.ics"]
    assert uids(out / "plan-instagram.ics") == {fields.event_uid(post["uid"])}


def test_a_reminder(cli: Run, add_post: AddPost, out: Path) -> None:
    post = add_post("Reminded", "--at", "2026-06-01 09:30")

    result = cli("export", "ics", out / "plan.ics", "--reminder", "30")

    assert result.code == 0, result.err
    [alarm] = read((out / "plan.ics").read_bytes()).event(post["uid"]).alarm
    assert alarm.action == "DISPLAY" and alarm.trigger.total_seconds() == -30 * 60  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("missing/plan.ics",), "does not exist"),
        (("missing/plan.ics", "--watch"), "does not exist"),
        (("folder",), "is a folder"),
        (("plan.ics", "--platform", "Myspace"), "Myspace"),
        (("plan.ics", "--status", "idea"), "Ideas have no date"),
        (("plan.ics", "--reminder", "-5"), "A reminder comes 0 to 10080 minutes before the post"),
        (("plan.ics", "--reminder", "soon"), "is not a whole number"),
        (("plan.ics", "--from", "2026-06-01"), "Give both --from and --to."),
        (("plan.ics", "--from", "2026-06-08", "--to", "2026-06-01"), "ends (2026-06-01) before it starts"),
        (("plan.ics", "--week", "2026-W99"), "is not a week"),
    ],
)
def test_bad_input_is_exit_2_and_writes_nothing(
    cli: Run, add_post: AddPost, out: Path, arguments: tuple[str, ...], message: str
) -> None:
    add_post("Hello", "--at", "2026-06-01 09:30")
    (out / "folder").mkdir()
    target, *options = arguments

    result = cli("export", "ics", out / target, *options)

    assert result.code == 2
    assert message in result.assert_one_line_error()
    assert sorted(p.name for p in out.rglob("*")) == ["folder"]


def test_a_read_only_plan_can_be_exported(cli: Run, add_post: AddPost, plan_path: Path, out: Path) -> None:
    post = add_post("Hello", "--at", "2026-06-01 09:30")
    plan_path.chmod(0o444)
    try:
        result = cli("export", "ics", out / "plan.ics")
    finally:
        plan_path.chmod(0o644)

    assert result.code == 0, result.err
    assert uids(out / "plan.ics") == {fields.event_uid(post["uid"])}


def test_in_french(cli: Run, add_post: AddPost, out: Path) -> None:
    post = add_post("Quel café ?", "--at", "2026-06-01 09:30", "--category", "Question")

    result = cli("export", "ics", out / "plan.ics", "--lang", "fr")

    assert result.code == 0, result.err
    assert result.out == f"Calendrier écrit dans {out / 'plan.ics'} ; publications : 1.\n"
    description = read((out / "plan.ics").read_bytes()).event(post["uid"]).description
    assert description == "Catégorie : Question\nRegistre : conversation\nStatut : brouillon"


def test_a_missing_database_is_not_created(cli: Run, tmp_path: Path, out: Path) -> None:
    missing = tmp_path / "typo.sqlite"

    result = cli("export", "ics", out / "plan.ics", db=missing)

    assert result.code == 5
    assert not missing.exists()


def test_watch_keeps_the_file_current_until_ctrl_c(
    cli: Run, add_post: AddPost, plan_path: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    post = add_post("Before", "--at", "2026-06-01 09:30")
    sleeps = 0

    def sleep(seconds: float) -> None:
        """The watch's pause between two looks: a colleague saves, then the user presses Ctrl+C."""
        nonlocal sleeps
        sleeps += 1
        if sleeps == 1:
            with Planner.open(plan_path, user="dominique") as colleague:
                colleague.edit_post(post["id"], PostPatch(title="After"))
        else:
            raise KeyboardInterrupt

    monkeypatch.setattr(time, "sleep", sleep)

    result = cli("export", "ics", out / "live.ics", "--watch")

    assert result.code == 0, result.err
    written, rewritten = result.out.splitlines()
    assert written == f"Calendar written to {out / 'live.ics'}; posts in it: 1."
    assert re.fullmatch(rf"\d\d:\d\d:\d\d Calendar rewritten: {re.escape(str(out / 'live.ics'))}", rewritten)
    assert result.err.splitlines() == [
        "Watching the plan: the calendar is rewritten after each change. Ctrl+C stops.",
        "Stopped watching; the calendar is up to date.",
    ]
    assert read((out / "live.ics").read_bytes()).event(post["uid"]).summary == "[Instagram] After"


def test_followups_add_to_dos_and_reply_windows(cli: Run, add_post: AddPost, out: Path) -> None:
    post = add_post("Your winter book?", "--at", "2026-06-01 09:30")
    added = cli("followup", "add", post["id"], "--kind", "replies", "--after", "2h", "--format", "json")
    assert added.code == 0, added.err

    without = cli("export", "ics", out / "plain.ics")
    result = cli("export", "ics", out / "plan.ics", "--followups")

    assert without.code == 0 and result.code == 0, result.err
    assert read((out / "plain.ics").read_bytes()).ical.todos == []
    exported = read((out / "plan.ics").read_bytes())
    assert [t.uid for t in exported.ical.todos] == [fields.followup_uid(post["uid"], added.json["id"])]
    assert fields.reply_window_uid(post["uid"], added.json["id"]) in exported.uids
    assert "--followups" in cli("export", "ics", "--help").out
