"""File ▸ Import of a long calendar: off the GUI thread, a progress dialog that turns into a
bar of the events read, then says what it does while they are saved (never an empty bar standing
still), and files past the limits refused in one line (issue 16, points 9, 10)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from planner import Planner
from planner import posts as posts_module
from planner.context import SHOWN_AT_MOST
from planner.exchange.ics import importer as importer_module
from planner.exchange.ics import reader as reader_module
from planner.timezones import day_range
from ui.background import run_with_progress
from ui.dialogs.import_dialog import ImportDialog

# A fuzzer's file, as in the issue: series repeating every second, 100 000 times each.
SECONDLY = "".join(
    f"BEGIN:VEVENT\r\nUID:tick-{n}@example.org\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260609T080000Z\r\n"
    f"SUMMARY:Tick {n}\r\nRRULE:FREQ=SECONDLY;COUNT=100000\r\nEND:VEVENT\r\n"
    for n in range(50)
)
CALENDAR = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Fuzz//EN\r\n{events}END:VCALENDAR\r\n"


def import_dialog(qtbot: QtBot, plan: Planner, path: Path) -> ImportDialog:
    dialog = ImportDialog(plan, first_day=date(2026, 6, 8), last_day=date(2026, 6, 14))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(path))
    return dialog


def watch_progress(parent: QWidget, seen: list[tuple[int, int]], release: threading.Event) -> QTimer:
    """Look at the progress dialog while the work waits; let the work go on once it shows a bar."""
    timer = QTimer(parent)
    timer.setInterval(20)

    def look() -> None:
        for dialog in parent.findChildren(QProgressDialog):
            if dialog.isVisible() and dialog.maximum() > 0:
                seen.append((dialog.value(), dialog.maximum()))
                release.set()

    timer.timeout.connect(look)
    timer.start()
    return timer


def test_long_work_shows_a_bar_of_how_far_it_is(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: list[tuple[int, int]] = []
    release = threading.Event()
    timer = watch_progress(parent, seen, release)

    def work(report: Callable[[int, int], None]) -> str:
        report(3, 8)
        release.wait(30)  # until the test has seen the bar (never a timing: it waits for what it sees)
        return "done"

    assert run_with_progress(parent, "Importing…", work) == "done"
    timer.stop()
    assert seen and seen[0] == (3, 8)
    assert not any(d.isVisible() for d in parent.findChildren(QProgressDialog))  # closed with the work


def watch_busy(parent: QWidget, label: str, seen: list[tuple[str, int, int]], release: threading.Event) -> QTimer:
    """Look at the progress dialog while the work waits; let the work go on once it says ``label``
    (what it shows then: its label and its bar's range)."""
    timer = QTimer(parent)
    timer.setInterval(20)

    def look() -> None:
        for dialog in parent.findChildren(QProgressDialog):
            if dialog.isVisible() and dialog.labelText() == label:
                [bar] = dialog.findChildren(QProgressBar)
                seen.append((dialog.labelText(), bar.minimum(), bar.maximum()))
                release.set()

    timer.timeout.connect(look)
    timer.start()
    return timer


def test_once_every_step_is_done_the_bar_turns_busy_and_says_what_goes_on(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: list[tuple[str, int, int]] = []
    release = threading.Event()
    bar_seen = threading.Event()
    then = "Saving the posts and checking the balance…"
    timer = watch_progress(parent, [], bar_seen)
    busy = watch_busy(parent, then, seen, release)

    def work(report: Callable[[int, int], None]) -> str:
        report(3, 8)
        bar_seen.wait(30)  # the bar shows first
        report(8, 8)
        release.wait(30)  # then the saving goes on until the test has seen the dialog busy
        return "done"

    assert run_with_progress(parent, "Importing ten_k.ics…", work, then=then) == "done"
    timer.stop()
    busy.stop()
    # Busy (a bar going to and fro), not a bar back at empty standing still.
    assert seen and seen[0] == (then, 0, 0)


def choose(qtbot: QtBot, radio: QRadioButton) -> None:
    """Click a radio button on its indicator, where a click selects it."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
    assert radio.isChecked()


@pytest.mark.parametrize(
    ("language", "saving"),
    [
        ("en", "Saving the posts and checking the balance…"),
        ("fr", "Enregistrement des publications et vérification de l’équilibre…"),
    ],
)
def test_posts_from_a_calendar_show_the_saving_after_the_reading(
    qtbot: QtBot,
    plan: Planner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    language: str,
    saving: str,
) -> None:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:launch-{n}@example.org\r\nDTSTART:202606{10 + n}T080000Z\r\n"
        f"SUMMARY:Launch day {n}\r\nEND:VEVENT\r\n"
        for n in range(20)
    )
    path = tmp_path / "launch.ics"
    path.write_text(CALENDAR.format(events=events), encoding="utf-8")
    if language == "fr":
        request.getfixturevalue("french")
    dialog = import_dialog(qtbot, plan, path)
    choose(qtbot, dialog.posts_radio)
    dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findText("Instagram"))
    seen: list[tuple[str, int, int]] = []
    release = threading.Event()
    timer = watch_busy(dialog, saving, seen, release)
    real = importer_module.import_posts

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(30)  # the saving waits until the test has seen the dialog busy
        return real(*args, **kwargs)

    monkeypatch.setattr(reader_module, "_PROGRESS_EVERY", 5)
    monkeypatch.setattr(importer_module, "import_posts", held)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    timer.stop()
    assert seen and seen[0] == (saving, 0, 0)
    assert len(plan.list_posts()) == 20


def test_a_calendar_imported_again_counts_the_changed_posts_as_they_are_saved(
    qtbot: QtBot, plan: Planner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def launches(description: str) -> str:
        return "".join(
            f"BEGIN:VEVENT\r\nUID:launch-{n}@example.org\r\nDTSTART:202606{10 + n}T080000Z\r\n"
            f"SUMMARY:Launch day {n}\r\n{description}END:VEVENT\r\n"
            for n in range(20)
        )

    path = tmp_path / "launch.ics"
    path.write_text(CALENDAR.format(events=launches("")), encoding="utf-8")
    first = importer_module.read_calendar(path.read_bytes(), source="launch.ics", floating_zone="Europe/Paris")
    importer_module.import_posts(plan, first, platform="Instagram", category=None)
    path.write_text(CALENDAR.format(events=launches("DESCRIPTION:Doors open at 9\r\n")), encoding="utf-8")
    dialog = import_dialog(qtbot, plan, path)
    choose(qtbot, dialog.posts_radio)
    dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findText("Instagram"))
    saving = "Saving the posts and checking the balance…"
    seen: list[tuple[int, int]] = []
    release = threading.Event()
    timer = QTimer(dialog)
    timer.setInterval(20)

    def look() -> None:
        for shown in dialog.findChildren(QProgressDialog):
            if shown.isVisible() and shown.labelText() == saving and shown.maximum() > 0:
                seen.append((shown.value(), shown.maximum()))
                release.set()

    timer.timeout.connect(look)
    timer.start()
    real = importer_module.import_posts

    def held(*args, progress, **kwargs):  # type: ignore[no-untyped-def]
        def told(done: int, total: int) -> None:
            progress(done, total)
            if done < total:
                release.wait(30)  # the saving waits until the test has seen the bar count

        return real(*args, progress=told, **kwargs)

    monkeypatch.setattr(posts_module, "_BATCH", 5)
    monkeypatch.setattr(importer_module, "import_posts", held)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    timer.stop()
    assert seen and seen[0] == (5, 20)
    assert {post.body for post in plan.list_posts()} == {"Doors open at 9"}


def test_a_calendar_import_reports_the_events_read(
    qtbot: QtBot, plan: Planner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ticks.ics"
    path.write_text(CALENDAR.format(events=SECONDLY), encoding="utf-8")
    dialog = import_dialog(qtbot, plan, path)
    seen: list[tuple[int, int]] = []
    release = threading.Event()
    timer = watch_progress(dialog, seen, release)
    real = reader_module._Reader.event
    read: list[int] = []

    def held(self, component, block):  # type: ignore[no-untyped-def]
        read.append(1)
        if len(read) > 10:  # past the first report, the reading waits until the bar has been seen
            release.wait(30)
        return real(self, component, block)

    monkeypatch.setattr(reader_module, "_PROGRESS_EVERY", 10)
    monkeypatch.setattr(reader_module._Reader, "event", held)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    timer.stop()
    assert "“ticks” now has 50 events" in dialog.result_label.text()
    assert seen and all(total == 50 for _done, total in seen)
    # A week of them shows in the app without reading a series whole.
    events = plan.context_events(*day_range(date(2026, 6, 8), date(2026, 6, 14), plan.planning_zone))
    assert 0 < len(events) <= SHOWN_AT_MOST


def test_a_file_of_too_many_events_is_one_line_in_the_dialog(
    qtbot: QtBot, plan: Planner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_module, "MAX_EVENTS", 10)
    path = tmp_path / "ticks.ics"
    path.write_text(CALENDAR.format(events=SECONDLY), encoding="utf-8")
    dialog = import_dialog(qtbot, plan, path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.report is None
    assert dialog.message.text() == (
        "Cannot import “ticks.ics”: it holds 50 events; Dialogos imports 10 at most from one file: "
        "export a shorter period. Nothing was imported."
    )
    assert plan.context_calendars() == []
