"""File ▸ New database, Open, Open recent and Backup, driven through the menu's
actions; the native file dialogs are replaced by the path a user would pick."""

from __future__ import annotations

from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from planner import Planner
from tests.helpers.backends import fresh_schema, needs_pg
from tests.helpers.disk import mode_of, needs_posix, umask
from ui.window import windows
from ui.window.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The warnings and errors the app shows, instead of modal boxes."""
    shown: list[tuple[str, str]] = []

    def record(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def box(_parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return box

    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    return shown


@pytest.fixture
def pick(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Make the next file dialog answer ``path`` ("" is Cancel)."""

    def choose(path: str) -> None:
        def answer(*_args: object, **_kwargs: object) -> tuple[str, str]:
            return path, ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)

    return choose


def test_new_database_opens_a_fresh_plan_in_a_window_of_its_own(
    qtbot: QtBot, make_window: MakeWindow, pick: Callable[[str], None], tmp_path: Path, other_windows: list[MainWindow]
) -> None:
    window = make_window()
    pick(str(tmp_path / "team.sqlite"))

    window.action_set.new_database.trigger()

    qtbot.waitUntil(lambda: len(other_windows) == 1)
    opened = other_windows[0]
    assert opened.windowTitle() == "Dialogos — team.sqlite"
    assert opened.isVisible() and window.isVisible()  # the first window stays as it was
    assert (tmp_path / "team.sqlite").is_file()
    assert opened.planner.list_posts() == []
    assert windows.recent_files()[0] == str(tmp_path / "team.sqlite")


def test_closing_the_other_window_closes_its_file(
    qtbot: QtBot, make_window: MakeWindow, pick: Callable[[str], None], tmp_path: Path, other_windows: list[MainWindow]
) -> None:
    make_window()
    window = make_window()
    opened = windows.WINDOWS.open_path(window, window.sibling, tmp_path / "other.sqlite", create=True)
    assert opened is not None and other_windows == [opened]

    opened.close()
    qtbot.waitUntil(lambda: other_windows == [])


def test_open_shows_an_existing_plan_and_open_recent_finds_it_again(
    qtbot: QtBot,
    make_window: MakeWindow,
    pick: Callable[[str], None],
    tmp_path: Path,
    plan: Planner,
    other_windows: list[MainWindow],
) -> None:
    other_path = tmp_path / "shared.sqlite"
    with Planner.open(other_path, planning_zone="Europe/Paris") as other:
        other.add_platform("Mastodon", "mastodon")
    window = make_window()
    pick(str(other_path))

    window.action_set.open_database.trigger()
    qtbot.waitUntil(lambda: len(other_windows) == 1)
    assert [p.name for p in other_windows[0].planner.platforms()] == ["Mastodon"]
    other_windows[0].close()
    qtbot.waitUntil(lambda: other_windows == [])

    window.recent_menu.aboutToShow.emit()
    entries = [action.text() for action in window.recent_menu.actions()]
    assert entries[:2] == [str(other_path), str(plan.path)]
    window.recent_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: len(other_windows) == 1)
    assert other_windows[0].windowTitle() == "Dialogos — shared.sqlite"


def test_opening_a_file_that_is_not_a_plan_says_why_and_opens_nothing(
    make_window: MakeWindow,
    pick: Callable[[str], None],
    tmp_path: Path,
    messages: list[tuple[str, str]],
    other_windows: list[MainWindow],
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n", encoding="utf-8")
    window = make_window()
    pick(str(notes))

    window.action_set.open_database.trigger()

    assert other_windows == []
    assert len(messages) == 1 and messages[0][0] == "critical"
    assert "not a Dialogos database" in messages[0][1]
    assert notes.read_text(encoding="utf-8") == "shopping list\n"  # untouched


def test_cancelling_the_dialogs_does_nothing(
    make_window: MakeWindow,
    pick: Callable[[str], None],
    messages: list[tuple[str, str]],
    other_windows: list[MainWindow],
) -> None:
    window = make_window()
    pick("")
    for action in (window.action_set.new_database, window.action_set.open_database, window.action_set.backup):
        action.trigger()
    assert other_windows == [] and messages == []


def test_backup_writes_a_copy_and_says_where(
    qtbot: QtBot, make_window: MakeWindow, pick: Callable[[str], None], tmp_path: Path, plan: Planner
) -> None:
    plan.add_platform("Bluesky", "bluesky")
    window = make_window()
    target = tmp_path / "saved" / "copy.sqlite"
    target.parent.mkdir()
    pick(str(target))

    window.action_set.backup.trigger()

    assert target.is_file()
    with Planner.open(target, create=False) as copy:
        assert "Bluesky" in [p.name for p in copy.platforms()]
    assert str(target) in window.statusBar().currentMessage()


def test_a_backup_that_cannot_be_written_is_a_warning(
    make_window: MakeWindow, pick: Callable[[str], None], tmp_path: Path, messages: list[tuple[str, str]]
) -> None:
    window = make_window()
    pick(str(tmp_path / "missing-folder" / "copy.sqlite"))

    window.action_set.backup.trigger()

    assert [kind for kind, _text in messages] == ["warning"]
    assert not (tmp_path / "missing-folder").exists()


@needs_posix
def test_the_backup_of_a_private_plan_is_private(
    make_window: MakeWindow, pick: Callable[[str], None], tmp_path: Path, plan: Planner
) -> None:
    plan.path.chmod(0o600)
    window = make_window()
    target = tmp_path / "copy.sqlite"
    pick(str(target))

    with umask(0o022):
        window.action_set.backup.trigger()

    assert mode_of(target) == 0o600


@pytest.fixture
def address(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], list[str]]:
    """Make the server address dialog answer ``text``; what it proposed is kept."""

    def answer_with(text: str) -> list[str]:
        proposed: list[str] = []

        def get_text(_parent: object, _title: str, _label: str, _mode: object, given: str) -> tuple[str, bool]:
            proposed.append(given)
            return text, bool(text)

        monkeypatch.setattr(QInputDialog, "getText", get_text)
        return proposed

    return answer_with


def test_an_address_that_is_not_a_server_s_is_said_and_nothing_opens(
    make_window: MakeWindow,
    address: Callable[[str], list[str]],
    messages: list[tuple[str, str]],
    other_windows: list[MainWindow],
) -> None:
    window = make_window()
    proposed = address("team-plan.sqlite")

    window.action_set.open_server.trigger()

    assert proposed == ["postgresql://"]  # nothing remembered yet: the start of an address
    assert messages == [
        ("warning", "“team-plan.sqlite” is not a PostgreSQL address: write it as postgresql://user@host:5432/database.")
    ]
    assert other_windows == []


def test_a_server_that_cannot_be_reached_is_said_in_one_line(
    make_window: MakeWindow,
    address: Callable[[str], list[str]],
    messages: list[tuple[str, str]],
    other_windows: list[MainWindow],
) -> None:
    window = make_window()
    address("postgresql://nobody@127.0.0.1:9/plan")  # the discard port: nothing listens there

    window.action_set.open_server.trigger()

    ((kind, text),) = messages
    # Without the PostgreSQL driver installed, the one line says how to install it.
    expected = "postgresql://nobody@127.0.0.1:9/plan" if find_spec("psycopg") else "pip install 'dialogos[postgres]'"
    assert kind == "critical" and "\n" not in text and expected in text
    assert other_windows == []


@needs_pg
def test_a_plan_on_a_server_opens_in_its_own_window_and_is_made_if_asked(
    qtbot: QtBot,
    make_window: MakeWindow,
    address: Callable[[str], list[str]],
    messages: list[tuple[str, str]],
    other_windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    with fresh_schema() as url:
        address(url)
        window.action_set.open_server.trigger()

        qtbot.waitUntil(lambda: len(other_windows) == 1)
        assert len(asked) == 1 and "no plan" in asked[0]  # an empty database: made a plan when the user said so
        assert messages == []
        opened = other_windows[0]
        location = opened.planner.location
        assert opened.planner.on_server and opened.planner.list_posts() == []
        assert windows.recent_files()[0] == location
        opened.close()
        qtbot.waitUntil(lambda: other_windows == [])

        proposed = address(url)
        window.action_set.open_server.trigger()  # the second time, the plan is there: no question
        qtbot.waitUntil(lambda: len(other_windows) == 1)
        assert proposed == [location]  # the last server's address, proposed again
        assert len(asked) == 1
        other_windows[0].close()
        qtbot.waitUntil(lambda: other_windows == [])
