"""Where the database lives: ``--db``, else ``$DIALOGOS_DB``, else the user's data folder."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from planner.errors import ValidationError

DEFAULT_FILE_NAME = "dialogos.sqlite"


def default_database_path() -> Path:
    """The embedded database in the user's data folder (the folder is created)."""
    folder = Path(platformdirs.user_data_dir("Dialogos", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / DEFAULT_FILE_NAME


def server_backup_folder() -> Path:
    """Where backups of plans on a server go (``pg_dump`` files): the user's data folder, made private."""
    folder = Path(platformdirs.user_data_dir("Dialogos", appauthor=False)) / "server-backups"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def resolve_database(given: str | None, environ: Mapping[str, str] | None = None) -> Path | str:
    """The database file to open for this command, or the URL of a PostgreSQL server (text)."""
    env = os.environ if environ is None else environ
    if given is not None and not given.strip():
        # `--db "$PLAN"` with PLAN unset must not fall back on the real plan.
        raise ValidationError("error.db_path_empty")
    location = given or env.get("DIALOGOS_DB") or ""
    if location.startswith(("postgresql://", "postgres://")):
        return location
    if not location:
        return default_database_path()
    return Path(location).expanduser()
