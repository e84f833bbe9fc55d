"""Messages of reading a calendar's repeats and size within bounds (how many events a file
may hold, how many occurrences its repeat rules may make Dialogos read), in English and
French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    "error.ics_too_many_events": (
        "it holds {count} events; Dialogos imports {limit} at most from one file: export a shorter period.",
        "il contient {count} événements ; Dialogos en importe {limit} au plus d’un même fichier : exportez une période plus courte.",
    ),
    "error.ics_too_much_text": (
        "its events hold {size} MB of text (attachments aside); Dialogos reads {limit} MB at most from one file: export a shorter period.",
        "ses événements contiennent {size} Mo de texte (pièces jointes à part) ; Dialogos en lit {limit} Mo au plus d’un même fichier : exportez une période plus courte.",
    ),
    "error.ics_repeats_too_long": (
        "the repeat rules (RRULE with COUNT) of this file make more than {limit} occurrences to read in all: export fewer or shorter series.",
        "les règles de répétition (RRULE avec COUNT) de ce fichier font lire plus de {limit} occurrences en tout : exportez des séries moins nombreuses ou plus courtes.",
    ),
}
