"""Every QSettings key of the app, declared once with its default and its type.

The key strings are the ones earlier versions wrote: a user's window layout,
recent plans, name, backup folder and live calendars survive an update. No
other module types a key: they read and write through these entries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


def _text(value: object) -> str | None:
    return str(value) if value else None


def _name(value: object) -> str | None:
    return (str(value).strip() or None) if value else None


def _texts(value: object) -> list[str]:
    if not value:
        return []
    # QSettings gives back a lone string for a one-item list on some back ends.
    return [value] if isinstance(value, str) else [str(item) for item in value]  # type: ignore[attr-defined]


def _flag(value: object) -> bool | None:
    # The INI back end gives "true" and "false" back as text.
    return str(value).lower() in ("true", "1")


def _bytes(value: object) -> QByteArray | None:
    return value if isinstance(value, QByteArray) else None


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One preference: where it is kept, what it is when never set, how a stored value reads back."""

    key: str
    default: T
    convert: Callable[[object], T]

    def get(self) -> T:
        value = QSettings().value(self.key)
        return self.default if value is None else self.convert(value)

    def set(self, value: T) -> None:
        QSettings().setValue(self.key, value)

    def remove(self) -> None:
        QSettings().remove(self.key)


RECENT_FILES: Setting[list[str]] = Setting("files/recent", [], _texts)
"""The plans opened lately (paths, server URLs without a password), the newest first."""
MAX_RECENT = 8

USER_NAME: Setting[str | None] = Setting("user/name", None, _name)
"""The name given in Edit ▸ Your name…: what colleagues see and the history records."""

BACKUP_FOLDER: Setting[str | None] = Setting("backups/folder", None, _text)
"""The folder chosen in File ▸ Automatic backups folder… (None: beside each plan)."""

LAST_PLATFORM: Setting[str | None] = Setting("posts/last_platform", None, _name)
"""The platform of the post last made in the editor: where the next new post starts."""

CSV_FOR_EXCEL: Setting[bool | None] = Setting("export/csv_for_excel", None, _flag)
"""The export dialog's "for a French-language spreadsheet" box as last exported (None: never
chosen, so ticked where the locale writes decimals with a comma)."""

WINDOW_GEOMETRY: Setting[QByteArray | None] = Setting("window/geometry", None, _bytes)
WINDOW_STATE: Setting[QByteArray | None] = Setting("window/state", None, _bytes)
"""The main window's size and place, and its docks and toolbars, as last closed."""
SIDE_PANELS_OPENED: Setting[list[str]] = Setting("window/side_panels_opened", [], _texts)
"""The side panels (their docks' object names) the user opened from the side strip of a narrow
window: kept open when the panels fold again, at the next start too, until the user closes them."""


def live_calendar(plan: str) -> Setting[str | None]:
    """A plan's live calendar file (a JSON record), keyed by the plan's file path or server URL.

    A server plan is named by its URL without the password: a password never goes to settings.
    """
    # QSettings keys are paths of their own: keep the plan's place in one segment.
    return Setting("live/" + plan.replace("/", "|").replace("\\", "|"), None, _text)
