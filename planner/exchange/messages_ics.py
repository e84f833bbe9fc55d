"""Messages of iCalendar export and import, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    "cli.help_export_ics": (
        "Export posts to an iCalendar (.ics) file.",
        "Exporte les publications dans un fichier iCalendar (.ics).",
    ),
}
