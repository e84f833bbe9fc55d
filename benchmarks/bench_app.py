"""The desktop app on a 100 000-post file: starting, switching weeks, painting.

Three figures, all measured in this run, offscreen (``QT_QPA_PLATFORM`` is set
to ``offscreen`` unless it already names a platform):

1. Start to first painted week. Each start is a fresh Python process, so the
   imports and Qt's own start-up are paid every time. The process's first
   line takes a timestamp before any import; the time kept is from there to
   the moment the first paint of the week view has gone through (an event
   filter sees the first ``Paint`` event, a zero-delay timer fires once that
   paint is over). The app's process imports what ``dialogos`` does, in the
   same order (``ui.launcher``, so the core before Qt), reads its command
   line (``--db FILE --lang en``) as the launcher does, then starts as
   ``run_app`` does (language, locale, translators, ``Planner.open``,
   ``create_main_window``, ``show``) on the 100 000-post ``bulk_demo`` file,
   with the clock fixed on the demo's "today", so the first week shown is a
   busy one; the bare process imports PySide6 only and shows an empty
   ``QWidget`` of the same size. Both are run alternately, medians of 5 each
   after one warm-up each; the warm-up also leaves the compiled bytecode in a
   temporary folder, as an installed app has its own, even where
   ``PYTHONDONTWRITEBYTECODE`` is set. The time from the parent's spawn
   (interpreter start included) is printed too. The window paints its week
   first and fills its side panels right after (``MainWindow.finish_start``):
   the time until that is done is printed as well, with no target. For
   reference, a third process shows the least such a window needs: peewee,
   one query for the same week's posts, a main window with a toolbar, a menu,
   a dock and a status bar, and the week's cards painted with their titles.
2. Switching to the next week: two windows in this process, one on the
   100 000-post file and one on a 1 000-post file cut from it around the two
   weeks switched between (the same posts in both weeks, 100 times fewer
   rows). What is timed is ``commands.next`` (then ``commands.previous``,
   alternately) triggered, then the week view repainted at once.
3. The slowest paint of the week view while scrolling: the 100 000-post
   file's busiest week, the scroll bar moved through its whole range and back
   by single steps, the view repainted at each step; each ``paintEvent`` is
   timed on its own by an event filter. No target: the figure is reported.

Qt's settings go to a temporary folder, never to the user's.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

import json
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    QSettings,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication

from benchmarks._common import SEED, TODAY, ZONE, clock, median_ms, scratch, verdict
from benchmarks.bench_week_list import _cut, _open
from planner import i18n
from planner.demo import bulk_demo
from planner.model import PostQuery
from planner.service import Planner
from planner.timezones import timestamp, week_range
from ui.app import create_main_window, install_translators, use_locale
from ui.week.view import WeekView
from ui.window.main_window import MainWindow, first_size

BIG = 100_000
SMALL = 1_000
LANGUAGE = "en"
STARTS = 5
SWITCH_WARM_UP = 6
SWITCHES = 30
START_TARGET = 2.5  # the target; its stretch is 2 (STRETCH_TARGET)
STRETCH_TARGET = 2.0
SWITCH_TARGET = 1.5
ROOT = Path(__file__).resolve().parent.parent

START_SCRIPT = """\
import time
TOP = time.monotonic_ns()
import json, os, sys
mode, folder = sys.argv[1], sys.argv[2]
marks = {"top": TOP}
if mode == "app":
    from datetime import datetime
    import ui.launcher  # what `dialogos` imports first: the core, without Qt
    from planner.cli.app_options import read_app_options
    from planner.locations import resolve_database
    # What `dialogos --db FILE --lang en` reads before it imports Qt (the app's options need no parser).
    options = read_app_options(["--db", sys.argv[3], "--lang", sys.argv[4]])
    location = resolve_database(options.db)
    from planner import i18n
    from planner.service import Planner
    from ui.app import create_main_window, install_translators, use_locale
elif mode == "least":
    import peewee
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget
marks["imported"] = time.monotonic_ns()
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
app = QApplication(sys.argv[:1])
marks["application"] = time.monotonic_ns()

def done():
    marks.setdefault("painted", time.monotonic_ns())
    if mode == "app" and not window.is_started():
        QTimer.singleShot(0, done)  # the side panels, presence and the live file follow the first paint
        return
    marks["complete"] = time.monotonic_ns()
    print(json.dumps(marks), flush=True)
    os._exit(0)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "paint" not in marks:
            marks["paint"] = time.monotonic_ns()
            QTimer.singleShot(0, done)  # runs once this paint is over
        return False

if mode == "app":
    language, moment = sys.argv[4], datetime.fromisoformat(sys.argv[5])
    app.setApplicationName("Dialogos")
    i18n.set_language(language)
    use_locale(language)
    translators = install_translators(app, language)
    planner = Planner.open(location, clock=lambda: moment)
    marks["opened"] = time.monotonic_ns()
    window = create_main_window(planner)
    painted = window.week_view
elif mode == "least":
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QAction, QColor, QPainter
    from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QToolBar

    week = (int(sys.argv[4]), int(sys.argv[5]))
    query = "SELECT title, start_ts FROM post WHERE start_ts >= ? AND start_ts < ? ORDER BY start_ts"
    rows = peewee.SqliteDatabase(sys.argv[3]).execute_sql(query, week).fetchall()

    class Cards(QWidget):
        def paintEvent(self, event):
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), QColor("white"))
            column, metrics = self.width() / 7, painter.fontMetrics()
            for title, start in rows:
                day, minute = divmod((start - week[0]) // 60, 24 * 60)
                card = QRectF(day * column, minute * self.height() / (24 * 60), column - 4, metrics.height() + 4)
                painter.setBrush(QColor("#c8daf0"))
                painter.drawRoundedRect(card, 3, 3)
                shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(column - 8))
                painter.drawText(card.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, shown)

    window = QMainWindow()
    painted = Cards()
    window.setCentralWidget(painted)
    toolbar = QToolBar()
    for text in ("Previous", "Today", "Next", "Week", "Month", "Agenda", "New post"):
        toolbar.addAction(QAction(text, window))
    window.addToolBar(toolbar)
    window.menuBar().addMenu("File").addAction(QAction("Quit", window))
    dock = QDockWidget("Balance")
    dock.setWidget(QLabel("Balance"))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.statusBar().showMessage("Ready")
    window.resize(int(sys.argv[6]), int(sys.argv[7]))
else:
    window = QWidget()
    window.resize(int(sys.argv[3]), int(sys.argv[4]))
    painted = window
marks["window"] = time.monotonic_ns()
first_paint = FirstPaint()
painted.installEventFilter(first_paint)
window.show()
marks["shown"] = time.monotonic_ns()
QTimer.singleShot(60_000, lambda: os._exit(3))
app.exec()
"""


def _start(arguments: list[str], bytecode: Path) -> tuple[dict[str, int], int]:
    """One fresh process: its marks (monotonic ns) and the parent's spawn instant.

    Its compiled bytecode goes to ``bytecode`` (an installed app has its own),
    even where the environment asks Python not to write any.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(bytecode))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    spawned = time.monotonic_ns()
    done = subprocess.run(
        [sys.executable, "-c", START_SCRIPT, *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"the start process failed ({done.returncode}): {done.stderr[-2000:]}")
    marks: dict[str, int] = json.loads(done.stdout.strip().splitlines()[-1])
    return marks, spawned


def _window_size() -> tuple[int, int]:
    """The size the app's first window takes on this (offscreen) screen: the stand-ins open at it too."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    size = first_size(app.primaryScreen().availableGeometry().size())
    return size.width(), size.height()


def _starts(big_path: Path, folder: Path) -> None:
    settings = folder / "settings-children"
    width, height = (str(n) for n in _window_size())
    app_args = ["app", str(settings), str(big_path), LANGUAGE, clock().isoformat()]
    bare_args = ["bare", str(settings), width, height]
    year, week, _ = TODAY.isocalendar()
    shown = [str(timestamp(moment)) for moment in week_range(year, week, ZONE)]
    least_args = ["least", str(settings), str(big_path), *shown, width, height]
    runs: dict[str, list[tuple[dict[str, int], int]]] = {"bare": [], "app": [], "least": []}
    for repetition in range(1 + STARTS):  # alternated: drift hits all alike; the first of each is warm-up
        for name, arguments in (("bare", bare_args), ("app", app_args), ("least", least_args)):
            result = _start(arguments, folder / "bytecode")
            if repetition:
                runs[name].append(result)

    def median(name: str, since: str, until: str = "painted") -> float:
        return statistics.median(marks[until] - marks[since] for marks, _ in runs[name]) / 1e6

    def median_from_spawn(name: str) -> float:
        return statistics.median(marks["painted"] - spawned for marks, spawned in runs[name]) / 1e6

    print(f"   start to first paint, median of {STARTS} fresh processes each (after 1 warm-up each), alternated:")
    for name, label in (("bare", "bare PySide6 QWidget window"), ("app", f"Dialogos on {BIG:,} posts")):
        print(
            f"      {label:<30} {median(name, 'top'):7.1f} ms from the script's first line"
            f" ({median_from_spawn(name):6.1f} ms from the spawn)"
        )
    stages = (
        ("imports", "top", "imported"),
        ("QApplication", "imported", "application"),
        ("language+open", "application", "opened"),
        ("window", "opened", "window"),
        ("show", "window", "shown"),
        ("to paint", "shown", "paint"),
        ("paint", "paint", "painted"),
    )
    print("      the app's stages: " + ", ".join(f"{name} {median('app', a, b):.1f}" for name, a, b in stages) + " ms")
    print(
        f"      then the rest of the window (balance and ideas panels filled, presence joined):"
        f" {median('app', 'painted', 'complete'):.1f} ms more, {median('app', 'top', 'complete'):.1f} ms in all"
    )
    print(
        f"      the bare window's: imports {median('bare', 'top', 'imported'):.1f},"
        f" the rest {median('bare', 'imported'):.1f} ms"
    )
    ratio = median("app", "top") / median("bare", "top")
    print(
        f"   RATIO start to first painted week, {BIG:,}-post file / bare PySide6 window: {ratio:.2f}"
        f"  (target <= {START_TARGET:g}: {verdict(ratio, START_TARGET)};"
        f" stretch <= {STRETCH_TARGET:g}: {verdict(ratio, STRETCH_TARGET)})"
    )
    spawn_ratio = median_from_spawn("app") / median_from_spawn("bare")
    print(f"   for reference, from the parent's spawn (interpreter start included): {spawn_ratio:.2f}")
    least = median("least", "top") / median("bare", "top")
    print(
        f"   for reference, the least such a window needs (peewee, one query, a main window with a toolbar,"
        f" a menu, a dock, and the same week's cards painted with their titles):"
        f" {median('least', 'top'):.1f} ms, {least:.2f} x the bare window"
    )


class _PaintTimer(QObject):
    """Times each paintEvent of one week view, by running it itself."""

    def __init__(self) -> None:
        super().__init__()
        self.samples: list[int] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, WeekView) and event.type() == QEvent.Type.Paint:
            assert isinstance(event, QPaintEvent)
            before = time.perf_counter_ns()
            watched.paintEvent(event)
            self.samples.append(time.perf_counter_ns() - before)
            return True
        return False


def _window(planner: Planner) -> MainWindow:
    window = create_main_window(planner)
    window.watch.stop()  # no polling between two samples
    window.show()
    QApplication.processEvents()
    return window


def _dispose(window: MainWindow) -> None:
    """Away without closing: a closed window saves its layout, and the next one would start from it."""
    window.hide()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _switches(big: Planner, cut: Planner, first_week: tuple[int, int]) -> None:
    windows = {f"{BIG:>7,} posts": _window(big), f"{SMALL:>7,} posts (cut)": _window(cut)}
    shown: dict[str, list[int]] = {}
    for name, window in windows.items():
        window.show_week(*first_week)
        counts = [len(window.week_view.layout_rects())]
        window.action_set.next.trigger()
        counts.append(len(window.week_view.layout_rects()))
        window.action_set.previous.trigger()
        shown[name] = counts
    samples: dict[str, list[int]] = {name: [] for name in windows}
    for repetition in range(SWITCH_WARM_UP + SWITCHES):
        for name, window in windows.items():  # interleaved: drift hits both alike
            action = window.action_set.next if repetition % 2 == 0 else window.action_set.previous
            before = time.perf_counter_ns()
            action.trigger()
            window.week_view.repaint()
            elapsed = time.perf_counter_ns() - before
            QApplication.processEvents()  # the rest of the window catches up, untimed
            if repetition >= SWITCH_WARM_UP:
                samples[name].append(elapsed)
    year, week = first_week
    following = (date.fromisocalendar(year, week, 1) + timedelta(weeks=1)).isocalendar()
    print(
        f"   switching {year}-W{week:02d} <-> {following.year}-W{following.week:02d}"
        f" (action triggered + week view repainted), median of {SWITCHES} after {SWITCH_WARM_UP} warm-up switches:"
    )
    for name in windows:
        both = " and ".join(str(count) for count in shown[name])
        print(f"      {name}: {both} posts in the two weeks, {median_ms(samples[name]):6.2f} ms")
    big_name, cut_name = windows
    assert shown[big_name] == shown[cut_name], "the cut file must hold the same two weeks"
    ratio = median_ms(samples[big_name]) / median_ms(samples[cut_name])
    print(
        f"   RATIO switching to the next week, {BIG:,}-post file / {SMALL:,}-post file, same weeks: {ratio:.2f}"
        f"  (target <= {SWITCH_TARGET:g}: {verdict(ratio, SWITCH_TARGET)})"
    )
    for window in windows.values():
        _dispose(window)


def _busiest_week(planner: Planner) -> tuple[tuple[int, int], int]:
    """The ISO week with the most posts, and how many."""
    days = (TODAY - timedelta(days=3 * 365 + 7), TODAY + timedelta(days=3 * 365 + 7))
    counts: dict[tuple[int, int], int] = {}
    monday = days[0] - timedelta(days=days[0].weekday())
    while monday <= days[1]:
        year, week, _ = monday.isocalendar()
        start, end = week_range(year, week, ZONE)
        counts[(year, week)] = len(planner.list_posts(PostQuery(start=start, end=end)))
        monday += timedelta(weeks=1)
    busiest = max(counts, key=lambda key: (counts[key], key))
    return busiest, counts[busiest]


def _scrolling(big: Planner) -> None:
    (year, week), posts = _busiest_week(big)
    window = _window(big)
    window.show_week(year, week)
    QApplication.processEvents()
    view = window.week_view
    bar = view.verticalScrollBar()
    timer = _PaintTimer()
    view.installEventFilter(timer)
    positions = list(range(bar.minimum(), bar.maximum() + 1, bar.singleStep()))
    for value in [*positions, *reversed(positions)]:
        bar.setValue(value)
        view.repaint()
    view.removeEventFilter(timer)
    samples = timer.samples
    slowest, median = max(samples) / 1e6, statistics.median(samples) / 1e6
    ninety_fifth = statistics.quantiles(samples, n=20)[-1] / 1e6
    print(
        f"   painting {year}-W{week:02d} ({posts} posts, the busiest week), {len(samples)} paints"
        f" scrolling {bar.minimum()}..{bar.maximum()} px by {bar.singleStep()} px and back,"
        f" view {view.width()}x{view.height()}:"
    )
    print(
        f"   SLOWEST PAINT while scrolling: {slowest:.2f} ms"
        f" (median {median:.2f} ms, 95th percentile {ninety_fifth:.2f} ms; no target)"
    )
    print(f"   for information, slowest / median paint: {slowest / median:.2f}")
    _dispose(window)


def _quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages on stderr, but for the offscreen platform's note that it cannot resize to hints."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def main() -> None:
    year, week, _ = TODAY.isocalendar()
    following = date.fromisocalendar(year, week, 1) + timedelta(weeks=1)
    middle = timestamp(week_range(*following.isocalendar()[:2], ZONE)[0])  # between the two weeks switched
    print(f"== the app on a {BIG:,}-post file: start, switching weeks, painting ({os.environ['QT_QPA_PLATFORM']})")
    with scratch("app") as folder:
        made = time.perf_counter()
        big = _open(folder / "big.sqlite")
        bulk_demo(big, posts=BIG, seed=SEED, today=TODAY)
        _cut(big, folder / "cut.sqlite", middle, SMALL)
        cut = _open(folder / "cut.sqlite")
        print(f"   (files written in {time.perf_counter() - made:.1f} s)")
        try:
            _starts(folder / "big.sqlite", folder)
            previous_handler = qInstallMessageHandler(_quiet)
            app = QApplication.instance() or QApplication(sys.argv[:1])
            assert isinstance(app, QCoreApplication)
            QSettings.setDefaultFormat(QSettings.Format.IniFormat)
            QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
            previous = i18n.language()
            i18n.set_language(LANGUAGE)
            use_locale(LANGUAGE)
            translators = install_translators(app, LANGUAGE)
            try:
                _switches(big, cut, (year, week))
                _scrolling(big)
            finally:
                for translator in translators:
                    app.removeTranslator(translator)
                i18n.set_language(previous)
                qInstallMessageHandler(previous_handler)
        finally:
            big.close()
            cut.close()


if __name__ == "__main__":
    main()
