"""Where the database lives: ``--db``, else ``$DIALOGOS_DB``, else the user's data folder."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from planner.errors import DatabaseError, ValidationError

DEFAULT_FILE_NAME = "dialogos.sqlite"


def default_database_path() -> Path:
    """The embedded database in the user's data folder (the folder is created)."""
    import platformdirs  # only when no --db or $DIALOGOS_DB names the plan: not at every start

    folder = Path(platformdirs.user_data_dir("Dialogos", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / DEFAULT_FILE_NAME


def server_backup_folder() -> Path:
    """Where backups of plans on a server go (``pg_dump`` files): the user's data folder, made private."""
    import platformdirs

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
    return usable_file_name(expanded(location))


def expanded(path: str | os.PathLike[str]) -> Path:
    """``path`` with a leading ``~`` or ``~user`` made the home folder, as a shell does; an unknown
    user's ``~name`` stays as typed (a file's name), where ``Path.expanduser`` raises."""
    return Path(os.path.expanduser(os.fspath(path)))


def usable_file_name(path: Path) -> Path:
    """``path`` if a plan's file can have that name. Refused (exit 2): ``:memory:``, SQLite's
    plan that vanishes when the program ends (never what a user wants), a NUL character, and a
    name longer than the system takes."""
    name = str(path)
    if name == ":memory:":
        raise ValidationError("error.db_in_memory")
    if "\x00" in name:
        raise ValidationError("error.db_path_nul")
    try:
        os.fsencode(name)
    except UnicodeEncodeError:  # a lone surrogate that no bytes stand for (never one from the shell)
        raise ValidationError("error.not_utf8", value=name[:80]) from None
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise ValidationError("error.db_path_too_long", length=len(name)) from None
        if exc.errno not in (errno.ENOENT, errno.ENOTDIR):  # a folder it may not enter, a broken disk
            raise DatabaseError("error.db_cannot_open", path=name, reason=exc.strerror or str(exc)) from None
    return path


@contextmanager
def looking_at(path: Path) -> Iterator[None]:
    """Around the questions asked of ``path`` (is it there, a file, a folder?): one the system
    cannot even answer (a name too long, a folder it may not enter) is said, with its reason
    (exit 2), instead of escaping as an ``OSError``."""
    try:
        yield
    except OSError as exc:
        raise ValidationError("error.path_unusable", path=str(path), reason=exc.strerror or str(exc)) from None
