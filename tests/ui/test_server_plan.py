"""The desktop app on a plan kept on a PostgreSQL server (``dialogos --db postgresql://…``).

The window names the database and its host, never the password; settings are
keyed by the plan's location; what only a file has (backups, the risky-place
warning) is left out with the core's reason; presence, history, a colleague's
changes, the live calendar, export and import work as on a file.

Each test gets a fresh schema on the server that ``DIALOGOS_TEST_PG`` names
(tests/helpers/backends.py); without it they are skipped and say why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import icalendar
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields, PostPatch
from planner.session import Clock
from tests.helpers.backends import PG_SERVER, fresh_schema, needs_pg
from tests.helpers.ui import PARIS
from ui import app as ui_app
from ui import launcher
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.history import HistoryDialog
from ui.dialogs.import_dialog import ImportDialog
from ui.sharing import team as sharing
from ui.window import windows
from ui.window.main_window import MainWindow

SECRET = "s3cret-pw"
HOLIDAYS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Holidays//EN\r\n"
    "BEGIN:VEVENT\r\nUID:pentecost-2026@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
    "DTSTART;VALUE=DATE:20260611\r\nDTEND;VALUE=DATE:20260612\r\nSUMMARY:Fête de la musique (eve)\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

MakeWindow = Callable[[], MainWindow]


def with_password(url: str) -> str:
    """``url`` as a user would type it with a password (the test server trusts anyone: it is ignored)."""
    parts = urlsplit(url)
    netloc = f"{parts.username or 'postgres'}:{SECRET}@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def expected_title() -> str:
    server = urlsplit(PG_SERVER)
    return f"Dialogos — {server.path.lstrip('/')} on {server.hostname}"


def settings_text() -> str:
    """Everything the app wrote to its settings, as stored."""
    settings = QSettings()
    settings.sync()
    return Path(settings.fileName()).read_text(encoding="utf-8") if Path(settings.fileName()).exists() else ""


@pytest.fixture
def server_url() -> Iterator[str]:
    """A fresh schema on the test server, named by a URL with a password in it."""
    with fresh_schema() as url:
        yield with_password(url)


@pytest.fixture
def server_plan(server_url: str, fixed_clock: Clock) -> Iterator[Planner]:
    """A new plan on the server, in Europe/Paris by camille, with Instagram and LinkedIn."""
    opened = Planner.open(server_url, planning_zone="Europe/Paris", clock=fixed_clock, user="camille")
    opened.add_platform("Instagram", "instagram")
    opened.add_platform("LinkedIn", "linkedin")
    yield opened
    opened.close()


@pytest.fixture
def make_server_window(qtbot: QtBot, server_plan: Planner, fixed_clock: Clock) -> Iterator[MakeWindow]:
    """The main window on the server plan, shown (polling fast: a colleague's change shows up quickly)."""
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(server_plan, clock=fixed_clock, poll_interval_ms=100)
        window.resize(1100, 650)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(window.is_started)  # the side panels too
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()  # stops polling before the planner closes


def at(day: int, hour: int) -> datetime:
    return datetime(2026, 6, day, hour, 0, tzinfo=PARIS)


# -- opening --------------------------------------------------------------------


def test_dialogos_with_a_server_url_opens_the_app_on_it(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []
    monkeypatch.setattr(ui_app, "run_app", lambda location, _language: opened.append(location) or 0)

    code = launcher.main(["--db", "postgresql://camille@db.example/plan"])

    assert code == 0
    assert opened == ["postgresql://camille@db.example/plan"]


def test_a_server_that_cannot_be_reached_is_said_in_one_line_without_the_password(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("psycopg", reason="a plan on a server needs psycopg")
    shown: list[str] = []
    monkeypatch.setattr(ui_app.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))

    code = ui_app.run_app(f"postgresql://camille:{SECRET}@127.0.0.1:1/plan", "en")

    assert code == 5
    assert len(shown) == 1 and "\n" not in shown[0]
    assert "postgresql://camille@127.0.0.1:1/plan" in shown[0] and SECRET not in shown[0]


@needs_pg
def test_run_app_opens_the_window_on_a_new_server_plan(qapp: QApplication, server_url: str) -> None:
    seen: list[str] = []

    def look_and_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:  # still connecting, in the background
            QTimer.singleShot(10, look_and_quit)
            return
        seen.extend(w.windowTitle() for w in windows)
        for window in QApplication.topLevelWidgets():
            window.close()

    QTimer.singleShot(0, look_and_quit)
    code = ui_app.run_app(server_url, "en")

    assert code == 0
    assert seen == [expected_title()]
    with Planner.open(server_url, create=False) as again:  # the plan was made on the server
        assert again.on_server and again.list_posts() == []


@needs_pg
def test_the_window_names_the_database_and_its_host_never_the_password(
    make_server_window: MakeWindow, server_plan: Planner
) -> None:
    window = make_server_window()

    assert window.windowTitle() == expected_title()
    assert window.path_label.text() == f"Database: {server_plan.location}"
    assert window.path_label.toolTip() == server_plan.location
    assert server_plan.location.startswith("postgresql://")
    assert windows.recent_files()[0] == server_plan.location
    assert server_plan.location in settings_text()  # the recent plans name it as the status bar does
    shown = [window.windowTitle(), window.path_label.text(), window.path_label.toolTip(), settings_text()]
    assert not any(SECRET in text for text in shown)


# -- what only a file has ---------------------------------------------------------


@needs_pg
def test_backup_writes_a_pg_dump_where_the_user_says(
    make_server_window: MakeWindow, server_plan: Planner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    proposed: list[str] = []
    chosen = tmp_path / "team-plan.sql"

    def save_as(*args: Any, **_kw: Any) -> tuple[str, str]:
        proposed.append(args[2])
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window = make_server_window()

    window.action_set.backup.trigger()

    # Proposed in the user's folder of server backups, named after the database and its host.
    assert Path(proposed[0]).parent == tmp_path / "share" / "Dialogos" / "server-backups"
    server = urlsplit(PG_SERVER)
    assert Path(proposed[0]).name.startswith(f"{server.path.lstrip('/')}@{server.hostname}.backup-manual-")
    assert "CREATE TABLE" in chosen.read_text(encoding="utf-8")
    assert str(chosen) in window.statusBar().currentMessage()


@needs_pg
def test_no_daily_backup_and_no_risky_place_warning_on_a_server(
    qtbot: QtBot, make_server_window: MakeWindow, server_plan: Planner, monkeypatch: pytest.MonkeyPatch
) -> None:
    places: list[object] = []
    monkeypatch.setattr(sharing, "warn_once", lambda path: places.append(path))
    backups: list[object] = []
    monkeypatch.setattr(server_plan, "auto_backup", lambda: backups.append(1))
    window = make_server_window()

    qtbot.waitUntil(lambda: window.sharing.presence._timer.isActive())  # the window has joined
    QApplication.processEvents()  # anything queued after joining has run
    window.sharing.back_up()  # the hourly timer's call

    assert places == [] and backups == []
    assert not window.sharing._backup_timer.isActive()


# -- working as a team ----------------------------------------------------------------


@needs_pg
def test_colleagues_see_each_other_and_each_other_s_changes(
    qtbot: QtBot, make_server_window: MakeWindow, server_plan: Planner, server_url: str
) -> None:
    window = make_server_window()
    with Planner.open(server_url, user="sam", clock=server_plan.now) as colleague:
        colleague.join("Sam")
        window.sharing.presence.beat()
        qtbot.waitUntil(window.sharing.presence.isVisible)
        assert "Sam" in window.sharing.presence.text()
        qtbot.waitUntil(lambda: [p.name for p in colleague.present()] == ["camille"])

        colleague.create_post(PostFields(platform="LinkedIn", title="From Sam", category="Question", start=at(10, 15)))
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
        assert "sam" in window.statusBar().currentMessage()

        window.close()
        assert colleague.present() == []  # closing the window left at once


@needs_pg
def test_restoring_a_version_from_the_history_is_an_edit_that_undo_takes_back(
    make_server_window: MakeWindow, server_plan: Planner, monkeypatch: pytest.MonkeyPatch
) -> None:
    post = server_plan.create_post(
        PostFields(platform="Instagram", title="First title", category="Question", start=at(10, 9))
    ).posts[0]
    server_plan.edit_post(post.id, PostPatch(title="Second title"))
    window = make_server_window()
    window.week_view.select_post(post.id)

    def choose_first_version(dialog: HistoryDialog) -> int:
        dialog.select_version(1)
        dialog.restore_selected()
        return 0

    monkeypatch.setattr(HistoryDialog, "exec", choose_first_version)
    window.action_set.post_history.trigger()

    assert server_plan.get_post(post.id).title == "First title"
    window.action_set.undo.trigger()
    assert server_plan.get_post(post.id).title == "Second title"
    assert [entry.who for entry in server_plan.post_history(post.id)] == ["camille"] * 4


@needs_pg
def test_open_recent_reopens_the_server_plan(
    qtbot: QtBot, make_server_window: MakeWindow, server_plan: Planner, other_windows: list[MainWindow]
) -> None:
    window = make_server_window()
    window.recent_menu.aboutToShow.emit()
    entry = next(a for a in window.recent_menu.actions() if a.text() == server_plan.location)

    entry.trigger()

    qtbot.waitUntil(lambda: len(other_windows) == 1)
    opened = other_windows[0]
    assert opened.windowTitle() == expected_title()
    assert [p.name for p in opened.planner.platforms()] == ["Instagram", "LinkedIn"]
    assert windows.recent_files().count(server_plan.location) == 1


# -- files made from the plan -----------------------------------------------------------


def events_of(path: Path) -> list[Any]:
    return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


@needs_pg
def test_the_live_calendar_follows_a_colleague_and_is_remembered_for_the_server_plan(
    qtbot: QtBot, make_server_window: MakeWindow, server_plan: Planner, server_url: str, tmp_path: Path
) -> None:
    from planner.exchange.ics.export import ExportOptions

    window = make_server_window()
    live = tmp_path / "live.ics"
    window.live.turn_on(ExportOptions(), live)
    qtbot.waitUntil(lambda: live.exists())
    with Planner.open(server_url, user="sam") as colleague:
        colleague.create_post(PostFields(platform="Instagram", title="From Sam", category="Question", start=at(10, 9)))
    qtbot.waitUntil(lambda: len(events_of(live)) == 1, timeout=5000)
    assert SECRET not in settings_text()

    window.close()
    again = make_server_window()
    assert again.live.is_on() and again.live.destination == live


@needs_pg
def test_export_starts_in_the_home_folder_and_import_fills_the_server_plan(
    qtbot: QtBot, server_plan: Planner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    server_plan.create_post(PostFields(platform="Instagram", title="Wednesday", category="Question", start=at(10, 9)))
    export = ExportDialog(server_plan, first_day=date(2026, 6, 8), last_day=date(2026, 6, 14))
    qtbot.addWidget(export)
    export.show()
    database = urlsplit(PG_SERVER).path.lstrip("/")
    assert export.path_edit.text() == str(tmp_path / f"{database}.ics")

    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    assert [str(e["SUMMARY"]) for e in events_of(tmp_path / f"{database}.ics")] == ["[Instagram] 💬 Wednesday"]

    holidays = tmp_path / "holidays.ics"
    holidays.write_text(HOLIDAYS, encoding="utf-8")
    dialog = ImportDialog(server_plan, first_day=date(2026, 6, 8), last_day=date(2026, 6, 14))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(holidays))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [calendar.name for calendar in server_plan.context_calendars()] == ["holidays"]
