"""The app never shows a password typed in a server's address: not in the dialogs of
``dialogos --db …`` and File ▸ Open a plan on a server…, whatever the driver says back,
nor in the window's title or the remembered plans (tests/ui/test_server_plan.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from ui import app as ui_app
from ui.window import windows
from ui.window.main_window import MainWindow

SECRET = "S3KRIT-pw"
Shown = list[tuple[str, str, str]]


@pytest.fixture(autouse=True)
def driver() -> None:
    pytest.importorskip("psycopg", reason="a plan on a server needs psycopg")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    """Each message box the app shows, as (kind, title, text), instead of showing it."""
    boxes: Shown = []

    def record(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def box(_parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
            boxes.append((kind, title, text))
            return QMessageBox.StandardButton.No

        return box

    for kind in ("critical", "warning", "question", "information"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return boxes


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Make the server address dialog answer ``text``."""

    def answer(text: str) -> None:
        monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: (text, True))

    return answer


def test_starting_on_an_unreadable_address_says_so_without_the_password(qapp: QApplication, shown: Shown) -> None:
    code = ui_app.run_app(f"postgresql://camille:50%off-{SECRET}@127.0.0.1:5544/plan", "en")

    assert code == 2
    ((kind, title, text),) = shown
    assert kind == "critical" and "\n" not in text
    assert text.startswith("postgresql://camille@127.0.0.1:5544/plan is not a PostgreSQL address")
    assert SECRET not in title + text


@pytest.mark.parametrize(
    "address",
    [
        f"postgresql://camille:50%off-{SECRET}@127.0.0.1:1/plan",
        f"postgresql://camille:{SECRET}@[::1/plan",
        f"postgresql://camille:{SECRET}@127.0.0.1:abc/plan",
        f"postgresql://camille:{SECRET}@127.0.0.1:1/plan",  # readable, but nothing listens there
    ],
)
def test_open_a_plan_on_a_server_never_shows_the_password_typed(
    make_window: Callable[[], MainWindow],
    typed: Callable[[str], None],
    shown: Shown,
    other_windows: list[MainWindow],
    address: str,
) -> None:
    window = make_window()
    typed(address)

    window.action_set.open_server.trigger()

    ((kind, title, text),) = shown
    assert kind == "critical" and "\n" not in text
    assert text.startswith(("postgresql://camille@", "Cannot open postgresql://camille@"))
    assert SECRET not in title + text
    assert other_windows == []
    assert not any(SECRET in entry for entry in windows.recent_files())


def test_an_address_mistyped_is_echoed_without_its_password(
    make_window: Callable[[], MainWindow], typed: Callable[[str], None], shown: Shown
) -> None:
    window = make_window()
    typed(f"postgres:/camille:{SECRET}@db.example/plan")  # one slash missing: not an address

    window.action_set.open_server.trigger()

    assert [(kind, text) for kind, _title, text in shown] == [
        (
            "warning",
            "“postgres:/camille@db.example/plan” is not a PostgreSQL address: "
            "write it as postgresql://user@host:5432/database.",
        )
    ]
