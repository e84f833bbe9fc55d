"""Opening a damaged file in the app: a box offers the newest sound backup;
yes restores it and opens the window, no leaves the file as it was."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import Planner, PostFields
from tests.helpers.backups import MovingClock
from tests.helpers.fixed import NOW
from ui import app as ui_app
from ui.window.main_window import MainWindow


@pytest.fixture
def damaged(plan_path: Path) -> Path:
    """A plan with one post, backed up the next day, then cut short."""
    moving = MovingClock(NOW)
    with Planner.open(plan_path, planning_zone="Europe/Paris", clock=moving, user="camille") as planner:
        planner.add_platform("Instagram", "instagram")
        planner.create_post(PostFields(platform="Instagram", title="Saved in the backup"))
    moving.moment += timedelta(days=1)
    with Planner.open(plan_path, clock=moving) as planner:
        assert planner.auto_backup().path is not None
    content = plan_path.read_bytes()
    plan_path.write_bytes(content[: len(content) // 2])
    return plan_path


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Replace the question box by a fixed answer; the texts it was asked with."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return button

    monkeypatch.setattr(ui_app.QMessageBox, "question", question)
    monkeypatch.setattr(ui_app.QMessageBox, "critical", lambda *args: asked.append(f"critical: {args[2]}"))
    return asked


def close_when_shown(seen: list[MainWindow]) -> None:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(10, lambda: close_when_shown(seen))
        return
    seen.extend(windows)
    for window in windows:
        window.close()


def test_yes_restores_the_newest_sound_backup_and_opens_the_window(
    qapp: QApplication, damaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    seen: list[MainWindow] = []
    QTimer.singleShot(0, lambda: close_when_shown(seen))

    code = ui_app.run_app(damaged, "en")

    assert code == 0
    assert len(asked) == 1 and "is damaged (the file is cut short)" in asked[0]
    assert "Restore the newest sound backup" in asked[0] and "2026-06-11" in asked[0]
    assert len(seen) == 1
    with Planner.open(damaged, create=False) as planner:
        assert [p.title for p in planner.list_posts()] == ["Saved in the backup"]
    assert len(list(damaged.parent.glob("plan.backup-before-restore-*.sqlite"))) == 1


def test_no_leaves_the_damaged_file_byte_for_byte(
    qapp: QApplication, damaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    before = damaged.read_bytes()

    code = ui_app.run_app(damaged, "en")

    assert code == 5
    assert len(asked) == 1
    assert damaged.read_bytes() == before
    assert not list(damaged.parent.glob("*before-restore*"))


def test_without_a_sound_backup_the_damage_is_only_said(
    qapp: QApplication, damaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for backup in (damaged.parent / "plan.sqlite.backups").iterdir():
        backup.unlink()
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)

    code = ui_app.run_app(damaged, "en")

    assert code == 5
    assert len(asked) == 1 and asked[0].startswith("critical:") and "no sound backup" in asked[0]


def test_the_question_is_in_french_for_a_french_user(
    qapp: QApplication, damaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)

    code = ui_app.run_app(damaged, "fr")

    assert code == 5
    assert "est endommagé" in asked[0] and "Restaurer la sauvegarde saine la plus récente" in asked[0]
