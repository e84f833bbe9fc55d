"""The first painted week loads only what it paints: what follows it (presence, backups, the
risky-place check, conflicted copies, context calendars, history, exchange, dialogs) is
imported after it, in ``MainWindow.finish_start`` or on first use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

DEFERRED = (
    "planner.context",
    "planner.recurrence",
    "planner.series",
    "ui.series_operations",
    "planner.history",
    "planner.sharing.comparison",
    "planner.sharing.copies",
    "planner.sharing.places",
    "planner.sharing.presence",
    "planner.exchange",
    "planner.demo",
    "ui.dialogs",
    "ui.slot_commands",
    "ui.team_commands",
    "ui.review_operations",
    "ui.review_commands",
    "ui.editor",
    "ui.month",
    "ui.agenda",
    "ui.insights",
    "ui.followups.panel",
    "ui.for_me.panel",
    "planner.followups",
)
"""Modules (and packages, with everything under them) the first paint must not have imported."""

SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

folder = Path(sys.argv[1])
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
from planner.service import Planner
from ui.app import create_main_window

app = QApplication(sys.argv[:1])
planner = Planner.open(folder / "plan.sqlite")
window = create_main_window(planner)
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "at_paint" not in seen:
            seen["at_paint"] = sorted(sys.modules)
            seen["started_at_paint"] = window.is_started()
            QTimer.singleShot(0, loop.quit)  # not app.quit(): it would close the window
        return False

first_paint = FirstPaint()
window.week_view.installEventFilter(first_paint)
loop = QEventLoop()
window.show()
loop.exec()
window.finish_start()  # what the first paint left: everything still happens
seen["after_start"] = sorted(sys.modules)
window.close()
planner.close()
print(json.dumps(seen))
"""


def _under(module: str, names: tuple[str, ...]) -> bool:
    return any(module == name or module.startswith(name + ".") for name in names)


def test_the_first_paint_imports_only_what_it_paints(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["started_at_paint"] is False
    assert [module for module in seen["at_paint"] if _under(module, DEFERRED)] == []
    # After the first paint, the window's start goes on: context calendars read, presence joined.
    assert {"planner.context", "planner.sharing.presence"} <= set(seen["after_start"])
