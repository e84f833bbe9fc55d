"""Messages of CSV export and import, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    "cli.help_export_csv": ("Export posts to a CSV file.", "Exporte les publications dans un fichier CSV."),
    "cli.help_import_csv": ("Import posts from a CSV file.", "Importe des publications depuis un fichier CSV."),
}
