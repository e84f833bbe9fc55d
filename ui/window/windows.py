"""The windows open on plans: one per plan, each kept alive until it is closed, and the recent plans.

File ▸ New, Open, Open recent and Open a plan on a server each open another
window here. The window that asks says how a window is made (``make``): this
module never imports the main window, which imports it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from planner.errors import PlannerError
from planner.service import Planner
from planner.storage import server_address
from planner.storage.backend import is_server_url
from ui import settings
from ui.background import run_in_background
from ui.plan_place import short_name


def remember(location: str) -> None:
    """Put a plan first among the recent ones: a file's path, or a server's URL without its password."""
    recent = [location] + [p for p in recent_files() if p != location]
    settings.RECENT_FILES.set(recent[: settings.MAX_RECENT])


def recent_files() -> list[str]:
    """The plans opened lately (paths, server URLs), the newest first."""
    return settings.RECENT_FILES.get()


MakeWindow = Callable[[Planner], QWidget]
"""A window (not shown yet) on an open plan."""


class Windows:
    """Opens plans in windows of their own, and keeps those (``others``) until they are closed."""

    def __init__(self) -> None:
        # A top-level window with no parent lives as long as a reference to it.
        self.others: list[QWidget] = []

    def open_database(self, parent: QWidget, make: MakeWindow, *, create: bool) -> None:
        """Open another file (or create one) in a new window; this one stays as it is."""
        if create:
            chosen, _filter = QFileDialog.getSaveFileName(
                parent,
                QCoreApplication.translate("MainWindow", "New database"),
                "",
                QCoreApplication.translate("MainWindow", "Dialogos plans (*.sqlite)"),
            )
        else:
            chosen, _filter = QFileDialog.getOpenFileName(
                parent,
                QCoreApplication.translate("MainWindow", "Open a database"),
                "",
                QCoreApplication.translate("MainWindow", "Dialogos plans (*.sqlite)"),
            )
        if chosen:
            self.open_path(parent, make, Path(chosen), create=create)

    def open_server(self, parent: QWidget, make: MakeWindow) -> QWidget | None:
        """File ▸ Open a plan on a server…: a PostgreSQL address, as ``--db`` takes it. The password is best
        left to libpq (~/.pgpass, PGPASSWORD): a typed one is used, never shown nor remembered."""
        title = QCoreApplication.translate("MainWindow", "Open a plan on a server")
        last = next((entry for entry in recent_files() if is_server_url(entry)), "postgresql://")
        address, accepted = QInputDialog.getText(
            parent,
            title,
            QCoreApplication.translate(
                "MainWindow", "The plan's PostgreSQL address (postgresql://user@host:5432/database):"
            ),
            QLineEdit.EchoMode.Normal,
            last,
        )
        address = address.strip()
        if not accepted or not address:
            return None
        if not is_server_url(address):
            text = QCoreApplication.translate(
                "MainWindow",
                "“{address}” is not a PostgreSQL address: write it as postgresql://user@host:5432/database.",
            )
            QMessageBox.warning(parent, title, text.format(address=server_address.shown(address)))
            return None
        return self.open_path(parent, make, address, offer_to_create=True)

    def open_path(
        self,
        parent: QWidget,
        make: MakeWindow,
        path: Path | str,
        *,
        create: bool = False,
        offer_to_create: bool = False,
    ) -> QWidget | None:
        """Open ``path`` (a file, or a server's URL) in a window of its own; None (after saying why) if it cannot be.

        With ``offer_to_create``, a place that holds no plan yet is made one if the user says so.
        """
        label = QCoreApplication.translate("run_app", "Opening {file}…").format(file=short_name(path))
        try:
            planner = run_in_background(parent, label, lambda: Planner.open(path, create=create))
        except PlannerError as error:
            title = QCoreApplication.translate("MainWindow", "Dialogos cannot open the database")
            if offer_to_create and error.key == "error.db_not_found":
                question = QCoreApplication.translate(
                    "MainWindow", "There is no plan at {place} yet. Create one there?"
                )
                answer = QMessageBox.question(parent, title, question.format(place=short_name(path)))
                if answer == QMessageBox.StandardButton.Yes:
                    return self.open_path(parent, make, path, create=True)
                return None
            QMessageBox.critical(parent, title, server_address.redact(error.message, str(path)))
            return None
        other = make(planner)
        other.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Kept until it is closed, and its file closed with it.
        self.others.append(other)
        other.destroyed.connect(lambda: self._closed(planner, other))
        other.show()
        remember(planner.location)
        return other

    def _closed(self, planner: Planner, window: QWidget) -> None:
        planner.close()
        self.others.remove(window)


WINDOWS = Windows()
"""The app's windows: one set per process, as there is one QApplication."""
