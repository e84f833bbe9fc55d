"""Messages of iCalendar import and context calendars, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    "cli.help_import_ics": ("Import an iCalendar (.ics) file.", "Importe un fichier iCalendar (.ics)."),
}
