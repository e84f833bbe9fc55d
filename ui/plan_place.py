"""Where a plan lives, as the window names it: a file, or a database on a PostgreSQL server.

The window's title, its status bar and the settings keyed by plan (recent
plans, the live calendar) name a server plan by its location: the URL
without its password, as the core's messages do (``Session.location``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from planner.storage.backend import is_server_url
from planner.storage.server_address import database_and_host


def short_name(given: Path | str) -> str:
    """A file's name, or "plan on db.example" for a database on a server: a window's title."""
    if not (isinstance(given, str) and is_server_url(given)):
        return Path(given).name
    database, host = database_and_host(given)
    if not database:
        return host
    return QCoreApplication.translate("PlanPlace", "{database} on {host}").format(database=database, host=host)


def export_path(given: Path | str) -> Path:
    """Where an export goes unless the user says otherwise: beside the file, or in the home folder."""
    if not (isinstance(given, str) and is_server_url(given)):
        return Path(given).with_suffix(".ics")
    return Path.home() / f"{database_and_host(given)[0] or 'dialogos'}.ics"
