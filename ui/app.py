"""Starting the desktop app: the QApplication, its language, the database, the window."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import i18n
from planner.errors import PlannerError
from planner.i18n import tr as core_message  # the core's catalogue: not Qt's tr(), which lupdate collects
from planner.service import Planner
from planner.session import Clock
from planner.storage.connection import DamagedError
from planner.storage.server_address import redact
from ui import settings
from ui.background import run_in_background
from ui.plan_place import short_name
from ui.window.main_window import MainWindow

APP_NAME = "Dialogos"


class _Translator(QTranslator):
    """A translator that keeps the bytes it was loaded from: Qt does not copy them."""

    def __init__(self, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.data = b""


def use_locale(language: str) -> QLocale:
    """Make the locale that formats dates and times match the chosen language.

    The system's locale is kept when it speaks that language (a Belgian or a
    Canadian keeps their own formats); otherwise the language's main locale.
    """
    system = QLocale.system()
    locale = system if system.language() == QLocale(language).language() else QLocale(language)
    QLocale.setDefault(locale)
    return locale


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own translation and Dialogos' for ``language``; returns them installed.

    The core's messages take the app's wording from now on: the buttons to click, not the
    commands to type (:func:`planner.i18n.set_surface`)."""
    i18n.set_surface("app")
    installed: list[QTranslator] = []
    qt_base = QTranslator(app)
    if qt_base.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    ours = _Translator(app)
    qm = resources.files("ui.resources").joinpath("translations", f"dialogos_{language}.qm")
    if qm.is_file():
        ours.data = qm.read_bytes()
        if ours.load(ours.data):
            app.installTranslator(ours)
            installed.append(ours)
    return installed


def app_icon() -> QIcon:
    """Dialogos' icon, from the package's resources (the same SVG the desktop file names)."""
    pixmap = QPixmap()
    pixmap.loadFromData(resources.files("ui.resources").joinpath("icons", "dialogos.svg").read_bytes(), "SVG")
    return QIcon(pixmap)


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    i18n.set_surface("cli")


def create_main_window(planner: Planner, *, clock: Clock | None = None) -> MainWindow:
    """The main window on an open planner, sized (as last closed, else see ``first_size``), not shown."""
    return MainWindow(planner, clock=clock)


def run_app(db_path: Path | str, language: str) -> int:
    """Open the desktop app on ``db_path`` in ``language`` ("fr" or "en"); the exit code.

    ``db_path`` is a file, or the URL of a plan on a PostgreSQL server (text).
    """
    existing = QApplication.instance()
    # Only the program name: the command line's own options are not Qt's.
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("dialogos")  # the .desktop file that Wayland and docks match the window to
    i18n.set_language(language)
    use_locale(language)
    translators = install_translators(app, language)
    try:
        try:
            # A big file, or one whose format needs updating, takes a while: the
            # window-to-be shows progress instead of freezing.
            label = QCoreApplication.translate("run_app", "Opening {file}…").format(file=short_name(db_path))
            # The app's chosen backup folder: a damaged file's message offers the backups kept there.
            folder = settings.BACKUP_FOLDER.get()
            planner = run_in_background(None, label, lambda: Planner.open(db_path, backup_folder=folder))
        except PlannerError as error:
            title = QCoreApplication.translate("run_app", "Dialogos cannot open the database")
            # A damaged file: offer its newest sound backup (finding it runs integrity checks: off the GUI thread).
            found, summary = None, str(error)
            if isinstance(error, DamagedError):
                damaged = error
                found, summary = run_in_background(None, label, lambda: damaged.backup), damaged.summary
            if found is None or not isinstance(db_path, Path):  # a plan on a server is never a damaged file
                QMessageBox.critical(None, title, redact(str(error), str(db_path)))
                return error.exit_code
            saved = found.saved_at.strftime("%Y-%m-%d %H:%M %Z")
            question = f"{summary}\n\n{core_message('damage.restore_question', backup=found.path, saved=saved)}"
            buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
            if QMessageBox.question(None, title, question, buttons) != QMessageBox.StandardButton.Yes:
                return error.exit_code
            source = found.path
            from planner.sharing.backups import restore  # only for a damaged file: not at every start

            def restore_and_open() -> Planner:
                restore(db_path, source, backup_folder_setting=folder)
                return Planner.open(db_path, backup_folder=folder)

            try:
                planner = run_in_background(None, core_message("damage.restoring", file=db_path.name), restore_and_open)
            except PlannerError as failure:
                QMessageBox.critical(None, title, str(failure))
                return failure.exit_code
        with planner:
            window = create_main_window(planner)
            window.show()
            code = app.exec()
            window.close()  # stops its polling before the file closes
            return code
    finally:
        remove_translators(app, translators)
