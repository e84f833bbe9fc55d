"""The live calendar file: rewritten when the plan changes, left alone when it does not."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from planner import Planner
from planner.exchange.ics import fields
from planner.exchange.ics.export import ExportOptions
from planner.exchange.live import LiveCalendar, watch
from planner.model import Post, PostFields, PostPatch
from planner.session import Clock
from planner.timezones import localize
from tests.helpers.exported import read

PARIS = "Europe/Paris"


def add(planner: Planner, title: str, platform: str = "Instagram") -> Post:
    start = localize(datetime(2026, 6, 15, 9, 30), PARIS)
    return planner.create_posts([PostFields(platform=platform, title=title, start=start)], judge=False).posts[0]


def summaries(path: Path) -> list[str | None]:
    return sorted(event.summary for event in read(path.read_bytes()).ical.events)  # type: ignore[type-var]


@pytest.fixture
def colleague(db_path: Path, planner: Planner, clock: Clock) -> Iterator[Planner]:
    """Another connection to the same file, as a colleague's app would have."""
    with Planner.open(db_path, clock=clock, user="dominique") as other:
        yield other


def test_refresh_writes_only_when_the_plan_changed(planner: Planner, tmp_path: Path) -> None:
    post = add(planner, "First")
    destination = tmp_path / "live.ics"
    live = LiveCalendar(planner, ExportOptions(), destination)

    assert live.refresh() == [destination]
    first = destination.stat().st_mtime_ns
    assert live.refresh() is None  # nothing changed: the file is not touched
    assert destination.stat().st_mtime_ns == first

    planner.edit_post(post.id, PostPatch(title="Second"))

    assert live.refresh() == [destination]
    assert summaries(destination) == ["[Instagram] Second"]
    assert live.written[0].posts == 1


@pytest.mark.parametrize("per_platform", [False, True])
def test_a_live_file_asks_to_be_fetched_hourly_and_has_a_colour(
    planner: Planner, tmp_path: Path, per_platform: bool
) -> None:
    # The README promotes subscribing to the live file: calendar apps that honour RFC 7986
    # (Apple Calendar, Thunderbird) or Outlook's older X-PUBLISHED-TTL fetch it again hourly.
    add(planner, "First")
    add(planner, "Second", platform="LinkedIn")
    LiveCalendar(planner, ExportOptions(per_platform=per_platform), tmp_path / "live.ics").refresh()

    files = sorted(tmp_path.glob("*.ics"))
    assert len(files) == (3 if per_platform else 1)
    for path in files:
        text = path.read_bytes().decode()
        assert "\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in text
        assert "\r\nX-PUBLISHED-TTL:PT1H\r\n" in text
        exported = read(path.read_bytes())
        assert exported.ical.refresh_interval is not None and exported.ical.refresh_interval.total_seconds() == 3600
        assert exported.calendar_value("X-APPLE-CALENDAR-COLOR") is not None and exported.ical.color


def test_refresh_can_be_forced(planner: Planner, tmp_path: Path) -> None:
    add(planner, "First")
    destination = tmp_path / "live.ics"
    live = LiveCalendar(planner, ExportOptions(), destination)
    live.refresh()
    destination.write_bytes(b"edited by hand")

    assert live.refresh(force=True) == [destination]
    assert summaries(destination) == ["[Instagram] First"]


def test_a_deleted_file_is_written_again(planner: Planner, tmp_path: Path) -> None:
    add(planner, "First")
    destination = tmp_path / "live.ics"
    live = LiveCalendar(planner, ExportOptions(), destination)
    live.refresh()
    destination.unlink()

    assert live.refresh() == [destination]
    assert summaries(destination) == ["[Instagram] First"]


def test_a_colleagues_change_is_seen(planner: Planner, colleague: Planner, tmp_path: Path) -> None:
    destination = tmp_path / "live.ics"
    live = LiveCalendar(planner, ExportOptions(), destination)
    live.refresh()

    add(colleague, "From Dominique")

    assert live.refresh() == [destination]
    assert summaries(destination) == ["[Instagram] From Dominique"]


def test_per_platform_live_files(planner: Planner, tmp_path: Path) -> None:
    add(planner, "On Instagram")
    live = LiveCalendar(planner, ExportOptions(per_platform=True, platforms=("Instagram", "X")), tmp_path / "live.ics")

    assert live.refresh() == [tmp_path / "live-instagram.ics", tmp_path / "live-x.ics"]
    assert [w.posts for w in live.written] == [1, 0]


def test_watch_rewrites_after_a_colleagues_commit(planner: Planner, colleague: Planner, tmp_path: Path) -> None:
    post = add(planner, "Before")
    destination = tmp_path / "live.ics"
    writes: list[list[str | None]] = []
    polls = 0

    def on_write(paths: list[Path]) -> None:
        assert paths == [destination]
        writes.append(summaries(destination))
        if len(writes) == 1:
            # A colleague saves while the watch runs.
            colleague.edit_post(post.id, PostPatch(title="After"))

    def stop() -> bool:
        nonlocal polls
        polls += 1
        return len(writes) == 2 or polls > 1000  # the bound only keeps a broken watch from hanging

    watch(planner, ExportOptions(), destination, interval=0, stop=stop, on_write=on_write)

    assert writes == [["[Instagram] Before"], ["[Instagram] After"]]
    assert read(destination.read_bytes()).event(post.uid).sequence == 1


def test_watch_without_changes_writes_once(planner: Planner, tmp_path: Path) -> None:
    post = add(planner, "Only")
    destination = tmp_path / "live.ics"
    writes: list[list[Path]] = []
    polls = iter(range(5))

    def stop() -> bool:
        return next(polls, None) is None

    watch(planner, ExportOptions(), destination, interval=0, stop=stop, on_write=writes.append)

    assert writes == [[destination]]
    assert read(destination.read_bytes()).uids == {fields.event_uid(post.uid)}


def test_a_failed_rewrite_is_said_and_tried_again_at_the_next_look(
    planner: Planner, colleague: Planner, tmp_path: Path
) -> None:
    """A platform renamed under a watch that names it: said in one line, and the watch goes on."""
    post = add(planner, "Before")
    destination = tmp_path / "live.ics"
    writes: list[list[Path]] = []
    errors: list[str] = []
    polls = 0

    def on_write(paths: list[Path]) -> None:
        writes.append(paths)
        if len(writes) == 1:
            colleague.edit_platform("Instagram", new_name="Insta")

    renamed_back = False

    def stop() -> bool:
        nonlocal polls, renamed_back
        polls += 1
        if len(errors) == 2 and not renamed_back:
            colleague.edit_platform("Insta", new_name="Instagram")  # put back: the next look writes again
            renamed_back = True
        return len(writes) == 2 or polls > 1000

    live = LiveCalendar(planner, ExportOptions(platforms=("Instagram",)), destination)
    live.watch(interval=0, stop=stop, on_write=on_write, on_error=errors.append)

    assert len(writes) == 2 and len(errors) >= 2
    assert "Instagram" in errors[0]
    assert read(destination.read_bytes()).uids == {fields.event_uid(post.uid)}


def test_a_live_file_with_follow_ups_follows_them(planner: Planner, tmp_path: Path) -> None:
    post = add(planner, "Your winter book?")
    followup = planner.followups.add(post.id, "answer", after="1d").followups[0]
    destination = tmp_path / "live.ics"
    live = LiveCalendar(planner, ExportOptions(followups=True), destination)
    live.refresh()
    assert [t.status.value for t in read(destination.read_bytes()).ical.todos] == ["NEEDS-ACTION"]

    planner.followups.keep(followup.id)

    assert live.refresh() == [destination]
    assert [t.status.value for t in read(destination.read_bytes()).ical.todos] == ["COMPLETED"]
