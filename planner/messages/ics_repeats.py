"""Messages of reading a calendar's repeats and size within bounds (how many events a file
may hold, how many occurrences its repeat rules may make Dialogos read), in English and
French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    "error.ics_too_many_events": (
        "the file holds {count} events; Dialogos imports {limit} at most from one file: export a shorter period.",
        "le fichier contient {count} événements ; Dialogos en importe {limit} au plus d’un même fichier : exportez une période plus courte.",
    ),
    "error.ics_repeats_too_long": (
        "the repeat rules (RRULE with COUNT) of this file make more than {limit} occurrences to read in all: export fewer or shorter series.",
        "les règles de répétition (RRULE avec COUNT) de ce fichier font lire plus de {limit} occurrences en tout : exportez des séries moins nombreuses ou plus courtes.",
    ),
}
